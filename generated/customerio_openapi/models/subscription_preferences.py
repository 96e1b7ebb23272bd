from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPreferences")


@_attrs_define
class SubscriptionPreferences:
    """Subscription-center preferences. To change one topic without touching others, set the dot-notation attribute
    `"cio_subscription_preferences.topics.topic_<id>": <bool>` instead.

    Example:
        {'topics': {'topic_1': True, 'topic_2': False}}

    Attributes:
        topics (SubscriptionPreferencesTopics | Unset): `topic_<id>` → boolean: true subscribed, false unsubscribed;
            missing uses the topic default.
    """

    topics: SubscriptionPreferencesTopics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _topics = d.pop("topics", UNSET)
        topics: SubscriptionPreferencesTopics | Unset
        if isinstance(_topics, Unset):
            topics = UNSET
        else:
            topics = SubscriptionPreferencesTopics.__new__(SubscriptionPreferencesTopics)
            topics.additional_properties = _topics if _owned and isinstance(_topics, dict) else dict(_topics)

        self.topics = topics

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
    from ..models.subscription_preferences_topics import SubscriptionPreferencesTopics
else:
    from . import _Nested

    SubscriptionPreferencesTopics = _Nested(
        globals(), __package__, "..models.subscription_preferences_topics", "SubscriptionPreferencesTopics"
    )
