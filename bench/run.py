"""``make bench``: customerio-py against raw httpx and the other Customer.io clients, on one loopback sink.

    .venv/bin/python bench/run.py            # full run (several minutes), writes bench/RESULTS.md
    .venv/bin/python bench/run.py --quick    # ~1 minute smoke run (fewer calls and repetitions)

What it does, in one run on one machine (ratios are computed inside each repetition, then their median
is reported: wall-clock rates drift 30-50 % between runs on a noisy machine):

* starts ``server.py`` (an asyncio-protocol HTTP/1.1 keep-alive sink answering ``{}``) pinned to one
  CPU and measures its ceiling with a plain keep-alive socket client;
* runs each client in its own process pinned to another CPU (``workers.py``; ``node_worker.js``):
  this SDK and raw httpx from the project ``.venv``; the official ``customerio`` and
  ``async-customerio`` from ``bench/.venv`` (they clash with our import name); ``customerio-node``
  from ``bench/node`` when Node is present. Environments are created on first use;
* W1 sequential identify, W2 track at concurrency 64 (async: one client, 64 tasks; sync: 64 threads),
  W3 cold start (process + import + construct + one call; clean venv with runtime deps only) and
  ``-X importtime``, W4 peak RSS (of the W2 processes), W5 bulk (runs once ``bulk()`` exists), W6 Data
  Pipelines bulk (``PipelinesClient.bulk()`` against one ``track`` call per event);
* "app": App API reads, a typed ``get_messages`` page of 100 and of 1,000 deliveries (``APIClient`` and
  ``AsyncAPIClient``) against raw httpx + ``response.json()`` on a sink serving that page, the typed
  parse's µs per item beyond ``response.json()``, and instructions per read; with ``--only app`` only that
  section of RESULTS.md is rewritten;
* CLI import (``--only cli``): ``customerio import events`` on a CSV against the bulk sender on the same rows
  (``cli_worker.py``); with ``--only cli`` only that section of RESULTS.md is rewritten;
* the SDK's overhead per call over a no-op ``httpx.MockTransport`` (sync and async);
* instructions per call with ``valgrind --tool=callgrind`` (difference of two run lengths), the
  deterministic pass/fail figure, when valgrind is installed.

Adding a workload: a function in ``workers.py`` (registered in ``SYNC_WORKLOADS``/``ASYNC_WORKLOADS``)
and a ``Workload`` entry in ``WORKLOADS`` below.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import importlib.metadata as md
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)

import payloads  # noqa: E402
import server  # noqa: E402

PROJECT_PY = os.path.join(REPO, ".venv", "bin", "python")
PEERS_VENV = os.path.join(BENCH, ".venv")
PEERS_PY = os.path.join(PEERS_VENV, "bin", "python")
CLEAN_VENV = os.path.join(BENCH, ".venv-clean")
CLEAN_PY = os.path.join(CLEAN_VENV, "bin", "python")
# The runtime dependencies less sniffio: what the async path costs where sniffio is missing.
NOSNIFFIO_VENV = os.path.join(BENCH, ".venv-nosniffio")
NOSNIFFIO_PY = os.path.join(NOSNIFFIO_VENV, "bin", "python")
NODE_DIR = os.path.join(BENCH, "node")
WORKER = os.path.join(BENCH, "workers.py")
NODE_WORKER = os.path.join(BENCH, "node_worker.js")

# Peers, pinned. sniffio goes into the peers' venv too, so async-customerio runs on the same httpx
# stack as our async client in the project .venv (without it httpcore re-tries the import per request).
PEER_PINS = ["customerio==3.2.0", "async-customerio==2.18.0", "sniffio==1.3.1"]
NODE_PIN = "customerio-node@5.2.0"
# The clean venv gets exactly the project venv's versions of the SDK's runtime dependencies, nothing else.
CLEAN_DISTS = ["httpx", "httpcore", "h11", "anyio", "idna", "certifi", "attrs", "sniffio"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _read(path: str) -> str:
    with open(path) as f:
        return f.read()


# ---------------------------------------------------------------------------------------------------
# Environments
# ---------------------------------------------------------------------------------------------------


def _venv(path: str, pins: list[str]) -> None:
    marker = os.path.join(path, ".bench-pins")
    want = "\n".join(pins)
    if os.path.exists(marker) and _read(marker) == want:
        return
    log(f"creating {os.path.relpath(path, REPO)} with {' '.join(pins)}")
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--clear", path], check=True)
    pip = [os.path.join(path, "bin", "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *pins], check=True, stderr=subprocess.DEVNULL)
    with open(marker, "w") as f:
        f.write(want)


def ensure_envs(want_node: bool) -> dict[str, Any]:
    if not os.path.exists(PROJECT_PY):
        sys.exit("no project .venv: run `make venv` first")
    _venv(PEERS_VENV, PEER_PINS)
    _venv(CLEAN_VENV, [f"{d}=={md.version(d)}" for d in CLEAN_DISTS])
    _venv(NOSNIFFIO_VENV, [f"{d}=={md.version(d)}" for d in CLEAN_DISTS if d != "sniffio"])
    node = None
    if want_node and shutil.which("node") and shutil.which("npm"):
        os.makedirs(NODE_DIR, exist_ok=True)
        pkg = os.path.join(NODE_DIR, "package.json")
        if not os.path.exists(pkg):
            with open(pkg, "w") as f:
                f.write('{"name": "cio-bench-node", "private": true}\n')
        installed = os.path.join(NODE_DIR, "node_modules", "customerio-node", "package.json")
        version = NODE_PIN.split("@")[1]
        if not os.path.exists(installed) or json.loads(_read(installed))["version"] != version:
            log(f"installing {NODE_PIN} into bench/node")
            subprocess.run(
                ["npm", "install", "--prefix", NODE_DIR, "--no-audit", "--no-fund", "--loglevel=error", NODE_PIN],
                check=True,
            )
        payloads.write_json(os.path.join(NODE_DIR, "payloads.json"))
        node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return {"node": node}


# ---------------------------------------------------------------------------------------------------
# Clients and processes
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Client:
    key: str
    label: str
    runtime: str  # "project", "peers", "clean", "nosniffio" or "node"


CLIENTS = {
    c.key: c
    for c in [
        Client("sdk_sync", "customerio-py TrackClient", "project"),
        Client("httpx_sync", "raw httpx.Client", "project"),
        Client("customerio", "customerio 3.2.0 (official, requests)", "peers"),
        Client("sdk_async", "customerio-py AsyncTrackClient", "project"),
        Client("sdk_async_aiohttp", "customerio-py AsyncTrackClient, aiohttp transport", "project"),
        # The SDK on httpx's own transport (httpcore's connection pool): what its default was before it had a pool.
        Client("sdk_sync_httpcore", "customerio-py TrackClient on httpx's pool", "project"),
        Client("sdk_async_httpcore", "customerio-py AsyncTrackClient on httpx's pool", "project"),
        Client("httpx_async", "raw httpx.AsyncClient", "project"),
        Client("async_customerio", "async-customerio 2.18.0", "peers"),
        Client("node", "customerio-node 5.2.0 (Node)", "node"),
        Client("pipelines_sync", "customerio-py PipelinesClient", "project"),
        Client("pipelines_async", "customerio-py AsyncPipelinesClient", "project"),
    ]
}


def _env(runtime: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    # Every client runs from byte-compiled modules, as after a pip install (which compiles them): an
    # environment that forbids writing .pyc files would make the SDK, loaded from the source tree,
    # recompile itself on every cold start while the installed peers load their compiled files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if runtime in ("clean", "nosniffio"):
        env["PYTHONPATH"] = os.pathsep.join([REPO, os.path.join(REPO, "generated")])
    return env


def _python(runtime: str) -> str:
    return {"project": PROJECT_PY, "peers": PEERS_PY, "clean": CLEAN_PY, "nosniffio": NOSNIFFIO_PY}[runtime]


def run_proc(argv: list[str], env: dict[str, str], cpu: int | None) -> tuple[str, float, int, str]:
    """Run a process (pinned to ``cpu``); return stdout, wall seconds, peak RSS (KiB) and stderr."""

    def pin() -> None:
        if cpu is not None:
            os.sched_setaffinity(0, {cpu})

    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        # cwd=BENCH: ``python -c`` puts the cwd first on sys.path, and the repo root holds our ``customerio``.
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, env=env, preexec_fn=pin, cwd=BENCH)
        assert proc.stdout is not None
        out = proc.stdout.read().decode()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        err.seek(0)
        errtext = err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{errtext[-3000:]}")
    return out, wall, usage.ru_maxrss, errtext


def worker_argv(
    client: Client, workload: str, n: int, conc: int, url: str, mock: bool = False, timeout: float | None = None
) -> list[str]:
    if client.runtime == "node":
        return ["node", NODE_WORKER, "--workload", workload, "--n", str(n), "--conc", str(conc), "--url", url]
    argv = [_python(client.runtime), WORKER, "--client", client.key, "--workload", workload]
    argv += ["--n", str(n), "--conc", str(conc), "--url", url]
    if timeout is not None:
        argv += ["--timeout", str(timeout)]
    return [*argv, "--mock"] if mock else argv


def run_worker(client: Client, workload: str, n: int, conc: int, url: str, cpu: int | None) -> dict[str, Any]:
    argv = worker_argv(client, workload, n, conc, url)
    out, _, rss, _ = run_proc(argv, _env(client.runtime), cpu)
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result["rss_kb"] = rss
    return result


# ---------------------------------------------------------------------------------------------------
# Workloads with repetitions (W1, W2, W5, W6)
# ---------------------------------------------------------------------------------------------------


@dataclass
class Workload:
    key: str
    title: str
    worker: str
    n_full: int
    n_quick: int
    conc: int
    clients: list[str]
    #: (numerator, denominator) client pairs whose rate ratio is computed inside each repetition.
    ratios: list[tuple[str, str]] = field(default_factory=list)
    results: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    per_rep_ratios: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    ref_ratios: dict[str, list[float]] = field(default_factory=dict)
    #: Repetitions in a full run (a quick run does 2 of each; ``--reps`` overrides both).
    reps_full: int = 5
    #: Milliseconds the sink holds back each answer (a second sink is started for workloads that set it).
    latency_ms: float = 0.0
    #: Concurrency of particular clients where it differs from ``conc`` (e.g. Node at 64 beside 16 threads).
    client_conc: dict[str, int] = field(default_factory=dict)
    n: int = 0
    reps: int = 0


WORKLOADS = [
    Workload(
        "W1",
        "sequential identify",
        "w1",
        5_000,
        300,
        1,
        [
            "sdk_sync",
            "httpx_sync",
            "customerio",
            "sdk_async",
            "sdk_async_httpcore",
            "httpx_async",
            "async_customerio",
            "node",
        ],
        [
            ("sdk_sync", "httpx_sync"),
            ("sdk_sync", "customerio"),
            ("sdk_async", "httpx_async"),
            ("sdk_async", "async_customerio"),
            ("sdk_sync", "node"),
            ("sdk_async", "node"),
            ("sdk_async", "sdk_async_httpcore"),
        ],
    ),
    Workload(
        "W2",
        "track at concurrency 64 (async: 64 tasks, sync: 64 threads)",
        "w2",
        # 20,000 calls as specified: about 40 s per repetition for the slowest (httpx's async pool), so a
        # full run takes about 15 minutes on a 2-core machine; `--w2-n` shortens it for a quick look.
        20_000,
        600,
        64,
        [
            "sdk_async",
            "sdk_async_httpcore",
            "sdk_async_aiohttp",
            "httpx_async",
            "async_customerio",
            "node",
            "sdk_sync",
            "sdk_sync_httpcore",
            "httpx_sync",
            "customerio",
        ],
        [
            ("sdk_async", "node"),
            ("sdk_sync", "node"),
            ("sdk_async_aiohttp", "node"),
            ("httpx_async", "node"),
            ("sdk_async", "sdk_async_httpcore"),
            ("sdk_sync", "sdk_sync_httpcore"),
            ("sdk_async", "httpx_async"),
            ("sdk_async", "async_customerio"),
            ("sdk_sync", "httpx_sync"),
            ("sdk_sync", "customerio"),
        ],
        reps_full=3,
    ),
    # 16 threads sharing one TrackClient, against Node at concurrency 64 (its W2 setting).
    Workload(
        "W2-16",
        "track from 16 threads sharing one client (Node: 64 concurrent calls)",
        "w2",
        10_000,
        600,
        16,
        ["sdk_sync", "sdk_sync_httpcore", "httpx_sync", "customerio", "node"],
        [("sdk_sync", "node"), ("sdk_sync", "sdk_sync_httpcore"), ("sdk_sync", "customerio")],
        reps_full=3,
        client_conc={"node": 64},
    ),
    # A real round trip: the sink holds every answer back 50 ms, so 64 calls in flight need 64 connections
    # (at most 64 / 0.05 s = 1,280 calls/s); a pool that is too small, or serialises, shows here.
    Workload(
        "W2-50ms",
        "track at concurrency 64, each answer 50 ms late (async: 64 tasks, sync: 64 threads)",
        "w2",
        3_000,
        640,
        64,
        ["sdk_async", "sdk_async_httpcore", "node", "sdk_sync", "sdk_sync_httpcore"],
        [("sdk_async", "node"), ("sdk_sync", "node"), ("sdk_async", "sdk_async_httpcore")],
        reps_full=3,
        latency_ms=50.0,
    ),
    # W5: events through TrackClient.bulk() / AsyncTrackClient.bulk() (workers.py ``bulk_track``), each
    # worker also timing 1,000 sequential track calls (its ``ref_rate``) for the ≥ 50x target.
    Workload(
        "W5", "track events through bulk() (v2 batch)", "w5", 200_000, 5_000, 1, ["sdk_sync", "sdk_async"], reps_full=3
    ),
    # W6: the same for the Data Pipelines clients: events through PipelinesClient.bulk() (/v1/batch), each worker
    # also timing 3,000 sequential track calls (one HTTP request per event) for the ≥ 50x target.
    Workload(
        "W6",
        "Data Pipelines track events through bulk() (/v1/batch)",
        "w6",
        200_000,
        5_000,
        1,
        ["pipelines_sync", "pipelines_async"],
        reps_full=3,
    ),
]


def run_reps(
    wls: list[Workload], reps: int | None, quick: bool, urls: dict[float, str], cpu: int | None, have_node: bool
) -> None:
    for wl in wls:
        wl.n = wl.n_quick if quick else wl.n_full
        wl.reps = reps or (2 if quick else wl.reps_full)
        wl.clients = [c for c in wl.clients if c != "node" or have_node]
        wl.results = {c: [] for c in wl.clients}
        wl.per_rep_ratios = {pair: [] for pair in wl.ratios if set(pair) <= set(wl.clients)}
    for rep in range(max(wl.reps for wl in wls)):
        for wl in wls:
            if rep >= wl.reps:
                continue
            order = wl.clients[rep % len(wl.clients) :] + wl.clients[: rep % len(wl.clients)]
            rates: dict[str, float] = {}
            for key in order:
                if wl.results[key] and "skipped" in wl.results[key][0]:
                    continue
                t0 = time.perf_counter()
                conc = wl.client_conc.get(key, wl.conc)
                res = run_worker(CLIENTS[key], wl.worker, wl.n, conc, urls[wl.latency_ms], cpu)
                wl.results[key].append(res)
                if "skipped" in res:
                    log(f"  rep {rep + 1} {wl.key} {key}: skipped ({res['skipped']})")
                    continue
                rates[key] = res["calls"] / res["wall"]
                log(
                    f"  rep {rep + 1} {wl.key} {key:17} {rates[key]:8,.0f} calls/s "
                    f"{res['cpu'] / res['calls'] * 1000:6.3f} CPU s/1k  ({time.perf_counter() - t0:.1f}s)"
                )
            for a, b in wl.per_rep_ratios:
                if a in rates and b in rates:
                    wl.per_rep_ratios[(a, b)].append(rates[a] / rates[b])
            for key in rates:  # W5, W6: bulk events/s over one track call per event, same process
                ref = wl.results[key][-1].get("ref_rate")
                if ref:
                    wl.ref_ratios.setdefault(key, []).append(rates[key] / ref)


# ---------------------------------------------------------------------------------------------------
# W3 cold start and import time
# ---------------------------------------------------------------------------------------------------

_ATTRS = repr({"email": "person@example.com", "plan": "enterprise"})
COLD: dict[str, tuple[str, str]] = {
    # key: (runtime, code); {U} is the v1 root URL
    "python -c pass": ("clean", "pass"),
    "sdk_sync": (
        "clean",
        "from customerio import TrackClient\n"
        "c = TrackClient('s', 'k', url='{U}')\nc.identify(1, " + _ATTRS + ")\nc.close()",
    ),
    "httpx_sync": (
        "clean",
        "import httpx\nc = httpx.Client(headers={'Authorization': 'Basic eDp5'})\n"
        "c.put('{U}/customers/1', json=" + _ATTRS + ").raise_for_status()\nc.close()",
    ),
    "sdk_async": (
        "clean",
        "import asyncio\nfrom customerio import AsyncTrackClient\n"
        "async def main():\n    async with AsyncTrackClient('s', 'k', url='{U}') as c:\n"
        "        await c.identify(1, " + _ATTRS + ")\nasyncio.run(main())",
    ),
    "httpx_async": (
        "clean",
        "import asyncio, httpx\n"
        "async def main():\n    async with httpx.AsyncClient(headers={'Authorization': 'Basic eDp5'}) as c:\n"
        "        (await c.put('{U}/customers/1', json=" + _ATTRS + ")).raise_for_status()\nasyncio.run(main())",
    ),
    "customerio": (
        "peers",
        "from customerio import CustomerIO\nc = CustomerIO('s', 'k')\nc.base_url = '{U}'\n"
        "c.http.mount('http://', c.http.get_adapter('https://x'))\nc.identify(1, **" + _ATTRS + ")\nc.close()",
    ),
    "async_customerio": (
        "peers",
        "import asyncio\nfrom async_customerio import AsyncCustomerIO\n"
        "AsyncCustomerIO.setup_base_url = staticmethod(lambda host, port, prefix: '{R}' + prefix)\n"
        "async def main():\n    async with AsyncCustomerIO('s', 'k') as c:\n"
        "        await c.identify(1, **" + _ATTRS + ")\nasyncio.run(main())",
    ),
}


def cold_argv(key: str, url: str) -> list[str]:
    """The command of one W3 case, pointed at the sink's v1 root ``url``."""
    runtime, code = COLD[key]
    return [_python(runtime), "-c", code.replace("{U}", url).replace("{R}", url[: -len("/api/v1")])]


