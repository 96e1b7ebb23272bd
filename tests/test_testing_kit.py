"""customerio.testing, used the way a user's own test suite uses it: the ``cio_mock`` fixture and the mock."""

from __future__ import annotations

import base64
import time

import httpx
import pytest

from customerio import (
    APIClient,
    AsyncAPIClient,
    AsyncPipelinesClient,
    AsyncTrackClient,
    BadRequestError,
    NotFoundError,
    PipelinesClient,
    RateLimitError,
    SendEmailRequest,
    TrackClient,
)
from customerio.testing import CustomerIOMock, Event, Identified, PipelinesMessage

pytest_plugins = ["pytester"]

SITE_ID = "site-123"
API_KEY = "track-secret-key-0001"
APP_KEY = "app-secret-key-0002"
WRITE_KEY = "pipelines-write-key-0003"
#: More attributes than identify accepts (the spec says at most 300): the SDK leaves that limit to the server.
TOO_MANY_ATTRIBUTES = {f"a{i}": i for i in range(301)}


def test_identify_and_track_are_recorded_in_readable_form(cio_mock: CustomerIOMock) -> None:
    """Identify and track through the sync client show up in identified and events_for, typed."""
    with TrackClient(SITE_ID, API_KEY) as cio:
        cio.identify(42, email="ada@example.com", plan="pro")
        cio.track(42, name="purchase", data={"price": 23.45}, timestamp=1713484800, id="evt-1")
        cio.track(7, name="other")
        cio.track_page_view(42, "https://example.com/pricing")

    assert cio_mock.identified == [Identified("42", {"email": "ada@example.com", "plan": "pro"})]
    assert cio_mock.events_for("42") == [
        Event("42", "purchase", {"price": 23.45}, 1713484800, "evt-1", "event"),
        Event("42", "https://example.com/pricing", {}, None, cio_mock.events[2].id, "page"),
    ]
    assert cio_mock.events_for(42) == cio_mock.events_for("42")
    assert [call.operation_id for call in cio_mock.calls] == ["identify", "track", "track", "track"]


async def test_async_clients_are_intercepted_too(cio_mock: CustomerIOMock) -> None:
    """The async Track and App clients are mocked the same way, without a server."""
    async with AsyncTrackClient(SITE_ID, API_KEY, region="eu") as cio:
        await cio.identify("ada@example.com", first_name="Ada")
        await cio.track_anonymous("anon-1", name="viewed", data={"page": "/"})
    async with AsyncAPIClient(APP_KEY) as api:
        sent = await api.send_email(
            SendEmailRequest(to="ada@example.com", identifiers={"id": "42"}, transactional_message_id=3)
        )

    assert cio_mock.identified == [Identified("ada@example.com", {"first_name": "Ada"})]
    assert [(event.anonymous_id, event.name) for event in cio_mock.anonymous_events] == [("anon-1", "viewed")]
    assert {call.host for call in cio_mock.calls} == {"track-eu.customer.io", "api.customer.io"}
    assert sent.delivery_id == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # the spec's documented example


async def test_the_mock_works_as_an_async_context_manager() -> None:
    """``async with CustomerIOMock()`` intercepts like ``with`` and checks violations on exit."""
    async with CustomerIOMock() as mock, AsyncTrackClient(SITE_ID, API_KEY) as cio:
        await cio.destroy(42)
    assert mock.deleted == ["42"]


def test_email_with_attachment_appears_in_emails_sent(cio_mock: CustomerIOMock) -> None:
    """A transactional email is recorded with its identifiers, template, data and attachments."""
    request = SendEmailRequest(
        to="ada@example.com",
        identifiers={"id": "42"},
        transactional_message_id="welcome",
        message_data={"name": "Ada"},
    )
    request.attach("receipt.txt", b"thanks")
    with APIClient(APP_KEY) as api:
        api.send_email(request)

    (email,) = cio_mock.emails_sent
    assert (email.channel, email.to, email.identifiers) == ("email", "ada@example.com", {"id": "42"})
    assert (email.transactional_message_id, email.message_data) == ("welcome", {"name": "Ada"})
    assert base64.b64decode(email.payload["attachments"]["receipt.txt"]) == b"thanks"
    assert cio_mock.messages_sent == [email]


