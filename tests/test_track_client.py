"""TrackClient and AsyncTrackClient: wire format, validation, errors, retries, redirects, secrets."""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from customerio import (
    AsyncTrackClient,
    AuthenticationError,
    BadRequestError,
    CustomerIOConnectionError,
    CustomerIORequestError,
    CustomerIOTimeoutError,
    IdentifierType,
    MissingParamError,
    NotFoundError,
    RateLimitError,
    RegionEU,
    ServerError,
    TrackClient,
    UnexpectedResponseError,
)

from ._support import API_KEY, SITE_ID, call, close, no_sleep

US = "https://track.customer.io"
AUTH = "Basic " + base64.b64encode(f"{SITE_ID}:{API_KEY}".encode()).decode()


@pytest.fixture(params=["sync", "async"])
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """Factory of sync or async Track clients with sleeping stubbed out; closes them afterwards."""
    made: list[Any] = []
    cls = TrackClient if request.param == "sync" else AsyncTrackClient

    def factory(**kwargs: Any) -> Any:
        sleeps = kwargs.pop("_sleeps", None)
        client = cls(SITE_ID, API_KEY, **kwargs)
        no_sleep(client, sleeps)
        made.append(client)
        return client

    yield factory
    for client in made:
        await close(client)


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


OP = {"type": "person", "action": "identify", "identifiers": {"id": "1"}, "attributes": {"plan": "pro"}}

