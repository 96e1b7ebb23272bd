"""Bulk sending through v2 batch: conversion, packing boundaries, 207s, failures, flush on exit, concurrency."""

from __future__ import annotations

import json
import warnings
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
import respx
from hypothesis import given, strategies as st

from customerio import AsyncTrackClient, BulkError, MissingParamError, TrackClient
from customerio._bulk import MAX_OPERATION_BYTES, MAX_REQUEST_BYTES

from ._support import API_KEY, SITE_ID, close, no_sleep

BATCH = "https://track.customer.io/api/v2/batch"


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """A sync or async Track client with sleeping stubbed out."""
    cls = TrackClient if request.param == "sync" else AsyncTrackClient
    made = cls(SITE_ID, API_KEY)
    no_sleep(made)
    yield made
    await close(made)


class Session:
    """Drives a bulk sender of a sync or async client with the same code."""

    def __init__(self, client: Any, **options: Any) -> None:
        self.bulk = client.bulk(**options)
        self.is_async = isinstance(client, AsyncTrackClient)

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


def encoded_size(op: dict[str, Any]) -> int:
    return len(json.dumps(op, ensure_ascii=False, separators=(",", ":")).encode())


def op_of_size(size: int, n: int) -> dict[str, Any]:
    """An identify operation whose JSON encoding is exactly ``size`` bytes."""
    op: dict[str, Any] = {
        "type": "person",
        "action": "identify",
        "identifiers": {"id": str(n)},
        "attributes": {"p": ""},
    }
    op["attributes"]["p"] = "x" * (size - encoded_size(op))
    assert encoded_size(op) == size
    return op


async def test_calls_become_v2_operations(respx_mock: respx.MockRouter, client: Any) -> None:
    """Each client-style call becomes the matching v2 operation; events get dedupe ids."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("identify", 1, email="a@example.com")
        await s.do("identify", {"email": "b@example.com"}, plan="pro")
        await s.do("track", "cio_abc", name="purchase", data={"price": 5}, timestamp=1700000000)
        await s.do("track_page_view", 2, "https://example.com/")
        await s.do("add_device", 3, "tok", "ios", {"last_used": 5, "app": "1"})
        await s.do("delete_device", 3, "tok")
        await s.do("destroy", 4)
        await s.do("suppress", 5)
        await s.do("unsuppress", 5)
        await s.do("merge_customers", "id", "1", "email", "old@example.com")
    (batch,) = sent_batches(route)
    for op in batch:
        op.pop("id", None) if op["action"] in ("event", "page") else None
    assert batch == [
        {"type": "person", "action": "identify", "identifiers": {"id": "1"}, "attributes": {"email": "a@example.com"}},
        {"type": "person", "action": "identify", "identifiers": {"email": "b@example.com"}, "attributes": {"plan": "pro"}},
        {"type": "person", "action": "event", "identifiers": {"cio_id": "abc"}, "name": "purchase",
         "attributes": {"price": 5}, "timestamp": 1700000000},
        {"type": "person", "action": "page", "identifiers": {"id": "2"}, "name": "https://example.com/"},
        {"type": "person", "action": "add_device", "identifiers": {"id": "3"},
         "device": {"token": "tok", "platform": "ios", "last_used": 5, "attributes": {"app": "1"}}},
        {"type": "person", "action": "delete_device", "identifiers": {"id": "3"}, "device": {"token": "tok"}},
        {"type": "person", "action": "delete", "identifiers": {"id": "4"}},
        {"type": "person", "action": "suppress", "identifiers": {"id": "5"}},
        {"type": "person", "action": "unsuppress", "identifiers": {"id": "5"}},
        {"type": "person", "action": "merge", "primary": {"id": "1"}, "secondary": {"email": "old@example.com"}},
    ]  # fmt: skip
    event_ids = [json.loads(route.calls[0].request.content)["batch"][i]["id"] for i in (2, 3)]
    assert len(set(event_ids)) == 2


@pytest.mark.parametrize("extra", [0, 1])
async def test_request_packing_boundary(respx_mock: respx.MockRouter, client: Any, extra: int) -> None:
    """Operations filling exactly 500 KB go in one request; one byte more starts a second request."""
    route = respx_mock.post(BATCH).respond(200, json={})
    envelope, count = len(b'{"batch":[]}'), 16
    per_op = (MAX_REQUEST_BYTES - envelope - (count - 1)) // count
    sizes = [per_op] * count
    sizes[-1] += MAX_REQUEST_BYTES - envelope - (count - 1) - per_op * count + extra
    ops = [op_of_size(size, i) for i, size in enumerate(sizes)]
    async with Session(client, max_in_flight=1) as s:
        for op in ops:
            await s.do("operation", op)
    lengths = [len(call.request.content) for call in route.calls]
    if extra == 0:
        assert lengths == [MAX_REQUEST_BYTES]
    else:
        assert len(lengths) == 2
        assert sum(len(batch) for batch in sent_batches(route)) == count
        assert all(length <= MAX_REQUEST_BYTES for length in lengths)
    assert s.bulk.result.sent == count
    assert s.bulk.result.ok


async def test_operation_over_32kb_raises_when_added(respx_mock: respx.MockRouter, client: Any) -> None:
    """An operation of exactly 32 KB is accepted; one byte more raises ValueError at the call that adds it."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("operation", op_of_size(MAX_OPERATION_BYTES, 1))
        with pytest.raises(ValueError, match="at most 32768"):
            await s.do("operation", op_of_size(MAX_OPERATION_BYTES + 1, 2))
    assert [len(b) for b in sent_batches(route)] == [1]


