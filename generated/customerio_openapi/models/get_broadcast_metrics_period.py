from typing import Literal

GetBroadcastMetricsPeriod = Literal["days", "hours", "months", "weeks"]

GET_BROADCAST_METRICS_PERIOD_VALUES: set[GetBroadcastMetricsPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_broadcast_metrics_period(value: str) -> GetBroadcastMetricsPeriod:
    if value in GET_BROADCAST_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_METRICS_PERIOD_VALUES!r}")
