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
    from ...models.message_content_update import MessageContentUpdate
    from ...models.workflow_action import WorkflowAction
    from ...types import UNSET, Unset


def _get_kwargs(
    campaign_id: int,
    action_id: int,
    *,
    body: MessageContentUpdate | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import Unset

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/campaigns/{campaign_id}/actions/{action_id}".format(
            campaign_id=quote(str(campaign_id), safe="!'()*"),
            action_id=quote(str(action_id), safe="!'()*"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowAction | None:

    from ...models.error_response import ErrorResponse
    from ...models.workflow_action import WorkflowAction

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = WorkflowAction.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | WorkflowAction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    body: MessageContentUpdate | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowAction]:
    """Update a campaign action

     Change the content of a campaign action (its body, subject, sender...); the fields not given keep
    their value. Content made with Design Studio cannot be changed here.

    Args:
        campaign_id (int):
        action_id (int):
        body (MessageContentUpdate | Unset): New content for a message (an action, a newsletter
            variant, a transactional template or one of
            their translations): only the fields given change. Content made with Design Studio or the
            drag-and-drop editor cannot be changed this way.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowAction]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        action_id=action_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    body: MessageContentUpdate | Unset = UNSET,
) -> ErrorResponse | WorkflowAction | None:
    """Update a campaign action

     Change the content of a campaign action (its body, subject, sender...); the fields not given keep
    their value. Content made with Design Studio cannot be changed here.

    Args:
        campaign_id (int):
        action_id (int):
        body (MessageContentUpdate | Unset): New content for a message (an action, a newsletter
            variant, a transactional template or one of
            their translations): only the fields given change. Content made with Design Studio or the
            drag-and-drop editor cannot be changed this way.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowAction
    """

    return sync_detailed(
        campaign_id=campaign_id,
        action_id=action_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    body: MessageContentUpdate | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowAction]:
    """Update a campaign action

     Change the content of a campaign action (its body, subject, sender...); the fields not given keep
    their value. Content made with Design Studio cannot be changed here.

    Args:
        campaign_id (int):
        action_id (int):
        body (MessageContentUpdate | Unset): New content for a message (an action, a newsletter
            variant, a transactional template or one of
            their translations): only the fields given change. Content made with Design Studio or the
            drag-and-drop editor cannot be changed this way.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowAction]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        action_id=action_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    body: MessageContentUpdate | Unset = UNSET,
) -> ErrorResponse | WorkflowAction | None:
    """Update a campaign action

     Change the content of a campaign action (its body, subject, sender...); the fields not given keep
    their value. Content made with Design Studio cannot be changed here.

    Args:
        campaign_id (int):
        action_id (int):
        body (MessageContentUpdate | Unset): New content for a message (an action, a newsletter
            variant, a transactional template or one of
            their translations): only the fields given change. Content made with Design Studio or the
            drag-and-drop editor cannot be changed this way.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowAction
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            action_id=action_id,
            client=client,
            body=body,
        )
    ).parsed
