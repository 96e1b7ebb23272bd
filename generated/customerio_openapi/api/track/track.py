from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.track_event_request import TrackEventRequest


def _get_kwargs(
    identifier: str,
    *,
    body: TrackEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customers/{identifier}/events".format(
            identifier=quote(str(identifier), safe="!'()*"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | ErrorResponse | None:

    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = EmptyResponse.__new__(EmptyResponse)
        response_200.additional_properties = (
            _response_200 if _owned and isinstance(_response_200, dict) else dict(_response_200)
        )

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
) -> Response[EmptyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: TrackEventRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Track an event for a person

     Records an event for the person the path identifier refers to. `type` is `event` (default),
    `page` (web page view; `name` is the URL/path) or `screen` (mobile screen view; `name` is the
    screen). Leading/trailing spaces are trimmed from `name`. `data.recipient`, `data.from_address`
    and `data.reply_to` override the corresponding settings of campaigns the event triggers.
    Events with a timestamp in the last 72 hours can trigger campaigns.

    Limits: event name ≤ 100 bytes; event data ≤ 100000 bytes.

    Args:
        identifier (str):
        body (TrackEventRequest): An event for an identified person. `name` is required; for
            `type: page` it is the page URL, for
            `type: screen` the screen name. Event names are ≤ 100 bytes; `data` ≤ 100000 bytes.
             Example: {'name': 'purchase', 'data': {'price': 23.45}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: TrackEventRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Track an event for a person

     Records an event for the person the path identifier refers to. `type` is `event` (default),
    `page` (web page view; `name` is the URL/path) or `screen` (mobile screen view; `name` is the
    screen). Leading/trailing spaces are trimmed from `name`. `data.recipient`, `data.from_address`
    and `data.reply_to` override the corresponding settings of campaigns the event triggers.
    Events with a timestamp in the last 72 hours can trigger campaigns.

    Limits: event name ≤ 100 bytes; event data ≤ 100000 bytes.

    Args:
        identifier (str):
        body (TrackEventRequest): An event for an identified person. `name` is required; for
            `type: page` it is the page URL, for
            `type: screen` the screen name. Event names are ≤ 100 bytes; `data` ≤ 100000 bytes.
             Example: {'name': 'purchase', 'data': {'price': 23.45}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: TrackEventRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Track an event for a person

     Records an event for the person the path identifier refers to. `type` is `event` (default),
    `page` (web page view; `name` is the URL/path) or `screen` (mobile screen view; `name` is the
    screen). Leading/trailing spaces are trimmed from `name`. `data.recipient`, `data.from_address`
    and `data.reply_to` override the corresponding settings of campaigns the event triggers.
    Events with a timestamp in the last 72 hours can trigger campaigns.

    Limits: event name ≤ 100 bytes; event data ≤ 100000 bytes.

    Args:
        identifier (str):
        body (TrackEventRequest): An event for an identified person. `name` is required; for
            `type: page` it is the page URL, for
            `type: screen` the screen name. Event names are ≤ 100 bytes; `data` ≤ 100000 bytes.
             Example: {'name': 'purchase', 'data': {'price': 23.45}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: TrackEventRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Track an event for a person

     Records an event for the person the path identifier refers to. `type` is `event` (default),
    `page` (web page view; `name` is the URL/path) or `screen` (mobile screen view; `name` is the
    screen). Leading/trailing spaces are trimmed from `name`. `data.recipient`, `data.from_address`
    and `data.reply_to` override the corresponding settings of campaigns the event triggers.
    Events with a timestamp in the last 72 hours can trigger campaigns.

    Limits: event name ≤ 100 bytes; event data ≤ 100000 bytes.

    Args:
        identifier (str):
        body (TrackEventRequest): An event for an identified person. `name` is required; for
            `type: page` it is the page URL, for
            `type: screen` the screen name. Event names are ≤ 100 bytes; `data` ≤ 100000 bytes.
             Example: {'name': 'purchase', 'data': {'price': 23.45}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
