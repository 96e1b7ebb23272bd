"""The bookkeeping of the SDK's connection pool, shared by its sync and async twins, without any I/O.

``customerio/_async/_pool.py`` (and ``_sync/_pool.py``, derived from it) does the I/O: it asks a
:class:`PoolState` which connection to use, opens, closes and waits as told. Every decision is made
here, under one lock, in constant time for the usual single-origin client:

* idle connections are kept per origin in a LIFO stack (the most recently used first: it is the one
  least likely to have been closed by the server), with the time each went idle, so the oldest can be
  dropped once older than the keep-alive expiry;
* a connection belongs to exactly one party at a time: the idle stack, a waiting request it was handed
  to, or the request using it. Only its owner ever closes it, so no thread closes a socket another thread
  is reading or writing (httpcore's pool can: its scan may close an idle connection already promised
  to a request that has not started yet);
* at most ``max_connections`` are open (idle, in use or being opened); a request that finds none idle
  and no free slot first evicts another origin's idle connection, else waits in FIFO order and is handed
  a connection or a free slot directly, so a newcomer cannot overtake it.

The small ``AsyncSignal``/``Signal``, ``AsyncShield``/``Shield`` and ``AsyncNetwork``/``Network`` pairs are the
only places where the two twins differ; ``scripts/unasync.py`` turns one name into the other.
"""

from __future__ import annotations

import contextlib
import os
import ssl
import threading
from collections import deque
from collections.abc import Callable, Hashable
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
import httpcore

C = TypeVar("C")


_SSL_CONTEXTS: dict[tuple[bool, str | None, str | None], ssl.SSLContext] = {}
_SSL_LOCK = threading.Lock()


def ssl_context(verify: ssl.SSLContext | str | bool, cert: Any, trust_env: bool) -> ssl.SSLContext:
    """The TLS context of a transport: httpx's, built once per process for the default settings.

    Building one loads the whole CA bundle (about 20 ms, most of a client's construction), and httpx builds
    a new one for every client. The default context (verify against certifi, or against ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` when ``trust_env``) is the same for all of them and safe to share across connections and
    threads, so it is kept; any other ``verify`` or a client ``cert`` gets its own, as in httpx.
    """
    if verify is not True or cert is not None:
        return httpx_ssl_context(verify, cert, trust_env)
    env = os.environ
    key = (trust_env, env.get("SSL_CERT_FILE") if trust_env else None, env.get("SSL_CERT_DIR") if trust_env else None)
    with _SSL_LOCK:
        context = _SSL_CONTEXTS.get(key)
        if context is None:
            context = _SSL_CONTEXTS[key] = httpx_ssl_context(verify, cert, trust_env)
    return context


def httpx_ssl_context(verify: ssl.SSLContext | str | bool, cert: Any, trust_env: bool) -> ssl.SSLContext:
    """The TLS context httpx builds for these settings (imported here: httpx loads with the first client)."""
    import httpx

    return httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)