def test_devices_deletions_broadcasts_and_v2_operations_are_recorded(cio_mock: CustomerIOMock) -> None:
    """add_device, destroy, trigger_broadcast and v2 batch/entity calls each have their typed view."""
    with TrackClient(SITE_ID, API_KEY) as cio:
        cio.add_device(42, "token-1", "ios", last_used=1713484800, app_version="2.3")
        cio.destroy(7)
        cio.batch(
            [
                {"type": "person", "identifiers": {"id": "42"}, "action": "identify", "attributes": {"a": 1}},
                {"type": "person", "identifiers": {"id": "43"}, "action": "delete"},
            ]
        )
        cio.entity(type="person", identifiers={"email": "b@example.com"}, action="suppress")
    with APIClient(APP_KEY) as api:
        api.trigger_broadcast(12, data={"headline": "Hi"}, recipients={"ids": ["42"]})

    (device,) = cio_mock.devices
    assert (device.customer_id, device.device_id, device.platform) == ("42", "token-1", "ios")
    assert (device.last_used, device.attributes) == (1713484800, {"app_version": "2.3"})
    assert cio_mock.deleted == ["7"]
    assert [(op.action, op.identifiers) for op in cio_mock.batches] == [
        ("identify", {"id": "42"}),
        ("delete", {"id": "43"}),
        ("suppress", {"email": "b@example.com"}),
    ]
    (trigger,) = cio_mock.broadcasts_triggered
    assert (trigger.broadcast_id, trigger.data, trigger.recipients) == ("12", {"headline": "Hi"}, {"ids": ["42"]})


def test_a_queued_429_is_retried_and_both_calls_are_recorded(cio_mock: CustomerIOMock) -> None:
    """respond("identify", 429, Retry-After: 0) then the example: the SDK retries at once and succeeds."""
    cio_mock.respond("identify", status=429, headers={"Retry-After": "0"})
    started = time.monotonic()
    with TrackClient(SITE_ID, API_KEY) as cio:
        cio.identify(42, email="ada@example.com")

    assert time.monotonic() - started < 2
    assert [call.status for call in cio_mock.calls_of("identify")] == [429, 200]
    assert cio_mock.calls[1].headers["x-retry-count"] == "1"
    assert cio_mock.identified == [Identified("42", {"email": "ada@example.com"})]  # accepted once


def test_queued_errors_reach_the_caller_as_typed_errors(cio_mock: CustomerIOMock) -> None:
    """Queued statuses and bodies are answered in order; errors the SDK does not retry are raised."""
    cio_mock.respond("get_attributes", status=404, json={"meta": {"error": "no such person"}})
    cio_mock.respond("send_email", status=429, headers={"Retry-After": "0"}, times=3)
    with APIClient(APP_KEY, max_retries=2) as api:
        with pytest.raises(NotFoundError) as not_found:
            api.get_attributes(42)
        with pytest.raises(RateLimitError):
            api.send_email(SendEmailRequest(to="a@example.com", identifiers={"id": "1"}, transactional_message_id=1))
        api.get_attributes(42)  # the queue is used up: the documented example again

    assert "no such person" in str(not_found.value)
    assert [call.status for call in cio_mock.calls] == [404, 429, 429, 429, 200]
    assert cio_mock.emails_sent == []  # never accepted


def test_a_non_conforming_sdk_call_gets_a_400_and_fails_the_test_at_exit() -> None:
    """A body field of the wrong type is answered 400 (the SDK raises) and leaving the mock raises."""
    with (  # noqa: PT012
        pytest.raises(AssertionError, match=r"identify.*too many properties"),
        CustomerIOMock() as mock,
        TrackClient(SITE_ID, API_KEY) as cio,
    ):
        with pytest.raises(BadRequestError, match="too many properties"):
            cio.identify(42, TOO_MANY_ATTRIBUTES)
        assert mock.identified == []
        assert mock.calls[0].status == 400


def test_a_non_conforming_raw_request_is_a_violation() -> None:
    """Any request to a Customer.io host is validated, e.g. one without credentials and with a bad body."""
    with pytest.raises(AssertionError) as failure, CustomerIOMock() as mock:  # noqa: PT012
        response = httpx.post("https://track.customer.io/api/v1/customers/42/events", json={"data": 1})
        assert response.status_code == 400
        assert [call.operation_id for call in mock.calls] == ["track"]
        assert mock.violations

    assert "1 request(s) did not conform" in str(failure.value)


