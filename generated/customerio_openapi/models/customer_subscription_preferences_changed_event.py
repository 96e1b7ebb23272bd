from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSubscriptionPreferencesChangedEvent")


@_attrs_define
class CustomerSubscriptionPreferencesChangedEvent:
    """A person changed their subscription preferences, in the subscription center or through their
    `cio_subscription_preferences` attribute (`metric` `cio_subscription_preferences_changed`).

    Example:
        {'event_id': '01E4C4CT6YDC7Y5M7FE1GWWPQM', 'object_type': 'email', 'metric':
            'cio_subscription_preferences_changed', 'timestamp': 1613063289, 'data': {'customer_id': '42', 'email_address':
            'person@example.com', 'identifiers': {'id': '42', 'email': 'person@example.com', 'cio_id': 'd9c106000001'},
            'content': '{"topics":{"topic_1":true}}', 'delivery_id': 'RPILAgUBcRhIBqSfeiIwdIYJKxTY', 'newsletter_id': 10,
            'content_id': 3}}

    Attributes:
        event_id (str):
        metric (Literal['cio_subscription_preferences_changed']):
        timestamp (int):
        data (SubscriptionPreferencesEventData): The person whose subscription preferences changed, and the message they
            changed them from, if any (its `delivery_id` and campaign, broadcast or newsletter ids).
        object_type (str | Unset): The channel the change came from (`email` mostly), or `customer`.
    """

    event_id: str
    metric: Literal["cio_subscription_preferences_changed"]
    timestamp: int
    data: SubscriptionPreferencesEventData
    object_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        metric = self.metric

        timestamp = self.timestamp

        data = self.data.to_dict()

        object_type = self.object_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "metric": metric,
                "timestamp": timestamp,
                "data": data,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.event_id = d.pop("event_id")

        metric = cast(Literal["cio_subscription_preferences_changed"], d.pop("metric"))
        if metric != "cio_subscription_preferences_changed":
            raise ValueError(
                f"metric must match const 'cio_subscription_preferences_changed', got '{metric}'"
            )
        self.metric = metric

        self.timestamp = d.pop("timestamp")

        data = SubscriptionPreferencesEventData.from_dict(d.pop("data"), _owned)

        self.data = data

        self.object_type = d.pop("object_type", UNSET)

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
    from ..models.subscription_preferences_event_data import (
        SubscriptionPreferencesEventData,
    )
else:
    from . import _Nested

    SubscriptionPreferencesEventData = _Nested(
        globals(),
        __package__,
        "..models.subscription_preferences_event_data",
        "SubscriptionPreferencesEventData",
    )
