from typing import Literal

GetAttributesIdType = Literal["cio_id", "email", "id"]

GET_ATTRIBUTES_ID_TYPE_VALUES: set[GetAttributesIdType] = {
    "cio_id",
    "email",
    "id",
}


def check_get_attributes_id_type(value: str) -> GetAttributesIdType:
    if value in GET_ATTRIBUTES_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ATTRIBUTES_ID_TYPE_VALUES!r}")
