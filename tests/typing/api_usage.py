"""Type-checked (mypy --strict) use of the public App API and webhooks, as an application would write it."""

from __future__ import annotations

import asyncio
import datetime as dt

from customerio import (
    APIClient,
    AsyncAPIClient,
    CustomerIORequestError,
    IdentifierType,
    MissingParamError,
    PaginationError,
    RegionEU,
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
    raw_json,
)
from customerio.types import (
    CollectionContentItem,
    CustomerAttributesResponse,
    CustomersByEmailResponse,
    Export,
    ExportDownloadResponse,
    ExportResponse,
    ListExportsResponse,
    PersonIdentifiers,
    Segment,
    SegmentMembershipResponse,
    SendMessageResponse,
    TriggerBroadcastResponse,
    Unset,
)
from customerio.webhooks import verify_signature


def delivery_id(resp: SendMessageResponse) -> str | None:
    return None if isinstance(resp.delivery_id, Unset) else resp.delivery_id


def sync_usage(pdf: bytes) -> list[str]:
    ids: list[str] = []
    with APIClient("app key", region=RegionEU, timeout=5.0, max_retries=2) as api:
        email = SendEmailRequest(
            to="a@example.com",
            identifiers={"id": "2"},
            transactional_message_id="3",
            message_data={"name": "Person"},
            send_at=dt.datetime.now(dt.UTC),
        )
        email.attach("receipt.pdf", pdf)
        email.attach("note.txt", "hello", encode=True)
        sent: SendMessageResponse = api.send_email(email)
        ids.append(delivery_id(sent) or "")
        api.send_push(SendPushRequest(identifiers={"cio_id": "c"}, transactional_message_id=1, device={}))
        api.send_sms(SendSMSRequest(identifiers={"email": "a@b.io"}, transactional_message_id="code"))
        api.send_whatsapp(SendWhatsAppRequest(identifiers={"id": 1}, transactional_message_id=7, from_="+1"))
        api.send_inbox_message(SendInboxMessageRequest(identifiers={"id": 1}, transactional_message_id=1))
        api.send_in_app(SendInAppRequest(identifiers={"id": 1}, transactional_message_id=1))
        trigger: TriggerBroadcastResponse = api.trigger_broadcast(
            1, {"headline": "Hi"}, {"emails": ["a@b.io"], "email_ignore_missing": True}
        )
        if not isinstance(trigger.id, Unset):
            ids.append(str(trigger.id))
        people: CustomersByEmailResponse = api.get_customers_by_email("a@b.io")
        if not isinstance(people.results, Unset):
            ids.extend(p.cio_id for p in people.results if isinstance(p.cio_id, str))
        attrs: CustomerAttributesResponse = api.get_attributes("a@b.io", IdentifierType.EMAIL)
        # Documented fields are required in the schema: no narrowing of Unset at every step.
        person_id: str | int | None = api.get_attributes(42).customer.id
        plan = attrs.customer.attributes["plan"]
        del person_id, plan
        segment: Segment = api.get_segment(7).segment
        count: int = api.get_segment_customer_count(segment.id).count
        members: list[PersonIdentifiers] = list(api.iter_segment_membership(segment.id, limit=1000))
        page: SegmentMembershipResponse = api.get_segment_membership(7, start="abc", limit=10)
        ids.extend(m.cio_id for m in members + page.identifiers)
        api.create_segment({"name": "Beta", "description": "testers"})
        api.delete_segment(7)
        rows: list[CollectionContentItem] = api.get_collection_content(1)
        api.update_collection_content(1, [{"event": "launch"}])
        raw: object = raw_json(segment)
        del count, rows, raw
        listing: ListExportsResponse = api.list_exports()
        exports: list[Export] = [] if isinstance(listing.exports, (Unset, type(None))) else listing.exports
        ids.extend(str(e.id) for e in exports)
        created: ExportResponse = api.create_customers_export({"segment": {"id": 3}}, attributes=["plan"])
        api.create_deliveries_export(42, {"metric": "opened"}, drafts=False)
        api.get_export(110)
        link: ExportDownloadResponse = api.download_export("110")
        del created, link
    return ids


async def async_usage() -> None:
    async with AsyncAPIClient("app key", url="http://127.0.0.1:4010/v1") as api:
        try:
            resp = await api.send_sms(SendSMSRequest(identifiers={"id": "1"}, transactional_message_id=2))
            print(delivery_id(resp))
        except MissingParamError:
            raise
        except CustomerIORequestError as exc:
            print(exc.status_code, exc.message)
        await api.list_exports()
        try:
            async for member in api.iter_segment_membership(7):
                print(member.cio_id, member.email)
        except PaginationError:
            raise
        strict = AsyncAPIClient("app key", rate_limit=10, strict_responses=True)
        await strict.aclose()


def webhook_usage(headers: dict[str, str], raw: bytes) -> bool:
    return verify_signature("secret", headers["X-CIO-Timestamp"], raw, headers.get("X-CIO-Signature"), max_age=300)


if __name__ == "__main__":
    asyncio.run(async_usage())
