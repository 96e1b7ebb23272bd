from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A collection of data that messages can reference; its rows are not included.

    Example:
        {'id': 1, 'name': 'upcoming events', 'schema': ['eventDate', 'eventName', 'presents'], 'rows': 2, 'bytes': 296,
            'created_at': 1552341937, 'updated_at': 1552341937}

    Attributes:
        id (int): The collection's id.
        name (str): The collection's name, as messages reference it (`{{collection_name.key}}`).
        schema (list[str] | Unset): The keys of the collection's rows.
        rows (int | Unset): How many rows the collection has.
        bytes_ (int | Unset): The collection's size in bytes.
        created_at (int | Unset): When the collection was created, in unix seconds.
        updated_at (int | Unset): When the collection last changed, in unix seconds.
    """

    id: int
    name: str
    schema: list[str] | Unset = UNSET
    rows: int | Unset = UNSET
    bytes_: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        schema: list[str] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema

        rows = self.rows

        bytes_ = self.bytes_

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema
        if rows is not UNSET:
            field_dict["rows"] = rows
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        schema = cast(list[str], d.pop("schema", UNSET))

        self.schema = schema

        self.rows = d.pop("rows", UNSET)

        self.bytes_ = d.pop("bytes", UNSET)

        self.created_at = d.pop("created_at", UNSET)

        self.updated_at = d.pop("updated_at", UNSET)

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
