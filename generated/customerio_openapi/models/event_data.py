from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventData")


@_attrs_define
class EventData:
    """Event properties, usable in Liquid and convertible to attributes. Reserved keys override the settings of
    triggered campaigns: `recipient` (the "to" address; required for anonymous invite events), `from_address`,
    `reply_to`. Limit: ≤ 100000 bytes.

    Example:
        {'price': 23.45, 'product': 'socks'}

    Attributes:
        recipient (str | Unset): Overrides the recipient of messages the event triggers.
        from_address (str | Unset): Overrides the from address of emails the event triggers.
        reply_to (str | Unset): Overrides the reply-to address of emails the event triggers.
    """

    recipient: str | Unset = UNSET
    from_address: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        from_address = self.from_address

        reply_to = self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if from_address is not UNSET:
            field_dict["from_address"] = from_address
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.recipient = d.pop("recipient", UNSET)

        self.from_address = d.pop("from_address", UNSET)

        self.reply_to = d.pop("reply_to", UNSET)

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
