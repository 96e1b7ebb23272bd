from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BatchUpdateAttributesRequest")


@_attrs_define
class BatchUpdateAttributesRequest:
    """Up to 100 attribute descriptions: `{"attributes": [...]}` (the API refuses more).

    Attributes:
        attributes (list[DataIndexAttribute]):
    """

    attributes: list[DataIndexAttribute]

    def to_dict(self) -> dict[str, Any]:
        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:
            attributes_item = DataIndexAttribute.from_dict(attributes_item_data, _owned)

            attributes.append(attributes_item)

        self.attributes = attributes

        return self


if TYPE_CHECKING:
    from ..models.data_index_attribute import DataIndexAttribute
else:
    from . import _Nested

    DataIndexAttribute = _Nested(
        globals(), __package__, "..models.data_index_attribute", "DataIndexAttribute"
    )
