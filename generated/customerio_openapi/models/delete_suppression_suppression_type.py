from typing import Literal

DeleteSuppressionSuppressionType = Literal["blocks", "bounces", "invalid_emails", "spam_reports"]

DELETE_SUPPRESSION_SUPPRESSION_TYPE_VALUES: set[DeleteSuppressionSuppressionType] = {
    "blocks",
    "bounces",
    "invalid_emails",
    "spam_reports",
}


def check_delete_suppression_suppression_type(value: str) -> DeleteSuppressionSuppressionType:
    if value in DELETE_SUPPRESSION_SUPPRESSION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_SUPPRESSION_SUPPRESSION_TYPE_VALUES!r}"
    )
