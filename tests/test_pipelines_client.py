"""PipelinesClient and AsyncPipelinesClient: Node's envelope byte for byte, errors, regions, auth, limits, retries."""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import re
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from customerio import (
    AsyncPipelinesClient,
    AuthenticationError,
    BadRequestError,
    MissingParamError,
    PipelinesClient,
    RateLimitError,
    RegionEU,
)
from customerio._pipelines_calls import MAX_BATCH_BYTES, MAX_MESSAGE_BYTES
from customerio._version import __version__

from ._support import call, close, no_sleep

WRITE_KEY = "pipelines-write-key-0003"
AUTH = "Basic " + base64.b64encode(f"{WRITE_KEY}:".encode()).decode()
US = "https://cdp.customer.io/v1"
LIBRARY = f'"library":{{"name":"customerio-py","version":"{__version__}"}}'
CONTEXT = f'"context":{{{LIBRARY}}}'
AT = "2024-05-01T09:30:00.000Z"
FIXED = {"message_id": "m-1", "timestamp": AT}
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
ISO_MS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


@pytest.fixture(params=["sync", "async"])
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """Factory of sync or async Pipelines clients with sleeping stubbed out; closes them afterwards."""
    made: list[Any] = []
    cls = PipelinesClient if request.param == "sync" else AsyncPipelinesClient

    def factory(**kwargs: Any) -> Any:
        sleeps = kwargs.pop("_sleeps", None)
        client = cls(kwargs.pop("write_key", WRITE_KEY), **kwargs)
        no_sleep(client, sleeps)
        made.append(client)
        return client

    yield factory
    for client in made:
        await close(client)


# (method, args, kwargs, path, exact body): with messageId and timestamp given, the whole request body.
WIRE = [
    (
        "identify",
        ("42",),
        {"traits": {"email": "a@example.com", "plan": "pro"}},
        "/identify",
        '{"type":"identify","userId":"42","traits":{"email":"a@example.com","plan":"pro"},'
        f'"messageId":"m-1","timestamp":"{AT}",{CONTEXT}}}',
    ),
    (
        "identify",
        (),
        {"anonymous_id": "anon-1", "traits": {"createdAt": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)}},
        "/identify",
        '{"type":"identify","anonymousId":"anon-1","traits":{"createdAt":"2024-01-02T03:04:05.000Z"},'
        f'"messageId":"m-1","timestamp":"{AT}",{CONTEXT}}}',
    ),
    (
        "track",
        (42,),
        {"event": "Signed Up", "properties": {"plan": "pro", "price": 23.45}, "integrations": {"All": False}},
        "/track",
        '{"type":"track","userId":"42","event":"Signed Up","properties":{"plan":"pro","price":23.45},'
        f'"integrations":{{"All":false}},"messageId":"m-1","timestamp":"{AT}",{CONTEXT}}}',
    ),
    (
        "track",
        ("7",),
        {"event": "Ordered", "anonymous_id": "anon-1", "context": {"ip": "203.0.113.7"}},
        "/track",
        '{"type":"track","userId":"7","anonymousId":"anon-1","event":"Ordered","messageId":"m-1",'
        f'"timestamp":"{AT}","context":{{{LIBRARY},"ip":"203.0.113.7"}}}}',  # Node's spread: library first
    ),
    (
        "page",
        ("42",),
        {"name": "Pricing", "category": "Docs", "properties": {"url": "https://example.com/pricing"}},
        "/page",
        '{"type":"page","userId":"42","name":"Pricing","category":"Docs",'
        f'"properties":{{"url":"https://example.com/pricing"}},"messageId":"m-1","timestamp":"{AT}",{CONTEXT}}}',
    ),
    (
        "screen",
        (),
        {"anonymous_id": "device-9", "name": "Settings"},
        "/screen",
        f'{{"type":"screen","anonymousId":"device-9","name":"Settings","messageId":"m-1","timestamp":"{AT}",{CONTEXT}}}',
    ),
    (
        "group",
        ("42",),
        {"group_id": 7, "traits": {"name": "Acme", "object_type_id": 1}},
        "/group",
        '{"type":"group","userId":"42","groupId":"7","traits":{"name":"Acme","object_type_id":"1"},'
        f'"messageId":"m-1","timestamp":"{AT}",{CONTEXT}}}',
    ),
    (
        "alias",
        ("42",),
        {"previous_id": "anon-1"},
        "/alias",
        f'{{"type":"alias","userId":"42","previousId":"anon-1","messageId":"m-1","timestamp":"{AT}",{CONTEXT}}}',
    ),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "path", "body"), WIRE)
