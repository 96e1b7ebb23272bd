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
    from ...models.reporting_webhook import ReportingWebhook
    from ...models.reporting_webhook_update import ReportingWebhookUpdate


def _get_kwargs(
    webhook_id: int,
    *,
    body: ReportingWebhookUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/reporting_webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe="!'()*"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReportingWebhook | None:

    from ...models.error_response import ErrorResponse
    from ...models.reporting_webhook import ReportingWebhook

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ReportingWebhook.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ReportingWebhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportingWebhookUpdate,
) -> Response[ErrorResponse | ReportingWebhook]:
    """Update a reporting webhook

     Change any of a reporting webhook's fields (pause it with `disabled`, say).

    Args:
        webhook_id (int):
        body (ReportingWebhookUpdate): The fields of a reporting webhook to change (any of them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportingWebhook]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportingWebhookUpdate,
) -> ErrorResponse | ReportingWebhook | None:
    """Update a reporting webhook

     Change any of a reporting webhook's fields (pause it with `disabled`, say).

    Args:
        webhook_id (int):
        body (ReportingWebhookUpdate): The fields of a reporting webhook to change (any of them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportingWebhook
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportingWebhookUpdate,
) -> Response[ErrorResponse | ReportingWebhook]:
    """Update a reporting webhook

     Change any of a reporting webhook's fields (pause it with `disabled`, say).

    Args:
        webhook_id (int):
        body (ReportingWebhookUpdate): The fields of a reporting webhook to change (any of them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportingWebhook]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportingWebhookUpdate,
) -> ErrorResponse | ReportingWebhook | None:
    """Update a reporting webhook

     Change any of a reporting webhook's fields (pause it with `disabled`, say).

    Args:
        webhook_id (int):
        body (ReportingWebhookUpdate): The fields of a reporting webhook to change (any of them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportingWebhook
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
        )
    ).parsed