# (method, args, kwargs, HTTP method, raw path with query, JSON body or None) — what customerio-node 5.x sends.
WIRE = [
    ("identify", (1,), {"email": "a@example.com"}, "PUT", "/api/v1/customers/1", {"email": "a@example.com"}),
    ("identify", (0, {"a": 1}), {"b": 2}, "PUT", "/api/v1/customers/0", {"a": 1, "b": 2}),
    ("identify", ("a/b c+@é!",), {}, "PUT", "/api/v1/customers/a%2Fb%20c%2B%40%C3%A9!", {}),
    ("destroy", ("42",), {}, "DELETE", "/api/v1/customers/42", None),
    ("suppress", (42,), {}, "POST", "/api/v1/customers/42/suppress", {}),
    ("unsuppress", (42,), {}, "POST", "/api/v1/customers/42/unsuppress", {}),
    (
        "track",
        (5,),
        {"name": "purchase", "data": {"price": 23}},
        "POST",
        "/api/v1/customers/5/events",
        {"name": "purchase", "data": {"price": 23}},
    ),
    (
        "track_anonymous",
        ("anon-1",),
        {"name": "e"},
        "POST",
        "/api/v1/events",
        {"name": "e", "anonymous_id": "anon-1"},
    ),
    (
        "track_anonymous",
        ("",),
        {"name": "invite", "data": {"recipient": "a@example.com"}},
        "POST",
        "/api/v1/events",
        {"name": "invite", "data": {"recipient": "a@example.com"}},
    ),
    ("track_anonymous", (None, {"name": "e"}), {}, "POST", "/api/v1/events", {"name": "e"}),
    (
        "track_page_view",
        (5, "https://x.io/a"),
        {},
        "POST",
        "/api/v1/customers/5/events",
        {"type": "page", "name": "https://x.io/a"},
    ),
    (
        "track_push",
        ({"delivery_id": "d1", "event": "opened"},),
        {},
        "POST",
        "/api/v1/push/events",
        {"delivery_id": "d1", "event": "opened"},
    ),
    (
        "add_device",
        (1, "tok", "ios"),
        {},
        "PUT",
        "/api/v1/customers/1/devices",
        {"device": {"id": "tok", "platform": "ios"}},
    ),
    (
        "add_device",
        (1, "tok", "android", {"last_used": 0}),
        {"app_version": "1.2"},
        "PUT",
        "/api/v1/customers/1/devices",
        {
            "device": {
                "id": "tok",
                "platform": "android",
                "last_used": 0,
                "attributes": {"app_version": "1.2"},
            }
        },
    ),
    (
        "add_device",
        (1, "tok", "ios", {"last_used": None}),
        {},
        "PUT",
        "/api/v1/customers/1/devices",
        {"device": {"id": "tok", "platform": "ios"}},
    ),
    ("delete_device", (1, "t/k"), {}, "DELETE", "/api/v1/customers/1/devices/t%2Fk", None),
    (
        "merge_customers",
        (IdentifierType.ID, "1", "email", "b@example.com"),
        {},
        "POST",
        "/api/v1/merge_customers",
        {"primary": {"id": "1"}, "secondary": {"email": "b@example.com"}},
    ),
    ("batch", ([OP],), {}, "POST", "/api/v2/batch", {"batch": [OP]}),
    ("entity", (OP,), {}, "POST", "/api/v2/entity", OP),
    ("entity", (), OP, "POST", "/api/v2/entity", OP),
    (
        "add_customers_to_segment",
        (3, ["1", "2"]),
        {},
        "POST",
        "/api/v1/segments/3/add_customers",
        {"ids": ["1", "2"]},
    ),
    (
        "add_customers_to_segment",
        ("3", ["a@example.com"], "email"),
        {},
        "POST",
        "/api/v1/segments/3/add_customers?id_type=email",
        {"ids": ["a@example.com"]},
    ),
    (
        "remove_customers_from_segment",
        (3, ["1"], IdentifierType.CIO_ID),
        {},
        "POST",
        "/api/v1/segments/3/remove_customers?id_type=cio_id",
        {"ids": ["1"]},
    ),
    (
        "submit_form",
        ("f 1", {"email": "a@example.com"}),
        {},
        "POST",
        "/api/v1/forms/f%201/submit",
        {"data": {"email": "a@example.com"}},
    ),
    (
        "report_metric",
        (),
        {"delivery_id": "d", "metric": "clicked"},
        "POST",
        "/api/v1/metrics",
        {"delivery_id": "d", "metric": "clicked"},
    ),
    ("unsubscribe", ("dlv-1",), {}, "POST", "/unsubscribe/dlv-1", {"unsubscribe": True}),
    # Where the spec types a value as text, numbers go as their decimal text and None means "not given".
    ("track", (5,), {"name": "e", "id": 7}, "POST", "/api/v1/customers/5/events", {"name": "e", "id": "7"}),
    ("track_anonymous", (0,), {"name": "e"}, "POST", "/api/v1/events", {"name": "e", "anonymous_id": "0"}),
    (
        "report_metric",
        (),
        {"delivery_id": 9, "metric": "opened", "href": None},
        "POST",
        "/api/v1/metrics",
        {"delivery_id": "9", "metric": "opened"},
    ),
    (
        "track_push",
        (),
        {"delivery_id": "d", "event": "opened", "device_id": None},
        "POST",
        "/api/v1/push/events",
        {"delivery_id": "d", "event": "opened"},
    ),
    (
        "submit_form",
        ("f", {"id": 42, "age": 3.5, "name": "Ada"}),
        {},
        "POST",
        "/api/v1/forms/f/submit",
        {"data": {"id": "42", "age": "3.5", "name": "Ada"}},
    ),
    (
        "entity",
        ({"type": "person", "action": "identify", "identifiers": {"id": 3}, "id": None},),
        {},
        "POST",
        "/api/v2/entity",
        {"type": "person", "action": "identify", "identifiers": {"id": "3"}},
    ),
    ("add_customers_to_segment", (3, [1, "2"]), {}, "POST", "/api/v1/segments/3/add_customers", {"ids": ["1", "2"]}),
    ("unsubscribe", ("dlv-1", False), {}, "POST", "/unsubscribe/dlv-1", {"unsubscribe": False}),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "verb", "path", "body"), WIRE)
async def test_wire_format_matches_node(
    respx_mock: respx.MockRouter,
    make: Any,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    verb: str,
    path: str,
    body: Any,
) -> None:
    """Each method sends the method, path, query, auth and JSON body the Node client sends (retries off)."""
    route = respx_mock.route().respond(200, json={})
    result = await call(make(max_retries=0), method, *args, **kwargs)
    request = route.calls.last.request
    assert request.method == verb
    assert request.url.raw_path.decode() == path
    assert request.url.host == "track.customer.io"
    assert request.headers["authorization"] == AUTH
    assert request.headers["user-agent"].startswith("customerio-py/")
    assert body_of(request) == body
    if body is not None:
        assert request.headers["content-type"] == "application/json"
    assert result == ([] if method == "batch" else None)
    assert route.call_count == 1


