from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """An export's metadata.

    Attributes:
        id (int | Unset): Export id.
        deduplicate_id (str | Unset): Deduplication key of the export.
        type_ (str | Unset): Kind of export; known values: `customers`, `deliveries`.
        failed (bool | Unset): Whether the export failed.
        status (str | Unset): Progress of the export, e.g. `done` when the file is ready.
        total (int | Unset): Number of rows exported.
        downloads (int | Unset): Number of times the file was downloaded.
        created_at (int | Unset): Unix time (seconds) the export was created.
        updated_at (int | Unset): Unix time (seconds) the export was last updated.
        user_id (int | Unset): Id of the user who created the export.
        user_email (str | Unset): Email of the user who created the export.
        description (str | Unset): Human-readable description of the export.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    failed: bool | Unset = UNSET
    status: str | Unset = UNSET
    total: int | Unset = UNSET
    downloads: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    user_id: int | Unset = UNSET
    user_email: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        type_ = self.type_

        failed = self.failed

        status = self.status

        total = self.total

        downloads = self.downloads

        created_at = self.created_at

        updated_at = self.updated_at

        user_id = self.user_id

        user_email = self.user_email

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if failed is not UNSET:
            field_dict["failed"] = failed
        if status is not UNSET:
            field_dict["status"] = status
        if total is not UNSET:
            field_dict["total"] = total
        if downloads is not UNSET:
            field_dict["downloads"] = downloads
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id", UNSET)

        self.deduplicate_id = d.pop("deduplicate_id", UNSET)

        self.type_ = d.pop("type", UNSET)

        self.failed = d.pop("failed", UNSET)

        self.status = d.pop("status", UNSET)

        self.total = d.pop("total", UNSET)

        self.downloads = d.pop("downloads", UNSET)

        self.created_at = d.pop("created_at", UNSET)

        self.updated_at = d.pop("updated_at", UNSET)

        self.user_id = d.pop("user_id", UNSET)

        self.user_email = d.pop("user_email", UNSET)

        self.description = d.pop("description", UNSET)

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
