from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.identifier_type import IdentifierType
    from ...models.segment_customers_request import SegmentCustomersRequest
    from ...types import UNSET, Unset


def _get_kwargs(
    segment_id: int,
    *,
    body: SegmentCustomersRequest,
    id_type: IdentifierType | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type

    params["id_type"] = json_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/segments/{segment_id}/add_customers".format(
            segment_id=quote(str(segment_id), safe="!'()*"),
        ),
        "params": params,
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
) -> Response[EmptyResponse | ErrorResponse]:
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
    body: SegmentCustomersRequest,
    id_type: IdentifierType | Unset = UNSET,
) -> Response[EmptyResponse | ErrorResponse]:
    """Add people to a manual segment

     Adds up to 1000 people to an existing manual segment (data-driven segments cannot be changed
    via the API). All `ids` must be of the kind named by `id_type`; entries that don't match are
    ignored.

    Args:
        segment_id (int):
        id_type (IdentifierType | Unset): Which kind of person identifier a value is.
        body (SegmentCustomersRequest): People to add to or remove from a manual segment. Example:
            {'ids': ['42', '43']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        body=body,
        id_type=id_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: SegmentCustomersRequest,
    id_type: IdentifierType | Unset = UNSET,
) -> EmptyResponse | ErrorResponse | None:
    """Add people to a manual segment

     Adds up to 1000 people to an existing manual segment (data-driven segments cannot be changed
    via the API). All `ids` must be of the kind named by `id_type`; entries that don't match are
    ignored.

    Args:
        segment_id (int):
        id_type (IdentifierType | Unset): Which kind of person identifier a value is.
        body (SegmentCustomersRequest): People to add to or remove from a manual segment. Example:
            {'ids': ['42', '43']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        segment_id=segment_id,
        client=client,
        body=body,
        id_type=id_type,
    ).parsed


async def asyncio_detailed(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: SegmentCustomersRequest,
    id_type: IdentifierType | Unset = UNSET,
) -> Response[EmptyResponse | ErrorResponse]:
    """Add people to a manual segment

     Adds up to 1000 people to an existing manual segment (data-driven segments cannot be changed
    via the API). All `ids` must be of the kind named by `id_type`; entries that don't match are
    ignored.

    Args:
        segment_id (int):
        id_type (IdentifierType | Unset): Which kind of person identifier a value is.
        body (SegmentCustomersRequest): People to add to or remove from a manual segment. Example:
            {'ids': ['42', '43']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        body=body,
        id_type=id_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: SegmentCustomersRequest,
    id_type: IdentifierType | Unset = UNSET,
) -> EmptyResponse | ErrorResponse | None:
    """Add people to a manual segment

     Adds up to 1000 people to an existing manual segment (data-driven segments cannot be changed
    via the API). All `ids` must be of the kind named by `id_type`; entries that don't match are
    ignored.

    Args:
        segment_id (int):
        id_type (IdentifierType | Unset): Which kind of person identifier a value is.
        body (SegmentCustomersRequest): People to add to or remove from a manual segment. Example:
            {'ids': ['42', '43']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            segment_id=segment_id,
            client=client,
            body=body,
            id_type=id_type,
        )
    ).parsed
