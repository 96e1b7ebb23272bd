from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectIdentifiers")


@_attrs_define
class ObjectIdentifiers:
    """The identifiers of one object: its type and `object_id`, and Customer.io's own `cio_object_id`.

    Attributes:
        object_type_id (int | str | Unset): The object's type (the API writes it as text).
        object_id (str | Unset): The object's id, as you gave it.
        cio_object_id (str | Unset): Customer.io's own identifier of the object.
    """

    object_type_id: int | str | Unset = UNSET
    object_id: str | Unset = UNSET
    cio_object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id: int | str | Unset
        if isinstance(self.object_type_id, Unset):
            object_type_id = UNSET
        else:
            object_type_id = self.object_type_id

        object_id = self.object_id

        cio_object_id = self.cio_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if cio_object_id is not UNSET:
            field_dict["cio_object_id"] = cio_object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.object_type_id = d.pop("object_type_id", UNSET)

        self.object_id = d.pop("object_id", UNSET)

        self.cio_object_id = d.pop("cio_object_id", UNSET)

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
