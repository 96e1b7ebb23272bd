from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportingWebhook")


@_attrs_define
class ReportingWebhook:
    """A reporting webhook, where Customer.io posts the events it names.

    Example:
        {'id': 4, 'name': 'my cool webhook', 'type': 'webhook', 'endpoint': 'https://example.com/webhook', 'disabled':
            False, 'full_resolution': True, 'with_content': False, 'events': ['email_failed', 'webhook_failed']}

    Attributes:
        id (int): The webhook's id.
        endpoint (str): The URL events are posted to.
        events (list[str]): The events sent, as `<object_type>_<metric>` (`email_sent`, `customer_subscribed`...).
        name (str | Unset): The webhook's name.
        type_ (str | Unset): `webhook` (a reporting webhook) or `js` (a JavaScript webhook).
        disabled (bool | Unset): Whether sending is paused.
        full_resolution (bool | Unset): Whether every open and click is sent, not only the first.
        with_content (bool | Unset): Whether `sent` events carry the message content.
    """

    id: int
    endpoint: str
    events: list[str]
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    full_resolution: bool | Unset = UNSET
    with_content: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint = self.endpoint

        events = self.events

        name = self.name

        type_ = self.type_

        disabled = self.disabled

        full_resolution = self.full_resolution

        with_content = self.with_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "endpoint": endpoint,
                "events": events,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if full_resolution is not UNSET:
            field_dict["full_resolution"] = full_resolution
        if with_content is not UNSET:
            field_dict["with_content"] = with_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.endpoint = d.pop("endpoint")

        events = cast(list[str], d.pop("events"))

        self.events = events

        self.name = d.pop("name", UNSET)

        self.type_ = d.pop("type", UNSET)

        self.disabled = d.pop("disabled", UNSET)

        self.full_resolution = d.pop("full_resolution", UNSET)

        self.with_content = d.pop("with_content", UNSET)

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
