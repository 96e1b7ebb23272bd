"""Soak: many mixed Track calls, sync and async, against the loopback fault server with injected faults.

One ``TrackClient`` is shared by ``--threads`` threads and one ``AsyncTrackClient`` by ``--tasks`` tasks
(half the calls each). The server injects a fault into ``--fault-rate`` of all requests (5xx, 429, HTML 502,
reset after the request, truncated body, a stall past the timeout, an empty 200) and remembers, per call,
what each of its requests got. Every call is tagged (``soak-<n>`` in its path or body), so afterwards each
failure is matched to the faults that caused it and each replay is checked against the retry policy: a
send-once call is never replayed after it may have been processed.

Exit status is non-zero on any unexpected exception, any unaccounted failure or replay, growth of open
file descriptors beyond ``--fd-bound``, or resident memory growth (after warm-up) beyond ``--rss-bound-mb``.

    .venv/bin/python scripts/soak.py --calls 100000
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import resource
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from customerio import (  # noqa: E402
    AsyncTrackClient,
    CustomerIOConnectionError,
    CustomerIOError,
    CustomerIOTimeoutError,
    RateLimitError,
    ServerError,
    TrackClient,
)
from tests.faults.server import (  # noqa: E402
    FaultServer,
    RandomFaults,
    empty_200,
    html_502,
    reset,
    stall,
    status,
    truncated,
)

#: Fault label -> the exception a call gives up with when this fault hit its last attempt.
FAILS_WITH: dict[str, type[Exception]] = {
    "500": ServerError,
    "503 Retry-After: 0": ServerError,
    "502 html": ServerError,
    "429": RateLimitError,
    "reset after request": CustomerIOConnectionError,
    "truncated body": CustomerIOConnectionError,
    "stall": CustomerIOTimeoutError,
}
#: Faults after which the server may have processed the request (a send-once call must not be replayed).
MAY_HAVE_PROCESSED = {"500", "503 Retry-After: 0", "502 html", "reset after request", "truncated body", "stall"}
#: Answers that are a success for the soak's calls (all of them return nothing).
SUCCESS = {"ok", "200 empty"}


def _ops(tag: str) -> list[tuple[str, bool, tuple[Any, ...], dict[str, Any]]]:
    """The call mix: (method, replayable, args, kwargs), each carrying ``tag``."""
    return [
        ("identify", True, (tag,), {"plan": "pro", "n": 1}),
        ("track", True, (tag,), {"name": "soak", "data": {"n": 1}}),
        ("destroy", True, (tag,), {}),
        ("batch", True, ([{"type": "person", "action": "identify", "identifiers": {"id": tag}}],), {}),
        ("track_push", False, ({"delivery_id": tag, "event": "opened"},), {}),
        ("report_metric", False, ({"delivery_id": tag, "metric": "clicked"},), {}),
    ]


def _op(n: int) -> tuple[str, bool, tuple[Any, ...], dict[str, Any]]:
    ops = _ops(f"soak-{n}")
    return ops[n % len(ops)]


def _fds() -> tuple[int, int]:
    """(open file descriptors, of which sockets) of this process."""
    names = os.listdir("/proc/self/fd")
    sockets = 0
    for name in names:
        try:
            if os.readlink(f"/proc/self/fd/{name}").startswith("socket:"):
                sockets += 1
        except OSError:
            pass
    return len(names), sockets


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        resident = int(f.read().split()[1])
    return resident * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Report:
    """What a soak run measured."""

    calls: int = 0
    requests: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    failures: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)
    unaccounted: list[str] = field(default_factory=list)
    fds: dict[str, tuple[int, int]] = field(default_factory=dict)
    rss_mb: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as printable lines."""
        out = [
            f"calls: {self.calls} ({self.requests} requests) in {self.seconds:.1f} s",
            f"faults injected: {sum(self.faults.values())} " + str(dict(sorted(self.faults.items()))),
            f"failures by class: {sum(self.failures.values())} " + str(dict(sorted(self.failures.items()))),
            f"unexpected exceptions: {len(self.unexpected)}; unaccounted failures/replays: {len(self.unaccounted)}",
        ]
        for stage, (fds, sockets) in self.fds.items():
            out.append(f"fds {stage}: {fds} ({sockets} sockets)")
        out.append("rss MB: " + ", ".join(f"{k} {v:.1f}" for k, v in self.rss_mb.items()))
        out.append(f"peak rss MB: {self.peak_rss_mb:.1f}")
        out.extend(f"PROBLEM: {p}" for p in self.problems)
        out.extend(f"  unexpected: {u}" for u in self.unexpected[:10])
        out.extend(f"  unaccounted: {u}" for u in self.unaccounted[:10])
        return out


