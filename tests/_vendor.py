"""Where the tests find Customer.io's own published API definitions, the suite's second oracle.

The vendor's files are not part of the repository. They are looked up, in this order, in:

1. the folder named by ``CUSTOMERIO_VENDOR_SPECS``;
2. ``.vendor-specs/`` in the repository, where ``make vendor-specs`` downloads them from
   docs.customer.io;
3. ``../shared/reference/`` beside the repository, if it exists.

A test that needs one calls :func:`vendor_path`: when the file is absent the test is skipped with a reason
that says how to get it, unless ``CUSTOMERIO_REQUIRE_VENDOR_SPECS=1`` (set by ``.ci/run``), where it fails:
CI never silently loses the second oracle. Every other test runs on the repository alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

DIR_ENV = "CUSTOMERIO_VENDOR_SPECS"
REQUIRE_ENV = "CUSTOMERIO_REQUIRE_VENDOR_SPECS"

#: The vendor's definitions by the file name the tests use (scripts/fetch_vendor_specs.py has their URLs).
TRACK = "customerio-track-api.openapi.json"
PIPELINES = "customerio-pipelines-api.openapi.json"
WEBHOOKS = "customerio-reporting-webhooks.openapi.json"


def candidate_dirs() -> list[Path]:
    """The folders searched for the vendor's files, first match wins."""
    dirs = [ROOT / ".vendor-specs", ROOT.parent / "shared" / "reference"]
    configured = os.environ.get(DIR_ENV)
    if configured:
        dirs.insert(0, Path(configured).expanduser())
    return dirs


def find(name: str) -> Path | None:
    """The vendor's file ``name``, or None when no candidate folder has it."""
    for folder in candidate_dirs():
        path = folder / name
        if path.is_file():
            return path
    return None


def required() -> bool:
    """Whether a missing vendor file fails the test instead of skipping it (CI)."""
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


def vendor_path(name: str) -> Path:
    """The vendor's file ``name``; skips the calling test (fails it in CI) when it is absent."""
    path = find(name)
    if path is not None:
        return path
    searched = ", ".join(str(d) for d in candidate_dirs())
    why = (
        f"Customer.io's published definition {name} is not available (looked in {searched}); "
        f"run `make vendor-specs` to download it, or set {DIR_ENV} to a folder that has it"
    )
    if required():
        pytest.fail(f"{why}; {REQUIRE_ENV} is set, so the vendor oracle may not be skipped")
    pytest.skip(why)
