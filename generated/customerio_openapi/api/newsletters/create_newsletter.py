from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.newsletter_input import NewsletterInput
    from ...models.newsletter_response import NewsletterResponse


def _get_kwargs(
    *,
    body: NewsletterInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/newsletters",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NewsletterResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.newsletter_response import NewsletterResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = NewsletterResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | NewsletterResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NewsletterInput,
) -> Response[ErrorResponse | NewsletterResponse]:
    """Create a newsletter

     Create a newsletter with its channel, audience and content; it is sent at once with `send_now`,
    later with `scheduled_at`, and otherwise kept as a draft. Not replayed after a failure that may
    have reached the API.

    Args:
        body (NewsletterInput): A new newsletter: its name, channel (`type`), audience
            (`recipients`, a filter of `segment` and
            `attribute` conditions combined with `and`, `or`, `not`) and content for the channel (an
            email's
            `subject`, `body` and `from` or `from_id`; a webhook's `body`, `request_method` and `url`;
            an in-app
            message's `body_json`...). `send_now` sends it at once, `scheduled_at` later; otherwise it
            is a draft.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NewsletterResponse]
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
    body: NewsletterInput,
) -> ErrorResponse | NewsletterResponse | None:
    """Create a newsletter

     Create a newsletter with its channel, audience and content; it is sent at once with `send_now`,
    later with `scheduled_at`, and otherwise kept as a draft. Not replayed after a failure that may
    have reached the API.

    Args:
        body (NewsletterInput): A new newsletter: its name, channel (`type`), audience
            (`recipients`, a filter of `segment` and
            `attribute` conditions combined with `and`, `or`, `not`) and content for the channel (an
            email's
            `subject`, `body` and `from` or `from_id`; a webhook's `body`, `request_method` and `url`;
            an in-app
            message's `body_json`...). `send_now` sends it at once, `scheduled_at` later; otherwise it
            is a draft.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NewsletterResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewsletterInput,
) -> Response[ErrorResponse | NewsletterResponse]:
    """Create a newsletter

     Create a newsletter with its channel, audience and content; it is sent at once with `send_now`,
    later with `scheduled_at`, and otherwise kept as a draft. Not replayed after a failure that may
    have reached the API.

    Args:
        body (NewsletterInput): A new newsletter: its name, channel (`type`), audience
            (`recipients`, a filter of `segment` and
            `attribute` conditions combined with `and`, `or`, `not`) and content for the channel (an
            email's
            `subject`, `body` and `from` or `from_id`; a webhook's `body`, `request_method` and `url`;
            an in-app
            message's `body_json`...). `send_now` sends it at once, `scheduled_at` later; otherwise it
            is a draft.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NewsletterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NewsletterInput,
) -> ErrorResponse | NewsletterResponse | None:
    """Create a newsletter

     Create a newsletter with its channel, audience and content; it is sent at once with `send_now`,
    later with `scheduled_at`, and otherwise kept as a draft. Not replayed after a failure that may
    have reached the API.

    Args:
        body (NewsletterInput): A new newsletter: its name, channel (`type`), audience
            (`recipients`, a filter of `segment` and
            `attribute` conditions combined with `and`, `or`, `not`) and content for the channel (an
            email's
            `subject`, `body` and `from` or `from_id`; a webhook's `body`, `request_method` and `url`;
            an in-app
            message's `body_json`...). `send_now` sends it at once, `scheduled_at` later; otherwise it
            is a draft.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NewsletterResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
