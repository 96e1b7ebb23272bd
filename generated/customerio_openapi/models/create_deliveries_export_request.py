from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_deliveries_export_request_metric import (
    CreateDeliveriesExportRequestMetric,
    check_create_deliveries_export_request_metric,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeliveriesExportRequest")


@_attrs_define
class CreateDeliveriesExportRequest:
    """
    Attributes:
        newsletter_id (int): Id of the newsletter whose deliveries are exported.
        start (int | Unset): Unix time (seconds), inclusive start of the delivery-creation window.
        end (int | Unset): Unix time (seconds), inclusive end of the delivery-creation window.
        attributes (list[str] | Unset): Recipient attribute names to add as extra columns (not event or trigger
            properties).
        metric (CreateDeliveriesExportRequestMetric | Unset): Only export deliveries that reached this metric.
        drafts (bool | Unset): If true, drafts are exported along with active/sent messages. The API treats omission as
            false.
    """

    newsletter_id: int
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    metric: CreateDeliveriesExportRequestMetric | Unset = UNSET
    drafts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        newsletter_id = self.newsletter_id

        start = self.start

        end = self.end

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric

        drafts = self.drafts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newsletter_id": newsletter_id,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if metric is not UNSET:
            field_dict["metric"] = metric
        if drafts is not UNSET:
            field_dict["drafts"] = drafts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.newsletter_id = d.pop("newsletter_id")

        self.start = d.pop("start", UNSET)

        self.end = d.pop("end", UNSET)

        attributes = cast(list[str], d.pop("attributes", UNSET))

        self.attributes = attributes

        _metric = d.pop("metric", UNSET)
        metric: CreateDeliveriesExportRequestMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = check_create_deliveries_export_request_metric(_metric)

        self.metric = metric

        self.drafts = d.pop("drafts", UNSET)

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
