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
    from ...models.get_customer_messages_id_type import (
        GetCustomerMessagesIdType,
    )
    from ...models.messages_page import MessagesPage
    from ...types import UNSET, Unset


def _get_kwargs(
    customer_id: str,
    *,
    id_type: GetCustomerMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type

    params["id_type"] = json_id_type

    params["start"] = start

    params["limit"] = limit

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/messages".format(
            customer_id=quote(str(customer_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessagesPage | None:

    from ...models.error_response import ErrorResponse
    from ...models.messages_page import MessagesPage

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = MessagesPage.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | MessagesPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetCustomerMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[ErrorResponse | MessagesPage]:
    """List the messages sent to a person

     Return one page of the deliveries made to a person, with their metrics. Without `start_ts` and
    `end_ts` the last 6 months are listed; a longer window is cut to the 6 months before its end.

    Args:
        customer_id (str):
        id_type (GetCustomerMessagesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessagesPage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
        start=start,
        limit=limit,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetCustomerMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> ErrorResponse | MessagesPage | None:
    """List the messages sent to a person

     Return one page of the deliveries made to a person, with their metrics. Without `start_ts` and
    `end_ts` the last 6 months are listed; a longer window is cut to the 6 months before its end.

    Args:
        customer_id (str):
        id_type (GetCustomerMessagesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessagesPage
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        id_type=id_type,
        start=start,
        limit=limit,
        start_ts=start_ts,
        end_ts=end_ts,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetCustomerMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[ErrorResponse | MessagesPage]:
    """List the messages sent to a person

     Return one page of the deliveries made to a person, with their metrics. Without `start_ts` and
    `end_ts` the last 6 months are listed; a longer window is cut to the 6 months before its end.

    Args:
        customer_id (str):
        id_type (GetCustomerMessagesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessagesPage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
        start=start,
        limit=limit,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetCustomerMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> ErrorResponse | MessagesPage | None:
    """List the messages sent to a person

     Return one page of the deliveries made to a person, with their metrics. Without `start_ts` and
    `end_ts` the last 6 months are listed; a longer window is cut to the 6 months before its end.

    Args:
        customer_id (str):
        id_type (GetCustomerMessagesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessagesPage
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            id_type=id_type,
            start=start,
            limit=limit,
            start_ts=start_ts,
            end_ts=end_ts,
        )
    ).parsed
