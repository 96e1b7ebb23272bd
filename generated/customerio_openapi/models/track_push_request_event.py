from typing import Literal

TrackPushRequestEvent = Literal["converted", "delivered", "opened"]

TRACK_PUSH_REQUEST_EVENT_VALUES: set[TrackPushRequestEvent] = {
    "converted",
    "delivered",
    "opened",
}


def check_track_push_request_event(value: str) -> TrackPushRequestEvent:
    if value in TRACK_PUSH_REQUEST_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_PUSH_REQUEST_EVENT_VALUES!r}")
