from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.broadcast_trigger_status import BroadcastTriggerStatus
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    broadcast_id: int,
    trigger_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{broadcast_id}/triggers/{trigger_id}".format(
            broadcast_id=quote(str(broadcast_id), safe="!'()*"),
            trigger_id=quote(str(trigger_id), safe="!'()*"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BroadcastTriggerStatus | ErrorResponse | None:

    from ...models.broadcast_trigger_status import BroadcastTriggerStatus
    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = BroadcastTriggerStatus.from_dict(response.json(), _owned)

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
) -> Response[BroadcastTriggerStatus | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    broadcast_id: int,
    trigger_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[BroadcastTriggerStatus | ErrorResponse]:
    """Get the status of a broadcast trigger

     Return how far one `trigger_broadcast` call has been processed: when, for how many people, and how
    much of its data file was read.

    Args:
        broadcast_id (int):
        trigger_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BroadcastTriggerStatus | ErrorResponse]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        trigger_id=trigger_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: int,
    trigger_id: int,
    *,
    client: AuthenticatedClient,
) -> BroadcastTriggerStatus | ErrorResponse | None:
    """Get the status of a broadcast trigger

     Return how far one `trigger_broadcast` call has been processed: when, for how many people, and how
    much of its data file was read.

    Args:
        broadcast_id (int):
        trigger_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BroadcastTriggerStatus | ErrorResponse
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        trigger_id=trigger_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    broadcast_id: int,
    trigger_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[BroadcastTriggerStatus | ErrorResponse]:
    """Get the status of a broadcast trigger

     Return how far one `trigger_broadcast` call has been processed: when, for how many people, and how
    much of its data file was read.

    Args:
        broadcast_id (int):
        trigger_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BroadcastTriggerStatus | ErrorResponse]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        trigger_id=trigger_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: int,
    trigger_id: int,
    *,
    client: AuthenticatedClient,
) -> BroadcastTriggerStatus | ErrorResponse | None:
    """Get the status of a broadcast trigger

     Return how far one `trigger_broadcast` call has been processed: when, for how many people, and how
    much of its data file was read.

    Args:
        broadcast_id (int):
        trigger_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BroadcastTriggerStatus | ErrorResponse
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            trigger_id=trigger_id,
            client=client,
        )
    ).parsed
