from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.trigger_broadcast_request import TriggerBroadcastRequest
    from ...models.trigger_broadcast_response import TriggerBroadcastResponse


def _get_kwargs(
    broadcast_id: str,
    *,
    body: TriggerBroadcastRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/campaigns/{broadcast_id}/triggers".format(
            broadcast_id=quote(str(broadcast_id), safe="!'()*"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TriggerBroadcastResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.trigger_broadcast_response import TriggerBroadcastResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = TriggerBroadcastResponse.from_dict(response.json(), _owned)

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json(), _owned)

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json(), _owned)

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TriggerBroadcastResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    broadcast_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerBroadcastRequest,
) -> Response[ErrorResponse | TriggerBroadcastResponse]:
    """Trigger an API-triggered broadcast

     Trigger an API-triggered broadcast, optionally with liquid `data` (`{{trigger.<key>}}`) and
    an audience override. Without an override the broadcast goes to the recipients configured
    in the UI. Use at most one audience selector per request: `recipients` (filter), `ids`,
    `emails`, `per_user_data` or `data_file_url`. A broadcast cannot create people; people that
    don't exist make the trigger fail unless `id_ignore_missing` / `email_ignore_missing` is set.
    Rate limit: one request every 10 seconds per broadcast (429 beyond that). A 422 means the
    audience or data failed validation; the trigger's error details are available from the
    broadcast trigger errors endpoint.

    Args:
        broadcast_id (str):
        body (TriggerBroadcastRequest): Trigger payload. All keys are optional; `{}` sends to the
            configured audience with no data.
            Give at most one audience selector: `recipients`, `ids`, `emails`, `per_user_data` or
            `data_file_url`. The flags apply as follows: `id_ignore_missing` with `ids`,
            `per_user_data`,
            `data_file_url`; `email_ignore_missing` and `email_add_duplicates` with `emails`,
            `per_user_data`, `data_file_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerBroadcastResponse]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerBroadcastRequest,
) -> ErrorResponse | TriggerBroadcastResponse | None:
    """Trigger an API-triggered broadcast

     Trigger an API-triggered broadcast, optionally with liquid `data` (`{{trigger.<key>}}`) and
    an audience override. Without an override the broadcast goes to the recipients configured
    in the UI. Use at most one audience selector per request: `recipients` (filter), `ids`,
    `emails`, `per_user_data` or `data_file_url`. A broadcast cannot create people; people that
    don't exist make the trigger fail unless `id_ignore_missing` / `email_ignore_missing` is set.
    Rate limit: one request every 10 seconds per broadcast (429 beyond that). A 422 means the
    audience or data failed validation; the trigger's error details are available from the
    broadcast trigger errors endpoint.

    Args:
        broadcast_id (str):
        body (TriggerBroadcastRequest): Trigger payload. All keys are optional; `{}` sends to the
            configured audience with no data.
            Give at most one audience selector: `recipients`, `ids`, `emails`, `per_user_data` or
            `data_file_url`. The flags apply as follows: `id_ignore_missing` with `ids`,
            `per_user_data`,
            `data_file_url`; `email_ignore_missing` and `email_add_duplicates` with `emails`,
            `per_user_data`, `data_file_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerBroadcastResponse
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    broadcast_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerBroadcastRequest,
) -> Response[ErrorResponse | TriggerBroadcastResponse]:
    """Trigger an API-triggered broadcast

     Trigger an API-triggered broadcast, optionally with liquid `data` (`{{trigger.<key>}}`) and
    an audience override. Without an override the broadcast goes to the recipients configured
    in the UI. Use at most one audience selector per request: `recipients` (filter), `ids`,
    `emails`, `per_user_data` or `data_file_url`. A broadcast cannot create people; people that
    don't exist make the trigger fail unless `id_ignore_missing` / `email_ignore_missing` is set.
    Rate limit: one request every 10 seconds per broadcast (429 beyond that). A 422 means the
    audience or data failed validation; the trigger's error details are available from the
    broadcast trigger errors endpoint.

    Args:
        broadcast_id (str):
        body (TriggerBroadcastRequest): Trigger payload. All keys are optional; `{}` sends to the
            configured audience with no data.
            Give at most one audience selector: `recipients`, `ids`, `emails`, `per_user_data` or
            `data_file_url`. The flags apply as follows: `id_ignore_missing` with `ids`,
            `per_user_data`,
            `data_file_url`; `email_ignore_missing` and `email_add_duplicates` with `emails`,
            `per_user_data`, `data_file_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerBroadcastResponse]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerBroadcastRequest,
) -> ErrorResponse | TriggerBroadcastResponse | None:
    """Trigger an API-triggered broadcast

     Trigger an API-triggered broadcast, optionally with liquid `data` (`{{trigger.<key>}}`) and
    an audience override. Without an override the broadcast goes to the recipients configured
    in the UI. Use at most one audience selector per request: `recipients` (filter), `ids`,
    `emails`, `per_user_data` or `data_file_url`. A broadcast cannot create people; people that
    don't exist make the trigger fail unless `id_ignore_missing` / `email_ignore_missing` is set.
    Rate limit: one request every 10 seconds per broadcast (429 beyond that). A 422 means the
    audience or data failed validation; the trigger's error details are available from the
    broadcast trigger errors endpoint.

    Args:
        broadcast_id (str):
        body (TriggerBroadcastRequest): Trigger payload. All keys are optional; `{}` sends to the
            configured audience with no data.
            Give at most one audience selector: `recipients`, `ids`, `emails`, `per_user_data` or
            `data_file_url`. The flags apply as follows: `id_ignore_missing` with `ids`,
            `per_user_data`,
            `data_file_url`; `email_ignore_missing` and `email_add_duplicates` with `emails`,
            `per_user_data`, `data_file_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerBroadcastResponse
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            client=client,
            body=body,
        )
    ).parsed
