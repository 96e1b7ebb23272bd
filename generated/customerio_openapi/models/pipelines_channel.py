from typing import Literal

PipelinesChannel = Literal["browser", "mobile", "server"]

PIPELINES_CHANNEL_VALUES: set[PipelinesChannel] = {
    "browser",
    "mobile",
    "server",
}


def check_pipelines_channel(value: str) -> PipelinesChannel:
    if value in PIPELINES_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_CHANNEL_VALUES!r}")
