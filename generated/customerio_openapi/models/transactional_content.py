from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalContent")


@_attrs_define
class TransactionalContent:
    """One content of a transactional message: its default message or a translation (`language`). Which fields are
    present depends on the channel.

    Example:
        {'id': 139, 'name': 'Password reset', 'type': 'email', 'language': '', 'body': '<p>Reset your password: {{
            trigger.password_reset_url }}</p>', 'subject': 'Reset your password', 'from': 'support@example.com', 'from_id':
            1, 'reply_to': None, 'reply_to_id': None, 'recipient': '{{customer.email}}', 'created': 1552341937, 'updated':
            1552341937}

    Attributes:
        id (int): The content's id (the last number of its dashboard address).
        name (str | Unset): The content's name.
        type_ (str | Unset): The channel: `email`, `push`, `twilio`, `in_app`...
        language (str | Unset): The translation's language tag; empty for the default message.
        body (str | Unset): The message body (HTML for emails).
        body_amp (str | Unset): The AMP version of an email body.
        subject (str | Unset): An email's subject line.
        preheader_text (str | Unset): An email's preview text.
        from_ (str | Unset): An email's sender address.
        from_id (int | None | Unset): The sender identity's id.
        reply_to (None | str | Unset): The reply-to address.
        reply_to_id (int | None | Unset): The reply-to sender identity's id.
        recipient (str | Unset): The recipient, often liquid such as `{{customer.email}}`.
        created (int | Unset): When the content was created, in unix seconds.
        updated (int | Unset): When the content last changed, in unix seconds.
    """

    id: int
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    language: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | None | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    recipient: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        language = self.language

        body = self.body

        body_amp = self.body_amp

        subject = self.subject

        preheader_text = self.preheader_text

        from_ = self.from_

        from_id: int | None | Unset
        if isinstance(self.from_id, Unset):
            from_id = UNSET
        else:
            from_id = self.from_id

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        reply_to_id: int | None | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        recipient = self.recipient

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if language is not UNSET:
            field_dict["language"] = language
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name", UNSET)

        self.type_ = d.pop("type", UNSET)

        self.language = d.pop("language", UNSET)

        self.body = d.pop("body", UNSET)

        self.body_amp = d.pop("body_amp", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.preheader_text = d.pop("preheader_text", UNSET)

        self.from_ = d.pop("from", UNSET)

        self.from_id = d.pop("from_id", UNSET)

        self.reply_to = d.pop("reply_to", UNSET)

        self.reply_to_id = d.pop("reply_to_id", UNSET)

        self.recipient = d.pop("recipient", UNSET)

        self.created = d.pop("created", UNSET)

        self.updated = d.pop("updated", UNSET)

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
