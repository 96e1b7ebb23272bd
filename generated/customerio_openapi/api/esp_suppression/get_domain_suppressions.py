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
    from ...models.esp_domain_suppressions_response import EspDomainSuppressionsResponse
    from ...models.get_domain_suppressions_suppression_type import (
        GetDomainSuppressionsSuppressionType,
    )
    from ...types import UNSET, Unset


def _get_kwargs(
    domain_name: str,
    suppression_type: GetDomainSuppressionsSuppressionType,
    *,
    limit: int | Unset = UNSET,
    email: str | Unset = UNSET,
    start: str | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["email"] = email

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/esp/domains/{domain_name}/suppression/{suppression_type}".format(
            domain_name=quote(str(domain_name), safe="!'()*"),
            suppression_type=quote(str(suppression_type), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EspDomainSuppressionsResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.esp_domain_suppressions_response import EspDomainSuppressionsResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = EspDomainSuppressionsResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | EspDomainSuppressionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain_name: str,
    suppression_type: GetDomainSuppressionsSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    email: str | Unset = UNSET,
    start: str | Unset = UNSET,
) -> Response[ErrorResponse | EspDomainSuppressionsResponse]:
    """List a sending domain's ESP-suppressed addresses of one category

     Return one page (at most 1000) of the addresses the email service provider suppressed for one
    reason on one sending domain. Pass the answer's `next` as `start` for the following page.

    Args:
        domain_name (str):
        suppression_type (GetDomainSuppressionsSuppressionType):
        limit (int | Unset):
        email (str | Unset):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EspDomainSuppressionsResponse]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
        suppression_type=suppression_type,
        limit=limit,
        email=email,
        start=start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain_name: str,
    suppression_type: GetDomainSuppressionsSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    email: str | Unset = UNSET,
    start: str | Unset = UNSET,
) -> ErrorResponse | EspDomainSuppressionsResponse | None:
    """List a sending domain's ESP-suppressed addresses of one category

     Return one page (at most 1000) of the addresses the email service provider suppressed for one
    reason on one sending domain. Pass the answer's `next` as `start` for the following page.

    Args:
        domain_name (str):
        suppression_type (GetDomainSuppressionsSuppressionType):
        limit (int | Unset):
        email (str | Unset):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EspDomainSuppressionsResponse
    """

    return sync_detailed(
        domain_name=domain_name,
        suppression_type=suppression_type,
        client=client,
        limit=limit,
        email=email,
        start=start,
    ).parsed


async def asyncio_detailed(
    domain_name: str,
    suppression_type: GetDomainSuppressionsSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    email: str | Unset = UNSET,
    start: str | Unset = UNSET,
) -> Response[ErrorResponse | EspDomainSuppressionsResponse]:
    """List a sending domain's ESP-suppressed addresses of one category

     Return one page (at most 1000) of the addresses the email service provider suppressed for one
    reason on one sending domain. Pass the answer's `next` as `start` for the following page.

    Args:
        domain_name (str):
        suppression_type (GetDomainSuppressionsSuppressionType):
        limit (int | Unset):
        email (str | Unset):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EspDomainSuppressionsResponse]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
        suppression_type=suppression_type,
        limit=limit,
        email=email,
        start=start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain_name: str,
    suppression_type: GetDomainSuppressionsSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    email: str | Unset = UNSET,
    start: str | Unset = UNSET,
) -> ErrorResponse | EspDomainSuppressionsResponse | None:
    """List a sending domain's ESP-suppressed addresses of one category

     Return one page (at most 1000) of the addresses the email service provider suppressed for one
    reason on one sending domain. Pass the answer's `next` as `start` for the following page.

    Args:
        domain_name (str):
        suppression_type (GetDomainSuppressionsSuppressionType):
        limit (int | Unset):
        email (str | Unset):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EspDomainSuppressionsResponse
    """

    return (
        await asyncio_detailed(
            domain_name=domain_name,
            suppression_type=suppression_type,
            client=client,
            limit=limit,
            email=email,
            start=start,
        )
    ).parsed
