"""People, objects and deliveries over real loopback HTTP: page walks of searches (POST) and lists (GET), replays."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from customerio import MissingParamError
from customerio.types import Activity, Message, ObjectIdentifiers, PersonIdentifiers

from .server import FaultServer, ok, status


def body(**fields: Any) -> bytes:
    """A JSON answer."""
    return json.dumps(fields).encode()


def queries(server: FaultServer) -> list[dict[str, list[str]]]:
    """The query string of every request the server got, parsed."""
    return [parse_qs(urlsplit(r.path).query) for r in server.requests]


async def collect(iterator: Any) -> list[Any]:
    """Every item of a sync or async iterator."""
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)


FILTER = {"and": [{"segment": {"id": 4}}, {"attribute": {"field": "plan", "operator": "eq", "value": "premium"}}]}


async def test_search_walk_posts_the_same_filter_with_each_cursor(rig: Any, server: FaultServer) -> None:
    """iter_search_customers sends the filter again on every page, the cursor in the query as `start`."""
    server.push(
        ok(body(identifiers=[{"id": "1", "cio_id": "c1"}, {"id": "2", "cio_id": "c2"}], ids=["1", "2"], next="p2")),
        ok(body(identifiers=[{"id": "3", "cio_id": "c3"}], ids=["3"], next="")),
    )
    r = rig(kind="app", max_retries=0)
    people = await collect(r.client.iter_search_customers(FILTER, limit=2))
    assert [p.id for p in people] == ["1", "2", "3"]
    assert all(isinstance(p, PersonIdentifiers) for p in people)
    assert [(q.method, urlsplit(q.path).path) for q in server.requests] == [("POST", "/v1/customers")] * 2
    assert queries(server) == [{"limit": ["2"]}, {"start": ["p2"], "limit": ["2"]}]
    assert [q.json() for q in server.requests] == [{"filter": FILTER}] * 2


async def test_a_search_is_replayed_after_a_server_error(rig: Any, server: FaultServer) -> None:
    """A search only reads: a 503 is retried (a send would not be), and the second answer is returned."""
    server.push(status(503), ok(body(identifiers=[{"id": "9", "cio_id": "c9"}], ids=["9"])))
    r = rig(kind="app", max_retries=2)
    page = await r.call("search_customers", {"segment": {"id": 4}})
    assert [p.id for p in page.identifiers] == ["9"]
    assert [q.method for q in server.requests] == ["POST", "POST"]
    assert server.requests[0].json() == server.requests[1].json() == {"filter": {"segment": {"id": 4}}}


async def test_find_objects_walk_and_lookup_replay(rig: Any, server: FaultServer) -> None:
    """iter_find_objects walks `identifiers`; get_customers_attributes (a POST lookup) is replayed after a 502."""
    ident = {"object_type_id": "1", "object_id": "acme", "cio_object_id": "o1"}
    server.push(ok(body(identifiers=[ident], ids=["acme"], next="n1")), ok(body(identifiers=[], ids=[])))
    r = rig(kind="app", max_retries=2)
    condition = {"object_attribute": {"field": "plan", "operator": "exists", "type_id": 1}}
    found = await collect(r.client.iter_find_objects(1, condition))
    assert [(o.object_id, o.cio_object_id) for o in found] == [("acme", "o1")]
    assert isinstance(found[0], ObjectIdentifiers)
    assert [q.json() for q in server.requests] == [{"object_type_id": 1, "filter": condition}] * 2
    assert queries(server) == [{}, {"start": ["n1"]}]

    server.reset()
    server.push(status(502), ok(body(customers=[{"id": "42", "attributes": {"plan": "premium"}}])))
    answer = await r.call("get_customers_attributes", ["42"])
    assert answer.customers[0].attributes["plan"] == "premium"
    assert len(server.requests) == 2


async def test_get_walks_of_activities_and_messages(rig: Any, server: FaultServer) -> None:
    """iter_activities and iter_customer_messages yield typed items and pass their options on every page."""
    activity = {"id": "a1", "type": "event", "name": "purchase", "timestamp": 1735689600}
    server.push(ok(body(activities=[activity], next="c1")), ok(body(activities=[{**activity, "id": "a2"}])))
    r = rig(kind="app", max_retries=0)
    activities = await collect(r.client.iter_activities(customer_id=42, id_type="id", deleted=False))
    assert [(a.id, type(a)) for a in activities] == [("a1", Activity), ("a2", Activity)]
    assert queries(server) == [
        {"deleted": ["false"], "customer_id": ["42"], "id_type": ["id"]},
        {"start": ["c1"], "deleted": ["false"], "customer_id": ["42"], "id_type": ["id"]},
    ]

    server.reset()
    message = {"id": "m1", "created": 1619137767, "metrics": {"sent": 1619137768}, "type": "email"}
    server.push(ok(body(messages=[message], next="c2")), ok(body(messages=[{**message, "id": "m2"}], next="")))
    messages = await collect(r.client.iter_customer_messages("a@b.io", id_type="email", start_ts=1700000000))
    assert [(m.id, type(m)) for m in messages] == [("m1", Message), ("m2", Message)]
    assert [urlsplit(q.path).path for q in server.requests] == ["/v1/customers/a%40b.io/messages"] * 2
    assert queries(server)[1] == {"id_type": ["email"], "start": ["c2"], "start_ts": ["1700000000"]}


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        ({}, MissingParamError, "filter is required"),
        ({"and": []}, ValueError, "filter.and must hold at least 1 item, not 0"),
        ({"or": [{"segment": {"id": 1}}, {"not": {"and": []}}]}, ValueError, r"filter.or\[1\].not.and must hold"),
        ({"segment": {"id": 1}, "attribute": {"field": "a", "operator": "exists"}}, ValueError, "exactly 1 key"),
    ],
)
async def test_broken_filters_never_reach_the_server(
    rig: Any, server: FaultServer, bad: Any, error: type[Exception], message: str
) -> None:
    """A filter its schema's counts forbid is refused before anything is sent, naming the place."""
    r = rig(kind="app", max_retries=0)
    with pytest.raises(error, match=message):
        await collect(r.client.iter_search_customers(bad))
    assert server.requests == []