async def test_207_failures_reported_per_operation(respx_mock: respx.MockRouter, client: Any) -> None:
    """A 207's per-operation errors are reported with the operation's global index and reason."""
    respx_mock.post(BATCH).respond(
        207, json={"errors": [{"batch_index": 1, "reason": "invalid", "field": "name", "message": "name is too long"}]}
    )
    async with Session(client) as s:
        await s.do("identify", 1, a=1)
        await s.do("track", 1, name="e")
        await s.do("identify", 2, a=2)
    result = s.bulk.result
    assert (result.sent, result.accepted, result.requests) == (3, 2, 1)
    (failure,) = result.failures
    assert (failure.index, failure.reason, failure.status_code) == (1, "name is too long", 207)
    assert failure.operation["name"] == "e"
    assert failure.operation == json.loads(respx_mock.calls.last.request.content)["batch"][1]


async def test_failed_request_reports_every_operation_and_can_raise(respx_mock: respx.MockRouter, client: Any) -> None:
    """A request that still fails after retries reports each of its operations; raise_on_error raises BulkError."""
    route = respx_mock.post(BATCH).respond(400, json={"meta": {"error": "bad batch"}})
    s = Session(client, raise_on_error=True)
    await s.__aenter__()
    await s.do("identify", 1)
    await s.do("destroy", 2)
    with pytest.raises(BulkError, match="2 of 2 bulk operations failed") as info:
        await s.__aexit__(None, None, None)
    assert route.call_count == 1
    assert [(f.index, f.status_code) for f in info.value.result.failures] == [(0, 400), (1, 400)]
    assert [f.operation for f in info.value.result.failures] == sent_batches(route)[0]
    assert "bad batch" in info.value.result.failures[0].reason


async def test_retries_keep_event_ids(respx_mock: respx.MockRouter, client: Any) -> None:
    """A batch of events replayed after a 503 carries the same dedupe ids."""
    route = respx_mock.post(BATCH).mock(side_effect=[httpx.Response(503), httpx.Response(200, json={})])
    async with Session(client) as s:
        await s.do("track", 1, name="a")
        await s.do("track", 1, name="b")
    first, second = sent_batches(route)
    assert first == second
    assert all(len(op["id"]) == 26 for op in first)


async def test_exit_flushes_even_when_the_block_raises(respx_mock: respx.MockRouter, client: Any) -> None:
    """Leaving the block by an exception still sends what was added, and the block's exception propagates."""
    route = respx_mock.post(BATCH).respond(200, json={})

    async def body() -> None:
        async with Session(client) as s:
            await s.do("identify", 1)
            raise KeyError("boom")

    with pytest.raises(KeyError):
        await body()
    assert route.call_count == 1


