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
    from ...models.newsletter_rate_limit import NewsletterRateLimit
    from ...models.newsletter_response import NewsletterResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    newsletter_id: int,
    *,
    body: NewsletterRateLimit | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import Unset

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/newsletters/{newsletter_id}/send".format(
            newsletter_id=quote(str(newsletter_id), safe="!'()*"),
        ),
    }

    if not isinstance(body, Unset):
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
) -> Response[ErrorResponse | NewsletterResponse]:
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
    body: NewsletterRateLimit | Unset = UNSET,
) -> Response[ErrorResponse | NewsletterResponse]:
    """Send a newsletter

     Send a draft newsletter now, optionally rate limited (a sent newsletter is answered with 400). Not
    replayed after a failure that may have reached the API: the newsletter could go out twice.

    Args:
        newsletter_id (int):
        body (NewsletterRateLimit | Unset): How fast a newsletter goes out. Give
            `rate_limit_email_rate` and `rate_limit_time_period` together;
            `rate_limit_spread` may be given alone.
             Example: {'rate_limit_email_rate': 500, 'rate_limit_time_period': 60,
            'rate_limit_spread': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NewsletterResponse]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    body: NewsletterRateLimit | Unset = UNSET,
) -> ErrorResponse | NewsletterResponse | None:
    """Send a newsletter

     Send a draft newsletter now, optionally rate limited (a sent newsletter is answered with 400). Not
    replayed after a failure that may have reached the API: the newsletter could go out twice.

    Args:
        newsletter_id (int):
        body (NewsletterRateLimit | Unset): How fast a newsletter goes out. Give
            `rate_limit_email_rate` and `rate_limit_time_period` together;
            `rate_limit_spread` may be given alone.
             Example: {'rate_limit_email_rate': 500, 'rate_limit_time_period': 60,
            'rate_limit_spread': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NewsletterResponse
    """

    return sync_detailed(
        newsletter_id=newsletter_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    body: NewsletterRateLimit | Unset = UNSET,
) -> Response[ErrorResponse | NewsletterResponse]:
    """Send a newsletter

     Send a draft newsletter now, optionally rate limited (a sent newsletter is answered with 400). Not
    replayed after a failure that may have reached the API: the newsletter could go out twice.

    Args:
        newsletter_id (int):
        body (NewsletterRateLimit | Unset): How fast a newsletter goes out. Give
            `rate_limit_email_rate` and `rate_limit_time_period` together;
            `rate_limit_spread` may be given alone.
             Example: {'rate_limit_email_rate': 500, 'rate_limit_time_period': 60,
            'rate_limit_spread': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NewsletterResponse]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    body: NewsletterRateLimit | Unset = UNSET,
) -> ErrorResponse | NewsletterResponse | None:
    """Send a newsletter

     Send a draft newsletter now, optionally rate limited (a sent newsletter is answered with 400). Not
    replayed after a failure that may have reached the API: the newsletter could go out twice.

    Args:
        newsletter_id (int):
        body (NewsletterRateLimit | Unset): How fast a newsletter goes out. Give
            `rate_limit_email_rate` and `rate_limit_time_period` together;
            `rate_limit_spread` may be given alone.
             Example: {'rate_limit_email_rate': 500, 'rate_limit_time_period': 60,
            'rate_limit_spread': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NewsletterResponse
    """

    return (
        await asyncio_detailed(
            newsletter_id=newsletter_id,
            client=client,
            body=body,
        )
    ).parsed