async def test_get_account_region_returns_typed_model(respx_mock: respx.MockRouter, make: Any) -> None:
    """get_account_region parses the answer into the generated AccountRegionResponse."""
    respx_mock.get(f"{US}/api/v1/accounts/region").respond(
        200, json={"url": "https://track-eu.customer.io", "region": "eu", "environment_id": 7}
    )
    region = await call(make(), "get_account_region")
    assert (region.url, region.region, region.environment_id) == ("https://track-eu.customer.io", "eu", 7)


async def test_batch_207_returns_per_operation_errors(respx_mock: respx.MockRouter, make: Any) -> None:
    """A 207 from /v2/batch returns the failed operations with their index and reason."""
    respx_mock.post(f"{US}/api/v2/batch").respond(
        207, json={"errors": [{"batch_index": 1, "reason": "invalid", "field": "name", "message": "bad"}]}
    )
    errors = await call(make(), "batch", [OP, OP])
    assert [(e.batch_index, e.reason, e.field, e.message) for e in errors] == [(1, "invalid", "name", "bad")]


async def test_region_eu_and_url_override(respx_mock: respx.MockRouter, make: Any) -> None:
    """RegionEU targets track-eu; url= targets the given v1 root and derives the v2 root from it."""
    eu = respx_mock.put("https://track-eu.customer.io/api/v1/customers/1").respond(200)
    local_v1 = respx_mock.put("http://127.0.0.1:4010/api/v1/customers/1").respond(200)
    local_v2 = respx_mock.post("http://127.0.0.1:4010/api/v2/entity").respond(200)
    await call(make(region=RegionEU), "identify", 1)
    await call(make(region="eu"), "identify", 1)
    mock = make(url="http://127.0.0.1:4010/api/v1/")
    await call(mock, "identify", 1)
    await call(mock, "entity", OP)
    assert (eu.call_count, local_v1.call_count, local_v2.call_count) == (2, 1, 1)


async def test_payload_conversions(respx_mock: respx.MockRouter, make: Any) -> None:
    """datetimes, dates, Decimals, NaN, tuples and sets become JSON the API accepts, nested too."""
    route = respx_mock.put(f"{US}/api/v1/customers/1").respond(200)
    plus2 = dt.timezone(dt.timedelta(hours=2))
    await call(
        make(),
        "identify",
        1,
        created_at=dt.datetime(2024, 1, 1, 12, 0, 0),  # naive: taken as UTC
        aware=dt.datetime(2024, 1, 1, 14, 0, 0, tzinfo=plus2),
        day=dt.date(2024, 1, 2),
        price=Decimal("9.50"),
        count=Decimal("3"),
        ratio=float("nan"),
        tags=("a", "b"),
        nested={"when": [dt.datetime(1969, 12, 31, 23, 59, 59, 500000)]},
    )
    assert body_of(route.calls.last.request) == {
        "created_at": 1704110400,
        "aware": 1704110400,
        "day": 1704153600,
        "price": 9.5,
        "count": 3,
        "ratio": None,
        "tags": ["a", "b"],
        "nested": {"when": [-1]},
    }


