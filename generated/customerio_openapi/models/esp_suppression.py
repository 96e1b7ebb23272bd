from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EspSuppression")


@_attrs_define
class EspSuppression:
    """An address the email service provider suppressed.

    Example:
        {'email': 'bounced.person@example.com', 'created': 1650895738, 'reason': 'Uploaded manually via
            api.customer.io', 'status': '550'}

    Attributes:
        email (str): The suppressed email address.
        created (int | Unset): When the ESP suppressed it, in unix seconds.
        reason (str | Unset): Why, as the ESP recorded it.
        status (str | Unset): The ESP's status code for the suppression (normally `550`).
    """

    email: str
    created: int | Unset = UNSET
    reason: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        created = self.created

        reason = self.reason

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.email = d.pop("email")

        self.created = d.pop("created", UNSET)

        self.reason = d.pop("reason", UNSET)

        self.status = d.pop("status", UNSET)

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
