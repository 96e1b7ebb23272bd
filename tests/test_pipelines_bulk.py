"""Data Pipelines bulk and background senders: packing within the limits, accounting, overflow, flushing at exit."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx

from customerio import (
    AsyncPipelinesClient,
    BulkError,
    BulkFailure,
    MissingParamError,
    PipelinesClient,
)
from customerio._pipelines_calls import MAX_BATCH_BYTES, MAX_MESSAGE_BYTES

from ._openapi import HttpxOpenAPIRequest
from ._support import close, no_sleep

WRITE_KEY = "pipelines-write-key-0003"
BATCH = "https://cdp.customer.io/v1/batch"
SPEC = Path(__file__).resolve().parents[1] / "spec" / "openapi.yaml"


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """A sync or async Pipelines client with sleeping stubbed out."""
    cls = PipelinesClient if request.param == "sync" else AsyncPipelinesClient
    made = cls(WRITE_KEY)
    no_sleep(made)
    yield made
    await close(made)


class Session:
    """Drives a bulk sender of a sync or async client with the same code."""

    def __init__(self, client: Any, **options: Any) -> None:
        self.bulk = client.bulk(**options)
        self.is_async = isinstance(client, AsyncPipelinesClient)

    async def __aenter__(self) -> Session:
        if self.is_async:
            await self.bulk.__aenter__()
        else:
            self.bulk.__enter__()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if self.is_async:
            await self.bulk.__aexit__(*exc)
        else:
            self.bulk.__exit__(*exc)

    async def do(self, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.bulk, method)(*args, **kwargs)
        return await result if self.is_async else result


def sent_batches(route: respx.Route) -> list[list[dict[str, Any]]]:
    return [json.loads(call.request.content)["batch"] for call in route.calls]


def message_of_size(size: int, n: int) -> dict[str, Any]:
    """A wire-form track message whose JSON, once completed (context, fixed id and time), is exactly ``size`` bytes."""
    message: dict[str, Any] = {
        "type": "track",
        "userId": str(n),
        "event": "e",
        "properties": {"p": ""},
        "messageId": f"m-{n:06d}",
        "timestamp": "2024-05-01T09:30:00.000Z",
    }
    library = {"library": {"name": "customerio-py", "version": __import__("customerio").__version__}}
    encoded = len(json.dumps({**message, "context": library}, separators=(",", ":")))
    message["properties"]["p"] = "x" * (size - encoded)
    return message


async def test_calls_become_batched_messages(respx_mock: respx.MockRouter, client: Any) -> None:
    """Each call shape becomes its message in one /batch request, valid against the spec; events keep their fields."""
    from openapi_core import OpenAPI

    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("identify", 1, traits={"email": "a@example.com"})
        await s.do("track", anonymous_id="a", event="Viewed", properties={"n": 1})
        await s.do("page", 1, name="Home", category="Docs")
        await s.do("screen", 1, name="Settings")
        await s.do("group", 1, group_id="acme", traits={"object_type_id": "1"})
        await s.do("alias", 1, previous_id="a")
        await s.do("message", {"type": "track", "userId": "2", "event": "Imported", "channel": "server"})
    (batch,) = sent_batches(route)
    assert [(m["type"], m.get("userId"), m.get("anonymousId")) for m in batch] == [
        ("identify", "1", None),
        ("track", None, "a"),
        ("page", "1", None),
        ("screen", "1", None),
        ("group", "1", None),
        ("alias", "1", None),
        ("track", "2", None),
    ]
    assert batch[1]["event"] == "Viewed"
    assert batch[6]["channel"] == "server"
    assert len({m["messageId"] for m in batch}) == 7
    OpenAPI.from_file_path(str(SPEC)).validate_request(HttpxOpenAPIRequest(route.calls.last.request))
    assert (s.bulk.result.sent, s.bulk.result.requests, s.bulk.result.ok) == (7, 1, True)


@pytest.mark.parametrize("context", [None, {"ip": "203.0.113.7"}, {"library": {"name": "mine", "version": "1"}}])
def test_message_text_is_the_json_encoding(context: Any) -> None:
    """The text a sender packs (its own context encoded once) is exactly what httpx would encode for the message."""
    from customerio._payload import json_text
    from customerio._pipelines_calls import Envelope

    envelope = Envelope({"locale": "en-GB"})
    message = envelope.message("track", user_id="é", fields={"event": "e", "properties": {"n": [1.5]}}, context=context)
    expected = json_text(message)
    assert envelope.text(dict(message)) == expected
    assert json.loads(expected)["context"]["locale"] == "en-GB"


@pytest.mark.parametrize("extra", [0, 1])
async def test_request_packing_boundary(respx_mock: respx.MockRouter, client: Any, extra: int) -> None:
    """Messages filling exactly 500,000 bytes go in one request; one byte more starts a second request."""
    route = respx_mock.post(BATCH).respond(200, json={})
    envelope, count = len(b'{"batch":[]}'), 16
    per = (MAX_BATCH_BYTES - envelope - (count - 1)) // count
    sizes = [per] * count
    sizes[-1] += MAX_BATCH_BYTES - envelope - (count - 1) - per * count + extra
    async with Session(client, max_in_flight=1) as s:
        for i, size in enumerate(sizes):
            await s.do("message", message_of_size(size, i))
    lengths = [len(call.request.content) for call in route.calls]
    if extra == 0:
        assert lengths == [MAX_BATCH_BYTES]
    else:
        assert len(lengths) == 2
        assert max(lengths) <= MAX_BATCH_BYTES
        assert sum(len(b) for b in sent_batches(route)) == count
    assert s.bulk.result.sent == count


async def test_message_over_32kb_raises_when_added(respx_mock: respx.MockRouter, client: Any) -> None:
    """A message of exactly 32,000 bytes is accepted; one byte more raises ValueError at the call that adds it."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("message", message_of_size(MAX_MESSAGE_BYTES, 1))
        with pytest.raises(ValueError, match="at most 32000"):
            await s.do("message", message_of_size(MAX_MESSAGE_BYTES + 1, 2))
        with pytest.raises(MissingParamError, match="event is required"):
            await s.do("track", 1)
    assert [len(b) for b in sent_batches(route)] == [1]


