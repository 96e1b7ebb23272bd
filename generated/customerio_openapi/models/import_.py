from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Import")


@_attrs_define
class Import:
    """A bulk import and how far it got.

    Example:
        {'id': 30, 'name': 'account-object-import', 'description': 'importing accounts', 'created_at': 1706081641,
            'updated_at': 1706081645, 'rows_to_import': 3, 'rows_imported': 3, 'state': 'imported', 'type': 'object',
            'data_to_process': 'all', 'people_to_process': 'all', 'object_type_id': 1}

    Attributes:
        id (int): The import's id (for `get_import`).
        type_ (str): `people`, `event`, `object` or `relationship`.
        state (str): `preprocessing`, `validating`, `importing`, `imported`, `failed`, `canceled`...
        name (str | Unset):
        description (str | Unset):
        identifier (str | Unset): The identifier column of people and event imports.
        object_type_id (int | str | Unset): The object type of an object import.
        data_to_process (str | Unset):
        people_to_process (str | Unset):
        rows_to_import (int | Unset): How many importable rows the file has.
        rows_imported (int | Unset): How many rows were imported.
        created_at (int | Unset): When the import was created, in unix seconds.
        updated_at (int | Unset): When it last changed, in unix seconds.
        error (str | Unset): Why the import failed, when it did.
        error_export_id (int | Unset): The export listing the rows in error, if any.
        error_download_url (str | Unset):
        warning_export_id (int | Unset): The export listing the rows with warnings, if any.
        warning_download_url (str | Unset):
    """

    id: int
    type_: str
    state: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    identifier: str | Unset = UNSET
    object_type_id: int | str | Unset = UNSET
    data_to_process: str | Unset = UNSET
    people_to_process: str | Unset = UNSET
    rows_to_import: int | Unset = UNSET
    rows_imported: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    error: str | Unset = UNSET
    error_export_id: int | Unset = UNSET
    error_download_url: str | Unset = UNSET
    warning_export_id: int | Unset = UNSET
    warning_download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        state = self.state

        name = self.name

        description = self.description

        identifier = self.identifier

        object_type_id: int | str | Unset
        if isinstance(self.object_type_id, Unset):
            object_type_id = UNSET
        else:
            object_type_id = self.object_type_id

        data_to_process = self.data_to_process

        people_to_process = self.people_to_process

        rows_to_import = self.rows_to_import

        rows_imported = self.rows_imported

        created_at = self.created_at

        updated_at = self.updated_at

        error = self.error

        error_export_id = self.error_export_id

        error_download_url = self.error_download_url

        warning_export_id = self.warning_export_id

        warning_download_url = self.warning_download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "state": state,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if data_to_process is not UNSET:
            field_dict["data_to_process"] = data_to_process
        if people_to_process is not UNSET:
            field_dict["people_to_process"] = people_to_process
        if rows_to_import is not UNSET:
            field_dict["rows_to_import"] = rows_to_import
        if rows_imported is not UNSET:
            field_dict["rows_imported"] = rows_imported
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if error is not UNSET:
            field_dict["error"] = error
        if error_export_id is not UNSET:
            field_dict["error_export_id"] = error_export_id
        if error_download_url is not UNSET:
            field_dict["error_download_url"] = error_download_url
        if warning_export_id is not UNSET:
            field_dict["warning_export_id"] = warning_export_id
        if warning_download_url is not UNSET:
            field_dict["warning_download_url"] = warning_download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.type_ = d.pop("type")

        self.state = d.pop("state")

        self.name = d.pop("name", UNSET)

        self.description = d.pop("description", UNSET)

        self.identifier = d.pop("identifier", UNSET)

        self.object_type_id = d.pop("object_type_id", UNSET)

        self.data_to_process = d.pop("data_to_process", UNSET)

        self.people_to_process = d.pop("people_to_process", UNSET)

        self.rows_to_import = d.pop("rows_to_import", UNSET)

        self.rows_imported = d.pop("rows_imported", UNSET)

        self.created_at = d.pop("created_at", UNSET)

        self.updated_at = d.pop("updated_at", UNSET)

        self.error = d.pop("error", UNSET)

        self.error_export_id = d.pop("error_export_id", UNSET)

        self.error_download_url = d.pop("error_download_url", UNSET)

        self.warning_export_id = d.pop("warning_export_id", UNSET)

        self.warning_download_url = d.pop("warning_download_url", UNSET)

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
