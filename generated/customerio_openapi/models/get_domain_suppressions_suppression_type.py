from typing import Literal

GetDomainSuppressionsSuppressionType = Literal["blocks", "bounces", "invalid_emails", "spam_reports"]

GET_DOMAIN_SUPPRESSIONS_SUPPRESSION_TYPE_VALUES: set[GetDomainSuppressionsSuppressionType] = {
    "blocks",
    "bounces",
    "invalid_emails",
    "spam_reports",
}


def check_get_domain_suppressions_suppression_type(value: str) -> GetDomainSuppressionsSuppressionType:
    if value in GET_DOMAIN_SUPPRESSIONS_SUPPRESSION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_DOMAIN_SUPPRESSIONS_SUPPRESSION_TYPE_VALUES!r}"
    )
