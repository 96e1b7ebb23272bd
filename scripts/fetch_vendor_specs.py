"""Download Customer.io's published API definitions, the test suite's second oracle, into ``.vendor-specs/``.

They are Customer.io's files, not ours, so the repository does not carry them; the tests that use them
(``tests/_vendor.py``) are skipped where they are absent. This needs network access to docs.customer.io.

Usage::

    python scripts/fetch_vendor_specs.py [--dest DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEST = ROOT / ".vendor-specs"
BASE = "https://docs.customer.io/files/"

#: Local file name (as the tests look it up) -> the vendor's published file.
FILES = {
    "customerio-track-api.openapi.json": "journeys-track.json",
    "customerio-pipelines-api.openapi.json": "pipelines.json",
    "customerio-reporting-webhooks.openapi.json": "journeys-webhooks.json",
}


def fetch(url: str, timeout: float = 60.0) -> bytes:
    """The body of ``url``; raises on an HTTP error or a body that is not an OpenAPI JSON document."""
    request = urllib.request.Request(url, headers={"User-Agent": "customerio-py vendor-specs fetcher"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body: bytes = response.read()
    document = json.loads(body)
    if not isinstance(document, dict) or "openapi" not in document:
        raise ValueError(f"{url} is not an OpenAPI document")
    return body


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST)
    args = parser.parse_args(argv)
    args.dest.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, remote in FILES.items():
        url = BASE + remote
        try:
            body = fetch(url)
        except (OSError, ValueError) as exc:
            print(f"could not fetch {url}: {exc}", file=sys.stderr)
            failed += 1
            continue
        # Write through a temporary file so an interrupted download never leaves half a document.
        with tempfile.NamedTemporaryFile(dir=args.dest, delete=False) as tmp:
            tmp.write(body)
        Path(tmp.name).replace(args.dest / name)
        print(f"{args.dest / name}  <- {url} ({len(body):,} bytes)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
