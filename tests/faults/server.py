"""A scriptable HTTP/1.1 fault server on 127.0.0.1 and transports that route customer.io names to it.

Each incoming request takes the next scripted :class:`Action` (or the standing one set with
:meth:`FaultServer.always`, else a plain ``200 {}``) and the server records it (method, path, Host,
headers, body). Actions cover what Customer.io's edge and the proxies in front of it do: statuses with or
without ``Retry-After``, HTML error pages, empty and truncated bodies, connection resets after the request
was read, stalls past the client's timeout, slow trickles and redirects.

No real DNS is used: :class:`LoopbackTransport` / :class:`AsyncLoopbackTransport` rewrite
``https://<name>/...`` to ``http://127.0.0.1:<port>/...`` below the SDK and keep the original ``Host``
header, so the SDK sees (and applies its credential policy to) the real customer.io URLs.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

#: Host names the loopback transports send to the fault server (anything else is refused).
MAPPED_HOSTS = frozenset(
    {
        "track.customer.io",
        "track-eu.customer.io",
        "api.customer.io",
        "api-eu.customer.io",
        "cdp.customer.io",
        "cdp-eu.customer.io",
        "evil.example",
    }
)


@dataclass(frozen=True)
class Action:
    """What the server does with one request."""

    kind: str
    status: int = 200
    body: bytes = b"{}"
    headers: tuple[tuple[str, str], ...] = ()
    #: Seconds to stall (``stall``) or between trickled bytes (``trickle``).
    delay: float = 0.0
    #: Label used in reports; defaults to ``kind``.
    label: str = ""

    @property
    def name(self) -> str:
        return self.label or self.kind


def ok(body: bytes | str = b"{}", status: int = 200) -> Action:
    """A JSON success."""
    data = body.encode() if isinstance(body, str) else body
    return Action("respond", status, data, (("Content-Type", "application/json"),), label=f"{status}")


def status(code: int, retry_after: str | None = None, body: bytes | str | None = None) -> Action:
    """An error status with a JSON error body and optionally a ``Retry-After`` header."""
    headers: list[tuple[str, str]] = [("Content-Type", "application/json")]
    if retry_after is not None:
        headers.append(("Retry-After", retry_after))
    if body is None:
        data = json.dumps({"meta": {"error": f"injected {code}"}}).encode()
    else:
        data = body.encode() if isinstance(body, str) else body
    label = f"{code}" + (f" Retry-After: {retry_after}" if retry_after is not None else "")
    return Action("respond", code, data, tuple(headers), label=label)


HTML_502_BODY = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


def html_502() -> Action:
    """A proxy's HTML 502 page (not JSON)."""
    return Action("respond", 502, HTML_502_BODY, (("Content-Type", "text/html"),), label="502 html")


def empty_200() -> Action:
    """A 200 with no body at all (``Content-Length: 0``)."""
    return Action("respond", 200, b"", (), label="200 empty")


def truncated(announced: int = 100, sent: bytes = b'{"meta"') -> Action:
    """A 200 announcing ``announced`` bytes, sending fewer, then closing the connection."""
    return Action("truncate", 200, sent, (("Content-Length", str(announced)),), label="truncated body")


def reset() -> Action:
    """Read the whole request, then reset the connection (SO_LINGER 0) without answering."""
    return Action("reset", label="reset after request")


def stall(seconds: float) -> Action:
    """Read the request and answer nothing for ``seconds`` (released early when the server stops)."""
    return Action("stall", delay=seconds, label="stall")


def trickle(gap: float, body: bytes = b'{"ok": true}') -> Action:
    """Send a 200 whose body arrives one byte every ``gap`` seconds."""
    return Action("trickle", 200, body, (("Content-Type", "application/json"),), delay=gap, label="trickle")


def redirect(code: int, location: str) -> Action:
    """A redirect to ``location``."""
    return Action("respond", code, b"", (("Location", location),), label=f"{code} -> {location}")