async def test_envelope_is_nodes_byte_for_byte(
    respx_mock: respx.MockRouter,
    make: Any,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    path: str,
    body: str,
) -> None:
    """With message_id and timestamp given, each method sends exactly Node's envelope (type first) to its path."""
    route = respx_mock.post(US + path).respond(200, json={})
    result = await call(make(), method, *args, **kwargs, **FIXED)
    assert result is None
    request = route.calls.last.request
    assert request.content.decode() == body
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == AUTH
    assert "x-strict-mode" not in request.headers


async def test_batch_envelopes_each_item(respx_mock: respx.MockRouter, make: Any) -> None:
    """batch() takes wire-form items (camelCase), completes each like a single call and sends them in one body."""
    route = respx_mock.post(US + "/batch").respond(200, json={})
    items = [
        {"type": "identify", "userId": 1, "traits": {"email": "a@example.com"}, "messageId": "m-1", "timestamp": AT},
        {"type": "track", "anonymousId": "a", "event": "e", "messageId": "m-2", "timestamp": AT, "channel": "server"},
        {"type": "alias", "userId": "1", "previousId": "a", "messageId": "m-3", "timestamp": AT, "sentAt": AT},
    ]
    await call(make(), "batch", items)
    assert route.calls.last.request.content.decode() == (
        '{"batch":['
        f'{{"type":"identify","userId":"1","traits":{{"email":"a@example.com"}},"messageId":"m-1","timestamp":"{AT}",{CONTEXT}}},'
        f'{{"type":"track","anonymousId":"a","event":"e","messageId":"m-2","timestamp":"{AT}","channel":"server",{CONTEXT}}},'
        f'{{"type":"alias","userId":"1","previousId":"a","messageId":"m-3","timestamp":"{AT}","sentAt":"{AT}",{CONTEXT}}}'
        "]}"
    )


async def test_generated_message_ids_and_timestamps(respx_mock: respx.MockRouter, make: Any) -> None:
    """Without them, each message gets a fresh UUID v4 messageId and the current time as ISO 8601 with milliseconds."""
    route = respx_mock.post(US + "/track").respond(200, json={})
    client = make()
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    await call(client, "track", 1, event="a")
    await call(client, "track", 1, event="b")
    after = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    bodies = [json.loads(c.request.content) for c in route.calls]
    ids = [b["messageId"] for b in bodies]
    assert len(set(ids)) == 2
    for message_id in ids:
        assert UUID4.fullmatch(message_id)
        assert uuid.UUID(message_id).version == 4
    for body in bodies:
        assert ISO_MS.fullmatch(body["timestamp"])
        assert before <= dt.datetime.fromisoformat(body["timestamp"]) <= after
        assert body["context"] == {"library": {"name": "customerio-py", "version": __version__}}


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (dt.datetime(2024, 5, 1, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))), "2024-05-01T09:30:00.000Z"),
        (dt.datetime(2024, 5, 1, 9, 30, 0, 123456), "2024-05-01T09:30:00.123456Z"),
        (dt.date(2024, 5, 1), "2024-05-01T00:00:00.000Z"),
        ("2024-05-01T11:30:00+02:00", "2024-05-01T11:30:00+02:00"),
    ],
)
async def test_timestamps_become_iso_8601(respx_mock: respx.MockRouter, make: Any, value: Any, sent: str) -> None:
    """A datetime (aware: converted to UTC; naive: taken as UTC) or date becomes ISO 8601 text; text is kept."""
    route = respx_mock.post(US + "/track").respond(200, json={})
    await call(make(), "track", 1, event="e", timestamp=value)
    assert json.loads(route.calls.last.request.content)["timestamp"] == sent


async def test_nested_datetimes_are_iso_text(respx_mock: respx.MockRouter, make: Any) -> None:
    """Datetimes and dates anywhere in traits, properties or context are sent as ISO 8601 text, not unix seconds."""
    route = respx_mock.post(US + "/identify").respond(200, json={})
    when = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    await call(
        make(), "identify", 1, traits={"seen": [when], "born": dt.date(1990, 5, 17)}, context={"traits": {"at": when}}
    )
    body = json.loads(route.calls.last.request.content)
    assert body["traits"] == {"seen": ["2024-01-02T03:04:05.000Z"], "born": "1990-05-17"}
    assert body["context"]["traits"] == {"at": "2024-01-02T03:04:05.000Z"}


