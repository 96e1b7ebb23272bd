from typing import Literal

GetCustomerMessagesIdType = Literal["cio_id", "email", "id"]

GET_CUSTOMER_MESSAGES_ID_TYPE_VALUES: set[GetCustomerMessagesIdType] = {
    "cio_id",
    "email",
    "id",
}


def check_get_customer_messages_id_type(value: str) -> GetCustomerMessagesIdType:
    if value in GET_CUSTOMER_MESSAGES_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_MESSAGES_ID_TYPE_VALUES!r}")
