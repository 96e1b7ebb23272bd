from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.list_newsletters_response import ListNewslettersResponse
    from ...models.list_newsletters_sort import (
        ListNewslettersSort,
    )
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/newsletters",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListNewslettersResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.list_newsletters_response import ListNewslettersResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ListNewslettersResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ListNewslettersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
) -> Response[ErrorResponse | ListNewslettersResponse]:
    """List newsletters

     Return one page of the workspace's newsletters (their channel, audience segments, tags, contents and
    when each was last sent). Pass the answer's `next` as `start` for the following page.

    Args:
        start (str | Unset):
        limit (int | Unset):
        sort (ListNewslettersSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNewslettersResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
) -> ErrorResponse | ListNewslettersResponse | None:
    """List newsletters

     Return one page of the workspace's newsletters (their channel, audience segments, tags, contents and
    when each was last sent). Pass the answer's `next` as `start` for the following page.

    Args:
        start (str | Unset):
        limit (int | Unset):
        sort (ListNewslettersSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNewslettersResponse
    """

    return sync_detailed(
        client=client,
        start=start,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
) -> Response[ErrorResponse | ListNewslettersResponse]:
    """List newsletters

     Return one page of the workspace's newsletters (their channel, audience segments, tags, contents and
    when each was last sent). Pass the answer's `next` as `start` for the following page.

    Args:
        start (str | Unset):
        limit (int | Unset):
        sort (ListNewslettersSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNewslettersResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
) -> ErrorResponse | ListNewslettersResponse | None:
    """List newsletters

     Return one page of the workspace's newsletters (their channel, audience segments, tags, contents and
    when each was last sent). Pass the answer's `next` as `start` for the following page.

    Args:
        start (str | Unset):
        limit (int | Unset):
        sort (ListNewslettersSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNewslettersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            limit=limit,
            sort=sort,
        )
    ).parsed
