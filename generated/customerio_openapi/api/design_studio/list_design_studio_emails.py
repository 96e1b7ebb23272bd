from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.list_design_studio_emails_has_translations import (
        ListDesignStudioEmailsHasTranslations,
    )
    from ...models.list_design_studio_emails_is_linked import (
        ListDesignStudioEmailsIsLinked,
    )
    from ...models.list_design_studio_emails_is_template import (
        ListDesignStudioEmailsIsTemplate,
    )
    from ...models.list_design_studio_emails_response import (
        ListDesignStudioEmailsResponse,
    )
    from ...models.list_design_studio_emails_sort_by import (
        ListDesignStudioEmailsSortBy,
    )
    from ...models.list_design_studio_emails_sort_order import (
        ListDesignStudioEmailsSortOrder,
    )
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    parent_folder_id: str | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    sort_by: ListDesignStudioEmailsSortBy | Unset = UNSET,
    sort_order: ListDesignStudioEmailsSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_template: ListDesignStudioEmailsIsTemplate | Unset = UNSET,
    has_translations: ListDesignStudioEmailsHasTranslations | Unset = UNSET,
    is_linked: ListDesignStudioEmailsIsLinked | Unset = UNSET,
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

    json_is_template: str | Unset = UNSET
    if not isinstance(is_template, Unset):
        json_is_template = is_template

    params["is_template"] = json_is_template

    json_has_translations: str | Unset = UNSET
    if not isinstance(has_translations, Unset):
        json_has_translations = has_translations

    params["has_translations"] = json_has_translations

    json_is_linked: str | Unset = UNSET
    if not isinstance(is_linked, Unset):
        json_is_linked = is_linked

    params["is_linked"] = json_is_linked

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/design_studio/emails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListDesignStudioEmailsResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.list_design_studio_emails_response import (
        ListDesignStudioEmailsResponse,
    )

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ListDesignStudioEmailsResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ListDesignStudioEmailsResponse]:
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
    sort_by: ListDesignStudioEmailsSortBy | Unset = UNSET,
    sort_order: ListDesignStudioEmailsSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_template: ListDesignStudioEmailsIsTemplate | Unset = UNSET,
    has_translations: ListDesignStudioEmailsHasTranslations | Unset = UNSET,
    is_linked: ListDesignStudioEmailsIsLinked | Unset = UNSET,
) -> Response[ErrorResponse | ListDesignStudioEmailsResponse]:
    """List Design Studio emails

     Return one page of Design Studio emails (a summary of each), and the folders they are in. Pages
    are numbered: `meta.pagination` says the page, its size and the total.

    Args:
        parent_folder_id (str | Unset):
        direct_descendants_only (bool | Unset):
        sort_by (ListDesignStudioEmailsSortBy | Unset):
        sort_order (ListDesignStudioEmailsSortOrder | Unset):
        created_before (int | Unset):
        created_after (int | Unset):
        updated_before (int | Unset):
        updated_after (int | Unset):
        page (int | Unset):
        limit (int | Unset):
        is_template (ListDesignStudioEmailsIsTemplate | Unset):
        has_translations (ListDesignStudioEmailsHasTranslations | Unset):
        is_linked (ListDesignStudioEmailsIsLinked | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListDesignStudioEmailsResponse]
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
        is_template=is_template,
        has_translations=has_translations,
        is_linked=is_linked,
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
    sort_by: ListDesignStudioEmailsSortBy | Unset = UNSET,
    sort_order: ListDesignStudioEmailsSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_template: ListDesignStudioEmailsIsTemplate | Unset = UNSET,
    has_translations: ListDesignStudioEmailsHasTranslations | Unset = UNSET,
    is_linked: ListDesignStudioEmailsIsLinked | Unset = UNSET,
) -> ErrorResponse | ListDesignStudioEmailsResponse | None:
    """List Design Studio emails

     Return one page of Design Studio emails (a summary of each), and the folders they are in. Pages
    are numbered: `meta.pagination` says the page, its size and the total.

    Args:
        parent_folder_id (str | Unset):
        direct_descendants_only (bool | Unset):
        sort_by (ListDesignStudioEmailsSortBy | Unset):
        sort_order (ListDesignStudioEmailsSortOrder | Unset):
        created_before (int | Unset):
        created_after (int | Unset):
        updated_before (int | Unset):
        updated_after (int | Unset):
        page (int | Unset):
        limit (int | Unset):
        is_template (ListDesignStudioEmailsIsTemplate | Unset):
        has_translations (ListDesignStudioEmailsHasTranslations | Unset):
        is_linked (ListDesignStudioEmailsIsLinked | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListDesignStudioEmailsResponse
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
        is_template=is_template,
        has_translations=has_translations,
        is_linked=is_linked,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    parent_folder_id: str | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    sort_by: ListDesignStudioEmailsSortBy | Unset = UNSET,
    sort_order: ListDesignStudioEmailsSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_template: ListDesignStudioEmailsIsTemplate | Unset = UNSET,
    has_translations: ListDesignStudioEmailsHasTranslations | Unset = UNSET,
    is_linked: ListDesignStudioEmailsIsLinked | Unset = UNSET,
) -> Response[ErrorResponse | ListDesignStudioEmailsResponse]:
    """List Design Studio emails

     Return one page of Design Studio emails (a summary of each), and the folders they are in. Pages
    are numbered: `meta.pagination` says the page, its size and the total.

    Args:
        parent_folder_id (str | Unset):
        direct_descendants_only (bool | Unset):
        sort_by (ListDesignStudioEmailsSortBy | Unset):
        sort_order (ListDesignStudioEmailsSortOrder | Unset):
        created_before (int | Unset):
        created_after (int | Unset):
        updated_before (int | Unset):
        updated_after (int | Unset):
        page (int | Unset):
        limit (int | Unset):
        is_template (ListDesignStudioEmailsIsTemplate | Unset):
        has_translations (ListDesignStudioEmailsHasTranslations | Unset):
        is_linked (ListDesignStudioEmailsIsLinked | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListDesignStudioEmailsResponse]
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
        is_template=is_template,
        has_translations=has_translations,
        is_linked=is_linked,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    parent_folder_id: str | Unset = UNSET,
    direct_descendants_only: bool | Unset = UNSET,
    sort_by: ListDesignStudioEmailsSortBy | Unset = UNSET,
    sort_order: ListDesignStudioEmailsSortOrder | Unset = UNSET,
    created_before: int | Unset = UNSET,
    created_after: int | Unset = UNSET,
    updated_before: int | Unset = UNSET,
    updated_after: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_template: ListDesignStudioEmailsIsTemplate | Unset = UNSET,
    has_translations: ListDesignStudioEmailsHasTranslations | Unset = UNSET,
    is_linked: ListDesignStudioEmailsIsLinked | Unset = UNSET,
) -> ErrorResponse | ListDesignStudioEmailsResponse | None:
    """List Design Studio emails

     Return one page of Design Studio emails (a summary of each), and the folders they are in. Pages
    are numbered: `meta.pagination` says the page, its size and the total.

    Args:
        parent_folder_id (str | Unset):
        direct_descendants_only (bool | Unset):
        sort_by (ListDesignStudioEmailsSortBy | Unset):
        sort_order (ListDesignStudioEmailsSortOrder | Unset):
        created_before (int | Unset):
        created_after (int | Unset):
        updated_before (int | Unset):
        updated_after (int | Unset):
        page (int | Unset):
        limit (int | Unset):
        is_template (ListDesignStudioEmailsIsTemplate | Unset):
        has_translations (ListDesignStudioEmailsHasTranslations | Unset):
        is_linked (ListDesignStudioEmailsIsLinked | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListDesignStudioEmailsResponse
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
            is_template=is_template,
            has_translations=has_translations,
            is_linked=is_linked,
        )
    ).parsed
