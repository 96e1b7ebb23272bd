"""httpcore's network backend interface implemented on asyncio transports and protocols (asyncio only).

httpcore's own asyncio backend goes through anyio: every read and write enters a cancel scope for its
timeout, maps exceptions, and yields to the event loop even when data is already there. A protocol
buffers what arrives, so a read of a response that is already in returns at once, and a write hands its
bytes to the transport without a round of the loop. About a quarter of an async call's instructions on
loopback went to that layer. httpcore keeps everything above it (HTTP/1.1 with h11, TLS set-up order,
connect retries); under another event loop (trio) the pool uses httpcore's own backend.

Errors are httpcore's, with its meaning: failing to connect or to complete the TLS handshake is
``ConnectError``/``ConnectTimeout`` (nothing of the request was written), a failed or timed-out read is
``ReadError``/``ReadTimeout``, a write to a closed connection ``WriteError``.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore


class _Protocol(asyncio.Protocol):
    """Buffers received bytes and wakes the one reader; tracks EOF, loss and write flow control."""

    __slots__ = ("buffer", "drained", "eof", "error", "transport", "waiter")

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.eof = False
        self.error: BaseException | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.drained: asyncio.Future[None] | None = None
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # let the transport close itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.error = exc
        self._wake()
        self.resume_writing()

    def pause_writing(self) -> None:
        if self.drained is None and self.transport is not None:
            self.drained = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        drained, self.drained = self.drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    def _wake(self) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


def _expire(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


async def _wait(future: asyncio.Future[None], timeout: float | None) -> None:
    """Await ``future`` for at most ``timeout`` seconds (TimeoutError after); cheaper than a cancel scope."""
    if timeout is None:
        await future
        return
    handle = asyncio.get_running_loop().call_later(timeout, _expire, future)
    try:
        await future
    finally:
        handle.cancel()


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection (plain or TLS) as httpcore's network stream."""

    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Up to ``max_bytes`` received bytes, waiting for some if none are buffered; b"" at the end."""
        protocol = self._protocol
        if not protocol.buffer and not protocol.eof:
            protocol.waiter = asyncio.get_running_loop().create_future()
            try:
                await _wait(protocol.waiter, timeout)
            except TimeoutError:
                raise httpcore.ReadTimeout("timed out reading") from None
            finally:
                protocol.waiter = None
        buffer = protocol.buffer
        if buffer:
            data = bytes(buffer[:max_bytes])
            del buffer[:max_bytes]
            return data
        if protocol.error is not None:
            raise httpcore.ReadError(str(protocol.error) or type(protocol.error).__name__)
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Hand ``buffer`` to the transport; wait (up to ``timeout``) only while its buffer is full."""
        if not buffer:
            return
        transport = self._transport
        if transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        transport.write(buffer)
        drained = self._protocol.drained
        if drained is not None:
            try:
                await _wait(asyncio.shield(drained), timeout)
            except TimeoutError:
                raise httpcore.WriteTimeout("timed out writing") from None
        if self._protocol.error is not None:
            raise httpcore.WriteError(str(self._protocol.error))

    async def aclose(self) -> None:
        """Close the connection (a TLS close_notify goes out as the transport closes)."""
        self._transport.close()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> AsyncioStream:
        """The same connection after a TLS handshake; ConnectError/ConnectTimeout when it fails."""
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport, self._protocol, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError:
            self._transport.abort()
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from None
        except (OSError, ssl.SSLError) as exc:
            self._transport.abort()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # pragma: no cover - only for a transport that cannot do TLS
            raise httpcore.ConnectError("TLS could not be started")
        self._protocol.transport = transport
        return AsyncioStream(transport, self._protocol)

    def get_extra_info(self, info: str) -> Any:
        """What httpcore asks of a stream: the TLS object, addresses, socket, and whether data or EOF is waiting."""
        if info == "is_readable":
            return bool(self._protocol.buffer) or self._protocol.eof
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens :class:`AsyncioStream` connections; TCP only (the SDK's pool never asks for a Unix socket)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> AsyncioStream:
        """A connected stream; ConnectError/ConnectTimeout when the connection cannot be made."""
        loop = asyncio.get_running_loop()
        local_addr = (local_address, 0) if local_address else None
        try:
            async with asyncio.timeout(timeout):
                infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
                addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
                if len(addresses) == 1:
                    # One address: connect to it directly. (asyncio's happy-eyeballs race can leave a connected
                    # socket unclosed when the call is cancelled at the wrong moment.)
                    transport, protocol = await loop.create_connection(
                        _Protocol, addresses[0], port, local_addr=local_addr
                    )
                else:  # several (IPv6 and IPv4): try the next after 250 ms, as anyio does (RFC 8305)
                    transport, protocol = await loop.create_connection(
                        _Protocol, host, port, local_addr=local_addr, happy_eyeballs_delay=0.25
                    )
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"timed out connecting to {host}:{port}") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        for option in socket_options or ():
            sock = transport.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(*option)
        return AsyncioStream(transport, protocol)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> AsyncioStream:  # pragma: no cover - not used by the SDK's pool
        """Not supported: the SDK connects over TCP only."""
        raise httpcore.ConnectError("Unix sockets are not supported by this backend")

    async def sleep(self, seconds: float) -> None:
        """Sleep (httpcore's connect retries)."""
        await asyncio.sleep(seconds)
