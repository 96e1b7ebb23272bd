from typing import Literal

GetBroadcastActionMetricsLinksPeriod = Literal["days", "hours", "months", "weeks"]

GET_BROADCAST_ACTION_METRICS_LINKS_PERIOD_VALUES: set[GetBroadcastActionMetricsLinksPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_broadcast_action_metrics_links_period(value: str) -> GetBroadcastActionMetricsLinksPeriod:
    if value in GET_BROADCAST_ACTION_METRICS_LINKS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_ACTION_METRICS_LINKS_PERIOD_VALUES!r}"
    )
