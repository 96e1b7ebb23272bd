from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionResponse")


@_attrs_define
class CollectionResponse:
    """One collection.

    Attributes:
        collection (Collection): A collection of data that messages can reference; its rows are not included. Example:
            {'id': 1, 'name': 'upcoming events', 'schema': ['eventDate', 'eventName', 'presents'], 'rows': 2, 'bytes': 296,
            'created_at': 1552341937, 'updated_at': 1552341937}.
    """

    collection: Collection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection = self.collection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collection": collection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        collection = Collection.from_dict(d.pop("collection"), _owned)

        self.collection = collection

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
    from ..models.collection import Collection
else:
    from . import _Nested

    Collection = _Nested(globals(), __package__, "..models.collection", "Collection")