def _account(report: Report, failures: dict[int, str], history: dict[int, list[str]]) -> None:
    """Match every failure to its faults, and every replay to the policy (calls not in ``failures`` succeeded)."""
    for n in sorted(set(failures) | set(history)):
        outcome = failures.get(n, "ok")
        method, replayable, _, _ = _op(n)
        seen = history.get(n)
        where = f"call {n} {method}: {outcome}, requests {seen}"
        if outcome == "ok":
            if seen is None:
                continue
            if seen[-1] not in SUCCESS:
                report.unaccounted.append(where + " (succeeded although its last request failed)")
            elif not replayable and any(label in MAY_HAVE_PROCESSED for label in seen[:-1]):
                report.unaccounted.append(where + " (send-once call replayed after it may have been processed)")
            continue
        report.failures[outcome] += 1
        if seen is None or seen[-1] in SUCCESS:
            report.unaccounted.append(where + " (failure without an injected fault)")
            continue
        expected = FAILS_WITH[seen[-1]].__name__
        if outcome != expected:
            report.unaccounted.append(where + f" (expected {expected})")
        elif replayable and len(seen) != 4:
            report.unaccounted.append(where + " (replayable call gave up before 4 attempts)")
        elif not replayable and seen[-1] in MAY_HAVE_PROCESSED and len(seen) != 1 and seen[-2] != "429":
            report.unaccounted.append(where + " (send-once call replayed after it may have been processed)")


def _outcome(exc: BaseException, n: int, report: Report, lock: threading.Lock) -> str:
    if not isinstance(exc, CustomerIOError):
        with lock:
            report.unexpected.append(f"call {n}: {type(exc).__name__}: {exc}")
    return type(exc).__name__


def _run_sync(client: TrackClient, numbers: range, threads: int, report: Report) -> dict[int, str]:
    """Failed calls -> exception class name; threads pull call numbers from one shared iterator."""
    failures: dict[int, str] = {}
    lock = threading.Lock()
    queue = iter(numbers)

    def worker() -> None:
        while True:
            with lock:
                n = next(queue, None)
            if n is None:
                return
            method, _, args, kwargs = _op(n)
            try:
                getattr(client, method)(*args, **kwargs)
            except Exception as error:
                outcome = _outcome(error, n, report, lock)
                with lock:
                    failures[n] = outcome
            with lock:
                report.calls += 1

    with ThreadPoolExecutor(threads) as pool:
        for future in [pool.submit(worker) for _ in range(threads)]:
            future.result()
    return failures


async def _run_async(client: AsyncTrackClient, numbers: range, tasks: int, report: Report) -> dict[int, str]:
    failures: dict[int, str] = {}
    lock = threading.Lock()
    queue = iter(numbers)

    async def worker() -> None:
        for n in queue:
            method, _, args, kwargs = _op(n)
            try:
                await getattr(client, method)(*args, **kwargs)
            except Exception as error:
                failures[n] = _outcome(error, n, report, lock)
            report.calls += 1

    await asyncio.gather(*(worker() for _ in range(tasks)))
    return failures


def _no_sleep(seconds: float) -> None:
    pass


async def _no_sleep_async(seconds: float) -> None:
    await asyncio.sleep(0)