async def test_default_context_is_merged_under_the_calls(respx_mock: respx.MockRouter, make: Any) -> None:
    """default_context goes under each call's context key by key; library is ours unless the call names its own."""
    route = respx_mock.post(US + "/track").respond(200, json={})
    client = make(default_context={"ip": "203.0.113.7", "locale": "nl-NL", "library": {"name": "x", "version": "1"}})
    await call(client, "track", 1, event="plain")
    await call(client, "track", 1, event="partial", context={"locale": "en-GB", "page": {"url": "https://e.com"}})
    await call(client, "track", 1, event="own library", context={"library": {"name": "wrapper", "version": "2"}})
    ours = {"name": "customerio-py", "version": __version__}
    contexts = [json.loads(c.request.content)["context"] for c in route.calls]
    assert contexts == [
        {"ip": "203.0.113.7", "locale": "nl-NL", "library": ours},
        {"ip": "203.0.113.7", "locale": "en-GB", "library": ours, "page": {"url": "https://e.com"}},
        {"ip": "203.0.113.7", "locale": "nl-NL", "library": {"name": "wrapper", "version": "2"}},
    ]


async def test_strict_mode_sends_the_header(respx_mock: respx.MockRouter, make: Any) -> None:
    """strict_mode=True sends X-Strict-Mode: 1 on every request, single and batch; a non-bool is refused."""
    track = respx_mock.post(US + "/track").respond(200, json={})
    batch = respx_mock.post(US + "/batch").respond(200, json={})
    client = make(strict_mode=True)
    await call(client, "track", 1, event="e")
    await call(client, "batch", [{"type": "track", "userId": "1", "event": "e"}])
    assert track.calls.last.request.headers["x-strict-mode"] == "1"
    assert batch.calls.last.request.headers["x-strict-mode"] == "1"
    with pytest.raises(TypeError, match="strict_mode"):
        make(strict_mode="yes")


