from typing import Literal

ReportMetricRequestMetric = Literal[
    "bounced", "clicked", "converted", "deferred", "delivered", "dropped", "opened", "spammed"
]

REPORT_METRIC_REQUEST_METRIC_VALUES: set[ReportMetricRequestMetric] = {
    "bounced",
    "clicked",
    "converted",
    "deferred",
    "delivered",
    "dropped",
    "opened",
    "spammed",
}


def check_report_metric_request_metric(value: str) -> ReportMetricRequestMetric:
    if value in REPORT_METRIC_REQUEST_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_METRIC_REQUEST_METRIC_VALUES!r}")