async def test_flush_returns_cumulative_result(respx_mock: respx.MockRouter, client: Any) -> None:
    """flush() sends pending operations and returns the result so far; an empty flush sends nothing."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("identify", 1)
        first = await s.do("flush")
        assert (first.sent, route.call_count) == (1, 1)
        await s.do("flush")
        assert route.call_count == 1


async def test_async_in_flight_limit(respx_mock: respx.MockRouter) -> None:
    """The async sender never has more than max_in_flight requests outstanding."""
    active = peak = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await anyio.sleep(0.01)
        active -= 1
        return httpx.Response(200, json={})

    route = respx_mock.post(BATCH).mock(side_effect=slow)
    async with AsyncTrackClient(SITE_ID, API_KEY) as cio:
        async with cio.bulk(max_in_flight=2) as bulk:
            for i in range(40):
                await bulk.operation(op_of_size(MAX_OPERATION_BYTES - 100, i))
        assert bulk.result.sent == 40
    assert route.call_count >= 3
    assert peak == bulk.peak_in_flight == 2


def test_sync_in_flight_limit(respx_mock: respx.MockRouter) -> None:
    """The sync sender uses at most max_in_flight worker threads at once and records every operation."""
    route = respx_mock.post(BATCH).respond(200, json={})
    with TrackClient(SITE_ID, API_KEY) as cio, cio.bulk(max_in_flight=3) as bulk:
        for i in range(60):
            bulk.operation(op_of_size(MAX_OPERATION_BYTES - 100, i))
    assert bulk.result.sent == 60
    assert bulk.result.requests == route.call_count
    assert 1 <= bulk.peak_in_flight <= 3
    with pytest.raises(ValueError, match="max_in_flight"):
        TrackClient(SITE_ID, API_KEY).bulk(max_in_flight=0)


async def test_bulk_requests_conform_to_the_spec(respx_mock: respx.MockRouter, client: Any) -> None:
    """Every batch request the bulk sender builds (its own operations are not round-tripped) validates against the spec."""
    from pathlib import Path

    from openapi_core import OpenAPI

    from ._openapi import HttpxOpenAPIRequest

    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("identify", 1, email="a@example.com", tags=["x"])
        await s.do("track", 2, name="purchase", data={"price": 5.5}, timestamp=1700000000.7)
        await s.do("track_page_view", 2, "https://example.com/")
        await s.do("add_device", 3, "tok", "android", {"last_used": 5})
        await s.do("delete_device", 3, "tok")
        await s.do("destroy", "cio_abc")
        await s.do("suppress", {"email": "b@example.com"})
        await s.do("unsuppress", 5)
        await s.do("merge_customers", "email", "a@example.com", "id", 7)
    spec = OpenAPI.from_file_path(str(Path(__file__).resolve().parents[1] / "spec" / "openapi.yaml"))
    (call,) = route.calls
    spec.validate_request(HttpxOpenAPIRequest(call.request))
    ops = json.loads(call.request.content)["batch"]
    assert ops[1]["timestamp"] == 1700000000
    assert ops[-1]["secondary"] == {"id": "7"}


async def test_bulk_devices_follow_the_clients_rules(respx_mock: respx.MockRouter, client: Any) -> None:
    """Bulk devices are built like the client's: token as text, last_used as whole unix seconds, required fields."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("add_device", 3, 77, "android", {"last_used": 5.9, "app": "1"})
        with pytest.raises(MissingParamError, match="platform is required"):
            await s.do("add_device", 3, "tok", " ")
    (op,) = sent_batches(route)[0]
    assert op["device"] == {"token": "77", "platform": "android", "last_used": 5, "attributes": {"app": "1"}}


async def test_bulk_ids_follow_the_clients_rules(respx_mock: respx.MockRouter, client: Any) -> None:
    """Numeric ids go as decimal text, as the client's track and entity send them.

    Non-ASCII operations are measured in UTF-8 bytes.
    """
    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("track", 1, name="e", id=42)
        await s.do("operation", {"type": "person", "action": "identify", "identifiers": {"id": 7}})
        await s.do("identify", "é", {"name": "Zoë"})
        with pytest.raises(TypeError, match="id must be a str"):
            await s.do("track", 1, name="e", id=4.5)
    batch = sent_batches(route)[0]
    assert batch[0]["id"] == "42"
    assert batch[1]["identifiers"] == {"id": "7"}
    assert batch[2] == {
        "type": "person",
        "action": "identify",
        "identifiers": {"id": "é"},
        "attributes": {"name": "Zoë"},
    }
    body = route.calls[0].request.content
    assert len(body) == len(b'{"batch":[]}') + sum(encoded_size(op) for op in batch) + len(batch) - 1


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(value=_json)
def test_operation_encoding_is_httpx_encoding(value: Any) -> None:
    """The packer's encoder writes exactly the bytes httpx's ``json=`` would (sizes are the sizes sent)."""
    from customerio._bulk import _encode

    expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    assert _encode(value) == expected


