from typing import Literal

TrackEventRequestType = Literal["event", "page", "screen"]

TRACK_EVENT_REQUEST_TYPE_VALUES: set[TrackEventRequestType] = {
    "event",
    "page",
    "screen",
}


def check_track_event_request_type(value: str) -> TrackEventRequestType:
    if value in TRACK_EVENT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_EVENT_REQUEST_TYPE_VALUES!r}")
