"""The async clients: the same integration, with independent calls running concurrently.

Run it with ``make demo`` (against a local mock) or with real credentials in the environment.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from _common import Report, pick_mock_page_async, settings

from customerio import AsyncAPIClient, AsyncTrackClient, BulkResult, SendEmailRequest


async def main() -> int:
    """Run the calls (concurrently where they are independent) and return the exit status."""
    config, report = settings(), Report()
    print(f"customerio-py quickstart (async) against {config.target}\n")

    hooks: dict[str, list[Callable[..., Any]]] = {"response": [report.on_response_async]}
    hooks["request"] = [pick_mock_page_async] if config.mock else []

    async def step(title: str, call: Awaitable[object]) -> None:
        try:
            result = await call
        except Exception as error:  # a demo reports every failure and carries on
            report.step(title)
            report.failed(title, error)
        else:
            report.step(title)
            report.ok(result)

    async with (
        httpx.AsyncClient(event_hooks=hooks) as http,
        AsyncTrackClient(config.site_id, config.api_key, http_client=http, **config.track_kwargs()) as cio,
        AsyncAPIClient(config.app_key, http_client=http, **config.api_kwargs()) as api,
    ):
        now = dt.datetime.now(dt.UTC)
        await step("identify a person", cio.identify(42, email="ada@example.com", last_seen=now))
        await asyncio.gather(
            step("track an event", cio.track(42, name="purchase", data={"price": 23.45})),
            step("track a page view", cio.track_page_view(42, "https://example.com/pricing")),
            step("track an anonymous event", cio.track_anonymous("visitor-7", name="viewed_pricing")),
            step("account region", cio.get_account_region()),
        )
        await step("bulk: a backfill of 5,000 events", backfill(cio))
        email = SendEmailRequest(to="ada@example.com", identifiers={"id": "42"}, transactional_message_id="3")
        email.attach("hello.txt", b"hi")
        await asyncio.gather(
            step("send a transactional email", api.send_email(email)),
            step("look a person up by email", api.get_customers_by_email("ada@example.com")),
            step("list exports", api.list_exports()),
        )
        await step("walk a segment's people across every page", members(api))
    return report.finish()


async def members(api: AsyncAPIClient) -> list[str]:
    """Every member of a segment, page after page (``async for`` over the walker)."""
    return [person.cio_id async for person in api.iter_segment_membership(7, limit=2)]


async def backfill(cio: AsyncTrackClient) -> BulkResult:
    """Events packed into v2 batch requests of at most 500 KB; full ones are sent while packing goes on."""
    async with cio.bulk(raise_on_error=True) as bulk:
        for order in range(5_000):
            await bulk.track(1_000 + order % 100, name="imported_order", data={"order": order, "total": 9.5})
    return bulk.result


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
