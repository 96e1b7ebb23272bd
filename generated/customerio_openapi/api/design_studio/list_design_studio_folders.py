from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.list_design_studio_folders_response import (
        ListDesignStudioFoldersResponse,
    )
    from ...models.list_design_studio_folders_sort_by import (
        ListDesignStudioFoldersSortBy,
    )
    from ...models.list_design_studio_folders_sort_order import (
        ListDesignStudioFoldersSortOrder,
    )
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    parent_folder_id: str | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    sort_by: ListDesignStudioFoldersSortBy | Unset = UNSET,
    sort_order: ListDesignStudioFoldersSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    params["parent_folder_id"] = parent_folder_id

    params["direct_descendants_only"] = direct_descendants_only

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params["created_before"] = created_before

    params["created_after"] = created_after

    params["updated_before"] = updated_before

    params["updated_after"] = updated_after

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/design_studio/folders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListDesignStudioFoldersResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.list_design_studio_folders_response import (
        ListDesignStudioFoldersResponse,
    )

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ListDesignStudioFoldersResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ListDesignStudioFoldersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    parent_folder_id: str | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    sort_by: ListDesignStudioFoldersSortBy | Unset = UNSET,
    sort_order: ListDesignStudioFoldersSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ListDesignStudioFoldersResponse]:
    """List Design Studio folders

     Return one page of Design Studio folders (folders only; emails and components have their own
    lists). Pages are numbered: `meta.pagination` says the page, its size and the total.

    Args:
        parent_folder_id (str | Unset):
        direct_descendants_only (bool | Unset):
        sort_by (ListDesignStudioFoldersSortBy | Unset):
        sort_order (ListDesignStudioFoldersSortOrder | Unset):
        created_before (int | Unset):
        created_after (int | Unset):
        updated_before (int | Unset):
        updated_after (int | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListDesignStudioFoldersResponse]
    """

    kwargs = _get_kwargs(
        parent_folder_id=parent_folder_id,
        direct_descendants_only=direct_descendants_only,
        sort_by=sort_by,
        sort_order=sort_order,
        created_before=created_before,
        created_after=created_after,
        updated_before=updated_before,
        updated_after=updated_after,
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
    parent_folder_id: str | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    sort_by: ListDesignStudioFoldersSortBy | Unset = UNSET,
    sort_order: ListDesignStudioFoldersSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ListDesignStudioFoldersResponse | None:
    """List Design Studio folders

     Return one page of Design Studio folders (folders only; emails and components have their own
    lists). Pages are numbered: `meta.pagination` says the page, its size and the total.

    Args:
        parent_folder_id (str | Unset):
        direct_descendants_only (bool | Unset):
        sort_by (ListDesignStudioFoldersSortBy | Unset):
        sort_order (ListDesignStudioFoldersSortOrder | Unset):
        created_before (int | Unset):
        created_after (int | Unset):
        updated_before (int | Unset):
        updated_after (int | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListDesignStudioFoldersResponse
    """

    return sync_detailed(
        client=client,
        parent_folder_id=parent_folder_id,
        direct_descendants_only=direct_descendants_only,
        sort_by=sort_by,
        sort_order=sort_order,
        created_before=created_before,
        created_after=created_after,
        updated_before=updated_before,
        updated_after=updated_after,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    parent_folder_id: str | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    sort_by: ListDesignStudioFoldersSortBy | Unset = UNSET,
    sort_order: ListDesignStudioFoldersSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ListDesignStudioFoldersResponse]:
    """List Design Studio folders

     Return one page of Design Studio folders (folders only; emails and components have their own
    lists). Pages are numbered: `meta.pagination` says the page, its size and the total.

    Args:
        parent_folder_id (str | Unset):
        direct_descendants_only (bool | Unset):
        sort_by (ListDesignStudioFoldersSortBy | Unset):
        sort_order (ListDesignStudioFoldersSortOrder | Unset):
        created_before (int | Unset):
        created_after (int | Unset):
        updated_before (int | Unset):
        updated_after (int | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListDesignStudioFoldersResponse]
    """

    kwargs = _get_kwargs(
        parent_folder_id=parent_folder_id,
        direct_descendants_only=direct_descendants_only,
        sort_by=sort_by,
        sort_order=sort_order,
        created_before=created_before,
        created_after=created_after,
        updated_before=updated_before,
        updated_after=updated_after,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    parent_folder_id: str | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    sort_by: ListDesignStudioFoldersSortBy | Unset = UNSET,
    sort_order: ListDesignStudioFoldersSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ListDesignStudioFoldersResponse | None:
    """List Design Studio folders

     Return one page of Design Studio folders (folders only; emails and components have their own
    lists). Pages are numbered: `meta.pagination` says the page, its size and the total.

    Args:
        parent_folder_id (str | Unset):
        direct_descendants_only (bool | Unset):
        sort_by (ListDesignStudioFoldersSortBy | Unset):
        sort_order (ListDesignStudioFoldersSortOrder | Unset):
        created_before (int | Unset):
        created_after (int | Unset):
        updated_before (int | Unset):
        updated_after (int | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListDesignStudioFoldersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
        )
    ).parsed