INVALID = [
    ("identify", (None,), {}, MissingParamError, "customer_id is required"),
    ("identify", ("  ",), {}, MissingParamError, "customer_id is required"),
    ("identify", (".",), {}, ValueError, "customer_id cannot be '.'"),
    ("identify", ("..",), {}, ValueError, "customer_id cannot be '..'"),
    ("identify", (1.5,), {}, TypeError, "customer_id must be a str or an int"),
    ("identify", (True,), {}, TypeError, "customer_id must be a str or an int"),
    ("identify", (1, [("a", 1)]), {}, TypeError, "data must be a mapping"),
    ("identify", (1, {1: "x"}), {}, TypeError, "JSON keys must be str"),
    ("identify", (1,), {"blob": b"x"}, TypeError, "bytes"),
    ("destroy", ("",), {}, MissingParamError, "customer_id is required"),
    ("identify", (1,), {"created_at": "yesterday"}, TypeError, "created_at must be a datetime or unix seconds"),
    ("add_customers_to_segment", (1, [None]), {}, TypeError, "customer_ids must hold str or int"),
    # Fields the spec types plainly are type-checked, nested ones included (the generated models are not).
    ("track", (1,), {"name": "e", "id": []}, TypeError, "data.id has the wrong type (list)"),
    ("track_push", (), {"device_id": []}, TypeError, "data.device_id has the wrong type (list)"),
    ("submit_form", ("f",), {"id": None}, TypeError, "data.data.id has the wrong type (NoneType)"),
    (
        "batch",
        ([{"type": "person", "action": "identify", "identifiers": {"id": [None]}}],),
        {},
        TypeError,
        "operations[0].identifiers.id has the wrong type (list)",
    ),
    ("track", (1,), {}, MissingParamError, "name is required"),
    ("track", (1,), {"name": " "}, MissingParamError, "name is required"),
    ("track", (1,), {"name": "e", "data": [1]}, TypeError, "data"),
    ("track_anonymous", ("a",), {}, MissingParamError, "name is required"),
    ("track_anonymous", (1.5,), {"name": "e"}, TypeError, "anonymous_id"),
    ("track_page_view", (1, ""), {}, MissingParamError, "url is required"),
    ("add_device", (1, "", "ios"), {}, MissingParamError, "device_id is required"),
    ("add_device", (1, "t", None), {}, MissingParamError, "platform is required"),
    ("add_device", (1, "t", "blackberry"), {}, ValueError, "blackberry"),
    ("delete_device", (1, ""), {}, MissingParamError, "device_token is required"),
    ("merge_customers", ("id", "", "email", "x"), {}, MissingParamError, "primary_id is required"),
    ("merge_customers", ("id", "1", "email", None), {}, MissingParamError, "secondary_id is required"),
    ("merge_customers", ("phone", "1", "email", "x"), {}, ValueError, "primary_type must be one of"),
    ("batch", ([],), {}, MissingParamError, "operations is required"),
    ("batch", ("ops",), {}, TypeError, "operations must be a list"),
    ("batch", ([{}],), {}, MissingParamError, "operations[0] is required"),
    ("batch", ([{"type": "person"}],), {}, MissingParamError, "operations[0].action is required"),
    ("entity", ({},), {}, MissingParamError, "operation is required"),
    ("entity", (), {}, MissingParamError, "operation is required"),
    ("add_customers_to_segment", (1, []), {}, MissingParamError, "customer_ids is required"),
    ("add_customers_to_segment", (1, ["a"], "phone"), {}, ValueError, "id_type must be one of"),
    ("add_customers_to_segment", ("abc", ["a"]), {}, ValueError, "segment_id must be a number"),
    ("add_customers_to_segment", (2**31, ["a"]), {}, ValueError, "segment_id must be a number"),
    ("add_customers_to_segment", ("\u0661", ["a"]), {}, ValueError, "segment_id must be a number"),
    ("remove_customers_from_segment", (None, ["a"]), {}, MissingParamError, "segment_id is required"),
    ("submit_form", ("f", {}), {}, MissingParamError, "data is required"),
    ("submit_form", ("", {"a": 1}), {}, MissingParamError, "form_id is required"),
    ("report_metric", ({},), {}, MissingParamError, "delivery_id is required"),
    ("report_metric", (), {"delivery_id": "d"}, MissingParamError, "data.metric is required"),
    ("unsubscribe", ("",), {}, MissingParamError, "delivery_id is required"),
    ("unsubscribe", ("d", "yes"), {}, TypeError, "unsubscribe must be a bool"),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "exc", "message"), INVALID)
@pytest.mark.respx(assert_all_called=False)
async def test_bad_input_raises_before_sending(
    respx_mock: respx.MockRouter,
    make: Any,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    exc: type[Exception],
    message: str,
) -> None:
    """Invalid arguments raise a clear, typed error and nothing is sent."""
    route = respx_mock.route().respond(200, json={})
    with pytest.raises(exc, match=None) as info:
        await call(make(), method, *args, **kwargs)
    assert message in str(info.value)
    assert route.call_count == 0


