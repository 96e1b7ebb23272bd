from typing import Literal

GetMessagesMetric = Literal[
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

GET_MESSAGES_METRIC_VALUES: set[GetMessagesMetric] = {
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


def check_get_messages_metric(value: str) -> GetMessagesMetric:
    if value in GET_MESSAGES_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MESSAGES_METRIC_VALUES!r}")
