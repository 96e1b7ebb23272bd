from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SenderIdentity")


@_attrs_define
class SenderIdentity:
    """A sender, who messages are from.

    Example:
        {'id': 4534, 'deduplicate_id': '4534:1478035647', 'name': 'Cher Ami', 'email': 'test@example.com', 'address':
            'Cher Ami <test@example.com>', 'template_type': 'email', 'auto_generated': False}

    Attributes:
        id (int): The sender's id.
        name (str): The sender's name.
        deduplicate_id (str | Unset): The id and the unix time of the sender's last change.
        email (str | Unset): The sender's email address.
        address (str | Unset): Name and address as `Name <name@example.com>`.
        template_type (str | Unset): The kind of sender: `email` or `phone`.
        auto_generated (bool | Unset): Whether Customer.io made the sender itself.
        phone (str | Unset): The sender's phone number, for SMS senders.
        hidden (bool | Unset): Whether the sender is hidden in the dashboard.
    """

    id: int
    name: str
    deduplicate_id: str | Unset = UNSET
    email: str | Unset = UNSET
    address: str | Unset = UNSET
    template_type: str | Unset = UNSET
    auto_generated: bool | Unset = UNSET
    phone: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        deduplicate_id = self.deduplicate_id

        email = self.email

        address = self.address

        template_type = self.template_type

        auto_generated = self.auto_generated

        phone = self.phone

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if auto_generated is not UNSET:
            field_dict["auto_generated"] = auto_generated
        if phone is not UNSET:
            field_dict["phone"] = phone
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.deduplicate_id = d.pop("deduplicate_id", UNSET)

        self.email = d.pop("email", UNSET)

        self.address = d.pop("address", UNSET)

        self.template_type = d.pop("template_type", UNSET)

        self.auto_generated = d.pop("auto_generated", UNSET)

        self.phone = d.pop("phone", UNSET)

        self.hidden = d.pop("hidden", UNSET)

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
