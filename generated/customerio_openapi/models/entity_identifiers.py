from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityIdentifiers")


@_attrs_define
class EntityIdentifiers:
    """Identifies a person, an object or a delivery. Use exactly one form: a person — one of `id`, `email`, `phone` (v2
    only, E.164, when enabled) or `cio_id`; an object — `object_type_id` and `object_id` together, or
    `cio_object_id`; an anonymous person (relationships of `identify_anonymous`) — `anonymous_id`; a delivery
    (`type: delivery`) — `id` holding the delivery id. Object ids are ≤ 150 bytes.

    Example:
        {'object_type_id': '1', 'object_id': 'acme'}

    Attributes:
        id (str | Unset): A person's id (or a delivery id for `type: delivery`).
        email (str | Unset): A person's email address.
        phone (str | Unset): A person's phone number in E.164 format, e.g. `+14155552671`.
        cio_id (str | Unset): Customer.io's immutable id of a person (no `cio_` prefix here).
        anonymous_id (str | Unset): An anonymous person's id.
        object_type_id (str | Unset): The object type, a string-formatted integer starting at `1`.
        object_id (str | Unset): Your id of the object.
        cio_object_id (str | Unset): Customer.io's immutable id of an object.
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    cio_id: str | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    object_type_id: str | Unset = UNSET
    object_id: str | Unset = UNSET
    cio_object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        phone = self.phone

        cio_id = self.cio_id

        anonymous_id = self.anonymous_id

        object_type_id = self.object_type_id

        object_id = self.object_id

        cio_object_id = self.cio_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
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
        self.id = d.pop("id", UNSET)

        self.email = d.pop("email", UNSET)

        self.phone = d.pop("phone", UNSET)

        self.cio_id = d.pop("cio_id", UNSET)

        self.anonymous_id = d.pop("anonymous_id", UNSET)

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
