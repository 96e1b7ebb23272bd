from typing import Literal

GetCustomerActivitiesIdType = Literal["cio_id", "email", "id"]

GET_CUSTOMER_ACTIVITIES_ID_TYPE_VALUES: set[GetCustomerActivitiesIdType] = {
    "cio_id",
    "email",
    "id",
}


def check_get_customer_activities_id_type(value: str) -> GetCustomerActivitiesIdType:
    if value in GET_CUSTOMER_ACTIVITIES_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_ACTIVITIES_ID_TYPE_VALUES!r}")
