"""Type-checked (mypy --strict) use of the public Track API, as an application would write it."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx

from customerio import (
    AsyncTrackClient,
    BulkError,
    BulkFailure,
    BulkResult,
    CustomerIORequestError,
    IdentifierType,
    MissingParamError,
    RateLimitError,
    Region,
    RegionEU,
    TrackClient,
)
from customerio.transports import aiohttp_transport
from customerio_openapi.models import AccountRegionResponse, V2Error


def sync_usage(region: Region = RegionEU) -> None:
    with TrackClient("site", "key", region=region, timeout=httpx.Timeout(5.0), max_retries=2) as cio:
        cio.identify(42, {"email": "a@example.com"}, created_at=dt.datetime.now(dt.UTC))
        cio.track("42", name="purchase", data={"price": 9.5})
        cio.track_anonymous(None, name="invite", data={"recipient": "b@example.com"})
        cio.add_device(42, "token", "ios", {"last_used": 1700000000})
        cio.merge_customers(IdentifierType.ID, "42", "email", "old@example.com")
        errors: list[V2Error] = cio.batch([{"type": "person", "action": "identify", "identifiers": {"id": "42"}}])
        region_info: AccountRegionResponse = cio.get_account_region()
        print(errors, region_info.region)
        try:
            cio.destroy(42)
        except RateLimitError as exc:
            print(exc.status_code, exc.headers.get("retry-after"))
        except CustomerIORequestError as exc:
            print(exc.status_code, exc.body)
        except MissingParamError as exc:
            print(exc.param)


def bulk_usage(cio: TrackClient) -> BulkResult:
    with cio.bulk(max_in_flight=2) as bulk:
        bulk.identify(1, email="a@example.com")
        bulk.track({"email": "b@example.com"}, name="imported", timestamp=dt.datetime.now(dt.UTC))
        bulk.operation({"type": "person", "action": "delete", "identifiers": {"id": "3"}})
    failures: list[BulkFailure] = bulk.result.failures
    print([(f.index, f.reason, f.status_code) for f in failures])
    return bulk.result


async def async_bulk_usage(cio: AsyncTrackClient) -> int:
    async with cio.bulk(raise_on_error=True) as bulk:
        await bulk.track_page_view(1, "https://example.com/")
    try:
        return (await bulk.flush()).accepted
    except BulkError as exc:
        return exc.result.accepted


async def concurrent_usage(ids: list[int]) -> None:
    async with AsyncTrackClient("site", "key", transport=aiohttp_transport(max_connections=64)) as cio:
        await asyncio.gather(*(cio.track(i, name="imported") for i in ids))


async def async_usage() -> None:
    async with AsyncTrackClient("site", "key", url="http://127.0.0.1:4010/api/v1", max_retries=0) as cio:
        await cio.identify(1, email="a@example.com")
        await cio.track_page_view(1, "https://example.com/pricing")
        region_info: AccountRegionResponse = await cio.get_account_region()
        print(region_info.url)


if __name__ == "__main__":
    asyncio.run(async_usage())
