"""Fuzzing every public TrackClient, APIClient and PipelinesClient method with arbitrary arguments.

Property: a call either sends exactly one request that validates against ``spec/openapi.yaml`` (openapi-core)
and goes to the method's path template, or raises ``MissingParamError``/``ValueError``/``TypeError`` with a
message before anything is sent. Any other exception, a hang or a request elsewhere fails.

Documented size limits (id <= 150 bytes, attribute names <= 150 bytes, values <= 1000 bytes, <= 300
attributes, event name <= 100 bytes, event data <= 100,000 bytes, v2 entity <= 32 KB): the SDK does NOT
reject them early; it sends the value unchanged and lets Customer.io answer (a 400 surfaces as
``BadRequestError``). ``test_documented_limit_is_left_to_the_server`` pins that choice per limit. Where the
spec itself encodes a limit (``maxProperties: 300`` on identify, ``maxItems: 1000`` on segments), a request
beyond it fails validation on exactly that keyword and nothing else.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import math
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import yaml
from hypothesis import given, settings, strategies as st
from openapi_core import OpenAPI
from openapi_core.templating.paths.finders import APICallPathFinder

from customerio import (
    APIClient,
    BadRequestError,
    MissingParamError,
    PipelinesClient,
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
    TrackClient,
    _app_ops,
)
from customerio._app_calls import Op, Param
from customerio.testing._mock import openapi_config

from .._openapi import HttpxOpenAPIRequest
from .._support import API_KEY, APP_KEY, SITE_ID, WRITE_KEY
from .conftest import COUNTS, PROFILE

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
FUZZ = settings(settings.get_profile(PROFILE))
ALLOWED = (MissingParamError, ValueError, TypeError)

# --- openapi-core adapter ----------------------------------------------------------------------------


@cache
def spec() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC), config=openapi_config())


def matched_template(request: httpx.Request) -> str:
    """The spec path template openapi-core routes this request to."""
    adapter = HttpxOpenAPIRequest(request)
    found = APICallPathFinder(spec().spec).find(adapter.method, adapter.full_url_pattern)
    return str(found.path.parts[-1])


def spec_errors(request: httpx.Request) -> list[str]:
    """The JSON-schema keywords the request violates (empty when it validates)."""
    result = spec().unmarshal_request(HttpxOpenAPIRequest(request))
    keywords: list[str] = []
    for error in result.errors:
        cause = error.__cause__
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            keywords.extend(str(e.validator) for e in schema_errors)
        else:
            keywords.append(f"{type(error).__name__}: {error}")
    return keywords


@cache
def spec_document() -> dict[str, Any]:
    """The spec as plain data, parsed once (the strategies read it for every operation)."""
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return document


# --- the property ------------------------------------------------------------------------------------

TRACK_PATHS = {
    "identify": ("PUT", "/api/v1/customers/{identifier}"),
    "destroy": ("DELETE", "/api/v1/customers/{identifier}"),
    "suppress": ("POST", "/api/v1/customers/{identifier}/suppress"),
    "unsuppress": ("POST", "/api/v1/customers/{identifier}/unsuppress"),
    "track": ("POST", "/api/v1/customers/{identifier}/events"),
    "track_anonymous": ("POST", "/api/v1/events"),
    "track_page_view": ("POST", "/api/v1/customers/{identifier}/events"),
    "track_push": ("POST", "/api/v1/push/events"),
    "add_device": ("PUT", "/api/v1/customers/{identifier}/devices"),
    "delete_device": ("DELETE", "/api/v1/customers/{identifier}/devices/{device_id}"),
    "merge_customers": ("POST", "/api/v1/merge_customers"),
    "batch": ("POST", "/api/v2/batch"),
    "entity": ("POST", "/api/v2/entity"),
    "add_customers_to_segment": ("POST", "/api/v1/segments/{segment_id}/add_customers"),
    "remove_customers_from_segment": ("POST", "/api/v1/segments/{segment_id}/remove_customers"),
    "submit_form": ("POST", "/api/v1/forms/{form_id}/submit"),
    "report_metric": ("POST", "/api/v1/metrics"),
    "unsubscribe": ("POST", "/unsubscribe/{delivery_id}"),
    "get_account_region": ("GET", "/api/v1/accounts/region"),
}


def _spec_routes() -> dict[str, tuple[str, str]]:
    """OperationId → (method, path template) of every App API operation of the spec."""
    document = spec_document()
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "x-cio" in op
    }


def _spec_example(operation_id: str) -> Any:
    """The documented 2xx example answer of an operation (``{}`` when it has none)."""
    document = spec_document()
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                for status, response in op["responses"].items():
                    if str(status).startswith("2"):
                        media = response.get("content", {}).get("application/json", {})
                        named = [e.get("value") for e in media.get("examples", {}).values()]
                        return media.get("example", named[0] if named else {})
    return {}


APP_PATHS = {
    "send_email": ("POST", "/v1/send/email"),
    "send_push": ("POST", "/v1/send/push"),
    "send_sms": ("POST", "/v1/send/sms"),
    "send_whatsapp": ("POST", "/v1/send/whatsapp"),
    "send_inbox_message": ("POST", "/v1/send/inbox_message"),
    "send_in_app": ("POST", "/v1/send/in_app"),
    "trigger_broadcast": ("POST", "/v1/campaigns/{broadcast_id}/triggers"),
    "get_customers_by_email": ("GET", "/v1/customers"),
    "get_attributes": ("GET", "/v1/customers/{customer_id}/attributes"),
    "list_exports": ("GET", "/v1/exports"),
    "get_export": ("GET", "/v1/exports/{export_id}"),
    "download_export": ("GET", "/v1/exports/{export_id}/download"),
    "create_customers_export": ("POST", "/v1/exports/customers"),
    "create_deliveries_export": ("POST", "/v1/exports/deliveries"),
}

PIPELINES_PATHS = {
    name: ("POST", f"/v1/{name}") for name in ("identify", "track", "page", "screen", "group", "alias", "batch")
}

EXPORT = {"export": {"id": 1, "type": "customers", "status": "done"}}
RESPONSES: dict[str, Any] = {
    "get_account_region": {"url": "https://track.customer.io", "data_center": "us", "environment_id": 1},
    "send_email": {"delivery_id": "d", "queued_at": 1},
    "trigger_broadcast": {"id": 1},
    "get_customers_by_email": {"results": []},
    "get_attributes": {"customer": {"id": "1", "attributes": {}}},
    "list_exports": {"exports": []},
    "get_export": EXPORT,
    "download_export": {"url": "https://example.com/file"},
    "create_customers_export": EXPORT,
    "create_deliveries_export": EXPORT,
}

APP_PATHS = {**_spec_routes(), **APP_PATHS}
for _op_id in APP_PATHS:
    RESPONSES.setdefault(_op_id, _spec_example(_op_id))

TRACK_CLIENTS = {retries: TrackClient(SITE_ID, API_KEY, max_retries=retries, timeout=5.0) for retries in (0, 3)}
APP_CLIENT = APIClient(APP_KEY, max_retries=0, timeout=5.0)
PIPELINES_CLIENTS = {
    strict: PipelinesClient(WRITE_KEY, max_retries=0, timeout=5.0, strict_mode=strict) for strict in (False, True)
}


@pytest.fixture(scope="module", autouse=True)
def _close_clients() -> Iterator[None]:
    """Close the shared clients after the module (an unclosed client warns when collected)."""
    yield
    for client in (*TRACK_CLIENTS.values(), APP_CLIENT, *PIPELINES_CLIENTS.values()):
        client.close()


def exercise(client: Any, kind: str, method: str, call: Callable[[], Any]) -> httpx.Request | None:
    """Run ``call`` with every host mocked; check the property; return the request sent (None if rejected)."""
    paths = {"track": TRACK_PATHS, "app": APP_PATHS, "pipelines": PIPELINES_PATHS}[kind]
    with respx.mock(assert_all_called=False) as router:
        router.route().respond(200, json=RESPONSES.get(method, {}))
        refused: Exception | None = None
        try:
            call()
        except ALLOWED as exc:
            refused = exc
        if refused is not None:
            assert not router.calls, f"{method} raised {refused!r} after sending"
            assert str(refused).strip(), f"{type(refused).__name__} without a message"
            COUNTS[kind, method, "rejected"] += 1
            return None
        assert len(router.calls) == 1
        request = router.calls.last.request
    expected_method, template = paths[method]
    assert request.method == expected_method
    assert request.url.host in ("track.customer.io", "api.customer.io", "cdp.customer.io")
    assert matched_template(request) == template
    assert spec_errors(request) == []
    COUNTS[kind, method, "sent"] += 1
    return request


# --- strategies --------------------------------------------------------------------------------------

SPECIAL_IDS = st.sampled_from(
    [".", "..", "/", "", " ", "\t", "\n", "%2e", "%2E%2E", "a/b", "../x", "?q=1", "#f", "\x00", "é", "0", 0, -1]
)
CONTROL = st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp", "L", "N", "P", "S"])
TEXT = st.one_of(st.text(CONTROL, max_size=40), st.text(max_size=10), SPECIAL_IDS.filter(lambda v: isinstance(v, str)))
HUGE = st.sampled_from(["x" * 200, "é" * 600, "\x00" * 1000, "y" * 100_001])
NUMBERS = st.one_of(
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.nan, math.inf, -math.inf, 2**64, -(2**63)]),
    st.decimals(allow_nan=True, allow_infinity=True, places=3),
)
DATES = st.one_of(
    st.datetimes(),
    st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-11))])),
    st.dates(),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT, DATES, st.binary(max_size=4))
WEIRD = st.one_of(st.builds(object), st.just(print), st.just(b"bytes"), st.just(bytearray(b"ba")), st.just(1j))
VALUES = st.recursive(
    st.one_of(SCALARS, WEIRD),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.frozensets(st.one_of(st.integers(), st.text(max_size=3)), max_size=3),
        st.dictionaries(st.one_of(TEXT, st.integers(), st.none()), inner, max_size=3),
    ),
    max_leaves=8,
)
ANY = st.one_of(VALUES, HUGE, SPECIAL_IDS)
ID = st.one_of(SPECIAL_IDS, TEXT, st.integers(), HUGE, ANY)
KEYS = st.one_of(
    st.sampled_from(
        [
            "name",
            "data",
            "timestamp",
            "id",
            "type",
            "email",
            "delivery_id",
            "event",
            "metric",
            "device_id",
            "action",
            "identifiers",
            "attributes",
            "anonymous_id",
            "recipient",
            "last_used",
            "created_at",
        ]
    ),
    st.text(max_size=5),
)
DATA = st.one_of(st.none(), st.dictionaries(KEYS, ANY, max_size=5), ANY)
KWARGS = st.dictionaries(KEYS, ANY, max_size=4)


def event_kwargs() -> st.SearchStrategy[dict[str, Any]]:
    """Mostly well-formed events (name present), with junk in every other field."""
    return st.fixed_dictionaries(
        {"name": st.one_of(TEXT, ANY)},
        optional={
            "data": DATA,
            "timestamp": st.one_of(DATES, NUMBERS, ANY),
            "id": st.one_of(TEXT, ANY),
            "type": st.one_of(st.sampled_from(["event", "page", "screen", "bogus"]), ANY),
        },
    )


V2_GOOD = st.fixed_dictionaries(
    {
        "type": st.just("person"),
        "action": st.sampled_from(["identify", "event", "delete", "suppress"]),
        "identifiers": st.fixed_dictionaries({"id": st.text(min_size=1, max_size=8)}),
    },
    optional={"attributes": st.dictionaries(st.text(max_size=5), st.one_of(TEXT, st.integers()), max_size=3)},
).map(lambda op: {**op, "name": "ev"} if op["action"] == "event" else op)
METRIC = st.fixed_dictionaries(
    {
        "delivery_id": st.one_of(st.text(min_size=1, max_size=8), ANY),
        "metric": st.one_of(st.sampled_from(["clicked", "opened", "delivered", "bogus"]), ANY),
    },
    optional={"timestamp": st.one_of(DATES, st.integers(), ANY), "href": TEXT, "recipient": TEXT},
)
FILTERS = st.one_of(
    st.fixed_dictionaries({"segment": st.fixed_dictionaries({"id": st.one_of(st.integers(), ANY)})}),
    st.fixed_dictionaries(
        {"and": st.lists(st.fixed_dictionaries({"segment": st.fixed_dictionaries({"id": st.integers()})}), max_size=2)}
    ),
    DATA,
)
V2_OP = st.fixed_dictionaries(
    {
        "type": st.one_of(st.sampled_from(["person", "object", "delivery"]), ANY),
        "action": st.one_of(
            st.sampled_from(["identify", "event", "page", "delete", "add_relationships", "bogus"]),
            ANY,
            st.lists(st.text(max_size=2), max_size=2),
        ),
    },
    optional={
        "identifiers": st.one_of(st.fixed_dictionaries({"id": ID}), st.dictionaries(KEYS, ANY, max_size=2)),
        "attributes": DATA,
        "name": TEXT,
        "id": ANY,
    },
)
SEGMENT_ID = st.one_of(
    st.integers(0, 10**9), st.integers(0, 10**9).map(str), st.sampled_from(["12", "0", "-1", "1e3", "٣", " 7"]), ANY
)
GOOD_IDS = st.lists(st.one_of(st.text(min_size=1, max_size=8), st.integers()), min_size=1, max_size=4)
ID_LIST = st.one_of(GOOD_IDS, GOOD_IDS, st.lists(ID, max_size=4), ANY)
ID_TYPE = st.one_of(st.sampled_from(["id", "email", "cio_id", None, "", "ID"]), ANY)

# method -> strategy of (args, kwargs)
TRACK_ARGS: dict[str, st.SearchStrategy[tuple[tuple[Any, ...], dict[str, Any]]]] = {
    "identify": st.tuples(st.tuples(ID, DATA), KWARGS),
    "destroy": st.tuples(st.tuples(ID), st.just({})),
    "suppress": st.tuples(st.tuples(ID), st.just({})),
    "unsuppress": st.tuples(st.tuples(ID), st.just({})),
    "track": st.one_of(st.tuples(st.tuples(ID), event_kwargs()), st.tuples(st.tuples(ID, DATA), KWARGS)),
    "track_anonymous": st.one_of(
        st.tuples(st.tuples(st.one_of(st.none(), ID)), event_kwargs()), st.tuples(st.tuples(ID, DATA), KWARGS)
    ),
    "track_page_view": st.tuples(st.tuples(ID, st.one_of(TEXT, ANY)), st.just({})),
    "track_push": st.tuples(st.tuples(DATA), KWARGS),
    "add_device": st.tuples(st.tuples(ID, ID, st.one_of(st.sampled_from(["ios", "android"]), ANY), DATA), KWARGS),
    "delete_device": st.tuples(st.tuples(ID, ID), st.just({})),
    "merge_customers": st.tuples(st.tuples(ID_TYPE, ID, ID_TYPE, ID), st.just({})),
    "batch": st.tuples(
        st.tuples(
            st.one_of(st.lists(V2_GOOD, min_size=1, max_size=3), st.lists(st.one_of(V2_OP, DATA), max_size=3), ANY)
        ),
        st.just({}),
    ),
    "entity": st.one_of(
        st.tuples(st.tuples(V2_GOOD), st.just({})),
        st.tuples(st.tuples(V2_OP), KWARGS),
        st.tuples(st.tuples(DATA), KWARGS),
    ),
    "add_customers_to_segment": st.tuples(st.tuples(SEGMENT_ID, ID_LIST, ID_TYPE), st.just({})),
    "remove_customers_from_segment": st.tuples(st.tuples(SEGMENT_ID, ID_LIST, ID_TYPE), st.just({})),
    "submit_form": st.tuples(st.tuples(ID, DATA), KWARGS),
    "report_metric": st.one_of(st.tuples(st.tuples(METRIC), st.just({})), st.tuples(st.tuples(DATA), KWARGS)),
    "unsubscribe": st.tuples(st.tuples(ID, st.one_of(st.booleans(), ANY)), st.just({})),
    "get_account_region": st.just(((), {})),
}


@pytest.mark.parametrize("method", sorted(TRACK_ARGS))
@FUZZ
@given(data=st.data(), retries=st.sampled_from([0, 3]))
def test_track_method_sends_a_valid_request_or_rejects_early(method: str, data: Any, retries: int) -> None:
    """Any arguments to a TrackClient method: one spec-valid request to its path, or an early ValueError/TypeError."""
    args, kwargs = data.draw(TRACK_ARGS[method], label="arguments")
    client = TRACK_CLIENTS[retries]
    exercise(client, "track", method, lambda: getattr(client, method)(*args, **kwargs))


# bulk() takes the client's call shapes (plus any v2 operation); every operation goes out in one batch.
BULK_ARGS = {
    **{
        name: TRACK_ARGS[name]
        for name in (
            "identify",
            "destroy",
            "suppress",
            "unsuppress",
            "track",
            "track_page_view",
            "add_device",
            "delete_device",
            "merge_customers",
        )
    },
    "operation": st.tuples(st.tuples(st.one_of(V2_GOOD, V2_OP, DATA)), st.just({})),
}


@pytest.mark.parametrize("method", sorted(BULK_ARGS))
@FUZZ
@given(data=st.data())
def test_bulk_method_packs_a_valid_operation_or_rejects_early(method: str, data: Any) -> None:
    """Any arguments to a bulk sender's method: a spec-valid batch carrying the operation, or an early error.

    The sender writes most operations' JSON itself (no model round trip), so this is what holds that text
    to the spec; a refused call must add nothing.
    """
    args, kwargs = data.draw(BULK_ARGS[method], label="arguments")
    client = TRACK_CLIENTS[3]
    with respx.mock(assert_all_called=False) as router:
        router.route().respond(200, json={})
        refused: Exception | None = None
        with client.bulk(max_in_flight=1) as bulk:
            try:
                getattr(bulk, method)(*args, **kwargs)
            except ALLOWED as exc:
                refused = exc
        if refused is not None:
            assert not router.calls, f"bulk.{method} raised {refused!r} but still sent its operation"
            assert str(refused).strip(), f"{type(refused).__name__} without a message"
            COUNTS["bulk", method, "rejected"] += 1
            return
        (call,) = router.calls
    request = call.request
    assert (request.method, matched_template(request)) == ("POST", "/api/v2/batch")
    assert spec_errors(request) == []
    assert len(json.loads(request.content)["batch"]) == 1
    assert bulk.result.ok
    COUNTS["bulk", method, "sent"] += 1


REQUEST_CLASSES = {
    "send_email": SendEmailRequest,
    "send_push": SendPushRequest,
    "send_sms": SendSMSRequest,
    "send_whatsapp": SendWhatsAppRequest,
    "send_inbox_message": SendInboxMessageRequest,
    "send_in_app": SendInAppRequest,
}
TEMPLATE_KWARGS = st.fixed_dictionaries(
    {
        "identifiers": st.one_of(st.fixed_dictionaries({"id": ID}), st.dictionaries(KEYS, ANY, max_size=2), ANY),
        "transactional_message_id": st.one_of(st.integers(), TEXT, ANY),
    },
    optional={"message_data": DATA, "send_at": st.one_of(DATES, NUMBERS, ANY), "language": st.one_of(TEXT, ANY)},
)
SEND_KWARGS = st.fixed_dictionaries(
    {
        "to": st.one_of(st.just("p@example.com"), TEXT, ANY),
        "identifiers": st.one_of(st.fixed_dictionaries({"id": ID}), st.dictionaries(KEYS, ANY, max_size=2), ANY),
        "transactional_message_id": st.one_of(st.integers(), TEXT, ANY),
    },
    optional={
        "message_data": DATA,
        "subject": st.one_of(TEXT, ANY),
        "body": st.one_of(TEXT, ANY),
        "from_": st.one_of(TEXT, ANY),
        "send_at": st.one_of(DATES, NUMBERS, ANY),
        "headers": DATA,
    },
)


def mostly(good: st.SearchStrategy[Any], other: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``good`` four times in five, else ``other`` (``one_of`` would draw the two alike)."""
    return st.integers(0, 4).flatmap(lambda n: other if n == 0 else good)


