"""Type-checked (mypy --strict) use of the public Data Pipelines API, as an application would write it."""

from __future__ import annotations

import asyncio
import datetime as dt

from customerio import (
    AsyncPipelinesBackground,
    AsyncPipelinesClient,
    BackgroundStats,
    BulkFailure,
    BulkResult,
    MissingParamError,
    PipelinesBackground,
    PipelinesBulk,
    PipelinesClient,
    RateLimitError,
    RegionEU,
)
from customerio.testing import CustomerIOMock, PipelinesMessage


def sync_usage() -> None:
    with PipelinesClient("write key", region=RegionEU, strict_mode=True, default_context={"ip": "203.0.113.7"}) as cdp:
        cdp.identify("42", traits={"email": "a@example.com", "createdAt": dt.datetime.now(dt.UTC)})
        cdp.track(42, event="Signed Up", properties={"plan": "pro"}, timestamp=dt.datetime.now(dt.UTC))
        cdp.page(anonymous_id="anon-1", name="Pricing", category="Docs", context={"page": {"url": "https://e.com"}})
        cdp.screen("42", name="Settings", integrations={"All": False, "Customer.io": True})
        cdp.group("42", group_id="acme", traits={"name": "Acme"})
        cdp.alias("42", previous_id="anon-1", message_id="m-1")
        cdp.batch([{"type": "track", "userId": "42", "event": "Imported"}])
        try:
            cdp.track(42)
        except MissingParamError as exc:
            print(exc.param)
        except RateLimitError as exc:
            print(exc.status_code)


def bulk_usage(cdp: PipelinesClient) -> BulkResult:
    bulk: PipelinesBulk
    with cdp.bulk(max_in_flight=2) as bulk:
        bulk.track(1, event="Imported", timestamp="2024-05-01T09:30:00.000Z")
        bulk.message({"type": "identify", "userId": "1", "traits": {"plan": "pro"}})
    failures: list[BulkFailure] = bulk.result.failures
    print([(f.index, f.reason, f.operation["messageId"]) for f in failures])
    return bulk.result


def background_usage(cdp: PipelinesClient) -> BackgroundStats:
    def alert(failure: BulkFailure) -> None:
        print(failure.index, failure.reason)

    events: PipelinesBackground = cdp.background(
        flush_interval=1.0, max_queue=50_000, overflow="block", on_failure=alert
    )
    queued: bool = events.track("42", event="Viewed")
    print(queued, events.stats.pending, len(events.failures))
    events.flush(timeout=5.0)
    return events.close()


async def async_usage() -> None:
    async with AsyncPipelinesClient("write key", url="http://127.0.0.1:4010/v1", max_retries=0) as cdp:
        await cdp.identify("42", traits={"plan": "pro"})
        async with cdp.bulk() as bulk:
            await bulk.track(1, event="Imported")
        events: AsyncPipelinesBackground
        async with cdp.background(overflow="drop_old") as events:
            queued: bool = await events.page(1, name="Home")
            print(queued)
            stats: BackgroundStats = await events.flush()
            print(stats.accepted)


def testing_usage(mock: CustomerIOMock) -> list[str | None]:
    messages: list[PipelinesMessage] = mock.pipelines_events
    return [message.event for message in messages] + [m.user_id for m in mock.pipelines_messages_for(42)]


if __name__ == "__main__":
    asyncio.run(async_usage())
