"""Fault injection over real HTTP on loopback: what the retry/redirect policy promises, sync and async.

Every test drives a client through :mod:`tests.faults.server`; the SDK sees the real customer.io URLs
(``https://track.customer.io/...``) and a transport below it routes them to 127.0.0.1. Sleeping is stubbed
and recorded, so backoff is asserted without waiting.
"""

from __future__ import annotations

import base64
import email.utils
import time
from typing import Any

import pytest

from customerio import (
    BadRequestError,
    CustomerIOConnectionError,
    CustomerIORequestError,
    CustomerIOTimeoutError,
    NotFoundError,
    RateLimitError,
    SendEmailRequest,
    ServerError,
    UnexpectedResponseError,
)

from .._support import API_KEY, APP_KEY, SITE_ID, WRITE_KEY
from .conftest import Rig
from .server import (
    HTML_502_BODY,
    Action,
    FaultServer,
    empty_200,
    free_closed_port,
    html_502,
    ok,
    redirect,
    reset,
    stall,
    status,
    trickle,
    truncated,
)

TRACK = "https://track.customer.io"
EU = "https://track-eu.customer.io"
AUTH = "Basic " + base64.b64encode(f"{SITE_ID}:{API_KEY}".encode()).decode()
PUSH = {"delivery_id": "dlv-1", "event": "opened", "device_id": "tok-1"}
REGION_BODY = '{"url": "https://track-eu.customer.io", "data_center": "eu", "environment_id": 1}'

# Calls by safety: replayable (idempotent, or an event with a dedupe id) and once-only (may duplicate).
REPLAYABLE = [
    ("identify", (7,), {"plan": "pro"}),
    ("track", (7,), {"name": "purchase", "data": {"price": 1}}),
]
ONCE = [
    ("track_push", (PUSH,), {}),
    ("report_metric", ({"delivery_id": "dlv-1", "metric": "clicked"},), {}),
    ("merge_customers", ("id", "a", "email", "b@example.com"), {}),
]


def outcome(exc: BaseException | None) -> str:
    if exc is None:
        return "ok"
    status_code = getattr(exc, "status_code", None)
    return type(exc).__name__ + (f" {status_code}" if status_code is not None else "")


async def run(rig: Rig, method: str, *args: Any, **kwargs: Any) -> BaseException | None:
    """Call and return the exception raised (None on success)."""
    try:
        await rig.call(method, *args, **kwargs)
    except Exception as exc:
        return exc
    return None


def assert_backoff(sleeps: list[float]) -> None:
    """Each computed delay is 0.2 s x 2^n x jitter in [1, 2), capped at 5 s."""
    for n, delay in enumerate(sleeps):
        low = min(5.0, 0.2 * 2**n)
        high = min(5.0, 0.4 * 2**n)
        assert low <= delay <= high, (n, delay)
        if high < 5.0:
            assert delay < high


def assert_retry_counts(server: FaultServer) -> None:
    """The first attempt has no X-Retry-Count; replay n carries ``n``."""
    counts = [r.headers.get("x-retry-count") for r in server.requests]
    assert counts == [None] + [str(n) for n in range(1, len(counts))]


def assert_credentials_only_on_customerio(server: FaultServer) -> None:
    """Authorization reached every customer.io host and no other."""
    for recorded in server.requests:
        if recorded.host.endswith(".customer.io"):
            assert recorded.headers.get("authorization") == AUTH, recorded.host
        else:
            assert "authorization" not in recorded.headers, recorded.host


# --- statuses ---------------------------------------------------------------------------------------

# status -> (attempts for a replayable call, attempts for a once-only call, exception class)
STATUS_MATRIX = [
    (408, 4, 4, CustomerIORequestError),
    (429, 4, 4, RateLimitError),
    (500, 4, 1, ServerError),
    (502, 4, 1, ServerError),
    (503, 4, 1, ServerError),
    (504, 4, 1, ServerError),
    (520, 4, 1, ServerError),
    (524, 4, 1, ServerError),
    (501, 1, 1, ServerError),
    (400, 1, 1, BadRequestError),
    (404, 1, 1, NotFoundError),
]