def test_missing_param_error_is_a_value_error() -> None:
    """MissingParamError is also a ValueError, and names the parameter."""
    err = MissingParamError("customer_id")
    assert isinstance(err, ValueError)
    assert (str(err), err.param) == ("customer_id is required", "customer_id")


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"region": "mars"}, ValueError),
        ({"region": 1}, ValueError),
        ({"url": "ftp://x/api/v1"}, ValueError),
        ({"url": "http://x/api"}, ValueError),
        ({"url": "http://user:pw@x/api/v1"}, ValueError),
        ({"timeout": -1}, ValueError),
        ({"timeout": "5"}, ValueError),
        ({"max_retries": -1}, ValueError),
        ({"max_retries": 1.5}, ValueError),
        ({"http_client": object()}, TypeError),
    ],
)
@pytest.mark.parametrize("cls", [TrackClient, AsyncTrackClient])
def test_bad_configuration_raises(cls: Any, kwargs: dict[str, Any], exc: type[Exception]) -> None:
    """Invalid region, url, timeout, retries or http_client are refused at construction."""
    with pytest.raises(exc):
        cls(SITE_ID, API_KEY, **kwargs)


@pytest.mark.parametrize(("site", "key", "missing"), [(None, API_KEY, "site_id"), (SITE_ID, " ", "api_key")])
def test_missing_credentials(site: Any, key: Any, missing: str) -> None:
    """A missing site id or API key raises MissingParamError at construction."""
    with pytest.raises(MissingParamError, match=f"{missing} is required"):
        TrackClient(site, key)


ERRORS = [
    (400, {"meta": {"error": "invalid id"}}, BadRequestError, "invalid id"),
    (401, {"meta": {"error": "unauthorized"}}, AuthenticationError, "unauthorized"),
    (403, {}, AuthenticationError, "Unknown error"),
    (404, {"meta": {"errors": ["a", "b"]}}, NotFoundError, "2 errors:\n  - a\n  - b"),
    (422, {"meta": {"errors": ["only"]}}, BadRequestError, "1 error:\n  - only"),
    (400, {"errors": [{"reason": "r", "field": "f", "message": "bad field"}]}, BadRequestError, "bad field"),
    (418, None, CustomerIORequestError, "Unknown error"),
    (429, {"meta": {"error": "slow down"}}, RateLimitError, "slow down"),
    (502, "<html><body>Bad Gateway</body></html>", ServerError, "Unknown error"),
]


@pytest.mark.parametrize(("status", "payload", "exc", "message"), ERRORS)
async def test_error_mapping(
    respx_mock: respx.MockRouter, make: Any, status: int, payload: Any, exc: type[Exception], message: str
) -> None:
    """Non-2xx answers raise the status-specific class with status, headers, raw body and Node's message."""
    text = payload if isinstance(payload, str) else ("" if payload is None else json.dumps(payload))
    respx_mock.put(f"{US}/api/v1/customers/1").respond(status, text=text, headers={"X-Request-Id": "r1"})
    with pytest.raises(exc) as info:
        await call(make(max_retries=0), "identify", 1, email="a@example.com")
    err = info.value
    assert isinstance(err, CustomerIORequestError)
    assert (err.status_code, err.body, err.message) == (status, text, message)
    assert err.headers["x-request-id"] == "r1"
    assert (err.method, err.url) == ("PUT", f"{US}/api/v1/customers/1")
    assert "a@example.com" not in str(err) + repr(err)


async def test_non_json_2xx_on_data_call_is_unexpected_response(respx_mock: respx.MockRouter, make: Any) -> None:
    """A 2xx with a body that is not the documented JSON raises UnexpectedResponseError, not JSONDecodeError."""
    respx_mock.get(f"{US}/api/v1/accounts/region").respond(200, text="<html>")
    with pytest.raises(UnexpectedResponseError) as info:
        await call(make(), "get_account_region")
    assert info.value.status_code == 200


async def test_empty_2xx_on_void_call_is_fine(respx_mock: respx.MockRouter, make: Any) -> None:
    """Track calls that return nothing accept an empty or non-JSON 2xx body."""
    respx_mock.put(f"{US}/api/v1/customers/1").respond(200, text="")
    assert await call(make(), "identify", 1) is None


# --- retries -------------------------------------------------------------------------------------------


