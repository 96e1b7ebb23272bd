from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.pipelines_strict_mode import (
        PipelinesStrictMode,
    )
    from ...models.pipelines_track import PipelinesTrack
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: PipelinesTrack,
    x_strict_mode: PipelinesStrictMode | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import Unset

    headers: dict[str, Any] = {}
    if not isinstance(x_strict_mode, Unset):
        headers["X-Strict-Mode"] = str(x_strict_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/track",
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
    *,
    client: AuthenticatedClient,
    body: PipelinesTrack,
    x_strict_mode: PipelinesStrictMode | Unset = UNSET,
) -> Response[EmptyResponse | ErrorResponse]:
    """Record an event (Data Pipelines)

     Records the event `event` of a person (by `userId`, `anonymousId` or both), with `properties`.
    Without `X-Strict-Mode: 1` Customer.io answers 200 even to a message it then drops as invalid.

    Args:
        x_strict_mode (PipelinesStrictMode | Unset): The `X-Strict-Mode` header's one value.
        body (PipelinesTrack): An event of a person (`userId`, `anonymousId` or both required);
            `event` names it. Semantic event
            names (`Device Created or Updated`, `User Deleted`, `Relationship Deleted`, ...) act on
            Customer.io.
             Example: {'type': 'track', 'userId': '42', 'event': 'Course Started', 'properties':
            {'title': 'Intro'}, 'messageId': '5c2e4a0e-8d6b-4b3e-9f1a-2d7c8e9f0a1b', 'timestamp':
            '2024-05-01T09:30:00.000Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_strict_mode=x_strict_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PipelinesTrack,
    x_strict_mode: PipelinesStrictMode | Unset = UNSET,
) -> EmptyResponse | ErrorResponse | None:
    """Record an event (Data Pipelines)

     Records the event `event` of a person (by `userId`, `anonymousId` or both), with `properties`.
    Without `X-Strict-Mode: 1` Customer.io answers 200 even to a message it then drops as invalid.

    Args:
        x_strict_mode (PipelinesStrictMode | Unset): The `X-Strict-Mode` header's one value.
        body (PipelinesTrack): An event of a person (`userId`, `anonymousId` or both required);
            `event` names it. Semantic event
            names (`Device Created or Updated`, `User Deleted`, `Relationship Deleted`, ...) act on
            Customer.io.
             Example: {'type': 'track', 'userId': '42', 'event': 'Course Started', 'properties':
            {'title': 'Intro'}, 'messageId': '5c2e4a0e-8d6b-4b3e-9f1a-2d7c8e9f0a1b', 'timestamp':
            '2024-05-01T09:30:00.000Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_strict_mode=x_strict_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PipelinesTrack,
    x_strict_mode: PipelinesStrictMode | Unset = UNSET,
) -> Response[EmptyResponse | ErrorResponse]:
    """Record an event (Data Pipelines)

     Records the event `event` of a person (by `userId`, `anonymousId` or both), with `properties`.
    Without `X-Strict-Mode: 1` Customer.io answers 200 even to a message it then drops as invalid.

    Args:
        x_strict_mode (PipelinesStrictMode | Unset): The `X-Strict-Mode` header's one value.
        body (PipelinesTrack): An event of a person (`userId`, `anonymousId` or both required);
            `event` names it. Semantic event
            names (`Device Created or Updated`, `User Deleted`, `Relationship Deleted`, ...) act on
            Customer.io.
             Example: {'type': 'track', 'userId': '42', 'event': 'Course Started', 'properties':
            {'title': 'Intro'}, 'messageId': '5c2e4a0e-8d6b-4b3e-9f1a-2d7c8e9f0a1b', 'timestamp':
            '2024-05-01T09:30:00.000Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_strict_mode=x_strict_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PipelinesTrack,
    x_strict_mode: PipelinesStrictMode | Unset = UNSET,
) -> EmptyResponse | ErrorResponse | None:
    """Record an event (Data Pipelines)

     Records the event `event` of a person (by `userId`, `anonymousId` or both), with `properties`.
    Without `X-Strict-Mode: 1` Customer.io answers 200 even to a message it then drops as invalid.

    Args:
        x_strict_mode (PipelinesStrictMode | Unset): The `X-Strict-Mode` header's one value.
        body (PipelinesTrack): An event of a person (`userId`, `anonymousId` or both required);
            `event` names it. Semantic event
            names (`Device Created or Updated`, `User Deleted`, `Relationship Deleted`, ...) act on
            Customer.io.
             Example: {'type': 'track', 'userId': '42', 'event': 'Course Started', 'properties':
            {'title': 'Intro'}, 'messageId': '5c2e4a0e-8d6b-4b3e-9f1a-2d7c8e9f0a1b', 'timestamp':
            '2024-05-01T09:30:00.000Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_strict_mode=x_strict_mode,
        )
    ).parsed
