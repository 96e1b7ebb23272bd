from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_anonymous_event_request_type import (
    TrackAnonymousEventRequestType,
    check_track_anonymous_event_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackAnonymousEventRequest")


@_attrs_define
class TrackAnonymousEventRequest:
    """An event for an unidentified person. `name` is required. Set `anonymous_id` to attribute the event to an
    anonymous visitor; leave it out for an invite event, which requires `data.recipient`.

    Example:
        {'name': 'invite', 'data': {'recipient': 'friend@example.com', 'inviter': 'Jane'}}

    Attributes:
        name (str): The event name (≤ 100 bytes); for `type: page` the page URL, for `type: screen` the screen.
        anonymous_id (str | Unset): The anonymous visitor's id (e.g. a cookie value). Unique, not reusable.
        id (str | Unset): A ULID to deduplicate the event; repeats of a known id are ignored.
        type_ (TrackAnonymousEventRequestType | Unset): `event` (default), `page` (web page view) or `screen` (mobile
            screen view).
        timestamp (int | Unset): Unix timestamp (seconds) of the event; defaults to the time received.
        data (EventData | Unset): Event properties, usable in Liquid and convertible to attributes. Reserved keys
            override the settings of triggered campaigns: `recipient` (the "to" address; required for anonymous invite
            events), `from_address`, `reply_to`. Limit: ≤ 100000 bytes.  Example: {'price': 23.45, 'product': 'socks'}.
    """

    name: str
    anonymous_id: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: TrackAnonymousEventRequestType | Unset = UNSET
    timestamp: int | Unset = UNSET
    data: EventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        anonymous_id = self.anonymous_id

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        timestamp = self.timestamp

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")

        self.anonymous_id = d.pop("anonymous_id", UNSET)

        self.id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TrackAnonymousEventRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_track_anonymous_event_request_type(_type_)

        self.type_ = type_

        self.timestamp = d.pop("timestamp", UNSET)

        _data = d.pop("data", UNSET)
        data: EventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = EventData.from_dict(_data, _owned)

        self.data = data

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
    from ..models.event_data import EventData
else:
    from . import _Nested

    EventData = _Nested(globals(), __package__, "..models.event_data", "EventData")
