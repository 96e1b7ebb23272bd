from typing import Literal

GetCampaignActionMetricsPeriod = Literal["days", "hours", "months", "weeks"]

GET_CAMPAIGN_ACTION_METRICS_PERIOD_VALUES: set[GetCampaignActionMetricsPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_campaign_action_metrics_period(value: str) -> GetCampaignActionMetricsPeriod:
    if value in GET_CAMPAIGN_ACTION_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_ACTION_METRICS_PERIOD_VALUES!r}"
    )
