from typing import Literal

ListDesignStudioFoldersSortBy = Literal["created", "name", "updated"]

LIST_DESIGN_STUDIO_FOLDERS_SORT_BY_VALUES: set[ListDesignStudioFoldersSortBy] = {
    "created",
    "name",
    "updated",
}


def check_list_design_studio_folders_sort_by(value: str) -> ListDesignStudioFoldersSortBy:
    if value in LIST_DESIGN_STUDIO_FOLDERS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_FOLDERS_SORT_BY_VALUES!r}"
    )
