"""One benchmark worker: one client, one workload, one process; prints one JSON line of measurements.

Runs in whichever interpreter has the client: the project's ``.venv`` for this SDK and raw httpx,
``bench/.venv`` for the official ``customerio`` and ``async-customerio`` (they clash with our import
name ``customerio``). ``run.py`` starts it; it can also be run by hand::

    python bench/workers.py --client sdk_sync --workload w1 --n 5000 --url http://127.0.0.1:PORT/api/v1

Output: ``{"calls": n, "wall": s, "cpu": s, "maxrss_kb": k}`` where ``wall``/``cpu`` cover the timed
section only (after construction and a short warm-up that opens the connections) and ``cpu`` counts
every thread of the process (``time.process_time``).

Every client sends the same payloads (``payloads.py``). Adding a workload is one function per kind
of client (sync / async) registered in ``SYNC_WORKLOADS`` / ``ASYNC_WORKLOADS``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import resource
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from payloads import (
    API_KEY,
    ATTRS,
    EVENT_DATA,
    EVENT_NAME,
    SITE_ID,
    WRITE_KEY,
    basic_auth,
    dedupe_like_id,
)

#: Seconds each request may take (``--timeout``): callgrind runs slow the client down some 50 times.
TIMEOUT = 10.0

# ---------------------------------------------------------------------------------------------------
# Clients: each factory returns an object with ``identify(i)``, ``track(i)`` (sync or async) and close.
# ---------------------------------------------------------------------------------------------------


class SdkSync:
    def __init__(self, url: str, mock: bool = False) -> None:
        import httpx

        from customerio import TrackClient

        # transport=: the SDK's own client (headers set once, as raw httpx here), sending nowhere.
        transport = httpx.MockTransport(_mock_handler) if mock else None
        self.cio = TrackClient(SITE_ID, API_KEY, url=url, transport=transport, timeout=TIMEOUT)

    def identify(self, i: int) -> None:
        self.cio.identify(i, ATTRS)

    def track(self, i: int) -> None:
        self.cio.track(i, name=EVENT_NAME, data=EVENT_DATA)

    def bulk_track(self, n: int) -> None:
        # W5: n events through the bulk sender (v2 batch), every one accepted.
        with self.cio.bulk(raise_on_error=True) as bulk:
            for i in range(1, n + 1):
                bulk.track(i, name=EVENT_NAME, data=EVENT_DATA)
        if bulk.result.accepted != n:
            raise RuntimeError(f"bulk accepted {bulk.result.accepted} of {n}")

    def close(self) -> None:
        self.cio.close()


class SdkAsync:
    def __init__(self, url: str, mock: bool = False) -> None:
        import httpx

        from customerio import AsyncTrackClient

        transport = httpx.MockTransport(_mock_handler) if mock else None
        self.cio = AsyncTrackClient(SITE_ID, API_KEY, url=url, transport=transport, timeout=TIMEOUT)

    async def identify(self, i: int) -> None:
        await self.cio.identify(i, ATTRS)

    async def track(self, i: int) -> None:
        await self.cio.track(i, name=EVENT_NAME, data=EVENT_DATA)

    async def bulk_track(self, n: int) -> None:
        async with self.cio.bulk(raise_on_error=True) as bulk:
            for i in range(1, n + 1):
                await bulk.track(i, name=EVENT_NAME, data=EVENT_DATA)
        if bulk.result.accepted != n:
            raise RuntimeError(f"bulk accepted {bulk.result.accepted} of {n}")

    async def close(self) -> None:
        await self.cio.aclose()


class PipelinesSync:
    """W6: the Data Pipelines client; its root is the sink's ``/v1`` (the sink answers 200 ``{}`` to anything)."""

    def __init__(self, url: str, mock: bool = False) -> None:
        from customerio import PipelinesClient

        self.cio = PipelinesClient(WRITE_KEY, url=url.replace("/api/v1", "/v1"))

    def track(self, i: int) -> None:
        self.cio.track(i, event=EVENT_NAME, properties=EVENT_DATA)

    def bulk_track(self, n: int) -> None:
        # W6: n events through the Pipelines bulk sender (/v1/batch), every one accepted.
        with self.cio.bulk(raise_on_error=True) as bulk:
            for i in range(1, n + 1):
                bulk.track(i, event=EVENT_NAME, properties=EVENT_DATA)
        if bulk.result.accepted != n:
            raise RuntimeError(f"bulk accepted {bulk.result.accepted} of {n}")

    def close(self) -> None:
        self.cio.close()


