from typing import Literal

GetCustomerSegmentsIdType = Literal["cio_id", "email", "id"]

GET_CUSTOMER_SEGMENTS_ID_TYPE_VALUES: set[GetCustomerSegmentsIdType] = {
    "cio_id",
    "email",
    "id",
}


def check_get_customer_segments_id_type(value: str) -> GetCustomerSegmentsIdType:
    if value in GET_CUSTOMER_SEGMENTS_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_SEGMENTS_ID_TYPE_VALUES!r}")
