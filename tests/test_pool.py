"""The SDK's own connection pool: its bookkeeping alone, then real HTTP over loopback, sync and async.

The clients use this pool when the caller gives neither ``http_client`` nor ``transport``. The loopback
tests count connections on the server side (each request's client port), so reuse, limits and
reconnection are observed where they happen, not taken from the pool's own counters.
"""

from __future__ import annotations

import asyncio
import gc
import ssl
import threading
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import httpcore
import httpx
import pytest
from hypothesis import given, settings, strategies as st

from customerio import AsyncTrackClient, CustomerIOConnectionError, TrackClient
from customerio._async._base import AsyncSdkHttpClient
from customerio._async._pool import AsyncPool, AsyncSdkTransport
from customerio._asyncio_net import AsyncioBackend, AsyncioStream
from customerio._pooling import AsyncNetwork, Network, PoolState, Signal, Waiter
from customerio._sync._base import SdkHttpClient
from customerio._sync._pool import Pool, SdkTransport

from ._support import API_KEY, SITE_ID, no_sleep
from .faults.server import FaultServer, free_closed_port, reset, stall

# ---------------------------------------------------------------------------------------------------
# Bookkeeping (PoolState): no I/O, no clock
# ---------------------------------------------------------------------------------------------------

A = ("http", "a", 80)
B = ("http", "b", 80)


def state(max_connections: int = 2, max_idle: int | None = None, expiry: float | None = 5.0) -> PoolState[str]:
    return PoolState(max_connections, max_connections if max_idle is None else max_idle, expiry)


def test_first_request_reserves_a_slot_and_reuse_is_lifo() -> None:
    """An empty pool reserves a slot (None: open one); idle connections come back most recent first."""
    s = state()
    assert s.take(A, 0.0, Signal) == (None, [])
    assert s.take(A, 0.0, Signal) == (None, [])
    assert s.open == 2
    assert s.put("c1", A, 1.0) == (None, [])
    assert s.put("c2", A, 2.0) == (None, [])
    assert (s.open, s.idle) == (2, 2)
    assert s.take(A, 3.0, Signal) == ("c2", [])
    assert s.take(A, 3.0, Signal) == ("c1", [])
    assert (s.open, s.idle) == (2, 0)


def test_at_the_limit_requests_wait_in_order_and_are_handed_connections() -> None:
    """Past max_connections requests queue FIFO; a released connection goes straight to the first waiter."""
    s = state(max_connections=1)
    s.take(A, 0.0, Signal)
    first, _ = s.take(A, 0.0, Signal)
    second, _ = s.take(A, 0.0, Signal)
    assert isinstance(first, Waiter)
    assert isinstance(second, Waiter)
    assert s.waiting == 2
    woken, closing = s.put("c1", A, 1.0)
    assert woken is first
    assert (first.conn, closing, s.idle, s.open) == ("c1", [], 0, 1)
    # A connection lost (closed after an error) hands its slot to the next waiter instead.
    assert s.lost() is second
    assert second.slot
    assert (s.open, s.waiting) == (1, 0)
    assert s.lost() is None
    assert s.open == 0


def test_other_origins_idle_connections_are_evicted_at_the_limit() -> None:
    """At the limit, a request for B closes A's idle connection and takes its slot rather than waiting."""
    s = state(max_connections=1)
    s.take(A, 0.0, Signal)
    s.put("a1", A, 1.0)
    assert s.take(B, 2.0, Signal) == (None, ["a1"])
    assert (s.open, s.idle) == (1, 0)


def test_a_connection_nobody_of_its_origin_waits_for_is_closed_for_a_waiter_of_another() -> None:
    """Only a request for B waits: A's released connection is closed and its slot handed to that request."""
    s = state(max_connections=1)
    s.take(A, 0.0, Signal)
    waiter, _ = s.take(B, 0.0, Signal)
    assert isinstance(waiter, Waiter)
    assert s.put("a1", A, 1.0) == (waiter, ["a1"])
    assert waiter.slot
    assert waiter.conn is None
    assert s.open == 1