def test_an_unknown_path_is_recorded_as_a_violation() -> None:
    """A path the spec does not have is answered 404, recorded without an operation, and fails at exit."""
    with (  # noqa: PT012
        pytest.raises(AssertionError, match="/v1/no_such_thing: the spec has no such path"),
        CustomerIOMock() as mock,
    ):
        response = httpx.get("https://api.customer.io/v1/no_such_thing", headers={"Authorization": "Bearer x"})
        assert response.status_code == 404
        assert mock.calls[0].operation_id is None
        assert [str(v) for v in mock.violations] == ["GET /v1/no_such_thing: the spec has no such path"]


def test_a_path_on_the_wrong_host_is_a_violation() -> None:
    """A Track path sent to the App API host (or the reverse) is reported even if its body conforms."""
    with pytest.raises(AssertionError, match="belongs to the track host"), CustomerIOMock():
        httpx.put(
            "https://api.customer.io/api/v1/customers/42",
            json={"email": "a@example.com"},
            auth=(SITE_ID, API_KEY),
        )


def test_a_url_override_is_intercepted_and_validated(cio_mock: CustomerIOMock) -> None:
    """Clients pointed at another root (a proxy, a local mock server) are intercepted all the same."""
    with TrackClient(SITE_ID, API_KEY, url="http://127.0.0.1:4010/api/v1") as cio:
        cio.identify(42, email="ada@example.com")
    cio_mock.add_base_url("https://proxy.example.com/customerio/v1")
    response = httpx.get("https://proxy.example.com/customerio/v1/exports", headers={"Authorization": "Bearer x"})

    assert response.json()["exports"][0]["id"] == 110  # the spec's example
    assert [(call.host, call.path) for call in cio_mock.calls] == [
        ("127.0.0.1", "/api/v1/customers/42"),
        ("proxy.example.com", "/v1/exports"),
    ]


def test_credentials_are_never_recorded_or_printed() -> None:
    """Authorization headers stay out of recorded calls and out of violation messages."""
    with (  # noqa: PT012
        pytest.raises(AssertionError) as failure,
        CustomerIOMock() as mock,
        TrackClient(SITE_ID, API_KEY) as cio,
    ):
        cio.identify(42, email="ada@example.com")
        with pytest.raises(BadRequestError):
            cio.identify(42, TOO_MANY_ATTRIBUTES)
        assert all("authorization" not in call.headers for call in mock.calls)
        assert API_KEY not in repr(mock.calls)

    assert API_KEY not in str(failure.value)
    assert base64.b64encode(f"{SITE_ID}:{API_KEY}".encode()).decode() not in str(failure.value)


def test_reset_forgets_calls_violations_and_queued_answers(cio_mock: CustomerIOMock) -> None:
    """After reset() the mock is as new: nothing recorded, nothing queued, no violation pending."""
    cio_mock.respond("identify", status=500)
    httpx.get("https://track.customer.io/nope")
    cio_mock.reset()
    with TrackClient(SITE_ID, API_KEY) as cio:
        cio.identify(42)

    assert [call.status for call in cio_mock.calls] == [200]
    assert cio_mock.violations == []


def test_respond_rejects_an_operation_the_spec_does_not_have(cio_mock: CustomerIOMock) -> None:
    """A misspelt operation id is an error at once, not a queued answer that never fires."""
    with pytest.raises(ValueError, match="unknown operation 'identfy'"):
        cio_mock.respond("identfy", status=500)


def test_requests_to_other_hosts_are_not_mocked(cio_mock: CustomerIOMock) -> None:
    """Only Customer.io (and the SDK's own requests) are taken; other hosts are left to respx's rules."""
    with pytest.raises(AssertionError, match="not mocked"):
        httpx.get("https://example.com/")
    assert cio_mock.calls == []


