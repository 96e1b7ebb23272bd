"""Start Prism (the mock server pinned in package.json) from spec/openapi.yaml on a free loopback port.

As a library: ``with running_prism() as url: ...`` (used by the real-HTTP tests). As a command:
``python scripts/prism.py -- CMD ARGS`` starts the mock, runs CMD with ``CUSTOMERIO_MOCK_URL`` set to its
root URL, stops the mock and exits with CMD's status (used by ``make demo``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "openapi.yaml"
STARTUP_SECONDS = 60.0


def free_port() -> int:
    """A TCP port nothing listens on right now, on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextlib.contextmanager
def running_prism(spec: Path = SPEC) -> Iterator[str]:
    """Run Prism on a free port until the block ends; yields its root URL (``http://127.0.0.1:PORT``)."""
    if not PRISM.exists():
        raise RuntimeError("Prism is not installed: run `npm ci` (the Makefile does it)")
    port = free_port()
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(
            [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(spec)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so the node children stop with it
        )
        try:
            deadline = time.monotonic() + STARTUP_SECONDS
            while not _listening(port):
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"Prism did not start (exit {proc.returncode}):\n{log.read()[-3000:]}")
                time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def main(argv: list[str]) -> int:
    """Run a command with a Prism mock of Customer.io beside it."""
    if not argv or argv[0] != "--" or len(argv) < 2:
        print("usage: python scripts/prism.py -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    with running_prism() as url:
        return subprocess.call(argv[1:], env=dict(os.environ, CUSTOMERIO_MOCK_URL=url))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
