from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.newsletter_content_response import NewsletterContentResponse


def _get_kwargs(
    newsletter_id: int,
    content_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/newsletters/{newsletter_id}/contents/{content_id}".format(
            newsletter_id=quote(str(newsletter_id), safe="!'()*"),
            content_id=quote(str(content_id), safe="!'()*"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NewsletterContentResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.newsletter_content_response import NewsletterContentResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = NewsletterContentResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | NewsletterContentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    newsletter_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | NewsletterContentResponse]:
    """Get a newsletter content

     Return one content of a newsletter (its default message, a translation or an A/B test variant).

    Args:
        newsletter_id (int):
        content_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NewsletterContentResponse]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        content_id=content_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    newsletter_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | NewsletterContentResponse | None:
    """Get a newsletter content

     Return one content of a newsletter (its default message, a translation or an A/B test variant).

    Args:
        newsletter_id (int):
        content_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NewsletterContentResponse
    """

    return sync_detailed(
        newsletter_id=newsletter_id,
        content_id=content_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    newsletter_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | NewsletterContentResponse]:
    """Get a newsletter content

     Return one content of a newsletter (its default message, a translation or an A/B test variant).

    Args:
        newsletter_id (int):
        content_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NewsletterContentResponse]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        content_id=content_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    newsletter_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | NewsletterContentResponse | None:
    """Get a newsletter content

     Return one content of a newsletter (its default message, a translation or an A/B test variant).

    Args:
        newsletter_id (int):
        content_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NewsletterContentResponse
    """

    return (
        await asyncio_detailed(
            newsletter_id=newsletter_id,
            content_id=content_id,
            client=client,
        )
    ).parsed
