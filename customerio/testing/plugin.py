"""The pytest plugin of customerio-py, registered through the ``pytest11`` entry point: ``cio_mock``.

It loads in every pytest run where customerio-py is installed, so it imports nothing heavy and works
even without the ``testing`` extra (the fixture then explains what to install).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from . import CustomerIOMock


@pytest.fixture
def cio_mock() -> Iterator[CustomerIOMock]:
    """A started :class:`customerio.testing.CustomerIOMock`; a non-conforming request fails the test.

    Violations are raised at teardown, after the test body, listing every request that did not
    conform to the spec.
    """
    from . import CustomerIOMock

    with CustomerIOMock() as mock:
        yield mock
