from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricSeries")


@_attrs_define
class MetricSeries:
    """Counts per period, metric name to a list of integers ordered oldest to newest: one entry per step of a version 1
    report (`period`, `steps`, the last entry being the current period) or per bucket of a version 2 report (`res`
    from `start`). Names include `sent`, `delivered`, `opened`, `clicked`, `converted`, `bounced`, `failed`,
    `unsubscribed` (and `human_opened`, `prefetch_clicked`, `2xx`...`5xx` for webhooks, `started`, `messaged`,
    `converted`... for journey metrics); read them as `series["sent"]` or `series.additional_properties`.

    Example:
        {'sent': [0, 12, 30], 'delivered': [0, 11, 29], 'opened': [0, 4, 17]}

    """

    additional_properties: dict[str, list[int]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = cast(list[int], prop_dict)

            additional_properties[prop_name] = additional_property

        self.additional_properties = additional_properties
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[int]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[int]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
