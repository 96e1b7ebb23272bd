from typing import Literal

PipelinesScreenType = Literal["screen"]

PIPELINES_SCREEN_TYPE_VALUES: set[PipelinesScreenType] = {
    "screen",
}


def check_pipelines_screen_type(value: str) -> PipelinesScreenType:
    if value in PIPELINES_SCREEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_SCREEN_TYPE_VALUES!r}")
