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
    from ...models.list_transactional_contents_response import (
        ListTransactionalContentsResponse,
    )


def _get_kwargs(
    transactional_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transactional/{transactional_id}/contents".format(
            transactional_id=quote(str(transactional_id), safe="!'()*"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListTransactionalContentsResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.list_transactional_contents_response import (
        ListTransactionalContentsResponse,
    )

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ListTransactionalContentsResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ListTransactionalContentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ListTransactionalContentsResponse]:
    """List a transactional message's contents

     Return every content of a transactional message (its default message and translations).

    Args:
        transactional_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListTransactionalContentsResponse]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ListTransactionalContentsResponse | None:
    """List a transactional message's contents

     Return every content of a transactional message (its default message and translations).

    Args:
        transactional_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListTransactionalContentsResponse
    """

    return sync_detailed(
        transactional_id=transactional_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ListTransactionalContentsResponse]:
    """List a transactional message's contents

     Return every content of a transactional message (its default message and translations).

    Args:
        transactional_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListTransactionalContentsResponse]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ListTransactionalContentsResponse | None:
    """List a transactional message's contents

     Return every content of a transactional message (its default message and translations).

    Args:
        transactional_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListTransactionalContentsResponse
    """

    return (
        await asyncio_detailed(
            transactional_id=transactional_id,
            client=client,
        )
    ).parsed
