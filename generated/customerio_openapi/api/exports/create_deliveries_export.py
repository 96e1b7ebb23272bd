from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_deliveries_export_request import CreateDeliveriesExportRequest
    from ...models.error_response import ErrorResponse
    from ...models.export_response import ExportResponse


def _get_kwargs(
    *,
    body: CreateDeliveriesExportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/exports/deliveries",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExportResponse | None:

    from ...models.error_response import ErrorResponse
    from ...models.export_response import ExportResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 200:
        response_200 = ExportResponse.from_dict(response.json(), _owned)

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
) -> Response[ErrorResponse | ExportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDeliveriesExportRequest,
) -> Response[ErrorResponse | ExportResponse]:
    """Export deliveries of a newsletter

     Start an export of delivery data for one newsletter. Without `start`/`end` the most recent
    6 months are exported; a range longer than 12 months is cut to the 12 months before its
    most recent timestamp. Timestamps are delivery creation times. Returns the new export's
    metadata; poll `get_export` and fetch the file with `download_export`.

    Args:
        body (CreateDeliveriesExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExportResponse]
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
    body: CreateDeliveriesExportRequest,
) -> ErrorResponse | ExportResponse | None:
    """Export deliveries of a newsletter

     Start an export of delivery data for one newsletter. Without `start`/`end` the most recent
    6 months are exported; a range longer than 12 months is cut to the 12 months before its
    most recent timestamp. Timestamps are delivery creation times. Returns the new export's
    metadata; poll `get_export` and fetch the file with `download_export`.

    Args:
        body (CreateDeliveriesExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDeliveriesExportRequest,
) -> Response[ErrorResponse | ExportResponse]:
    """Export deliveries of a newsletter

     Start an export of delivery data for one newsletter. Without `start`/`end` the most recent
    6 months are exported; a range longer than 12 months is cut to the 12 months before its
    most recent timestamp. Timestamps are delivery creation times. Returns the new export's
    metadata; poll `get_export` and fetch the file with `download_export`.

    Args:
        body (CreateDeliveriesExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateDeliveriesExportRequest,
) -> ErrorResponse | ExportResponse | None:
    """Export deliveries of a newsletter

     Start an export of delivery data for one newsletter. Without `start`/`end` the most recent
    6 months are exported; a range longer than 12 months is cut to the 12 months before its
    most recent timestamp. Timestamps are delivery creation times. Returns the new export's
    metadata; poll `get_export` and fetch the file with `download_export`.

    Args:
        body (CreateDeliveriesExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
