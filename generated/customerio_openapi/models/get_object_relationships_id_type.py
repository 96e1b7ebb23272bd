from typing import Literal

GetObjectRelationshipsIdType = Literal["cio_object_id", "object_id"]

GET_OBJECT_RELATIONSHIPS_ID_TYPE_VALUES: set[GetObjectRelationshipsIdType] = {
    "cio_object_id",
    "object_id",
}


def check_get_object_relationships_id_type(value: str) -> GetObjectRelationshipsIdType:
    if value in GET_OBJECT_RELATIONSHIPS_ID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_OBJECT_RELATIONSHIPS_ID_TYPE_VALUES!r}"
    )
