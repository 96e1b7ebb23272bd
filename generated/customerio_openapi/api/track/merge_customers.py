from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.merge_customers_request import MergeCustomersRequest


def _get_kwargs(
    *,
    body: MergeCustomersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/merge_customers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | ErrorResponse | None:

    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = EmptyResponse.__new__(EmptyResponse)
        response_200.additional_properties = (
            _response_200 if _owned and isinstance(_response_200, dict) else dict(_response_200)
        )

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
) -> Response[EmptyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MergeCustomersRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Merge two people

     Merges the `secondary` person into the `primary` person, then deletes the secondary. Not
    reversible. The primary must already exist, otherwise the request does nothing (beware of
    races right after an identify call). Merged into the primary: attributes it lacks, the last
    30 days of events (they cannot trigger campaigns), manual segments, delivery history and
    campaign journeys. Each side names the person with exactly one of `id`, `email`, `cio_id`.

    Args:
        body (MergeCustomersRequest): The person to keep (`primary`) and the person merged into it
            and deleted (`secondary`). Example: {'primary': {'id': '42'}, 'secondary': {'email':
            'cperson@gmail.com'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
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
    body: MergeCustomersRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Merge two people

     Merges the `secondary` person into the `primary` person, then deletes the secondary. Not
    reversible. The primary must already exist, otherwise the request does nothing (beware of
    races right after an identify call). Merged into the primary: attributes it lacks, the last
    30 days of events (they cannot trigger campaigns), manual segments, delivery history and
    campaign journeys. Each side names the person with exactly one of `id`, `email`, `cio_id`.

    Args:
        body (MergeCustomersRequest): The person to keep (`primary`) and the person merged into it
            and deleted (`secondary`). Example: {'primary': {'id': '42'}, 'secondary': {'email':
            'cperson@gmail.com'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MergeCustomersRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Merge two people

     Merges the `secondary` person into the `primary` person, then deletes the secondary. Not
    reversible. The primary must already exist, otherwise the request does nothing (beware of
    races right after an identify call). Merged into the primary: attributes it lacks, the last
    30 days of events (they cannot trigger campaigns), manual segments, delivery history and
    campaign journeys. Each side names the person with exactly one of `id`, `email`, `cio_id`.

    Args:
        body (MergeCustomersRequest): The person to keep (`primary`) and the person merged into it
            and deleted (`secondary`). Example: {'primary': {'id': '42'}, 'secondary': {'email':
            'cperson@gmail.com'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MergeCustomersRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Merge two people

     Merges the `secondary` person into the `primary` person, then deletes the secondary. Not
    reversible. The primary must already exist, otherwise the request does nothing (beware of
    races right after an identify call). Merged into the primary: attributes it lacks, the last
    30 days of events (they cannot trigger campaigns), manual segments, delivery history and
    campaign journeys. Each side names the person with exactly one of `id`, `email`, `cio_id`.

    Args:
        body (MergeCustomersRequest): The person to keep (`primary`) and the person merged into it
            and deleted (`secondary`). Example: {'primary': {'id': '42'}, 'secondary': {'email':
            'cperson@gmail.com'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
