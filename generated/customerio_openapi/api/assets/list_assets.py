from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.list_assets_response import ListAssetsResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    parent_folder_id: int | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET

    params: dict[str, Any] = {}

    params["parent_folder_id"] = parent_folder_id

    params["direct_descendants_only"] = direct_descendants_only

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAssetsResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.list_assets_response import ListAssetsResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ListAssetsResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ListAssetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    parent_folder_id: int | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ListAssetsResponse]:
    """List assets

     Return one page of file assets (images and PDFs). Pages are numbered: `meta.pagination` says the
    page, its size and the total.

    Args:
        parent_folder_id (int | Unset):
        direct_descendants_only (bool | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAssetsResponse]
    """

    kwargs = _get_kwargs(
        parent_folder_id=parent_folder_id,
        direct_descendants_only=direct_descendants_only,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    parent_folder_id: int | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ListAssetsResponse | None:
    """List assets

     Return one page of file assets (images and PDFs). Pages are numbered: `meta.pagination` says the
    page, its size and the total.

    Args:
        parent_folder_id (int | Unset):
        direct_descendants_only (bool | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAssetsResponse
    """

    return sync_detailed(
        client=client,
        parent_folder_id=parent_folder_id,
        direct_descendants_only=direct_descendants_only,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    parent_folder_id: int | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ListAssetsResponse]:
    """List assets

     Return one page of file assets (images and PDFs). Pages are numbered: `meta.pagination` says the
    page, its size and the total.

    Args:
        parent_folder_id (int | Unset):
        direct_descendants_only (bool | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAssetsResponse]
    """

    kwargs = _get_kwargs(
        parent_folder_id=parent_folder_id,
        direct_descendants_only=direct_descendants_only,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    parent_folder_id: int | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ListAssetsResponse | None:
    """List assets

     Return one page of file assets (images and PDFs). Pages are numbered: `meta.pagination` says the
    page, its size and the total.

    Args:
        parent_folder_id (int | Unset):
        direct_descendants_only (bool | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAssetsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )
    ).parsed
