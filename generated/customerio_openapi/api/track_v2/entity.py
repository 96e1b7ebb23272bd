from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.v2_error_response import V2ErrorResponse
    from ...models.v2_operation import V2Operation


def _get_kwargs(
    *,
    body: V2Operation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/entity",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | ErrorResponse | V2ErrorResponse | None:

    from ...models.empty_response import EmptyResponse
    from ...models.error_response import ErrorResponse
    from ...models.v2_error_response import V2ErrorResponse

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
        response_400 = V2ErrorResponse.from_dict(response.json(), _owned)

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
) -> Response[EmptyResponse | ErrorResponse | V2ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: V2Operation,
) -> Response[EmptyResponse | ErrorResponse | V2ErrorResponse]:
    """Send a single v2 operation

     Creates, updates or deletes a single person or object, manages relationships and devices,
    merges or (un)suppresses people, or reports a delivery metric. The body is one
    `V2Operation`; see its description for valid `type`/`action` combinations.
    The request must be 32 KB or smaller.

    Args:
        body (V2Operation): One Track v2 operation: the body of `entity` and each item of `batch`.
            Size ≤ 32 KB.
            `type` and `action` are always required; the other fields depend on the combination:

            | type | action | also required | optional |
            | -- | -- | -- | -- |
            | person | identify | identifiers | attributes, timestamp, cio_relationships |
            | person | delete, suppress, unsuppress | identifiers | |
            | person | event, page, screen | identifiers, name | id, timestamp, attributes (event
            data) |
            | person | add_relationships, delete_relationships | identifiers, cio_relationships | |
            | person | add_device | identifiers, device (token, platform) | |
            | person | delete_device | identifiers, device (token) | |
            | person | merge | primary, secondary | |
            | object | identify, identify_anonymous | identifiers | attributes, cio_relationships |
            | object | delete | identifiers | |
            | object | add_relationships, delete_relationships | identifiers, cio_relationships | |
            | delivery | event | identifiers (`id` = delivery id), name (opened/converted/delivered),
            attributes (device_token) | |

            Person `identifiers` take exactly one of `id`, `email`, `phone`, `cio_id`; object
            `identifiers`
            take `object_type_id` + `object_id` or `cio_object_id`. A person's relationships name
            objects;
            an object's relationships name people. Person attributes follow the v1 limits (≤ 300
            attributes, names ≤ 150 bytes, values ≤ 1000 bytes); `attributes._update: true` only
            updates
            existing people.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse | V2ErrorResponse]
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
    body: V2Operation,
) -> EmptyResponse | ErrorResponse | V2ErrorResponse | None:
    """Send a single v2 operation

     Creates, updates or deletes a single person or object, manages relationships and devices,
    merges or (un)suppresses people, or reports a delivery metric. The body is one
    `V2Operation`; see its description for valid `type`/`action` combinations.
    The request must be 32 KB or smaller.

    Args:
        body (V2Operation): One Track v2 operation: the body of `entity` and each item of `batch`.
            Size ≤ 32 KB.
            `type` and `action` are always required; the other fields depend on the combination:

            | type | action | also required | optional |
            | -- | -- | -- | -- |
            | person | identify | identifiers | attributes, timestamp, cio_relationships |
            | person | delete, suppress, unsuppress | identifiers | |
            | person | event, page, screen | identifiers, name | id, timestamp, attributes (event
            data) |
            | person | add_relationships, delete_relationships | identifiers, cio_relationships | |
            | person | add_device | identifiers, device (token, platform) | |
            | person | delete_device | identifiers, device (token) | |
            | person | merge | primary, secondary | |
            | object | identify, identify_anonymous | identifiers | attributes, cio_relationships |
            | object | delete | identifiers | |
            | object | add_relationships, delete_relationships | identifiers, cio_relationships | |
            | delivery | event | identifiers (`id` = delivery id), name (opened/converted/delivered),
            attributes (device_token) | |

            Person `identifiers` take exactly one of `id`, `email`, `phone`, `cio_id`; object
            `identifiers`
            take `object_type_id` + `object_id` or `cio_object_id`. A person's relationships name
            objects;
            an object's relationships name people. Person attributes follow the v1 limits (≤ 300
            attributes, names ≤ 150 bytes, values ≤ 1000 bytes); `attributes._update: true` only
            updates
            existing people.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse | V2ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: V2Operation,
) -> Response[EmptyResponse | ErrorResponse | V2ErrorResponse]:
    """Send a single v2 operation

     Creates, updates or deletes a single person or object, manages relationships and devices,
    merges or (un)suppresses people, or reports a delivery metric. The body is one
    `V2Operation`; see its description for valid `type`/`action` combinations.
    The request must be 32 KB or smaller.

    Args:
        body (V2Operation): One Track v2 operation: the body of `entity` and each item of `batch`.
            Size ≤ 32 KB.
            `type` and `action` are always required; the other fields depend on the combination:

            | type | action | also required | optional |
            | -- | -- | -- | -- |
            | person | identify | identifiers | attributes, timestamp, cio_relationships |
            | person | delete, suppress, unsuppress | identifiers | |
            | person | event, page, screen | identifiers, name | id, timestamp, attributes (event
            data) |
            | person | add_relationships, delete_relationships | identifiers, cio_relationships | |
            | person | add_device | identifiers, device (token, platform) | |
            | person | delete_device | identifiers, device (token) | |
            | person | merge | primary, secondary | |
            | object | identify, identify_anonymous | identifiers | attributes, cio_relationships |
            | object | delete | identifiers | |
            | object | add_relationships, delete_relationships | identifiers, cio_relationships | |
            | delivery | event | identifiers (`id` = delivery id), name (opened/converted/delivered),
            attributes (device_token) | |

            Person `identifiers` take exactly one of `id`, `email`, `phone`, `cio_id`; object
            `identifiers`
            take `object_type_id` + `object_id` or `cio_object_id`. A person's relationships name
            objects;
            an object's relationships name people. Person attributes follow the v1 limits (≤ 300
            attributes, names ≤ 150 bytes, values ≤ 1000 bytes); `attributes._update: true` only
            updates
            existing people.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse | V2ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: V2Operation,
) -> EmptyResponse | ErrorResponse | V2ErrorResponse | None:
    """Send a single v2 operation

     Creates, updates or deletes a single person or object, manages relationships and devices,
    merges or (un)suppresses people, or reports a delivery metric. The body is one
    `V2Operation`; see its description for valid `type`/`action` combinations.
    The request must be 32 KB or smaller.

    Args:
        body (V2Operation): One Track v2 operation: the body of `entity` and each item of `batch`.
            Size ≤ 32 KB.
            `type` and `action` are always required; the other fields depend on the combination:

            | type | action | also required | optional |
            | -- | -- | -- | -- |
            | person | identify | identifiers | attributes, timestamp, cio_relationships |
            | person | delete, suppress, unsuppress | identifiers | |
            | person | event, page, screen | identifiers, name | id, timestamp, attributes (event
            data) |
            | person | add_relationships, delete_relationships | identifiers, cio_relationships | |
            | person | add_device | identifiers, device (token, platform) | |
            | person | delete_device | identifiers, device (token) | |
            | person | merge | primary, secondary | |
            | object | identify, identify_anonymous | identifiers | attributes, cio_relationships |
            | object | delete | identifiers | |
            | object | add_relationships, delete_relationships | identifiers, cio_relationships | |
            | delivery | event | identifiers (`id` = delivery id), name (opened/converted/delivered),
            attributes (device_token) | |

            Person `identifiers` take exactly one of `id`, `email`, `phone`, `cio_id`; object
            `identifiers`
            take `object_type_id` + `object_id` or `cio_object_id`. A person's relationships name
            objects;
            an object's relationships name people. Person attributes follow the v1 limits (≤ 300
            attributes, names ≤ 150 bytes, values ≤ 1000 bytes); `attributes._update: true` only
            updates
            existing people.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse | V2ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
