from typing import Literal

PipelinesPageType = Literal["page"]

PIPELINES_PAGE_TYPE_VALUES: set[PipelinesPageType] = {
    "page",
}


def check_pipelines_page_type(value: str) -> PipelinesPageType:
    if value in PIPELINES_PAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_PAGE_TYPE_VALUES!r}")
