from typing import Literal

GetCampaignMetricsPeriod = Literal["days", "hours", "months", "weeks"]

GET_CAMPAIGN_METRICS_PERIOD_VALUES: set[GetCampaignMetricsPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_campaign_metrics_period(value: str) -> GetCampaignMetricsPeriod:
    if value in GET_CAMPAIGN_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_METRICS_PERIOD_VALUES!r}")
