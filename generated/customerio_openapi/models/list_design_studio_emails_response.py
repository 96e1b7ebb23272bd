from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDesignStudioEmailsResponse")


@_attrs_define
class ListDesignStudioEmailsResponse:
    """One page of Design Studio emails, and the folders they are in.

    Attributes:
        emails (list[DesignStudioEmail]):
        folders (list[DesignStudioFolder] | Unset):
        meta (DesignListMeta | Unset): The page and the filters of a Design Studio or asset list.
    """

    emails: list[DesignStudioEmail]
    folders: list[DesignStudioFolder] | Unset = UNSET
    meta: DesignListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = []
        for emails_item_data in self.emails:
            emails_item = emails_item_data.to_dict()
            emails.append(emails_item)

        folders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.folders, Unset):
            folders = []
            for folders_item_data in self.folders:
                folders_item = folders_item_data.to_dict()
                folders.append(folders_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
            }
        )
        if folders is not UNSET:
            field_dict["folders"] = folders
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        emails = []
        _emails = d.pop("emails")
        for emails_item_data in _emails:
            emails_item = DesignStudioEmail.from_dict(emails_item_data, _owned)

            emails.append(emails_item)

        self.emails = emails

        _folders = d.pop("folders", UNSET)
        folders: list[DesignStudioFolder] | Unset = UNSET
        if _folders is not UNSET:
            folders = []
            for folders_item_data in _folders:
                folders_item = DesignStudioFolder.from_dict(folders_item_data, _owned)

                folders.append(folders_item)

        self.folders = folders

        _meta = d.pop("meta", UNSET)
        meta: DesignListMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DesignListMeta.from_dict(_meta, _owned)

        self.meta = meta

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
    from ..models.design_list_meta import DesignListMeta
    from ..models.design_studio_email import DesignStudioEmail
    from ..models.design_studio_folder import DesignStudioFolder
else:
    from . import _Nested

    DesignListMeta = _Nested(globals(), __package__, "..models.design_list_meta", "DesignListMeta")
    DesignStudioEmail = _Nested(globals(), __package__, "..models.design_studio_email", "DesignStudioEmail")
    DesignStudioFolder = _Nested(
        globals(), __package__, "..models.design_studio_folder", "DesignStudioFolder"
    )
