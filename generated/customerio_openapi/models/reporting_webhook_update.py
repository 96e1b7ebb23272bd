from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportingWebhookUpdate")


@_attrs_define
class ReportingWebhookUpdate:
    """The fields of a reporting webhook to change (any of them).

    Attributes:
        endpoint (str | Unset): The URL to post events to.
        events (list[str] | Unset): The events to send (at least one).
        name (str | Unset): The webhook's name (at most 190 characters).
        full_resolution (bool | Unset):
        with_content (bool | Unset):
        disabled (bool | Unset): `true` pauses the webhook, `false` resumes it.
    """

    endpoint: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    full_resolution: bool | Unset = UNSET
    with_content: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        name = self.name

        full_resolution = self.full_resolution

        with_content = self.with_content

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if events is not UNSET:
            field_dict["events"] = events
        if name is not UNSET:
            field_dict["name"] = name
        if full_resolution is not UNSET:
            field_dict["full_resolution"] = full_resolution
        if with_content is not UNSET:
            field_dict["with_content"] = with_content
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.endpoint = d.pop("endpoint", UNSET)

        events = cast(list[str], d.pop("events", UNSET))

        self.events = events

        self.name = d.pop("name", UNSET)

        self.full_resolution = d.pop("full_resolution", UNSET)

        self.with_content = d.pop("with_content", UNSET)

        self.disabled = d.pop("disabled", UNSET)

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
