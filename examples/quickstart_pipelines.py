"""Data Pipelines: identify, track, page, group, alias and batch, a bulk backfill, and a background sender.

Run it with ``make demo`` (against a local mock) or with a Data Pipelines source's write key in
``CUSTOMERIO_WRITE_KEY``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from _common import PipelinesSettings, Report, pipelines_settings

from customerio import AsyncPipelinesClient, BackgroundStats, BulkResult, PipelinesClient


def main() -> int:
    """Run the sync calls, then the async ones; print every exchange; return the exit status."""
    config, report = pipelines_settings(), Report()
    print(f"customerio-py Data Pipelines quickstart against {config.target}\n")
    http = httpx.Client(event_hooks={"response": [report.on_response]})
    cdp = PipelinesClient(config.write_key, http_client=http, default_context={"locale": "en-GB"}, **config.kwargs())

    def step(title: str, run: Callable[[], Any]) -> None:
        report.step(title)
        try:
            report.ok(run())
        except Exception as error:  # a demo reports every failure and carries on
            report.failed(title, error)

    signed_up = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    step(
        "identify a person (a datetime trait becomes ISO 8601)",
        lambda: cdp.identify("42", traits={"email": "ada@example.com", "createdAt": signed_up, "plan": "pro"}),
    )
    step("track an event", lambda: cdp.track("42", event="Order Completed", properties={"total": 23.45}))
    step("track an anonymous page view", lambda: cdp.page(anonymous_id="visitor-7", name="Pricing"))
    step("screen view", lambda: cdp.screen("42", name="Settings", context={"app": {"version": "2.3"}}))
    step("put the person in a group", lambda: cdp.group("42", group_id="acme", traits={"name": "Acme Inc."}))
    step("alias the anonymous visitor to the person", lambda: cdp.alias("42", previous_id="visitor-7"))
    step(
        "a batch in the API's own form",
        lambda: cdp.batch(
            [
                {"type": "identify", "userId": "43", "traits": {"plan": "free"}},
                {"type": "track", "userId": "43", "event": "Trial Started", "timestamp": "2024-05-02T10:00:00Z"},
            ]
        ),
    )
    step("bulk: a backfill of 5,000 events", lambda: backfill(cdp, signed_up))
    step("background: fire-and-forget events, flushed on close", lambda: fire_and_forget(cdp))
    cdp.close()
    http.close()
    asyncio.run(async_part(config, report))
    return report.finish()


def backfill(cdp: PipelinesClient, at: dt.datetime) -> BulkResult:
    """Events packed into /batch requests of at most 500 KB, each sent as soon as it is full."""
    with cdp.bulk(raise_on_error=True) as bulk:
        for order in range(5_000):
            bulk.track(
                str(1_000 + order % 100),
                event="Order Imported",
                properties={"order": order, "total": 9.5},
                timestamp=at + dt.timedelta(minutes=order),
            )
    return bulk.result


def fire_and_forget(cdp: PipelinesClient) -> BackgroundStats:
    """Calls return at once; a worker thread sends them in batches (here: when the sender is closed)."""
    with cdp.background(flush_interval=5.0) as events:
        for user in range(20):
            events.track(str(user), event="Newsletter Opened")
    return events.stats


async def async_part(config: PipelinesSettings, report: Report) -> None:
    """The async client: concurrent calls, and an async bulk backfill."""

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
        httpx.AsyncClient(event_hooks={"response": [report.on_response_async]}) as http,
        AsyncPipelinesClient(config.write_key, http_client=http, **config.kwargs()) as cdp,
    ):
        await asyncio.gather(
            step("async: identify", cdp.identify("44", traits={"plan": "team"})),
            step("async: track", cdp.track("44", event="Invited Teammate")),
        )
        await step("async bulk: a backfill of 2,000 events", async_backfill(cdp))


async def async_backfill(cdp: AsyncPipelinesClient) -> BulkResult:
    """The async bulk sender: full requests go out while packing goes on."""
    async with cdp.bulk(raise_on_error=True) as bulk:
        for n in range(2_000):
            await bulk.track(str(n % 50), event="Page Imported", properties={"n": n})
    return bulk.result


if __name__ == "__main__":
    sys.exit(main())