@dataclass
class Recorded:
    """One request as the server saw it.

    A body longer than twice the server's ``keep_body`` is not kept whole: ``body`` holds its first
    ``keep_body`` bytes, ``tail`` its last ones, with ``size`` and ``sha256`` of all of it.
    """

    method: str
    path: str
    host: str
    headers: dict[str, str]
    body: bytes
    action: str
    tail: bytes = b""
    size: int = 0
    sha256: str = ""
    #: The client's port: requests with the same peer came over the same connection.
    peer: int = 0

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class RandomFaults:
    """Soak mode: inject a fault into a fraction of requests, remembered per call tag found in the request.

    ``tag_pattern`` finds the call's tag in the path or body. For every tag that ever got a fault,
    ``history[tag]`` lists what each of its requests got (fault names, ``"ok"`` for a normal answer),
    so every failure and every replay can be accounted for afterwards without recording every request.
    """

    rate: float
    faults: list[Action]
    seed: int = 0
    tag_pattern: re.Pattern[bytes] = re.compile(rb"soak-(\d+)")
    history: dict[int, list[str]] = field(default_factory=dict)
    injected: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def choose(self, path: str, body: bytes) -> Action | None:
        match = self.tag_pattern.search(path.encode()) or self.tag_pattern.search(body)
        tag = int(match.group(1)) if match else -1
        with self._lock:
            self.requests += 1
            action = self._rng.choice(self.faults) if self._rng.random() < self.rate else None
            if action is not None:
                self.injected[action.name] = self.injected.get(action.name, 0) + 1
                self.history.setdefault(tag, []).append(action.name)
            elif tag in self.history:
                self.history[tag].append("ok")
        return action


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # silence the default stderr log
        pass

    def setup(self) -> None:
        # An idle keep-alive connection is closed after the server's idle_timeout (None: kept open).
        self.timeout = self.server.owner.idle_timeout
        super().setup()

    def do_GET(self) -> None:
        self._serve()

    do_PUT = do_POST = do_DELETE = do_PATCH = do_GET

    def _serve(self) -> None:
        body, tail, size, digest = self._read_body()
        owner = self.server.owner
        action = owner.next_action(self.command, self.path, body)
        if owner.record:
            owner.record_request(
                Recorded(
                    self.command,
                    self.path,
                    self.headers.get("Host", ""),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    action.name,
                    tail,
                    size,
                    digest,
                    self.client_address[1],
                )
            )
        getattr(self, "_do_" + action.kind)(action)

    def _read_body(self) -> tuple[bytes, bytes, int, str]:
        """The body (head, tail, size, SHA-256): whole, or past ``keep_body`` read in chunks, never held whole."""
        length = int(self.headers.get("Content-Length") or 0)
        keep = self.server.owner.keep_body
        if keep is None or length <= 2 * keep:
            body = self.rfile.read(length) if length else b""
            return body, b"", len(body), ""
        digest = hashlib.sha256()
        head = tail = b""
        left = length
        while left:
            chunk = self.rfile.read(min(64 * 1024, left))
            if not chunk:
                break
            left -= len(chunk)
            digest.update(chunk)
            if len(head) < keep:
                head += chunk[: keep - len(head)]
            tail = (tail + chunk)[-keep:]
        return head, tail, length - left, digest.hexdigest()

    def _do_respond(self, action: Action) -> None:
        self.send_response(action.status)
        for name, value in action.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(action.body)))
        self.end_headers()
        self.wfile.write(action.body)

    def _do_truncate(self, action: Action) -> None:
        self.send_response(action.status)
        for name, value in action.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(action.body)
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def _do_reset(self, action: Action) -> None:
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def _do_stall(self, action: Action) -> None:
        self.server.owner.stopping.wait(action.delay)
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def _do_trickle(self, action: Action) -> None:
        self.send_response(action.status)
        for name, value in action.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(action.body)))
        self.end_headers()
        self.wfile.flush()
        for byte in action.body:
            time.sleep(action.delay)
            self.wfile.write(bytes([byte]))
            self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # listen backlog: 64 clients connecting at once must not overflow it
    owner: FaultServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or went away mid-answer is part of the scenarios, not a server bug.
        self.owner.handler_errors += 1


