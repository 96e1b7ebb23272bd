from typing import Literal

CreateDeliveriesExportRequestMetric = Literal[
    "attempted",
    "bounced",
    "clicked",
    "converted",
    "created",
    "delivered",
    "dropped",
    "failed",
    "opened",
    "sent",
    "spammed",
    "undeliverable",
    "unsubscribed",
]

CREATE_DELIVERIES_EXPORT_REQUEST_METRIC_VALUES: set[CreateDeliveriesExportRequestMetric] = {
    "attempted",
    "bounced",
    "clicked",
    "converted",
    "created",
    "delivered",
    "dropped",
    "failed",
    "opened",
    "sent",
    "spammed",
    "undeliverable",
    "unsubscribed",
}


def check_create_deliveries_export_request_metric(value: str) -> CreateDeliveriesExportRequestMetric:
    if value in CREATE_DELIVERIES_EXPORT_REQUEST_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DELIVERIES_EXPORT_REQUEST_METRIC_VALUES!r}"
    )
