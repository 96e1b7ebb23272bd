from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterSchedule")


@_attrs_define
class NewsletterSchedule:
    """When to send a draft newsletter, with an optional rate limit.

    Attributes:
        scheduled_at (int): When to send it, in unix seconds (in the future); 0 unschedules it.
        timezone (str | Unset): The IANA time zone the dashboard shows the time in.
        tz_match_enabled (bool | Unset): Send at that local time in each recipient's time zone.
        rate_limit_email_rate (int | Unset): The most messages per period (any channel), at least 1.
        rate_limit_time_period (int | Unset): The rate limit's period in seconds: 60, 3600 or 86400.
        rate_limit_spread (bool | Unset): Spread the messages evenly over each period.
    """

    scheduled_at: int
    timezone: str | Unset = UNSET
    tz_match_enabled: bool | Unset = UNSET
    rate_limit_email_rate: int | Unset = UNSET
    rate_limit_time_period: int | Unset = UNSET
    rate_limit_spread: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_at = self.scheduled_at

        timezone = self.timezone

        tz_match_enabled = self.tz_match_enabled

        rate_limit_email_rate = self.rate_limit_email_rate

        rate_limit_time_period = self.rate_limit_time_period

        rate_limit_spread = self.rate_limit_spread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduled_at": scheduled_at,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if tz_match_enabled is not UNSET:
            field_dict["tz_match_enabled"] = tz_match_enabled
        if rate_limit_email_rate is not UNSET:
            field_dict["rate_limit_email_rate"] = rate_limit_email_rate
        if rate_limit_time_period is not UNSET:
            field_dict["rate_limit_time_period"] = rate_limit_time_period
        if rate_limit_spread is not UNSET:
            field_dict["rate_limit_spread"] = rate_limit_spread

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.scheduled_at = d.pop("scheduled_at")

        self.timezone = d.pop("timezone", UNSET)

        self.tz_match_enabled = d.pop("tz_match_enabled", UNSET)

        self.rate_limit_email_rate = d.pop("rate_limit_email_rate", UNSET)

        self.rate_limit_time_period = d.pop("rate_limit_time_period", UNSET)

        self.rate_limit_spread = d.pop("rate_limit_spread", UNSET)

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
