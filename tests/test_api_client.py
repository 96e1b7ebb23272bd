"""APIClient and AsyncAPIClient: wire format, validation, typed answers, error mapping, retry safety."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from customerio import (
    APIClient,
    AsyncAPIClient,
    BadRequestError,
    CustomerIOConnectionError,
    CustomerIOTimeoutError,
    IdentifierType,
    MissingParamError,
    NotFoundError,
    RateLimitError,
    RegionEU,
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
    ServerError,
    UnexpectedResponseError,
)
from customerio.types import (
    UNSET,
    CustomerAttributesResponse,
    CustomerByEmail,
    CustomersByEmailResponse,
    Export,
    ExportDownloadResponse,
    ExportResponse,
    ListExportsResponse,
    SendMessageResponse,
    TriggerBroadcastResponse,
)

from ._support import APP_KEY, call, close, no_sleep

US = "https://api.customer.io"
SENT = {"delivery_id": "RAABBCCDD", "queued_at": 1735689600}
EXPORT = {"id": 110, "type": "customers", "status": "done", "failed": False, "total": 3}


@pytest.fixture(params=["sync", "async"])
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """Factory of sync or async App clients with sleeping stubbed out; closes them afterwards."""
    made: list[Any] = []
    cls = APIClient if request.param == "sync" else AsyncAPIClient

    def factory(**kwargs: Any) -> Any:
        sleeps = kwargs.pop("_sleeps", None)
        client = cls(APP_KEY, **kwargs)
        no_sleep(client, sleeps)
        made.append(client)
        return client

    yield factory
    for client in made:
        await close(client)


@pytest.fixture
def mock() -> Any:
    with respx.mock(base_url=US, assert_all_called=False) as router:
        yield router


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


def email_request() -> SendEmailRequest:
    return SendEmailRequest(
        to="a@example.com", identifiers={"id": "2"}, transactional_message_id="3", message_data={"n": 1}
    )


# (method, request, path, exact JSON body) — what customerio-node 5.x sends for the same request.
SENDS = [
    (
        "send_email",
        email_request(),
        "/v1/send/email",
        {
            "to": "a@example.com",
            "identifiers": {"id": "2"},
            "transactional_message_id": "3",
            "message_data": {"n": 1},
            "headers": {},
        },
    ),
    (
        "send_push",
        SendPushRequest(
            identifiers={"cio_id": "a3"},
            transactional_message_id=12,
            title="Hi",
            device={"token": "fcm", "platform": "android", "attributes": {"v": "2"}},
            custom_payload={"ios": {"aps": {}}, "android": {}},
        ),
        "/v1/send/push",
        {
            "identifiers": {"cio_id": "a3"},
            "transactional_message_id": 12,
            "title": "Hi",
            "custom_device": {"token": "fcm", "platform": "android", "attributes": {"v": "2"}},
            "custom_payload": {"ios": {"aps": {}}, "android": {}},
        },
    ),
    (
        "send_sms",
        SendSMSRequest(identifiers={"id": 1}, transactional_message_id="code", to="+14155552671"),
        "/v1/send/sms",
        {"identifiers": {"id": 1}, "transactional_message_id": "code", "to": "+14155552671"},
    ),
    (
        "send_whatsapp",
        SendWhatsAppRequest(
            identifiers={"email": "s@example.io"}, transactional_message_id=7, from_="+1415", tracked=True
        ),
        "/v1/send/whatsapp",
        {
            "identifiers": {"email": "s@example.io"},
            "transactional_message_id": 7,
            "from": "+1415",
            "tracked": True,
        },
    ),
    (
        "send_inbox_message",
        SendInboxMessageRequest(identifiers={"id": "u"}, transactional_message_id="t", language="de"),
        "/v1/send/inbox_message",
        {"identifiers": {"id": "u"}, "transactional_message_id": "t", "language": "de"},
    ),
    (
        "send_in_app",
        SendInAppRequest(identifiers={"id": "u"}, transactional_message_id="t", queue_draft=False),
        "/v1/send/in_app",
        {"identifiers": {"id": "u"}, "transactional_message_id": "t", "queue_draft": False},
    ),
]


@pytest.mark.parametrize(("method", "req", "path", "expected"), SENDS, ids=[s[0] for s in SENDS])
async def test_send_wire_format_and_typed_answer(
    make: Any, mock: Any, method: str, req: Any, path: str, expected: dict[str, Any]
) -> None:
    """Each send_* POSTs the request's exact payload with bearer auth and returns a SendMessageResponse."""
    route = mock.post(path).respond(200, json=SENT)
    result = await call(make(), method, req)
    assert route.call_count == 1
    sent = route.calls.last.request
    assert sent.method == "POST"
    assert str(sent.url) == US + path
    assert sent.headers["Authorization"] == f"Bearer {APP_KEY}"
    assert sent.headers["User-Agent"].startswith("customerio-py/")
    assert sent.headers["Content-Type"] == "application/json"
    assert body_of(sent) == expected
    assert isinstance(result, SendMessageResponse)
    assert result.delivery_id == "RAABBCCDD"
    assert result.queued_at == 1735689600


