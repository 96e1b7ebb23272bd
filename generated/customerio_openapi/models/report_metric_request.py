from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_metric_request_metric import (
    ReportMetricRequestMetric,
    check_report_metric_request_metric,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportMetricRequest")


@_attrs_define
class ReportMetricRequest:
    """A metric for one delivery. Valid `metric` values per channel: email and webhook — bounced, clicked, converted,
    deferred, delivered, dropped, opened, spammed; SMS — bounced, clicked, delivered, opened; push — converted,
    delivered, opened; in-app — clicked, converted, opened; Slack — clicked, converted, delivered, opened.

    Example:
        {'delivery_id': 'RPILAgUBcRhIBqSfeiIwdIYJKxTY', 'metric': 'bounced', 'reason': 'mailbox full'}

    Attributes:
        delivery_id (str): The `CIO-Delivery-ID` of the message.
        metric (ReportMetricRequestMetric): The metric to report (see the per-channel list above).
        timestamp (int | Unset): Unix timestamp (seconds) of the metric; defaults to the time received.
        recipient (str | Unset): Who received the message: an email address (email), phone number (SMS), device token
            (push) or the id/email used to target an in-app message.
        reason (str | Unset): For failure metrics such as `bounced`, the reason.
        href (str | Unset): For `clicked`, the link that was clicked.
    """

    delivery_id: str
    metric: ReportMetricRequestMetric
    timestamp: int | Unset = UNSET
    recipient: str | Unset = UNSET
    reason: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        metric: str = self.metric

        timestamp = self.timestamp

        recipient = self.recipient

        reason = self.reason

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
                "metric": metric,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if reason is not UNSET:
            field_dict["reason"] = reason
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.delivery_id = d.pop("delivery_id")

        metric = check_report_metric_request_metric(d.pop("metric"))

        self.metric = metric

        self.timestamp = d.pop("timestamp", UNSET)

        self.recipient = d.pop("recipient", UNSET)

        self.reason = d.pop("reason", UNSET)

        self.href = d.pop("href", UNSET)

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