def cold_start(runs: int, url: str, cpu: int | None, have_node: bool) -> dict[str, Any]:
    cases: dict[str, tuple[list[str], dict[str, str]]] = {
        key: (cold_argv(key, url), _env(runtime)) for key, (runtime, _) in COLD.items()
    }
    if have_node:
        cases["node -e 0"] = (["node", "-e", "0"], dict(os.environ))
        argv = ["node", NODE_WORKER, "--workload", "cold", "--url", url]
        cases["node"] = (argv, dict(os.environ))
    for argv, env in cases.values():  # warm the page cache and write .pyc files
        run_proc(argv, env, cpu)
    walls: dict[str, list[float]] = {k: [] for k in cases}
    rss: dict[str, list[int]] = {k: [] for k in cases}
    for _ in range(runs):
        for key, (argv, env) in cases.items():
            _, wall, maxrss, _ = run_proc(argv, env, cpu)
            walls[key].append(wall)
            rss[key].append(maxrss)
    ratios = {
        "sdk_sync/httpx_sync": [a / b for a, b in zip(walls["sdk_sync"], walls["httpx_sync"], strict=True)],
        "sdk_async/httpx_async": [a / b for a, b in zip(walls["sdk_async"], walls["httpx_async"], strict=True)],
    }
    return {"walls": walls, "rss": rss, "ratios": ratios}


