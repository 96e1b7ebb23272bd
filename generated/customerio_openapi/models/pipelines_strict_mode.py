from typing import Literal

PipelinesStrictMode = Literal["1"]

PIPELINES_STRICT_MODE_VALUES: set[PipelinesStrictMode] = {
    "1",
}


def check_pipelines_strict_mode(value: str) -> PipelinesStrictMode:
    if value in PIPELINES_STRICT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_STRICT_MODE_VALUES!r}")