UPLOADS = st.one_of(st.binary(max_size=64), st.binary(max_size=64).map(io.BytesIO))
UPLOAD_NAMES = st.sampled_from(["logo.png", "A.JPG", "price list.pdf", "x.gif", "scan.bmp", "notes.txt", "noext"])
APP_ARGS: dict[str, st.SearchStrategy[tuple[tuple[Any, ...], dict[str, Any]]]] = {
    "trigger_broadcast": st.tuples(st.tuples(ID, DATA, st.one_of(st.none(), DATA)), st.just({})),
    "get_customers_by_email": st.tuples(st.tuples(st.one_of(TEXT, ANY)), st.just({})),
    "get_attributes": st.tuples(st.tuples(ID, ID_TYPE), st.just({})),
    "list_exports": st.just(((), {})),
    "get_export": st.tuples(st.tuples(ID), st.just({})),
    "download_export": st.tuples(st.tuples(ID), st.just({})),
    "create_customers_export": st.tuples(
        st.tuples(FILTERS),
        st.fixed_dictionaries({}, optional={"attributes": st.one_of(st.lists(st.one_of(TEXT, ANY), max_size=3), ANY)}),
    ),
    "create_deliveries_export": st.tuples(st.tuples(ID, DATA), KWARGS),
    # Mostly well-formed uploads (bytes or a file object, a known extension), with junk in every place.
    "create_asset": st.tuples(
        st.tuples(
            mostly(UPLOADS, ANY),
            mostly(UPLOAD_NAMES, st.one_of(TEXT, ANY)),
        ),
        st.fixed_dictionaries(
            {},
            optional={
                "content_type": st.one_of(st.sampled_from(["image/png", "", "image/png\r\nX-Injected: 1"]), TEXT),
                "name": mostly(TEXT, ANY),
                "parent_folder_id": mostly(st.integers(0, 10**12), ANY),
            },
        ),
    ),
}