def import_time(runs: int) -> dict[str, Any]:
    """``-X importtime`` in the clean venv: cumulative µs of the top packages, modules, top self-times."""

    def one(stmt: str) -> tuple[dict[str, int], list[tuple[int, str]], int]:
        proc = subprocess.run(
            [CLEAN_PY, "-X", "importtime", "-c", stmt], capture_output=True, text=True, env=_env("clean"), check=True
        )
        cumulative: dict[str, int] = {}
        selfs: list[tuple[int, str]] = []
        count = 0
        for line in proc.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
            if not m:
                continue
            count += 1
            name = m.group(4)
            if "." not in name and name not in cumulative:
                cumulative[name] = int(m.group(2))
            selfs.append((int(m.group(1)), name))
        return cumulative, sorted(selfs, reverse=True)[:10], count

    best: dict[str, Any] = {}
    for stmt, key in (("import customerio", "customerio"), ("import httpx", "httpx")):
        samples = [one(stmt) for _ in range(runs)]
        pick = min(samples, key=lambda s: s[0].get(key, 0))
        best[key] = {"cumulative": pick[0], "top_self": pick[1], "modules": pick[2]}
    return best


# ---------------------------------------------------------------------------------------------------
# Overhead over MockTransport, and callgrind instruction counts
# ---------------------------------------------------------------------------------------------------


def overhead(n: int, rounds: int, cpu: int | None) -> dict[str, Any]:
    argv = [PROJECT_PY, WORKER, "--workload", "overhead", "--n", str(n), "--rounds", str(rounds)]
    out, _, _, _ = run_proc(argv, _env("project"), cpu)
    data: dict[str, list[float]] = json.loads(out.strip().splitlines()[-1])
    res: dict[str, Any] = {k: statistics.median(v) for k, v in data.items()}
    for kind in ("sync", "async"):
        diffs = [a - b for a, b in zip(data[f"{kind}_sdk"], data[f"{kind}_raw"], strict=True)]
        res[f"{kind}_overhead"] = statistics.median(diffs)
    return res


@dataclass(frozen=True)
class CgCase:
    label: str
    client: str
    runtime: str
    mock: bool
    #: "w1": sequential identify; "w2": track from 64 tasks or threads (runs of CG_CONC_RUNS calls).
    workload: str = "w1"


