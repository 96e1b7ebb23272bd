from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioComponentInput")


@_attrs_define
class DesignStudioComponentInput:
    """A new Design Studio component: its `name`, its `tag` and its HTML `content`.

    Attributes:
        name (str): The component's display name.
        tag (str): The tag emails will reference it by (unique in the workspace).
        parent_folder_id (None | str | Unset): The folder it goes in; absent or null for the root.
        content (str | Unset): The component's HTML.
    """

    name: str
    tag: str
    parent_folder_id: None | str | Unset = UNSET
    content: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tag = self.tag

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "tag": tag,
            }
        )
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")

        self.tag = d.pop("tag")

        self.parent_folder_id = d.pop("parent_folder_id", UNSET)

        self.content = d.pop("content", UNSET)

        return self
