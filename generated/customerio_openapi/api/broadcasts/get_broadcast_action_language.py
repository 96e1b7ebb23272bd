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
    from ...models.workflow_action_response import WorkflowActionResponse


def _get_kwargs(
    broadcast_id: int,
    action_id: int,
    language: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/broadcasts/{broadcast_id}/actions/{action_id}/language/{language}".format(
            broadcast_id=quote(str(broadcast_id), safe="!'()*"),
            action_id=quote(str(action_id), safe="!'()*"),
            language=quote(str(language), safe="!'()*"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowActionResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.workflow_action_response import WorkflowActionResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = WorkflowActionResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | WorkflowActionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | WorkflowActionResponse]:
    """Get a translation of a broadcast action

     Return one language's version of a broadcast action (an unknown language is answered with 400).

    Args:
        broadcast_id (int):
        action_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowActionResponse]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        action_id=action_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | WorkflowActionResponse | None:
    """Get a translation of a broadcast action

     Return one language's version of a broadcast action (an unknown language is answered with 400).

    Args:
        broadcast_id (int):
        action_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowActionResponse
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        action_id=action_id,
        language=language,
        client=client,
    ).parsed


async def asyncio_detailed(
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | WorkflowActionResponse]:
    """Get a translation of a broadcast action

     Return one language's version of a broadcast action (an unknown language is answered with 400).

    Args:
        broadcast_id (int):
        action_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowActionResponse]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        action_id=action_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | WorkflowActionResponse | None:
    """Get a translation of a broadcast action

     Return one language's version of a broadcast action (an unknown language is answered with 400).

    Args:
        broadcast_id (int):
        action_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowActionResponse
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            action_id=action_id,
            language=language,
            client=client,
        )
    ).parsed