async def test_a_finished_block_takes_no_more_operations(respx_mock: respx.MockRouter, client: Any) -> None:
    """Adding after the block ended raises instead of leaving the operation unsent forever."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with Session(client) as s:
        await s.do("identify", 1)
    with pytest.raises(RuntimeError, match="bulk"):
        await s.do("identify", 2)
    assert route.call_count == 1
    assert s.bulk.result.sent == 1


async def test_async_sender_outside_its_block_refuses_operations(respx_mock: respx.MockRouter) -> None:
    """An AsyncBulk never entered cannot send, so it refuses operations at once."""
    route = respx_mock.post(BATCH).respond(200, json={})
    async with AsyncTrackClient(SITE_ID, API_KEY) as cio:
        with pytest.raises(RuntimeError, match="async with"):
            await cio.bulk().identify(1)
    assert not route.called


def _drop_unflushed(cio: TrackClient, count: int, *, flush: bool) -> None:
    bulk = cio.bulk()
    for i in range(count):
        bulk.identify(i)
    if flush:
        bulk.flush()
    # Leaving this frame drops the last reference: CPython collects the sender here.


def test_sync_sender_dropped_with_unsent_operations_warns(respx_mock: respx.MockRouter) -> None:
    """A sync sender used without `with` and never flushed warns when collected, naming the unsent count."""
    route = respx_mock.post(BATCH).respond(200, json={})
    with TrackClient(SITE_ID, API_KEY) as cio:
        with pytest.warns(RuntimeWarning, match="2 operations never sent"):
            _drop_unflushed(cio, 2, flush=False)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            _drop_unflushed(cio, 3, flush=True)
    assert route.call_count == 1


async def test_cancelled_block_reports_every_operation(respx_mock: respx.MockRouter) -> None:
    """Cancelling the block mid-flight loses nothing silently: in-flight and unsent operations are failures."""
    started = anyio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        started.set()
        await anyio.sleep(60)
        return httpx.Response(200, json={})

    respx_mock.post(BATCH).mock(side_effect=hang)
    async with AsyncTrackClient(SITE_ID, API_KEY) as cio:
        bulk = cio.bulk(max_in_flight=1)
        with anyio.move_on_after(5) as scope:
            async with bulk:
                for i in range(17):  # 16 fill the first request; the 17th starts the second one
                    await bulk.operation(op_of_size(MAX_REQUEST_BYTES // 16 - 20, i))
                await started.wait()
                await bulk.identify("last")
                scope.cancel()
                await anyio.sleep(1)
    result = bulk.result
    assert result.sent == 18
    assert len(result.failures) == 18
    reasons = {f.reason for f in result.failures}
    assert any("interrupted" in r for r in reasons)
    assert any("not sent" in r for r in reasons)
    assert [f.index for f in result.failures] == list(range(18))


def test_interrupted_inline_send_is_reported() -> None:
    """A KeyboardInterrupt during an inline send (max_in_flight=1) still accounts for the chunk's operations."""

    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    with TrackClient(SITE_ID, API_KEY, transport=httpx.MockTransport(interrupt)) as cio:
        bulk = cio.bulk(max_in_flight=1)
        with pytest.raises(KeyboardInterrupt), bulk:
            bulk.identify(1)
    assert bulk.result.sent == 1
    assert "interrupted" in bulk.result.failures[0].reason


def test_a_flush_interrupted_while_waiting_gives_back_its_slots() -> None:
    """Ctrl-C while a flush waits for the requests in flight must not leak the slots it already took.

    Leaked, the flush that leaving the block runs next waits for them forever (the command line's second
    Ctrl-C hung that way).
    """
    from customerio._bulk import BulkPacker, SyncSender

    class Client:
        def _send(self, call: Any) -> None:
            return None

    sender = SyncSender(Client(), BulkPacker(), max_in_flight=3)
    real = sender._slots
    taken: list[int] = []

    class InterruptedOnSecondAcquire:
        def acquire(self) -> bool:
            taken.append(1)
            if len(taken) == 2:
                raise KeyboardInterrupt
            return real.acquire()

        def release(self) -> None:
            real.release()

    sender._slots = InterruptedOnSecondAcquire()  # type: ignore[assignment]
    with pytest.raises(KeyboardInterrupt):
        sender.flush()
    sender._slots = real
    assert real._value == 3  # type: ignore[attr-defined]  # every slot free: the next flush returns at once
    assert sender.flush() is sender.result
