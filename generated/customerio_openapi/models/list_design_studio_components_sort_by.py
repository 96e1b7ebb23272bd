from typing import Literal

ListDesignStudioComponentsSortBy = Literal["created", "name", "updated"]

LIST_DESIGN_STUDIO_COMPONENTS_SORT_BY_VALUES: set[ListDesignStudioComponentsSortBy] = {
    "created",
    "name",
    "updated",
}


def check_list_design_studio_components_sort_by(value: str) -> ListDesignStudioComponentsSortBy:
    if value in LIST_DESIGN_STUDIO_COMPONENTS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_COMPONENTS_SORT_BY_VALUES!r}"
    )