async def test_transient_5xx_retried_on_idempotent_call_with_retry_header(
    respx_mock: respx.MockRouter, make: Any
) -> None:
    """Identify (PUT) is replayed after a 503, with X-Retry-Count on the replay and a jittered backoff."""
    sleeps: list[float] = []
    route = respx_mock.put(f"{US}/api/v1/customers/1").mock(side_effect=[httpx.Response(503), httpx.Response(200)])
    await call(make(_sleeps=sleeps), "identify", 1, plan="pro")
    assert route.call_count == 2
    first, second = (c.request for c in route.calls)
    assert "x-retry-count" not in first.headers
    assert second.headers["x-retry-count"] == "1"
    assert first.content == second.content
    assert len(sleeps) == 1
    assert 0.2 <= sleeps[0] < 0.4


async def test_gives_up_after_max_retries_with_last_error(respx_mock: respx.MockRouter, make: Any) -> None:
    """After max_retries replays the last status is raised as its typed error."""
    route = respx_mock.delete(f"{US}/api/v1/customers/1").respond(500, json={"meta": {"error": "boom"}})
    with pytest.raises(ServerError, match="boom"):
        await call(make(max_retries=2), "destroy", 1)
    assert route.call_count == 3


async def test_retry_after_is_honoured(respx_mock: respx.MockRouter, make: Any) -> None:
    """A 429's Retry-After (seconds) sets the delay before the replay, for any operation."""
    sleeps: list[float] = []
    route = respx_mock.post(f"{US}/api/v1/push/events").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200)]
    )
    await call(make(_sleeps=sleeps), "track_push", delivery_id="d", event="opened")
    assert (route.call_count, sleeps) == (2, [2.0])


async def test_backoff_budget_stops_retries(respx_mock: respx.MockRouter, make: Any) -> None:
    """A Retry-After that would exceed the total backoff budget ends the retries at once."""
    route = respx_mock.put(f"{US}/api/v1/customers/1").respond(429, headers={"Retry-After": "40"})
    with pytest.raises(RateLimitError):
        await call(make(), "identify", 1)
    assert route.call_count == 1


async def test_5xx_not_retried_on_non_idempotent_call(respx_mock: respx.MockRouter, make: Any) -> None:
    """track_push (not idempotent, no dedupe id) is not replayed after a 5xx: it may have been processed."""
    route = respx_mock.post(f"{US}/api/v1/push/events").respond(503)
    with pytest.raises(ServerError):
        await call(make(), "track_push", delivery_id="d", event="opened")
    assert route.call_count == 1


async def test_events_get_one_dedupe_id_kept_across_replays(respx_mock: respx.MockRouter, make: Any) -> None:
    """With retries on, track gets a ULID id, and every replay carries the same id."""
    route = respx_mock.post(f"{US}/api/v1/customers/1/events").mock(
        side_effect=[httpx.Response(502), httpx.Response(504), httpx.Response(200)]
    )
    await call(make(), "track", 1, name="signup")
    ids = {body_of(c.request)["id"] for c in route.calls}
    assert route.call_count == 3
    assert len(ids) == 1
    (event_id,) = ids
    assert len(event_id) == 26


async def test_caller_event_id_is_kept_and_none_added_without_retries(respx_mock: respx.MockRouter, make: Any) -> None:
    """A caller's event id is never replaced; with max_retries=0 no id is added at all."""
    route = respx_mock.post(f"{US}/api/v1/customers/1/events").respond(200)
    await call(make(), "track", 1, name="e", id="mine")
    await call(make(max_retries=0), "track", 1, name="e")
    assert body_of(route.calls[0].request)["id"] == "mine"
    assert route.calls[1].request.content == b'{"name":"e"}'


async def test_batch_events_get_dedupe_ids(respx_mock: respx.MockRouter, make: Any) -> None:
    """v2 event operations in a batch get dedupe ids; identify operations are left alone."""
    route = respx_mock.post(f"{US}/api/v2/batch").respond(200)
    event = {"type": "person", "action": "event", "identifiers": {"id": "1"}, "name": "e"}
    await call(make(), "batch", [OP, event])
    sent = body_of(route.calls.last.request)["batch"]
    assert "id" not in sent[0]
    assert len(sent[1]["id"]) == 26