# (method, args, kwargs, exception, message)
INVALID = [
    ("identify", (), {"traits": {"a": 1}}, MissingParamError, "user_id or anonymous_id is required"),
    ("identify", (" ",), {"anonymous_id": ""}, MissingParamError, "user_id or anonymous_id is required"),
    ("track", ("1",), {}, MissingParamError, "event is required"),
    ("track", ("1",), {"event": "  "}, MissingParamError, "event is required"),
    ("track", (), {"event": "e"}, MissingParamError, "user_id or anonymous_id is required"),
    ("page", (), {"name": "Home"}, MissingParamError, "user_id or anonymous_id is required"),
    ("screen", (), {"name": "Home"}, MissingParamError, "user_id or anonymous_id is required"),
    ("group", ("1",), {}, MissingParamError, "group_id is required"),
    ("group", (), {"group_id": "g"}, MissingParamError, "user_id or anonymous_id is required"),
    ("alias", ("1",), {}, MissingParamError, "previous_id is required"),
    ("alias", (), {"previous_id": "a"}, MissingParamError, "user_id is required"),
    ("batch", ([],), {}, MissingParamError, "items is required"),
    ("batch", ([{"userId": "1"}],), {}, MissingParamError, r"items\[0\]\.type is required"),
    ("batch", ([{"type": "delete", "userId": "1"}],), {}, ValueError, r"items\[0\]\.type must be one of"),
    ("batch", ([{"type": "track", "userId": "1"}],), {}, MissingParamError, r"items\[0\]\.event is required"),
    (
        "batch",
        ([{"type": "track", "event": "e"}],),
        {},
        MissingParamError,
        r"items\[0\]\.userId or items\[0\]\.anonymousId",
    ),
    ("batch", ([{"type": "track", "userID": "1", "event": "e"}],), {}, ValueError, "does not take: userID"),
    ("batch", ([{"type": "identify", "userId": "1", "channel": "tv"}],), {}, ValueError, "channel must be one of"),
    ("batch", ("abc",), {}, TypeError, "items must be a list"),
    ("track", (1.5,), {"event": "e"}, TypeError, "user_id must be a str or an int"),
    ("track", (1,), {"event": 5}, TypeError, "event must be a str"),
    ("track", (1,), {"event": "e", "properties": [1]}, TypeError, "properties must be a mapping"),
    ("track", (1,), {"event": "e", "properties": {"x": object()}}, TypeError, r"properties\['x'\] has a value of type"),
    ("track", (1,), {"event": "e", "integrations": {"All": "no"}}, TypeError, "integrations must map"),
    ("track", (1,), {"event": "e", "timestamp": 1700000000}, TypeError, "timestamp must be a datetime"),
    ("track", (1,), {"event": "e", "timestamp": "2024-05-01"}, ValueError, "timestamp must be an ISO 8601"),
    ("track", (1,), {"event": "e", "timestamp": "2024-02-30T00:00:00Z"}, ValueError, "timestamp must be an ISO 8601"),
    ("track", (1,), {"event": "e", "context": {"ip": 7}}, TypeError, "context.ip has the wrong type"),
    ("track", (1,), {"event": "e", "context": {"channel": "tv"}}, ValueError, "context"),
    ("track", (1,), {"event": "e", "context": {"location": {"latitude": "north"}}}, TypeError, "latitude"),
    ("identify", (1,), {"traits": {"email": 5}}, TypeError, "traits.email must be a str"),
    ("identify", (1,), {"traits": {"createdAt": "yesterday"}}, ValueError, "traits.createdAt must be an ISO 8601"),
    ("group", (1,), {"group_id": "g", "traits": {"relationshipAttributes": [1]}}, TypeError, "relationshipAttributes"),
    ("page", (1,), {"name": 3}, TypeError, "name must be a str"),
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
    """Missing ids, event, group id or previous id (Node's MissingParamErrors) and ill-typed fields raise; nothing is sent."""
    route = respx_mock.route().respond(200, json={})
    with pytest.raises(exc, match=message):
        await call(make(), method, *args, **kwargs)
    assert not route.called


@pytest.mark.parametrize("cls", [PipelinesClient, AsyncPipelinesClient])
def test_bad_configuration_raises(cls: Any) -> None:
    """A missing write key, a bad region, a URL not ending in /v1 and a bad default_context raise at construction."""
    with pytest.raises(MissingParamError, match="write_key is required"):
        cls(" ")
    with pytest.raises(ValueError, match="region"):
        cls(WRITE_KEY, region="mars")
    with pytest.raises(ValueError, match="ending in '/v1'"):
        cls(WRITE_KEY, url="https://cdp.customer.io")
    with pytest.raises(TypeError, match="default_context must be a mapping"):
        cls(WRITE_KEY, default_context=["ip"])
    with pytest.raises(TypeError, match=r"default_context\.ip"):
        cls(WRITE_KEY, default_context={"ip": 1})


async def test_regions_and_url_override(respx_mock: respx.MockRouter, make: Any) -> None:
    """US by default, RegionEU or "eu" send to cdp-eu.customer.io, and url= overrides the region."""
    us = respx_mock.post(US + "/track").respond(200, json={})
    eu = respx_mock.post("https://cdp-eu.customer.io/v1/track").respond(200, json={})
    local = respx_mock.post("http://127.0.0.1:4010/v1/track").respond(200, json={})
    await call(make(), "track", 1, event="e")
    await call(make(region=RegionEU), "track", 1, event="e")
    await call(make(region="eu"), "track", 1, event="e")
    await call(make(region=RegionEU, url="http://127.0.0.1:4010/v1/"), "track", 1, event="e")
    assert (us.call_count, eu.call_count, local.call_count) == (1, 2, 1)
    assert RegionEU.pipelines_url == "https://cdp-eu.customer.io/v1"


async def test_message_size_limit(respx_mock: respx.MockRouter, make: Any) -> None:
    """A message of exactly 32,000 bytes is sent; one byte more raises ValueError (Customer.io would drop it)."""
    route = respx_mock.post(US + "/track").respond(200, json={})
    client = make()
    base = len(
        f'{{"type":"track","userId":"1","event":"e","properties":{{"p":""}},"messageId":"m-1","timestamp":"{AT}",{CONTEXT}}}'
    )
    await call(client, "track", 1, event="e", properties={"p": "x" * (MAX_MESSAGE_BYTES - base)}, **FIXED)
    assert len(route.calls.last.request.content) == MAX_MESSAGE_BYTES
    with pytest.raises(ValueError, match="at most 32000"):
        await call(
            client, "track", 1, event="e", properties={"p": "é" * ((MAX_MESSAGE_BYTES - base) // 2 + 1)}, **FIXED
        )
    assert route.call_count == 1


async def test_batch_size_limit(respx_mock: respx.MockRouter, make: Any) -> None:
    """A batch over 500,000 bytes raises ValueError pointing to bulk(); a message over 32,000 bytes names its item."""
    route = respx_mock.post(US + "/batch").respond(200, json={})
    client = make()
    item = {"type": "track", "userId": "1", "event": "e", "properties": {"p": "x" * 30_000}}
    with pytest.raises(ValueError, match=r"at most 500000 per request .*use bulk\(\)"):
        await call(client, "batch", [item] * 17)
    with pytest.raises(ValueError, match=r"items\[1\] is \d+ bytes"):
        await call(client, "batch", [item, {**item, "properties": {"p": "x" * MAX_MESSAGE_BYTES}}])
    await call(client, "batch", [item] * 16)
    assert route.call_count == 1
    assert len(route.calls.last.request.content) <= MAX_BATCH_BYTES


async def test_auth_is_the_write_key_as_user_name(respx_mock: respx.MockRouter, make: Any) -> None:
    """The write key is the Basic user name with an empty password, as the API documents; repr never shows it."""
    route = respx_mock.post(US + "/alias").respond(200, json={})
    client = make()
    await call(client, "alias", 1, previous_id=2)
    header = route.calls.last.request.headers["authorization"]
    assert base64.b64decode(header.removeprefix("Basic ")).decode() == f"{WRITE_KEY}:"
    assert WRITE_KEY not in repr(client)
    assert "cdp.customer.io" in repr(client)


async def test_retries_replay_the_same_message(respx_mock: respx.MockRouter, make: Any) -> None:
    """A 429 and a 500 are retried (every message is replayable: it carries its messageId), byte for byte."""
    route = respx_mock.post(US + "/track").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "0"}),
            httpx.Response(500),
            httpx.Response(200, json={}),
        ]
    )
    sleeps: list[float] = []
    await call(make(_sleeps=sleeps), "track", 1, event="e")
    bodies = [c.request.content for c in route.calls]
    assert len(bodies) == 3
    assert len(set(bodies)) == 1
    assert [c.request.headers.get("x-retry-count") for c in route.calls] == [None, "1", "2"]
    assert sleeps[0] == 0


