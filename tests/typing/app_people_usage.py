"""Type-checked (mypy --strict) use of the people, objects, activity, subscription and delivery reads."""

from __future__ import annotations

import datetime as dt

from customerio import APIClient, AsyncAPIClient, IdentifierType
from customerio.types import (
    Activity,
    ArchivedMessage,
    CustomerAttributes,
    Message,
    ObjectIdentifiers,
    ObjectType,
    PersonIdentifiers,
    Segment,
    SubscriptionTopic,
)


def people_and_objects(api: APIClient) -> list[str]:
    """Typed answers read without narrowing Unset where the documentation guarantees a field."""
    seen: list[str] = []
    audience = {"and": [{"segment": {"id": 4}}, {"attribute": {"field": "plan", "operator": "eq", "value": "pro"}}]}
    found: list[PersonIdentifiers] = api.search_customers(audience, limit=100).identifiers
    everyone: list[PersonIdentifiers] = list(api.iter_search_customers(audience, limit=1000))
    seen.extend(p.cio_id for p in found + everyone)
    people: list[CustomerAttributes] = api.get_customers_attributes(["42", 43]).customers
    segments: list[Segment] = api.get_customer_segments("a@b.io", IdentifierType.EMAIL).segments
    seen.extend(s.name for s in segments)
    activities: list[Activity] = list(api.iter_customer_activities(42, type="event", name="purchase"))
    everything: list[Activity] = api.list_activities(customer_id=42, id_type="id", deleted=False).activities
    seen.extend(f"{a.type_}@{a.timestamp}" for a in activities + everything)
    sent: list[Message] = list(api.iter_customer_messages(42, start_ts=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))
    seen.extend(m.id for m in sent)
    api.get_customer_relationships(42, limit=10)
    api.get_customer_subscription_preferences("a@b.io", id_type="email", language="fr")
    types: list[ObjectType] = api.list_object_types().types
    condition = {"object_attribute": {"field": "plan", "operator": "exists", "type_id": 1}}
    objects: list[ObjectIdentifiers] = list(api.iter_find_objects(1, condition))
    api.get_object_attributes(1, "acme", "object_id")
    api.get_object_relationships(1, "a3000011", id_type="cio_object_id")
    topics: list[SubscriptionTopic] = api.list_subscription_topics().topics
    link: str = api.get_subscription_center_token("a@b.io").url
    del people, types, objects, topics, link
    return seen


async def deliveries(api: AsyncAPIClient) -> list[str]:
    """The async twin takes the same arguments; walks are async iterators."""
    ids = [m.id async for m in api.iter_messages(type="email", metric="opened", campaign_id=3)]
    one: Message = (await api.get_message(ids[0], associations=True)).message
    archived: ArchivedMessage = (await api.get_archived_message(one.id)).archived_message
    del archived
    return ids
