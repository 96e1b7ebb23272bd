from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageContentUpdate")


@_attrs_define
class MessageContentUpdate:
    """New content for a message (an action, a newsletter variant, a transactional template or one of their
    translations): only the fields given change. Content made with Design Studio or the drag-and-drop editor cannot
    be changed this way.

    Attributes:
        body (str | Unset): The message body (HTML for emails).
        body_amp (str | Unset): The AMP version of an email body.
        body_plain (str | Unset): The plain-text version of an email body.
        subject (str | Unset): An email's subject line.
        preheader_text (str | Unset): An email's preview text.
        from_id (int | Unset): The sender identity's id (see the sender identities).
        reply_to_id (int | None | Unset): The reply-to sender identity's id.
        recipient (str | Unset): The recipient, often liquid such as `{{customer.email}}`.
    """

    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    from_id: int | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        body_amp = self.body_amp

        body_plain = self.body_plain

        subject = self.subject

        preheader_text = self.preheader_text

        from_id = self.from_id

        reply_to_id: int | None | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.body = d.pop("body", UNSET)

        self.body_amp = d.pop("body_amp", UNSET)

        self.body_plain = d.pop("body_plain", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.preheader_text = d.pop("preheader_text", UNSET)

        self.from_id = d.pop("from_id", UNSET)

        self.reply_to_id = d.pop("reply_to_id", UNSET)

        self.recipient = d.pop("recipient", UNSET)

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