async def test_failed_request_reports_every_message(respx_mock: respx.MockRouter, client: Any) -> None:
    """A request still failing after retries reports each of its messages (which one, why); raise_on_error raises."""
    route = respx_mock.post(BATCH).respond(400, json={"meta": {"errors": ["bad batch"]}})
    s = Session(client, raise_on_error=True)
    await s.__aenter__()
    await s.do("identify", 1)
    await s.do("track", 2, event="e")
    with pytest.raises(BulkError, match="2 of 2 bulk operations failed") as info:
        await s.__aexit__(None, None, None)
    assert route.call_count == 1  # a 400 is not replayed
    failures = info.value.result.failures
    assert [(f.index, f.status_code) for f in failures] == [(0, 400), (1, 400)]
    assert [f.operation for f in failures] == sent_batches(route)[0]
    assert "bad batch" in failures[0].reason


async def test_replayed_batch_keeps_its_message_ids(respx_mock: respx.MockRouter, client: Any) -> None:
    """A batch replayed after a 503 is byte for byte the first one: the same messageIds, so no duplicates."""
    route = respx_mock.post(BATCH).mock(side_effect=[httpx.Response(503), httpx.Response(200, json={})])
    async with Session(client) as s:
        await s.do("track", 1, event="a")
        await s.do("track", 1, event="b")
    first, second = route.calls
    assert first.request.content == second.request.content
    assert s.bulk.result.ok


async def test_strict_mode_reaches_bulk_requests(respx_mock: respx.MockRouter) -> None:
    """A strict-mode client's bulk requests carry X-Strict-Mode: 1."""
    route = respx_mock.post(BATCH).respond(200, json={})
    with PipelinesClient(WRITE_KEY, strict_mode=True) as cdp, cdp.bulk() as bulk:
        bulk.track(1, event="e")
    assert route.calls.last.request.headers["x-strict-mode"] == "1"


# --------------------------------------------------------------------------------------------------
# Background senders


