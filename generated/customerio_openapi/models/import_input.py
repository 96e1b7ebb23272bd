from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_input_data_to_process import (
    ImportInputDataToProcess,
    check_import_input_data_to_process,
)
from ..models.import_input_identifier import (
    ImportInputIdentifier,
    check_import_input_identifier,
)
from ..models.import_input_people_to_process import (
    ImportInputPeopleToProcess,
    check_import_input_people_to_process,
)
from ..models.import_input_type import ImportInputType, check_import_input_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportInput")


@_attrs_define
class ImportInput:
    """A CSV import: the public URL of the file and what its rows are. People and event imports name the `identifier`
    column; object imports name their `object_type_id`.

    Attributes:
        data_file_url (str): The URL of the CSV file (best a short-lived one).
        type_ (ImportInputType): What the rows are.
        identifier (ImportInputIdentifier | Unset): The column identifying people (`cio_id` for relationship imports
            only).
        object_type_id (int | str | Unset): The object type of an object import.
        name (str | Unset): A name for the import (the file name by default).
        description (str | Unset): What the import is for.
        people_to_process (ImportInputPeopleToProcess | Unset): For people imports: which rows to process (the former
            name of `data_to_process`).
        data_to_process (ImportInputDataToProcess | Unset): Which rows to process: all of them, only existing records,
            or only new ones.
    """

    data_file_url: str
    type_: ImportInputType
    identifier: ImportInputIdentifier | Unset = UNSET
    object_type_id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    people_to_process: ImportInputPeopleToProcess | Unset = UNSET
    data_to_process: ImportInputDataToProcess | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_file_url = self.data_file_url

        type_: str = self.type_

        identifier: str | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = self.identifier

        object_type_id: int | str | Unset
        if isinstance(self.object_type_id, Unset):
            object_type_id = UNSET
        else:
            object_type_id = self.object_type_id

        name = self.name

        description = self.description

        people_to_process: str | Unset = UNSET
        if not isinstance(self.people_to_process, Unset):
            people_to_process = self.people_to_process

        data_to_process: str | Unset = UNSET
        if not isinstance(self.data_to_process, Unset):
            data_to_process = self.data_to_process

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_file_url": data_file_url,
                "type": type_,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if people_to_process is not UNSET:
            field_dict["people_to_process"] = people_to_process
        if data_to_process is not UNSET:
            field_dict["data_to_process"] = data_to_process

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.data_file_url = d.pop("data_file_url")

        type_ = check_import_input_type(d.pop("type"))

        self.type_ = type_

        _identifier = d.pop("identifier", UNSET)
        identifier: ImportInputIdentifier | Unset
        if isinstance(_identifier, Unset):
            identifier = UNSET
        else:
            identifier = check_import_input_identifier(_identifier)

        self.identifier = identifier

        self.object_type_id = d.pop("object_type_id", UNSET)

        self.name = d.pop("name", UNSET)

        self.description = d.pop("description", UNSET)

        _people_to_process = d.pop("people_to_process", UNSET)
        people_to_process: ImportInputPeopleToProcess | Unset
        if isinstance(_people_to_process, Unset):
            people_to_process = UNSET
        else:
            people_to_process = check_import_input_people_to_process(_people_to_process)

        self.people_to_process = people_to_process

        _data_to_process = d.pop("data_to_process", UNSET)
        data_to_process: ImportInputDataToProcess | Unset
        if isinstance(_data_to_process, Unset):
            data_to_process = UNSET
        else:
            data_to_process = check_import_input_data_to_process(_data_to_process)

        self.data_to_process = data_to_process

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
