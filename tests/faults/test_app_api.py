"""The App API over real loopback HTTP: page walks, lenient and strict answers, the client-side rate limit."""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

import customerio._core
from customerio import PaginationError, UnexpectedResponseError, raw_json
from customerio.types import UNSET, PersonIdentifiers, SegmentCustomerCountResponse, SegmentMembershipResponse

from .server import FaultServer, ok


def page(ids: list[str], next_cursor: str | None = None, **extra: Any) -> bytes:
    """A segment membership page with these member ids."""
    body: dict[str, Any] = {"identifiers": [{"id": i, "cio_id": f"c{i}"} for i in ids], "ids": ids, **extra}
    if next_cursor is not None:
        body["next"] = next_cursor
    return json.dumps(body).encode()


def queries(server: FaultServer) -> list[dict[str, list[str]]]:
    """The query string of every request the server got, parsed."""
    return [parse_qs(urlsplit(r.path).query) for r in server.requests]


async def collect(iterator: Any) -> list[Any]:
    """Every item of a sync or async iterator."""
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)


async def test_walk_follows_every_cursor_then_stops(rig: Any, server: FaultServer) -> None:
    """iter_segment_membership yields each page's members in order, sending each `next` back as `start`."""
    server.push(ok(page(["1", "2"], "c2")), ok(page(["3"], "c3")), ok(page(["4"], "")))
    r = rig(kind="app", max_retries=0)
    members = await collect(r.client.iter_segment_membership(7, limit=2))
    assert [m.id for m in members] == ["1", "2", "3", "4"]
    assert all(isinstance(m, PersonIdentifiers) for m in members)
    assert [r.path.split("?")[0] for r in server.requests] == ["/v1/segments/7/membership"] * 3
    assert queries(server) == [{"limit": ["2"]}, {"start": ["c2"], "limit": ["2"]}, {"start": ["c3"], "limit": ["2"]}]


async def test_walk_ends_on_a_missing_cursor(rig: Any, server: FaultServer) -> None:
    """A page without `next` is the last one."""
    server.push(ok(page(["1"], "c1")), ok(page(["2"])))
    r = rig(kind="app", max_retries=0)
    assert [m.id for m in await collect(r.client.iter_segment_membership(7))] == ["1", "2"]
    assert len(server.requests) == 2


async def test_walk_raises_on_a_repeated_cursor_instead_of_looping(rig: Any, server: FaultServer) -> None:
    """A server answering a cursor it already gave makes the walk raise, after the items it did get."""
    server.push(ok(page(["1"], "A")), ok(page(["2"], "B")), ok(page(["3"], "A")))
    server.always(ok(page(["x"], "A")))  # were the walk to go on, it would never end
    r = rig(kind="app", max_retries=0)
    seen: list[str] = []

    async def walk() -> None:
        if r.mode == "sync":
            for member in r.client.iter_segment_membership(7):
                seen.append(member.id)
        else:
            async for member in r.client.iter_segment_membership(7):
                seen.append(member.id)

    with pytest.raises(PaginationError, match="'A'"):
        await walk()
    assert seen == ["1", "2", "3"]
    assert len(server.requests) == 3


async def test_walk_keeps_undocumented_fields(rig: Any, server: FaultServer) -> None:
    """Undocumented keys of a page and of its items are kept, and the walk goes on."""
    body = json.dumps(
        {"identifiers": [{"id": "1", "cio_id": "c1", "phone": "+1555"}], "ids": ["1"], "total": 99}
    ).encode()
    server.push(ok(body))
    r = rig(kind="app", max_retries=0, strict_responses=True)
    (member,) = await collect(r.client.iter_segment_membership(7))
    assert member.additional_properties == {"phone": "+1555"}
    server.push(ok(body))
    answer = await r.call("get_segment_membership", 7)
    assert isinstance(answer, SegmentMembershipResponse)
    assert answer["total"] == 99
    assert raw_json(answer) == json.loads(body)