def test_the_fixture_fails_a_test_that_sends_a_non_conforming_request(pytester: pytest.Pytester) -> None:
    """With the plugin's cio_mock fixture, a non-conforming request errors the test at teardown."""
    pytester.makepyfile(
        """
        from customerio import TrackClient

        def test_good(cio_mock):
            with TrackClient("site", "key") as cio:
                cio.identify(1, email="a@example.com")
            assert cio_mock.identified[0].customer_id == "1"

        def test_bad(cio_mock):
            with TrackClient("site", "key") as cio:
                try:
                    cio.identify(1, {f"a{i}": i for i in range(301)})
                except Exception:
                    pass
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:asyncio")

    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*did not conform to the spec*", "*too many properties*"])


def test_pipelines_calls_are_recorded_as_typed_messages(cio_mock: CustomerIOMock) -> None:
    """Single calls, batches and bulk sends of the Data Pipelines client become PipelinesMessages, in order."""
    with PipelinesClient(WRITE_KEY) as cdp:
        cdp.identify(42, traits={"email": "ada@example.com"})
        cdp.track(42, event="Signed Up", properties={"plan": "pro"}, message_id="m-1")
        cdp.batch(
            [{"type": "page", "userId": "42", "name": "Pricing"}, {"type": "alias", "userId": "42", "previousId": "a"}]
        )
        with cdp.bulk() as bulk:
            bulk.group(42, group_id="acme", traits={"name": "Acme"})
            bulk.screen(anonymous_id="device-1", name="Home")

    messages = cio_mock.pipelines_messages
    assert [(m.type, m.user_id, m.anonymous_id) for m in messages] == [
        ("identify", "42", None),
        ("track", "42", None),
        ("page", "42", None),
        ("alias", "42", None),
        ("group", "42", None),
        ("screen", None, "device-1"),
    ]
    assert messages[0].traits == {"email": "ada@example.com"}
    (event,) = cio_mock.pipelines_events
    assert isinstance(event, PipelinesMessage)
    assert (event.event, event.properties, event.message_id) == ("Signed Up", {"plan": "pro"}, "m-1")
    assert event.context["library"]["name"] == "customerio-py"
    assert (messages[3].previous_id, messages[4].group_id, messages[2].name) == ("a", "acme", "Pricing")
    assert len(cio_mock.pipelines_messages_for(42)) == 5
    assert [c.operation_id for c in cio_mock.calls] == [
        "pipelines_identify", "pipelines_track", "pipelines_batch", "pipelines_batch"
    ]  # fmt: skip
    assert {c.host for c in cio_mock.calls} == {"cdp.customer.io"}
    assert all("authorization" not in c.headers for c in cio_mock.calls)


async def test_async_pipelines_client_in_the_eu_and_a_queued_429(cio_mock: CustomerIOMock) -> None:
    """The async client is intercepted on cdp-eu; a queued 429 is retried and the message recorded once."""
    cio_mock.respond("pipelines_track", status=429, headers={"Retry-After": "0"})
    async with AsyncPipelinesClient(WRITE_KEY, region="eu", strict_mode=True) as cdp:
        await cdp.track(anonymous_id="anon-1", event="Viewed")
    assert [(c.host, c.status) for c in cio_mock.calls] == [("cdp-eu.customer.io", 429), ("cdp-eu.customer.io", 200)]
    assert cio_mock.calls[0].headers["x-strict-mode"] == "1"
    assert [m.anonymous_id for m in cio_mock.pipelines_events] == ["anon-1"]


def test_a_pipelines_path_on_another_host_is_a_violation() -> None:
    """A Data Pipelines path sent to the App API host is reported even though its body conforms."""
    with pytest.raises(AssertionError, match="belongs to the cdp host"), CustomerIOMock():
        httpx.post(
            "https://api.customer.io/v1/track",
            json={"type": "track", "userId": "1", "event": "e"},
            auth=(WRITE_KEY, ""),
        )


def test_a_non_conforming_pipelines_request_is_a_violation() -> None:
    """A raw Data Pipelines request with an unknown key is answered 400 and fails the mock at exit."""
    with pytest.raises(AssertionError, match="pipelines_track"), CustomerIOMock() as mock:  # noqa: PT012
        response = httpx.post(
            "https://cdp.customer.io/v1/track",
            json={"type": "track", "userId": "1", "event": "e", "propertes": {}},
            auth=(WRITE_KEY, ""),
        )
        assert response.status_code == 400
        assert mock.pipelines_messages == []
