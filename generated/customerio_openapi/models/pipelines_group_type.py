from typing import Literal

PipelinesGroupType = Literal["group"]

PIPELINES_GROUP_TYPE_VALUES: set[PipelinesGroupType] = {
    "group",
}


def check_pipelines_group_type(value: str) -> PipelinesGroupType:
    if value in PIPELINES_GROUP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_GROUP_TYPE_VALUES!r}")
