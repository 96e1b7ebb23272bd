from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.identify_request import IdentifyRequest


def _get_kwargs(
    identifier: str,
    *,
    body: IdentifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/customers/{identifier}".format(
            identifier=quote(str(identifier), safe="!'()*"),
        ),
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
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: IdentifyRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Add or update a person

     Creates a person, or updates the person the path identifier refers to, with the attributes in
    the body. To change a person's `id` or `email`, reference them by `cio_<cio_id>` in the path.
    If the path and body identifiers belong to different people the API may still answer 200 but
    record an *Attribute Update Failure*.

    Limits: identifier ≤ 150 bytes; ≤ 300 attributes per person or call; attribute names ≤ 150 bytes;
    attribute values ≤ 1000 bytes.

    Args:
        identifier (str):
        body (IdentifyRequest): Attributes to set on the person: the reserved keys below plus any
            custom attributes (string,
            number or boolean values; `null` or `""` removes an attribute). Identifiers in the body
            (`id`,
            `email`) update the person's identifiers (see the operation description).
            Limits: ≤ 300 attributes per call; attribute names ≤ 150 bytes; values ≤ 1000 bytes.
             Example: {'email': 'customer@example.com', 'created_at': 1361205308, 'first_name': 'Bob',
            '_update': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: IdentifyRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Add or update a person

     Creates a person, or updates the person the path identifier refers to, with the attributes in
    the body. To change a person's `id` or `email`, reference them by `cio_<cio_id>` in the path.
    If the path and body identifiers belong to different people the API may still answer 200 but
    record an *Attribute Update Failure*.

    Limits: identifier ≤ 150 bytes; ≤ 300 attributes per person or call; attribute names ≤ 150 bytes;
    attribute values ≤ 1000 bytes.

    Args:
        identifier (str):
        body (IdentifyRequest): Attributes to set on the person: the reserved keys below plus any
            custom attributes (string,
            number or boolean values; `null` or `""` removes an attribute). Identifiers in the body
            (`id`,
            `email`) update the person's identifiers (see the operation description).
            Limits: ≤ 300 attributes per call; attribute names ≤ 150 bytes; values ≤ 1000 bytes.
             Example: {'email': 'customer@example.com', 'created_at': 1361205308, 'first_name': 'Bob',
            '_update': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: IdentifyRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Add or update a person

     Creates a person, or updates the person the path identifier refers to, with the attributes in
    the body. To change a person's `id` or `email`, reference them by `cio_<cio_id>` in the path.
    If the path and body identifiers belong to different people the API may still answer 200 but
    record an *Attribute Update Failure*.

    Limits: identifier ≤ 150 bytes; ≤ 300 attributes per person or call; attribute names ≤ 150 bytes;
    attribute values ≤ 1000 bytes.

    Args:
        identifier (str):
        body (IdentifyRequest): Attributes to set on the person: the reserved keys below plus any
            custom attributes (string,
            number or boolean values; `null` or `""` removes an attribute). Identifiers in the body
            (`id`,
            `email`) update the person's identifiers (see the operation description).
            Limits: ≤ 300 attributes per call; attribute names ≤ 150 bytes; values ≤ 1000 bytes.
             Example: {'email': 'customer@example.com', 'created_at': 1361205308, 'first_name': 'Bob',
            '_update': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: IdentifyRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Add or update a person

     Creates a person, or updates the person the path identifier refers to, with the attributes in
    the body. To change a person's `id` or `email`, reference them by `cio_<cio_id>` in the path.
    If the path and body identifiers belong to different people the API may still answer 200 but
    record an *Attribute Update Failure*.

    Limits: identifier ≤ 150 bytes; ≤ 300 attributes per person or call; attribute names ≤ 150 bytes;
    attribute values ≤ 1000 bytes.

    Args:
        identifier (str):
        body (IdentifyRequest): Attributes to set on the person: the reserved keys below plus any
            custom attributes (string,
            number or boolean values; `null` or `""` removes an attribute). Identifiers in the body
            (`id`,
            `email`) update the person's identifiers (see the operation description).
            Limits: ≤ 300 attributes per call; attribute names ≤ 150 bytes; values ≤ 1000 bytes.
             Example: {'email': 'customer@example.com', 'created_at': 1361205308, 'first_name': 'Bob',
            '_update': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