def _request_example(operation_id: str) -> Any:
    """The documented request body example of an operation (``None`` when it has none)."""
    document = spec_document()
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
                return copy.deepcopy(media.get("example"))
    return None


def _plain_strategy(param: Param, example: Any) -> st.SearchStrategy[Any]:
    """Arguments for one parameter of a plain App operation: plausible values, then anything at all."""
    good: st.SearchStrategy[Any] = {
        "number": SEGMENT_ID,
        "id": ID,
        "int": st.integers(-5, 40_000),
        "bool": st.booleans(),
        "text": TEXT,
        "time": st.one_of(st.integers(0, 2**31), DATES),
        "identifier": ID_TYPE,
        "choice": st.sampled_from(param.choices) if param.choices else TEXT,
        "object": DATA,
        "array": st.lists(ANY, max_size=3),
        "any": ANY,
    }[param.kind]
    documented = example if param.where == "body" else example.get(param.wire) if isinstance(example, dict) else None
    if isinstance(documented, (dict, list)):
        # The documented body, as is and with one key changed or dropped.
        good = st.one_of(good, st.just(documented), _mutated(documented))
    return st.one_of(good, good, st.none(), ANY)


def _mutated(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, dict) and value:
        key = st.sampled_from(sorted(value))
        return st.one_of(
            st.builds(lambda k, v: {**value, k: v}, key, ANY),
            key.map(lambda k: {n: v for n, v in value.items() if n != k}),
        )
    return st.just(value)


