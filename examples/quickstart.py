"""What a real integration does, with the sync clients: people, events, devices, messages, exports.

Run it with ``make demo`` (against a local mock) or with real credentials in the environment.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import httpx
from _common import Report, pick_mock_page, settings

from customerio import APIClient, BulkResult, IdentifierType, SendEmailRequest, TrackClient


def main() -> int:
    """Run every step, print what went over the wire, and return the exit status."""
    config, report = settings(), Report()
    print(f"customerio-py quickstart (sync) against {config.target}\n")
    hooks: dict[str, list[Callable[..., Any]]] = {"response": [report.on_response]}
    hooks["request"] = [pick_mock_page] if config.mock else []
    http = httpx.Client(event_hooks=hooks)
    cio = TrackClient(config.site_id, config.api_key, http_client=http, **config.track_kwargs())
    api = APIClient(config.app_key, http_client=http, **config.api_kwargs())

    def step(title: str, run: Callable[[], Any]) -> None:
        report.step(title)
        try:
            report.ok(run())
        except Exception as error:  # a demo reports every failure and carries on
            report.failed(title, error)

    signed_up = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    receipt = SendEmailRequest(
        to="ada@example.com",
        identifiers={"id": "42"},
        transactional_message_id="3",
        message_data={"name": "Ada", "total": "23.45"},
    )
    receipt.attach("receipt.txt", "Thank you for your order.\n")

    step(
        "identify a person (datetime attribute)",
        lambda: cio.identify(42, email="ada@example.com", created_at=signed_up),
    )
    step("track an event", lambda: cio.track(42, name="purchase", data={"price": 23.45}))
    step("track an anonymous event", lambda: cio.track_anonymous("visitor-7", name="viewed_pricing"))
    step(
        "track an invite event",
        lambda: cio.track_anonymous(None, name="invite", data={"recipient": "bo@example.com"}),
    )
    step("track a page view", lambda: cio.track_page_view(42, "https://example.com/pricing"))
    step("add a device", lambda: cio.add_device(42, "device-token-1", "ios", {"last_used": signed_up}))
    step("delete the device", lambda: cio.delete_device(42, "device-token-1"))
    step(
        "merge two people",
        lambda: cio.merge_customers(IdentifierType.ID, "42", IdentifierType.EMAIL, "old@example.com"),
    )
    step("suppress", lambda: cio.suppress(43))
    step("unsuppress", lambda: cio.unsuppress(43))
    step(
        "v2 batch",
        lambda: cio.batch(
            [
                {
                    "type": "person",
                    "action": "identify",
                    "identifiers": {"id": "44"},
                    "attributes": {"plan": "pro"},
                },
                {"type": "person", "action": "event", "identifiers": {"id": "44"}, "name": "upgraded"},
            ]
        ),
    )
    step("bulk: a backfill of 5,000 events", lambda: backfill(cio, signed_up))
    step("send a transactional email with an attachment", lambda: api.send_email(receipt))
    step(
        "trigger a broadcast",
        lambda: api.trigger_broadcast(1, {"headline": "Spring sale"}, {"ids": ["42", "44"]}),
    )
    step("look a person up by email", lambda: api.get_customers_by_email("ada@example.com"))
    step("read a person's attributes", lambda: api.get_attributes(42))
    step("look a segment up", lambda: api.get_segment(7).segment)
    step("count its people", lambda: api.get_segment_customer_count(7).count)
    step(
        "walk its people across every page (2 per page)",
        lambda: [person.cio_id for person in api.iter_segment_membership(7, limit=2)],
    )
    step("create an export", lambda: api.create_customers_export({"segment": {"id": 7}}))
    step("download the export", lambda: api.download_export(1))

    cio.close()
    api.close()
    http.close()
    return report.finish()


def backfill(cio: TrackClient, at: dt.datetime) -> BulkResult:
    """Events packed into v2 batch requests of at most 500 KB, each sent as soon as it is full."""
    with cio.bulk(raise_on_error=True) as bulk:
        for order in range(5_000):
            bulk.track(1_000 + order % 100, name="imported_order", data={"order": order, "total": 9.5}, timestamp=at)
    return bulk.result


if __name__ == "__main__":
    sys.exit(main())