def wait_until(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_background_sends_on_size_and_on_interval(respx_mock: respx.MockRouter) -> None:
    """flush_at queued messages go out at once; a lone message goes out flush_interval after it was queued."""
    route = respx_mock.post(BATCH).respond(200, json={})
    with PipelinesClient(WRITE_KEY) as cdp:
        events = cdp.background(flush_at=5, flush_interval=30.0)
        for i in range(5):
            assert events.track(i, event="e") is True
        wait_until(lambda: route.call_count == 1)
        assert len(sent_batches(route)[0]) == 5
        events.close()
        events = cdp.background(flush_at=100, flush_interval=0.05)
        started = time.monotonic()
        events.identify(1)
        wait_until(lambda: route.call_count == 2)
        assert time.monotonic() - started >= 0.04
        stats = events.close()
    assert (stats.queued, stats.sent, stats.accepted, stats.failed, stats.pending) == (1, 1, 1, 0, 0)


def test_background_sends_a_lone_message_after_the_interval_every_time(respx_mock: respx.MockRouter) -> None:
    """Once the worker has gone idle, a new lone message still goes out flush_interval after it was queued."""
    route = respx_mock.post(BATCH).respond(200, json={})
    with PipelinesClient(WRITE_KEY) as cdp, cdp.background(flush_interval=0.05) as events:
        for n in range(1, 4):
            events.track(n, event="e")
            wait_until(lambda n=n: route.call_count == n)  # type: ignore[misc]
            time.sleep(0.1)  # the worker is idle again
    assert [len(batch) for batch in sent_batches(route)] == [1, 1, 1]


async def test_async_background_sends_a_lone_message_after_the_interval(respx_mock: respx.MockRouter) -> None:
    """The async worker, idle after a send, also sends a later lone message after flush_interval."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with AsyncPipelinesClient(WRITE_KEY) as cdp, cdp.background(flush_interval=0.05) as events:
        for n in range(1, 4):
            await events.track(n, event="e")
            with anyio.fail_after(5):
                while route.call_count < n:
                    await anyio.sleep(0.01)
            await anyio.sleep(0.1)
    assert [len(batch) for batch in sent_batches(route)] == [1, 1, 1]


def test_background_flush_and_close(respx_mock: respx.MockRouter) -> None:
    """flush() sends everything queued and waits for it; close() refuses further messages."""
    route = respx_mock.post(BATCH).respond(200, json={})
    with PipelinesClient(WRITE_KEY) as cdp:
        events = cdp.background(flush_interval=60.0)
        for i in range(30):
            events.track(i, event="e")
        stats = events.flush(timeout=5)
        assert (stats.queued, stats.sent, stats.pending, stats.requests) == (30, 30, 0, 1)
        assert route.call_count == 1
        events.close()
        with pytest.raises(RuntimeError, match="closed"):
            events.track(1, event="late")


def test_client_close_sends_what_its_background_sender_holds(respx_mock: respx.MockRouter) -> None:
    """Closing the client closes its background senders first, so nothing they hold is lost."""
    route = respx_mock.post(BATCH).respond(200, json={})
    cdp = PipelinesClient(WRITE_KEY)
    events = cdp.background(flush_interval=60.0)
    events.page(1, name="Home")
    cdp.close()
    assert route.call_count == 1
    assert events.stats.sent == 1


class Gate:
    """A respx side effect that holds every request until released, counting the ones it holds."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.held = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.held += 1
        assert self.open.wait(10)
        return httpx.Response(200, json={})


@pytest.mark.parametrize("overflow", ["drop_new", "drop_old"])
def test_background_overflow_drops_are_counted_and_reported(respx_mock: respx.MockRouter, overflow: str) -> None:
    """A full queue drops a message (drop_new: the new one, drop_old: the oldest), counted and reported.

    The drop is in stats.dropped and stats.failed, in failures, and passed to on_failure.
    """
    gate = Gate()
    route = respx_mock.post(BATCH).mock(side_effect=gate)
    reported: list[BulkFailure] = []
    with PipelinesClient(WRITE_KEY) as cdp:
        events = cdp.background(flush_at=1, max_queue=2, overflow=overflow, on_failure=reported.append)  # type: ignore[arg-type]
        events.track(0, event="e")  # taken by the worker, whose request is held
        wait_until(lambda: gate.held == 1)
        assert events.track(1, event="e") is True
        assert events.track(2, event="e") is True
        assert events.track(3, event="e") is (overflow == "drop_old")
        gate.open.set()
        stats = events.close()
    assert (stats.queued, stats.dropped, stats.failed) == ((4, 1, 1) if overflow == "drop_old" else (3, 1, 1))
    (failure,) = reported
    assert events.failures == [failure]
    assert "queue was full" in failure.reason
    if overflow == "drop_new":
        assert (failure.index, failure.operation["userId"]) == (-1, "3")
        sent = [m["userId"] for batch in sent_batches(route) for m in batch]
        assert sent == ["0", "1", "2"]
    else:
        assert (failure.index, failure.operation["userId"]) == (1, "1")
        sent = [m["userId"] for batch in sent_batches(route) for m in batch]
        assert sent == ["0", "2", "3"]
    assert stats.sent == 3


def test_background_block_overflow_waits_for_room(respx_mock: respx.MockRouter) -> None:
    """overflow="block": a call on a full queue waits until the worker takes messages, and nothing is dropped."""
    gate = Gate()
    respx_mock.post(BATCH).mock(side_effect=gate)
    with PipelinesClient(WRITE_KEY) as cdp:
        events = cdp.background(flush_at=1, max_queue=1, overflow="block")
        events.track(0, event="e")
        wait_until(lambda: gate.held == 1)
        events.track(1, event="e")  # fills the queue
        done = threading.Event()
        threading.Thread(target=lambda: (events.track(2, event="e"), done.set()), daemon=True).start()
        assert not done.wait(0.2)  # blocked on the full queue
        gate.open.set()
        assert done.wait(5)
        stats = events.close()
    assert (stats.queued, stats.sent, stats.dropped, stats.failed) == (3, 3, 0, 0)


def test_background_request_failures_are_reported(respx_mock: respx.MockRouter) -> None:
    """A request that fails after retries: each of its messages is counted, listed and reported, by queue number."""
    respx_mock.post(BATCH).respond(401, json={"meta": {"error": "bad write key"}})
    reported: list[BulkFailure] = []
    with PipelinesClient(WRITE_KEY) as cdp:
        events = cdp.background(on_failure=reported.append)
        for i in range(3):
            events.identify(i)
        stats = events.flush(timeout=5)
        events.close()
    assert (stats.sent, stats.accepted, stats.failed, stats.dropped) == (3, 0, 3, 0)
    assert [(f.index, f.status_code, f.operation["userId"]) for f in reported] == [
        (0, 401, "0"),
        (1, 401, "1"),
        (2, 401, "2"),
    ]
    assert "bad write key" in reported[0].reason


def test_background_sender_flushes_at_interpreter_exit(tmp_path: Path) -> None:
    """Messages still queued when the program ends are sent by the exit hook (within exit_timeout)."""
    script = tmp_path / "exit.py"
    script.write_text(
        "import httpx, json\n"
        "from customerio import PipelinesClient\n"
        "def answer(request):\n"
        "    print('SENT', len(json.loads(request.content)['batch']), flush=True)\n"
        "    return httpx.Response(200, json={})\n"
        "cdp = PipelinesClient('key', transport=httpx.MockTransport(answer))\n"
        "events = cdp.background(flush_at=1000, flush_interval=60.0, max_in_flight=2)\n"
        "for i in range(250):\n"
        "    events.track(i, event='e')\n"
        "print('QUEUED', events.stats.queued, events.stats.sent, flush=True)\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "QUEUED 250 0" in done.stdout
    assert sum(int(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("SENT")) == 250


def test_background_settings_are_checked() -> None:
    """Bad flush_at, flush_interval, max_queue, overflow and max_in_flight raise ValueError at once."""
    with PipelinesClient(WRITE_KEY) as cdp:
        for bad in (
            {"flush_at": 0},
            {"flush_interval": 0},
            {"max_queue": -1},
            {"overflow": "wait"},
            {"max_in_flight": 0},
        ):
            with pytest.raises(ValueError, match=next(iter(bad))):
                cdp.background(**bad)


async def test_async_background_sends_and_flushes(respx_mock: respx.MockRouter) -> None:
    """The async sender: calls queue and return, flush() waits for the send, leaving the block sends the rest."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with AsyncPipelinesClient(WRITE_KEY) as cdp:
        with pytest.raises(RuntimeError, match="async with"):
            await cdp.background().track(1, event="e")
        async with cdp.background(flush_interval=60.0) as events:
            for i in range(10):
                assert await events.track(i, event="e") is True
            stats = await events.flush(timeout=5)
            assert (stats.sent, stats.pending) == (10, 0)
            await events.identify(99)
        assert events.stats.sent == 11
        async with cdp.background(flush_at=100, flush_interval=0.05) as events:
            await events.alias(1, previous_id="a")
            with anyio.fail_after(5):
                while route.call_count < 3:
                    await anyio.sleep(0.01)
    assert [len(batch) for batch in sent_batches(route)] == [10, 1, 1]


async def test_async_background_drops_when_full(respx_mock: respx.MockRouter) -> None:
    """The async sender's drop_new overflow refuses, counts and reports the message."""
    release = anyio.Event()

    async def held(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return httpx.Response(200, json={})

    respx_mock.post(BATCH).mock(side_effect=held)
    reported: list[BulkFailure] = []
    async with (
        AsyncPipelinesClient(WRITE_KEY) as cdp,
        cdp.background(flush_at=1, max_queue=1, on_failure=reported.append) as events,
    ):
        await events.track(0, event="e")
        with anyio.fail_after(5):
            while events.stats.pending != 1 or events._state.items:
                await anyio.sleep(0.01)
        assert await events.track(1, event="e") is True
        assert await events.track(2, event="e") is False
        release.set()
    assert (events.stats.queued, events.stats.sent, events.stats.dropped) == (2, 2, 1)
    assert [f.operation["userId"] for f in reported] == ["2"]


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs os.fork")
def test_background_sender_restarts_in_a_forked_child() -> None:
    """A sender used in a forked child starts its own worker with an empty queue; the parent keeps its own."""
    import os

    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.extend(message["userId"] for message in json.loads(request.content)["batch"])
        return httpx.Response(200, json={})

    with PipelinesClient(WRITE_KEY, transport=httpx.MockTransport(answer)) as cdp:
        events = cdp.background(flush_interval=60.0)
        events.track("parent-1", event="e")  # queued (the worker is running) when the process forks
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: send one message of its own and report what it sent (no pytest teardown here)
            events.track("child-1", event="e")
            stats = events.close(timeout=5)
            os.write(write, json.dumps([sent, stats.sent, stats.pending]).encode())
            os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        child = json.loads(os.read(read, 4096).decode())
        os.close(read)
        stats = events.close(timeout=5)
    assert child == [["child-1"], 1, 0]
    assert sent == ["parent-1"]
    assert (stats.sent, stats.pending) == (1, 0)


def test_background_close_timeout_reports_what_it_could_not_send(
    respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """close(timeout) past which the worker is still busy: queued messages are reported unsent, in-flight counted."""
    gate = Gate()
    respx_mock.post(BATCH).mock(side_effect=gate)
    reported: list[BulkFailure] = []
    with PipelinesClient(WRITE_KEY) as cdp:
        events = cdp.background(flush_at=1, on_failure=reported.append)
        events.track(0, event="e")
        wait_until(lambda: gate.held == 1)
        events.track(1, event="e")
        events.track(2, event="e")
        stats = events.close(timeout=0.1)
        assert (stats.queued, stats.failed, stats.pending) == (3, 2, 1)
        assert [(f.index, f.operation["userId"]) for f in reported] == [(1, "1"), (2, "2")]
        assert all(f.reason.startswith("not sent") for f in reported)
        assert "closed with 1 messages still being sent" in caplog.text
        gate.open.set()
        wait_until(lambda: events.stats.sent == 1)