def _plain_args(op: Op[Any]) -> st.SearchStrategy[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every parameter of a plain operation, passed by keyword (some left out)."""
    example = _request_example(op.name)
    required = {p.name: _plain_strategy(p, example) for p in op.params if p.required}
    optional = {p.name: _plain_strategy(p, example) for p in op.params if not p.required}
    return st.tuples(st.just(()), st.fixed_dictionaries(required, optional=optional))


PLAIN = {name: getattr(_app_ops, name) for name in dir(_app_ops) if isinstance(getattr(_app_ops, name), Op)}
for _name, _op in PLAIN.items():
    APP_ARGS.setdefault(_name, _plain_args(_op))


@pytest.mark.parametrize("method", sorted([*APP_ARGS, *REQUEST_CLASSES]))
@FUZZ
@given(data=st.data())
def test_app_method_sends_a_valid_request_or_rejects_early(method: str, data: Any) -> None:
    """Any arguments to an APIClient method (or its request object): a spec-valid request or an early error."""
    if method in REQUEST_CLASSES:
        template_only = method in ("send_in_app", "send_inbox_message")
        fields = data.draw(TEMPLATE_KWARGS if template_only else SEND_KWARGS, label="request fields")
        if method != "send_email":
            for name in ("subject", "body", "from_", "headers"):
                fields.pop(name, None)

        def call() -> Any:
            request = REQUEST_CLASSES[method](**fields)
            return getattr(APP_CLIENT, method)(request)

    else:
        args, kwargs = data.draw(APP_ARGS[method], label="arguments")

        def call() -> Any:
            return getattr(APP_CLIENT, method)(*args, **kwargs)

    exercise(APP_CLIENT, "app", method, call)


# --- Data Pipelines ----------------------------------------------------------------------------------

# Half of each method's examples are well-formed calls (varied text, numbers, datetimes, nesting), the other
# half carry junk in any field: both halves must keep the property.
ISO_TIMES = st.one_of(
    st.sampled_from(["2024-05-01T09:30:00.000Z", "2024-05-01T11:30:00+02:00", "2024-02-30T00:00:00Z", "2024-05-01"]),
    st.datetimes().map(lambda d: d.isoformat()),
)
G_ID = st.one_of(st.text(min_size=1, max_size=10).filter(str.strip), st.integers())
G_TEXT = st.text(max_size=12)
G_SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, G_TEXT, DATES)
G_VALUES = st.recursive(
    G_SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(G_TEXT, inner, max_size=3)),
    max_leaves=6,
)
G_DATA = st.one_of(st.none(), st.dictionaries(G_TEXT, G_VALUES, max_size=4))
G_TIME = st.one_of(st.none(), DATES, ISO_TIMES.filter(lambda t: "T" in t and not t.startswith("2024-02-30")))
G_CONTEXT = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "ip": G_TEXT,
            "locale": G_TEXT,
            "library": st.fixed_dictionaries({"name": G_TEXT, "version": G_TEXT}),
            "page": st.fixed_dictionaries({"url": G_TEXT, "keywords": st.lists(G_TEXT, max_size=2)}),
            "location": st.fixed_dictionaries({"latitude": st.floats(-90, 90), "city": G_TEXT}),
            "channel": st.sampled_from(["browser", "server", "mobile"]),
            "active": st.booleans(),
            "traits": G_DATA.filter(lambda d: d is not None),
            "app": G_DATA,
        },
    ),
)
G_COMMON = {
    "context": G_CONTEXT,
    "timestamp": G_TIME,
    "message_id": st.one_of(st.none(), G_ID),
    "integrations": st.one_of(st.none(), st.dictionaries(G_TEXT, st.booleans(), max_size=3)),
}
G_PERSON = {"anonymous_id": st.one_of(st.none(), G_ID), **G_COMMON}
PL_CONTEXT = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "ip": st.one_of(TEXT, ANY),
            "library": st.one_of(st.fixed_dictionaries({"name": TEXT, "version": TEXT}), DATA),
            "page": DATA,
            "location": st.fixed_dictionaries({"latitude": st.one_of(NUMBERS, ANY)}),
            "channel": st.one_of(st.sampled_from(["browser", "tv"]), ANY),
            "active": ANY,
        },
    ),
    DATA,
)
PL_TIME = st.one_of(st.none(), DATES, ISO_TIMES, NUMBERS, ANY)
PL_COMMON = {
    "context": PL_CONTEXT,
    "timestamp": PL_TIME,
    "message_id": st.one_of(st.none(), TEXT, ANY),
    "integrations": st.one_of(st.none(), st.dictionaries(TEXT, st.booleans(), max_size=3), DATA),
}
PL_PERSON = {"anonymous_id": st.one_of(st.none(), ID), **PL_COMMON}


def _pl(
    user: st.SearchStrategy[Any], fields: dict[str, st.SearchStrategy[Any]], required: tuple[str, ...] = ()
) -> st.SearchStrategy[tuple[tuple[Any, ...], dict[str, Any]]]:
    kwargs = st.fixed_dictionaries(
        {key: fields[key] for key in required}, optional={k: v for k, v in fields.items() if k not in required}
    )
    return st.tuples(st.tuples(user), kwargs)


def _calls(
    good: dict[str, st.SearchStrategy[Any]], junk: dict[str, st.SearchStrategy[Any]], required: tuple[str, ...] = ()
) -> st.SearchStrategy[tuple[tuple[Any, ...], dict[str, Any]]]:
    return st.one_of(_pl(G_ID, good, required), _pl(st.one_of(st.none(), ID), junk))


GROUP_TRAITS = st.fixed_dictionaries(
    {}, optional={"object_type_id": G_ID, "relationshipAttributes": G_DATA.filter(bool)}
)
PIPELINES_ARGS: dict[str, st.SearchStrategy[tuple[tuple[Any, ...], dict[str, Any]]]] = {
    "identify": _calls(
        {"traits": st.one_of(G_DATA, st.fixed_dictionaries({"email": G_TEXT, "createdAt": DATES})), **G_PERSON},
        {"traits": st.one_of(DATA, st.fixed_dictionaries({"email": ANY, "createdAt": PL_TIME})), **PL_PERSON},
    ),
    "track": _calls(
        {"event": G_TEXT.filter(str.strip), "properties": G_DATA, **G_PERSON},
        {"event": st.one_of(TEXT, ANY), "properties": DATA, **PL_PERSON},
        ("event",),
    ),
    **{
        kind: _calls(
            {"name": G_TEXT, "category": G_TEXT, "properties": G_DATA, **G_PERSON},
            {"name": st.one_of(TEXT, ANY), "category": st.one_of(TEXT, ANY), "properties": DATA, **PL_PERSON},
        )
        for kind in ("page", "screen")
    },
    "group": _calls(
        {"group_id": G_ID, "traits": st.one_of(G_DATA, GROUP_TRAITS), **G_PERSON},
        {
            "group_id": st.one_of(ID, ANY),
            "traits": st.one_of(DATA, st.dictionaries(st.just("object_type_id"), ANY)),
            **PL_PERSON,
        },
        ("group_id",),
    ),
    "alias": _calls(
        {"previous_id": G_ID, **G_COMMON}, {"previous_id": st.one_of(ID, ANY), **PL_COMMON}, ("previous_id",)
    ),
}
G_ITEM_FIELDS = {
    "identify": {"traits": G_DATA},
    "track": {"event": G_TEXT.filter(str.strip), "properties": G_DATA},
    "page": {"name": G_TEXT, "category": G_TEXT, "properties": G_DATA},
    "screen": {"name": G_TEXT, "properties": G_DATA},
    "group": {"groupId": G_ID, "traits": G_DATA},
    "alias": {"previousId": G_ID},
}
G_ITEM = st.one_of(
    *(
        st.fixed_dictionaries(
            {
                "type": st.just(kind),
                "userId": G_ID,
                **{k: v for k, v in fields.items() if k in ("event", "groupId", "previousId")},
            },
            optional={
                **{k: v for k, v in fields.items() if k not in ("event", "groupId", "previousId")},
                "timestamp": G_TIME,
                "sentAt": G_TIME,
                "channel": st.sampled_from(["browser", "server", "mobile"]),
                "context": G_CONTEXT,
                "messageId": G_ID,
            },
        )
        for kind, fields in G_ITEM_FIELDS.items()
    )
)
PL_WIRE_ITEM = st.one_of(
    G_ITEM,
    G_ITEM.map(lambda item: {**item, "propertes": {}}),
    st.dictionaries(st.one_of(KEYS, st.sampled_from(["type", "userId", "event", "anonymousId"])), ANY, max_size=4),
    ANY,
)
PIPELINES_ARGS["batch"] = st.tuples(
    st.tuples(st.one_of(st.lists(G_ITEM, min_size=1, max_size=3), st.lists(PL_WIRE_ITEM, max_size=3), ANY)), st.just({})
)


@pytest.mark.parametrize("method", sorted(PIPELINES_ARGS))
@FUZZ
@given(data=st.data(), strict=st.booleans())
def test_pipelines_method_sends_a_valid_request_or_rejects_early(method: str, data: Any, strict: bool) -> None:
    """Any arguments to a PipelinesClient method: one spec-valid request to its path, or an early error."""
    args, kwargs = data.draw(PIPELINES_ARGS[method], label="arguments")
    client = PIPELINES_CLIENTS[strict]
    request = exercise(client, "pipelines", method, lambda: getattr(client, method)(*args, **kwargs))
    if request is not None:
        assert (request.headers.get("x-strict-mode") == "1") is strict
        assert len(request.content) <= (500_000 if method == "batch" else 32_000)


PIPELINES_BULK_ARGS = {
    **{name: PIPELINES_ARGS[name] for name in ("identify", "track", "page", "screen", "group", "alias")},
    "message": st.tuples(st.tuples(st.one_of(G_ITEM, PL_WIRE_ITEM)), st.just({})),
}


@pytest.mark.parametrize("sender", ["bulk", "background"])
@pytest.mark.parametrize("method", sorted(PIPELINES_BULK_ARGS))
@FUZZ
@given(data=st.data())
def test_pipelines_sender_method_packs_a_valid_message_or_rejects_early(method: str, sender: str, data: Any) -> None:
    """Any arguments to a Pipelines bulk or background sender's method: a spec-valid /batch, or an early error.

    These senders write messages without a model round trip; a refused call must queue nothing.
    """
    args, kwargs = data.draw(PIPELINES_BULK_ARGS[method], label="arguments")
    client = PIPELINES_CLIENTS[False]
    with respx.mock(assert_all_called=False) as router:
        router.route().respond(200, json={})
        refused: Exception | None = None
        target = client.bulk(max_in_flight=1) if sender == "bulk" else client.background(flush_interval=60.0)
        with target:
            try:
                getattr(target, method)(*args, **kwargs)
            except ALLOWED as exc:
                refused = exc
        if refused is not None:
            assert not router.calls, f"{sender}.{method} raised {refused!r} but still sent its message"
            assert str(refused).strip(), f"{type(refused).__name__} without a message"
            COUNTS[f"pipelines {sender}", method, "rejected"] += 1
            return
        (call,) = router.calls
    request = call.request
    assert (request.method, matched_template(request)) == ("POST", "/v1/batch")
    assert spec_errors(request) == []
    assert len(json.loads(request.content)["batch"]) == 1
    COUNTS[f"pipelines {sender}", method, "sent"] += 1


# --- heavy inputs, explicitly (too slow to draw at random) -------------------------------------------

TEN_THOUSAND = {f"key{i}": i for i in range(10_000)}
HEAVY = [
    ("track", (1,), {"name": "e", "data": TEN_THOUSAND}, []),
    ("track_anonymous", ("a",), {"name": "e", "data": TEN_THOUSAND}, []),
    ("track_push", (TEN_THOUSAND,), {}, []),
    ("report_metric", ({**TEN_THOUSAND, "delivery_id": "d", "metric": "clicked"},), {}, []),
    ("submit_form", ("f", {**TEN_THOUSAND, "email": "a@example.com"}), {}, []),
    ("add_device", (1, "tok", "ios", TEN_THOUSAND), {}, []),
    (
        "entity",
        ({"type": "person", "action": "identify", "identifiers": {"id": "1"}, "attributes": TEN_THOUSAND},),
        {},
        [],
    ),
    ("identify", (1, TEN_THOUSAND), {}, ["maxProperties"]),
    ("track", ("\x00\x1f\x7f\u2028\ufeff",), {"name": "\x00" * 5_000}, []),
    ("add_customers_to_segment", (1, [str(i) for i in range(10_000)]), {}, ["maxItems"]),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "violations"), HEAVY, ids=lambda v: str(v)[:20])
def test_heavy_input_is_sent_unchanged(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], violations: list[str]
) -> None:
    """10,000-key dicts, megabyte ids and control characters are sent as given; only spec limit keywords fail."""
    client = TRACK_CLIENTS[0]
    with respx.mock as router:
        router.route().respond(200, json={})
        getattr(client, method)(*args, **kwargs)
        request = router.calls.last.request
    assert matched_template(request) == TRACK_PATHS[method][1]
    assert sorted(set(spec_errors(request))) == violations
    COUNTS["track", method, "sent"] += 1


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("identify", ("x" * 70_000,)),
        ("destroy", ("x" * 1_000_000,)),
        ("delete_device", (1, "t" * 70_000)),
        ("track", ("é" * 40_000,)),
    ],
    ids=["identify-70k", "destroy-1M", "delete_device-70k", "track-80kB-utf8"],
)
def test_id_longer_than_a_url_can_be_is_rejected_early(method: str, args: tuple[Any, ...]) -> None:
    """An id too long for any URL (> 64 KiB) raises ValueError/TypeError before sending, not httpx.InvalidURL."""
    client = TRACK_CLIENTS[0]
    kwargs = {"name": "e"} if method == "track" else {}
    exercise(client, "track", method, lambda: getattr(client, method)(*args, **kwargs))


def test_lone_surrogate_is_rejected_before_sending() -> None:
    """A lone surrogate (not encodable as UTF-8) in an id or in data raises ValueError before anything is sent."""
    client = TRACK_CLIENTS[0]
    for call in (lambda: client.identify("\ud800"), lambda: client.identify(1, name="\udfff")):
        with respx.mock as router:
            router.route().respond(200, json={})
            with pytest.raises(ValueError, match=r"."):
                call()
            assert not router.calls


# --- documented limits: the server decides ------------------------------------------------------------

BIG_ENTITY = {"type": "person", "action": "identify", "identifiers": {"id": "1"}, "attributes": {"blob": "x" * 33_000}}
LIMITS = [
    pytest.param("identify", ("i" * 151,), {}, None, id="id>150B"),
    pytest.param("identify", (1, {"a" * 151: 1}), {}, {"a" * 151: 1}, id="attribute-name>150B"),
    pytest.param("identify", (1,), {"plan": "v" * 1001}, {"plan": "v" * 1001}, id="value>1000B"),
    pytest.param(
        "identify", (1, {f"k{i}": i for i in range(301)}), {}, {f"k{i}": i for i in range(301)}, id="301-attributes"
    ),
    pytest.param("track", (1,), {"name": "n" * 101}, {"name": "n" * 101}, id="event-name>100B"),
    pytest.param(
        "track",
        (1,),
        {"name": "e", "data": {"d": "x" * 100_001}},
        {"name": "e", "data": {"d": "x" * 100_001}},
        id="event-data>100000B",
    ),
    pytest.param("entity", (BIG_ENTITY,), {}, BIG_ENTITY, id="v2-entity>32KB"),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "body"), LIMITS)
def test_documented_limit_is_left_to_the_server(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], body: dict[str, Any] | None
) -> None:
    """A value past a documented size limit is sent unchanged (not trimmed, not rejected); the 400 is BadRequestError."""
    client = TRACK_CLIENTS[3]
    answer = {"meta": {"error": "too large"}}
    with respx.mock as router:
        route = router.route().respond(400, json=answer)
        with pytest.raises(BadRequestError) as caught:
            getattr(client, method)(*args, **kwargs)
    assert route.call_count == 1  # a 400 is never replayed
    request = route.calls.last.request
    assert caught.value.status_code == 400
    assert caught.value.message == "too large"
    if body is None:
        assert request.url.raw_path.decode() == "/api/v1/customers/" + args[0]
    else:
        sent = json.loads(request.content)
        sent.pop("id", None) if method == "track" else None
        assert sent == body
    assert matched_template(request) == TRACK_PATHS[method][1]


def test_nested_datetimes_and_non_finite_numbers_are_converted() -> None:
    """Nested datetimes become unix seconds and NaN/inf/Decimal NaN become null, at any depth."""
    when = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    client = TRACK_CLIENTS[0]
    with respx.mock as router:
        router.route().respond(200, json={})
        client.identify(1, a={"b": [when, (math.nan, math.inf)], "c": Decimal("NaN")}, d=dt.date(2024, 1, 2))
        sent = json.loads(router.calls.last.request.content)
    assert sent == {"a": {"b": [int(when.timestamp()), [None, None]], "c": None}, "d": 1704153600}


def test_fuzzed_methods_cover_every_spec_operation() -> None:
    """The (method, path template) pairs fuzzed here are exactly the spec's operations."""
    document = spec_document()
    templates = {
        (m.upper(), p) for p, item in document["paths"].items() for m in item if m in ("get", "put", "post", "delete")
    }
    assert set(TRACK_PATHS.values()) | set(APP_PATHS.values()) | set(PIPELINES_PATHS.values()) == templates