async def test_send_email_inline_with_attachments(make: Any, mock: Any) -> None:
    """An inline email carries from/subject/body and its base64 attachments on the wire."""
    req = SendEmailRequest(
        to="a@example.com", identifiers={"email": "a@example.com"}, from_="x@y.io", subject="S", body="<p>B"
    )
    req.attach("a.txt", "hé")
    req.attach("b.bin", b"\x00\x01")
    route = mock.post("/v1/send/email").respond(200, json=SENT)
    await call(make(), "send_email", req)
    assert body_of(route.calls.last.request) == {
        "to": "a@example.com",
        "identifiers": {"email": "a@example.com"},
        "headers": {},
        "from": "x@y.io",
        "subject": "S",
        "body": "<p>B",
        "attachments": {"a.txt": "aMOp", "b.bin": "AAE="},
    }


@pytest.mark.parametrize("method", [s[0] for s in SENDS])
async def test_send_with_wrong_request_type_raises_type_error(make: Any, mock: Any, method: str) -> None:
    """Passing another channel's request (or a dict) to a send_* raises TypeError and sends nothing."""
    route = mock.route().respond(200, json=SENT)
    wrong = SendSMSRequest(identifiers={"id": 1}, transactional_message_id=1)
    if method == "send_sms":
        wrong = SendInAppRequest(identifiers={"id": 1}, transactional_message_id=1)  # type: ignore[assignment]
    client = make()
    with pytest.raises(TypeError, match="request must be a"):
        await call(client, method, wrong)
    with pytest.raises(TypeError):
        await call(client, method, {"identifiers": {"id": 1}, "transactional_message_id": 1})
    assert not route.called


# (data, recipients, body) — customerio-node 5.x triggerBroadcast rules.
BROADCASTS = [
    (None, None, {}),
    ({}, {}, {}),
    ({"headline": "Hi"}, None, {"data": {"headline": "Hi"}}),
    (None, {"segment": {"id": 3}}, {"recipients": {"segment": {"id": 3}}}),
    (
        {"a": 1},
        {"and": [{"segment": {"id": 3}}, {"not": {"attribute": {"field": "x", "operator": "exists"}}}]},
        {
            "data": {"a": 1},
            "recipients": {
                "and": [{"segment": {"id": 3}}, {"not": {"attribute": {"field": "x", "operator": "exists"}}}]
            },
        },
    ),
    (
        None,
        {"ids": ["u1", 2], "id_ignore_missing": True, "email_ignore_missing": True, "emails": ["a@b"]},
        {"ids": ["u1", 2], "id_ignore_missing": True},
    ),
    (
        None,
        {"ids": [], "emails": ["a@b"], "email_ignore_missing": False, "email_add_duplicates": True},
        {"emails": ["a@b"], "email_add_duplicates": True},
    ),
    (
        {"d": 1},
        {
            "per_user_data": [{"id": "u", "data": {"p": 1}}],
            "id_ignore_missing": True,
            "email_ignore_missing": True,
            "email_add_duplicates": False,
            "segment": {"id": 1},
        },
        {
            "data": {"d": 1},
            "per_user_data": [{"id": "u", "data": {"p": 1}}],
            "id_ignore_missing": True,
            "email_ignore_missing": True,
        },
    ),
    (
        None,
        {"data_file_url": "https://e.com/f.json", "email_add_duplicates": True},
        {"data_file_url": "https://e.com/f.json", "email_add_duplicates": True},
    ),
]


