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
    from ...models.unsubscribe_request import UnsubscribeRequest


def _get_kwargs(
    delivery_id: str,
    *,
    body: UnsubscribeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/unsubscribe/{delivery_id}".format(
            delivery_id=quote(str(delivery_id), safe="!'()*"),
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
    delivery_id: str,
    *,
    client: AuthenticatedClient,
    body: UnsubscribeRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Custom unsubscribe handling

     Sets (or, with `unsubscribe: false`, clears) the global `unsubscribed` attribute of the person
    a delivery was sent to, and attributes the change to that delivery (`email_unsubscribed`
    events). For custom unsubscribe pages. It does not set custom subscription attributes; use
    `identify` for those.

    Lives at the host root, not under `/api/v1`. Requires `Content-Type: application/json`.
    Authentication is not required (the delivery id acts as the secret); credentials, if sent,
    are accepted.

    Args:
        delivery_id (str):
        body (UnsubscribeRequest): Whether the delivery's recipient unsubscribes (`true`) or
            resubscribes (`false`). Example: {'unsubscribe': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        delivery_id=delivery_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    delivery_id: str,
    *,
    client: AuthenticatedClient,
    body: UnsubscribeRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Custom unsubscribe handling

     Sets (or, with `unsubscribe: false`, clears) the global `unsubscribed` attribute of the person
    a delivery was sent to, and attributes the change to that delivery (`email_unsubscribed`
    events). For custom unsubscribe pages. It does not set custom subscription attributes; use
    `identify` for those.

    Lives at the host root, not under `/api/v1`. Requires `Content-Type: application/json`.
    Authentication is not required (the delivery id acts as the secret); credentials, if sent,
    are accepted.

    Args:
        delivery_id (str):
        body (UnsubscribeRequest): Whether the delivery's recipient unsubscribes (`true`) or
            resubscribes (`false`). Example: {'unsubscribe': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        delivery_id=delivery_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    delivery_id: str,
    *,
    client: AuthenticatedClient,
    body: UnsubscribeRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Custom unsubscribe handling

     Sets (or, with `unsubscribe: false`, clears) the global `unsubscribed` attribute of the person
    a delivery was sent to, and attributes the change to that delivery (`email_unsubscribed`
    events). For custom unsubscribe pages. It does not set custom subscription attributes; use
    `identify` for those.

    Lives at the host root, not under `/api/v1`. Requires `Content-Type: application/json`.
    Authentication is not required (the delivery id acts as the secret); credentials, if sent,
    are accepted.

    Args:
        delivery_id (str):
        body (UnsubscribeRequest): Whether the delivery's recipient unsubscribes (`true`) or
            resubscribes (`false`). Example: {'unsubscribe': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        delivery_id=delivery_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    delivery_id: str,
    *,
    client: AuthenticatedClient,
    body: UnsubscribeRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Custom unsubscribe handling

     Sets (or, with `unsubscribe: false`, clears) the global `unsubscribed` attribute of the person
    a delivery was sent to, and attributes the change to that delivery (`email_unsubscribed`
    events). For custom unsubscribe pages. It does not set custom subscription attributes; use
    `identify` for those.

    Lives at the host root, not under `/api/v1`. Requires `Content-Type: application/json`.
    Authentication is not required (the delivery id acts as the secret); credentials, if sent,
    are accepted.

    Args:
        delivery_id (str):
        body (UnsubscribeRequest): Whether the delivery's recipient unsubscribes (`true`) or
            resubscribes (`false`). Example: {'unsubscribe': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            delivery_id=delivery_id,
            client=client,
            body=body,
        )
    ).parsed
