"""Fixtures of the fault suite: one loopback fault server per session, clients wired to it, the report table."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from customerio import APIClient, AsyncAPIClient, AsyncPipelinesClient, AsyncTrackClient, PipelinesClient, TrackClient

from .._support import API_KEY, APP_KEY, SITE_ID, WRITE_KEY
from .server import AsyncLoopbackTransport, FaultServer, LoopbackTransport

ROWS_KEY = pytest.StashKey[list[tuple[str, ...]]]()


@pytest.fixture(scope="session")
def fault_server() -> Iterator[FaultServer]:
    """The session's fault server on 127.0.0.1 (free port)."""
    with FaultServer() as server:
        yield server


@pytest.fixture
def server(fault_server: FaultServer) -> FaultServer:
    """The fault server with an empty script and no recorded requests."""
    fault_server.reset()
    return fault_server


@dataclass
class Rig:
    """A client under test, the delays it would have slept, and the transport that carried its requests."""

    client: Any
    sleeps: list[float]
    transport: LoopbackTransport | AsyncLoopbackTransport
    mode: str
    rows: list[tuple[str, ...]] = field(default_factory=list)

    async def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result


@pytest.fixture(params=["sync", "async"])
async def rig(request: pytest.FixtureRequest, server: FaultServer) -> AsyncIterator[Any]:
    """Factory of sync or async clients whose customer.io host names reach the fault server.

    ``rig(kind="track"|"app"|"pipelines", refused=True, **client_kwargs)``; sleeping is stubbed and recorded.
    """
    mode: str = request.param
    made: list[Any] = []

    def factory(kind: str = "track", refused_port: int | None = None, **kwargs: Any) -> Rig:
        sleeps: list[float] = []
        kwargs.setdefault("timeout", 2.0)
        transport: LoopbackTransport | AsyncLoopbackTransport
        if mode == "sync":
            transport = LoopbackTransport(server.port, refused_port=refused_port)
            http: Any = httpx.Client(transport=transport)
            client = _client(kind, "sync", http, kwargs)
            client._sleep = sleeps.append
        else:
            transport = AsyncLoopbackTransport(server.port, refused_port=refused_port)
            http = httpx.AsyncClient(transport=transport)
            client = _client(kind, "async", http, kwargs)

            async def fake_sleep(seconds: float) -> None:
                sleeps.append(seconds)

            client._sleep = fake_sleep
        made.append(http)
        return Rig(client, sleeps, transport, mode)

    yield factory
    for http in made:
        if isinstance(http, httpx.AsyncClient):
            await http.aclose()
        else:
            http.close()


def _client(kind: str, mode: str, http: Any, kwargs: dict[str, Any]) -> Any:
    sync = mode == "sync"
    if kind == "track":
        return (TrackClient if sync else AsyncTrackClient)(SITE_ID, API_KEY, http_client=http, **kwargs)
    if kind == "pipelines":
        return (PipelinesClient if sync else AsyncPipelinesClient)(WRITE_KEY, http_client=http, **kwargs)
    return (APIClient if sync else AsyncAPIClient)(APP_KEY, http_client=http, **kwargs)


@pytest.fixture
def report(request: pytest.FixtureRequest) -> Any:
    """Add a row (scenario, client, call, attempts, outcome) to the table printed after the session."""
    rows = request.config.stash.setdefault(ROWS_KEY, [])

    def add(scenario: str, mode: str, method: str, attempts: int | str, outcome: str) -> None:
        rows.append((scenario, mode, method, str(attempts), outcome))

    return add


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Print the fault scenarios table: scenario, client, call, attempts, outcome."""
    rows = config.stash.get(ROWS_KEY, [])
    if not rows:
        return
    header = ("scenario", "client", "call", "attempts", "outcome")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    terminalreporter.section("fault scenarios")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        terminalreporter.write_line(" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
