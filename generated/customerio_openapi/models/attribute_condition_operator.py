from typing import Literal

AttributeConditionOperator = Literal["eq", "exists"]

ATTRIBUTE_CONDITION_OPERATOR_VALUES: set[AttributeConditionOperator] = {
    "eq",
    "exists",
}


def check_attribute_condition_operator(value: str) -> AttributeConditionOperator:
    if value in ATTRIBUTE_CONDITION_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ATTRIBUTE_CONDITION_OPERATOR_VALUES!r}")
