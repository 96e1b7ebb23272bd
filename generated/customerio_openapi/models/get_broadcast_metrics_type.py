from typing import Literal

GetBroadcastMetricsType = Literal["email", "in_app", "push", "slack", "twilio", "webhook", "whatsapp"]

GET_BROADCAST_METRICS_TYPE_VALUES: set[GetBroadcastMetricsType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
    "whatsapp",
}


def check_get_broadcast_metrics_type(value: str) -> GetBroadcastMetricsType:
    if value in GET_BROADCAST_METRICS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_METRICS_TYPE_VALUES!r}")
