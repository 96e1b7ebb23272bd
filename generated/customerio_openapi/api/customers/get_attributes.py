from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.customer_attributes_response import CustomerAttributesResponse
    from ...models.error_response import ErrorResponse
    from ...models.get_attributes_id_type import (
        GetAttributesIdType,
    )
    from ...types import UNSET, Unset


def _get_kwargs(
    customer_id: str,
    *,
    id_type: GetAttributesIdType | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type

    params["id_type"] = json_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/attributes".format(
            customer_id=quote(str(customer_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerAttributesResponse | ErrorResponse | None:

    from ...models.customer_attributes_response import CustomerAttributesResponse
    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = CustomerAttributesResponse.from_dict(response.json(), _owned)

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
) -> Response[CustomerAttributesResponse | ErrorResponse]:
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
    id_type: GetAttributesIdType | Unset = UNSET,
) -> Response[CustomerAttributesResponse | ErrorResponse]:
    """Get a person's attributes

     Return a person's attributes, attribute timestamps, subscription state and devices.

    Args:
        customer_id (str):
        id_type (GetAttributesIdType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAttributesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetAttributesIdType | Unset = UNSET,
) -> CustomerAttributesResponse | ErrorResponse | None:
    """Get a person's attributes

     Return a person's attributes, attribute timestamps, subscription state and devices.

    Args:
        customer_id (str):
        id_type (GetAttributesIdType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAttributesResponse | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        id_type=id_type,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetAttributesIdType | Unset = UNSET,
) -> Response[CustomerAttributesResponse | ErrorResponse]:
    """Get a person's attributes

     Return a person's attributes, attribute timestamps, subscription state and devices.

    Args:
        customer_id (str):
        id_type (GetAttributesIdType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAttributesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetAttributesIdType | Unset = UNSET,
) -> CustomerAttributesResponse | ErrorResponse | None:
    """Get a person's attributes

     Return a person's attributes, attribute timestamps, subscription state and devices.

    Args:
        customer_id (str):
        id_type (GetAttributesIdType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAttributesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            id_type=id_type,
        )
    ).parsed
