from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricsReport")


@_attrs_define
class MetricsReport:
    """A report of counts over time.

    Attributes:
        series (MetricSeries): Counts per period, metric name to a list of integers ordered oldest to newest: one entry
            per step of a version 1 report (`period`, `steps`, the last entry being the current period) or per bucket of a
            version 2 report (`res` from `start`). Names include `sent`, `delivered`, `opened`, `clicked`, `converted`,
            `bounced`, `failed`, `unsubscribed` (and `human_opened`, `prefetch_clicked`, `2xx`...`5xx` for webhooks,
            `started`, `messaged`, `converted`... for journey metrics); read them as `series["sent"]` or
            `series.additional_properties`.  Example: {'sent': [0, 12, 30], 'delivered': [0, 11, 29], 'opened': [0, 4, 17]}.
    """

    series: MetricSeries
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series = self.series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "series": series,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        series = MetricSeries.from_dict(d.pop("series"), _owned)

        self.series = series

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
    from ..models.metric_series import MetricSeries
else:
    from . import _Nested

    MetricSeries = _Nested(globals(), __package__, "..models.metric_series", "MetricSeries")
