"""The payloads every client sends: identical bodies (~200 bytes of attributes) for a fair comparison."""

from __future__ import annotations

import base64
import json

SITE_ID = "bench-site-id"
API_KEY = "bench-api-key"
#: The Data Pipelines write key (W6).
WRITE_KEY = "bench-write-key"

#: W1 identify attributes: 200 bytes as compact JSON.
ATTRS = {
    "email": "person@example.com",
    "first_name": "Ada",
    "last_name": "Lovelace",
    "plan": "enterprise",
    "created_at": 1700000000,
    "company": "Analytical Engines Ltd",
    "country": "GB",
    "beta": True,
    "seats": 42,
    "ltv": 1234.5,
}

EVENT_NAME = "purchase"
#: W2 track event ``data``: about 200 bytes as compact JSON.
EVENT_DATA = {
    "order_id": "ord_0123456789",
    "price": 23.45,
    "currency": "EUR",
    "items": [{"sku": "sku-1", "qty": 1}, {"sku": "sku-2", "qty": 3}],
    "coupon": "WELCOME10",
    "channel": "web",
    "first_purchase": False,
    "ref": "newsletter",
}


def basic_auth() -> str:
    return "Basic " + base64.b64encode(f"{SITE_ID}:{API_KEY}".encode()).decode()


def dedupe_like_id() -> str:
    """A 26-character stand-in for the ULID our SDK adds to events (same body size for raw httpx)."""
    return "01JBENCH0000000000000000ID"


if __name__ == "__main__":
    print(len(json.dumps(ATTRS, separators=(",", ":"))), len(json.dumps(EVENT_DATA, separators=(",", ":"))))
    print(len(json.dumps(ATTRS)), len(json.dumps(EVENT_DATA)))


def write_json(path: str) -> None:
    """The same payloads for the Node worker."""
    with open(path, "w") as f:
        json.dump(
            {
                "site_id": SITE_ID,
                "api_key": API_KEY,
                "attrs": ATTRS,
                "event_name": EVENT_NAME,
                "event_data": EVENT_DATA,
            },
            f,
        )


def message(i: int) -> dict[str, object]:
    """One delivery as ``GET /v1/messages`` lists it (about 300 bytes as compact JSON): an email of a campaign."""
    return {
        "id": f"dgOq6QWq6QUBAAF4_{i:08d}",
        "msg_template_id": 43,
        "action_id": 215,
        "customer_id": str(i),
        "customer_identifiers": {"id": str(i), "email": f"p{i}@example.com"},
        "recipient": f"p{i}@example.com",
        "subject": "Your order has shipped",
        "metrics": {"sent": 1619137768, "delivered": 1619137770},
        "created": 1619137767,
        "campaign_id": 23,
        "type": "email",
        "forgotten": False,
    }


def messages_page(n: int) -> bytes:
    """A page of ``n`` deliveries with a next-page cursor, as compact JSON (the App API reads workload)."""
    page = {"messages": [message(i) for i in range(1, n + 1)], "next": "MTYxOTEzNzc2Nw=="}
    return json.dumps(page, separators=(",", ":")).encode()
