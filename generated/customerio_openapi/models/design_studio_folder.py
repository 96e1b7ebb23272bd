from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioFolder")


@_attrs_define
class DesignStudioFolder:
    """A Design Studio folder (it holds emails, components and other folders).

    Example:
        {'id': '123e4567-e89b-12d3-a456-426614174000', 'name': 'Product Announcements', 'parent_folder_id': None,
            'created': 1714732800, 'updated': 1714732800}

    Attributes:
        id (str): The folder's id (a UUID).
        name (str): The folder's name.
        parent_folder_id (None | str | Unset): The folder it is in; null at the root.
        created (int | Unset): When the folder was created, in unix seconds.
        updated (int | Unset): When the folder last changed, in unix seconds.
    """

    id: str
    name: str
    parent_folder_id: None | str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

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
