from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioFolderUpdate")


@_attrs_define
class DesignStudioFolderUpdate:
    """What to change in a Design Studio folder: at least one of `name` and `parent_folder_id`.

    Attributes:
        name (str | Unset): The folder's new name.
        parent_folder_id (None | str | Unset): The folder to move it into; null for the root.
    """

    name: str | Unset = UNSET
    parent_folder_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name", UNSET)

        self.parent_folder_id = d.pop("parent_folder_id", UNSET)

        return self