CG_CASES = [
    CgCase("TrackClient.identify, loopback", "sdk_sync", "project", False),
    CgCase("httpx.Client.put, loopback", "httpx_sync", "project", False),
    CgCase("AsyncTrackClient.identify, loopback", "sdk_async", "project", False),
    CgCase("httpx.AsyncClient.put, loopback", "httpx_async", "project", False),
    CgCase("TrackClient.identify, MockTransport", "sdk_sync", "project", True),
    CgCase("httpx.Client.put, MockTransport", "httpx_sync", "project", True),
    CgCase("AsyncTrackClient.identify, MockTransport", "sdk_async", "project", True),
    CgCase("httpx.AsyncClient.put, MockTransport", "httpx_async", "project", True),
    # Why sniffio is a runtime dependency: the same calls where it is missing.
    CgCase("AsyncTrackClient.identify, loopback, no sniffio", "sdk_async", "nosniffio", False),
    CgCase("httpx.AsyncClient.put, loopback, no sniffio", "httpx_async", "nosniffio", False),
    # The pool: the SDK's default against the SDK on httpx's own pool, one call at a time and 64 at once.
    CgCase("AsyncTrackClient.identify, loopback, on httpx's pool", "sdk_async_httpcore", "project", False),
    CgCase("TrackClient.identify, loopback, on httpx's pool", "sdk_sync_httpcore", "project", False),
    CgCase("AsyncTrackClient.track, 64 tasks", "sdk_async", "project", False, "w2"),
    CgCase("AsyncTrackClient.track, 64 tasks, on httpx's pool", "sdk_async_httpcore", "project", False, "w2"),
    CgCase("TrackClient.track, 64 threads", "sdk_sync", "project", False, "w2"),
    CgCase("TrackClient.track, 64 threads, on httpx's pool", "sdk_sync_httpcore", "project", False, "w2"),
]
#: Call counts of the two runs of a concurrent (w2) case (+64 warm-up calls in both).
CG_CONC_RUNS = (192, 576)
CG_PAIRS = [
    ("sync, loopback", 0, 1),
    ("async, loopback", 2, 3),
    ("sync, MockTransport", 4, 5),
    ("async, MockTransport", 6, 7),
    ("async, loopback, no sniffio", 8, 9),
]
#: The SDK's own pool over httpx's (httpcore's), same client otherwise.
CG_POOL_PAIRS = [
    ("async, one call at a time", 2, 10),
    ("sync, one call at a time", 0, 11),
    ("async, 64 tasks", 12, 13),
    ("sync, 64 threads", 14, 15),
]


def callgrind_total(argv: list[str], env: dict[str, str], out: str) -> int:
    """Run ``argv`` under callgrind (profile written to ``out``) and return its instruction count.

    The hash seed is fixed: the per-call figures are differences of a short and a long run of one client,
    and with a random seed each run's start-up alone (about 1.5 G instructions) wanders by up to 2 %, which
    over 200 reads moved the App API figure by 0.2 M per read between runs of the same code.
    """
    env = dict(env, PYTHONHASHSEED="0")
    run_proc(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *argv], env, None)
    with open(out) as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError(f"no totals in {out}")


