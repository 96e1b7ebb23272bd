from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSMSRequest")


@_attrs_define
class SendSMSRequest:
    """A transactional SMS from a template.

    Attributes:
        transactional_message_id (int | str): The transactional template: its numeric id or its Trigger Name (case-
            insensitive).
        identifiers (Identifiers): The person the transactional message belongs to: exactly one of `id`, `email` or
            `cio_id`. Use `email` if the workspace identifies people by email.
        to (str | Unset): Recipient phone number in E.164 format. Defaults to the person's `phone` attribute.
        message_data (SendSMSRequestMessageData | Unset): Liquid data for the message, referenced as
            `{{trigger.<key>}}`.
        send_at (int | Unset): Unix time (seconds) to send at, up to 90 days ahead. A past value sends immediately.
        disable_message_retention (bool | Unset): If true, the message content is not retained in delivery history.
        send_to_unsubscribed (bool | Unset): If false, the message is not sent to unsubscribed people. The API treats
            omission as true.
        queue_draft (bool | Unset): If true, the message is held as a draft instead of being sent.
        language (str | Unset): Language variant of the template to use (a two- or five-character code).
    """

    transactional_message_id: int | str
    identifiers: Identifiers
    to: str | Unset = UNSET
    message_data: SendSMSRequestMessageData | Unset = UNSET
    send_at: int | Unset = UNSET
    disable_message_retention: bool | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    queue_draft: bool | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transactional_message_id: int | str
        transactional_message_id = self.transactional_message_id

        identifiers = self.identifiers.to_dict()

        to = self.to

        message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_data, Unset):
            message_data = self.message_data.to_dict()

        send_at = self.send_at

        disable_message_retention = self.disable_message_retention

        send_to_unsubscribed = self.send_to_unsubscribed

        queue_draft = self.queue_draft

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactional_message_id": transactional_message_id,
                "identifiers": identifiers,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if message_data is not UNSET:
            field_dict["message_data"] = message_data
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if disable_message_retention is not UNSET:
            field_dict["disable_message_retention"] = disable_message_retention
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if queue_draft is not UNSET:
            field_dict["queue_draft"] = queue_draft
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.transactional_message_id = d.pop("transactional_message_id")

        identifiers = Identifiers.from_dict(d.pop("identifiers"), _owned)

        self.identifiers = identifiers

        self.to = d.pop("to", UNSET)

        _message_data = d.pop("message_data", UNSET)
        message_data: SendSMSRequestMessageData | Unset
        if isinstance(_message_data, Unset):
            message_data = UNSET
        else:
            message_data = SendSMSRequestMessageData.__new__(SendSMSRequestMessageData)
            message_data.additional_properties = (
                _message_data if _owned and isinstance(_message_data, dict) else dict(_message_data)
            )

        self.message_data = message_data

        self.send_at = d.pop("send_at", UNSET)

        self.disable_message_retention = d.pop("disable_message_retention", UNSET)

        self.send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        self.queue_draft = d.pop("queue_draft", UNSET)

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
    from ..models.send_sms_request_message_data import SendSMSRequestMessageData
else:
    from . import _Nested

    Identifiers = _Nested(globals(), __package__, "..models.identifiers", "Identifiers")
    SendSMSRequestMessageData = _Nested(
        globals(), __package__, "..models.send_sms_request_message_data", "SendSMSRequestMessageData"
    )
