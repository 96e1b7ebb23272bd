from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.send_in_app_request import SendInAppRequest
    from ...models.send_message_response import SendMessageResponse


def _get_kwargs(
    *,
    body: SendInAppRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/send/in_app",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendMessageResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.send_message_response import SendMessageResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | SendMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SendInAppRequest,
) -> Response[ErrorResponse | SendMessageResponse]:
    """Send a transactional in-app message

     Send an in-app message, rendered by the Customer.io SDKs on the person's devices, from a
    transactional in-app template (`transactional_message_id`). The workspace must have in-app
    messaging enabled (otherwise the API answers 403).
    Rate limit: 100 requests per second.

    Args:
        body (SendInAppRequest): A transactional in-app message from a template (the template is
            required; there is no inline content).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SendInAppRequest,
) -> ErrorResponse | SendMessageResponse | None:
    """Send a transactional in-app message

     Send an in-app message, rendered by the Customer.io SDKs on the person's devices, from a
    transactional in-app template (`transactional_message_id`). The workspace must have in-app
    messaging enabled (otherwise the API answers 403).
    Rate limit: 100 requests per second.

    Args:
        body (SendInAppRequest): A transactional in-app message from a template (the template is
            required; there is no inline content).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendInAppRequest,
) -> Response[ErrorResponse | SendMessageResponse]:
    """Send a transactional in-app message

     Send an in-app message, rendered by the Customer.io SDKs on the person's devices, from a
    transactional in-app template (`transactional_message_id`). The workspace must have in-app
    messaging enabled (otherwise the API answers 403).
    Rate limit: 100 requests per second.

    Args:
        body (SendInAppRequest): A transactional in-app message from a template (the template is
            required; there is no inline content).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendInAppRequest,
) -> ErrorResponse | SendMessageResponse | None:
    """Send a transactional in-app message

     Send an in-app message, rendered by the Customer.io SDKs on the person's devices, from a
    transactional in-app template (`transactional_message_id`). The workspace must have in-app
    messaging enabled (otherwise the API answers 403).
    Rate limit: 100 requests per second.

    Args:
        body (SendInAppRequest): A transactional in-app message from a template (the template is
            required; there is no inline content).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
