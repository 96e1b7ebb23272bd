"""The ``customerio`` command line: a short import with its progress line, then the account's region.

Run it with ``make demo`` (against a local mock, whose root is in ``CUSTOMERIO_MOCK_URL``) or with real
credentials in ``CUSTOMERIO_SITE_ID`` and ``CUSTOMERIO_API_KEY``. It needs the ``cli`` extra.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    """Write 5,000 events to a CSV, import them with ``customerio import events``; return the exit status."""
    env = dict(os.environ)
    mock = env.get("CUSTOMERIO_MOCK_URL")
    if mock:  # the mock accepts any credentials; the CLI reaches it through --url (CUSTOMERIO_URL)
        env.update(CUSTOMERIO_URL=mock, CUSTOMERIO_SITE_ID="demo-site", CUSTOMERIO_API_KEY="demo-track-key")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "orders.csv"
        with source.open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(["customer_id", "name", "timestamp", "total", "currency"])
            for i in range(5_000):
                out.writerow([f"demo-{i % 500}", "Order Completed", 1_717_200_000 + i, f"{i % 90}.50", "EUR"])
        command = [sys.executable, "-m", "customerio", "import", "events", str(source), "--progress"]
        print("$ customerio import events orders.csv --progress", flush=True)
        status = subprocess.run(command, env=env, check=False).returncode
        if status:
            return status
        print("\n$ customerio region", flush=True)
        return subprocess.run([sys.executable, "-m", "customerio", "region"], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
