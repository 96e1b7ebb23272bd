"""Campaigns, broadcasts, newsletters and transactional templates over real loopback HTTP.

What the generic suites (Node parity, Prism, contract, fuzz) do not pin for these operations: reporting
windows given as datetimes, typed metrics answers, page walks of actions and deliveries, and which of
these calls a failure may replay.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from customerio import MissingParamError, ServerError
from customerio.types import JourneyMetricsResponse, Message, MetricsReportResponse, WorkflowAction

from .server import FaultServer, ok, status

NEW_YEAR = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)  # 1735689600


def query(server: FaultServer, index: int = -1) -> dict[str, list[str]]:
    """The parsed query string of one request the server got (the last by default)."""
    return parse_qs(urlsplit(server.requests[index].path).query)


async def collect(iterator: Any) -> list[Any]:
    """Every item of a sync or async iterator."""
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)


def delivery(number: int) -> dict[str, Any]:
    """A delivery as the API lists it."""
    return {"id": f"d{number}", "created": 1735689600 + number, "metrics": {"sent": 1735689601}, "type": "email"}


# ---------------------------------------------------------------- campaigns


async def test_journey_metrics_window_from_datetimes(rig: Any, server: FaultServer) -> None:
    """start/end given as datetimes go out as unix seconds, and `res` goes out as `resolution`."""
    server.push(ok(json.dumps({"journey_metric": {"started": [4, 2], "converted": [1, 0]}})))
    r = rig(kind="app", max_retries=0)
    answer = await r.call(
        "get_campaign_journey_metrics", 5, start=NEW_YEAR, end=NEW_YEAR + dt.timedelta(days=2), res="days"
    )
    assert isinstance(answer, JourneyMetricsResponse)
    assert answer.journey_metric["started"] == [4, 2]
    assert server.requests[0].path == "/v1/campaigns/5/journey_metrics?start=1735689600&end=1735862400&resolution=days"


async def test_journey_metrics_refuses_a_missing_window(rig: Any, server: FaultServer) -> None:
    """A blank `res` (or a `None` start) raises MissingParamError and nothing is sent."""
    r = rig(kind="app", max_retries=0)
    with pytest.raises(MissingParamError, match="res"):
        await r.call("get_campaign_journey_metrics", 5, start=1, end=2, res=" ")
    with pytest.raises(MissingParamError, match="start"):
        await r.call("get_campaign_journey_metrics", 5, start=None, end=2, res="days")
    assert server.requests == []


async def test_version_2_metrics_window_and_typed_series(rig: Any, server: FaultServer) -> None:
    """A v2 report's options go out in Node's order (naive datetimes read as UTC); the series is typed."""
    body = {"metric": {"series": {"sent": [3, 12], "delivered": [3, 11], "2xx": [0, 1]}}}
    server.push(ok(json.dumps(body)))
    r = rig(kind="app", max_retries=0)
    answer = await r.call(
        "get_campaign_metrics",
        5,
        period=None,
        end=dt.datetime(2025, 1, 3),
        start=dt.datetime(2025, 1, 1),
        tz="America/New_York",
        res="daily",
        version="2",
        type="email",
    )
    assert isinstance(answer, MetricsReportResponse)
    assert answer.metric.series["sent"] == [3, 12]
    assert answer.metric.series.additional_properties == body["metric"]["series"]
    assert server.requests[0].path == (
        "/v1/campaigns/5/metrics?version=2&type=email&res=daily&tz=America%2FNew_York&start=1735689600&end=1735862400"
    )


async def test_campaign_actions_walk_every_page(rig: Any, server: FaultServer) -> None:
    """iter_campaign_actions follows `next` as `start` and yields typed actions until a page has none."""
    first = {"actions": [{"id": 1, "type": "email"}, {"id": 2, "type": "webhook"}], "next": "p/2"}
    server.push(ok(json.dumps(first)), ok(json.dumps({"actions": [{"id": 3, "type": "push"}], "next": ""})))
    r = rig(kind="app", max_retries=0)
    actions = await collect(r.client.iter_campaign_actions(5))
    assert [a.id for a in actions] == [1, 2, 3]
    assert all(isinstance(a, WorkflowAction) for a in actions)
    assert [q.path for q in server.requests] == ["/v1/campaigns/5/actions", "/v1/campaigns/5/actions?start=p%2F2"]


async def test_campaign_messages_walk_keeps_the_filters(rig: Any, server: FaultServer) -> None:
    """iter_campaign_messages sends the same filters with every page's cursor and yields typed deliveries."""
    server.push(
        ok(json.dumps({"messages": [delivery(1), delivery(2)], "next": "n2"})),
        ok(json.dumps({"messages": [delivery(3)]})),
    )
    r = rig(kind="app", max_retries=0)
    found = await collect(r.client.iter_campaign_messages(5, limit=2, metric="opened", start_ts=NEW_YEAR))
    assert [m.id for m in found] == ["d1", "d2", "d3"]
    assert all(isinstance(m, Message) for m in found)
    assert query(server, 0) == {"limit": ["2"], "metric": ["opened"], "start_ts": ["1735689600"]}
    assert query(server, 1) == {"start": ["n2"], "limit": ["2"], "metric": ["opened"], "start_ts": ["1735689600"]}


