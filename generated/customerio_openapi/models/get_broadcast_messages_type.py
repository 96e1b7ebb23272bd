from typing import Literal

GetBroadcastMessagesType = Literal["email", "in_app", "push", "slack", "twilio", "webhook", "whatsapp"]

GET_BROADCAST_MESSAGES_TYPE_VALUES: set[GetBroadcastMessagesType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
    "whatsapp",
}


def check_get_broadcast_messages_type(value: str) -> GetBroadcastMessagesType:
    if value in GET_BROADCAST_MESSAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_MESSAGES_TYPE_VALUES!r}")
