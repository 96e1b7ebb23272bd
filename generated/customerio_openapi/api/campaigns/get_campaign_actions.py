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
    from ...models.list_workflow_actions_response import ListWorkflowActionsResponse
    from ...types import UNSET, Unset


def _get_kwargs(
    campaign_id: int,
    *,
    start: str | Unset = UNSET,
) -> dict[str, Any]:

    from ...types import UNSET

    params: dict[str, Any] = {}

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{campaign_id}/actions".format(
            campaign_id=quote(str(campaign_id), safe="!'()*"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListWorkflowActionsResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.list_workflow_actions_response import ListWorkflowActionsResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ListWorkflowActionsResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ListWorkflowActionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
) -> Response[ErrorResponse | ListWorkflowActionsResponse]:
    """List a campaign's actions

     Return one page (up to 10) of a campaign's actions, each with its content. Pass the answer's `next`
    as `start` for the following page.

    Args:
        campaign_id (int):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListWorkflowActionsResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        start=start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
) -> ErrorResponse | ListWorkflowActionsResponse | None:
    """List a campaign's actions

     Return one page (up to 10) of a campaign's actions, each with its content. Pass the answer's `next`
    as `start` for the following page.

    Args:
        campaign_id (int):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListWorkflowActionsResponse
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        start=start,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
) -> Response[ErrorResponse | ListWorkflowActionsResponse]:
    """List a campaign's actions

     Return one page (up to 10) of a campaign's actions, each with its content. Pass the answer's `next`
    as `start` for the following page.

    Args:
        campaign_id (int):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListWorkflowActionsResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        start=start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
) -> ErrorResponse | ListWorkflowActionsResponse | None:
    """List a campaign's actions

     Return one page (up to 10) of a campaign's actions, each with its content. Pass the answer's `next`
    as `start` for the following page.

    Args:
        campaign_id (int):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListWorkflowActionsResponse
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            start=start,
        )
    ).parsed
