"""Hypothesis profiles of the fuzz suite and the per-method example counts printed after the session.

``ci`` (the default) is derandomized and small enough for the whole fuzz file to run in well under a
minute; ``HYPOTHESIS_PROFILE=deep`` runs many more random examples. The profiles are applied by the fuzz
tests themselves (``settings(parent=...)``), so other property tests of the suite keep their own settings.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=40,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "deep",
    max_examples=2_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: The profile the fuzz tests run under.
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if PROFILE not in ("ci", "deep"):
    PROFILE = "ci"

#: (client, method, outcome) -> examples run; outcome is "sent" or "rejected".
COUNTS: Counter[tuple[str, str, str]] = Counter()


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Print how many fuzz examples ran per method, and how many were sent or rejected before sending."""
    if not COUNTS:
        return
    terminalreporter.section(f"fuzz examples (profile {PROFILE})")
    methods = sorted({(c, m) for c, m, _ in COUNTS})
    width = max(len(f"{c}.{m}") for c, m in methods)
    for client, method in methods:
        sent = COUNTS[client, method, "sent"]
        rejected = COUNTS[client, method, "rejected"]
        terminalreporter.write_line(
            f"{client}.{method}".ljust(width) + f"  {sent + rejected:6d} examples: {sent} sent, {rejected} rejected"
        )
    terminalreporter.write_line(f"total: {sum(COUNTS.values())} examples")
