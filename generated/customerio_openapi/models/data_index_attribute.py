from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_index_attribute_privacy_level import (
    DataIndexAttributePrivacyLevel,
    check_data_index_attribute_privacy_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataIndexAttribute")


@_attrs_define
class DataIndexAttribute:
    """What an attribute means (it shows in the data index once a profile carries it).

    Attributes:
        name (str): The attribute's name.
        description (str | Unset): What the attribute means (at most 255 characters).
        object_type_id (int | Unset): The object type the attribute belongs to.
        is_relationship (bool | Unset): Whether it is an attribute of a relationship.
        event_name (str | Unset): The event the attribute belongs to.
        privacy_level (DataIndexAttributePrivacyLevel | Unset): `1` marks the attribute sensitive, `0` not (a Premium
            feature).
    """

    name: str
    description: str | Unset = UNSET
    object_type_id: int | Unset = UNSET
    is_relationship: bool | Unset = UNSET
    event_name: str | Unset = UNSET
    privacy_level: DataIndexAttributePrivacyLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        object_type_id = self.object_type_id

        is_relationship = self.is_relationship

        event_name = self.event_name

        privacy_level: int | Unset = UNSET
        if not isinstance(self.privacy_level, Unset):
            privacy_level = self.privacy_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if is_relationship is not UNSET:
            field_dict["is_relationship"] = is_relationship
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if privacy_level is not UNSET:
            field_dict["privacy_level"] = privacy_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")

        self.description = d.pop("description", UNSET)

        self.object_type_id = d.pop("object_type_id", UNSET)

        self.is_relationship = d.pop("is_relationship", UNSET)

        self.event_name = d.pop("event_name", UNSET)

        _privacy_level = d.pop("privacy_level", UNSET)
        privacy_level: DataIndexAttributePrivacyLevel | Unset
        if isinstance(_privacy_level, Unset):
            privacy_level = UNSET
        else:
            privacy_level = check_data_index_attribute_privacy_level(_privacy_level)

        self.privacy_level = privacy_level

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
