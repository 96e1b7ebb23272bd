from typing import Literal

GetCampaignActionMetricsVersion = Literal["1", "2"]

GET_CAMPAIGN_ACTION_METRICS_VERSION_VALUES: set[GetCampaignActionMetricsVersion] = {
    "1",
    "2",
}


def check_get_campaign_action_metrics_version(value: str) -> GetCampaignActionMetricsVersion:
    if value in GET_CAMPAIGN_ACTION_METRICS_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_ACTION_METRICS_VERSION_VALUES!r}"
    )