@pytest.mark.parametrize(("code", "replayable_attempts", "once_attempts", "exc_class"), STATUS_MATRIX)
async def test_status_storm_attempts_and_final_error(
    rig: Any,
    server: FaultServer,
    report: Any,
    code: int,
    replayable_attempts: int,
    once_attempts: int,
    exc_class: type[Exception],
) -> None:
    """A status on every attempt: the policy's attempt count per safety, backoff bounds, the typed error."""
    for (method, args, kwargs), expected in (
        (REPLAYABLE[0], replayable_attempts),
        (ONCE[0], once_attempts),
    ):
        server.reset()
        server.always(status(code))
        r = rig()
        exc = await run(r, method, *args, **kwargs)
        assert type(exc) is exc_class
        assert isinstance(exc, CustomerIORequestError)
        assert exc.status_code == code
        assert exc.message == f"injected {code}"
        assert exc.body == f'{{"meta": {{"error": "injected {code}"}}}}'
        assert exc.headers["content-type"] == "application/json"
        assert exc.method == server.requests[0].method
        assert exc.url.startswith(TRACK + "/api/v1/")
        assert len(server.requests) == expected
        assert len(r.sleeps) == expected - 1
        assert_backoff(r.sleeps)
        assert_retry_counts(server)
        report(f"{code} every attempt", r.mode, method, len(server.requests), outcome(exc))


async def test_exact_classes_for_4xx(rig: Any, server: FaultServer) -> None:
    """400 gives BadRequestError and 404 NotFoundError exactly, with status and method fields."""
    for code, cls in ((400, BadRequestError), (404, NotFoundError), (408, CustomerIORequestError)):
        server.reset()
        server.always(status(code))
        exc = await run(rig(), "destroy", 3)
        assert type(exc) is cls
        assert isinstance(exc, CustomerIORequestError)
        assert (exc.status_code, exc.method, exc.url) == (code, "DELETE", TRACK + "/api/v1/customers/3")


async def test_retry_after_seconds_is_slept_exactly(rig: Any, server: FaultServer, report: Any) -> None:
    """503 with Retry-After: 2 on a replayable call: one replay after exactly 2 s, then success."""
    server.push(status(503, retry_after="2"))
    r = rig()
    exc = await run(r, "identify", 7, plan="pro")
    assert exc is None
    assert r.sleeps == [2.0]
    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    assert_retry_counts(server)
    report("503 Retry-After: 2, then 200", r.mode, "identify", 2, outcome(exc))


async def test_retry_after_http_date_is_honoured(rig: Any, server: FaultServer, report: Any) -> None:
    """429 with an HTTP-date Retry-After three seconds ahead: the replay waits (2, 3] s."""
    when = email.utils.formatdate(time.time() + 3, usegmt=True)
    server.push(status(429, retry_after=when))
    r = rig()
    exc = await run(r, "track_push", PUSH)
    assert exc is None
    assert len(r.sleeps) == 1
    assert 1.5 < r.sleeps[0] <= 3.0
    assert len(server.requests) == 2
    report("429 Retry-After: <HTTP-date +3 s>, then 200", r.mode, "track_push", 2, outcome(exc))


async def test_retry_after_in_the_past_means_no_wait(rig: Any, server: FaultServer) -> None:
    """An HTTP-date Retry-After in the past replays at once (delay 0)."""
    server.push(status(503, retry_after="Wed, 21 Oct 2015 07:28:00 GMT"))
    r = rig()
    assert await run(r, "destroy", 1) is None
    assert r.sleeps == [0.0]


async def test_retry_after_beyond_budget_gives_up_at_once(rig: Any, server: FaultServer, report: Any) -> None:
    """Retry-After: 120 is capped at 60 s, which exceeds the 30 s budget: no replay, RateLimitError."""
    server.always(status(429, retry_after="120"))
    r = rig()
    exc = await run(r, "identify", 7)
    assert type(exc) is RateLimitError
    assert exc.status_code == 429
    assert exc.headers["retry-after"] == "120"
    assert len(server.requests) == 1
    assert r.sleeps == []
    report("429 Retry-After: 120", r.mode, "identify", 1, outcome(exc))


