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
    from ...models.submit_form_request import SubmitFormRequest


def _get_kwargs(
    form_id: str,
    *,
    body: SubmitFormRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/forms/{form_id}/submit".format(
            form_id=quote(str(form_id), safe="!'()*"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    from typing import cast

    from ...models.error_response import ErrorResponse

    # response.json() parses the body anew on each call: the models may keep its dicts (see Model.from_dict).
    _owned = True
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitFormRequest,
) -> Response[Any | ErrorResponse]:
    """Submit a form

     Records a form submission. An unknown `form_id` creates a new form connection (Data &
    Integrations > Forms). `data` must contain exactly one identifier (`email` or `id`, per your
    workspace settings, or a field mapped to one); the person is created if needed. Other keys
    are form fields, mapped to attributes of the same name by default; values must be strings.
    The keys `form_id`, `form_name`, `form_type`, `form_url`, `form_url_param` are reserved and ignored.
    Successful requests return 204 with no body.

    Args:
        form_id (str):
        body (SubmitFormRequest): A form submission. Example: {'data': {'id': '42', 'first_name':
            'cool', 'last_name': 'person'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    form_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitFormRequest,
) -> Any | ErrorResponse | None:
    """Submit a form

     Records a form submission. An unknown `form_id` creates a new form connection (Data &
    Integrations > Forms). `data` must contain exactly one identifier (`email` or `id`, per your
    workspace settings, or a field mapped to one); the person is created if needed. Other keys
    are form fields, mapped to attributes of the same name by default; values must be strings.
    The keys `form_id`, `form_name`, `form_type`, `form_url`, `form_url_param` are reserved and ignored.
    Successful requests return 204 with no body.

    Args:
        form_id (str):
        body (SubmitFormRequest): A form submission. Example: {'data': {'id': '42', 'first_name':
            'cool', 'last_name': 'person'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        form_id=form_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitFormRequest,
) -> Response[Any | ErrorResponse]:
    """Submit a form

     Records a form submission. An unknown `form_id` creates a new form connection (Data &
    Integrations > Forms). `data` must contain exactly one identifier (`email` or `id`, per your
    workspace settings, or a field mapped to one); the person is created if needed. Other keys
    are form fields, mapped to attributes of the same name by default; values must be strings.
    The keys `form_id`, `form_name`, `form_type`, `form_url`, `form_url_param` are reserved and ignored.
    Successful requests return 204 with no body.

    Args:
        form_id (str):
        body (SubmitFormRequest): A form submission. Example: {'data': {'id': '42', 'first_name':
            'cool', 'last_name': 'person'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    form_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitFormRequest,
) -> Any | ErrorResponse | None:
    """Submit a form

     Records a form submission. An unknown `form_id` creates a new form connection (Data &
    Integrations > Forms). `data` must contain exactly one identifier (`email` or `id`, per your
    workspace settings, or a field mapped to one); the person is created if needed. Other keys
    are form fields, mapped to attributes of the same name by default; values must be strings.
    The keys `form_id`, `form_name`, `form_type`, `form_url`, `form_url_param` are reserved and ignored.
    Successful requests return 204 with no body.

    Args:
        form_id (str):
        body (SubmitFormRequest): A form submission. Example: {'data': {'id': '42', 'first_name':
            'cool', 'last_name': 'person'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            form_id=form_id,
            client=client,
            body=body,
        )
    ).parsed
