"""Helpers shared by the client tests: build sync or async clients and call them the same way."""

from __future__ import annotations

import inspect
from typing import Any

SITE_ID = "site-123"
API_KEY = "track-secret-key-0001"
APP_KEY = "app-secret-key-0002"
WRITE_KEY = "pipelines-write-key-0003"


async def call(client: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call a client method and await it when the client is async."""
    result = getattr(client, method)(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


def no_sleep(client: Any, record: list[float] | None = None) -> None:
    """Replace the client's sleep with one that returns at once and records the delay."""
    record = [] if record is None else record
    if inspect.iscoroutinefunction(type(client)._sleep):

        async def fake(seconds: float) -> None:
            record.append(seconds)

        client._sleep = fake
    else:
        client._sleep = record.append


async def close(client: Any) -> None:
    """Close a sync or async client."""
    if hasattr(client, "aclose"):
        await client.aclose()
    else:
        client.close()
