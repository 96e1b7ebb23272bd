from typing import Literal

ObjectAttributeConditionOperator = Literal["eq", "exists"]

OBJECT_ATTRIBUTE_CONDITION_OPERATOR_VALUES: set[ObjectAttributeConditionOperator] = {
    "eq",
    "exists",
}


def check_object_attribute_condition_operator(value: str) -> ObjectAttributeConditionOperator:
    if value in OBJECT_ATTRIBUTE_CONDITION_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBJECT_ATTRIBUTE_CONDITION_OPERATOR_VALUES!r}"
    )
