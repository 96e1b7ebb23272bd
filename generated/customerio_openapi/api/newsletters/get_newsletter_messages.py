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
    from ...models.get_newsletter_messages_type import (
        GetNewsletterMessagesType,
    )
    from ...models.messages_page import MessagesPage
    from ...types import UNSET, Unset


def _get_kwargs(
    newsletter_id: int,
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: str | Unset = UNSET,
    type_: GetNewsletterMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params["metric"] = metric

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params["get_tracked_responses"] = get_tracked_responses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/newsletters/{newsletter_id}/messages".format(
            newsletter_id=quote(str(newsletter_id), safe="!'()*"),
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
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: str | Unset = UNSET,
    type_: GetNewsletterMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> Response[ErrorResponse | MessagesPage]:
    """List a newsletter's deliveries

     Return one page of the messages a newsletter sent, newest first, with their metrics. Without
    `start_ts` and `end_ts` the last 6 months are searched. Pass the answer's `next` as `start` for the
    following page.

    Args:
        newsletter_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (str | Unset):
        type_ (GetNewsletterMessagesType | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessagesPage]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        start=start,
        limit=limit,
        metric=metric,
        type_=type_,
        start_ts=start_ts,
        end_ts=end_ts,
        get_tracked_responses=get_tracked_responses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: str | Unset = UNSET,
    type_: GetNewsletterMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> ErrorResponse | MessagesPage | None:
    """List a newsletter's deliveries

     Return one page of the messages a newsletter sent, newest first, with their metrics. Without
    `start_ts` and `end_ts` the last 6 months are searched. Pass the answer's `next` as `start` for the
    following page.

    Args:
        newsletter_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (str | Unset):
        type_ (GetNewsletterMessagesType | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessagesPage
    """

    return sync_detailed(
        newsletter_id=newsletter_id,
        client=client,
        start=start,
        limit=limit,
        metric=metric,
        type_=type_,
        start_ts=start_ts,
        end_ts=end_ts,
        get_tracked_responses=get_tracked_responses,
    ).parsed


async def asyncio_detailed(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: str | Unset = UNSET,
    type_: GetNewsletterMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> Response[ErrorResponse | MessagesPage]:
    """List a newsletter's deliveries

     Return one page of the messages a newsletter sent, newest first, with their metrics. Without
    `start_ts` and `end_ts` the last 6 months are searched. Pass the answer's `next` as `start` for the
    following page.

    Args:
        newsletter_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (str | Unset):
        type_ (GetNewsletterMessagesType | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessagesPage]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        start=start,
        limit=limit,
        metric=metric,
        type_=type_,
        start_ts=start_ts,
        end_ts=end_ts,
        get_tracked_responses=get_tracked_responses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: str | Unset = UNSET,
    type_: GetNewsletterMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> ErrorResponse | MessagesPage | None:
    """List a newsletter's deliveries

     Return one page of the messages a newsletter sent, newest first, with their metrics. Without
    `start_ts` and `end_ts` the last 6 months are searched. Pass the answer's `next` as `start` for the
    following page.

    Args:
        newsletter_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (str | Unset):
        type_ (GetNewsletterMessagesType | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessagesPage
    """

    return (
        await asyncio_detailed(
            newsletter_id=newsletter_id,
            client=client,
            start=start,
            limit=limit,
            metric=metric,
            type_=type_,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )
    ).parsed
