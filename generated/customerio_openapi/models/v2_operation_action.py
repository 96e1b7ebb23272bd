from typing import Literal

V2OperationAction = Literal[
    "add_device",
    "add_relationships",
    "delete",
    "delete_device",
    "delete_relationships",
    "event",
    "identify",
    "identify_anonymous",
    "merge",
    "page",
    "screen",
    "suppress",
    "unsuppress",
]

V2_OPERATION_ACTION_VALUES: set[V2OperationAction] = {
    "add_device",
    "add_relationships",
    "delete",
    "delete_device",
    "delete_relationships",
    "event",
    "identify",
    "identify_anonymous",
    "merge",
    "page",
    "screen",
    "suppress",
    "unsuppress",
}


def check_v2_operation_action(value: str) -> V2OperationAction:
    if value in V2_OPERATION_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V2_OPERATION_ACTION_VALUES!r}")
