from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioFolderInput")


@_attrs_define
class DesignStudioFolderInput:
    """A new Design Studio folder: its `name` and, optionally, the folder it goes in.

    Attributes:
        name (str): The folder's name (not `< > : " / \\ | ? * .`).
        parent_folder_id (None | str | Unset): The parent folder's id; absent or null for the root.
    """

    name: str
    parent_folder_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")

        self.parent_folder_id = d.pop("parent_folder_id", UNSET)

        return self
