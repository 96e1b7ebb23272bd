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
    from ...models.segment_membership_response import SegmentMembershipResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    segment_id: int,
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
        "url": "/v1/segments/{segment_id}/membership".format(
            segment_id=quote(str(segment_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentMembershipResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.segment_membership_response import SegmentMembershipResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = SegmentMembershipResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | SegmentMembershipResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | SegmentMembershipResponse]:
    """List a segment's people

     Return one page of a segment's members, each with the identifiers the workspace uses. Pass the
    answer's `next` as `start` for the following page; the last page has no `next`.

    Args:
        segment_id (int):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentMembershipResponse]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | SegmentMembershipResponse | None:
    """List a segment's people

     Return one page of a segment's members, each with the identifiers the workspace uses. Pass the
    answer's `next` as `start` for the following page; the last page has no `next`.

    Args:
        segment_id (int):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentMembershipResponse
    """

    return sync_detailed(
        segment_id=segment_id,
        client=client,
        start=start,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | SegmentMembershipResponse]:
    """List a segment's people

     Return one page of a segment's members, each with the identifiers the workspace uses. Pass the
    answer's `next` as `start` for the following page; the last page has no `next`.

    Args:
        segment_id (int):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentMembershipResponse]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | SegmentMembershipResponse | None:
    """List a segment's people

     Return one page of a segment's members, each with the identifiers the workspace uses. Pass the
    answer's `next` as `start` for the following page; the last page has no `next`.

    Args:
        segment_id (int):
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentMembershipResponse
    """

    return (
        await asyncio_detailed(
            segment_id=segment_id,
            client=client,
            start=start,
            limit=limit,
        )
    ).parsed
