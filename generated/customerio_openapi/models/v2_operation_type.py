from typing import Literal

V2OperationType = Literal["delivery", "object", "person"]

V2_OPERATION_TYPE_VALUES: set[V2OperationType] = {
    "delivery",
    "object",
    "person",
}


def check_v2_operation_type(value: str) -> V2OperationType:
    if value in V2_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V2_OPERATION_TYPE_VALUES!r}")
