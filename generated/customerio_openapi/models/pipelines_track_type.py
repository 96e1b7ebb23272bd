from typing import Literal

PipelinesTrackType = Literal["track"]

PIPELINES_TRACK_TYPE_VALUES: set[PipelinesTrackType] = {
    "track",
}


def check_pipelines_track_type(value: str) -> PipelinesTrackType:
    if value in PIPELINES_TRACK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_TRACK_TYPE_VALUES!r}")
