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
    from ...models.get_object_relationships_id_type import (
        GetObjectRelationshipsIdType,
    )
    from ...models.object_relationships_page import ObjectRelationshipsPage
    from ...types import UNSET, Unset


def _get_kwargs(
    object_type_id: int,
    object_id: str,
    *,
    id_type: GetObjectRelationshipsIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type

    params["id_type"] = json_id_type

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/objects/{object_type_id}/{object_id}/relationships".format(
            object_type_id=quote(str(object_type_id), safe="!'()*"),
            object_id=quote(str(object_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ObjectRelationshipsPage | None:

    from ...models.error_response import ErrorResponse
    from ...models.object_relationships_page import ObjectRelationshipsPage

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ObjectRelationshipsPage.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ObjectRelationshipsPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetObjectRelationshipsIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ObjectRelationshipsPage]:
    """List the people related to an object

     Return one page of the people related to an object. Pages can repeat a person; an export from
    the dashboard gives a complete list.

    Args:
        object_type_id (int):
        object_id (str):
        id_type (GetObjectRelationshipsIdType | Unset):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ObjectRelationshipsPage]
    """

    kwargs = _get_kwargs(
        object_type_id=object_type_id,
        object_id=object_id,
        id_type=id_type,
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetObjectRelationshipsIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ObjectRelationshipsPage | None:
    """List the people related to an object

     Return one page of the people related to an object. Pages can repeat a person; an export from
    the dashboard gives a complete list.

    Args:
        object_type_id (int):
        object_id (str):
        id_type (GetObjectRelationshipsIdType | Unset):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ObjectRelationshipsPage
    """

    return sync_detailed(
        object_type_id=object_type_id,
        object_id=object_id,
        client=client,
        id_type=id_type,
        start=start,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetObjectRelationshipsIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ObjectRelationshipsPage]:
    """List the people related to an object

     Return one page of the people related to an object. Pages can repeat a person; an export from
    the dashboard gives a complete list.

    Args:
        object_type_id (int):
        object_id (str):
        id_type (GetObjectRelationshipsIdType | Unset):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ObjectRelationshipsPage]
    """

    kwargs = _get_kwargs(
        object_type_id=object_type_id,
        object_id=object_id,
        id_type=id_type,
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetObjectRelationshipsIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ObjectRelationshipsPage | None:
    """List the people related to an object

     Return one page of the people related to an object. Pages can repeat a person; an export from
    the dashboard gives a complete list.

    Args:
        object_type_id (int):
        object_id (str):
        id_type (GetObjectRelationshipsIdType | Unset):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ObjectRelationshipsPage
    """

    return (
        await asyncio_detailed(
            object_type_id=object_type_id,
            object_id=object_id,
            client=client,
            id_type=id_type,
            start=start,
            limit=limit,
        )
    ).parsed
