"""A fast loopback HTTP/1.1 keep-alive sink that answers every request with ``200 {}`` (or a given body).

Run as a script it binds 127.0.0.1 on a free port, pins itself to one CPU (``--cpu``), prints
``PORT <n>`` on stdout and serves until killed; ``--body FILE`` answers every request with that file's
JSON instead (the App API reads workload: one list page, the same bytes every time). ``--ceiling``
instead starts a server in a child process and measures what a plain keep-alive socket client gets
from it (one connection, sequential; and 64 connections, one request in flight on each), which is the
figure every HTTP client in the benchmark must stay far below for the server not to be the bottleneck.

It is an ``asyncio.Protocol`` (no streams, no parsing beyond the header end and Content-Length), so
one core serves tens of thousands of requests a second: far above any Python HTTP client.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import selectors
import socket
import subprocess
import sys
import time


def answer(body: bytes) -> bytes:
    """A complete keep-alive ``200`` response carrying the JSON ``body``."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: keep-alive\r\n\r\n"
    return head % len(body) + body


RESPONSE = answer(b"{}")


class Sink(asyncio.Protocol):
    """Reads pipelined requests (headers + Content-Length body) and answers each with ``RESPONSE``."""

    __slots__ = ("buf", "need", "transport")

    #: Seconds each answer is held back (``--latency``), like a server's round trip; 0 answers at once.
    latency = 0.0
    #: The bytes of every answer (``--body`` replaces the ``{}``).
    response = RESPONSE

    def __init__(self) -> None:
        self.buf = b""
        self.need = -1  # bytes still to skip for the current body; -1 while reading headers
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data if self.buf else data
        out = 0
        while True:
            if self.need >= 0:
                if len(buf) < self.need:
                    self.need -= len(buf)
                    buf = b""
                    break
                buf = buf[self.need :]
                self.need = -1
                out += 1
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buf[:end]
            length = 0
            i = head.lower().find(b"\ncontent-length:")
            if i >= 0:
                j = head.find(b"\r", i + 16)
                length = int(head[i + 16 : j if j >= 0 else len(head)])
            buf = buf[end + 4 :]
            self.need = length
        self.buf = buf
        if out and self.transport is not None:
            if self.latency:
                asyncio.get_running_loop().call_later(self.latency, self._answer, self.response * out)
            else:
                self.transport.write(self.response * out)

    def _answer(self, data: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)


def pin(cpu: int | None) -> None:
    """Pin this process to one CPU when the machine has it (no-op elsewhere)."""
    if cpu is None or not hasattr(os, "sched_setaffinity"):
        return
    try:
        if cpu in os.sched_getaffinity(0):
            os.sched_setaffinity(0, {cpu})
    except OSError:
        pass


async def serve(cpu: int | None, latency_ms: float = 0.0, body: str | None = None) -> None:
    pin(cpu)
    Sink.latency = latency_ms / 1000
    if body is not None:
        with open(body, "rb") as f:
            Sink.response = answer(f.read())
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Sink, "127.0.0.1", 0, backlog=1024, reuse_address=True)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    async with server:
        await server.serve_forever()


def start(
    cpu: int | None = None, python: str = sys.executable, latency_ms: float = 0.0, body: str | None = None
) -> tuple[subprocess.Popen[bytes], int]:
    """Start the sink in a child process; return it and its port (``body``: a JSON file to answer with)."""
    args = [python, os.path.abspath(__file__)]
    if cpu is not None:
        args += ["--cpu", str(cpu)]
    if latency_ms:
        args += ["--latency", str(latency_ms)]
    if body is not None:
        args += ["--body", body]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline().decode()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"sink did not start: {line!r}")
    return proc, int(line.split()[1])


def request_bytes(port: int, body: bytes) -> bytes:
    return (
        b"PUT /api/v1/customers/42 HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % (port, len(body))
    ) + body


def _read_response(sock: socket.socket, pending: bytes) -> bytes:
    buf = pending
    while len(buf) < len(RESPONSE):
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("sink closed the connection")
        buf += chunk
    return buf[len(RESPONSE) :]


def ceiling_sequential(port: int, n: int, body: bytes) -> float:
    """Requests/s of one keep-alive socket sending ``n`` requests one after another."""
    req = request_bytes(port, body)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        rest = b""
        t0 = time.perf_counter()
        for _ in range(n):
            sock.sendall(req)
            rest = _read_response(sock, rest)
        return n / (time.perf_counter() - t0)


def ceiling_concurrent(port: int, n: int, body: bytes, conns: int = 64) -> float:
    """Requests/s of ``conns`` keep-alive sockets, one request in flight on each, ``n`` in total."""
    req = request_bytes(port, body)
    sel = selectors.DefaultSelector()
    socks = []
    for _ in range(conns):
        s = socket.create_connection(("127.0.0.1", port))
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.setblocking(False)
        socks.append(s)
    bufs = dict.fromkeys(socks, b"")
    sent = done = 0
    t0 = time.perf_counter()
    for s in socks:
        if sent < n:
            s.sendall(req)
            sent += 1
        sel.register(s, selectors.EVENT_READ)
    while done < n:
        for key, _ in sel.select():
            s = key.fileobj
            assert isinstance(s, socket.socket)
            buf = bufs[s] + s.recv(65536)
            while len(buf) >= len(RESPONSE):
                buf = buf[len(RESPONSE) :]
                done += 1
                if sent < n:
                    s.sendall(req)
                    sent += 1
            bufs[s] = buf
    elapsed = time.perf_counter() - t0
    for s in socks:
        sel.unregister(s)
        s.close()
    return n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU")
    parser.add_argument("--latency", type=float, default=0.0, help="hold each answer back this many ms")
    parser.add_argument("--body", default=None, help="answer every request with this JSON file")
    parser.add_argument("--ceiling", action="store_true", help="start a sink and measure its ceiling")
    parser.add_argument("--client-cpu", type=int, default=None)
    parser.add_argument("-n", type=int, default=50_000)
    args = parser.parse_args()
    if not args.ceiling:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(args.cpu, args.latency, args.body))
        return
    proc, port = start(args.cpu)
    try:
        pin(args.client_cpu)
        body = b'{"x": "' + b"a" * 190 + b'"}'
        seq = ceiling_sequential(port, args.n, body)
        conc = ceiling_concurrent(port, args.n, body)
        print(f"sink ceiling: {seq:,.0f} req/s sequential (1 conn), {conc:,.0f} req/s over 64 conns")
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main()
