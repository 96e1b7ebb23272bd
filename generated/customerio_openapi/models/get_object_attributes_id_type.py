from typing import Literal

GetObjectAttributesIdType = Literal["cio_object_id", "object_id"]

GET_OBJECT_ATTRIBUTES_ID_TYPE_VALUES: set[GetObjectAttributesIdType] = {
    "cio_object_id",
    "object_id",
}


def check_get_object_attributes_id_type(value: str) -> GetObjectAttributesIdType:
    if value in GET_OBJECT_ATTRIBUTES_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_OBJECT_ATTRIBUTES_ID_TYPE_VALUES!r}")