class FaultServer:
    """The scriptable server; use as a context manager or call :meth:`start` and :meth:`stop`."""

    def __init__(self, *, record: bool = True, idle_timeout: float | None = None) -> None:
        self.record = record
        #: Seconds a keep-alive connection may stay idle before the server closes it (None: no limit).
        self.idle_timeout = idle_timeout
        self.requests: list[Recorded] = []
        self.handler_errors = 0
        self.stopping = threading.Event()
        self.random: RandomFaults | None = None
        #: Bodies longer than twice this are kept as head and tail only (see :class:`Recorded`).
        self.keep_body: int | None = None
        self._script: deque[Action] = deque()
        self._standing: Action | None = None
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # Scripting -----------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget the script, the standing action and the recorded requests."""
        with self._lock:
            self._script.clear()
            self._standing = None
            self.requests.clear()
            self.random = None
            self.keep_body = None

    def push(self, *actions: Action) -> None:
        """Answer the next requests with these actions, in order."""
        with self._lock:
            self._script.extend(actions)

    def always(self, action: Action | None) -> None:
        """Answer every request with ``action`` once the script is used up (None: plain 200)."""
        with self._lock:
            self._standing = action

    def next_action(self, method: str, path: str, body: bytes) -> Action:
        with self._lock:
            if self._script:
                return self._script.popleft()
            standing = self._standing
            chooser = self.random
        if chooser is not None:
            injected = chooser.choose(path, body)
            if injected is not None:
                return injected
        return standing or _DEFAULT

    def record_request(self, recorded: Recorded) -> None:
        with self._lock:
            self.requests.append(recorded)

    def hosts(self) -> list[str]:
        """The Host header of every recorded request, in order."""
        return [r.host for r in self.requests]


_DEFAULT = ok()


def _rewrite(request: httpx.Request, port: int, refused_port: int | None) -> httpx.Request:
    host = request.url.host
    if host not in MAPPED_HOSTS:
        raise httpx.ConnectError(f"no route to {host} in the fault test", request=request)
    target = request.url.copy_with(scheme="http", host="127.0.0.1", port=refused_port or port)
    # Keep the Host header the SDK built (the original name), the headers, body and extensions.
    return httpx.Request(
        request.method, target, headers=request.headers, stream=request.stream, extensions=request.extensions
    )


@dataclass
class Sent:
    """One request as the SDK handed it to the transport (before the loopback rewrite)."""

    method: str
    url: str
    headers: dict[str, str]


class LoopbackTransport(httpx.BaseTransport):
    """Routes the mapped host names (any scheme) to the fault server over plain HTTP; records each send."""

    def __init__(self, port: int, *, refused_port: int | None = None) -> None:
        self.port = port
        self.refused_port = refused_port
        self.sent: list[Sent] = []
        self._inner = httpx.HTTPTransport(verify=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(Sent(request.method, str(request.url), dict(request.headers)))
        return self._inner.handle_request(_rewrite(request, self.port, self.refused_port))

    def close(self) -> None:
        self._inner.close()


class AsyncLoopbackTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`LoopbackTransport`."""

    def __init__(self, port: int, *, refused_port: int | None = None) -> None:
        self.port = port
        self.refused_port = refused_port
        self.sent: list[Sent] = []
        self._inner = httpx.AsyncHTTPTransport(verify=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(Sent(request.method, str(request.url), dict(request.headers)))
        return await self._inner.handle_async_request(_rewrite(request, self.port, self.refused_port))

    async def aclose(self) -> None:
        await self._inner.aclose()


def free_closed_port() -> int:
    """A loopback port nothing listens on (bound, then released): connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def every(actions: Iterable[Action], times: int) -> list[Action]:
    """``actions`` repeated ``times`` times, for scripts such as storms."""
    return [a for _ in range(times) for a in actions]


Chooser = Callable[[str, str, bytes], Action]
