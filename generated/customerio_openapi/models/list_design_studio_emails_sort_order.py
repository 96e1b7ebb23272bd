from typing import Literal

ListDesignStudioEmailsSortOrder = Literal["asc", "desc"]

LIST_DESIGN_STUDIO_EMAILS_SORT_ORDER_VALUES: set[ListDesignStudioEmailsSortOrder] = {
    "asc",
    "desc",
}


def check_list_design_studio_emails_sort_order(value: str) -> ListDesignStudioEmailsSortOrder:
    if value in LIST_DESIGN_STUDIO_EMAILS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_EMAILS_SORT_ORDER_VALUES!r}"
    )