async def test_429_storm_with_retry_after_stops_at_the_budget(rig: Any, server: FaultServer, report: Any) -> None:
    """A 429 storm with Retry-After: 12: two waits (24 s); a third would pass 30 s, so 3 attempts."""
    server.always(status(429, retry_after="12"))
    r = rig()
    exc = await run(r, "track_push", PUSH)
    assert type(exc) is RateLimitError
    assert r.sleeps == [12.0, 12.0]
    assert len(server.requests) == 3
    assert_retry_counts(server)
    report("429 storm, Retry-After: 12", r.mode, "track_push", 3, outcome(exc))


async def test_429_storm_then_success_within_retries(rig: Any, server: FaultServer, report: Any) -> None:
    """Three 429s then 200 on a send-once call: 429 means not processed, so all four attempts happen."""
    server.push(status(429), status(429), status(429))
    r = rig()
    exc = await run(r, "track_push", PUSH)
    assert exc is None
    assert len(server.requests) == 4
    assert_backoff(r.sleeps)
    assert len({rec.body for rec in server.requests}) == 1
    report("429 x3, then 200", r.mode, "track_push", 4, outcome(exc))


async def test_html_502_page(rig: Any, server: FaultServer, report: Any) -> None:
    """An HTML 502 page: replayed for identify, then ServerError with the raw page and 'Unknown error'."""
    server.always(html_502())
    r = rig()
    exc = await run(r, "identify", 7)
    assert type(exc) is ServerError
    assert exc.status_code == 502
    assert exc.message == "Unknown error"
    assert exc.body == HTML_502_BODY.decode()
    assert exc.headers["content-type"] == "text/html"
    assert len(server.requests) == 4
    assert_backoff(r.sleeps)
    report("HTML 502 page every attempt", r.mode, "identify", 4, outcome(exc))


async def test_empty_200(rig: Any, server: FaultServer, report: Any) -> None:
    """An empty 200 is success for a void call and UnexpectedResponseError (not replayed) for a data call."""
    server.always(empty_200())
    r = rig()
    assert await run(r, "identify", 7) is None
    exc = await run(r, "get_account_region")
    assert type(exc) is UnexpectedResponseError
    assert (exc.status_code, exc.body, exc.method) == (200, "", "GET")
    assert exc.url == TRACK + "/api/v1/accounts/region"
    assert len(server.requests) == 2
    report("empty 200", r.mode, "identify", 1, "ok")
    report("empty 200", r.mode, "get_account_region", 1, outcome(exc))


# --- failures after the request may have been processed ---------------------------------------------

AFTER_SEND = [
    pytest.param(reset, CustomerIOConnectionError, "ReadError", id="reset"),
    pytest.param(truncated, CustomerIOConnectionError, "RemoteProtocolError", id="truncated"),
    pytest.param(lambda: stall(1.0), CustomerIOTimeoutError, "ReadTimeout", id="stall"),
]


