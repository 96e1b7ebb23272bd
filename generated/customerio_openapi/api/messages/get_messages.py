from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_messages_metric import (
        GetMessagesMetric,
    )
    from ...models.get_messages_type import GetMessagesType
    from ...models.messages_page import MessagesPage
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    metric: GetMessagesMetric | Unset = UNSET,
    type_: GetMessagesType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    transactional_id: int | Unset = UNSET,
    trigger_id: int | Unset = UNSET,
    template_id: int | Unset = UNSET,
    content_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params["drafts"] = drafts

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric

    params["metric"] = json_metric

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["campaign_id"] = campaign_id

    params["action_id"] = action_id

    params["newsletter_id"] = newsletter_id

    params["transactional_id"] = transactional_id

    params["trigger_id"] = trigger_id

    params["template_id"] = template_id

    params["content_id"] = content_id

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params["associations"] = associations

    params["get_tracked_responses"] = get_tracked_responses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages",
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
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    metric: GetMessagesMetric | Unset = UNSET,
    type_: GetMessagesType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    transactional_id: int | Unset = UNSET,
    trigger_id: int | Unset = UNSET,
    template_id: int | Unset = UNSET,
    content_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> Response[ErrorResponse | MessagesPage]:
    """List the workspace's deliveries

     Return one page of the workspace's deliveries with their metrics, filtered by channel, metric,
    campaign, newsletter, template... Without `start_ts` and `end_ts` the last 6 months are listed;
    a longer window is cut to 6 months.

    Args:
        start (str | Unset):
        limit (int | Unset):
        drafts (bool | Unset):
        metric (GetMessagesMetric | Unset):
        type_ (GetMessagesType | Unset):
        campaign_id (int | Unset):
        action_id (int | Unset):
        newsletter_id (int | Unset):
        transactional_id (int | Unset):
        trigger_id (int | Unset):
        template_id (int | Unset):
        content_id (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):
        associations (bool | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessagesPage]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        drafts=drafts,
        metric=metric,
        type_=type_,
        campaign_id=campaign_id,
        action_id=action_id,
        newsletter_id=newsletter_id,
        transactional_id=transactional_id,
        trigger_id=trigger_id,
        template_id=template_id,
        content_id=content_id,
        start_ts=start_ts,
        end_ts=end_ts,
        associations=associations,
        get_tracked_responses=get_tracked_responses,
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
    drafts: bool | Unset = UNSET,
    metric: GetMessagesMetric | Unset = UNSET,
    type_: GetMessagesType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    transactional_id: int | Unset = UNSET,
    trigger_id: int | Unset = UNSET,
    template_id: int | Unset = UNSET,
    content_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> ErrorResponse | MessagesPage | None:
    """List the workspace's deliveries

     Return one page of the workspace's deliveries with their metrics, filtered by channel, metric,
    campaign, newsletter, template... Without `start_ts` and `end_ts` the last 6 months are listed;
    a longer window is cut to 6 months.

    Args:
        start (str | Unset):
        limit (int | Unset):
        drafts (bool | Unset):
        metric (GetMessagesMetric | Unset):
        type_ (GetMessagesType | Unset):
        campaign_id (int | Unset):
        action_id (int | Unset):
        newsletter_id (int | Unset):
        transactional_id (int | Unset):
        trigger_id (int | Unset):
        template_id (int | Unset):
        content_id (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):
        associations (bool | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessagesPage
    """

    return sync_detailed(
        client=client,
        start=start,
        limit=limit,
        drafts=drafts,
        metric=metric,
        type_=type_,
        campaign_id=campaign_id,
        action_id=action_id,
        newsletter_id=newsletter_id,
        transactional_id=transactional_id,
        trigger_id=trigger_id,
        template_id=template_id,
        content_id=content_id,
        start_ts=start_ts,
        end_ts=end_ts,
        associations=associations,
        get_tracked_responses=get_tracked_responses,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    metric: GetMessagesMetric | Unset = UNSET,
    type_: GetMessagesType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    transactional_id: int | Unset = UNSET,
    trigger_id: int | Unset = UNSET,
    template_id: int | Unset = UNSET,
    content_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> Response[ErrorResponse | MessagesPage]:
    """List the workspace's deliveries

     Return one page of the workspace's deliveries with their metrics, filtered by channel, metric,
    campaign, newsletter, template... Without `start_ts` and `end_ts` the last 6 months are listed;
    a longer window is cut to 6 months.

    Args:
        start (str | Unset):
        limit (int | Unset):
        drafts (bool | Unset):
        metric (GetMessagesMetric | Unset):
        type_ (GetMessagesType | Unset):
        campaign_id (int | Unset):
        action_id (int | Unset):
        newsletter_id (int | Unset):
        transactional_id (int | Unset):
        trigger_id (int | Unset):
        template_id (int | Unset):
        content_id (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):
        associations (bool | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessagesPage]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        drafts=drafts,
        metric=metric,
        type_=type_,
        campaign_id=campaign_id,
        action_id=action_id,
        newsletter_id=newsletter_id,
        transactional_id=transactional_id,
        trigger_id=trigger_id,
        template_id=template_id,
        content_id=content_id,
        start_ts=start_ts,
        end_ts=end_ts,
        associations=associations,
        get_tracked_responses=get_tracked_responses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    metric: GetMessagesMetric | Unset = UNSET,
    type_: GetMessagesType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    transactional_id: int | Unset = UNSET,
    trigger_id: int | Unset = UNSET,
    template_id: int | Unset = UNSET,
    content_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    associations: bool | Unset = UNSET,
    get_tracked_responses: bool | Unset = UNSET,
) -> ErrorResponse | MessagesPage | None:
    """List the workspace's deliveries

     Return one page of the workspace's deliveries with their metrics, filtered by channel, metric,
    campaign, newsletter, template... Without `start_ts` and `end_ts` the last 6 months are listed;
    a longer window is cut to 6 months.

    Args:
        start (str | Unset):
        limit (int | Unset):
        drafts (bool | Unset):
        metric (GetMessagesMetric | Unset):
        type_ (GetMessagesType | Unset):
        campaign_id (int | Unset):
        action_id (int | Unset):
        newsletter_id (int | Unset):
        transactional_id (int | Unset):
        trigger_id (int | Unset):
        template_id (int | Unset):
        content_id (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):
        associations (bool | Unset):
        get_tracked_responses (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessagesPage
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            limit=limit,
            drafts=drafts,
            metric=metric,
            type_=type_,
            campaign_id=campaign_id,
            action_id=action_id,
            newsletter_id=newsletter_id,
            transactional_id=transactional_id,
            trigger_id=trigger_id,
            template_id=template_id,
            content_id=content_id,
            start_ts=start_ts,
            end_ts=end_ts,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )
    ).parsed
