from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.batch_request import BatchRequest
    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.v2_error_response import V2ErrorResponse


def _get_kwargs(
    *,
    body: BatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | ErrorResponse | V2ErrorResponse | None:

    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.v2_error_response import V2ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = EmptyResponse.__new__(EmptyResponse)
        response_200.additional_properties = (
            _response_200 if _owned and isinstance(_response_200, dict) else dict(_response_200)
        )

        return response_200

    if response.status_code == 207:
        response_207 = V2ErrorResponse.from_dict(response.json(), _owned)

        return response_207

    if response.status_code == 400:
        response_400 = V2ErrorResponse.from_dict(response.json(), _owned)

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
) -> Response[EmptyResponse | ErrorResponse | V2ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchRequest,
) -> Response[EmptyResponse | ErrorResponse | V2ErrorResponse]:
    """Send a batch of v2 operations

     Sends several `V2Operation`s (people, objects and deliveries may be mixed) in one request.
    The whole request must be 500 KB or smaller and each operation 32 KB or smaller.
    200 means every operation was accepted; 207 means some were invalid (listed in `errors`
    with their 0-based `batch_index`) and all the others were accepted.

    Args:
        body (BatchRequest): A batch of v2 operations (≥ 1). Whole request ≤ 500 KB; each
            operation ≤ 32 KB.
             Example: {'batch': [{'type': 'person', 'identifiers': {'id': '42'}, 'action':
            'delete'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse | V2ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BatchRequest,
) -> EmptyResponse | ErrorResponse | V2ErrorResponse | None:
    """Send a batch of v2 operations

     Sends several `V2Operation`s (people, objects and deliveries may be mixed) in one request.
    The whole request must be 500 KB or smaller and each operation 32 KB or smaller.
    200 means every operation was accepted; 207 means some were invalid (listed in `errors`
    with their 0-based `batch_index`) and all the others were accepted.

    Args:
        body (BatchRequest): A batch of v2 operations (≥ 1). Whole request ≤ 500 KB; each
            operation ≤ 32 KB.
             Example: {'batch': [{'type': 'person', 'identifiers': {'id': '42'}, 'action':
            'delete'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse | V2ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchRequest,
) -> Response[EmptyResponse | ErrorResponse | V2ErrorResponse]:
    """Send a batch of v2 operations

     Sends several `V2Operation`s (people, objects and deliveries may be mixed) in one request.
    The whole request must be 500 KB or smaller and each operation 32 KB or smaller.
    200 means every operation was accepted; 207 means some were invalid (listed in `errors`
    with their 0-based `batch_index`) and all the others were accepted.

    Args:
        body (BatchRequest): A batch of v2 operations (≥ 1). Whole request ≤ 500 KB; each
            operation ≤ 32 KB.
             Example: {'batch': [{'type': 'person', 'identifiers': {'id': '42'}, 'action':
            'delete'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse | V2ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchRequest,
) -> EmptyResponse | ErrorResponse | V2ErrorResponse | None:
    """Send a batch of v2 operations

     Sends several `V2Operation`s (people, objects and deliveries may be mixed) in one request.
    The whole request must be 500 KB or smaller and each operation 32 KB or smaller.
    200 means every operation was accepted; 207 means some were invalid (listed in `errors`
    with their 0-based `batch_index`) and all the others were accepted.

    Args:
        body (BatchRequest): A batch of v2 operations (≥ 1). Whole request ≤ 500 KB; each
            operation ≤ 32 KB.
             Example: {'batch': [{'type': 'person', 'identifiers': {'id': '42'}, 'action':
            'delete'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse | V2ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