class AsyncSignal:
    """A one-shot wake-up for one waiting task (anyio, so asyncio and trio alike)."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = anyio.Event()

    def set(self) -> None:
        """Wake the waiter (from the event loop's thread)."""
        self._event.set()

    async def wait(self, timeout: float | None) -> bool:
        """Wait until set or until ``timeout`` seconds pass (None: no limit); True if set."""
        with anyio.move_on_after(timeout):
            await self._event.wait()
        return self._event.is_set()


class Signal:
    """A one-shot wake-up for one waiting thread."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        """Wake the waiter (from any thread)."""
        self._event.set()

    def wait(self, timeout: float | None) -> bool:
        """Wait until set or until ``timeout`` seconds pass (None: no limit); True if set."""
        return self._event.wait(timeout)


class AsyncShield:
    """Shields a block from cancellation: closing a connection must finish even in a cancelled task."""

    __slots__ = ("_scope",)

    def __init__(self) -> None:
        self._scope = anyio.CancelScope(shield=True)

    def __enter__(self) -> AsyncShield:
        self._scope.__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._scope.__exit__(exc_type, exc, tb)


#: Threads are not cancelled: nothing to shield from.
Shield = contextlib.nullcontext


class AsyncNetwork:
    """The network backend of new connections: asyncio's transports under asyncio, else httpcore's choice."""

    @staticmethod
    def backend() -> httpcore.AsyncNetworkBackend | None:
        """An asyncio-native backend in an asyncio event loop; None (httpcore's own, e.g. trio's) otherwise."""
        import asyncio  # here: a sync client's cold start need not load asyncio (about 11 ms)

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return None
        global _asyncio_backend
        if _asyncio_backend is None:
            from ._asyncio_net import AsyncioBackend

            _asyncio_backend = AsyncioBackend()
        return _asyncio_backend


_asyncio_backend: httpcore.AsyncNetworkBackend | None = None


class Network:
    """The sync twin of :class:`AsyncNetwork`: httpcore's own blocking sockets."""

    @staticmethod
    def backend() -> None:
        """None: httpcore's default backend."""
        return


class Waiter(Generic[C]):
    """A request waiting for a connection: handed either an idle connection or a free slot."""

    __slots__ = ("conn", "origin", "signal", "slot")

    def __init__(self, origin: Hashable, signal: Any) -> None:
        self.origin = origin
        #: An ``AsyncSignal`` or a ``Signal``, whichever twin of the pool queued the waiter.
        self.signal: Any = signal
        #: An idle connection of ``origin`` handed over by a finished request.
        self.conn: C | None = None
        #: A free slot: the waiter may open a new connection.
        self.slot = False


class PoolState(Generic[C]):
    """Who owns which connection, how many are open, who waits; every method is thread-safe and does no I/O.

    Methods that free something return the waiter to wake (its signal is set by the caller, after the
    grant is recorded here) and the connections the caller must close, each now owned by the caller.
    """

    def __init__(self, max_connections: int, max_idle: int, keepalive_expiry: float | None) -> None:
        if max_connections < 1:
            raise ValueError(f"max_connections must be at least 1, not {max_connections}")
        self.max_connections = max_connections
        self.max_idle = max(0, min(max_idle, max_connections))
        self.keepalive_expiry = keepalive_expiry
        self.closed = False
        self._lock = threading.Lock()
        self._idle: dict[Hashable, deque[tuple[C, float]]] = {}
        self._idle_count = 0
        #: Connections counted against the limit: idle, in use, or being opened.
        self._open = 0
        self._waiters: deque[Waiter[C]] = deque()
        self._opened = 0

    # Views for tests and reprs ----------------------------------------------------------------------

    @property
    def open(self) -> int:
        """Connections open or being opened (idle ones included)."""
        return self._open

    @property
    def idle(self) -> int:
        """Idle connections kept for reuse, all origins."""
        return self._idle_count

    @property
    def waiting(self) -> int:
        """Requests waiting for a connection."""
        return len(self._waiters)

    @property
    def opened(self) -> int:
        """Connections created so far (see :meth:`count_opened`)."""
        return self._opened

    def count_opened(self) -> None:
        """Count one more connection created (under the lock: threads may create them at once)."""
        with self._lock:
            self._opened += 1

    # Transitions ------------------------------------------------------------------------------------

    def take(self, origin: Hashable, now: float, new_signal: Callable[[], Any]) -> tuple[C | Waiter[C] | None, list[C]]:
        """A connection for a request to ``origin``, and stale idle connections to close.

        Gives the most recently idle connection of ``origin`` (the caller checks it has not expired), else
        None with a slot reserved for a new connection, else a :class:`Waiter` queued for the next one.
        """
        with self._lock:
            if self.closed:
                raise RuntimeError("the connection pool is closed")
            stale: list[C] = []
            stack = self._idle.get(origin)
            if stack:
                self._prune(stack, now, stale)
                if stack:
                    self._idle_count -= 1
                    return stack.pop()[0], stale
            if self._open < self.max_connections:
                self._open += 1
                return None, stale
            victim = self._evict_other(origin)
            if victim is not None:  # its slot becomes ours
                stale.append(victim)
                return None, stale
            waiter: Waiter[C] = Waiter(origin, new_signal())
            self._waiters.append(waiter)
            return waiter, stale

    def put(self, conn: C, origin: Hashable, now: float) -> tuple[Waiter[C] | None, list[C]]:
        """``conn`` finished a response and may be reused: hand it to a waiter or keep it idle."""
        with self._lock:
            if self.closed:
                self._open -= 1
                return None, [conn]
            if self._waiters:
                for waiter in self._waiters:
                    if waiter.origin == origin:
                        self._waiters.remove(waiter)
                        waiter.conn = conn
                        return waiter, []
                # Only other origins wait: close this one and hand its slot to the first of them.
                waiter = self._waiters.popleft()
                waiter.slot = True
                return waiter, [conn]
            stale: list[C] = []
            stack = self._idle.get(origin)
            if stack is None:
                stack = self._idle[origin] = deque()
            else:
                self._prune(stack, now, stale)
            if self._idle_count >= self.max_idle:
                self._open -= 1
                stale.append(conn)
                return None, stale
            stack.append((conn, now))
            self._idle_count += 1
            return None, stale

    def lost(self) -> Waiter[C] | None:
        """A connection was closed (or never opened): its slot goes to the first waiter, or is freed."""
        with self._lock:
            if self._waiters and not self.closed:
                waiter = self._waiters.popleft()
                waiter.slot = True
                return waiter
            self._open -= 1
            return None

    def abandon(self, waiter: Waiter[C], now: float) -> tuple[Waiter[C] | None, list[C]]:
        """A waiter gives up (timeout, cancellation): whatever it was handed meanwhile passes on."""
        with self._lock:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
                return None, []
        conn, waiter.conn = waiter.conn, None
        if conn is not None:
            return self.put(conn, waiter.origin, now)
        if waiter.slot:
            waiter.slot = False
            return self.lost(), []
        return None, []  # woken by close(): nothing to pass on

    def close(self) -> tuple[list[Waiter[C]], list[C]]:
        """Refuse new requests; give back the idle connections to close and the waiters to wake.

        Connections in use stay with their requests, which close them when done (see :meth:`put`).
        """
        with self._lock:
            self.closed = True
            conns = [conn for stack in self._idle.values() for conn, _ in stack]
            self._idle.clear()
            self._open -= len(conns)
            self._idle_count = 0
            waiters = list(self._waiters)
            self._waiters.clear()
            return waiters, conns

    # Helpers (called with the lock held) -----------------------------------------------------------

    def _prune(self, stack: deque[tuple[C, float]], now: float, out: list[C]) -> None:
        """Move the connections idle longer than the keep-alive expiry (oldest first) to ``out``."""
        if self.keepalive_expiry is None:
            return
        oldest = now - self.keepalive_expiry
        while stack and stack[0][1] < oldest:
            out.append(stack.popleft()[0])
            self._idle_count -= 1
            self._open -= 1

    def _evict_other(self, origin: Hashable) -> C | None:
        """The least recently used idle connection of another origin, removed from its stack."""
        if not self._idle_count:
            return None
        for other, stack in self._idle.items():
            if other != origin and stack:
                self._idle_count -= 1
                return stack.popleft()[0]
        return None
