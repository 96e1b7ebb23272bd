from typing import Literal

GetSuppressionsSuppressionType = Literal["blocks", "bounces", "invalid_emails", "spam_reports"]

GET_SUPPRESSIONS_SUPPRESSION_TYPE_VALUES: set[GetSuppressionsSuppressionType] = {
    "blocks",
    "bounces",
    "invalid_emails",
    "spam_reports",
}


def check_get_suppressions_suppression_type(value: str) -> GetSuppressionsSuppressionType:
    if value in GET_SUPPRESSIONS_SUPPRESSION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUPPRESSIONS_SUPPRESSION_TYPE_VALUES!r}"
    )
