"""Fixtures of the real-HTTP suite: one Prism mock of Customer.io per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.prism import running_prism


@pytest.fixture(scope="session")
def prism_root() -> Iterator[str]:
    """The root URL of a Prism mock of the spec on a free loopback port, for the whole session."""
    with running_prism() as root:
        yield root