def test_connections_idle_past_the_keepalive_expiry_are_closed() -> None:
    """Idle connections older than the expiry are handed back for closing, oldest first, freeing their slots."""
    s = state(max_connections=3, expiry=5.0)
    for _ in range(3):
        s.take(A, 0.0, Signal)
    s.put("old", A, 0.0)
    s.put("mid", A, 4.0)
    assert s.put("new", A, 8.0) == (None, ["old"])
    assert s.take(A, 9.5, Signal) == ("new", ["mid"])
    assert (s.open, s.idle) == (1, 0)


def test_idle_connections_beyond_max_idle_are_closed() -> None:
    """max_keepalive_connections caps the idle stack; a surplus connection is closed when released."""
    s = state(max_connections=2, max_idle=1)
    s.take(A, 0.0, Signal)
    s.take(A, 0.0, Signal)
    assert s.put("c1", A, 1.0) == (None, [])
    assert s.put("c2", A, 1.0) == (None, ["c2"])
    assert (s.open, s.idle) == (1, 1)


def test_a_waiter_giving_up_passes_on_what_it_was_handed() -> None:
    """A waiter timing out or cancelled after being handed a connection or slot passes it to the next one."""
    s = state(max_connections=1)
    s.take(A, 0.0, Signal)
    gone, _ = s.take(A, 0.0, Signal)
    nxt, _ = s.take(A, 0.0, Signal)
    assert isinstance(gone, Waiter)
    assert isinstance(nxt, Waiter)
    s.put("c1", A, 1.0)  # handed to `gone`, which then gives up
    assert s.abandon(gone, 2.0) == (nxt, [])
    assert nxt.conn == "c1"
    # Still queued when it gives up: simply removed.
    last, _ = s.take(A, 0.0, Signal)
    assert isinstance(last, Waiter)
    assert s.abandon(last, 2.0) == (None, [])
    assert s.waiting == 0


def test_close_hands_back_idle_connections_and_waiters_then_refuses() -> None:
    """close() returns idle connections and waiters; a connection released later is closed; take() refuses."""
    s = state(max_connections=2)
    s.take(A, 0.0, Signal)
    s.take(A, 0.0, Signal)
    s.put("idle", A, 1.0)
    waiters, conns = s.close()
    assert (waiters, conns) == ([], ["idle"])
    assert s.put("busy", A, 2.0) == (None, ["busy"])
    assert s.open == 0
    with pytest.raises(RuntimeError, match="closed"):
        s.take(A, 3.0, Signal)


