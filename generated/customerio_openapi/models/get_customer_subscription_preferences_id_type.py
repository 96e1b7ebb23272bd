from typing import Literal

GetCustomerSubscriptionPreferencesIdType = Literal["cio_id", "email", "id"]

GET_CUSTOMER_SUBSCRIPTION_PREFERENCES_ID_TYPE_VALUES: set[GetCustomerSubscriptionPreferencesIdType] = {
    "cio_id",
    "email",
    "id",
}


def check_get_customer_subscription_preferences_id_type(
    value: str,
) -> GetCustomerSubscriptionPreferencesIdType:
    if value in GET_CUSTOMER_SUBSCRIPTION_PREFERENCES_ID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_SUBSCRIPTION_PREFERENCES_ID_TYPE_VALUES!r}"
    )