async def test_connection_errors_are_retried_then_typed(respx_mock: respx.MockRouter, make: Any) -> None:
    """A refused connection is retried (nothing was sent) and then raised as CustomerIOConnectionError."""
    route = respx_mock.post(f"{US}/api/v1/push/events").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(CustomerIOConnectionError) as info:
        await call(make(max_retries=2), "track_push", delivery_id="d", event="opened")
    assert not isinstance(info.value, CustomerIOTimeoutError)
    assert route.call_count == 3


async def test_read_timeout_retried_only_when_replayable(respx_mock: respx.MockRouter, make: Any) -> None:
    """A read timeout is replayed for identify but not for track_push, and raises CustomerIOTimeoutError."""
    ident = respx_mock.put(f"{US}/api/v1/customers/1").mock(side_effect=httpx.ReadTimeout("slow"))
    push = respx_mock.post(f"{US}/api/v1/push/events").mock(side_effect=httpx.ReadTimeout("slow"))
    client = make(max_retries=1)
    with pytest.raises(CustomerIOTimeoutError):
        await call(client, "identify", 1)
    with pytest.raises(CustomerIOTimeoutError):
        await call(client, "track_push", delivery_id="d", event="opened")
    assert (ident.call_count, push.call_count) == (2, 1)


# --- redirects -----------------------------------------------------------------------------------------


async def test_redirect_to_eu_keeps_method_body_and_auth(respx_mock: respx.MockRouter, make: Any) -> None:
    """A 307/308 from the US host to the EU host is followed with the same method, body and credentials."""
    respx_mock.post(f"{US}/api/v1/customers/1/events").respond(
        307, headers={"Location": "https://track-eu.customer.io/api/v1/customers/1/events"}
    )
    eu = respx_mock.post("https://track-eu.customer.io/api/v1/customers/1/events").respond(200)
    await call(make(max_retries=0), "track", 1, name="e")
    request = eu.calls.last.request
    assert request.headers["authorization"] == AUTH
    assert request.content == b'{"name":"e"}'


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/steal",
        "https://evilcustomer.io/x",
        "http://track-eu.customer.io/api/v1/customers/1",
    ],
)
async def test_redirect_off_customerio_drops_auth(respx_mock: respx.MockRouter, make: Any, target: str) -> None:
    """A redirect to a foreign host, a look-alike domain or plain HTTP is followed without credentials."""
    respx_mock.put(f"{US}/api/v1/customers/1").respond(301, headers={"Location": target})
    foreign = respx_mock.put(target).respond(200)
    await call(make(), "identify", 1)
    assert "authorization" not in foreign.calls.last.request.headers


async def test_redirect_loop_and_missing_location_fail(respx_mock: respx.MockRouter, make: Any) -> None:
    """A redirect loop stops after a bounded number of hops; a 3xx without Location is an error."""
    loop = respx_mock.put(f"{US}/api/v1/customers/1").respond(302, headers={"Location": f"{US}/api/v1/customers/1"})
    respx_mock.put(f"{US}/api/v1/customers/2").respond(308)
    client = make(max_retries=0)
    with pytest.raises(CustomerIORequestError, match="more than 5 redirects"):
        await call(client, "identify", 1)
    assert loop.call_count == 6
    with pytest.raises(CustomerIORequestError, match="without a Location"):
        await call(client, "identify", 2)


# --- secrets, resources, custom clients -------------------------------------------------------------------


