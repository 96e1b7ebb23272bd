"""The work per call of the default clients, as Python function calls: the measure behind test_call_budget.

Each case sends through a client built with its defaults (the SDK's own connection pool) to a loopback
HTTP/1.1 server in a thread of this process, warms up, then counts the Python function calls the calling
thread makes over ``CALLS`` calls (``sys.setprofile``; the server's thread is not counted) and divides.
The count is deterministic for a given interpreter and set of dependencies, unlike wall-clock time; it
covers everything a call runs, the SDK's code and the httpx, httpcore, h11 and asyncio code it drives.

The baseline is ``tests/data/call_budget.json``, recorded with the pinned toolchain (``make venv``).
Refresh it after a change that is meant to alter the work per call, or after a dependency bump::

    make call-budget            # = .venv/bin/python -m tests._call_budget --update

and commit the new file with the change, saying why in the message.
"""

from __future__ import annotations

import argparse
import asyncio
import http.server
import importlib.metadata as md
import json
import socketserver
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

BASELINE = Path(__file__).parent / "data" / "call_budget.json"
#: Growth of the calls per call over the baseline that fails the test (a drop that large asks for a refresh).
TOLERANCE = 0.10
WARMUP = 20
CALLS = 50
#: Items of the App API page the server answers ``GET /v1/messages`` with.
PAGE_ITEMS = 100
#: What the count depends on besides the code: the interpreter and the libraries a call runs through.
DISTS = ("httpx", "httpcore", "h11", "anyio", "sniffio", "attrs")


def environment() -> dict[str, str]:
    """The interpreter and library versions a baseline is valid for."""
    env = {"python": "{}.{}".format(*sys.version_info[:2])}
    env.update({dist: md.version(dist) for dist in DISTS})
    return env


def messages_page(items: int) -> bytes:
    """A page of ``items`` deliveries as ``GET /v1/messages`` answers it (about 300 bytes each)."""
    rows = [
        {
            "id": f"dgOq6QWq6QUBAAF4_{i:08d}",
            "msg_template_id": 43,
            "action_id": 215,
            "customer_id": str(i),
            "customer_identifiers": {"id": str(i), "email": f"p{i}@example.com"},
            "recipient": f"p{i}@example.com",
            "subject": "Your order has shipped",
            "metrics": {"sent": 1619137768, "delivered": 1619137770},
            "created": 1619137767,
            "campaign_id": 23,
            "type": "email",
            "forgotten": False,
        }
        for i in range(1, items + 1)
    ]
    return json.dumps({"messages": rows, "next": "MTYxOTEzNzc2Nw=="}, separators=(",", ":")).encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers ``GET /v1/messages`` with a page of deliveries and anything else with ``200 {}``.

    Each answer goes out in one write: headers and body written apart could reach the client in one read
    or in two, depending on timing, and the count of calls with them.
    """

    protocol_version = "HTTP/1.1"  # keep-alive: the clients reuse one connection, as in production
    disable_nagle_algorithm = True
    page = b""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = self.page if self.path.startswith("/v1/messages") else b"{}"
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        self.wfile.write(head.encode() + body)

    do_GET = do_PUT = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        """Log nothing: the tests' output stays clean."""


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


@contextmanager
def loopback() -> Iterator[str]:
    """A keep-alive HTTP server on 127.0.0.1 in a thread; yields its root URL."""
    _Handler.page = messages_page(PAGE_ITEMS)
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _Counter:
    """A profile function counting the Python function calls (and generator/coroutine resumptions)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, frame: FrameType, event: str, arg: object) -> None:
        if event == "call":
            self.calls += 1


def _count(fn: Callable[[], object]) -> float:
    for _ in range(WARMUP):
        fn()
    counter = _Counter()
    sys.setprofile(counter)
    try:
        for _ in range(CALLS):
            fn()
    finally:
        sys.setprofile(None)
    return counter.calls / CALLS


def _count_async(
    make: Callable[[], Awaitable[tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]]],
) -> float:
    async def main() -> float:
        fn, close = await make()
        try:
            for _ in range(WARMUP):
                await fn()
            counter = _Counter()
            sys.setprofile(counter)
            try:
                for _ in range(CALLS):
                    await fn()
            finally:
                sys.setprofile(None)
            return counter.calls / CALLS
        finally:
            await close()

    return asyncio.run(main())


ATTRS = {"email": "person@example.com", "first_name": "Ada", "plan": "enterprise", "seats": 42}
EVENT = {"order_id": "ord_0123456789", "price": 23.45, "currency": "EUR"}


def _track_identify(url: str) -> float:
    from customerio import TrackClient

    with TrackClient("site", "key", url=f"{url}/api/v1") as cio:
        return _count(lambda: cio.identify(1, ATTRS))


def _track_track(url: str) -> float:
    from customerio import TrackClient

    with TrackClient("site", "key", url=f"{url}/api/v1") as cio:
        return _count(lambda: cio.track(1, name="purchase", data=EVENT))


def _async_track_identify(url: str) -> float:
    from customerio import AsyncTrackClient

    async def make() -> tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]:
        cio = AsyncTrackClient("site", "key", url=f"{url}/api/v1")
        return (lambda: cio.identify(1, ATTRS)), cio.aclose

    return _count_async(make)


def _app_list(url: str) -> float:
    from customerio import APIClient

    def read() -> None:
        page = cio.get_messages(limit=PAGE_ITEMS)
        if len(page.messages) != PAGE_ITEMS:  # a typed page, every item parsed
            raise AssertionError(f"{len(page.messages)} items")

    with APIClient("key", url=f"{url}/v1") as cio:
        return _count(read)


def _pipelines_track(url: str) -> float:
    from customerio import PipelinesClient

    with PipelinesClient("write key", url=f"{url}/v1") as cio:
        return _count(lambda: cio.track(1, event="purchase", properties=EVENT))


#: Case name → measure (given the loopback server's root URL).
CASES: dict[str, Callable[[str], float]] = {
    "TrackClient.identify": _track_identify,
    "TrackClient.track": _track_track,
    "AsyncTrackClient.identify": _async_track_identify,
    f"APIClient.get_messages ({PAGE_ITEMS} items)": _app_list,
    "PipelinesClient.track": _pipelines_track,
}


def measure() -> dict[str, float]:
    """Python function calls per call of every case, against one loopback server."""
    with loopback() as url:
        return {name: case(url) for name, case in CASES.items()}


def main() -> None:
    """Print the counts; ``--update`` writes them as the new baseline."""
    parser = argparse.ArgumentParser(description="Python function calls per call of the default clients")
    parser.add_argument("--update", action="store_true", help=f"write {BASELINE.name} (the new baseline)")
    args = parser.parse_args()
    counts = measure()
    baseline = {"environment": environment(), "calls_per_call": counts}
    text = json.dumps(baseline, indent=2) + "\n"
    print(text, end="")
    if args.update:
        BASELINE.write_text(text, encoding="utf-8")
        print(f"wrote {BASELINE}", file=sys.stderr)


if __name__ == "__main__":
    main()
