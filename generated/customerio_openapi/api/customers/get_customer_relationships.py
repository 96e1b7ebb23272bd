from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.customer_relationships_page import CustomerRelationshipsPage
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    customer_id: str,
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/relationships".format(
            customer_id=quote(str(customer_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerRelationshipsPage | ErrorResponse | None:

    from ...models.customer_relationships_page import CustomerRelationshipsPage
    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = CustomerRelationshipsPage.from_dict(response.json(), _owned)

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
) -> Response[CustomerRelationshipsPage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[CustomerRelationshipsPage | ErrorResponse]:
    """List the objects a person is related to

     Return one page of the objects (companies, accounts...) a person is related to. Pages can repeat an
    object; an export from the dashboard gives a complete list.

    Args:
        customer_id (str):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerRelationshipsPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> CustomerRelationshipsPage | ErrorResponse | None:
    """List the objects a person is related to

     Return one page of the objects (companies, accounts...) a person is related to. Pages can repeat an
    object; an export from the dashboard gives a complete list.

    Args:
        customer_id (str):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerRelationshipsPage | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        start=start,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[CustomerRelationshipsPage | ErrorResponse]:
    """List the objects a person is related to

     Return one page of the objects (companies, accounts...) a person is related to. Pages can repeat an
    object; an export from the dashboard gives a complete list.

    Args:
        customer_id (str):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerRelationshipsPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> CustomerRelationshipsPage | ErrorResponse | None:
    """List the objects a person is related to

     Return one page of the objects (companies, accounts...) a person is related to. Pages can repeat an
    object; an export from the dashboard gives a complete list.

    Args:
        customer_id (str):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerRelationshipsPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            start=start,
            limit=limit,
        )
    ).parsed