@pytest.mark.parametrize(("data", "recipients", "expected"), BROADCASTS)
async def test_trigger_broadcast_body_rules(
    make: Any, mock: Any, data: Any, recipients: Any, expected: dict[str, Any]
) -> None:
    """trigger_broadcast sends data only when non-empty and flattens the first selector with its own flags."""
    route = mock.post("/v1/campaigns/7/triggers").respond(200, json={"id": 3})
    result = await call(make(), "trigger_broadcast", 7, data, recipients)
    assert body_of(route.calls.last.request) == expected
    assert isinstance(result, TriggerBroadcastResponse)
    assert result.id == 3


async def test_trigger_broadcast_with_only_an_id_sends_empty_object(make: Any, mock: Any) -> None:
    """trigger_broadcast(1) POSTs {} to /v1/campaigns/1/triggers."""
    route = mock.post("/v1/campaigns/1/triggers").respond(200, json={"id": 1})
    await call(make(), "trigger_broadcast", 1)
    assert route.calls.last.request.content == b"{}"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((None,), MissingParamError),
        ((" ",), MissingParamError),
        ((1.5,), TypeError),
        ((1, ["not", "a", "dict"]), TypeError),
        ((1, None, "segment"), TypeError),
        ((1, None, {"segmnt": {"id": 3}}), ValueError),
        ((1, None, {"attribute": {"field": "x", "operator": "gt"}}), ValueError),
    ],
)
async def test_trigger_broadcast_validation(make: Any, mock: Any, args: tuple[Any, ...], error: type) -> None:
    """A missing id, a non-mapping data/recipients or a filter the API cannot read raise; nothing is sent."""
    route = mock.route().respond(200, json={"id": 1})
    with pytest.raises(error):
        await call(make(), "trigger_broadcast", *args)
    assert not route.called


async def test_get_customers_by_email_encodes_like_encode_uri_component(make: Any, mock: Any) -> None:
    """The email is percent-encoded as encodeURIComponent does (+ as %2B, space as %20) and results typed."""
    route = mock.get("/v1/customers").respond(
        200, json={"results": [{"email": "a+b c@x.io", "id": None, "cio_id": "a3"}]}
    )
    result = await call(make(), "get_customers_by_email", "a+b c!@x.io")
    sent = route.calls.last.request
    assert sent.method == "GET"
    assert sent.url.raw_path == b"/v1/customers?email=a%2Bb%20c!%40x.io"
    assert sent.headers["Authorization"] == f"Bearer {APP_KEY}"
    assert isinstance(result, CustomersByEmailResponse)
    assert isinstance(result.results, list)
    person = result.results[0]
    assert isinstance(person, CustomerByEmail)
    assert person.cio_id == "a3"
    assert person.id is None


@pytest.mark.parametrize(
    ("email", "error"),
    [(None, MissingParamError), ("", MissingParamError), ("  ", MissingParamError), (5, TypeError)],
)
async def test_get_customers_by_email_validation(make: Any, mock: Any, email: Any, error: type) -> None:
    """A missing, blank or non-string email raises before anything is sent."""
    route = mock.route().respond(200, json={"results": []})
    with pytest.raises(error):
        await call(make(), "get_customers_by_email", email)
    assert not route.called


@pytest.mark.parametrize(
    ("args", "raw_path"),
    [
        ((42,), b"/v1/customers/42/attributes?id_type=id"),
        (("a@b.io", "email"), b"/v1/customers/a%40b.io/attributes?id_type=email"),
        (("a/b", IdentifierType.CIO_ID), b"/v1/customers/a%2Fb/attributes?id_type=cio_id"),
        ((0, IdentifierType.ID), b"/v1/customers/0/attributes?id_type=id"),
        ((7, None), b"/v1/customers/7/attributes?id_type=id"),
    ],
)
async def test_get_attributes_always_sends_id_type(
    make: Any, mock: Any, args: tuple[Any, ...], raw_path: bytes
) -> None:
    """get_attributes encodes the id into the path and always sends ?id_type= (id by default, and for None)."""
    route = mock.get(url__regex=r"/v1/customers/.+/attributes").respond(
        200,
        json={
            "customer": {
                "id": "42",
                "identifiers": {"id": "42"},
                "attributes": {"plan": "pro"},
                "timestamps": {"plan": 1},
                "unsubscribed": False,
                "devices": [{"id": "tok", "platform": "ios", "last_used": None}],
            }
        },
    )
    result = await call(make(), "get_attributes", *args)
    assert route.calls.last.request.url.raw_path == raw_path
    assert isinstance(result, CustomerAttributesResponse)
    assert result.customer is not UNSET
    assert result.customer.attributes["plan"] == "pro"  # type: ignore[union-attr,index]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((None,), MissingParamError),
        (("",), MissingParamError),
        ((1, "phone"), ValueError),
        ((1, 5), TypeError),
    ],
)
async def test_get_attributes_validation(make: Any, mock: Any, args: tuple[Any, ...], error: type) -> None:
    """An empty id or an id_type other than id/email/cio_id raises before anything is sent."""
    route = mock.route().respond(200, json={})
    with pytest.raises(error):
        await call(make(), "get_attributes", *args)
    assert not route.called


