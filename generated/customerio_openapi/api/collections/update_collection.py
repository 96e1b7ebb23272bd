from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.collection_input import CollectionInput
    from ...models.collection_response import CollectionResponse
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    collection_id: int,
    *,
    body: CollectionInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/collections/{collection_id}".format(
            collection_id=quote(str(collection_id), safe="!'()*"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionResponse | ErrorResponse | None:

    from ...models.collection_response import CollectionResponse
    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = CollectionResponse.from_dict(response.json(), _owned)

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
) -> Response[CollectionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionInput,
) -> Response[CollectionResponse | ErrorResponse]:
    """Update a collection

     Rename a collection or replace its rows (`data`) or the file they come from (`url`).

    Args:
        collection_id (int):
        body (CollectionInput): A collection's name and its data: the rows themselves (`data`) or
            the address of a CSV or JSON file
            to download them from (`url`). At most 10 MB in all and 10 KB per row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionInput,
) -> CollectionResponse | ErrorResponse | None:
    """Update a collection

     Rename a collection or replace its rows (`data`) or the file they come from (`url`).

    Args:
        collection_id (int):
        body (CollectionInput): A collection's name and its data: the rows themselves (`data`) or
            the address of a CSV or JSON file
            to download them from (`url`). At most 10 MB in all and 10 KB per row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionResponse | ErrorResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionInput,
) -> Response[CollectionResponse | ErrorResponse]:
    """Update a collection

     Rename a collection or replace its rows (`data`) or the file they come from (`url`).

    Args:
        collection_id (int):
        body (CollectionInput): A collection's name and its data: the rows themselves (`data`) or
            the address of a CSV or JSON file
            to download them from (`url`). At most 10 MB in all and 10 KB per row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionInput,
) -> CollectionResponse | ErrorResponse | None:
    """Update a collection

     Rename a collection or replace its rows (`data`) or the file they come from (`url`).

    Args:
        collection_id (int):
        body (CollectionInput): A collection's name and its data: the rows themselves (`data`) or
            the address of a CSV or JSON file
            to download them from (`url`). At most 10 MB in all and 10 KB per row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
