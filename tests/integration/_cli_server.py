"""A scripted loopback server for the command line's tests: Track and Data Pipelines batches, an export file.

It answers ``POST /api/v2/batch`` and ``POST /v1/batch`` like Customer.io: every operation is recorded, and an
operation whose attributes (or properties) say ``"plan": "reject"`` is refused with a 207 per-operation error,
so a test knows exactly which rows must fail. ``hold(n)`` keeps the n-th batch request unanswered until
``release()``, so a test can interrupt an import at a known point. ``GET /v1/exports/{id}/download`` answers
the URL of ``/files/export.csv``, served from ``export_body``.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        owner = self.server.owner
        owner.headers.append(dict(self.headers.items()))
        if self.path.startswith("/v1/exports/") and self.path.endswith("/download"):
            self._answer(200, json.dumps({"url": f"{owner.url}/files/export.csv"}).encode())
        elif self.path == "/files/export.csv":
            self._answer(200, owner.export_body, "text/csv")
        else:
            self._answer(404, b'{"meta": {"error": "not found"}}')

    def do_POST(self) -> None:
        owner = self.server.owner
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        owner.headers.append(dict(self.headers.items()))
        if self.path not in ("/api/v2/batch", "/v1/batch"):
            self._answer(404, b'{"meta": {"error": "not found"}}')
            return
        with owner.lock:
            owner.batches += 1
            number = owner.batches
        if number == owner.hold_at:
            owner.held.set()
            owner.release_event.wait(30)
        if owner.status != 200:
            self._answer(owner.status, b'{"meta": {"error": "injected"}}')
            return
        items = json.loads(body)["batch"]
        errors = []
        for index, item in enumerate(items):
            fields = item.get("attributes") or item.get("properties") or item.get("traits") or {}
            if fields.get("plan") == "reject":
                errors.append({"batch_index": index, "reason": "invalid", "message": f"rejected row {index}"})
        with owner.lock:
            owner.items.extend(items)
        if errors and self.path == "/api/v2/batch":
            self._answer(207, json.dumps({"errors": errors}).encode())
        else:
            self._answer(200, b"{}")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: CliServer


class CliServer:
    """The loopback server; a context manager. ``url`` is the root to pass as ``--url``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.batches = 0
        self.hold_at = 0
        self.held = threading.Event()
        self.release_event = threading.Event()
        self.status = 200
        self.export_body = b""
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def hold(self, number: int) -> None:
        """Keep the ``number``-th batch request (from 1) unanswered until :meth:`release`."""
        self.hold_at = number

    def release(self) -> None:
        """Answer the held request."""
        self.release_event.set()

    def __enter__(self) -> CliServer:
        # A short poll interval: shutdown() waits for it, once per test.
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release_event.set()
        self._server.shutdown()
        self._server.server_close()