async def test_action_update_is_replayed_after_a_server_error(rig: Any, server: FaultServer) -> None:
    """Updating an action is idempotent (PUT): a 503 is retried and the same body sent again."""
    server.push(status(503), ok(json.dumps({"id": 96, "type": "email", "subject": "Hi"})))
    r = rig(kind="app", max_retries=1)
    answer = await r.call("update_campaign_action", 5, 96, {"subject": "Hi"})
    assert answer.subject == "Hi"
    assert [q.json() for q in server.requests] == [{"subject": "Hi"}, {"subject": "Hi"}]


async def test_reads_are_replayed_but_fail_when_every_attempt_does(rig: Any, server: FaultServer) -> None:
    """A GET that keeps failing raises the last ServerError after its retries."""
    server.always(status(502))
    r = rig(kind="app", max_retries=2)
    with pytest.raises(ServerError):
        await r.call("get_campaign_metrics_links", 5, unique=True)
    assert len(server.requests) == 3
    assert all(q.path == "/v1/campaigns/5/metrics/links?unique=true" for q in server.requests)


# ---------------------------------------------------------------- broadcasts


async def test_trigger_status_and_errors_after_a_trigger(rig: Any, server: FaultServer) -> None:
    """A trigger's status is read from /v1/campaigns/…/triggers/…; its errors page on with str(next)."""
    status_body = {"id": "17", "broadcast_id": 3, "processed_at": None, "recipients_count": 0}
    server.push(
        ok(json.dumps(status_body)),
        ok(json.dumps({"errors": ["row 2: unknown id"], "next": 10})),
        ok(json.dumps({"errors": [], "next": 0})),
    )
    r = rig(kind="app", max_retries=0, strict_responses=True)
    state = await r.call("get_broadcast_trigger_status", 3, 17)
    assert (state.id, state.processed_at, state.recipients_count) == ("17", None, 0)
    first = await r.call("get_broadcast_trigger_errors", 3, 17, limit=1)
    assert (first.errors, first.next_) == (["row 2: unknown id"], 10)
    last = await r.call("get_broadcast_trigger_errors", 3, 17, start=str(first.next_), limit=1)
    assert last.errors == []
    assert [q.path for q in server.requests] == [
        "/v1/campaigns/3/triggers/17",
        "/v1/campaigns/3/triggers/17/errors?limit=1",
        "/v1/campaigns/3/triggers/17/errors?start=10&limit=1",
    ]


async def test_broadcast_metrics_for_one_channel(rig: Any, server: FaultServer) -> None:
    """Broadcast metrics take period, steps and type (in Node's order) and answer a typed series."""
    server.push(ok(json.dumps({"metric": {"series": {"sent": [0, 5]}}})))
    r = rig(kind="app", max_retries=0)
    answer = await r.call("get_broadcast_metrics", 3, type="push", steps=2, period="hours")
    assert answer.metric.series["sent"] == [0, 5]
    assert server.requests[0].path == "/v1/broadcasts/3/metrics?period=hours&steps=2&type=push"


# ---------------------------------------------------------------- newsletters

NEWSLETTER = {"newsletter": {"id": 9, "name": "Weekly", "type": "email", "sent_at": None}}


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("send_newsletter", (9,)),
        ("schedule_newsletter", (9, {"scheduled_at": 1767225600})),
        ("create_newsletter", ({"name": "Weekly", "type": "email", "recipients": {"segment": {"id": 1}}},)),
        ("create_newsletter_test_group", (9,)),
        ("create_newsletter_language", (9, {"language": "fr"})),
        ("create_newsletter_test_group_language", (9, "2", {"language": "fr"})),
    ],
)
async def test_sends_and_creates_are_not_replayed(rig: Any, server: FaultServer, method: str, args: Any) -> None:
    """A 503 on a send, a schedule or a create may hide a processed request: it is raised, not replayed."""
    server.push(status(503), ok(json.dumps(NEWSLETTER)))
    r = rig(kind="app", max_retries=3)
    with pytest.raises(ServerError):
        await r.call(method, *args)
    assert len(server.requests) == 1


