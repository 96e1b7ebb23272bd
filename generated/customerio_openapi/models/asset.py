from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """A file asset (an image or a PDF) hosted by Customer.io for use in messages.

    Example:
        {'id': 4821, 'name': 'spring-banner.png', 'parent_folder_id': 12, 'path': 'https://userimg-
            assets.customeriomail.com/images/client-env-1/spring-banner.png', 'size': 48213, 'created': 1773856017,
            'updated': 1773856017}

    Attributes:
        id (int): The asset's id.
        name (str): The asset's display name.
        parent_folder_id (int | None | Unset): The asset folder it is in; null at the root.
        path (str | Unset): The address the file is served from.
        size (int | Unset): The file's size in bytes.
        created (int | Unset): When the asset was created, in unix seconds.
        updated (int | Unset): When the asset last changed, in unix seconds.
    """

    id: int
    name: str
    parent_folder_id: int | None | Unset = UNSET
    path: str | Unset = UNSET
    size: int | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_folder_id: int | None | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        path = self.path

        size = self.size

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if path is not UNSET:
            field_dict["path"] = path
        if size is not UNSET:
            field_dict["size"] = size
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.parent_folder_id = d.pop("parent_folder_id", UNSET)

        self.path = d.pop("path", UNSET)

        self.size = d.pop("size", UNSET)

        self.created = d.pop("created", UNSET)

        self.updated = d.pop("updated", UNSET)

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
