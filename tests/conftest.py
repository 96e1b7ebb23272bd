"""Shared pytest configuration."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Register the suite's markers (the run uses --strict-markers)."""
    config.addinivalue_line(
        "markers", "slow: runs subprocesses (the generator, pip, venv); deselect with -m 'not slow'"
    )
