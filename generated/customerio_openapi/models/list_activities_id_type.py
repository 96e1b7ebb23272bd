from typing import Literal

ListActivitiesIdType = Literal["cio_id", "email", "id"]

LIST_ACTIVITIES_ID_TYPE_VALUES: set[ListActivitiesIdType] = {
    "cio_id",
    "email",
    "id",
}


def check_list_activities_id_type(value: str) -> ListActivitiesIdType:
    if value in LIST_ACTIVITIES_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ACTIVITIES_ID_TYPE_VALUES!r}")
