"""Type-checked (mypy --strict) handling of reporting-webhook events, as a receiving application would write it."""

from __future__ import annotations

from customerio.types import (
    CustomerUnsubscribedEvent,
    EmailBouncedEvent,
    EmailClickedEvent,
    PushBouncedEvent,
    SmsRepliedEvent,
    Unset,
)
from customerio.webhooks import (
    GenericEvent,
    ReportingEvent,
    WebhookPayloadError,
    WebhookSignatureError,
    parse_event,
    verify_and_parse,
)


def describe(event: ReportingEvent) -> str:
    """Every event has its kind and time; isinstance narrows to a class with typed data."""
    kind: str | None = event.metric
    when: int | None = event.timestamp
    if isinstance(event, EmailBouncedEvent):
        reason: str = event.data.failure_message
        address: str = event.data.recipient
        return f"{address} bounced: {reason}"
    if isinstance(event, EmailClickedEvent):
        link_id: int = event.data.link_id
        return f"link {link_id} of {event.data.delivery_id} at {when}"
    if isinstance(event, PushBouncedEvent):
        return ", ".join(f"{r.device_id}: {r.failure_message}" for r in event.data.recipients)
    if isinstance(event, SmsRepliedEvent):
        return f"reply {event.data.inbound_event_id} to {event.data.to}"
    if isinstance(event, CustomerUnsubscribedEvent):
        email = event.data.identifiers.email
        return "unsubscribed" if email is None or isinstance(email, Unset) else f"{email} unsubscribed"
    if isinstance(event, GenericEvent):
        return f"{event.object_type}/{kind}: {event.reason}"
    return f"{event.object_type} {kind}"


def receive(secret: str, headers: dict[str, str], raw: bytes) -> tuple[int, str]:
    """A handler's status and log line: 401 for an unsigned request, 400 for a body that is no event."""
    try:
        event = verify_and_parse(secret, headers["X-CIO-Timestamp"], raw, headers.get("X-CIO-Signature"))
    except WebhookSignatureError:
        return 401, "unsigned"
    except WebhookPayloadError as exc:
        return 400, str(exc)
    return 200, describe(event)


def replay(stored: dict[str, object]) -> str:
    """A stored event (already parsed JSON) parses again."""
    return describe(parse_event(stored, strict=True))
