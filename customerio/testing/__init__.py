"""A Customer.io stand-in for your own test suite: ``pip install "customerio-py[testing]"``.

:class:`CustomerIOMock` intercepts the HTTP of the SDK's clients (sync and async) without a server,
answers with the spec's example responses (or the ones your test queues with
:meth:`~CustomerIOMock.respond`, errors and 429s included), validates every request against the spec
bundled with the SDK, fails the test on a request that does not conform, and records what was sent in
typed form. With pytest it is the ``cio_mock`` fixture (registered automatically)::

    from customerio import TrackClient

    def test_signup_identifies_the_person(cio_mock):
        with TrackClient("site id", "api key") as cio:
            cio.identify(42, email="ada@example.com")
        assert cio_mock.identified[0].attributes == {"email": "ada@example.com"}

Importing this package is cheap: its contents (and the extra's dependencies: respx, openapi-core,
PyYAML) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._mock import (
        AnonymousEvent,
        BatchOperation,
        BroadcastTrigger,
        Call,
        CustomerIOMock,
        Device,
        Event,
        Identified,
        PipelinesMessage,
        SentMessage,
        Violation,
    )

__all__ = [
    "AnonymousEvent",
    "BatchOperation",
    "BroadcastTrigger",
    "Call",
    "CustomerIOMock",
    "Device",
    "Event",
    "Identified",
    "PipelinesMessage",
    "SentMessage",
    "Violation",
]


def __getattr__(name: str) -> Any:
    """Load the kit on first use, so the pytest plugin costs nothing where the extra is not installed."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        from . import _mock
    except ModuleNotFoundError as exc:
        raise ImportError(
            f"customerio.testing needs the 'testing' extra ({exc.name} is missing): "
            'pip install "customerio-py[testing]"'
        ) from exc
    value = getattr(_mock, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
