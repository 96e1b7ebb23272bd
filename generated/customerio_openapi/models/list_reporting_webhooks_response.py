from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListReportingWebhooksResponse")


@_attrs_define
class ListReportingWebhooksResponse:
    """Every reporting webhook of the workspace.

    Attributes:
        reporting_webhooks (list[ReportingWebhook]):
    """

    reporting_webhooks: list[ReportingWebhook]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reporting_webhooks = []
        for reporting_webhooks_item_data in self.reporting_webhooks:
            reporting_webhooks_item = reporting_webhooks_item_data.to_dict()
            reporting_webhooks.append(reporting_webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reporting_webhooks": reporting_webhooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        reporting_webhooks = []
        _reporting_webhooks = d.pop("reporting_webhooks")
        for reporting_webhooks_item_data in _reporting_webhooks:
            reporting_webhooks_item = ReportingWebhook.from_dict(reporting_webhooks_item_data, _owned)

            reporting_webhooks.append(reporting_webhooks_item)

        self.reporting_webhooks = reporting_webhooks

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
    from ..models.reporting_webhook import ReportingWebhook
else:
    from . import _Nested

    ReportingWebhook = _Nested(globals(), __package__, "..models.reporting_webhook", "ReportingWebhook")