class PipelinesAsync:
    """W6 with the async Data Pipelines client."""

    def __init__(self, url: str, mock: bool = False) -> None:
        from customerio import AsyncPipelinesClient

        self.cio = AsyncPipelinesClient(WRITE_KEY, url=url.replace("/api/v1", "/v1"))

    async def track(self, i: int) -> None:
        await self.cio.track(i, event=EVENT_NAME, properties=EVENT_DATA)

    async def bulk_track(self, n: int) -> None:
        async with self.cio.bulk(raise_on_error=True) as bulk:
            for i in range(1, n + 1):
                await bulk.track(i, event=EVENT_NAME, properties=EVENT_DATA)
        if bulk.result.accepted != n:
            raise RuntimeError(f"bulk accepted {bulk.result.accepted} of {n}")

    async def close(self) -> None:
        await self.cio.aclose()


class SdkSyncHttpcore(SdkSync):
    """TrackClient on httpx's own transport (httpcore's connection pool), as before the SDK had its pool."""

    def __init__(self, url: str, mock: bool = False) -> None:
        import httpx

        from customerio import TrackClient

        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        self.cio = TrackClient(SITE_ID, API_KEY, url=url, timeout=TIMEOUT, transport=httpx.HTTPTransport(limits=limits))


class SdkAsyncHttpcore(SdkAsync):
    """AsyncTrackClient on httpx's own transport (httpcore's connection pool)."""

    def __init__(self, url: str, mock: bool = False) -> None:
        import httpx

        from customerio import AsyncTrackClient

        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        self.cio = AsyncTrackClient(
            SITE_ID, API_KEY, url=url, timeout=TIMEOUT, transport=httpx.AsyncHTTPTransport(limits=limits)
        )


class SdkAsyncAiohttp(SdkAsync):
    """AsyncTrackClient sending through the optional aiohttp transport (``customerio-py[aiohttp]``)."""

    def __init__(self, url: str, mock: bool = False) -> None:
        from customerio import AsyncTrackClient
        from customerio.transports import aiohttp_transport

        self.cio = AsyncTrackClient(SITE_ID, API_KEY, url=url, transport=aiohttp_transport(), timeout=TIMEOUT)


def _raw_headers() -> dict[str, str]:
    return {
        "Authorization": basic_auth(),
        "User-Agent": "bench-raw-httpx",
        "Accept": "application/json",
    }


def _event_body(with_id: bool) -> dict[str, Any]:
    body: dict[str, Any] = {"name": EVENT_NAME, "data": EVENT_DATA}
    if with_id:
        body["id"] = dedupe_like_id()
    return body


def _mock_handler(request: Any) -> Any:
    import httpx

    return httpx.Response(200, content=b"{}", headers={"Content-Type": "application/json"})


class HttpxSync:
    """Raw ``httpx.Client`` sending what the SDK sends (same URL, body, pool limits)."""

    def __init__(self, url: str, mock: bool = False) -> None:
        import httpx

        transport = httpx.MockTransport(_mock_handler) if mock else None
        self.url = url
        self.http = httpx.Client(
            headers=_raw_headers(),
            timeout=TIMEOUT,
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=100),
            transport=transport,
        )

    def identify(self, i: int) -> None:
        r = self.http.put(f"{self.url}/customers/{i}", json=ATTRS)
        if r.status_code != 200:
            raise RuntimeError(r.status_code)

    def track(self, i: int) -> None:
        r = self.http.post(f"{self.url}/customers/{i}/events", json=_event_body(True))
        if r.status_code != 200:
            raise RuntimeError(r.status_code)

    def close(self) -> None:
        self.http.close()