async def test_list_exports_typed(make: Any, mock: Any) -> None:
    """list_exports GETs /v1/exports and returns Export models."""
    route = mock.get("/v1/exports").respond(200, json={"exports": [EXPORT]})
    result = await call(make(), "list_exports")
    assert route.calls.last.request.url.raw_path == b"/v1/exports"
    assert isinstance(result, ListExportsResponse)
    assert isinstance(result.exports, list)
    assert isinstance(result.exports[0], Export)
    assert result.exports[0].status == "done"


async def test_list_exports_tolerates_null(make: Any, mock: Any) -> None:
    """{"exports": null} parses to exports=None instead of failing."""
    mock.get("/v1/exports").respond(200, json={"exports": None})
    result = await call(make(), "list_exports")
    assert isinstance(result, ListExportsResponse)
    assert result.exports is None


async def test_get_export_and_download_export(make: Any, mock: Any) -> None:
    """get_export and download_export GET the URL-encoded export path and return typed models."""
    one = mock.get("/v1/exports/110").respond(200, json={"export": EXPORT})
    dl = mock.get(url__regex=r"/v1/exports/.+/download").respond(200, json={"url": "https://dl/x.csv"})
    client = make()
    export = await call(client, "get_export", 110)
    link = await call(client, "download_export", "a b")
    assert one.called
    assert isinstance(export, ExportResponse)
    assert isinstance(export.export, Export)
    assert export.export.id == 110
    assert dl.calls.last.request.url.raw_path == b"/v1/exports/a%20b/download"
    assert isinstance(link, ExportDownloadResponse)
    assert link.url == "https://dl/x.csv"


@pytest.mark.parametrize("method", ["get_export", "download_export"])
@pytest.mark.parametrize(("value", "error"), [(None, MissingParamError), ("", MissingParamError), ("..", ValueError)])
async def test_export_id_validation(make: Any, mock: Any, method: str, value: Any, error: type) -> None:
    """A missing or unusable export id raises before anything is sent."""
    route = mock.route().respond(200, json={})
    with pytest.raises(error):
        await call(make(), method, value)
    assert not route.called


async def test_create_customers_export_body(make: Any, mock: Any) -> None:
    """create_customers_export POSTs {"filters": ...} and returns the new export."""
    filters = {"or": [{"segment": {"id": 3}}, {"attribute": {"field": "s", "operator": "eq", "value": "NM"}}]}
    route = mock.post("/v1/exports/customers").respond(200, json={"export": {**EXPORT, "status": "pending"}})
    result = await call(make(), "create_customers_export", filters)
    assert body_of(route.calls.last.request) == {"filters": filters}
    assert isinstance(result, ExportResponse)


async def test_create_customers_export_attributes(make: Any, mock: Any) -> None:
    """The attributes keyword adds extra columns; an empty list adds none; text or non-text names raise."""
    route = mock.post("/v1/exports/customers").respond(200, json={"export": EXPORT})
    filters = {"segment": {"id": 3}}
    await call(make(), "create_customers_export", filters, attributes=("plan", "email"))
    assert body_of(route.calls.last.request) == {"filters": filters, "attributes": ["plan", "email"]}
    await call(make(), "create_customers_export", filters, attributes=[])
    assert body_of(route.calls.last.request) == {"filters": filters}
    for bad in ("plan", [1], {"plan": 1}):
        with pytest.raises(TypeError):
            await call(make(), "create_customers_export", filters, attributes=bad)
    assert route.call_count == 2


@pytest.mark.parametrize(
    ("filters", "error"),
    [
        (None, MissingParamError),
        ({}, MissingParamError),
        ([1], TypeError),
        ({"segmnt": {"id": 1}}, ValueError),
    ],
)
async def test_create_customers_export_validation(make: Any, mock: Any, filters: Any, error: type) -> None:
    """Missing, empty, non-mapping or unreadable filters raise (a dropped key would export everyone)."""
    route = mock.route().respond(200, json={})
    with pytest.raises(error):
        await call(make(), "create_customers_export", filters)
    assert not route.called