OPS = st.lists(
    st.tuples(st.sampled_from(["take", "release", "drop", "abandon", "tick"]), st.sampled_from([A, B])),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(ops=OPS, limit=st.integers(1, 4), max_idle=st.integers(0, 4))
def test_bookkeeping_invariants_hold_for_any_sequence(
    ops: list[tuple[str, tuple[str, str, int]]], limit: int, max_idle: int
) -> None:
    """Whatever happens: every connection has one owner, open <= max, and nobody waits while one is idle."""
    s = state(max_connections=limit, max_idle=max_idle, expiry=3.0)
    now = 0.0
    counter = iter(range(10_000))
    in_use: list[tuple[str, tuple[str, str, int]]] = []
    waiting: list[Waiter[str]] = []
    closed: set[str] = set()

    def settle(woken: Waiter[str] | None, closing: list[str]) -> None:
        closed.update(closing)
        if woken is not None:
            waiting.remove(woken)
            if woken.conn is not None:
                in_use.append((woken.conn, woken.origin))  # type: ignore[arg-type]
            else:
                assert woken.slot
                in_use.append((f"c{next(counter)}", woken.origin))  # type: ignore[arg-type]

    for op, origin in ops:
        if op == "take":
            got, stale = s.take(origin, now, Signal)
            closed.update(stale)
            if isinstance(got, Waiter):
                waiting.append(got)
            else:
                in_use.append((got if got is not None else f"c{next(counter)}", origin))
        elif op == "release" and in_use:
            conn, where = in_use.pop(0)
            settle(*s.put(conn, where, now))
        elif op == "drop" and in_use:
            conn, _ = in_use.pop()
            closed.add(conn)
            settle(s.lost(), [])
        elif op == "abandon" and waiting:
            waiter = waiting.pop(0)
            settle(*s.abandon(waiter, now))
        elif op == "tick":
            now += 2.0
        held = [c for c, _ in in_use]
        assert len(held) == len(set(held)), "a connection handed to two requests"
        assert not closed & set(held), "a connection in use was handed back for closing"
        assert s.open == len(in_use) + s.idle <= limit
        assert s.idle <= max(max_idle, 0)
        assert s.waiting == len(waiting)
        assert not (s.waiting and s.idle), "a request waits while a connection is idle"


# ---------------------------------------------------------------------------------------------------
# Real HTTP over loopback
# ---------------------------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """A loopback fault server for this test."""
    with FaultServer() as running:
        yield running


def peers(server: FaultServer) -> set[int]:
    """The distinct client connections the server saw requests on."""
    return {r.peer for r in server.requests}


def sdk_pool(client: TrackClient | AsyncTrackClient) -> Pool | AsyncPool:
    """The pool behind a client's own HTTP client."""
    transport = client._http._transport_for_url(httpx.URL(client._core.base))
    assert isinstance(transport, (SdkTransport, AsyncSdkTransport))
    return transport.pool


async def run_concurrently(
    mode: str, count: int, sync_fn: Callable[[int], Any], async_fn: Callable[[int], Any]
) -> None:
    """``count`` calls at once: threads for the sync client, tasks for the async one; errors propagate."""
    if mode == "sync":
        with ThreadPoolExecutor(count) as executor:
            for future in [executor.submit(sync_fn, i) for i in range(count)]:
                future.result()
    else:
        await asyncio.gather(*(async_fn(i) for i in range(count)))


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_default_client_reuses_connections_under_concurrency(mode: str, server: FaultServer) -> None:
    """64 threads or tasks sharing one default client: every call succeeds over at most 64 connections, reused."""
    url = f"{server.url}/api/v1"
    rounds = 4
    if mode == "sync":
        with TrackClient(SITE_ID, API_KEY, url=url) as cio:
            await run_concurrently(
                mode, 64, lambda i: [cio.track(i, name="e", data={"r": r}) for r in range(rounds)], lambda i: None
            )
            opened = sdk_pool(cio).connections_opened
    else:
        async with AsyncTrackClient(SITE_ID, API_KEY, url=url) as acio:

            async def calls(i: int) -> None:
                for r in range(rounds):
                    await acio.track(i, name="e", data={"r": r})

            await run_concurrently(mode, 64, lambda i: None, calls)
            opened = sdk_pool(acio).connections_opened
    assert len(server.requests) == 64 * rounds
    assert len(peers(server)) == opened <= 64
    assert {r.json()["data"]["r"] for r in server.requests} == set(range(rounds))


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_max_connections_is_enforced(mode: str, server: FaultServer) -> None:
    """32 concurrent requests through a pool of 4 all succeed over exactly 4 server-side connections."""
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    url = f"{server.url}/x"
    if mode == "sync":
        with httpx.Client(transport=SdkTransport(limits=limits)) as http:
            await run_concurrently(mode, 32, lambda i: http.get(url).raise_for_status(), lambda i: None)
    else:
        async with httpx.AsyncClient(transport=AsyncSdkTransport(limits=limits)) as ahttp:

            async def one(i: int) -> None:
                (await ahttp.get(url)).raise_for_status()

            await run_concurrently(mode, 32, lambda i: None, one)
    assert len(server.requests) == 32
    assert len(peers(server)) == 4


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_pool_timeout_when_no_connection_frees_up_and_nothing_is_sent(mode: str, server: FaultServer) -> None:
    """With the only connection busy, a second request fails with PoolTimeout and never reaches the server."""
    server.push(stall(1.0))
    limits = httpx.Limits(max_connections=1)
    timeout = httpx.Timeout(5.0, pool=0.1)
    url = f"{server.url}/x"
    if mode == "sync":
        with httpx.Client(transport=SdkTransport(limits=limits), timeout=timeout) as http:

            def busy_call() -> None:
                with pytest.raises(httpx.HTTPError):
                    http.get(url)

            busy = threading.Thread(target=busy_call)
            busy.start()
            while not server.requests:
                await anyio.sleep(0.01)
            with pytest.raises(httpx.PoolTimeout):
                http.get(url)
            busy.join()
            state = http._transport.pool.state  # type: ignore[attr-defined]
    else:
        async with httpx.AsyncClient(transport=AsyncSdkTransport(limits=limits), timeout=timeout) as ahttp:

            async def busy_call() -> None:
                with pytest.raises(httpx.HTTPError):
                    await ahttp.get(url)

            task = asyncio.create_task(busy_call())
            while not server.requests:
                await asyncio.sleep(0.01)
            with pytest.raises(httpx.PoolTimeout):
                await ahttp.get(url)
            await task
            state = ahttp._transport.pool.state  # type: ignore[attr-defined]
    assert len(server.requests) == 1
    assert (state.open, state.waiting) == (0, 0)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_connections_the_server_closed_while_idle_are_replaced_not_failed(mode: str) -> None:
    """A server closing idle keep-alive connections: the next call opens a new one; a once-only call succeeds."""
    with FaultServer(idle_timeout=0.05) as server:
        url = f"{server.url}/api/v1"
        push = {"delivery_id": "d", "event": "opened"}
        if mode == "sync":
            with TrackClient(SITE_ID, API_KEY, url=url, max_retries=0) as cio:
                for _ in range(3):
                    cio.track_push(push)
                    await anyio.sleep(0.2)
                opened = sdk_pool(cio).connections_opened
        else:
            async with AsyncTrackClient(SITE_ID, API_KEY, url=url, max_retries=0) as acio:
                for _ in range(3):
                    await acio.track_push(push)
                    await anyio.sleep(0.2)
                opened = sdk_pool(acio).connections_opened
        assert len(server.requests) == 3
        assert len(peers(server)) == opened == 3


async def test_cancelled_requests_release_their_connections_and_places() -> None:
    """Cancelling tasks mid-request and while queued frees every slot: the next request goes through at once."""
    with FaultServer() as server:
        server.always(stall(5.0))
        limits = httpx.Limits(max_connections=2)
        async with httpx.AsyncClient(transport=AsyncSdkTransport(limits=limits)) as ahttp:
            pool = ahttp._transport.pool  # type: ignore[attr-defined]
            async with anyio.create_task_group() as tg:
                for _ in range(4):  # two sending, two queued
                    tg.start_soon(ahttp.get, f"{server.url}/x")
                while pool.state.waiting < 2:
                    await anyio.sleep(0.01)
                tg.cancel_scope.cancel()
            assert (pool.state.open, pool.state.waiting, pool.state.idle) == (0, 0, 0)
            server.always(None)
            with anyio.fail_after(2):
                (await ahttp.get(f"{server.url}/x")).raise_for_status()


def test_timed_out_requests_release_their_connections() -> None:
    """The sync twin of cancellation: threads whose reads time out leave no slot taken."""
    with FaultServer() as server:
        server.always(stall(5.0))
        limits = httpx.Limits(max_connections=2)
        with httpx.Client(transport=SdkTransport(limits=limits), timeout=httpx.Timeout(0.2, pool=5.0)) as http:
            with ThreadPoolExecutor(4) as executor:
                futures = [executor.submit(http.get, f"{server.url}/x") for _ in range(4)]
                for future in futures:
                    with pytest.raises(httpx.ReadTimeout):
                        future.result()
            state = http._transport.pool.state  # type: ignore[attr-defined]
            assert (state.open, state.waiting) == (0, 0)
            server.always(None)
            http.get(f"{server.url}/x").raise_for_status()


# ---------------------------------------------------------------------------------------------------
# Sent or not sent: what each failure is reported as (the retry policy depends on it)
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_failures_say_whether_the_request_may_have_been_sent(mode: str, server: FaultServer) -> None:
    """Refused: ConnectError; reset after the request was read: a read/protocol error; stall: ReadTimeout."""
    refused = f"http://127.0.0.1:{free_closed_port()}/x"
    server.push(reset(), stall(1.0))
    url = f"{server.url}/x"
    timeout = httpx.Timeout(0.3)
    if mode == "sync":
        with httpx.Client(transport=SdkTransport(), timeout=timeout) as http:
            with pytest.raises(httpx.ConnectError):
                http.get(refused)
            with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
                http.get(url)
            with pytest.raises(httpx.ReadTimeout):
                http.get(url)
            state = http._transport.pool.state  # type: ignore[attr-defined]
    else:
        async with httpx.AsyncClient(transport=AsyncSdkTransport(), timeout=timeout) as ahttp:
            with pytest.raises(httpx.ConnectError):
                await ahttp.get(refused)
            with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
                await ahttp.get(url)
            with pytest.raises(httpx.ReadTimeout):
                await ahttp.get(url)
            state = ahttp._transport.pool.state  # type: ignore[attr-defined]
    assert len(server.requests) == 2
    assert state.open == 0


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_once_only_calls_are_replayed_only_when_never_sent(mode: str, server: FaultServer) -> None:
    """Default client: a refused send is retried; a send reset after it went out is not (it may have counted)."""
    refused = f"http://127.0.0.1:{free_closed_port()}/api/v1"
    push = {"delivery_id": "d", "event": "opened"}
    server.always(reset())
    for url, sent in ((refused, 0), (f"{server.url}/api/v1", 1)):
        sleeps: list[float] = []
        if mode == "sync":
            with TrackClient(SITE_ID, API_KEY, url=url, max_retries=2) as cio:
                no_sleep(cio, sleeps)
                with pytest.raises(CustomerIOConnectionError):
                    cio.track_push(push)
        else:
            async with AsyncTrackClient(SITE_ID, API_KEY, url=url, max_retries=2) as acio:
                no_sleep(acio, sleeps)
                with pytest.raises(CustomerIOConnectionError):
                    await acio.track_push(push)
        assert len(sleeps) == (2 if sent == 0 else 0)
        assert len(server.requests) == sent


# ---------------------------------------------------------------------------------------------------
# httpx seams this relies on (httpx is pinned < 0.29: these fail loudly if an upgrade moves them)
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_httpx_sends_through_the_replaced_pool(mode: str, server: FaultServer) -> None:
    """The httpx transport sends through `_pool`; the client builds its default one in `_init_transport`."""
    url = f"{server.url}/x"
    if mode == "sync":
        with SdkHttpClient() as http:
            http.get(url).raise_for_status()
            transport = http._transport
    else:
        async with AsyncSdkHttpClient() as ahttp:
            (await ahttp.get(url)).raise_for_status()
            transport = ahttp._transport
    assert isinstance(transport, (SdkTransport, AsyncSdkTransport))
    assert isinstance(transport._pool, (Pool, AsyncPool))
    assert transport.pool.connections_opened == 1
    assert transport.pool.state.open == 0  # closed with the client


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_proxies_from_the_environment_still_apply(
    mode: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP_PROXY set: the default client sends through that proxy (httpx's proxy transport), as before."""
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    url = "http://track.example.invalid/api/v1"
    if mode == "sync":
        with TrackClient(SITE_ID, API_KEY, url=url) as cio:
            cio.identify(1)
    else:
        async with AsyncTrackClient(SITE_ID, API_KEY, url=url) as acio:
            await acio.identify(1)
    (request,) = server.requests
    assert request.path == "http://track.example.invalid/api/v1/customers/1"  # absolute form: a proxy request


def test_pool_requests_need_http_or_https() -> None:
    """The pool refuses other schemes with httpcore's UnsupportedProtocol."""
    pool = Pool()
    with pytest.raises(httpcore.UnsupportedProtocol):
        pool.handle_request(httpcore.Request("GET", "ftp://example.com/"))


# ---------------------------------------------------------------------------------------------------
# TLS, and the asyncio network backend under the async pool
# ---------------------------------------------------------------------------------------------------

TLS_DIR = Path(__file__).parent / "data" / "tls"  # a self-signed test certificate for localhost / 127.0.0.1


@pytest.fixture
def tls_server() -> Iterator[FaultServer]:
    """The fault server speaking HTTPS with the test certificate."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(TLS_DIR / "cert.pem", TLS_DIR / "key.pem")
    server = FaultServer()
    server._httpd.socket = context.wrap_socket(server._httpd.socket, server_side=True)
    with server:
        yield server


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_tls_requests_and_a_refused_certificate(mode: str, tls_server: FaultServer) -> None:
    """HTTPS through the pool: trusted certificate, two calls on one connection; untrusted: ConnectError, nothing sent."""
    trusted = ssl.create_default_context(cafile=str(TLS_DIR / "cert.pem"))
    url = f"https://127.0.0.1:{tls_server.port}/x"
    if mode == "sync":
        with httpx.Client(transport=SdkTransport(verify=trusted)) as http:
            assert http.get(url).json() == {} == http.get(url).json()
        with httpx.Client(transport=SdkTransport()) as http, pytest.raises(httpx.ConnectError):
            http.get(url)
    else:
        async with httpx.AsyncClient(transport=AsyncSdkTransport(verify=trusted)) as ahttp:
            first, second = await ahttp.get(url), await ahttp.get(url)
            assert first.json() == {} == second.json()
            assert first.extensions["network_stream"].get_extra_info("ssl_object") is not None
        async with httpx.AsyncClient(transport=AsyncSdkTransport()) as ahttp:
            with pytest.raises(httpx.ConnectError):
                await ahttp.get(url)
    assert len(tls_server.requests) == 2
    assert len(peers(tls_server)) == 1


async def test_async_pool_uses_asyncio_transports_under_asyncio(server: FaultServer) -> None:
    """Under asyncio new connections use the asyncio-native backend; a read past its timeout is ReadTimeout."""
    server.push(stall(1.0))
    async with httpx.AsyncClient(transport=AsyncSdkTransport(), timeout=httpx.Timeout(0.2)) as ahttp:
        with pytest.raises(httpx.ReadTimeout):
            await ahttp.get(f"{server.url}/x")
        response = await ahttp.get(f"{server.url}/x")
    assert isinstance(AsyncNetwork.backend(), AsyncioBackend)
    assert isinstance(response.extensions["network_stream"], AsyncioStream)
    assert Network.backend() is None  # threads keep httpcore's blocking sockets


# ---------------------------------------------------------------------------------------------------
# EBADF: a socket closed under the thread using it
# ---------------------------------------------------------------------------------------------------


def test_no_thread_closes_a_connection_another_thread_is_using(monkeypatch: pytest.MonkeyPatch) -> None:
    """64 threads, a small pool, surplus and expiring idle connections: no cross-thread close, no error.

    httpcore 1.0.9's pool can close an idle connection it has already handed to a queued request that has
    not started yet (its scan still sees the connection idle; encode/httpcore#1110). When that request
    then runs, its socket is closed under it: ``ReadError: [Errno 9] Bad file descriptor``, or a hang until
    the read timeout. Here a connection has one owner at a time and only the owner closes it.
    """
    from httpcore._sync.http11 import HTTPConnectionState  # test instrumentation only

    users: dict[int, int] = {}
    crossed: list[int] = []
    handle, close = httpcore.HTTP11Connection.handle_request, httpcore.HTTP11Connection.close

    def tracking_handle(self: httpcore.HTTP11Connection, request: httpcore.Request) -> httpcore.Response:
        users[id(self)] = threading.get_ident()
        return handle(self, request)

    def tracking_close(self: httpcore.HTTP11Connection) -> None:
        if self._state == HTTPConnectionState.ACTIVE and users.get(id(self)) != threading.get_ident():
            crossed.append(id(self))
        close(self)

    monkeypatch.setattr(httpcore.HTTP11Connection, "handle_request", tracking_handle)
    monkeypatch.setattr(httpcore.HTTP11Connection, "close", tracking_close)
    errors: list[BaseException] = []
    with FaultServer(record=False) as server:
        for limits in (
            httpx.Limits(max_connections=8, max_keepalive_connections=2),  # surplus idle connections closed
            httpx.Limits(max_connections=8, keepalive_expiry=0.0005),  # idle connections expiring at once
        ):
            with httpx.Client(transport=SdkTransport(limits=limits), timeout=5.0) as http:

                def calls(http: httpx.Client = http) -> None:
                    try:
                        for _ in range(15):
                            http.get(f"{server.url}/x").raise_for_status()
                    except BaseException as exc:
                        errors.append(exc)

                threads = [threading.Thread(target=calls) for _ in range(64)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
    assert errors == []
    assert crossed == []


async def test_connects_cancelled_at_any_point_leave_no_socket_open(server: FaultServer) -> None:
    """Connecting cancelled at every stage closes its socket (asyncio's happy-eyeballs race would leak some)."""
    backend = AsyncioBackend()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for i in range(150):
            task = asyncio.ensure_future(backend.connect_tcp("127.0.0.1", server.port, timeout=5.0))
            for _ in range(i % 7):
                await asyncio.sleep(0)
            task.cancel()
            try:
                stream = await task
            except asyncio.CancelledError:
                continue
            await stream.aclose()
        await asyncio.sleep(0.05)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_async_clients_pool_works_under_trio() -> None:
    """Under trio: httpcore's own backend, 64 concurrent calls, and cancelling 120 calls frees every slot."""
    import trio

    async def main() -> tuple[int, int, int, int]:
        with FaultServer() as server:
            async with AsyncTrackClient(SITE_ID, API_KEY, url=f"{server.url}/api/v1") as cio:
                assert AsyncNetwork.backend() is None  # no asyncio loop: httpcore picks its trio backend
                async with trio.open_nursery() as nursery:
                    for i in range(64):
                        nursery.start_soon(cio.identify, i)
                pool = sdk_pool(cio)
                server.always(stall(5.0))
                with trio.move_on_after(0.5):
                    async with trio.open_nursery() as nursery:
                        for i in range(120):  # 100 sending, 20 queued
                            nursery.start_soon(cio.identify, i)
                state = pool.state
                freed = (state.open, state.waiting)
                server.always(None)
                await cio.identify(1)
            return len(server.requests), len(peers(server)), *freed

    requests, connections, still_open, waiting = trio.run(main)
    assert (still_open, waiting) == (0, 0)
    assert requests == 64 + 100 + 1
    assert connections <= 64 + 36 + 1


def test_default_tls_context_is_built_once_and_verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients with the default settings share one verifying TLS context; other settings get their own."""
    import ssl

    from customerio._pooling import ssl_context

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    shared = ssl_context(True, None, True)
    assert ssl_context(True, None, True) is shared
    assert shared.verify_mode == ssl.CERT_REQUIRED
    assert shared.check_hostname
    unverified = ssl_context(False, None, True)
    assert unverified is not shared
    assert unverified.verify_mode == ssl.CERT_NONE
    own = ssl.create_default_context()
    assert ssl_context(own, None, True) is own
    # The environment's CA settings are part of the default: changing them builds another context.
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent-ca-dir")
    assert ssl_context(True, None, True) is not shared
