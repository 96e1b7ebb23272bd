"""Shared pytest configuration."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

# The property tests outside the fuzz and contract suites (which apply profiles of their own): no per-example
# deadline and no slowness health check, whose wall-clock limits fail runs on a busy machine, not code.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")


def pytest_configure(config: pytest.Config) -> None:
    """Register the suite's markers (the run uses --strict-markers)."""
    config.addinivalue_line(
        "markers", "slow: runs subprocesses (the generator, pip, venv); deselect with -m 'not slow'"
    )
