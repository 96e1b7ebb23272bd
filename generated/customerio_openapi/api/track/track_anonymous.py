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
    from ...models.track_anonymous_event_request import TrackAnonymousEventRequest


def _get_kwargs(
    *,
    body: TrackAnonymousEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/events",
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
    body: TrackAnonymousEventRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Track an anonymous event

     Records an event for a person you haven't identified yet, keyed by `anonymous_id` (e.g. a
    cookie). If event merging is on and you later identify a person with the same `anonymous_id`
    attribute, events from the last 30 days are associated with them; events associated within
    72 hours of their timestamp can trigger campaigns.

    Omit `anonymous_id` to send an *invite event*: it must carry `data.recipient` (the address to
    message) and can trigger campaigns directly.

    Limits: event name ≤ 100 bytes; event data ≤ 100000 bytes.

    Args:
        body (TrackAnonymousEventRequest): An event for an unidentified person. `name` is
            required. Set `anonymous_id` to attribute the
            event to an anonymous visitor; leave it out for an invite event, which requires
            `data.recipient`.
             Example: {'name': 'invite', 'data': {'recipient': 'friend@example.com', 'inviter':
            'Jane'}}.

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
    body: TrackAnonymousEventRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Track an anonymous event

     Records an event for a person you haven't identified yet, keyed by `anonymous_id` (e.g. a
    cookie). If event merging is on and you later identify a person with the same `anonymous_id`
    attribute, events from the last 30 days are associated with them; events associated within
    72 hours of their timestamp can trigger campaigns.

    Omit `anonymous_id` to send an *invite event*: it must carry `data.recipient` (the address to
    message) and can trigger campaigns directly.

    Limits: event name ≤ 100 bytes; event data ≤ 100000 bytes.

    Args:
        body (TrackAnonymousEventRequest): An event for an unidentified person. `name` is
            required. Set `anonymous_id` to attribute the
            event to an anonymous visitor; leave it out for an invite event, which requires
            `data.recipient`.
             Example: {'name': 'invite', 'data': {'recipient': 'friend@example.com', 'inviter':
            'Jane'}}.

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
    body: TrackAnonymousEventRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Track an anonymous event

     Records an event for a person you haven't identified yet, keyed by `anonymous_id` (e.g. a
    cookie). If event merging is on and you later identify a person with the same `anonymous_id`
    attribute, events from the last 30 days are associated with them; events associated within
    72 hours of their timestamp can trigger campaigns.

    Omit `anonymous_id` to send an *invite event*: it must carry `data.recipient` (the address to
    message) and can trigger campaigns directly.

    Limits: event name ≤ 100 bytes; event data ≤ 100000 bytes.

    Args:
        body (TrackAnonymousEventRequest): An event for an unidentified person. `name` is
            required. Set `anonymous_id` to attribute the
            event to an anonymous visitor; leave it out for an invite event, which requires
            `data.recipient`.
             Example: {'name': 'invite', 'data': {'recipient': 'friend@example.com', 'inviter':
            'Jane'}}.

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
    body: TrackAnonymousEventRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Track an anonymous event

     Records an event for a person you haven't identified yet, keyed by `anonymous_id` (e.g. a
    cookie). If event merging is on and you later identify a person with the same `anonymous_id`
    attribute, events from the last 30 days are associated with them; events associated within
    72 hours of their timestamp can trigger campaigns.

    Omit `anonymous_id` to send an *invite event*: it must carry `data.recipient` (the address to
    message) and can trigger campaigns directly.

    Limits: event name ≤ 100 bytes; event data ≤ 100000 bytes.

    Args:
        body (TrackAnonymousEventRequest): An event for an unidentified person. `name` is
            required. Set `anonymous_id` to attribute the
            event to an anonymous visitor; leave it out for an invite event, which requires
            `data.recipient`.
             Example: {'name': 'invite', 'data': {'recipient': 'friend@example.com', 'inviter':
            'Jane'}}.

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
