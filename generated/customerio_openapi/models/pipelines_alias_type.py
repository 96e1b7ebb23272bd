from typing import Literal

PipelinesAliasType = Literal["alias"]

PIPELINES_ALIAS_TYPE_VALUES: set[PipelinesAliasType] = {
    "alias",
}


def check_pipelines_alias_type(value: str) -> PipelinesAliasType:
    if value in PIPELINES_ALIAS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_ALIAS_TYPE_VALUES!r}")
