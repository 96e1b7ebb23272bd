from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesIdentifyTraits")


@_attrs_define
class PipelinesIdentifyTraits:
    """Traits of a person (any JSON values). Reserved: `email`, `createdAt` (ISO 8601), `unsubscribed`,
    `cio_subscription_preferences` (subscription center topics and channels).

    Example:
        {'email': 'ada@example.com', 'plan': 'pro'}

    Attributes:
        email (str | Unset): The person's email address.
        created_at (str | Unset): An ISO 8601 date-time (RFC 3339, with a `Z` or an offset), e.g.
            `2024-05-01T09:30:00.000Z`.  Example: 2024-05-01T09:30:00.000Z.
    """

    email: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.email = d.pop("email", UNSET)

        self.created_at = d.pop("createdAt", UNSET)

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
