"""Track API calls as pure functions: validate arguments, build the generated request, choose the policy.

Each function returns a :class:`~customerio._core.Call`; ``TrackClient`` and ``AsyncTrackClient`` only
send it. Bodies, paths and query strings are what the official Node client sends for the same call.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from customerio_openapi.types import UNSET, Unset

from ._core import Call, ignore_body
from ._exceptions import MissingParamError
from ._models import build, parser, parser_client
from ._payload import (
    is_blank,
    json_object,
    merge,
    non_empty_list,
    non_empty_sequence,
    owned_json,
    path_id,
    required_text,
    to_json,
    ulid,
)
from ._policy import Safety
from ._types import identifier_type

if TYPE_CHECKING:
    from customerio_openapi.models import AccountRegionResponse, V2Error, V2Operation

# The generated endpoint and model modules are imported inside the functions that use them: an app
# pays the import cost of the operations it calls, not of all of them (cold start matters).

# v2 actions that can be repeated without changing the outcome; events are replayable once they
# carry a dedupe ``id``.
_REPLAYABLE_V2_ACTIONS = frozenset(
    {
        "identify",
        "identify_anonymous",
        "delete",
        "suppress",
        "unsuppress",
        "add_relationships",
        "delete_relationships",
        "add_device",
        "delete_device",
    }
)
_V2_EVENT_ACTIONS = frozenset({"event", "page", "screen"})


def unix_seconds(payload: dict[str, Any], key: str) -> None:
    """Make ``payload[key]`` the integer unix time the API accepts.

    Datetimes were already converted by ``to_json``; a float is floored; ``None`` (also what NaN and
    infinities become) means "not given" and is left out rather than sent as ``null``.
    """
    if key not in payload:
        return
    value = payload[key]
    if value is None:
        del payload[key]
    elif isinstance(value, float):
        payload[key] = math.floor(value)
    elif isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{key} must be a datetime or unix seconds, not {type(value).__name__}")


def _event(payload: dict[str, Any], dedupe: bool, new_id: Callable[[], str] = ulid) -> tuple[dict[str, Any], Safety]:
    """Give an event a dedupe id when it may be replayed; say whether replaying it is then safe."""
    unix_seconds(payload, "timestamp")
    payload["id"] = id_text(payload.get("id"))
    if payload["id"] is None:
        del payload["id"]
    if dedupe and payload.get("id") is None:
        payload["id"] = new_id()
    return payload, Safety.REPLAYABLE if payload.get("id") is not None else Safety.ONCE


def event_name(name: object) -> str:
    """An event's required, non-blank ``name`` (shared with the bulk sender)."""
    if is_blank(name):
        raise MissingParamError("name")
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    return name


def page_url(url: object) -> str:
    """A page view's required, non-blank ``url`` (shared with the bulk sender)."""
    if is_blank(url):
        raise MissingParamError("url")
    if not isinstance(url, str):
        raise TypeError(f"url must be a str, not {type(url).__name__}")
    return url


def device_fields(
    device_id: object, platform: object, data: Mapping[str, Any] | None, attributes: Mapping[str, Any], *, key: str
) -> dict[str, Any]:
    """A device as v1 (``key="id"``) and v2 (``key="token"``) take it.

    ``last_used`` is kept when not None (as unix seconds), every other key goes under ``attributes``.
    """
    if is_blank(device_id):
        raise MissingParamError("device_id")
    if is_blank(platform):
        raise MissingParamError("platform")
    extra = owned_json("data", merge("data", data, attributes))
    last_used = extra.pop("last_used", None)
    device: dict[str, Any] = {key: required_text("device_id", device_id), "platform": to_json(platform, "platform")}
    if last_used is not None:
        device["last_used"] = last_used
        unix_seconds(device, "last_used")
    if extra:
        device["attributes"] = extra
    return device


