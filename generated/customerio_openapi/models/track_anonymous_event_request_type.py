from typing import Literal

TrackAnonymousEventRequestType = Literal["event", "page", "screen"]

TRACK_ANONYMOUS_EVENT_REQUEST_TYPE_VALUES: set[TrackAnonymousEventRequestType] = {
    "event",
    "page",
    "screen",
}


def check_track_anonymous_event_request_type(value: str) -> TrackAnonymousEventRequestType:
    if value in TRACK_ANONYMOUS_EVENT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRACK_ANONYMOUS_EVENT_REQUEST_TYPE_VALUES!r}"
    )
