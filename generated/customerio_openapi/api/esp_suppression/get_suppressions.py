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
    from ...models.esp_suppressions_response import EspSuppressionsResponse
    from ...models.get_suppressions_suppression_type import (
        GetSuppressionsSuppressionType,
    )
    from ...types import UNSET, Unset


def _get_kwargs(
    suppression_type: GetSuppressionsSuppressionType,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    email: str | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["email"] = email

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/esp/suppression/{suppression_type}".format(
            suppression_type=quote(str(suppression_type), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EspSuppressionsResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.esp_suppressions_response import EspSuppressionsResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = EspSuppressionsResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | EspSuppressionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    suppression_type: GetSuppressionsSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    email: str | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> Response[ErrorResponse | EspSuppressionsResponse]:
    """List ESP-suppressed addresses of one category

     Return the addresses the email service provider suppressed for one reason, at most 1000 at a
    time; `offset` skips the first ones. For many suppressions, `get_domain_suppressions` pages
    faster.

    Args:
        suppression_type (GetSuppressionsSuppressionType):
        limit (int | Unset):
        offset (int | Unset):
        email (str | Unset):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EspSuppressionsResponse]
    """

    kwargs = _get_kwargs(
        suppression_type=suppression_type,
        limit=limit,
        offset=offset,
        email=email,
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    suppression_type: GetSuppressionsSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    email: str | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> ErrorResponse | EspSuppressionsResponse | None:
    """List ESP-suppressed addresses of one category

     Return the addresses the email service provider suppressed for one reason, at most 1000 at a
    time; `offset` skips the first ones. For many suppressions, `get_domain_suppressions` pages
    faster.

    Args:
        suppression_type (GetSuppressionsSuppressionType):
        limit (int | Unset):
        offset (int | Unset):
        email (str | Unset):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EspSuppressionsResponse
    """

    return sync_detailed(
        suppression_type=suppression_type,
        client=client,
        limit=limit,
        offset=offset,
        email=email,
        domain=domain,
    ).parsed


async def asyncio_detailed(
    suppression_type: GetSuppressionsSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    email: str | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> Response[ErrorResponse | EspSuppressionsResponse]:
    """List ESP-suppressed addresses of one category

     Return the addresses the email service provider suppressed for one reason, at most 1000 at a
    time; `offset` skips the first ones. For many suppressions, `get_domain_suppressions` pages
    faster.

    Args:
        suppression_type (GetSuppressionsSuppressionType):
        limit (int | Unset):
        offset (int | Unset):
        email (str | Unset):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EspSuppressionsResponse]
    """

    kwargs = _get_kwargs(
        suppression_type=suppression_type,
        limit=limit,
        offset=offset,
        email=email,
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    suppression_type: GetSuppressionsSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    email: str | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> ErrorResponse | EspSuppressionsResponse | None:
    """List ESP-suppressed addresses of one category

     Return the addresses the email service provider suppressed for one reason, at most 1000 at a
    time; `offset` skips the first ones. For many suppressions, `get_domain_suppressions` pages
    faster.

    Args:
        suppression_type (GetSuppressionsSuppressionType):
        limit (int | Unset):
        offset (int | Unset):
        email (str | Unset):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EspSuppressionsResponse
    """

    return (
        await asyncio_detailed(
            suppression_type=suppression_type,
            client=client,
            limit=limit,
            offset=offset,
            email=email,
            domain=domain,
        )
    ).parsed