async def test_create_deliveries_export_body(make: Any, mock: Any) -> None:
    """create_deliveries_export sends {newsletter_id, **options, **keywords}."""
    route = mock.post("/v1/exports/deliveries").respond(200, json={"export": EXPORT})
    result = await call(
        make(), "create_deliveries_export", 42, {"start": 1, "end": 2}, metric="opened", attributes=["plan"]
    )
    assert body_of(route.calls.last.request) == {
        "newsletter_id": 42,
        "start": 1,
        "end": 2,
        "metric": "opened",
        "attributes": ["plan"],
    }
    assert isinstance(result, ExportResponse)


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        ((None,), {}, MissingParamError),
        (("",), {}, MissingParamError),
        ((1, "opened"), {}, TypeError),
        ((1,), {"metric": "read"}, ValueError),
    ],
)
async def test_create_deliveries_export_validation(
    make: Any, mock: Any, args: tuple[Any, ...], kwargs: dict[str, Any], error: type
) -> None:
    """A missing newsletter id, non-mapping options or an unknown metric raise before sending."""
    route = mock.route().respond(200, json={})
    with pytest.raises(error):
        await call(make(), "create_deliveries_export", *args, **kwargs)
    assert not route.called


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (400, {"meta": {"error": "invalid template"}}, BadRequestError, "invalid template"),
        (422, {"meta": {"errors": ["a", "b"]}}, BadRequestError, "2 errors:\n  - a\n  - b"),
        (404, {"meta": {"error": "not found"}}, NotFoundError, "not found"),
        (502, "<html><body>Bad Gateway</body></html>", ServerError, "Unknown error"),
    ],
)
async def test_error_mapping(make: Any, mock: Any, status: int, body: Any, error: type, message: str) -> None:
    """Non-2xx answers raise the status's error with the Node client's message (HTML pages: Unknown error)."""
    content = body if isinstance(body, str) else json.dumps(body)
    mock.post("/v1/send/email").respond(status, text=content)
    with pytest.raises(error) as info:
        await call(make(), "send_email", email_request())
    assert info.value.status_code == status  # type: ignore[attr-defined]
    assert info.value.message == message  # type: ignore[attr-defined]
    assert APP_KEY not in str(info.value)


async def test_unreadable_success_body_raises_unexpected_response(make: Any, mock: Any) -> None:
    """A 200 whose body is not JSON raises UnexpectedResponseError."""
    mock.get("/v1/exports").respond(200, text="<html>")
    with pytest.raises(UnexpectedResponseError):
        await call(make(), "list_exports")


# (method, args, route method, path) — a send-type call and a read for the retry table.
ONCE = [
    ("send_email", (email_request(),), "POST", "/v1/send/email"),
    ("trigger_broadcast", (1,), "POST", "/v1/campaigns/1/triggers"),
    ("create_customers_export", ({"segment": {"id": 1}},), "POST", "/v1/exports/customers"),
    ("create_deliveries_export", (1,), "POST", "/v1/exports/deliveries"),
]
READS = [
    ("get_export", (1,), "GET", "/v1/exports/1"),
    ("list_exports", (), "GET", "/v1/exports"),
    ("get_customers_by_email", ("a@b.io",), "GET", "/v1/customers"),
    ("get_attributes", (1,), "GET", "/v1/customers/1/attributes"),
    ("download_export", (1,), "GET", "/v1/exports/1/download"),
]
OK = {"delivery_id": "d", "id": 1, "export": EXPORT, "exports": [], "results": [], "url": "u", "customer": {}}


@pytest.mark.parametrize(("method", "args", "verb", "path"), ONCE, ids=[c[0] for c in ONCE])
@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_sends_are_not_retried_on_server_errors(
    make: Any, mock: Any, method: str, args: tuple[Any, ...], verb: str, path: str, status: int
) -> None:
    """A 5xx on a send, trigger or new export is not replayed (it may have been processed): one call."""
    route = mock.route(method=verb, path=path).mock(side_effect=[httpx.Response(status), httpx.Response(200, json=OK)])
    with pytest.raises(ServerError):
        await call(make(), method, *args)
    assert route.call_count == 1


