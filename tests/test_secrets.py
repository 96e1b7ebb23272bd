"""A sweep of every error path, repr and debug log line for credentials: none may ever appear."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from customerio import (
    APIClient,
    AsyncAPIClient,
    AsyncTrackClient,
    CustomerIOError,
    SendEmailRequest,
    SendPushRequest,
    TrackClient,
)

from ._support import API_KEY, APP_KEY, SITE_ID, call, close, no_sleep

BASIC = base64.b64encode(f"{SITE_ID}:{API_KEY}".encode()).decode()
SECRETS = (API_KEY, APP_KEY, BASIC, f"Bearer {APP_KEY}")

# Every way a call can end badly: statuses with each error body shape, transport failures, bad bodies.
FAILURES: list[tuple[str, Callable[[httpx.Request], httpx.Response]]] = [
    ("400 meta.error", lambda r: httpx.Response(400, json={"meta": {"error": "bad"}})),
    ("401 meta.errors", lambda r: httpx.Response(401, json={"meta": {"errors": ["a", "b"]}})),
    ("403 v2 errors", lambda r: httpx.Response(403, json={"errors": [{"message": "no"}]})),
    ("404 empty", lambda r: httpx.Response(404)),
    ("429 retry-after", lambda r: httpx.Response(429, headers={"Retry-After": "0"})),
    ("502 html", lambda r: httpx.Response(502, text="<html>bad gateway</html>")),
    ("200 not json", lambda r: httpx.Response(200, text="<html>")),
    ("redirect loop", lambda r: httpx.Response(307, headers={"Location": str(r.url)})),
    ("redirect off-domain", lambda r: httpx.Response(308, headers={"Location": "https://evil.example/x"})),
    ("echoes the auth header", lambda r: httpx.Response(500, text=r.headers.get("authorization", ""))),
]
FAULTS: list[Exception] = [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof")]


def _clients(flavour: str) -> tuple[Any, Any]:
    sync = flavour == "sync"
    track = (TrackClient if sync else AsyncTrackClient)(SITE_ID, API_KEY, max_retries=1)
    app = (APIClient if sync else AsyncAPIClient)(APP_KEY, max_retries=1)
    for client in (track, app):
        no_sleep(client)
    return track, app


CALLS: list[tuple[int, str, tuple[Any, ...], dict[str, Any]]] = [
    (0, "identify", (1,), {"email": "a@example.com"}),
    (0, "track", (1,), {"name": "e"}),
    (0, "get_account_region", (), {}),
    (
        1,
        "send_email",
        (SendEmailRequest(to="a@example.com", identifiers={"id": "1"}, transactional_message_id="1"),),
        {},
    ),
    (1, "get_customers_by_email", ("a@example.com",), {}),
    (1, "list_exports", (), {}),
]


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_no_credentials_anywhere(
    respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture, flavour: str
) -> None:
    """Across every failure of every kind of call: exceptions, reprs and DEBUG logs never show a credential."""
    caplog.set_level(logging.DEBUG)
    track, app = _clients(flavour)
    texts: list[str] = [repr(track), str(track), repr(app), str(app)]
    respx_mock.route(host="evil.example").respond(418)
    route = respx_mock.route(host__in=("track.customer.io", "api.customer.io"))
    outcomes = 0
    for name, answer in FAILURES:
        route.side_effect = answer
        for which, method, args, kwargs in CALLS:
            try:
                await call((track, app)[which], method, *args, **kwargs)
            except CustomerIOError as exc:
                texts += [str(exc), repr(exc), str(exc.args), str(vars(exc))]
                outcomes += 1
            else:
                texts.append(f"{name}: {method} succeeded")
    for fault in FAULTS:
        route.side_effect = fault
        for which, method, args, kwargs in CALLS:
            with pytest.raises(CustomerIOError) as info:
                await call((track, app)[which], method, *args, **kwargs)
            texts += [str(info.value), repr(info.value), str(vars(info.value))]
            outcomes += 1
    for bad in ({"email": object()}, {"email": b"x"}):
        with pytest.raises(TypeError) as type_error:
            await call(track, "identify", 1, **bad)
        texts.append(str(type_error.value))
    texts += [repr(SendPushRequest(identifiers={"id": "1"}, transactional_message_id="1", title=API_KEY))]
    texts += [record.getMessage() for record in caplog.records]
    assert outcomes >= len(CALLS) * len(FAULTS)
    assert any("retry" in t for t in texts)  # the debug log did run
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, text
    for client in (track, app):
        await close(client)