class HttpxAsync:
    def __init__(self, url: str, mock: bool = False) -> None:
        import httpx

        transport = httpx.MockTransport(_mock_handler) if mock else None
        self.url = url
        self.http = httpx.AsyncClient(
            headers=_raw_headers(),
            timeout=TIMEOUT,
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=100),
            transport=transport,
        )

    async def identify(self, i: int) -> None:
        r = await self.http.put(f"{self.url}/customers/{i}", json=ATTRS)
        if r.status_code != 200:
            raise RuntimeError(r.status_code)

    async def track(self, i: int) -> None:
        r = await self.http.post(f"{self.url}/customers/{i}/events", json=_event_body(True))
        if r.status_code != 200:
            raise RuntimeError(r.status_code)

    async def close(self) -> None:
        await self.http.aclose()


class OfficialSync:
    """The official ``customerio`` 3.x (requests). Its URL is always https: point ``base_url`` at http."""

    def __init__(self, url: str, mock: bool = False) -> None:
        from customerio import CustomerIO

        logging.getLogger("urllib3").setLevel(logging.ERROR)  # "pool is full" at concurrency 64
        self.cio = CustomerIO(SITE_ID, API_KEY)
        self.cio.base_url = url
        # Its session mounts its retrying adapter on https:// only; mount the same on http://.
        session = self.cio.http
        session.mount("http://", session.get_adapter("https://x"))

    def identify(self, i: int) -> None:
        self.cio.identify(i, **ATTRS)

    def track(self, i: int) -> None:
        self.cio.track(i, EVENT_NAME, data=EVENT_DATA)

    def close(self) -> None:
        self.cio.close()


class OfficialAsync:
    """``async-customerio`` (httpx). Its base URL is always https: override the URL builder."""

    def __init__(self, url: str, mock: bool = False) -> None:
        from async_customerio import AsyncCustomerIO

        root = url[: -len("/api/v1")]
        AsyncCustomerIO.setup_base_url = staticmethod(  # type: ignore[method-assign]
            lambda host, port, prefix: root + "/" + prefix.strip("/")
        )
        self.cio = AsyncCustomerIO(SITE_ID, API_KEY)

    async def identify(self, i: int) -> None:
        await self.cio.identify(i, **ATTRS)

    async def track(self, i: int) -> None:
        await self.cio.track(i, EVENT_NAME, **EVENT_DATA)

    async def close(self) -> None:
        await self.cio.close()


CLIENTS: dict[str, tuple[type, bool]] = {
    # name: (factory, is_async)
    "sdk_sync": (SdkSync, False),
    "sdk_async": (SdkAsync, True),
    "sdk_async_aiohttp": (SdkAsyncAiohttp, True),
    "pipelines_sync": (PipelinesSync, False),
    "pipelines_async": (PipelinesAsync, True),
    "sdk_sync_httpcore": (SdkSyncHttpcore, False),
    "sdk_async_httpcore": (SdkAsyncHttpcore, True),
    "httpx_sync": (HttpxSync, False),
    "httpx_async": (HttpxAsync, True),
    "customerio": (OfficialSync, False),
    "async_customerio": (OfficialAsync, True),
}

# ---------------------------------------------------------------------------------------------------
# Workloads
# ---------------------------------------------------------------------------------------------------

WARMUP = 20


def w1_sync(client: Any, n: int, conc: int) -> int:
    """W1: ``n`` sequential identify calls."""
    for i in range(1, WARMUP + 1):
        client.identify(i)
    return _timed(lambda: [client.identify(i) for i in range(1, n + 1)], n)