async def test_missing_documented_field_is_lenient_by_default(
    rig: Any, server: FaultServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2xx body without a documented field: the model with what parsed, the raw body, one warning."""
    monkeypatch.setattr(customerio._core, "_WARNED", set())  # the warning is given once per process
    body = {"identifiers": [{"id": "1"}], "next": ""}  # an identifier without its cio_id
    server.push(ok(json.dumps(body)))
    r = rig(kind="app", max_retries=0)
    with caplog.at_level(logging.WARNING, logger="customerio"):
        answer = await r.call("get_segment_membership", 7)
    assert isinstance(answer, SegmentMembershipResponse)
    (member,) = answer.identifiers
    assert isinstance(member, PersonIdentifiers)
    assert member.id == "1"
    assert member.cio_id is UNSET
    assert raw_json(answer) == body
    assert any("does not match its documented schema" in m for m in caplog.messages)


async def test_missing_documented_field_raises_when_strict(rig: Any, server: FaultServer) -> None:
    """strict_responses=True turns the same body into UnexpectedResponseError, saying what is missing."""
    server.push(ok(json.dumps({"identifiers": [{"id": "1"}]})))
    r = rig(kind="app", max_retries=0, strict_responses=True)
    with pytest.raises(UnexpectedResponseError, match="cio_id") as caught:
        await r.call("get_segment_membership", 7)
    assert caught.value.status_code == 200
    assert caught.value.reason is not None


@pytest.mark.parametrize("strict", [False, True])
async def test_wrongly_typed_value(rig: Any, server: FaultServer, strict: bool) -> None:
    """A count sent as text: kept as sent when lenient, refused when strict."""
    server.push(ok(json.dumps({"count": "12"})))
    r = rig(kind="app", max_retries=0, strict_responses=strict)
    if strict:
        with pytest.raises(UnexpectedResponseError, match="count"):
            await r.call("get_segment_customer_count", 7)
        return
    answer = await r.call("get_segment_customer_count", 7)
    assert isinstance(answer, SegmentCustomerCountResponse)
    assert answer.count == "12"  # type: ignore[comparison-overlap]
    assert raw_json(answer) == {"count": "12"}


async def test_body_that_is_not_json_raises_even_when_lenient(rig: Any, server: FaultServer) -> None:
    """Nothing can be read from a 2xx HTML page: UnexpectedResponseError whatever the mode."""
    server.push(ok(b"<html>maintenance</html>"))
    r = rig(kind="app", max_retries=0)
    with pytest.raises(UnexpectedResponseError):
        await r.call("get_segment", 7)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clients' monotonic clock stands still (sleeps are stubbed too), so waits are exact."""
    import customerio._async._base
    import customerio._sync._base

    for module in (customerio._async._base, customerio._sync._base):
        monkeypatch.setattr(module, "monotonic", lambda: 1000.0)


@pytest.mark.usefixtures("frozen_clock")
async def test_rate_limit_spaces_every_request_of_the_client(rig: Any, server: FaultServer) -> None:
    """With rate_limit=4, consecutive calls wait for their slots: the first at once, then 0.25 s apart."""
    r = rig(kind="app", max_retries=0, rate_limit=4)
    server.always(ok(json.dumps({"count": 1})))
    for _ in range(4):
        await r.call("get_segment_customer_count", 7)
    assert len(server.requests) == 4
    # Sleeping and the clock are stubbed: every call comes at the same instant and takes the next slot.
    assert r.sleeps == [0.25, 0.5, 0.75]


@pytest.mark.usefixtures("frozen_clock")
async def test_rate_limit_counts_retries(rig: Any, server: FaultServer) -> None:
    """A retried request takes a slot of its own: the replay of a 503 waits for the limiter as well."""
    from .server import status

    r = rig(kind="app", max_retries=1, rate_limit=2)
    server.push(status(503, retry_after="0"), ok(json.dumps({"count": 1})))
    await r.call("get_segment_customer_count", 7)
    assert len(server.requests) == 2
    assert r.sleeps == [0.0, 0.5]  # the retry delay the server asked for, then the replay's slot
