from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_suppression_response import CreateSuppressionResponse
    from ...models.create_suppression_suppression_type import (
        CreateSuppressionSuppressionType,
    )
    from ...models.empty_request import EmptyRequest
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    suppression_type: CreateSuppressionSuppressionType,
    email: str,
    *,
    body: EmptyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/esp/suppression/{suppression_type}/{email}".format(
            suppression_type=quote(str(suppression_type), safe="!'()*"),
            email=quote(str(email), safe="!'()*"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSuppressionResponse | ErrorResponse | None:

    from ...models.create_suppression_response import CreateSuppressionResponse
    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = CreateSuppressionResponse.__new__(CreateSuppressionResponse)
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
) -> Response[CreateSuppressionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    suppression_type: CreateSuppressionSuppressionType,
    email: str,
    *,
    client: AuthenticatedClient,
    body: EmptyRequest,
) -> Response[CreateSuppressionResponse | ErrorResponse]:
    """Suppress an address at the ESP

     Suppress an email address at the email service provider: emails to it are blocked there, while
    the person stays in the workspace (not suppressed in Customer.io).

    Args:
        suppression_type (CreateSuppressionSuppressionType):
        email (str):
        body (EmptyRequest): An empty JSON object, sent where an endpoint takes no body
            parameters. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSuppressionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        suppression_type=suppression_type,
        email=email,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    suppression_type: CreateSuppressionSuppressionType,
    email: str,
    *,
    client: AuthenticatedClient,
    body: EmptyRequest,
) -> CreateSuppressionResponse | ErrorResponse | None:
    """Suppress an address at the ESP

     Suppress an email address at the email service provider: emails to it are blocked there, while
    the person stays in the workspace (not suppressed in Customer.io).

    Args:
        suppression_type (CreateSuppressionSuppressionType):
        email (str):
        body (EmptyRequest): An empty JSON object, sent where an endpoint takes no body
            parameters. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSuppressionResponse | ErrorResponse
    """

    return sync_detailed(
        suppression_type=suppression_type,
        email=email,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    suppression_type: CreateSuppressionSuppressionType,
    email: str,
    *,
    client: AuthenticatedClient,
    body: EmptyRequest,
) -> Response[CreateSuppressionResponse | ErrorResponse]:
    """Suppress an address at the ESP

     Suppress an email address at the email service provider: emails to it are blocked there, while
    the person stays in the workspace (not suppressed in Customer.io).

    Args:
        suppression_type (CreateSuppressionSuppressionType):
        email (str):
        body (EmptyRequest): An empty JSON object, sent where an endpoint takes no body
            parameters. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSuppressionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        suppression_type=suppression_type,
        email=email,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    suppression_type: CreateSuppressionSuppressionType,
    email: str,
    *,
    client: AuthenticatedClient,
    body: EmptyRequest,
) -> CreateSuppressionResponse | ErrorResponse | None:
    """Suppress an address at the ESP

     Suppress an email address at the email service provider: emails to it are blocked there, while
    the person stays in the workspace (not suppressed in Customer.io).

    Args:
        suppression_type (CreateSuppressionSuppressionType):
        email (str):
        body (EmptyRequest): An empty JSON object, sent where an endpoint takes no body
            parameters. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSuppressionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            suppression_type=suppression_type,
            email=email,
            client=client,
            body=body,
        )
    ).parsed
