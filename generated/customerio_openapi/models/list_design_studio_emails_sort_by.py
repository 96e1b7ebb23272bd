from typing import Literal

ListDesignStudioEmailsSortBy = Literal["created", "name", "updated"]

LIST_DESIGN_STUDIO_EMAILS_SORT_BY_VALUES: set[ListDesignStudioEmailsSortBy] = {
    "created",
    "name",
    "updated",
}


def check_list_design_studio_emails_sort_by(value: str) -> ListDesignStudioEmailsSortBy:
    if value in LIST_DESIGN_STUDIO_EMAILS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_EMAILS_SORT_BY_VALUES!r}"
    )
