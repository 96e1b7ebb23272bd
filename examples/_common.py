"""Settings and reporting shared by the quickstart examples.

With ``CUSTOMERIO_SITE_ID``, ``CUSTOMERIO_API_KEY`` and ``CUSTOMERIO_APP_KEY`` set (and optionally
``CUSTOMERIO_REGION=eu``) the examples talk to the real Customer.io; otherwise to the mock whose root URL
``make demo`` puts in ``CUSTOMERIO_MOCK_URL``. The Data Pipelines example needs only
``CUSTOMERIO_WRITE_KEY`` (a Data Pipelines source's write key).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class Settings:
    """Credentials and where to send requests."""

    site_id: str
    api_key: str
    app_key: str
    region: str | None = None
    track_url: str | None = None
    api_url: str | None = None
    mock: bool = False

    @property
    def target(self) -> str:
        """Where the calls go, for the banner."""
        return self.track_url or f"Customer.io ({self.region or 'us'} region)"

    def track_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of TrackClient / AsyncTrackClient besides the credentials."""
        return {"region": self.region, "url": self.track_url}

    def api_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of APIClient / AsyncAPIClient besides the key."""
        return {"region": self.region, "url": self.api_url}


def settings() -> Settings:
    """Real credentials from the environment, or the local mock's URL and dummy credentials."""
    env = os.environ
    if all(env.get(k) for k in ("CUSTOMERIO_SITE_ID", "CUSTOMERIO_API_KEY", "CUSTOMERIO_APP_KEY")):
        return Settings(
            env["CUSTOMERIO_SITE_ID"],
            env["CUSTOMERIO_API_KEY"],
            env["CUSTOMERIO_APP_KEY"],
            region=env.get("CUSTOMERIO_REGION"),
        )
    mock = env.get("CUSTOMERIO_MOCK_URL")
    if not mock:
        sys.exit("Set CUSTOMERIO_SITE_ID, CUSTOMERIO_API_KEY and CUSTOMERIO_APP_KEY, or run `make demo`.")
    return Settings(
        "demo-site", "demo-track-key", "demo-app-key", track_url=f"{mock}/api/v1", api_url=f"{mock}/v1", mock=True
    )


def pick_mock_page(request: httpx.Request) -> None:
    """Httpx request hook for the mock only: ask it for the documented page a cursor leads to.

    The mock keeps no state and answers every request with a documented example; a paginated list documents
    one example per page, named after the cursor (``start``) that leads to it, and Prism answers the one a
    request names in its ``Prefer`` header. A real Customer.io needs nothing of the kind.
    """
    cursor = request.url.params.get("start")
    if cursor:
        request.headers["Prefer"] = f"example={cursor}"


async def pick_mock_page_async(request: httpx.Request) -> None:
    """The same hook for httpx.AsyncClient."""
    pick_mock_page(request)


@dataclass
class PipelinesSettings:
    """The Data Pipelines example's write key and where to send its requests."""

    write_key: str
    region: str | None = None
    url: str | None = None

    @property
    def target(self) -> str:
        """Where the calls go, for the banner."""
        return self.url or f"Customer.io Data Pipelines ({self.region or 'us'} region)"

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments of PipelinesClient / AsyncPipelinesClient besides the write key."""
        return {"region": self.region, "url": self.url}


def pipelines_settings() -> PipelinesSettings:
    """A real write key from the environment, or the local mock's URL and a dummy key."""
    env = os.environ
    if env.get("CUSTOMERIO_WRITE_KEY"):
        return PipelinesSettings(env["CUSTOMERIO_WRITE_KEY"], region=env.get("CUSTOMERIO_REGION"))
    mock = env.get("CUSTOMERIO_MOCK_URL")
    if not mock:
        sys.exit("Set CUSTOMERIO_WRITE_KEY, or run `make demo`.")
    return PipelinesSettings("demo-write-key", url=f"{mock}/v1")


@dataclass
class Report:
    """Prints every HTTP exchange (through an httpx event hook) and every call's typed result."""

    failures: list[str] = field(default_factory=list)

    def on_response(self, response: httpx.Response) -> None:
        """Httpx response hook: one line per HTTP exchange, retries and redirects included."""
        request = response.request
        query = request.url.query.decode("ascii")
        print(f"    {request.method} {request.url.path}{'?' + query if query else ''} -> HTTP {response.status_code}")

    async def on_response_async(self, response: httpx.Response) -> None:
        """The same hook for httpx.AsyncClient."""
        self.on_response(response)

    def step(self, title: str) -> None:
        """Announce a call."""
        print(f"* {title}")

    def ok(self, result: object) -> None:
        """Print a call's typed result."""
        print(f"    = {result!r}")

    def failed(self, title: str, error: Exception) -> None:
        """Record a failed call."""
        print(f"    ! {type(error).__name__}: {error}")
        self.failures.append(title)

    def finish(self) -> int:
        """Summarise; the exit status is non-zero when any call failed."""
        if self.failures:
            print(f"\n{len(self.failures)} call(s) failed: {', '.join(self.failures)}")
            return 1
        print("\nall calls succeeded")
        return 0
