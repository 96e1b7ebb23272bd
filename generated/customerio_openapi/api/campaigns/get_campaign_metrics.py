from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_campaign_metrics_period import (
        GetCampaignMetricsPeriod,
    )
    from ...models.get_campaign_metrics_res import (
        GetCampaignMetricsRes,
    )
    from ...models.get_campaign_metrics_type import (
        GetCampaignMetricsType,
    )
    from ...models.get_campaign_metrics_version import (
        GetCampaignMetricsVersion,
    )
    from ...models.metrics_report_response import MetricsReportResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    campaign_id: int,
    *,
    version: GetCampaignMetricsVersion | Unset = UNSET,
    type_: GetCampaignMetricsType | Unset = UNSET,
    res: GetCampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: GetCampaignMetricsPeriod | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version

    params["version"] = json_version

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_res: str | Unset = UNSET
    if not isinstance(res, Unset):
        json_res = res

    params["res"] = json_res

    params["tz"] = tz

    params["start"] = start

    params["end"] = end

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period

    params["period"] = json_period

    params["steps"] = steps

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{campaign_id}/metrics".format(
            campaign_id=quote(str(campaign_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MetricsReportResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.metrics_report_response import MetricsReportResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = MetricsReportResponse.from_dict(response.json(), _owned)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json(), _owned)

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json(), _owned)

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json(), _owned)

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json(), _owned)

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MetricsReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    version: GetCampaignMetricsVersion | Unset = UNSET,
    type_: GetCampaignMetricsType | Unset = UNSET,
    res: GetCampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: GetCampaignMetricsPeriod | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> Response[ErrorResponse | MetricsReportResponse]:
    """Get a campaign's metrics

     Return a campaign's delivery metrics over time: version 2 (`version="2"`, recommended) buckets by
    `res` from `start` to `end` in `tz`; version 1 (the API's default) reports `steps` periods of
    `period` ending now.

    Args:
        campaign_id (int):
        version (GetCampaignMetricsVersion | Unset):
        type_ (GetCampaignMetricsType | Unset):
        res (GetCampaignMetricsRes | Unset):
        tz (str | Unset):
        start (int | Unset):
        end (int | Unset):
        period (GetCampaignMetricsPeriod | Unset):
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MetricsReportResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        version=version,
        type_=type_,
        res=res,
        tz=tz,
        start=start,
        end=end,
        period=period,
        steps=steps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    version: GetCampaignMetricsVersion | Unset = UNSET,
    type_: GetCampaignMetricsType | Unset = UNSET,
    res: GetCampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: GetCampaignMetricsPeriod | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> ErrorResponse | MetricsReportResponse | None:
    """Get a campaign's metrics

     Return a campaign's delivery metrics over time: version 2 (`version="2"`, recommended) buckets by
    `res` from `start` to `end` in `tz`; version 1 (the API's default) reports `steps` periods of
    `period` ending now.

    Args:
        campaign_id (int):
        version (GetCampaignMetricsVersion | Unset):
        type_ (GetCampaignMetricsType | Unset):
        res (GetCampaignMetricsRes | Unset):
        tz (str | Unset):
        start (int | Unset):
        end (int | Unset):
        period (GetCampaignMetricsPeriod | Unset):
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MetricsReportResponse
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        version=version,
        type_=type_,
        res=res,
        tz=tz,
        start=start,
        end=end,
        period=period,
        steps=steps,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    version: GetCampaignMetricsVersion | Unset = UNSET,
    type_: GetCampaignMetricsType | Unset = UNSET,
    res: GetCampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: GetCampaignMetricsPeriod | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> Response[ErrorResponse | MetricsReportResponse]:
    """Get a campaign's metrics

     Return a campaign's delivery metrics over time: version 2 (`version="2"`, recommended) buckets by
    `res` from `start` to `end` in `tz`; version 1 (the API's default) reports `steps` periods of
    `period` ending now.

    Args:
        campaign_id (int):
        version (GetCampaignMetricsVersion | Unset):
        type_ (GetCampaignMetricsType | Unset):
        res (GetCampaignMetricsRes | Unset):
        tz (str | Unset):
        start (int | Unset):
        end (int | Unset):
        period (GetCampaignMetricsPeriod | Unset):
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MetricsReportResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        version=version,
        type_=type_,
        res=res,
        tz=tz,
        start=start,
        end=end,
        period=period,
        steps=steps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    version: GetCampaignMetricsVersion | Unset = UNSET,
    type_: GetCampaignMetricsType | Unset = UNSET,
    res: GetCampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: GetCampaignMetricsPeriod | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> ErrorResponse | MetricsReportResponse | None:
    """Get a campaign's metrics

     Return a campaign's delivery metrics over time: version 2 (`version="2"`, recommended) buckets by
    `res` from `start` to `end` in `tz`; version 1 (the API's default) reports `steps` periods of
    `period` ending now.

    Args:
        campaign_id (int):
        version (GetCampaignMetricsVersion | Unset):
        type_ (GetCampaignMetricsType | Unset):
        res (GetCampaignMetricsRes | Unset):
        tz (str | Unset):
        start (int | Unset):
        end (int | Unset):
        period (GetCampaignMetricsPeriod | Unset):
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MetricsReportResponse
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            version=version,
            type_=type_,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
        )
    ).parsed
