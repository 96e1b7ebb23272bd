from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendPushRequest")


@_attrs_define
class SendPushRequest:
    """A transactional push notification from a template. Fields other than `identifiers` and
    `transactional_message_id` override the template; `custom_payload` replaces it entirely.

    Attributes:
        transactional_message_id (int | str): The transactional template: its numeric id or its Trigger Name (case-
            insensitive).
        identifiers (Identifiers): The person the transactional message belongs to: exactly one of `id`, `email` or
            `cio_id`. Use `email` if the workspace identifies people by email.
        to (str | Unset): Which of the person's devices to send to: `all`, `last_used`, or one device token. Ignored
            when `custom_device` is given.
        title (str | Unset): Notification title.
        message (str | Unset): Notification body.
        image_url (str | Unset): HTTPS URL of an image to show in the notification.
        link (str | Unset): Deep link or URL opened when the notification is tapped.
        sound (str | Unset): iOS only: `default` or `none`.
        custom_data (SendPushRequestCustomData | Unset): Extra key/value pairs delivered with the notification.
        custom_device (PushCustomDevice | Unset): A device to send to instead of the devices on the person's profile
            (for example one not registered yet).
        custom_payload (SendPushRequestCustomPayload | Unset): A complete platform payload replacing the template, keyed
            by platform: `{"ios": {...APNs or FCM-for-iOS payload...}, "android": {...FCM payload...}}`.
        message_data (SendPushRequestMessageData | Unset): Liquid data for the message, referenced as
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
    title: str | Unset = UNSET
    message: str | Unset = UNSET
    image_url: str | Unset = UNSET
    link: str | Unset = UNSET
    sound: str | Unset = UNSET
    custom_data: SendPushRequestCustomData | Unset = UNSET
    custom_device: PushCustomDevice | Unset = UNSET
    custom_payload: SendPushRequestCustomPayload | Unset = UNSET
    message_data: SendPushRequestMessageData | Unset = UNSET
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

        title = self.title

        message = self.message

        image_url = self.image_url

        link = self.link

        sound = self.sound

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        custom_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_device, Unset):
            custom_device = self.custom_device.to_dict()

        custom_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_payload, Unset):
            custom_payload = self.custom_payload.to_dict()

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
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if link is not UNSET:
            field_dict["link"] = link
        if sound is not UNSET:
            field_dict["sound"] = sound
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if custom_device is not UNSET:
            field_dict["custom_device"] = custom_device
        if custom_payload is not UNSET:
            field_dict["custom_payload"] = custom_payload
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

        self.title = d.pop("title", UNSET)

        self.message = d.pop("message", UNSET)

        self.image_url = d.pop("image_url", UNSET)

        self.link = d.pop("link", UNSET)

        self.sound = d.pop("sound", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: SendPushRequestCustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = SendPushRequestCustomData.__new__(SendPushRequestCustomData)
            custom_data.additional_properties = (
                _custom_data if _owned and isinstance(_custom_data, dict) else dict(_custom_data)
            )

        self.custom_data = custom_data

        _custom_device = d.pop("custom_device", UNSET)
        custom_device: PushCustomDevice | Unset
        if isinstance(_custom_device, Unset):
            custom_device = UNSET
        else:
            custom_device = PushCustomDevice.from_dict(_custom_device, _owned)

        self.custom_device = custom_device

        _custom_payload = d.pop("custom_payload", UNSET)
        custom_payload: SendPushRequestCustomPayload | Unset
        if isinstance(_custom_payload, Unset):
            custom_payload = UNSET
        else:
            custom_payload = SendPushRequestCustomPayload.__new__(SendPushRequestCustomPayload)
            custom_payload.additional_properties = (
                _custom_payload if _owned and isinstance(_custom_payload, dict) else dict(_custom_payload)
            )

        self.custom_payload = custom_payload

        _message_data = d.pop("message_data", UNSET)
        message_data: SendPushRequestMessageData | Unset
        if isinstance(_message_data, Unset):
            message_data = UNSET
        else:
            message_data = SendPushRequestMessageData.__new__(SendPushRequestMessageData)
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
    from ..models.push_custom_device import PushCustomDevice
    from ..models.send_push_request_custom_data import SendPushRequestCustomData
    from ..models.send_push_request_custom_payload import SendPushRequestCustomPayload
    from ..models.send_push_request_message_data import SendPushRequestMessageData
else:
    from . import _Nested

    Identifiers = _Nested(globals(), __package__, "..models.identifiers", "Identifiers")
    PushCustomDevice = _Nested(globals(), __package__, "..models.push_custom_device", "PushCustomDevice")
    SendPushRequestCustomData = _Nested(
        globals(), __package__, "..models.send_push_request_custom_data", "SendPushRequestCustomData"
    )
    SendPushRequestCustomPayload = _Nested(
        globals(), __package__, "..models.send_push_request_custom_payload", "SendPushRequestCustomPayload"
    )
    SendPushRequestMessageData = _Nested(
        globals(), __package__, "..models.send_push_request_message_data", "SendPushRequestMessageData"
    )
