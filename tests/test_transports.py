"""The optional aiohttp transport: real HTTP over loopback, and retry safety after post-send failures."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from customerio import AsyncAPIClient, AsyncTrackClient, CustomerIOConnectionError, TrackClient
from customerio.transports import aiohttp_transport

from ._support import API_KEY, SITE_ID, no_sleep
from .faults.server import FaultServer, reset


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """A loopback fault server for this test."""
    with FaultServer() as running:
        yield running


async def test_calls_go_through_aiohttp(server: FaultServer) -> None:
    """An async client with transport=aiohttp_transport() sends the SDK's request (auth, body) over real HTTP."""
    async with AsyncTrackClient(SITE_ID, API_KEY, url=f"{server.url}/api/v1", transport=aiohttp_transport()) as cio:
        await cio.identify(7, email="a@example.com")
    (request,) = server.requests
    assert (request.method, request.path) == ("PUT", "/api/v1/customers/7")
    assert request.headers["authorization"].startswith("Basic ")
    assert request.json() == {"email": "a@example.com"}


async def test_reset_after_sending_is_not_taken_for_never_sent(server: FaultServer) -> None:
    """A reset after the request went out is replayed for identify but never for track_push (it may have counted)."""
    server.always(reset())
    async with AsyncTrackClient(
        SITE_ID, API_KEY, url=f"{server.url}/api/v1", transport=aiohttp_transport(), max_retries=2
    ) as cio:
        no_sleep(cio)
        with pytest.raises(CustomerIOConnectionError):
            await cio.track_push(delivery_id="d", event="opened")
        assert len(server.requests) == 1
        with pytest.raises(CustomerIOConnectionError):
            await cio.identify(1)
    # aiohttp itself re-sends an idempotent PUT once on a dropped keep-alive connection, so count attempts
    # by the SDK's retry header rather than by requests.
    attempts = {r.headers.get("x-retry-count", "0") for r in server.requests[1:]}
    assert attempts == {"0", "1", "2"}


async def test_refused_connection_is_retried_as_never_sent() -> None:
    """A refused connection (nothing sent) is retried even for a send, through the aiohttp transport."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps: list[float] = []
    async with AsyncAPIClient("app-key", url=f"http://127.0.0.1:{port}/v1", transport=aiohttp_transport()) as api:
        no_sleep(api, sleeps)
        with pytest.raises(CustomerIOConnectionError):
            await api.list_exports()
    assert len(sleeps) == 3


def test_transport_and_http_client_are_exclusive() -> None:
    """Giving both transport= and http_client= is refused; a wrong transport type too."""
    import httpx

    with pytest.raises(ValueError, match="either http_client or transport"):
        TrackClient(SITE_ID, API_KEY, transport=httpx.HTTPTransport(), http_client=httpx.Client())
    with pytest.raises(TypeError, match=r"transport must be an httpx\.BaseTransport"):
        TrackClient(SITE_ID, API_KEY, transport=aiohttp_transport())  # type: ignore[arg-type]
