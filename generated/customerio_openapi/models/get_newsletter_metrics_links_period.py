from typing import Literal

GetNewsletterMetricsLinksPeriod = Literal["days", "hours", "months", "weeks"]

GET_NEWSLETTER_METRICS_LINKS_PERIOD_VALUES: set[GetNewsletterMetricsLinksPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_newsletter_metrics_links_period(value: str) -> GetNewsletterMetricsLinksPeriod:
    if value in GET_NEWSLETTER_METRICS_LINKS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_METRICS_LINKS_PERIOD_VALUES!r}"
    )
