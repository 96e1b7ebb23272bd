from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DesignStudioFolderResponse")


@_attrs_define
class DesignStudioFolderResponse:
    """One Design Studio folder.

    Attributes:
        folder (DesignStudioFolder): A Design Studio folder (it holds emails, components and other folders). Example:
            {'id': '123e4567-e89b-12d3-a456-426614174000', 'name': 'Product Announcements', 'parent_folder_id': None,
            'created': 1714732800, 'updated': 1714732800}.
    """

    folder: DesignStudioFolder
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        folder = DesignStudioFolder.from_dict(d.pop("folder"), _owned)

        self.folder = folder

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
    from ..models.design_studio_folder import DesignStudioFolder
else:
    from . import _Nested

    DesignStudioFolder = _Nested(
        globals(), __package__, "..models.design_studio_folder", "DesignStudioFolder"
    )