def callgrind(short: int, long: int, url: str, jobs: int) -> dict[str, Any] | str:
    if not shutil.which("valgrind"):
        return "valgrind not installed: instruction counts skipped (`apt-get install -y valgrind`)"
    tmp = tempfile.mkdtemp(prefix="cio-cg-")

    def runs(case: CgCase) -> tuple[int, int]:
        return CG_CONC_RUNS if case.workload == "w2" else (short, long)

    def one(case: CgCase, n: int) -> int:
        out = os.path.join(tmp, f"{case.client}-{case.runtime}-{case.mock}-{case.workload}-{n}.out")
        conc = 64 if case.workload == "w2" else 1
        # Under callgrind a client runs some 50 times slower: a 10 s timeout would fire at concurrency 64.
        inner = worker_argv(CLIENTS[case.client], case.workload, n, conc, url, mock=case.mock, timeout=600)
        inner[0] = _python(case.runtime)
        return callgrind_total(inner, _env(case.runtime), out)

    for case in CG_CASES:  # .pyc files first: compiling inside one of the two measured runs counts as calls
        inner = worker_argv(CLIENTS[case.client], case.workload, 1, 1, url, mock=case.mock, timeout=600)
        inner[0] = _python(case.runtime)
        run_proc(inner, _env(case.runtime), None)
    tasks = [(c, n) for c in CG_CASES for n in runs(c)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        counts = list(pool.map(lambda t: one(*t), tasks))
    shutil.rmtree(tmp, ignore_errors=True)
    per_call = {}
    for i, case in enumerate(CG_CASES):
        a, b = runs(case)
        per_call[case.label] = (counts[2 * i + 1] - counts[2 * i]) / (b - a)
    return {"per_call": per_call, "short": short, "long": long}


COLD_CG_PAIRS = [("sdk_sync", "httpx_sync"), ("sdk_async", "httpx_async")]


def cold_instructions(url: str, runs: int, jobs: int) -> dict[str, Any] | str:
    """W3 as instructions: a whole cold-start process under callgrind (median of ``runs``).

    Wall-clock cold starts of ~100 ms wander by several ms between runs on a busy machine; the
    instruction count of the same process repeats within about 2 % (hash randomisation), so the
    ratio is the stable figure.
    """
    if not shutil.which("valgrind"):
        return "valgrind not installed: skipped"
    tmp = tempfile.mkdtemp(prefix="cio-cold-cg-")

    def one(key: str, i: int) -> int:
        argv, env = cold_argv(key, url), _env(COLD[key][0])
        if i == 0:
            run_proc(argv, env, None)  # write .pyc files first
        return callgrind_total(argv, env, os.path.join(tmp, f"{key}-{i}.out"))

    keys = [k for pair in COLD_CG_PAIRS for k in pair]
    for key in keys:  # the warm-up (i == 0) must finish before any measured run
        one(key, 0)
    tasks = [(k, i) for k in keys for i in range(1, runs + 1)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        counts = list(pool.map(lambda t: one(*t), tasks))
    shutil.rmtree(tmp, ignore_errors=True)
    median = {k: statistics.median(counts[j] for j, (key, _) in enumerate(tasks) if key == k) for k in keys}
    return {"instructions": median, "runs": runs}


# ---------------------------------------------------------------------------------------------------
# App API reads ("app"): a typed list page against raw httpx + response.json()
# ---------------------------------------------------------------------------------------------------

#: Items per page the sinks serve (``payloads.messages_page``: about 340 bytes per delivery).
APP_PAGES = (100, 1000)
APP_CLIENTS = {
    "app_sync": "customerio-py APIClient.get_messages (typed)",
    "app_httpx_sync": "raw httpx.Client.get + response.json()",
    "app_async": "customerio-py AsyncAPIClient.get_messages (typed)",
    "app_httpx_async": "raw httpx.AsyncClient.get + response.json()",
}
APP_PAIRS = [("app_sync", "app_httpx_sync"), ("app_async", "app_httpx_async")]
#: The target: a typed 100-item read costs at most this much of raw httpx + ``response.json()``.
APP_TARGET = 1.3


def app_reads(reps: int, quick: bool, cpu: int | None, server_cpu: int | None) -> dict[str, Any]:
    """The App API reads workload, per page size.

    Sequential reads of each client (one process each, interleaved per repetition) on a sink serving that
    page; the SDK/raw ratios of time per call inside each repetition; and, without the network, the typed
    parse's µs per item beyond ``response.json()``.
    """
    tmp = tempfile.mkdtemp(prefix="cio-app-")
    out: dict[str, Any] = {"pages": {}, "parse": {}}
    try:
        for items in APP_PAGES:
            path = os.path.join(tmp, f"page{items}.json")
            with open(path, "wb") as f:
                f.write(payloads.messages_page(items))
            size = os.path.getsize(path)
            sink, port = server.start(server_cpu, PROJECT_PY, body=path)
            url = f"http://127.0.0.1:{port}/v1"
            n = (300 if quick else 2_000) if items <= 100 else (40 if quick else 300)
            results: dict[str, list[dict[str, Any]]] = {k: [] for k in APP_CLIENTS}
            ratios: dict[tuple[str, str], list[float]] = {pair: [] for pair in APP_PAIRS}
            cpu_ratios: dict[tuple[str, str], list[float]] = {pair: [] for pair in APP_PAIRS}
            keys = list(APP_CLIENTS)
            try:
                for rep in range(reps):
                    for key in keys[rep % len(keys) :] + keys[: rep % len(keys)]:
                        argv = [PROJECT_PY, WORKER, "--client", key, "--workload", "app", "--n", str(n)]
                        argv += ["--items", str(items), "--url", url]
                        text, _, rss, _ = run_proc(argv, _env("project"), cpu)
                        res = json.loads(text.strip().splitlines()[-1])
                        res["rss_kb"] = rss
                        results[key].append(res)
                        log(
                            f"  rep {rep + 1} app {items:5} items {key:16} {res['wall'] / n * 1e6:8,.0f} µs/call "
                            f"{res['cpu'] / n * 1e6:8,.0f} CPU µs/call"
                        )
                    for a, b in APP_PAIRS:
                        ra, rb = results[a][-1], results[b][-1]
                        ratios[(a, b)].append(ra["wall"] / rb["wall"])
                        cpu_ratios[(a, b)].append(ra["cpu"] / rb["cpu"])
            finally:
                sink.terminate()
                sink.wait()
            out["pages"][items] = {"bytes": size, "n": n, "results": results, "ratios": ratios, "cpu": cpu_ratios}
            rounds = "3" if quick else "7"
            argv = [PROJECT_PY, WORKER, "--workload", "app_parse", "--items", str(items), "--rounds", rounds]
            text, _, _, _ = run_proc(argv, _env("project"), cpu)
            out["parse"][items] = json.loads(text.strip().splitlines()[-1])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


#: Read counts of the two callgrind runs per client (+ the worker's warm-up in both): per read = Δ / difference.
#: A page makes hundreds of containers, so the collector's older generations run every few dozen reads: a
#: window of 30 reads held none or one of those collections and moved the per-read figure by up to 1 M
#: instructions between runs of the same code; 200 reads average them.
APP_CG_RUNS = (20, 220)


def app_instructions(items: int, server_cpu: int | None, jobs: int) -> dict[str, float] | str:
    """Instructions per read of each App client (callgrind, difference of two run lengths) on an ``items`` page.

    Only the client process is counted (the sink runs outside valgrind): the deterministic form of the
    SDK/raw ratio, which wall-clock time on a shared machine blurs by ±20 %.
    """
    if not shutil.which("valgrind"):
        return "valgrind not installed: skipped"
    tmp = tempfile.mkdtemp(prefix="cio-app-cg-")
    path = os.path.join(tmp, "page.json")
    with open(path, "wb") as f:
        f.write(payloads.messages_page(items))
    sink, port = server.start(server_cpu, PROJECT_PY, body=path)
    url = f"http://127.0.0.1:{port}/v1"

    def argv(key: str, n: int) -> list[str]:
        argv = [PROJECT_PY, WORKER, "--client", key, "--workload", "app", "--n", str(n), "--items", str(items)]
        return [*argv, "--url", url, "--timeout", "600"]

    def one(key: str, n: int) -> int:
        return callgrind_total(argv(key, n), _env("project"), os.path.join(tmp, f"{key}-{n}.out"))

    try:
        for key in APP_CLIENTS:  # .pyc files first: compiling inside one of the two runs would count as reads
            run_proc(argv(key, 1), _env("project"), None)
        tasks = [(key, n) for key in APP_CLIENTS for n in APP_CG_RUNS]
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            counts = dict(zip(tasks, pool.map(lambda t: one(*t), tasks), strict=True))
    finally:
        sink.terminate()
        sink.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    short, long = APP_CG_RUNS
    return {key: (counts[(key, long)] - counts[(key, short)]) / (long - short) for key in APP_CLIENTS}


def app_report(app: dict[str, Any], reps: int) -> list[str]:
    """The "App API reads" section of the report."""
    lines = ["## App API reads: one typed list page (`get_messages`) against raw httpx + `response.json()`\n"]
    lines.append(
        "Sequential reads on one keep-alive connection; the sink answers every request with the same page of "
        f"deliveries. {reps} repetitions, clients interleaved; ratios of time per call inside each repetition. "
        f"Target: typed 100-item read ≤ {APP_TARGET}x raw.\n"
    )
    for items, page in app["pages"].items():
        lines.append(f"### {items:,} items ({page['bytes'] / 1024:.0f} KiB of JSON), {page['n']:,} reads per run\n")
        lines.append("| client | median µs/call | CPU µs/call | peak RSS MiB |")
        lines.append("|---|---:|---:|---:|")
        for key, label in APP_CLIENTS.items():
            rs = page["results"][key]
            wall = statistics.median(r["wall"] / r["calls"] * 1e6 for r in rs)
            cpu = statistics.median(r["cpu"] / r["calls"] * 1e6 for r in rs)
            lines.append(f"| {label} | {wall:,.0f} | {cpu:,.0f} | {max(r['rss_kb'] for r in rs) / 1024:.0f} |")
        lines.append("")
        lines.append("| ratio SDK / raw (inside each repetition) | time, median | per repetition | CPU time, median |")
        lines.append("|---|---:|---|---:|")
        for a, b in APP_PAIRS:
            vals = page["ratios"][(a, b)]
            per = ", ".join(f"{v:.2f}" for v in vals)
            verdict = ""
            if items == 100:
                verdict = " (target met)" if statistics.median(vals) <= APP_TARGET else " (TARGET MISSED)"
            cpu = statistics.median(page["cpu"][(a, b)])
            ratio = f"{statistics.median(vals):.2f}x{verdict}"
            lines.append(f"| {APP_CLIENTS[a]} / {APP_CLIENTS[b]} | {ratio} | {per} | {cpu:.2f}x |")
        lines.append("")
    cg = app.get("instructions")
    if cg:
        runs = f"{APP_CG_RUNS[0]} and {APP_CG_RUNS[1]}"
        lines.append("Instructions per read of the client process (`valgrind --tool=callgrind`, runs of")
        lines.append(f"{runs} reads of the 100-item page after the warm-up; user space only, the sink not counted):\n")
        if isinstance(cg, str):
            lines.append(f"- {cg}\n")
        else:
            lines.append("| client | instructions / read | ratio SDK / raw |")
            lines.append("|---|---:|---:|")
            for a, b in APP_PAIRS:
                ratio = cg[a] / cg[b]
                verdict = "target met" if ratio <= APP_TARGET else "TARGET MISSED"
                lines.append(f"| {APP_CLIENTS[a]} | {cg[a] / 1e6:.2f} M | {ratio:.3f}x ({verdict}) |")
                lines.append(f"| {APP_CLIENTS[b]} | {cg[b] / 1e6:.2f} M | |")
            lines.append("")
    lines.append("Typed parse without the network (`bench/workers.py --workload app_parse`): the SDK's parser of")
    lines.append("`get_messages` and `response.json()` alternating on one response, median of rounds.\n")
    lines.append("| items | typed µs/item | `response.json()` µs/item | typed parsing beyond json, µs/item |")
    lines.append("|---:|---:|---:|---:|")
    for items, parse in app["parse"].items():
        typed, plain, extra = (statistics.median(parse[k]) for k in ("typed", "json", "extra"))
        lines.append(f"| {items:,} | {typed:.2f} | {plain:.2f} | {extra:.2f} |")
    lines.append("")
    return lines


# ---------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------
# CLI import: `customerio import events` against the bulk sender on the same rows (cli_worker.py)
# ---------------------------------------------------------------------------------------------------

CLI_WORKER = os.path.join(BENCH, "cli_worker.py")
#: The share of the bulk sender's events/s the command line must reach.
CLI_TARGET = 0.8


def cli_import(n: int, reps: int, root: str, cpu: int | None) -> dict[str, Any]:
    """Per repetition: the bulk sender alone, a CSV-reading bulk script, and ``customerio import``; same rows."""
    env = _env("project")
    with tempfile.TemporaryDirectory() as tmp:
        rows = os.path.join(tmp, "events.csv")
        run_proc([PROJECT_PY, CLI_WORKER, "--mode", "write", "--file", rows, "--n", str(n)], env, cpu)
        cases = {"bulk": ("bulk", "track"), "script": ("script", "track"), "cli": ("cli", "track")}
        cases |= {"pipelines bulk": ("bulk", "pipelines"), "pipelines cli": ("cli", "pipelines")}
        rates: dict[str, list[float]] = {case: [] for case in cases}
        for _ in range(reps):
            for case, (mode, via) in cases.items():
                argv = [PROJECT_PY, CLI_WORKER, "--mode", mode, "--file", rows, "--url", root, "--via", via]
                out, _, _, _ = run_proc(argv, env, cpu)
                rates[case].append(json.loads(out.strip().splitlines()[-1])["events_per_second"])
    ratios = {
        "cli / bulk": [c / b for c, b in zip(rates["cli"], rates["bulk"], strict=True)],
        "cli / script": [c / s for c, s in zip(rates["cli"], rates["script"], strict=True)],
        "pipelines cli / pipelines bulk": [
            c / b for c, b in zip(rates["pipelines cli"], rates["pipelines bulk"], strict=True)
        ],
    }
    return {"n": n, "reps": reps, "rates": rates, "ratios": ratios, "load": _read("/proc/loadavg").split()[:3]}


def cli_section(res: dict[str, Any]) -> list[str]:
    """The CLI import section of RESULTS.md."""
    lines = [f"## CLI import: {res['n']:,} events from a CSV ({res['reps']} repetitions)\n"]
    lines.append(
        "`customerio import events FILE.csv` (in-process `customerio._cli.main`, its own timing: reading, validation,"
    )
    lines.append(
        "dedupe ids, failure accounting, checkpoints) against `TrackClient.bulk()` alone on the same rows already in"
    )
    lines.append(
        "memory, and against a script feeding the bulk sender from `csv.DictReader`; same sink, same pinned CPU."
    )
    lines.append(
        "With `--via pipelines`, against `PipelinesClient.bulk()` alone on the same rows (times as datetimes)."
    )
    lines.append(f"Load average when it ended: {' '.join(res['load'])}.\n")
    lines.append("| sender | median events/s | per repetition |")
    lines.append("|---|---:|---|")
    labels = {
        "bulk": "bulk sender alone",
        "script": "bulk sender + csv.DictReader",
        "cli": "customerio import",
        "pipelines bulk": "Data Pipelines bulk sender alone",
        "pipelines cli": "customerio import --via pipelines",
    }
    for mode, vals in res["rates"].items():
        lines.append(f"| {labels[mode]} | {_fmt_rate(statistics.median(vals))} | {', '.join(map(_fmt_rate, vals))} |")
    lines.append("")
    for name, vals in res["ratios"].items():
        median = statistics.median(vals)
        verdict = "meets" if median >= CLI_TARGET else "misses"
        per = ", ".join(f"{v:.2f}" for v in vals)
        lines.append(f"- {name}: {median:.2f} (per repetition {per}); {verdict} the {CLI_TARGET:.0%} target")
    lines.append("")
    return lines


def merge_section(path: str, section: list[str], heading: str = "## CLI import") -> None:
    """Replace (or append) one section of an existing RESULTS.md (``--only cli``, ``--only app``) keeping the rest."""
    text = _read(path) if os.path.exists(path) else "# Benchmark results\n"
    new = "\n".join(section).rstrip() + "\n"
    start = text.find(heading)
    if start < 0:
        notes = text.find("## Notes")
        start = end = notes if notes >= 0 else len(text)
        new += "\n"
    else:
        following = text.find("\n## ", start + 1)
        end = following + 1 if following >= 0 else len(text)
        new += "\n" if following >= 0 else ""
    with open(path, "w") as f:
        f.write(text[:start] + new + text[end:])


def machine(node: str | None) -> dict[str, str]:
    cpu_model = "?"
    try:
        for line in _read("/proc/cpuinfo").splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def ver(dist: str) -> str:
        try:
            return md.version(dist)
        except md.PackageNotFoundError:
            return "not installed"

    head = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "customerio", "generated"], capture_output=True)
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": (head.stdout.strip() or "?") + (" + uncommitted changes" if dirty.stdout.strip() else ""),
        "nproc": str(os.cpu_count()),
        "cpu": cpu_model,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "httpx": ver("httpx"),
        "httpcore": ver("httpcore"),
        "anyio": ver("anyio"),
        "sniffio (project .venv)": ver("sniffio"),
        "node": node or "absent",
        "load average at start": " ".join(_read("/proc/loadavg").split()[:3]),
    }