@pytest.mark.parametrize(("method", "args", "verb", "path"), ONCE + READS, ids=[c[0] for c in ONCE + READS])
@pytest.mark.parametrize("status", [429, 408])
async def test_unprocessed_statuses_are_retried_for_every_call(
    make: Any, mock: Any, method: str, args: tuple[Any, ...], verb: str, path: str, status: int
) -> None:
    """429 and 408 mean the request was not processed, so sends and reads alike are replayed."""
    sleeps: list[float] = []
    route = mock.route(method=verb, path=path).mock(
        side_effect=[httpx.Response(status, headers={"Retry-After": "2"}), httpx.Response(200, json=OK)]
    )
    await call(make(_sleeps=sleeps), method, *args)
    assert route.call_count == 2
    assert sleeps == [2.0]
    assert route.calls[1].request.headers["X-Retry-Count"] == "1"


@pytest.mark.parametrize(("method", "args", "verb", "path"), READS, ids=[c[0] for c in READS])
async def test_reads_are_retried_on_server_errors(
    make: Any, mock: Any, method: str, args: tuple[Any, ...], verb: str, path: str
) -> None:
    """A 503 on a GET is replayed and the retry's answer is returned."""
    route = mock.route(method=verb, path=path).mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json=OK)]
    )
    await call(make(), method, *args)
    assert route.call_count == 3


async def test_send_email_429_retried_then_rate_limit_error(make: Any, mock: Any) -> None:
    """A 429 on send_email is replayed max_retries times, then raises RateLimitError."""
    route = mock.post("/v1/send/email").respond(429, json={"meta": {"error": "slow down"}})
    with pytest.raises(RateLimitError):
        await call(make(max_retries=2), "send_email", email_request())
    assert route.call_count == 3


async def test_send_read_timeout_is_not_retried(make: Any, mock: Any) -> None:
    """A read timeout after a send went out is not replayed; it raises CustomerIOTimeoutError."""
    route = mock.post("/v1/send/email").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(CustomerIOTimeoutError):
        await call(make(), "send_email", email_request())
    assert route.call_count == 1


async def test_send_connect_error_is_retried(make: Any, mock: Any) -> None:
    """A failure to connect happened before sending, so even a send is replayed."""
    route = mock.post("/v1/send/email").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=SENT)]
    )
    result = await call(make(), "send_email", email_request())
    assert route.call_count == 2
    assert result.delivery_id == "RAABBCCDD"


async def test_read_timeout_on_get_is_retried(make: Any, mock: Any) -> None:
    """A read timeout on a GET is replayed; it raises only when every attempt failed."""
    route = mock.get("/v1/exports/1").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(CustomerIOConnectionError):
        await call(make(max_retries=1), "get_export", 1)
    assert route.call_count == 2


async def test_region_and_url_select_the_host(make: Any) -> None:
    """RegionEU uses api-eu.customer.io; url= overrides it with any root ending in /v1."""
    with respx.mock(assert_all_called=False) as router:
        eu = router.get("https://api-eu.customer.io/v1/exports").respond(200, json={"exports": []})
        local = router.get("http://127.0.0.1:4010/v1/exports").respond(200, json={"exports": []})
        await call(make(region=RegionEU), "list_exports")
        await call(make(region="eu", url="http://127.0.0.1:4010/v1/"), "list_exports")
    assert eu.call_count == 1
    assert local.call_count == 1


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"url": "http://127.0.0.1:4010"}, ValueError),
        ({"url": "ftp://x/v1"}, ValueError),
        ({"region": "mars"}, ValueError),
        ({"max_retries": -1}, ValueError),
        ({"timeout": 0}, ValueError),
    ],
)
async def test_constructor_validation(make: Any, kwargs: dict[str, Any], error: type) -> None:
    """A URL that is not an App root ending in /v1, an unknown region or bad retry/timeout settings raise."""
    with pytest.raises(error):
        make(**kwargs)


@pytest.mark.parametrize("key", [None, "", "  "])
async def test_blank_app_key_raises(make: Any, key: Any) -> None:
    """A missing app key raises MissingParamError("app_key")."""
    with pytest.raises(MissingParamError, match="app_key"):
        type(make())(key)


async def test_repr_hides_the_key(make: Any) -> None:
    """The client's repr shows the base URL, never the app key."""
    text = repr(make())
    assert APP_KEY not in text
    assert "https://api.customer.io" in text