async def test_secrets_never_in_repr_errors_or_logs(
    respx_mock: respx.MockRouter, make: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The API key and Authorization value appear in no repr, exception text or debug log line."""
    caplog.set_level(logging.DEBUG)
    respx_mock.put(f"{US}/api/v1/customers/1").mock(
        side_effect=[httpx.Response(503), httpx.Response(401, text=API_KEY[:3])]
    )
    respx_mock.put(f"{US}/api/v1/customers/2").mock(side_effect=httpx.ConnectError("refused"))
    client = make(max_retries=1)
    texts = [repr(client), str(client)]
    for customer in (1, 2):
        with pytest.raises(CustomerIORequestError if customer == 1 else CustomerIOConnectionError) as info:
            await call(client, "identify", customer, secret_attribute="s3cr3t-value")
        texts += [str(info.value), repr(info.value)]
    texts += [r.getMessage() for r in caplog.records]
    assert any("retry" in t for t in texts)
    for text in texts:
        assert API_KEY not in text
        assert AUTH.split()[1] not in text
        assert "s3cr3t-value" not in text


async def test_caller_http_client_is_used_and_left_open(
    respx_mock: respx.MockRouter,
) -> None:
    """http_client= sends through the caller's httpx client with our auth, and close() leaves it open."""
    route = respx_mock.put(f"{US}/api/v1/customers/1").respond(200)
    mine = httpx.Client(headers={"X-Mine": "1"})
    with TrackClient(SITE_ID, API_KEY, http_client=mine) as cio:
        cio.identify(1)
    request = route.calls.last.request
    assert (request.headers["x-mine"], request.headers["authorization"]) == ("1", AUTH)
    assert not mine.is_closed
    mine.close()


async def test_context_managers_close_the_pool() -> None:
    """Leaving the (async) context manager closes the client's own connection pool."""
    with TrackClient(SITE_ID, API_KEY) as cio:
        pass
    async with AsyncTrackClient(SITE_ID, API_KEY) as acio:
        pass
    assert cio._http.is_closed
    assert acio._http.is_closed


@pytest.mark.filterwarnings("default::pytest.PytestUnraisableExceptionWarning")
def test_unclosed_used_client_warns_when_collected(respx_mock: respx.MockRouter) -> None:
    """A used client garbage-collected without close() emits a ResourceWarning; a closed one does not."""
    import gc
    import warnings

    respx_mock.put(f"{US}/api/v1/customers/1").respond(200)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        leaked = TrackClient(SITE_ID, API_KEY)
        leaked.identify(1)
        http = leaked._http
        del leaked
        gc.collect()
        closed = TrackClient(SITE_ID, API_KEY)
        closed.identify(1)
        closed.close()
        del closed
        gc.collect()
    resource = [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert len(resource) == 1
    assert "TrackClient was garbage-collected without being closed" in str(resource[0].message)
    http.close()


async def test_unusable_timestamps_are_left_out_or_floored(respx_mock: respx.MockRouter, make: Any) -> None:
    """An event timestamp of None/NaN/inf is left out (not sent as null); a float is floored to unix seconds."""
    route = respx_mock.post(f"{US}/api/v1/customers/1/events").respond(200)
    client = make(max_retries=0)
    for value in (None, float("nan"), float("inf")):
        await call(client, "track", 1, name="e", timestamp=value)
        assert body_of(route.calls.last.request) == {"name": "e"}
    await call(client, "track", 1, name="e", timestamp=1700000000.9)
    assert body_of(route.calls.last.request) == {"name": "e", "timestamp": 1700000000}
    with pytest.raises(TypeError, match="timestamp must be a datetime or unix seconds"):
        await call(client, "track", 1, name="e", timestamp="yesterday")


async def test_own_client_keeps_no_cookies(respx_mock: respx.MockRouter, make: Any) -> None:
    """Set-Cookie from the API (or a redirect target) is never replayed by the SDK's own HTTP client.

    A caller's ``http_client`` keeps httpx's cookie handling: the SDK does not change it.
    """
    route = respx_mock.put(f"{US}/api/v1/customers/1").respond(200, json={}, headers={"Set-Cookie": "lb=abc; Path=/"})
    client = make()
    await call(client, "identify", 1)
    await call(client, "identify", 1)
    assert "cookie" not in route.calls.last.request.headers
    assert not client._http.cookies
    with pytest.raises(TypeError, match="keeps no cookies"):
        client._http.cookies = {"a": "b"}
    with pytest.raises(TypeError, match="keeps no cookies"):
        client._http.cookies.set("a", "b")

    is_async = isinstance(client, AsyncTrackClient)
    own = httpx.AsyncClient() if is_async else httpx.Client()
    theirs = make(http_client=own)
    await call(theirs, "identify", 1)
    await call(theirs, "identify", 1)
    assert route.calls.last.request.headers["cookie"] == "lb=abc"
    await own.aclose() if is_async else own.close()
