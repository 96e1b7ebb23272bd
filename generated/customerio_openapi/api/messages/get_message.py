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
    from ...models.message_response import MessageResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    message_id: str,
    *,
    archived_message: bool | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET

    params: dict[str, Any] = {}

    params["archived_message"] = archived_message

    params["associations"] = associations

    params["get_tracked_responses"] = get_tracked_responses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages/{message_id}".format(
            message_id=quote(str(message_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.message_response import MessageResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | MessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    archived_message: bool | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> Response[ErrorResponse | MessageResponse]:
    """Get a delivery

     Return one delivery (a message sent, or meant to be sent, to one person) with its metrics.

    Args:
        message_id (str):
        archived_message (bool | Unset):
        associations (bool | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        archived_message=archived_message,
        associations=associations,
        get_tracked_responses=get_tracked_responses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient,
    archived_message: bool | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> ErrorResponse | MessageResponse | None:
    """Get a delivery

     Return one delivery (a message sent, or meant to be sent, to one person) with its metrics.

    Args:
        message_id (str):
        archived_message (bool | Unset):
        associations (bool | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        archived_message=archived_message,
        associations=associations,
        get_tracked_responses=get_tracked_responses,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    archived_message: bool | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> Response[ErrorResponse | MessageResponse]:
    """Get a delivery

     Return one delivery (a message sent, or meant to be sent, to one person) with its metrics.

    Args:
        message_id (str):
        archived_message (bool | Unset):
        associations (bool | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        archived_message=archived_message,
        associations=associations,
        get_tracked_responses=get_tracked_responses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    archived_message: bool | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> ErrorResponse | MessageResponse | None:
    """Get a delivery

     Return one delivery (a message sent, or meant to be sent, to one person) with its metrics.

    Args:
        message_id (str):
        archived_message (bool | Unset):
        associations (bool | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            archived_message=archived_message,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )
    ).parsed
