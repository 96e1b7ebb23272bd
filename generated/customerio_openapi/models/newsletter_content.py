from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterContent")


@_attrs_define
class NewsletterContent:
    """One content of a newsletter: its default message, a translation (`language`) or an A/B test variant. Which
    fields are present depends on the channel.

    Example:
        {'id': 45, 'newsletter_id': 128275, 'deduplicate_id': '45:1484870424', 'name': 'Variant A', 'type': 'email',
            'language': '', 'body': '<h1>Product updates</h1><p>Here is what we shipped this week.</p>', 'subject': "What's
            new this week", 'preheader_text': 'Three new features', 'from': 'updates@example.com', 'from_id': 1, 'reply_to':
            None, 'reply_to_id': None, 'recipient': '{{customer.email}}'}

    Attributes:
        id (int): The content's id.
        newsletter_id (int | Unset): The newsletter it belongs to.
        deduplicate_id (str | Unset): The id and the unix time of its last change, `id:time`.
        name (str | Unset): The variant's name, if any.
        type_ (str | Unset): The channel: `email`, `twilio`, `push`, `in_app`, `webhook` or `inbox`.
        language (str | Unset): The translation's language tag; empty for the default message.
        layout (str | Unset): The layout the message uses, if any.
        body (str | Unset): The message body (HTML for emails).
        body_amp (str | Unset): The AMP version of an email body.
        subject (str | Unset): An email's subject line.
        preheader_text (str | Unset): An email's preview text.
        from_ (str | Unset): An email's sender address.
        from_id (int | None | Unset): The sender identity's id.
        reply_to (None | str | Unset): The reply-to address.
        reply_to_id (int | None | Unset): The reply-to sender identity's id.
        recipient (str | Unset): The recipient, often liquid such as `{{customer.email}}`.
    """

    id: int
    newsletter_id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    language: str | Unset = UNSET
    layout: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | None | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        newsletter_id = self.newsletter_id

        deduplicate_id = self.deduplicate_id

        name = self.name

        type_ = self.type_

        language = self.language

        layout = self.layout

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if language is not UNSET:
            field_dict["language"] = language
        if layout is not UNSET:
            field_dict["layout"] = layout
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.newsletter_id = d.pop("newsletter_id", UNSET)

        self.deduplicate_id = d.pop("deduplicate_id", UNSET)

        self.name = d.pop("name", UNSET)

        self.type_ = d.pop("type", UNSET)

        self.language = d.pop("language", UNSET)

        self.layout = d.pop("layout", UNSET)

        self.body = d.pop("body", UNSET)

        self.body_amp = d.pop("body_amp", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.preheader_text = d.pop("preheader_text", UNSET)

        self.from_ = d.pop("from", UNSET)

        self.from_id = d.pop("from_id", UNSET)

        self.reply_to = d.pop("reply_to", UNSET)

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
