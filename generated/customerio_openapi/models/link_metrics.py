from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LinkMetrics")


@_attrs_define
class LinkMetrics:
    """One link's clicks per period (`metric.series.clicked`, oldest first).

    Attributes:
        link (TrackedLink): A link of a message whose clicks are tracked.
        metric (MetricsReport): A report of counts over time.
    """

    link: TrackedLink
    metric: MetricsReport
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link.to_dict()

        metric = self.metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link": link,
                "metric": metric,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        link = TrackedLink.from_dict(d.pop("link"), _owned)

        self.link = link

        metric = MetricsReport.from_dict(d.pop("metric"), _owned)

        self.metric = metric

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
    from ..models.metrics_report import MetricsReport
    from ..models.tracked_link import TrackedLink
else:
    from . import _Nested

    MetricsReport = _Nested(globals(), __package__, "..models.metrics_report", "MetricsReport")
    TrackedLink = _Nested(globals(), __package__, "..models.tracked_link", "TrackedLink")