@pytest.mark.parametrize(("make_fault", "exc_class", "httpx_name"), AFTER_SEND)
@pytest.mark.parametrize(("method", "args", "kwargs"), ONCE)
async def test_once_call_never_replayed_after_it_may_have_been_processed(
    rig: Any,
    server: FaultServer,
    report: Any,
    make_fault: Any,
    exc_class: type[Exception],
    httpx_name: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    """Reset, truncated body or stall after the request was read: a once-only call is sent exactly once."""
    fault: Action = make_fault()
    server.push(fault)
    r = rig(timeout=0.3)
    exc = await run(r, method, *args, **kwargs)
    assert type(exc) is exc_class
    assert str(exc).startswith(f"{httpx_name} on POST {TRACK}/api/v1/")
    assert "after" not in str(exc)
    assert len(server.requests) == 1
    assert len(r.transport.sent) == 1
    assert r.sleeps == []
    report(fault.name, r.mode, method, 1, outcome(exc))


@pytest.mark.parametrize(
    ("make_fault", "exc_class", "httpx_name"),
    [*AFTER_SEND, pytest.param(lambda: status(500), ServerError, "", id="500")],
)
async def test_track_without_retries_is_sent_once(
    rig: Any, server: FaultServer, make_fault: Any, exc_class: type[Exception], httpx_name: str
) -> None:
    """Track with max_retries=0 has no dedupe id and is sent once after a 5xx, reset, truncation or stall."""
    server.push(make_fault())
    r = rig(timeout=0.3, max_retries=0)
    exc = await run(r, "track", 7, name="purchase")
    assert type(exc) is exc_class
    assert len(server.requests) == 1
    assert server.requests[0].json() == {"name": "purchase"}


@pytest.mark.parametrize(("make_fault", "exc_class", "httpx_name"), AFTER_SEND)
async def test_replayed_event_keeps_its_dedupe_id(
    rig: Any,
    server: FaultServer,
    report: Any,
    make_fault: Any,
    exc_class: type[Exception],
    httpx_name: str,
) -> None:
    """An event replayed after a reset, truncation, stall or 500 carries the same ULID id every time."""
    fault: Action = make_fault()
    server.push(fault, status(500))
    r = rig(timeout=0.3)
    exc = await run(r, "track", 7, name="purchase", data={"n": 1})
    assert exc is None
    bodies = [rec.json() for rec in server.requests]
    assert len(bodies) == 3
    ids = {b["id"] for b in bodies}
    assert len(ids) == 1
    (event_id,) = ids
    assert isinstance(event_id, str)
    assert len(event_id) == 26
    assert all(b == bodies[0] for b in bodies)
    assert_retry_counts(server)
    assert_backoff(r.sleeps)
    report(f"{fault.name}, 500, then 200", r.mode, "track", 3, "ok, one dedupe id")


async def test_replayable_call_gives_up_after_stalls(rig: Any, server: FaultServer, report: Any) -> None:
    """Stalls past the 0.3 s timeout on every attempt (max_retries=1): 2 attempts, CustomerIOTimeoutError."""
    server.always(stall(1.0))
    r = rig(timeout=0.3, max_retries=1)
    started = time.monotonic()
    exc = await run(r, "identify", 7)
    elapsed = time.monotonic() - started
    assert type(exc) is CustomerIOTimeoutError
    assert str(exc) == f"ReadTimeout on PUT {TRACK}/api/v1/customers/7 after 2 attempts"
    assert len(server.requests) == 2
    assert 0.55 < elapsed < 1.5
    report("stall past timeout every attempt", r.mode, "identify (max_retries=1)", 2, outcome(exc))


async def test_replayable_call_gives_up_after_resets(rig: Any, server: FaultServer, report: Any) -> None:
    """Resets on every attempt: 4 attempts with backoff, then CustomerIOConnectionError (not a timeout)."""
    server.always(reset())
    r = rig()
    exc = await run(r, "destroy", 7)
    assert type(exc) is CustomerIOConnectionError
    assert str(exc).endswith(f"on DELETE {TRACK}/api/v1/customers/7 after 4 attempts")
    assert len(server.requests) == 4
    assert_backoff(r.sleeps)
    assert_retry_counts(server)
    report("reset every attempt", r.mode, "destroy", 4, outcome(exc))


async def test_connection_refused_is_retried_even_for_once_calls(rig: Any, server: FaultServer, report: Any) -> None:
    """Nothing listening: nothing was sent, so even track_push gets 4 attempts, then the connection error."""
    r = rig(refused_port=free_closed_port())
    exc = await run(r, "track_push", PUSH)
    assert type(exc) is CustomerIOConnectionError
    assert str(exc) == f"ConnectError on POST {TRACK}/api/v1/push/events after 4 attempts"
    assert len(r.transport.sent) == 4
    assert server.requests == []
    assert_backoff(r.sleeps)
    assert [s.headers.get("x-retry-count") for s in r.transport.sent] == [None, "1", "2", "3"]
    report("connection refused", r.mode, "track_push", 4, outcome(exc))


# --- slow answers --------------------------------------------------------------------------------------


async def test_slow_trickle_within_read_timeout_completes(rig: Any, server: FaultServer, report: Any) -> None:
    """A body trickled a byte every 0.05 s (0.6 s in all, timeout 0.3 s) succeeds: the timeout is per read."""
    server.push(trickle(0.05))
    r = rig(timeout=0.3)
    started = time.monotonic()
    exc = await run(r, "identify", 7)
    assert exc is None
    assert time.monotonic() - started > 0.5
    assert len(server.requests) == 1
    report("trickle 1 B / 0.05 s (timeout 0.3 s)", r.mode, "identify", 1, outcome(exc))


async def test_trickle_gap_past_timeout_times_out(rig: Any, server: FaultServer, report: Any) -> None:
    """A trickle whose gaps exceed the timeout fails with CustomerIOTimeoutError (max_retries=0: once)."""
    server.push(trickle(0.5))
    r = rig(timeout=0.2, max_retries=0)
    exc = await run(r, "identify", 7)
    assert type(exc) is CustomerIOTimeoutError
    assert str(exc) == f"ReadTimeout on PUT {TRACK}/api/v1/customers/7"
    report("trickle 1 B / 0.5 s (timeout 0.2 s)", r.mode, "identify (max_retries=0)", 1, outcome(exc))


# --- redirects -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [301, 307, 308])
async def test_redirect_to_eu_keeps_method_body_and_credentials(
    rig: Any, server: FaultServer, report: Any, code: int
) -> None:
    """301/307/308 to track-eu.customer.io: same method and body there, with Authorization."""
    server.push(redirect(code, f"{EU}/api/v1/customers/7/events"))
    r = rig()
    exc = await run(r, "track", 7, name="purchase", id="evt-1")
    assert exc is None
    assert server.hosts() == ["track.customer.io", "track-eu.customer.io"]
    first, second = server.requests
    assert (second.method, second.path, second.body) == ("POST", "/api/v1/customers/7/events", first.body)
    assert second.json() == {"name": "purchase", "id": "evt-1"}
    assert_credentials_only_on_customerio(server)
    assert [s.url for s in r.transport.sent] == [
        f"{TRACK}/api/v1/customers/7/events",
        f"{EU}/api/v1/customers/7/events",
    ]
    report(f"{code} to track-eu", r.mode, "track", "1 (2 requests)", "ok at track-eu, auth kept")


@pytest.mark.parametrize("code", [301, 307, 308])
async def test_redirect_chain_to_foreign_host_drops_credentials(
    rig: Any, server: FaultServer, report: Any, code: int
) -> None:
    """Track -> track-eu -> evil.example: Authorization reaches both customer.io hosts and not evil.example."""
    server.push(
        redirect(code, f"{EU}/api/v1/customers/7"),
        redirect(code, "https://evil.example/collect"),
    )
    r = rig()
    exc = await run(r, "identify", 7, email="a@example.com")
    assert exc is None
    assert server.hosts() == ["track.customer.io", "track-eu.customer.io", "evil.example"]
    assert server.requests[2].method == "PUT"
    assert server.requests[2].json() == {"email": "a@example.com"}
    assert_credentials_only_on_customerio(server)
    assert "authorization" not in r.transport.sent[2].headers
    report(f"{code} chain to evil.example", r.mode, "identify", "1 (3 requests)", "ok, no auth at evil.example")


async def test_redirect_downgrade_to_http_drops_credentials(rig: Any, server: FaultServer) -> None:
    """A redirect to http://track-eu.customer.io (not HTTPS) drops Authorization."""
    server.push(redirect(307, "http://track-eu.customer.io/api/v1/customers/7"))
    r = rig()
    assert await run(r, "identify", 7) is None
    assert server.hosts() == ["track.customer.io", "track-eu.customer.io"]
    assert server.requests[0].headers["authorization"] == AUTH
    assert "authorization" not in server.requests[1].headers


async def test_redirect_loop_fails_after_max_hops(rig: Any, server: FaultServer, report: Any) -> None:
    """A redirect loop: 6 requests (5 hops), then CustomerIORequestError 307 'more than 5 redirects'."""
    server.always(redirect(307, "/api/v1/customers/7"))
    r = rig()
    exc = await run(r, "identify", 7)
    assert type(exc) is CustomerIORequestError
    assert exc.status_code == 307
    assert exc.message == "more than 5 redirects"
    assert (exc.method, exc.url) == ("PUT", f"{TRACK}/api/v1/customers/7")
    assert len(server.requests) == 6
    assert r.sleeps == []
    assert_credentials_only_on_customerio(server)
    report("307 loop", r.mode, "identify", "1 (6 requests)", outcome(exc))


async def test_redirect_then_5xx_retries_from_the_start(rig: Any, server: FaultServer, report: Any) -> None:
    """307 to EU then 503: the replay starts at the original host, is redirected again, carries X-Retry-Count."""
    location = f"{EU}/api/v1/customers/7"
    server.push(redirect(307, location), status(503), redirect(307, location), ok())
    r = rig()
    exc = await run(r, "identify", 7)
    assert exc is None
    assert server.hosts() == ["track.customer.io", "track-eu.customer.io"] * 2
    assert [rec.headers.get("x-retry-count") for rec in server.requests] == [None, None, "1", "1"]
    assert_credentials_only_on_customerio(server)
    report("307 to EU, 503, again 307, 200", r.mode, "identify", "2 (4 requests)", outcome(exc))


# --- App API ---------------------------------------------------------------------------------------------

EMAIL = {"to": "p@example.com", "identifiers": {"id": "7"}, "transactional_message_id": 3}
SEND_OK = '{"delivery_id": "d-1", "queued_at": 1700000000}'


@pytest.mark.parametrize(
    ("fault", "exc_class"),
    [
        pytest.param(status(500), ServerError, id="500"),
        pytest.param(html_502(), ServerError, id="html502"),
        pytest.param(status(503, retry_after="1"), ServerError, id="503-retry-after"),
        pytest.param(reset(), CustomerIOConnectionError, id="reset"),
        pytest.param(stall(1.0), CustomerIOTimeoutError, id="stall"),
    ],
)
async def test_send_email_never_replayed(
    rig: Any, server: FaultServer, report: Any, fault: Action, exc_class: type[Exception]
) -> None:
    """send_email after a 5xx, a reset or a read timeout is sent exactly once, with the App key only."""
    server.push(fault)
    r = rig(kind="app", timeout=0.3)
    exc = await run(r, "send_email", SendEmailRequest(**EMAIL))
    assert type(exc) is exc_class
    assert len(server.requests) == 1
    assert server.requests[0].path == "/v1/send/email"
    assert server.requests[0].host == "api.customer.io"
    assert server.requests[0].headers["authorization"] == f"Bearer {APP_KEY}"
    report(fault.name, r.mode, "send_email", 1, outcome(exc))


async def test_send_email_replayed_after_429(rig: Any, server: FaultServer, report: Any) -> None:
    """send_email answered 429 (not processed) is replayed once and returns the delivery."""
    server.push(status(429, retry_after="1"), ok(SEND_OK))
    r = rig(kind="app")
    result = await r.call("send_email", SendEmailRequest(**EMAIL))
    assert result.delivery_id == "d-1"
    assert r.sleeps == [1.0]
    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    report("429 Retry-After: 1, then 200", r.mode, "send_email", 2, "ok")


# --- Data Pipelines ---------------------------------------------------------------------------------------

CDP = "https://cdp.customer.io"
ITEMS = [
    {"type": "identify", "userId": "7", "traits": {"plan": "pro"}},
    {"type": "track", "userId": "7", "event": "Ordered", "properties": {"total": 9.5}},
    {"type": "alias", "userId": "7", "previousId": "anon-7"},
]


def message_ids(recorded: Any) -> list[str]:
    return [message["messageId"] for message in recorded.json()["batch"]]


@pytest.mark.parametrize(
    "make_fault",
    [
        pytest.param(reset, id="reset"),
        pytest.param(truncated, id="truncated"),
        pytest.param(lambda: stall(1.0), id="stall"),
        pytest.param(lambda: status(503), id="503"),
    ],
)
async def test_pipelines_batch_replayed_with_the_same_message_ids(
    rig: Any, server: FaultServer, report: Any, make_fault: Any
) -> None:
    """A batch replayed after a reset, truncation, stall or 503 is byte for byte the first: same messageIds."""
    fault: Action = make_fault()
    server.push(fault, status(500))
    r = rig(kind="pipelines", timeout=0.3)
    assert await run(r, "batch", ITEMS) is None
    assert [(rec.method, rec.path, rec.host) for rec in server.requests] == [
        ("POST", "/v1/batch", "cdp.customer.io")
    ] * 3
    assert len({rec.body for rec in server.requests}) == 1
    ids = message_ids(server.requests[0])
    assert len(set(ids)) == 3
    assert_retry_counts(server)
    assert_backoff(r.sleeps)
    report(f"{fault.name}, 500, then 200", r.mode, "pipelines batch", 3, "ok, same messageIds")


async def test_pipelines_429_is_retried_after_its_delay(rig: Any, server: FaultServer, report: Any) -> None:
    """A 429 with Retry-After: 1 is slept exactly and the same message is sent again."""
    server.push(status(429, retry_after="1"), ok())
    r = rig(kind="pipelines")
    assert await run(r, "track", 7, event="Ordered") is None
    assert r.sleeps == [1.0]
    first, second = server.requests
    assert first.body == second.body
    assert first.headers["authorization"] == "Basic " + base64.b64encode(f"{WRITE_KEY}:".encode()).decode()
    report("429 Retry-After: 1, then 200", r.mode, "pipelines track", 2, "ok")


async def test_pipelines_429_storm_ends_in_rate_limit_error(rig: Any, server: FaultServer, report: Any) -> None:
    """429 on every attempt: 4 attempts, then RateLimitError carrying the status."""
    server.always(status(429, retry_after="0"))
    r = rig(kind="pipelines")
    exc = await run(r, "identify", 7)
    assert type(exc) is RateLimitError
    assert len(server.requests) == 4
    report("429 every attempt", r.mode, "pipelines identify", 4, outcome(exc))


async def _bulk_backfill(r: Rig, count: int, **options: Any) -> Any:
    """Send ``count`` events through the rig client's bulk sender (sync or async); return the sender."""
    bulk = r.client.bulk(max_in_flight=1, **options)
    blob = "x" * 20_000  # about 20 KB per message: 24 messages fill a 500 KB request
    if r.mode == "sync":
        with bulk:
            for i in range(count):
                bulk.track(i, event="Imported", properties={"blob": blob})
    else:
        async with bulk:
            for i in range(count):
                await bulk.track(i, event="Imported", properties={"blob": blob})
    return bulk


async def test_pipelines_bulk_survives_a_dropped_connection_mid_batch(
    rig: Any, server: FaultServer, report: Any
) -> None:
    """A connection dropped mid-backfill (2nd of 3 requests, after it was read): only that batch is replayed.

    The replay carries the same messageIds, so every message is accepted exactly once by messageId.
    """
    server.push(ok(), reset())
    r = rig(kind="pipelines", timeout=2.0)
    bulk = await _bulk_backfill(r, 60)
    assert bulk.result.ok
    assert (bulk.result.sent, bulk.result.requests) == (60, 3)
    bodies = [rec.body for rec in server.requests]
    assert len(bodies) == 4
    assert bodies[1] == bodies[2]  # the dropped batch, replayed byte for byte
    ids = [mid for rec in server.requests for mid in message_ids(rec)]
    assert len(set(ids)) == 60  # the only repeats are the replayed batch's, which Customer.io tells by messageId
    report("reset mid-backfill (2nd of 3 requests)", r.mode, "pipelines bulk", "4 requests", "all 60 accepted")


async def test_pipelines_bulk_reports_a_batch_lost_without_retries(rig: Any, server: FaultServer, report: Any) -> None:
    """Without retries, a batch whose connection dropped is reported message by message, not lost silently."""
    server.push(ok(), reset())
    r = rig(kind="pipelines", timeout=2.0, max_retries=0)
    bulk = await _bulk_backfill(r, 60)
    failures = bulk.result.failures
    assert (bulk.result.sent, bulk.result.accepted, len(server.requests)) == (60, 36, 3)
    assert len(failures) == 24
    assert [f.index for f in failures] == list(range(24, 48))
    assert {f.reason.split(":")[0] for f in failures} == {"CustomerIOConnectionError"}
    assert [f.operation["messageId"] for f in failures] == message_ids(server.requests[1])
    report("reset mid-backfill, max_retries=0", r.mode, "pipelines bulk", 3, "24 of 60 reported failed")
