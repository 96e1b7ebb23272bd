from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.design_studio_email_input import DesignStudioEmailInput
    from ...models.design_studio_email_response import DesignStudioEmailResponse
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    *,
    body: DesignStudioEmailInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/design_studio/emails",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DesignStudioEmailResponse | ErrorResponse | None:

    from ...models.design_studio_email_response import DesignStudioEmailResponse
    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = DesignStudioEmailResponse.from_dict(response.json(), _owned)

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
) -> Response[DesignStudioEmailResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DesignStudioEmailInput,
) -> Response[DesignStudioEmailResponse | ErrorResponse]:
    """Create a Design Studio email

     Create an email from its name and whatever of its content and envelope is ready; the rest can
    follow with `update_design_studio_email` before the email is linked to a workflow.

    Args:
        body (DesignStudioEmailInput): A new Design Studio email: its `name`, and whatever of its
            content is ready.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignStudioEmailResponse | ErrorResponse]
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
    body: DesignStudioEmailInput,
) -> DesignStudioEmailResponse | ErrorResponse | None:
    """Create a Design Studio email

     Create an email from its name and whatever of its content and envelope is ready; the rest can
    follow with `update_design_studio_email` before the email is linked to a workflow.

    Args:
        body (DesignStudioEmailInput): A new Design Studio email: its `name`, and whatever of its
            content is ready.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignStudioEmailResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DesignStudioEmailInput,
) -> Response[DesignStudioEmailResponse | ErrorResponse]:
    """Create a Design Studio email

     Create an email from its name and whatever of its content and envelope is ready; the rest can
    follow with `update_design_studio_email` before the email is linked to a workflow.

    Args:
        body (DesignStudioEmailInput): A new Design Studio email: its `name`, and whatever of its
            content is ready.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignStudioEmailResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DesignStudioEmailInput,
) -> DesignStudioEmailResponse | ErrorResponse | None:
    """Create a Design Studio email

     Create an email from its name and whatever of its content and envelope is ready; the rest can
    follow with `update_design_studio_email` before the email is linked to a workflow.

    Args:
        body (DesignStudioEmailInput): A new Design Studio email: its `name`, and whatever of its
            content is ready.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignStudioEmailResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
