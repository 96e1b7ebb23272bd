from typing import Literal

ListDesignStudioComponentsSortOrder = Literal["asc", "desc"]

LIST_DESIGN_STUDIO_COMPONENTS_SORT_ORDER_VALUES: set[ListDesignStudioComponentsSortOrder] = {
    "asc",
    "desc",
}


def check_list_design_studio_components_sort_order(value: str) -> ListDesignStudioComponentsSortOrder:
    if value in LIST_DESIGN_STUDIO_COMPONENTS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_COMPONENTS_SORT_ORDER_VALUES!r}"
    )