async def test_send_newsletter_without_options_sends_an_empty_object(rig: Any, server: FaultServer) -> None:
    """send_newsletter(id) posts `{}` (as Node does) and answers the typed newsletter."""
    server.push(ok(json.dumps(NEWSLETTER)))
    r = rig(kind="app", max_retries=0)
    answer = await r.call("send_newsletter", 9)
    assert (answer.newsletter.id, answer.newsletter.sent_at) == (9, None)
    assert (server.requests[0].method, server.requests[0].path) == ("POST", "/v1/newsletters/9/send")
    assert server.requests[0].json() == {}


async def test_schedule_accepts_a_datetime_in_the_body(rig: Any, server: FaultServer) -> None:
    """A datetime in the schedule becomes unix seconds, like every time the SDK sends."""
    server.push(ok(json.dumps(NEWSLETTER)))
    r = rig(kind="app", max_retries=0)
    await r.call("schedule_newsletter", 9, {"scheduled_at": NEW_YEAR, "timezone": "UTC"})
    assert server.requests[0].json() == {"scheduled_at": 1735689600, "timezone": "UTC"}


async def test_newsletters_walk_with_sort(rig: Any, server: FaultServer) -> None:
    """iter_newsletters keeps `sort` and `limit` on every page and stops on an empty cursor."""
    page1 = {"newsletters": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}], "next": "c2"}
    server.push(ok(json.dumps(page1)), ok(json.dumps({"newsletters": [{"id": 3, "name": "c"}], "next": ""})))
    r = rig(kind="app", max_retries=0)
    found = await collect(r.client.iter_newsletters(limit=2, sort="asc"))
    assert [n.id for n in found] == [1, 2, 3]
    assert [q.path for q in server.requests] == [
        "/v1/newsletters?limit=2&sort=asc",
        "/v1/newsletters?start=c2&limit=2&sort=asc",
    ]


async def test_language_paths_and_deletes(rig: Any, server: FaultServer) -> None:
    """Languages are path segments (encoded like encodeURIComponent); deleting one answers None."""
    server.push(ok(b"", status=204), ok(json.dumps({"content": {"id": 48, "language": "pt-BR"}})))
    r = rig(kind="app", max_retries=0)
    assert await r.call("delete_newsletter_test_group_language", 9, "2", "pt BR") is None
    answer = await r.call("get_newsletter_language", 9, "pt-BR")
    assert answer.content.language == "pt-BR"
    assert [(q.method, q.path) for q in server.requests] == [
        ("DELETE", "/v1/newsletters/9/test_group/2/language/pt%20BR"),
        ("GET", "/v1/newsletters/9/language/pt-BR"),
    ]


# ---------------------------------------------------------------- transactional message templates


async def test_transactional_deliveries_walk(rig: Any, server: FaultServer) -> None:
    """iter_transactional_message_deliveries walks /v1/transactional/{id}/messages page by page."""
    server.push(ok(json.dumps({"messages": [delivery(1)], "next": "t2"})), ok(json.dumps({"messages": [delivery(2)]})))
    r = rig(kind="app", max_retries=0)
    found = await collect(r.client.iter_transactional_message_deliveries(3, metric="delivered"))
    assert [m.id for m in found] == ["d1", "d2"]
    assert [q.path for q in server.requests] == [
        "/v1/transactional/3/messages?metric=delivered",
        "/v1/transactional/3/messages?start=t2&metric=delivered",
    ]


async def test_template_content_update_uses_the_singular_content_path(rig: Any, server: FaultServer) -> None:
    """update_transactional_message_content PUTs to …/content/{id} (as Node does) and answers the content."""
    server.push(ok(json.dumps({"content": {"id": 139, "subject": "Your link", "language": ""}})))
    r = rig(kind="app", max_retries=0, strict_responses=True)
    answer = await r.call("update_transactional_message_content", 3, 139, {"subject": "Your link"})
    assert (answer.content.id, answer.content.subject) == (139, "Your link")
    assert (server.requests[0].method, server.requests[0].path) == ("PUT", "/v1/transactional/3/content/139")
    assert server.requests[0].json() == {"subject": "Your link"}
