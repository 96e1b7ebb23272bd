from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.find_objects_request import FindObjectsRequest
    from ...models.find_objects_response import FindObjectsResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: FindObjectsRequest,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/objects",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FindObjectsResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.find_objects_response import FindObjectsResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = FindObjectsResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | FindObjectsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FindObjectsRequest,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | FindObjectsResponse]:
    """Find objects matching a filter

     Return one page of the objects of a type that match a filter of their attributes. Pass the
    answer's `next` as `start` for the following page.

    Args:
        start (str | Unset):
        limit (int | Unset):
        body (FindObjectsRequest): The body of an object search: `{"object_type_id": ...,
            "filter": {...}}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FindObjectsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FindObjectsRequest,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | FindObjectsResponse | None:
    """Find objects matching a filter

     Return one page of the objects of a type that match a filter of their attributes. Pass the
    answer's `next` as `start` for the following page.

    Args:
        start (str | Unset):
        limit (int | Unset):
        body (FindObjectsRequest): The body of an object search: `{"object_type_id": ...,
            "filter": {...}}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FindObjectsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        start=start,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FindObjectsRequest,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | FindObjectsResponse]:
    """Find objects matching a filter

     Return one page of the objects of a type that match a filter of their attributes. Pass the
    answer's `next` as `start` for the following page.

    Args:
        start (str | Unset):
        limit (int | Unset):
        body (FindObjectsRequest): The body of an object search: `{"object_type_id": ...,
            "filter": {...}}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FindObjectsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FindObjectsRequest,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | FindObjectsResponse | None:
    """Find objects matching a filter

     Return one page of the objects of a type that match a filter of their attributes. Pass the
    answer's `next` as `start` for the following page.

    Args:
        start (str | Unset):
        limit (int | Unset):
        body (FindObjectsRequest): The body of an object search: `{"object_type_id": ...,
            "filter": {...}}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FindObjectsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            start=start,
            limit=limit,
        )
    ).parsed
