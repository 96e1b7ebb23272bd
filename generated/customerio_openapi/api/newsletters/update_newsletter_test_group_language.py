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
    from ...models.newsletter_content_response import NewsletterContentResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    newsletter_id: int,
    test_group_id: str,
    language: str,
    *,
    body: MessageContentUpdate | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import Unset

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/newsletters/{newsletter_id}/test_group/{test_group_id}/language/{language}".format(
            newsletter_id=quote(str(newsletter_id), safe="!'()*"),
            test_group_id=quote(str(test_group_id), safe="!'()*"),
            language=quote(str(language), safe="!'()*"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    test_group_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: MessageContentUpdate | Unset = UNSET,
) -> Response[ErrorResponse | NewsletterContentResponse]:
    """Update a translation in a newsletter test group

     Change one language's content in one A/B test group; the fields not given keep their value.

    Args:
        newsletter_id (int):
        test_group_id (str):
        language (str):
        body (MessageContentUpdate | Unset): New content for a message (an action, a newsletter
            variant, a transactional template or one of
            their translations): only the fields given change. Content made with Design Studio or the
            drag-and-drop editor cannot be changed this way.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NewsletterContentResponse]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        test_group_id=test_group_id,
        language=language,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    newsletter_id: int,
    test_group_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: MessageContentUpdate | Unset = UNSET,
) -> ErrorResponse | NewsletterContentResponse | None:
    """Update a translation in a newsletter test group

     Change one language's content in one A/B test group; the fields not given keep their value.

    Args:
        newsletter_id (int):
        test_group_id (str):
        language (str):
        body (MessageContentUpdate | Unset): New content for a message (an action, a newsletter
            variant, a transactional template or one of
            their translations): only the fields given change. Content made with Design Studio or the
            drag-and-drop editor cannot be changed this way.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NewsletterContentResponse
    """

    return sync_detailed(
        newsletter_id=newsletter_id,
        test_group_id=test_group_id,
        language=language,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    newsletter_id: int,
    test_group_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: MessageContentUpdate | Unset = UNSET,
) -> Response[ErrorResponse | NewsletterContentResponse]:
    """Update a translation in a newsletter test group

     Change one language's content in one A/B test group; the fields not given keep their value.

    Args:
        newsletter_id (int):
        test_group_id (str):
        language (str):
        body (MessageContentUpdate | Unset): New content for a message (an action, a newsletter
            variant, a transactional template or one of
            their translations): only the fields given change. Content made with Design Studio or the
            drag-and-drop editor cannot be changed this way.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NewsletterContentResponse]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        test_group_id=test_group_id,
        language=language,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    newsletter_id: int,
    test_group_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: MessageContentUpdate | Unset = UNSET,
) -> ErrorResponse | NewsletterContentResponse | None:
    """Update a translation in a newsletter test group

     Change one language's content in one A/B test group; the fields not given keep their value.

    Args:
        newsletter_id (int):
        test_group_id (str):
        language (str):
        body (MessageContentUpdate | Unset): New content for a message (an action, a newsletter
            variant, a transactional template or one of
            their translations): only the fields given change. Content made with Design Studio or the
            drag-and-drop editor cannot be changed this way.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NewsletterContentResponse
    """

    return (
        await asyncio_detailed(
            newsletter_id=newsletter_id,
            test_group_id=test_group_id,
            language=language,
            client=client,
            body=body,
        )
    ).parsed
