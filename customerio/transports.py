"""Optional HTTP transports for the clients' ``transport=`` argument.

``aiohttp_transport()`` (install ``customerio-py[aiohttp]``) sends the async clients' requests through
aiohttp (its own connection pool and HTTP parser) instead of the SDK's default transport, which is httpx's
over the SDK's own connection pool (``customerio/_async/_pool.py``)::

    from customerio import AsyncTrackClient
    from customerio.transports import aiohttp_transport

    async with AsyncTrackClient(site_id, api_key, transport=aiohttp_transport()) as cio:
        ...

Retries stay safe: httpx-aiohttp reports a connection dropped *after* the request went out (aiohttp's
``ServerDisconnectedError``, a reset) as a connect timeout, which the retry policy would take for "nothing
was sent" and replay even a non-idempotent send. This transport re-labels those as read errors, so only
a failure to connect is treated as never sent.
"""

from __future__ import annotations

import httpx

from . import _constants as C

__all__ = ["aiohttp_transport"]


def aiohttp_transport(*, max_connections: int = C.MAX_CONNECTIONS) -> httpx.AsyncBaseTransport:
    """An httpx async transport backed by aiohttp (needs the ``aiohttp`` extra), for ``transport=``."""
    try:
        import aiohttp
        from httpx_aiohttp import AiohttpTransport
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError('aiohttp_transport() needs the aiohttp extra: pip install "customerio-py[aiohttp]"') from exc
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    return _SafeAiohttpTransport(
        AiohttpTransport(limits=limits),
        not_sent=(aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError),
    )


class _SafeAiohttpTransport(httpx.AsyncBaseTransport):
    """Wraps httpx-aiohttp's transport to report post-send connection failures truthfully."""

    def __init__(self, inner: httpx.AsyncBaseTransport, *, not_sent: tuple[type[BaseException], ...]) -> None:
        self._inner = inner
        self._not_sent = not_sent

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except httpx.ConnectTimeout as exc:
            cause = exc.__cause__
            if isinstance(cause, self._not_sent):  # could not connect: nothing was sent
                raise
            # Disconnected or reset after connecting: the server may have processed the request.
            raise httpx.ReadError(str(exc) or type(cause).__name__, request=request) from cause

    async def aclose(self) -> None:
        await self._inner.aclose()
