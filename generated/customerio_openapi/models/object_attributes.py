from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectAttributes")


@_attrs_define
class ObjectAttributes:
    """An object's identifiers and attributes.

    Attributes:
        object_type_id (int | str | Unset): The object's type (the API writes it as text).
        identifiers (ObjectAttributesIdentifiers | Unset): The object's identifiers (`object_id`, `cio_object_id`).
        attributes (ObjectAttributesAttributes | Unset): The object's attributes, name to value.
        timestamps (ObjectAttributesTimestamps | Unset): Attribute name to the unix time (seconds) it was last set.
    """

    object_type_id: int | str | Unset = UNSET
    identifiers: ObjectAttributesIdentifiers | Unset = UNSET
    attributes: ObjectAttributesAttributes | Unset = UNSET
    timestamps: ObjectAttributesTimestamps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id: int | str | Unset
        if isinstance(self.object_type_id, Unset):
            object_type_id = UNSET
        else:
            object_type_id = self.object_type_id

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.object_type_id = d.pop("object_type_id", UNSET)

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: ObjectAttributesIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = ObjectAttributesIdentifiers.__new__(ObjectAttributesIdentifiers)
            identifiers.additional_properties = (
                _identifiers if _owned and isinstance(_identifiers, dict) else dict(_identifiers)
            )

        self.identifiers = identifiers

        _attributes = d.pop("attributes", UNSET)
        attributes: ObjectAttributesAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ObjectAttributesAttributes.__new__(ObjectAttributesAttributes)
            attributes.additional_properties = (
                _attributes if _owned and isinstance(_attributes, dict) else dict(_attributes)
            )

        self.attributes = attributes

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: ObjectAttributesTimestamps | Unset
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = ObjectAttributesTimestamps.__new__(ObjectAttributesTimestamps)
            timestamps.additional_properties = (
                _timestamps if _owned and isinstance(_timestamps, dict) else dict(_timestamps)
            )

        self.timestamps = timestamps

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
    from ..models.object_attributes_attributes import ObjectAttributesAttributes
    from ..models.object_attributes_identifiers import ObjectAttributesIdentifiers
    from ..models.object_attributes_timestamps import ObjectAttributesTimestamps
else:
    from . import _Nested

    ObjectAttributesAttributes = _Nested(
        globals(), __package__, "..models.object_attributes_attributes", "ObjectAttributesAttributes"
    )
    ObjectAttributesIdentifiers = _Nested(
        globals(), __package__, "..models.object_attributes_identifiers", "ObjectAttributesIdentifiers"
    )
    ObjectAttributesTimestamps = _Nested(
        globals(), __package__, "..models.object_attributes_timestamps", "ObjectAttributesTimestamps"
    )
