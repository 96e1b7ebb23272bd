from typing import Literal

GetSenderIdentitiesSort = Literal["asc", "desc"]

GET_SENDER_IDENTITIES_SORT_VALUES: set[GetSenderIdentitiesSort] = {
    "asc",
    "desc",
}


def check_get_sender_identities_sort(value: str) -> GetSenderIdentitiesSort:
    if value in GET_SENDER_IDENTITIES_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SENDER_IDENTITIES_SORT_VALUES!r}")