def w2_sync(client: Any, n: int, conc: int) -> int:
    """W2: ``n`` track calls from ``conc`` threads sharing one client."""
    counter = iter(range(1, n + 1))
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            client.track(i)

    def run() -> None:
        threads = [threading.Thread(target=worker) for _ in range(conc)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    warm = [threading.Thread(target=client.track, args=(i,)) for i in range(1, conc + 1)]
    for t in warm:
        t.start()
    for t in warm:
        t.join()
    return _timed(run, n)


W5_REFERENCE = 3_000


def w5_sync(client: Any, n: int, conc: int) -> int:
    """W5: ``n`` events through ``bulk()``; also ``ref_rate``: sequential ``track`` calls/s, same process."""
    if not hasattr(getattr(client, "cio", None), "bulk"):
        raise NotImplementedError("bulk() not implemented by this client")
    for i in range(1, WARMUP + 1):
        client.track(i)
    t0 = time.perf_counter()
    for i in range(1, W5_REFERENCE + 1):
        client.track(i)
    ref_rate = W5_REFERENCE / (time.perf_counter() - t0)
    _timed(lambda: client.bulk_track(n), n)
    _RESULT["ref_rate"] = ref_rate
    return n


async def w1_async(client: Any, n: int, conc: int) -> int:
    for i in range(1, WARMUP + 1):
        await client.identify(i)

    async def run() -> None:
        for i in range(1, n + 1):
            await client.identify(i)

    return await _atimed(run, n)


async def w2_async(client: Any, n: int, conc: int) -> int:
    """W2: ``n`` track calls from ``conc`` tasks sharing one client."""
    counter = iter(range(1, n + 1))

    async def worker() -> None:
        for i in counter:
            await client.track(i)

    async def run() -> None:
        await asyncio.gather(*(worker() for _ in range(conc)))

    await asyncio.gather(*(client.track(i) for i in range(1, conc + 1)))
    return await _atimed(run, n)


async def w5_async(client: Any, n: int, conc: int) -> int:
    if not hasattr(getattr(client, "cio", None), "bulk"):
        raise NotImplementedError("bulk() not implemented by this client")
    for i in range(1, WARMUP + 1):
        await client.track(i)
    t0 = time.perf_counter()
    for i in range(1, W5_REFERENCE + 1):
        await client.track(i)
    ref_rate = W5_REFERENCE / (time.perf_counter() - t0)
    await _atimed(lambda: client.bulk_track(n), n)
    _RESULT["ref_rate"] = ref_rate
    return n


# W6 is W5 with the Data Pipelines clients: bulk events/s against one track call per event.
SYNC_WORKLOADS: dict[str, Callable[[Any, int, int], int]] = {"w1": w1_sync, "w2": w2_sync, "w5": w5_sync, "w6": w5_sync}
ASYNC_WORKLOADS: dict[str, Callable[[Any, int, int], Awaitable[int]]] = {
    "w1": w1_async,
    "w2": w2_async,
    "w5": w5_async,
    "w6": w5_async,
}

_RESULT: dict[str, float] = {}


def _timed(fn: Callable[[], Any], n: int) -> int:
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    _RESULT.update(wall=time.perf_counter() - t0, cpu=time.process_time() - c0)
    return n


async def _atimed(fn: Callable[[], Awaitable[Any]], n: int) -> int:
    c0, t0 = time.process_time(), time.perf_counter()
    await fn()
    _RESULT.update(wall=time.perf_counter() - t0, cpu=time.process_time() - c0)
    return n


# ---------------------------------------------------------------------------------------------------
# SDK overhead over a no-op httpx.MockTransport (in one process, interleaved rounds)
# ---------------------------------------------------------------------------------------------------


def overhead(n: int, rounds: int) -> dict[str, Any]:
    """µs per identify for the SDK and raw httpx over ``MockTransport``, sync and async, per round."""
    url = "http://127.0.0.1:9/api/v1"
    out: dict[str, Any] = {}
    sync_pair = (SdkSync(url, mock=True), HttpxSync(url, mock=True))
    async_pair = (SdkAsync(url, mock=True), HttpxAsync(url, mock=True))
    for c in sync_pair:
        for i in range(200):
            c.identify(i)

    async def arun(c: Any, k: int) -> float:
        t0 = time.perf_counter()
        for i in range(k):
            await c.identify(i)
        return time.perf_counter() - t0

    loop = asyncio.new_event_loop()
    for c in async_pair:
        loop.run_until_complete(arun(c, 200))
    for name in ("sync_sdk", "sync_raw", "async_sdk", "async_raw"):
        out[name] = []
    for _ in range(rounds):
        for name, c in zip(("sync_sdk", "sync_raw"), sync_pair, strict=True):
            t0 = time.perf_counter()
            for i in range(n):
                c.identify(i)
            out[name].append((time.perf_counter() - t0) / n * 1e6)
        for name, c in zip(("async_sdk", "async_raw"), async_pair, strict=True):
            out[name].append(loop.run_until_complete(arun(c, n)) / n * 1e6)
    loop.close()
    return out


# ---------------------------------------------------------------------------------------------------
# App API reads ("app"): one typed list page (GET /v1/messages) against raw httpx + response.json()
# ---------------------------------------------------------------------------------------------------
# The sink answers every request with the same page of ``--items`` deliveries (payloads.messages_page).
# Each client's ``read()`` returns how many items it got, so a wrong answer cannot pass for a fast one.


class AppSdkSync:
    """``APIClient.get_messages``: the typed page (``MessagesPage`` of ``Message`` models)."""

    def __init__(self, url: str, items: int) -> None:
        from customerio import APIClient

        self.items = items
        self.cio = APIClient(API_KEY, url=url, timeout=TIMEOUT)

    def read(self) -> int:
        return len(self.cio.get_messages(limit=self.items).messages)

    def close(self) -> None:
        self.cio.close()


class AppSdkAsync:
    def __init__(self, url: str, items: int) -> None:
        from customerio import AsyncAPIClient

        self.items = items
        self.cio = AsyncAPIClient(API_KEY, url=url, timeout=TIMEOUT)

    async def read(self) -> int:
        return len((await self.cio.get_messages(limit=self.items)).messages)

    async def close(self) -> None:
        await self.cio.aclose()


class AppHttpxSync:
    """Raw ``httpx.Client``: the same request, and the body as plain JSON (``response.json()``)."""

    def __init__(self, url: str, items: int) -> None:
        import httpx

        self.url = f"{url}/messages"
        self.params = {"limit": items}
        headers = {"Authorization": f"Bearer {API_KEY}", "User-Agent": "bench-raw-httpx", "Accept": "application/json"}
        self.http = httpx.Client(headers=headers, timeout=TIMEOUT)

    def read(self) -> int:
        r = self.http.get(self.url, params=self.params)
        if r.status_code != 200:
            raise RuntimeError(r.status_code)
        return len(r.json()["messages"])

    def close(self) -> None:
        self.http.close()


class AppHttpxAsync:
    def __init__(self, url: str, items: int) -> None:
        import httpx

        self.url = f"{url}/messages"
        self.params = {"limit": items}
        headers = {"Authorization": f"Bearer {API_KEY}", "User-Agent": "bench-raw-httpx", "Accept": "application/json"}
        self.http = httpx.AsyncClient(headers=headers, timeout=TIMEOUT)

    async def read(self) -> int:
        r = await self.http.get(self.url, params=self.params)
        if r.status_code != 200:
            raise RuntimeError(r.status_code)
        return len(r.json()["messages"])

    async def close(self) -> None:
        await self.http.aclose()


APP_CLIENTS: dict[str, tuple[type, bool]] = {
    "app_sync": (AppSdkSync, False),
    "app_async": (AppSdkAsync, True),
    "app_httpx_sync": (AppHttpxSync, False),
    "app_httpx_async": (AppHttpxAsync, True),
}
APP_WARMUP = 10


def app_reads(client_key: str, url: str, n: int, items: int) -> None:
    """``n`` sequential reads of one ``items``-item page (after a warm-up), timed into ``_RESULT``."""
    factory, is_async = APP_CLIENTS[client_key]

    def check(got: int) -> None:
        if got != items:
            raise RuntimeError(f"{client_key} read {got} items, not {items}")

    if not is_async:
        client = factory(url, items)
        try:
            for _ in range(APP_WARMUP):
                check(client.read())
            _timed(lambda: [check(client.read()) for _ in range(n)], n)
        finally:
            client.close()
        return

    async def go() -> None:
        client = factory(url, items)
        try:
            for _ in range(APP_WARMUP):
                check(await client.read())

            async def run() -> None:
                for _ in range(n):
                    check(await client.read())

            await _atimed(run, n)
        finally:
            await client.close()

    asyncio.run(go())


def app_parse(items: int, rounds: int) -> dict[str, list[float]]:
    """µs per item of the typed parse of one ``items``-item page, beyond ``response.json()`` of it.

    No network: the SDK's parser of ``get_messages`` (what ``APIClient`` runs on a 2xx answer) and
    ``response.json()`` alternate on the same ``httpx.Response``, ``rounds`` times.
    """
    import httpx
    from payloads import messages_page

    from customerio import _app_ops as ops
    from customerio._app_calls import plain

    body = messages_page(items)
    response = httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    parse = plain(ops.get_messages, *[None] * len(ops.get_messages.params)).parse
    if len(parse(response).messages) != items:
        raise RuntimeError("the typed page lost items")
    reps = max(1, 20_000 // items)
    out: dict[str, list[float]] = {"typed": [], "json": [], "extra": []}
    for _ in range(rounds):
        # json first, then typed, each after a full collection: a collection the typed parse deferred (it
        # pauses the collector) then runs inside the typed loop, and is charged to it, not to json's.
        gc.collect()
        t0 = time.perf_counter()
        for _ in range(reps):
            response.json()
        plain_json = (time.perf_counter() - t0) / reps / items * 1e6
        gc.collect()
        t0 = time.perf_counter()
        for _ in range(reps):
            parse(response)
        typed = (time.perf_counter() - t0) / reps / items * 1e6
        out["typed"].append(typed)
        out["json"].append(plain_json)
        out["extra"].append(typed - plain_json)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", choices=sorted([*CLIENTS, *APP_CLIENTS]))
    parser.add_argument("--workload", choices=["w1", "w2", "w5", "w6", "overhead", "app", "app_parse"])
    parser.add_argument("--items", type=int, default=100, help="items of the page the sink serves (app workloads)")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--conc", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--url", default="")
    parser.add_argument("--mock", action="store_true", help="no-op httpx.MockTransport instead of the network")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request (our SDK and raw httpx)")
    args = parser.parse_args()
    global TIMEOUT
    TIMEOUT = args.timeout
    if args.workload == "overhead":
        print(json.dumps(overhead(args.n, args.rounds)))
        return
    if args.workload == "app_parse":
        print(json.dumps(app_parse(args.items, args.rounds)))
        return
    if args.workload == "app":
        app_reads(args.client, args.url, args.n, args.items)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"calls": args.n, **_RESULT, "maxrss_kb": rss}))
        return
    factory, is_async = CLIENTS[args.client]
    try:
        if is_async:

            async def go() -> None:
                client = factory(args.url, mock=args.mock)
                try:
                    await ASYNC_WORKLOADS[args.workload](client, args.n, args.conc)
                finally:
                    await client.close()

            asyncio.run(go())
        else:
            client = factory(args.url, mock=args.mock)
            try:
                SYNC_WORKLOADS[args.workload](client, args.n, args.conc)
            finally:
                client.close()
    except NotImplementedError as exc:
        print(json.dumps({"skipped": str(exc)}))
        return
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"calls": args.n, **_RESULT, "maxrss_kb": rss}))


if __name__ == "__main__":
    main()
