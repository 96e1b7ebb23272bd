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
    from ...models.get_campaign_journey_metrics_resolution import (
        GetCampaignJourneyMetricsResolution,
    )
    from ...models.journey_metrics_response import JourneyMetricsResponse


def _get_kwargs(
    campaign_id: int,
    *,
    start: int,
    end: int,
    resolution: GetCampaignJourneyMetricsResolution,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_resolution: str = resolution
    params["resolution"] = json_resolution

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{campaign_id}/journey_metrics".format(
            campaign_id=quote(str(campaign_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JourneyMetricsResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.journey_metrics_response import JourneyMetricsResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = JourneyMetricsResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | JourneyMetricsResponse]:
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
    start: int,
    end: int,
    resolution: GetCampaignJourneyMetricsResolution,
) -> Response[ErrorResponse | JourneyMetricsResponse]:
    """Get a campaign's journey metrics

     Return how many journeys started in each bucket of `res` from `start` to `end`, and how many of
    those
    reached each stage (activated, messaged, converted, finished...). `start`, `end` and `res` are
    required.

    Args:
        campaign_id (int):
        start (int):
        end (int):
        resolution (GetCampaignJourneyMetricsResolution):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JourneyMetricsResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        start=start,
        end=end,
        resolution=resolution,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    resolution: GetCampaignJourneyMetricsResolution,
) -> ErrorResponse | JourneyMetricsResponse | None:
    """Get a campaign's journey metrics

     Return how many journeys started in each bucket of `res` from `start` to `end`, and how many of
    those
    reached each stage (activated, messaged, converted, finished...). `start`, `end` and `res` are
    required.

    Args:
        campaign_id (int):
        start (int):
        end (int):
        resolution (GetCampaignJourneyMetricsResolution):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JourneyMetricsResponse
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        start=start,
        end=end,
        resolution=resolution,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    resolution: GetCampaignJourneyMetricsResolution,
) -> Response[ErrorResponse | JourneyMetricsResponse]:
    """Get a campaign's journey metrics

     Return how many journeys started in each bucket of `res` from `start` to `end`, and how many of
    those
    reached each stage (activated, messaged, converted, finished...). `start`, `end` and `res` are
    required.

    Args:
        campaign_id (int):
        start (int):
        end (int):
        resolution (GetCampaignJourneyMetricsResolution):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JourneyMetricsResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        start=start,
        end=end,
        resolution=resolution,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    resolution: GetCampaignJourneyMetricsResolution,
) -> ErrorResponse | JourneyMetricsResponse | None:
    """Get a campaign's journey metrics

     Return how many journeys started in each bucket of `res` from `start` to `end`, and how many of
    those
    reached each stage (activated, messaged, converted, finished...). `start`, `end` and `res` are
    required.

    Args:
        campaign_id (int):
        start (int):
        end (int):
        resolution (GetCampaignJourneyMetricsResolution):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JourneyMetricsResponse
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            start=start,
            end=end,
            resolution=resolution,
        )
    ).parsed
