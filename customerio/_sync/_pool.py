# Generated from customerio/_async by scripts/unasync.py: edit the async source, run `make unasync`.
"""The transport of the SDK's own HTTP clients: httpx's, over a connection pool that stays O(1) per request.

httpx's transport keeps doing what it does (building httpcore requests, wrapping responses, mapping
httpcore's exceptions to httpx's); only its pool is replaced. httpcore's pool walks every connection and
every queued request on each request and each response close, and may hand one idle connection to
several queued requests that then retry: at 64 concurrent calls it dominated the SDK's CPU time. This
one keeps idle connections in a LIFO stack per origin (see ``customerio/_pooling.py`` for the rules), and
each HTTP/1.1 exchange stays httpcore's own ``HTTPConnection`` (parsing, TLS, connect errors).

What was sent stays knowable, which the retry policy relies on: a request fails with ``ConnectError``,
``ConnectTimeout`` or ``PoolTimeout`` only when none of its bytes were written (could not connect, no
connection free in time); a stale idle connection is checked (``has_expired``: keep-alive expiry, or the
server closed it) before a request is written to it; anything failing after that is httpcore's read,
write or protocol error, which the policy treats as "may have been processed".
"""

from __future__ import annotations

import ssl
from collections.abc import Hashable, Iterable, Iterator
from time import monotonic
from typing import Any

import httpcore
import httpx

from .._pooling import Network, PoolState, Shield, Signal, Waiter, ssl_context

#: Only plain and TLS HTTP/1.1 here; httpx itself refuses other schemes before we see them.
_SCHEMES = (b"http", b"https")