async def test_read_timeout_is_retried(respx_mock: respx.MockRouter, make: Any) -> None:
    """A read timeout (the message may have arrived) is retried too: a replay carries the same messageId."""
    route = respx_mock.post(US + "/identify").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200, json={})]
    )
    await call(make(), "identify", 1)
    first, second = (json.loads(c.request.content) for c in route.calls)
    assert first == second


@pytest.mark.parametrize(
    ("status", "body", "exc", "message"),
    [
        (400, {"meta": {"errors": ["userId or anonymousId is required"]}}, BadRequestError, "1 error:\n  - userId"),
        (401, {"meta": {"error": "Unauthorized request"}}, AuthenticationError, "Unauthorized request"),
        (429, {"meta": {"error": "slow down"}}, RateLimitError, "slow down"),
    ],
)
async def test_errors_are_typed(
    respx_mock: respx.MockRouter, make: Any, status: int, body: Any, exc: type[Exception], message: str
) -> None:
    """Documented error answers raise the SDK's typed errors with the composed message (429 after its retries)."""
    respx_mock.post(US + "/group").respond(status, json=body)
    with pytest.raises(exc, match=re.escape(message)) as caught:
        await call(make(max_retries=0), "group", 1, group_id="g")
    assert caught.value.status_code == status  # type: ignore[attr-defined]


async def test_write_key_never_leaks(respx_mock: respx.MockRouter, make: Any, caplog: pytest.LogCaptureFixture) -> None:
    """An error body echoing the write key or its header is redacted; logs never carry them."""
    caplog.set_level(logging.DEBUG, logger="customerio")
    respx_mock.post(US + "/track").respond(400, text=f"bad key {WRITE_KEY} in {AUTH}", headers={"X-Echo": AUTH})
    with pytest.raises(BadRequestError) as caught:
        await call(make(max_retries=0), "track", 1, event="e")
    error = caught.value
    for text in (str(error), repr(error), error.body, json.dumps(error.headers), caplog.text):
        assert WRITE_KEY not in text
        assert AUTH.removeprefix("Basic ") not in text
