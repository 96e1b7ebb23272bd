from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectRelationshipsPage")


@_attrs_define
class ObjectRelationshipsPage:
    """One page of the people related to an object.

    Attributes:
        cio_relationships (list[ObjectRelationship]):
        next_ (str | Unset): The cursor of the next page (pass it as `start`); empty or absent on the last page.
    """

    cio_relationships: list[ObjectRelationship]
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_relationships = []
        for cio_relationships_item_data in self.cio_relationships:
            cio_relationships_item = cio_relationships_item_data.to_dict()
            cio_relationships.append(cio_relationships_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cio_relationships": cio_relationships,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        cio_relationships = []
        _cio_relationships = d.pop("cio_relationships")
        for cio_relationships_item_data in _cio_relationships:
            cio_relationships_item = ObjectRelationship.from_dict(cio_relationships_item_data, _owned)

            cio_relationships.append(cio_relationships_item)

        self.cio_relationships = cio_relationships

        self.next_ = d.pop("next", UNSET)

        self.additional_properties = d
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if TYPE_CHECKING:
    from ..models.object_relationship import ObjectRelationship
else:
    from . import _Nested

    ObjectRelationship = _Nested(globals(), __package__, "..models.object_relationship", "ObjectRelationship")
