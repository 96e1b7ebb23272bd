from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailRequest")


@_attrs_define
class SendEmailRequest:
    """A transactional email. Either `transactional_message_id` (a template, whose values the other fields override) or
    all of `body`, `subject` and `from` (an inline message) must be given. Extra keys are passed through to the API
    (for example `auto_create`).

    Attributes:
        to (str): Recipient address(es), comma-separated, optionally with display names (`"Sarah <sarah@example.io>"`).
            At most 15 recipients in total across `to` and `bcc`.
        identifiers (Identifiers): The person the transactional message belongs to: exactly one of `id`, `email` or
            `cio_id`. Use `email` if the workspace identifies people by email.
        transactional_message_id (int | str | Unset): The transactional template: its numeric id or its Trigger Name
            (case-insensitive).
        message_data (SendEmailRequestMessageData | Unset): Liquid data for the message, referenced as
            `{{trigger.<key>}}`.
        from_ (str | Unset): Sender address, optionally with a display name. Must be on a verified sending domain.
        subject (str | Unset): Subject line.
        body (str | Unset): HTML body.
        body_plain (str | Unset): Plain-text alternative of `body`.
        body_amp (str | Unset): AMP body for clients that support AMP; others get `body`.
        preheader (str | Unset): Preheader text shown after the subject in many clients.
        reply_to (str | Unset): Reply-To address.
        bcc (str | Unset): Blind-copy address(es), comma-separated. Counts towards the 15-recipient limit.
        fake_bcc (bool | Unset): If true, BCC recipients get a separate copy whose subject names the original recipient,
            instead of a true blind copy.
        headers (SendEmailRequestHeaders | Unset): Extra email headers, name to value. Values must be ASCII strings;
            some headers are reserved and cannot be set.
        attachments (SendEmailRequestAttachments | Unset): Attachments: file name (with extension, e.g. `receipt.pdf`)
            to base64-encoded content. The total size of all attachments must be under 2 MB. Some file extensions are
            refused.
        disable_message_retention (bool | Unset): If true, the message body is not retained in delivery history.
        send_to_unsubscribed (bool | Unset): If false, the message is not sent to unsubscribed people. The API treats
            omission as true.
        tracked (bool | Unset): If true, opens and link clicks are tracked. The API treats omission as true.
        queue_draft (bool | Unset): If true, the message is held as a draft (send it from Deliveries & Drafts) instead
            of being sent.
        send_at (int | Unset): Unix time (seconds) to send at, up to 90 days ahead. A past value sends immediately.
        disable_css_preprocessing (bool | Unset): If true, CSS preprocessing is skipped; overrides the template's
            setting.
        language (str | Unset): Language variant of the template to use (a two- or five-character code such as `fr` or
            `pt-BR`).
    """

    to: str
    identifiers: Identifiers
    transactional_message_id: int | str | Unset = UNSET
    message_data: SendEmailRequestMessageData | Unset = UNSET
    from_: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    preheader: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    headers: SendEmailRequestHeaders | Unset = UNSET
    attachments: SendEmailRequestAttachments | Unset = UNSET
    disable_message_retention: bool | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    tracked: bool | Unset = UNSET
    queue_draft: bool | Unset = UNSET
    send_at: int | Unset = UNSET
    disable_css_preprocessing: bool | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        identifiers = self.identifiers.to_dict()

        transactional_message_id: int | str | Unset
        if isinstance(self.transactional_message_id, Unset):
            transactional_message_id = UNSET
        else:
            transactional_message_id = self.transactional_message_id

        message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_data, Unset):
            message_data = self.message_data.to_dict()

        from_ = self.from_

        subject = self.subject

        body = self.body

        body_plain = self.body_plain

        body_amp = self.body_amp

        preheader = self.preheader

        reply_to = self.reply_to

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        disable_message_retention = self.disable_message_retention

        send_to_unsubscribed = self.send_to_unsubscribed

        tracked = self.tracked

        queue_draft = self.queue_draft

        send_at = self.send_at

        disable_css_preprocessing = self.disable_css_preprocessing

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "identifiers": identifiers,
            }
        )
        if transactional_message_id is not UNSET:
            field_dict["transactional_message_id"] = transactional_message_id
        if message_data is not UNSET:
            field_dict["message_data"] = message_data
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if preheader is not UNSET:
            field_dict["preheader"] = preheader
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if headers is not UNSET:
            field_dict["headers"] = headers
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if disable_message_retention is not UNSET:
            field_dict["disable_message_retention"] = disable_message_retention
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if tracked is not UNSET:
            field_dict["tracked"] = tracked
        if queue_draft is not UNSET:
            field_dict["queue_draft"] = queue_draft
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if disable_css_preprocessing is not UNSET:
            field_dict["disable_css_preprocessing"] = disable_css_preprocessing
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.to = d.pop("to")

        identifiers = Identifiers.from_dict(d.pop("identifiers"), _owned)

        self.identifiers = identifiers

        self.transactional_message_id = d.pop("transactional_message_id", UNSET)

        _message_data = d.pop("message_data", UNSET)
        message_data: SendEmailRequestMessageData | Unset
        if isinstance(_message_data, Unset):
            message_data = UNSET
        else:
            message_data = SendEmailRequestMessageData.__new__(SendEmailRequestMessageData)
            message_data.additional_properties = (
                _message_data if _owned and isinstance(_message_data, dict) else dict(_message_data)
            )

        self.message_data = message_data

        self.from_ = d.pop("from", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.body = d.pop("body", UNSET)

        self.body_plain = d.pop("body_plain", UNSET)

        self.body_amp = d.pop("body_amp", UNSET)

        self.preheader = d.pop("preheader", UNSET)

        self.reply_to = d.pop("reply_to", UNSET)

        self.bcc = d.pop("bcc", UNSET)

        self.fake_bcc = d.pop("fake_bcc", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SendEmailRequestHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SendEmailRequestHeaders.__new__(SendEmailRequestHeaders)
            headers.additional_properties = (
                _headers if _owned and isinstance(_headers, dict) else dict(_headers)
            )

        self.headers = headers

        _attachments = d.pop("attachments", UNSET)
        attachments: SendEmailRequestAttachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = SendEmailRequestAttachments.__new__(SendEmailRequestAttachments)
            attachments.additional_properties = (
                _attachments if _owned and isinstance(_attachments, dict) else dict(_attachments)
            )

        self.attachments = attachments

        self.disable_message_retention = d.pop("disable_message_retention", UNSET)

        self.send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        self.tracked = d.pop("tracked", UNSET)

        self.queue_draft = d.pop("queue_draft", UNSET)

        self.send_at = d.pop("send_at", UNSET)

        self.disable_css_preprocessing = d.pop("disable_css_preprocessing", UNSET)

        self.language = d.pop("language", UNSET)

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
    from ..models.identifiers import Identifiers
    from ..models.send_email_request_attachments import SendEmailRequestAttachments
    from ..models.send_email_request_headers import SendEmailRequestHeaders
    from ..models.send_email_request_message_data import SendEmailRequestMessageData
else:
    from . import _Nested

    Identifiers = _Nested(globals(), __package__, "..models.identifiers", "Identifiers")
    SendEmailRequestAttachments = _Nested(
        globals(), __package__, "..models.send_email_request_attachments", "SendEmailRequestAttachments"
    )
    SendEmailRequestHeaders = _Nested(
        globals(), __package__, "..models.send_email_request_headers", "SendEmailRequestHeaders"
    )
    SendEmailRequestMessageData = _Nested(
        globals(), __package__, "..models.send_email_request_message_data", "SendEmailRequestMessageData"
    )
