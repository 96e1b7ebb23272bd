from typing import Literal

CreateSuppressionSuppressionType = Literal["blocks", "bounces", "invalid_emails", "spam_reports"]

CREATE_SUPPRESSION_SUPPRESSION_TYPE_VALUES: set[CreateSuppressionSuppressionType] = {
    "blocks",
    "bounces",
    "invalid_emails",
    "spam_reports",
}


def check_create_suppression_suppression_type(value: str) -> CreateSuppressionSuppressionType:
    if value in CREATE_SUPPRESSION_SUPPRESSION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SUPPRESSION_SUPPRESSION_TYPE_VALUES!r}"
    )