class SdkTransport(httpx.HTTPTransport):
    """httpx's ``HTTPTransport`` sending through :class:`Pool` instead of httpcore's pool."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx.Limits | None = None,
    ) -> None:
        limits = limits or httpx.Limits()
        context = ssl_context(verify, cert, trust_env)
        super().__init__(verify=context, limits=limits)
        # httpx 0.28 sends through `self._pool` (pinned by tests/test_pool.py, as httpx is pinned < 0.29).
        self._pool = Pool(  # type: ignore[assignment]
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
        )

    @property
    def pool(self) -> Pool:
        """The connection pool (for tests and diagnostics)."""
        pool: Pool = self._pool  # type: ignore[assignment]
        return pool


class Pool:
    """A bounded HTTP/1.1 connection pool (httpcore's request interface) for many concurrent requests."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int | None = 100,
        max_keepalive_connections: int | None = None,
        keepalive_expiry: float | None = 5.0,
    ) -> None:
        most = max_connections if max_connections is not None else 2**31
        self._state: PoolState[httpcore.HTTPConnection] = PoolState(
            most, most if max_keepalive_connections is None else max_keepalive_connections, keepalive_expiry
        )
        self._ssl_context = ssl_context
        self._keepalive_expiry = keepalive_expiry

    @property
    def connections_opened(self) -> int:
        """Connections created so far (for tests and diagnostics)."""
        return self._state.opened

    @property
    def state(self) -> PoolState[httpcore.HTTPConnection]:
        """The pool's bookkeeping (open, idle and waiting counts)."""
        return self._state

    def __repr__(self) -> str:
        s = self._state
        return f"<{type(self).__name__} open={s.open} idle={s.idle} waiting={s.waiting} max={s.max_connections}>"

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        """Send ``request`` on a pooled connection; the connection returns to the pool when its body is closed."""
        if request.url.scheme not in _SCHEMES:
            raise httpcore.UnsupportedProtocol(f"Request URL has an unsupported protocol '{request.url.scheme!r}'.")
        origin = request.url.origin
        key = (origin.scheme, origin.host, origin.port)  # httpcore's Origin is not hashable
        timeouts = request.extensions.get("timeout", {})
        while True:
            conn = self._checkout(origin, key, timeouts.get("pool"))
            try:
                response = conn.handle_request(request)
            except httpcore.ConnectionNotAvailable:
                # Refused before writing anything (the connection closed meanwhile): take another.
                self._discard(conn)
                continue
            except BaseException:
                self._discard(conn)
                raise
            assert isinstance(response.stream, Iterable)
            return httpcore.Response(
                status=response.status,
                headers=response.headers,
                content=PoolStream(response.stream, self, conn, key),
                extensions=response.extensions,
            )

    def _checkout(self, origin: httpcore.Origin, key: Hashable, timeout: float | None) -> httpcore.HTTPConnection:
        taken, stale = self._state.take(key, monotonic(), Signal)
        if stale:
            self._close(stale)
        if isinstance(taken, Waiter):
            taken = self._wait(taken, timeout)
        if taken is not None:
            if not taken.has_expired():
                return taken
            # Expired, or closed by the server while idle: nothing was written to it. Open a new one in its slot.
            self._close([taken])
        self._state.count_opened()
        return httpcore.HTTPConnection(
            origin=origin,
            ssl_context=self._ssl_context,
            keepalive_expiry=self._keepalive_expiry,
            network_backend=Network.backend(),
        )

    def _wait(self, waiter: Waiter[httpcore.HTTPConnection], timeout: float | None) -> httpcore.HTTPConnection | None:
        """The connection (or, as None, the free slot) a waiter is handed; PoolTimeout when none comes in time."""
        try:
            woken = waiter.signal.wait(timeout)
        except BaseException:  # cancelled: pass on whatever was handed over meanwhile
            self._abandon(waiter)
            raise
        if woken:
            if waiter.conn is not None:
                return waiter.conn
            if waiter.slot:
                return None
            raise RuntimeError("the connection pool was closed while the request waited")
        self._abandon(waiter)
        raise httpcore.PoolTimeout(f"no connection free within {timeout} s (pool of {self._state.max_connections})")

    def _abandon(self, waiter: Waiter[httpcore.HTTPConnection]) -> None:
        wake, closing = self._state.abandon(waiter, monotonic())
        if wake is not None:
            wake.signal.set()
        if closing:
            self._close(closing)

    def _release(self, conn: httpcore.HTTPConnection, key: Hashable) -> None:
        """A response was closed: keep its connection if it can serve another request, else close it."""
        if conn.is_idle():
            wake, closing = self._state.put(conn, key, monotonic())
            if wake is not None:
                wake.signal.set()
            if closing:
                self._close(closing)
        else:
            self._discard(conn)

    def _discard(self, conn: httpcore.HTTPConnection) -> None:
        """Close a connection the caller owns and free its slot."""
        self._close([conn])
        wake = self._state.lost()
        if wake is not None:
            wake.signal.set()

    def _close(self, conns: list[httpcore.HTTPConnection]) -> None:
        with Shield():
            for conn in conns:
                conn.close()

    def close(self) -> None:
        """Close the idle connections and refuse new requests; connections in use close when released."""
        waiters, conns = self._state.close()
        for waiter in waiters:
            waiter.signal.set()
        self._close(conns)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class PoolStream:
    """A response body that gives its connection back to the pool once closed."""

    __slots__ = ("_closed", "_conn", "_key", "_pool", "_stream")

    def __init__(
        self,
        stream: Iterable[bytes],
        pool: Pool,
        conn: httpcore.HTTPConnection,
        key: Hashable,
    ) -> None:
        self._stream = stream
        self._pool = pool
        self._conn = conn
        self._key = key
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            for part in self._stream:
                yield part
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the body (httpcore marks the connection idle if the exchange completed) and release it."""
        if self._closed:
            return
        self._closed = True
        try:
            close = getattr(self._stream, "close", None)
            if close is not None:
                close()
        finally:
            # Cancelled before httpcore finished: the connection is not idle and gets closed here.
            self._pool._release(self._conn, self._key)
