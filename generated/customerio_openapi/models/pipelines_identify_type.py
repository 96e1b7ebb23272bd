from typing import Literal

PipelinesIdentifyType = Literal["identify"]

PIPELINES_IDENTIFY_TYPE_VALUES: set[PipelinesIdentifyType] = {
    "identify",
}


def check_pipelines_identify_type(value: str) -> PipelinesIdentifyType:
    if value in PIPELINES_IDENTIFY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_IDENTIFY_TYPE_VALUES!r}")