def _fmt_rate(v: float) -> str:
    return f"{v:,.0f}"


def report(ctx: dict[str, Any]) -> str:
    lines: list[str] = []
    add = lines.append
    add("# Benchmark results\n")
    add(f"`{ctx['command']}` — {ctx['mode']} run, {ctx['elapsed']:.0f} s in all.\n")
    add("## Machine\n")
    for k, v in ctx["machine"].items():
        add(f"- {k}: {v}")
    add(f"- load average at end: {ctx['load_end']}")
    add(
        "- client processes pinned to CPU {c}, the sink to CPU {s}".format(c=ctx["client_cpu"], s=ctx["server_cpu"])
        if ctx["client_cpu"] is not None
        else "- single CPU: no pinning"
    )
    add("")
    add("## Sink ceiling (plain keep-alive socket client, same request bytes)\n")
    add(
        f"- {ctx['ceiling'][0]:,.0f} req/s sequential on one connection; "
        f"{ctx['ceiling'][1]:,.0f} req/s over 64 connections"
    )
    for key, ceiling, what in (("W1", ctx["ceiling"][0], "sequential"), ("W2", ctx["ceiling"][1], "64-connection")):
        rates = [
            r["calls"] / r["wall"]
            for wl in ctx.get("workloads", [])
            if wl.key == key
            for rs in wl.results.values()
            for r in rs
            if "skipped" not in r
        ]
        if rates:
            headroom = ceiling / max(rates)
            add(
                f"- {key} headroom: {what} ceiling / fastest {key} client = {headroom:.1f}x"
                + ("" if headroom >= 2 else " (LOW: the sink may have limited the fastest clients; busy machine?)")
            )
    add("")
    for wl in ctx["workloads"]:
        add(f"## {wl.key}: {wl.n:,} x {wl.title} ({wl.reps} repetitions)\n")
        add("| client | median calls/s | CPU s / 1,000 calls | peak RSS MiB | reps |")
        add("|---|---:|---:|---:|---:|")
        for key in wl.clients:
            rs = [r for r in wl.results[key] if "skipped" not in r]
            if not rs:
                why = wl.results[key][0]["skipped"] if wl.results[key] else "not run"
                add(f"| {CLIENTS[key].label} | — ({why}) | — | — | 0 |")
                continue
            rate = statistics.median(r["calls"] / r["wall"] for r in rs)
            cpu = statistics.median(r["cpu"] / r["calls"] * 1000 for r in rs)
            rss = max(r["rss_kb"] for r in rs) / 1024
            add(f"| {CLIENTS[key].label} | {_fmt_rate(rate)} | {cpu:.3f} | {rss:.0f} | {len(rs)} |")
        if wl.ref_ratios:
            add("")
            add(
                "| bulk events/s over sequential `track` calls/s (same process, 3,000 calls) "
                "| median | per repetition |"
            )
            add("|---|---:|---|")
            for key, vals in wl.ref_ratios.items():
                per = ", ".join(f"{v:.0f}" for v in vals)
                add(f"| {CLIENTS[key].label} | {statistics.median(vals):.0f}x | {per} |")
        if any(wl.per_rep_ratios.values()):
            add("")
            add("| ratio (calls/s, inside each repetition) | median | per repetition |")
            add("|---|---:|---|")
            for (a, b), vals in wl.per_rep_ratios.items():
                if vals:
                    per = ", ".join(f"{v:.2f}" for v in vals)
                    add(f"| {CLIENTS[a].label} / {CLIENTS[b].label} | {statistics.median(vals):.2f}x | {per} |")
        add("")
    app = ctx.get("app")
    if app:
        lines.extend(app_report(app, ctx["app_reps"]))
    cold = ctx.get("cold")
    if cold:
        add("## W3: cold start (process start + import + construct + one call), clean venv\n")
        add("Clean venv = the SDK's runtime dependencies only (no dev tools: with click/rich present `import httpx`")
        add("also imports its CLI). Peers in `bench/.venv`. Median of the runs; peak RSS of the process.\n")
        add("| command | median ms | min ms | peak RSS MiB |")
        add("|---|---:|---:|---:|")
        for key, walls in cold["walls"].items():
            label = CLIENTS[key].label if key in CLIENTS else key
            rss = statistics.median(cold["rss"][key]) / 1024
            add(f"| {label} | {statistics.median(walls) * 1000:.0f} | {min(walls) * 1000:.0f} | {rss:.0f} |")
        add("")
        for name, vals in cold["ratios"].items():
            add(f"- {name} cold start ratio (per run, median): {statistics.median(vals):.2f}x")
        add("")
    imp = ctx.get("imports")
    if imp:
        add("## `python -X importtime` (clean venv, best of runs)\n")
        c = imp["customerio"]
        h = imp["httpx"]
        cum = c["cumulative"]
        add(
            f"- `import customerio`: {cum.get('customerio', 0) / 1000:.1f} ms cumulative, {c['modules']} modules; "
            f"`import httpx` alone: {h['cumulative'].get('httpx', 0) / 1000:.1f} ms, {h['modules']} modules"
        )
        parts = ", ".join(f"{k} {v / 1000:.1f} ms" for k, v in sorted(cum.items(), key=lambda kv: -kv[1])[:8])
        add(f"- top-level packages (cumulative, first import): {parts}")
        tops = ", ".join(f"{name} {us / 1000:.1f}" for us, name in c["top_self"])
        add(f"- largest self times (ms): {tops}")
        add("")
    ov = ctx.get("overhead")
    if ov:
        add("## SDK overhead per call over a no-op `httpx.MockTransport` (identify, in one process)\n")
        add("| | SDK µs/call | raw httpx µs/call | overhead µs/call (median of per-round differences) |")
        add("|---|---:|---:|---:|")
        for kind in ("sync", "async"):
            add(f"| {kind} | {ov[f'{kind}_sdk']:.1f} | {ov[f'{kind}_raw']:.1f} | {ov[f'{kind}_overhead']:.1f} |")
        add("")
    cg = ctx.get("callgrind")
    add("## Instructions per call (`valgrind --tool=callgrind`, difference of two run lengths)\n")
    if isinstance(cg, str) or cg is None:
        add(f"- {cg or 'skipped (--quick; pass --callgrind to force)'}")
    else:
        add(
            f"Runs of {cg['short']} and {cg['long']} identify calls (+20 warm-up in both); "
            f"per call = Δ/{cg['long'] - cg['short']}. The 64-task/thread cases: runs of "
            f"{CG_CONC_RUNS[0]} and {CG_CONC_RUNS[1]} track calls (+64 warm-up in both).\n"
        )
        add("| case | instructions / call |")
        add("|---|---:|")
        for label, v in cg["per_call"].items():
            add(f"| {label} | {v / 1e6:.3f} M |")
        add("")
        add("| ratio SDK / raw httpx | instructions |")
        add("|---|---:|")
        labels = list(cg["per_call"])
        for name, i, j in CG_PAIRS:
            a, b = cg["per_call"][labels[i]], cg["per_call"][labels[j]]
            add(f"| {name} | {a / b:.3f}x (+{(a - b) / 1e3:,.0f} k) |")
        add("")
        add("| ratio SDK's own pool / the SDK on httpx's pool | instructions |")
        add("|---|---:|")
        for name, i, j in CG_POOL_PAIRS:
            a, b = cg["per_call"][labels[i]], cg["per_call"][labels[j]]
            add(f"| {name} | {a / b:.3f}x ({(a - b) / 1e3:+,.0f} k) |")
    add("")
    cold_cg = ctx.get("cold_cg")
    if cold_cg:
        add("## W3 as instructions: the whole cold-start process (`valgrind --tool=callgrind`)\n")
        if isinstance(cold_cg, str):
            add(f"- {cold_cg}")
        else:
            counts = cold_cg["instructions"]
            add(f"Same commands as W3, median of {cold_cg['runs']} runs each.\n")
            add("| pair | SDK | raw httpx | ratio |")
            add("|---|---:|---:|---:|")
            for a, b in COLD_CG_PAIRS:
                ratio = counts[a] / counts[b]
                add(f"| {a} / {b} | {counts[a] / 1e6:,.0f} M | {counts[b] / 1e6:,.0f} M | {ratio:.3f}x |")
        add("")
    if "cli" in ctx:
        lines.extend(cli_section(ctx["cli"]))
    add("## Notes\n")
    add("- Each client runs in its own process; wall-clock rates are medians over repetitions; ratios are taken")
    add("  inside each repetition. CPU seconds count every thread of the client process (Node: `process.cpuUsage`).")
    add("- Same bodies for every client (`bench/payloads.py`: 202-byte identify attributes, ~200-byte event data).")
    add("  Our SDK adds its automatic 26-character dedupe `id` to events (default `max_retries=3`); raw httpx sends")
    add("  an `id` of the same length; the peers send none.")
    add("- The official `customerio` and `async-customerio` always build https URLs: the harness points them at")
    add("  the http sink (`base_url` / `setup_base_url`) and mounts customerio's retrying adapter on `http://`.")
    add("  urllib3's 'connection pool is full' warnings (customerio at 64 threads, pool of 10) are silenced.")
    add("- W5 sends events through `TrackClient.bulk()` / `AsyncTrackClient.bulk()` with their defaults; the sink")
    add("  answers 200 `{}` to every batch, and the worker checks that every event was accepted.")
    add("- W6 does the same through `PipelinesClient.bulk()` / `AsyncPipelinesClient.bulk()` (Data Pipelines")
    add("  `/v1/batch`, each message with its messageId, timestamp and context), against `track` calls sent one")
    add("  request per event.")
    add("- W2, why raw `httpx.AsyncClient` trails `customerio-node`: httpcore's async pool walks every connection")
    add("  under a lock on each request and each response close, so its CPU per call grows with the connections in")
    add("  use (64 here), and without `sniffio` installed httpcore retries a failed import per request. The")
    add("  optional `aiohttp_transport()` keeps httpx as the interface and sends through aiohttp's pool instead.")
    add("- The SDK's default clients (no `http_client=`/`transport=`) send through httpx's transport over the SDK's")
    add("  own pool (`customerio/_async/_pool.py`); the rows 'on httpx's pool' are the same clients given")
    add("  `transport=httpx.HTTPTransport(...)` / `httpx.AsyncHTTPTransport(...)`, i.e. httpcore's pool, as before.")
    add("- W2-16: 16 threads share one TrackClient; Node runs at concurrency 64 as in W2. W2-50ms: a second sink")
    add("  answers each request 50 ms late (`server.py --latency 50`): 64 calls in flight allow at most 1,280 calls/s.")
    add("- The overhead and the MockTransport instruction counts use the SDK's own client (`transport=`), whose")
    add("  headers are set once, like the raw client's. With a caller's `http_client=` the SDK must pass its")
    add("  headers and timeout with each request instead (the caller's defaults stay untouched): about 9 µs more.")
    add("- W3 and `-X importtime` run every client from byte-compiled modules (`PYTHONDONTWRITEBYTECODE` is")
    add("  dropped for the warm-up run), as after a pip install: the SDK is loaded from the source tree, and")
    add("  recompiling it on every start while the installed peers load their compiled files would not be a")
    add("  like-for-like comparison.")
    add("- Every instruction count runs with `PYTHONHASHSEED=0` and after the .pyc files are written: the per-call")
    add("  figures are differences of a short and a long run, and with a random seed each run's start-up wandered")
    add("  by up to 2 %, which moved the App API read by 0.2 M instructions between runs of the same code (seeds")
    add("  0, 1 and 2 now agree within 0.5 %).")
    add("- App API reads, where a typed page's cost goes: `response.json()` as for raw httpx, then one model per")
    add("  delivery made without `__init__` (each field popped from the JSON's dict and stored as read), its two")
    add("  maps (metrics, identifiers) made in place around the JSON's own dicts, which the client's parse owns")
    add("  (`from_dict` of a caller's dict copies instead), and the collector paused while a page above 16 KiB")
    add("  is built. What is left is some 13,000 instructions per delivery of 20 fields on this interpreter")
    add("  (CPython 3.11 at -O3 as a shared library, without PGO or LTO: a Python function call alone costs about")
    add("  1,000); the SDK's request path itself costs fewer instructions than raw httpx's.")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="customerio-py benchmark")
    parser.add_argument("--quick", action="store_true", help="~1 minute smoke run")
    parser.add_argument("--reps", type=int, default=None, help="repetitions of W1/W2/W5/W6 (full: 5/3/3/3, quick: 2)")
    parser.add_argument("--w2-n", type=int, default=None, help="calls in W2 and W2-16 (default 20,000 and 10,000)")
    parser.add_argument("--no-node", action="store_true")
    parser.add_argument("--callgrind", action="store_true", help="run callgrind even with --quick")
    parser.add_argument("--no-callgrind", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated subset: w1,w2,w3,w5,w6,app,overhead,callgrind,cli")
    parser.add_argument("--out", default=os.path.join(BENCH, "RESULTS.md"))
    args = parser.parse_args()
    started = time.perf_counter()
    quick = args.quick
    reps = args.reps
    only = set(filter(None, args.only.split(",")))

    def want(part: str) -> bool:
        return not only or part in only

    envs = ensure_envs(not args.no_node)
    have_node = envs["node"] is not None
    if not have_node:
        log("node/npm absent (or --no-node): customerio-node is skipped")
    ncpu = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    cpus = sorted(os.sched_getaffinity(0)) if ncpu > 1 else []
    client_cpu, server_cpu = (cpus[0], cpus[1]) if cpus else (None, None)
    ctx: dict[str, Any] = {
        "machine": machine(envs["node"]),
        "mode": "quick" if quick else "full",
        "client_cpu": client_cpu,
        "server_cpu": server_cpu,
        "command": " ".join(["bench/run.py", *sys.argv[1:]]),
    }
    proc, port = server.start(server_cpu, PROJECT_PY)
    url = f"http://127.0.0.1:{port}/api/v1"
    urls = {0.0: url}
    sinks = [proc]
    try:
        if client_cpu is not None:
            os.sched_setaffinity(0, {client_cpu})
        body = json.dumps(payloads.ATTRS, separators=(",", ":")).encode()
        n_ceiling = 5_000 if quick else 30_000
        ceiling = (server.ceiling_sequential(port, n_ceiling, body), server.ceiling_concurrent(port, n_ceiling, body))
        if cpus:
            os.sched_setaffinity(0, set(cpus))
        ctx["ceiling"] = ceiling
        log(f"sink on 127.0.0.1:{port}: ceiling {ceiling[0]:,.0f} req/s sequential, {ceiling[1]:,.0f} over 64 conns")

        wls = [w for w in WORKLOADS if want(w.worker)]
        for wl in WORKLOADS:
            if wl.key in ("W2", "W2-16") and args.w2_n:
                wl.n_full = wl.n_quick = args.w2_n
        if wls:
            log("W1/W2/W5/W6")
            for latency in {wl.latency_ms for wl in wls} - {0.0}:
                slow, slow_port = server.start(server_cpu, PROJECT_PY, latency)
                sinks.append(slow)
                urls[latency] = f"http://127.0.0.1:{slow_port}/api/v1"
            run_reps(wls, reps, quick, urls, client_cpu, have_node)
        ctx["workloads"] = wls
        if want("app"):
            log("App API reads (typed list page)")
            ctx["app_reps"] = reps or (2 if quick else 5)
            ctx["app"] = app_reads(ctx["app_reps"], quick, client_cpu, server_cpu)
            if not args.no_callgrind and (not quick or args.callgrind):
                ctx["app"]["instructions"] = app_instructions(100, server_cpu, max(1, ncpu))
        if want("w3"):
            log("W3: cold start and import time")
            ctx["cold"] = cold_start(3 if quick else 10, url, client_cpu, have_node)
            ctx["imports"] = import_time(2 if quick else 5)
        if want("overhead"):
            log("overhead over MockTransport")
            ctx["overhead"] = overhead(2_000 if quick else 10_000, 3 if quick else 7, client_cpu)
        if want("callgrind") and not args.no_callgrind and (not quick or args.callgrind):
            log("callgrind (instruction counts)")
            short, long = (20, 120) if quick else (50, 300)
            ctx["callgrind"] = callgrind(short, long, url, max(1, ncpu))
            ctx["cold_cg"] = cold_instructions(url, 3, max(1, ncpu))
        elif want("callgrind") and not args.no_callgrind and not shutil.which("valgrind"):
            ctx["callgrind"] = "valgrind not installed: instruction counts skipped (`apt-get install -y valgrind`)"
        if want("cli"):
            log("CLI import against the bulk sender")
            root = url[: -len("/api/v1")]
            ctx["cli"] = cli_import(50_000 if quick else 200_000, reps or (2 if quick else 5), root, client_cpu)
    finally:
        for sink in sinks:
            sink.terminate()
            sink.wait()
    ctx["elapsed"] = time.perf_counter() - started
    ctx["load_end"] = " ".join(_read("/proc/loadavg").split()[:3])
    if only == {"app"}:  # only the App reads section changes, stamped with its own run's details
        section = app_report(ctx["app"], ctx["app_reps"])
        m = ctx["machine"]
        stamp = (
            f"`{ctx['command']}` at {m['date']} on commit {m['commit']}; load average "
            f"{m['load average at start']} at start, {ctx['load_end']} at end.\n"
        )
        section.insert(1, stamp)
        print("\n".join(section))
        merge_section(args.out, section, "## App API reads")
        log(f"updated the App API reads section of {os.path.relpath(args.out, REPO)}")
        return
    if only == {"cli"}:  # only the CLI section changes: the other sections of the file stay as they were
        section = cli_section(ctx["cli"])
        print("\n".join(section))
        merge_section(args.out, section)
        log(f"updated the CLI import section of {os.path.relpath(args.out, REPO)}")
        return
    text = report(ctx)
    print(text)
    with open(args.out, "w") as f:
        f.write(text)
    log(f"wrote {os.path.relpath(args.out, REPO)} in {ctx['elapsed']:.0f} s")


if __name__ == "__main__":
    main()