def id_text(value: Any) -> Any:
    """An id as the spec types person and event ids: text, so a number becomes its decimal text."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _without_none(payload: dict[str, Any]) -> dict[str, Any]:
    # These bodies have no nullable field: a keyword given as None means "not given".
    return {key: value for key, value in payload.items() if value is not None}


def _form_values(values: dict[str, Any]) -> dict[str, Any]:
    """Form fields are text to the API: numbers are sent as their decimal text."""
    return {
        key: str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
        for key, value in values.items()
    }


def _ids_as_text(identifiers: object) -> object:
    if isinstance(identifiers, dict):
        return {key: id_text(value) for key, value in identifiers.items()}
    return identifiers


def identify(customer_id: object, data: Mapping[str, Any] | None, attributes: Mapping[str, Any]) -> Call[None]:
    """PUT /customers/{id}: create or update a person."""
    from customerio_openapi.api.track import identify as _identify
    from customerio_openapi.models import IdentifyRequest

    cid = path_id("customer_id", customer_id)
    payload = owned_json("data", merge("data", data, attributes))
    unix_seconds(payload, "created_at")  # the one attribute the API types: unix seconds
    body = build(IdentifyRequest, payload, "data")
    return Call(_identify._get_kwargs(cid, body=body), Safety.REPLAYABLE, ignore_body)


def destroy(customer_id: object) -> Call[None]:
    """DELETE /customers/{id}: delete a person."""
    from customerio_openapi.api.track import destroy as _destroy

    return Call(_destroy._get_kwargs(path_id("customer_id", customer_id)), Safety.REPLAYABLE, ignore_body)


def suppress(customer_id: object) -> Call[None]:
    """POST /customers/{id}/suppress with ``{}``, as the Node client sends."""
    from customerio_openapi.api.track import suppress as _suppress
    from customerio_openapi.models import EmptyRequest

    cid = path_id("customer_id", customer_id)
    return Call(_suppress._get_kwargs(cid, body=EmptyRequest()), Safety.REPLAYABLE, ignore_body)


def unsuppress(customer_id: object) -> Call[None]:
    """POST /customers/{id}/unsuppress with ``{}``."""
    from customerio_openapi.api.track import unsuppress as _unsuppress
    from customerio_openapi.models import EmptyRequest

    cid = path_id("customer_id", customer_id)
    return Call(_unsuppress._get_kwargs(cid, body=EmptyRequest()), Safety.REPLAYABLE, ignore_body)


def track(customer_id: object, data: Mapping[str, Any] | None, event: Mapping[str, Any], *, dedupe: bool) -> Call[None]:
    """POST /customers/{id}/events: an event of a known person."""
    from customerio_openapi.api.track import track as _track
    from customerio_openapi.models import TrackEventRequest

    cid = path_id("customer_id", customer_id)
    payload = owned_json("data", merge("data", data, event))
    event_name(payload.get("name"))
    payload, safety = _event(payload, dedupe)
    return Call(_track._get_kwargs(cid, body=build(TrackEventRequest, payload, "data")), safety, ignore_body)


def track_anonymous(
    anonymous_id: object, data: Mapping[str, Any] | None, event: Mapping[str, Any], *, dedupe: bool
) -> Call[None]:
    """POST /events: an anonymous event, or an invite event when ``anonymous_id`` is blank."""
    from customerio_openapi.api.track import track_anonymous as _track_anonymous
    from customerio_openapi.models import TrackAnonymousEventRequest

    if anonymous_id is not None and (isinstance(anonymous_id, bool) or not isinstance(anonymous_id, (str, int))):
        raise TypeError(f"anonymous_id must be a str, an int or None, not {type(anonymous_id).__name__}")
    payload = owned_json("data", merge("data", data, event))
    event_name(payload.get("name"))
    if not is_blank(anonymous_id):
        payload["anonymous_id"] = id_text(anonymous_id)
    payload, safety = _event(payload, dedupe)
    body = build(TrackAnonymousEventRequest, payload, "data")
    return Call(_track_anonymous._get_kwargs(body=body), safety, ignore_body)


def track_page_view(customer_id: object, url: object, *, dedupe: bool) -> Call[None]:
    """POST /customers/{id}/events with ``{"type": "page", "name": url}``."""
    from customerio_openapi.api.track import track as _track
    from customerio_openapi.models import TrackEventRequest

    cid = path_id("customer_id", customer_id)
    payload, safety = _event({"type": "page", "name": page_url(url)}, dedupe)
    return Call(_track._get_kwargs(cid, body=build(TrackEventRequest, payload, "url")), safety, ignore_body)


def track_push(data: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> Call[None]:
    """POST /push/events: a push delivery metric (delivered, opened, converted)."""
    from customerio_openapi.api.track import track_push as _track_push
    from customerio_openapi.models import TrackPushRequest

    payload = _without_none(owned_json("data", merge("data", data, fields)))
    unix_seconds(payload, "timestamp")
    body = build(TrackPushRequest, payload, "data")
    return Call(_track_push._get_kwargs(body=body), Safety.ONCE, ignore_body)


def add_device(
    customer_id: object,
    device_id: object,
    platform: object,
    data: Mapping[str, Any] | None,
    attributes: Mapping[str, Any],
) -> Call[None]:
    """PUT /customers/{id}/devices: ``last_used`` kept when not None, other keys under ``attributes``."""
    from customerio_openapi.api.track import add_device as _add_device
    from customerio_openapi.models import AddDeviceRequest

    cid = path_id("customer_id", customer_id)
    device = device_fields(device_id, platform, data, attributes, key="id")
    body = build(AddDeviceRequest, {"device": device}, "device")
    return Call(_add_device._get_kwargs(cid, body=body), Safety.REPLAYABLE, ignore_body)


def delete_device(customer_id: object, device_token: object) -> Call[None]:
    """DELETE /customers/{id}/devices/{token}."""
    from customerio_openapi.api.track import delete_device as _delete_device

    cid = path_id("customer_id", customer_id)
    token = path_id("device_token", device_token)
    return Call(_delete_device._get_kwargs(cid, token), Safety.REPLAYABLE, ignore_body)


def merge_customers(
    primary_type: object, primary_id: object, secondary_type: object, secondary_id: object
) -> Call[None]:
    """POST /merge_customers: merge the secondary person into the primary one."""
    from customerio_openapi.api.track import merge_customers as _merge_customers
    from customerio_openapi.models import MergeCustomersRequest

    if is_blank(primary_id):
        raise MissingParamError("primary_id")
    if is_blank(secondary_id):
        raise MissingParamError("secondary_id")
    payload = {
        "primary": {identifier_type(primary_type, "primary_type"): required_text("primary_id", primary_id)},
        "secondary": {identifier_type(secondary_type, "secondary_type"): required_text("secondary_id", secondary_id)},
    }
    body = build(MergeCustomersRequest, payload, "merge")
    # Not listed as replayable: a replay after success would fail on the deleted secondary person.
    return Call(_merge_customers._get_kwargs(body=body), Safety.ONCE, ignore_body)


def v2_operation(
    operation: object, param: str, dedupe: bool, new_id: Callable[[], str] = ulid
) -> tuple[V2Operation, Safety]:
    """Any v2 operation, converted and validated through the generated model, and its replay safety.

    Shared by ``entity``, ``batch`` and the bulk sender (which passes its own ``new_id``).
    """
    from customerio_openapi.models import V2Operation

    if operation is None or (isinstance(operation, Mapping) and not operation):
        raise MissingParamError(param)
    payload = json_object(param, operation)
    for key in ("identifiers", "primary", "secondary"):
        if key in payload:
            payload[key] = _ids_as_text(payload[key])
    if "id" in payload and payload["id"] is None:
        del payload["id"]
    if payload.get("action") in _V2_EVENT_ACTIONS:
        payload, safety = _event(payload, dedupe, new_id)
    else:
        replayable = payload.get("action") in _REPLAYABLE_V2_ACTIONS
        safety = Safety.REPLAYABLE if replayable else Safety.ONCE
    return build(V2Operation, payload, param), safety


def entity(operation: Mapping[str, Any] | None, fields: Mapping[str, Any], *, dedupe: bool) -> Call[None]:
    """POST /api/v2/entity: one v2 operation."""
    from customerio_openapi.api.track_v2 import entity as _entity

    op = merge("operation", operation, fields) if operation is not None or fields else None
    body, safety = v2_operation(op, "operation", dedupe)
    return Call(_entity._get_kwargs(body=body), safety, ignore_body)


def batch_errors(response: httpx.Response) -> list[V2Error]:
    from customerio_openapi.api.track_v2 import batch as _batch
    from customerio_openapi.models import V2ErrorResponse

    # 200 means every operation succeeded (its body carries nothing); 207 lists the failures.
    if response.status_code != 207:
        return []
    parsed = _batch._parse_response(client=parser_client(), response=response)
    if not isinstance(parsed, V2ErrorResponse):
        raise TypeError("207 without an errors body")
    return [] if isinstance(parsed.errors, Unset) else list(parsed.errors)


def batch(operations: Sequence[Mapping[str, Any]], *, dedupe: bool) -> Call[list[V2Error]]:
    """POST /api/v2/batch: several v2 operations; returns the per-operation errors of a 207."""
    from customerio_openapi.api.track_v2 import batch as _batch
    from customerio_openapi.models import BatchRequest

    ops: list[V2Operation] = []
    safety = Safety.REPLAYABLE
    for index, item in enumerate(non_empty_sequence("operations", operations)):
        op, item_safety = v2_operation(item, f"operations[{index}]", dedupe)
        ops.append(op)
        if item_safety is Safety.ONCE:
            safety = Safety.ONCE
    return Call(_batch._get_kwargs(body=BatchRequest(batch=ops)), safety, batch_errors)


def _segment_call(endpoint: Any, segment_id: object, customer_ids: object, id_type: object) -> Call[None]:
    from customerio_openapi.models import SegmentCustomersRequest

    sid = path_id("segment_id", segment_id)
    if not (sid.isascii() and sid.isdigit() and int(sid) <= 2**31 - 1):
        raise ValueError(f"segment_id must be a number from 0 to 2147483647, not {segment_id!r}")
    ids = [id_text(i) for i in non_empty_list("customer_ids", customer_ids)]
    if not all(isinstance(i, str) for i in ids):
        raise TypeError("customer_ids must hold str or int identifiers")
    query = UNSET if id_type is None or id_type == "" else identifier_type(id_type, "id_type")
    body = build(SegmentCustomersRequest, {"ids": ids}, "customer_ids")
    # Adding to or removing from a set is idempotent.
    return Call(endpoint._get_kwargs(int(sid), body=body, id_type=query), Safety.REPLAYABLE, ignore_body)


def add_customers_to_segment(segment_id: object, customer_ids: object, id_type: object) -> Call[None]:
    """POST /segments/{id}/add_customers[?id_type=...]."""
    from customerio_openapi.api.track import add_customers_to_segment as _add_to_segment

    return _segment_call(_add_to_segment, segment_id, customer_ids, id_type)


def remove_customers_from_segment(segment_id: object, customer_ids: object, id_type: object) -> Call[None]:
    """POST /segments/{id}/remove_customers[?id_type=...]."""
    from customerio_openapi.api.track import remove_customers_from_segment as _remove_from_segment

    return _segment_call(_remove_from_segment, segment_id, customer_ids, id_type)


def submit_form(form_id: object, data: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> Call[None]:
    """POST /forms/{id}/submit with ``{"data": {...}}``."""
    from customerio_openapi.api.track import submit_form as _submit_form
    from customerio_openapi.models import SubmitFormRequest

    fid = path_id("form_id", form_id)
    values = merge("data", data, fields)
    if not values:
        raise MissingParamError("data")
    body = build(SubmitFormRequest, {"data": _form_values(json_object("data", values))}, "data")
    return Call(_submit_form._get_kwargs(fid, body=body), Safety.ONCE, ignore_body)


def report_metric(data: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> Call[None]:
    """POST /metrics: a delivery metric for any channel."""
    from customerio_openapi.api.track import report_metric as _report_metric
    from customerio_openapi.models import ReportMetricRequest

    payload = _without_none(owned_json("data", merge("data", data, fields)))
    if is_blank(payload.get("delivery_id")):
        raise MissingParamError("delivery_id")
    payload["delivery_id"] = required_text("delivery_id", payload["delivery_id"])
    unix_seconds(payload, "timestamp")
    body = build(ReportMetricRequest, payload, "data")
    return Call(_report_metric._get_kwargs(body=body), Safety.ONCE, ignore_body)


def unsubscribe(delivery_id: object, unsubscribe: object) -> Call[None]:
    """POST /unsubscribe/{delivery_id} (at the host root, not under /api/v1)."""
    from customerio_openapi.api.track import unsubscribe as _unsubscribe
    from customerio_openapi.models import UnsubscribeRequest

    did = path_id("delivery_id", delivery_id)
    if not isinstance(unsubscribe, bool):
        raise TypeError(f"unsubscribe must be a bool, not {type(unsubscribe).__name__}")
    body = build(UnsubscribeRequest, {"unsubscribe": unsubscribe}, "unsubscribe")
    return Call(_unsubscribe._get_kwargs(did, body=body), Safety.REPLAYABLE, ignore_body)


def get_account_region() -> Call[AccountRegionResponse]:
    """GET /accounts/region: the workspace's region and Track URL."""
    from customerio_openapi.api.track import get_account_region as _get_account_region
    from customerio_openapi.models import AccountRegionResponse

    parse = parser(_get_account_region, AccountRegionResponse)
    return Call(_get_account_region._get_kwargs(), Safety.REPLAYABLE, parse)