def run(
    calls: int,
    *,
    fault_rate: float = 0.01,
    threads: int = 8,
    tasks: int = 32,
    timeout: float = 0.5,
    seed: int = 1,
    fd_bound: int = 8,
    rss_bound_mb: float = 20.0,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Run the soak and return its report (``report.problems`` is empty when it passed)."""
    report = Report()
    gc.collect()
    report.fds["before"] = _fds()
    report.rss_mb["before"] = _rss_mb()
    faults = [
        status(500),
        status(503, retry_after="0"),
        status(429),
        html_502(),
        reset(),
        truncated(),
        stall(timeout + 0.3),
        empty_200(),
    ]
    started = time.monotonic()
    server = FaultServer(record=False).start()
    chooser = RandomFaults(rate=fault_rate, faults=faults, seed=seed)
    server.random = chooser
    base = f"{server.url}/api/v1"
    sync_client = TrackClient("site", "key", url=base, timeout=timeout)
    sync_client._sleep = _no_sleep  # type: ignore[method-assign]
    sync_calls = range(calls // 2)
    async_calls = range(calls // 2, calls)
    warm = min(500, len(sync_calls))
    failures: dict[int, str] = {}
    try:
        failures.update(_run_sync(sync_client, sync_calls[:warm], threads, report))
        gc.collect()
        report.fds["after warm-up"] = _fds()
        report.rss_mb["after warm-up"] = _rss_mb()
        failures.update(_run_sync(sync_client, sync_calls[warm:], threads, report))
        gc.collect()
        report.rss_mb["after sync"] = _rss_mb()
        if progress:
            progress(f"sync done: {len(sync_calls)} calls in {time.monotonic() - started:.1f} s")

        async def async_part() -> dict[int, str]:
            async with AsyncTrackClient("site", "key", url=base, timeout=timeout) as client:
                client._sleep = _no_sleep_async  # type: ignore[method-assign]
                return await _run_async(client, async_calls, tasks, report)

        failures.update(asyncio.run(async_part()))
        gc.collect()
        report.fds["end (sync client open)"] = _fds()
        report.rss_mb["end"] = _rss_mb()
    finally:
        sync_client.close()
        server.stop()
    # Stalled handlers hold their socket until the stall ends.
    deadline = time.monotonic() + timeout + 2.0
    while time.monotonic() < deadline and _fds()[0] > report.fds["before"][0]:
        time.sleep(0.05)
    gc.collect()
    report.fds["after close"] = _fds()
    report.seconds = time.monotonic() - started
    report.requests = chooser.requests
    report.faults = dict(chooser.injected)
    report.peak_rss_mb = _peak_rss_mb()
    _account(report, failures, chooser.history)

    if report.calls != calls:
        report.problems.append(f"{calls - report.calls} calls have no outcome")
    if report.unexpected:
        report.problems.append(f"{len(report.unexpected)} unexpected exceptions")
    if report.unaccounted:
        report.problems.append(f"{len(report.unaccounted)} unaccounted failures or replays")
    grown = report.fds["after close"][0] - report.fds["before"][0]
    if grown > fd_bound:
        report.problems.append(f"open fds grew by {grown} (> {fd_bound}) after closing")
    in_run = report.fds["end (sync client open)"][0] - report.fds["after warm-up"][0]
    if in_run > fd_bound + 2 * (threads + tasks):
        report.problems.append(f"open fds grew by {in_run} during the run")
    rss_growth = report.rss_mb["end"] - report.rss_mb["after warm-up"]
    if rss_growth > rss_bound_mb:
        report.problems.append(f"rss grew by {rss_growth:.1f} MB after warm-up (> {rss_bound_mb} MB)")
    if fault_rate > 0 and calls >= 1000 and not report.faults:
        report.problems.append("no fault was injected")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=100_000, help="total calls, half sync, half async")
    parser.add_argument("--fault-rate", type=float, default=0.01, help="fraction of requests given a fault")
    parser.add_argument("--threads", type=int, default=8, help="threads sharing the sync client")
    parser.add_argument("--tasks", type=int, default=32, help="tasks sharing the async client")
    parser.add_argument("--timeout", type=float, default=0.5, help="client timeout; stalls last 0.3 s longer")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fd-bound", type=int, default=8, help="allowed growth of open fds after closing")
    parser.add_argument("--rss-bound-mb", type=float, default=20.0, help="allowed RSS growth after warm-up")
    opts = parser.parse_args(argv)
    report = run(
        opts.calls,
        fault_rate=opts.fault_rate,
        threads=opts.threads,
        tasks=opts.tasks,
        timeout=opts.timeout,
        seed=opts.seed,
        fd_bound=opts.fd_bound,
        rss_bound_mb=opts.rss_bound_mb,
        progress=print,
    )
    for line in report.lines():
        print(line)
    print("soak: " + ("FAILED" if report.problems else "passed"))
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
