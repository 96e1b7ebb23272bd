"""Transactional request objects: exact payloads, attachments, validation before sending, safe repr."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest

from customerio import (
    MissingParamError,
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
)

ID = {"id": "2"}
TEMPLATE_ONLY = [
    SendSMSRequest,
    SendWhatsAppRequest,
    SendInboxMessageRequest,
    SendInAppRequest,
    SendPushRequest,
]


def test_email_from_template_minimal_payload() -> None:
    """A template email sends to, identifiers, headers {} and the template id, nothing else."""
    req = SendEmailRequest(to="a@example.com", identifiers=ID, transactional_message_id="welcome")
    assert req.message == {
        "to": "a@example.com",
        "identifiers": {"id": "2"},
        "headers": {},
        "transactional_message_id": "welcome",
    }


def test_email_every_field() -> None:
    """Every documented email field reaches the payload under its wire name (from_ as from)."""
    req = SendEmailRequest(
        to="a@example.com",
        identifiers={"email": "a@example.com"},
        transactional_message_id=3,
        message_data={"when": dt.datetime(2025, 1, 1, tzinfo=dt.UTC), "n": 1},
        from_="x@y.io",
        subject="S",
        body="<p>B</p>",
        body_plain="B",
        body_amp="<amp>",
        preheader="P",
        reply_to="r@y.io",
        bcc="b@y.io",
        fake_bcc=False,
        headers={"X-Mailer": "me"},
        disable_message_retention=True,
        send_to_unsubscribed=False,
        tracked=True,
        queue_draft=False,
        send_at=dt.datetime(2025, 1, 1),
        disable_css_preprocessing=True,
        language="pt-BR",
    )
    assert req.message == {
        "to": "a@example.com",
        "identifiers": {"email": "a@example.com"},
        "transactional_message_id": 3,
        "message_data": {"when": 1735689600, "n": 1},
        "from": "x@y.io",
        "subject": "S",
        "body": "<p>B</p>",
        "body_plain": "B",
        "body_amp": "<amp>",
        "preheader": "P",
        "reply_to": "r@y.io",
        "bcc": "b@y.io",
        "fake_bcc": False,
        "headers": {"X-Mailer": "me"},
        "disable_message_retention": True,
        "send_to_unsubscribed": False,
        "tracked": True,
        "queue_draft": False,
        "send_at": 1735689600,
        "disable_css_preprocessing": True,
        "language": "pt-BR",
    }


def test_email_inline_without_template() -> None:
    """body, subject and from together make a valid email without a template."""
    req = SendEmailRequest(to="a@b.io", identifiers=ID, from_="f@b.io", subject="s", body="b")
    assert "transactional_message_id" not in req.message
    assert req.message["from"] == "f@b.io"


def test_email_without_template_or_inline_content_raises() -> None:
    """An email with neither a template nor inline content names transactional_message_id."""
    with pytest.raises(MissingParamError) as info:
        SendEmailRequest(to="a@b.io", identifiers=ID)
    assert info.value.param == "transactional_message_id"


@pytest.mark.parametrize(
    ("kwargs", "missing"),
    [
        ({"body": "b"}, "subject and from_"),
        ({"body": "b", "subject": "s"}, "from_"),
        ({"subject": "s", "from_": "f", "body": " "}, "body"),
    ],
)
def test_email_partial_inline_content_names_what_is_missing(kwargs: dict[str, Any], missing: str) -> None:
    """Inline content without all of body, subject and from_ raises naming the missing ones."""
    with pytest.raises(MissingParamError) as info:
        SendEmailRequest(to="a@b.io", identifiers=ID, **kwargs)
    assert info.value.param == missing


@pytest.mark.parametrize("to", [None, "", "  "])
def test_email_requires_to(to: Any) -> None:
    """An email without a recipient address raises MissingParamError("to")."""
    with pytest.raises(MissingParamError, match=r"^to is required"):
        SendEmailRequest(to=to, identifiers=ID, transactional_message_id=1)


@pytest.mark.parametrize("cls", [SendEmailRequest, *TEMPLATE_ONLY])
@pytest.mark.parametrize("identifiers", [None, {}])
def test_every_request_requires_identifiers(cls: Any, identifiers: Any) -> None:
    """No identifiers (None or {}) raises MissingParamError("identifiers") for every channel."""
    extra = {"to": "a@b.io"} if cls is SendEmailRequest else {}
    with pytest.raises(MissingParamError) as info:
        cls(identifiers=identifiers, transactional_message_id=1, **extra)
    assert info.value.param == "identifiers"


@pytest.mark.parametrize(
    ("identifiers", "error"),
    [
        ({"phone": "+1"}, ValueError),
        ({"id": 1, "email": "a@b.io"}, ValueError),
        ({"id": None}, MissingParamError),
        ({"email": ""}, MissingParamError),
        ({"email": 5}, TypeError),
        ({"id": 1.5}, TypeError),
        (["id", 1], TypeError),
    ],
)
def test_identifiers_must_be_exactly_one_known_identifier(identifiers: Any, error: type) -> None:
    """The identifiers hold exactly one of id, email or cio_id with a usable value (others would be dropped)."""
    with pytest.raises(error):
        SendSMSRequest(identifiers=identifiers, transactional_message_id=1)


@pytest.mark.parametrize("cls", TEMPLATE_ONLY)
@pytest.mark.parametrize("template", [None, "", " "])
def test_template_channels_require_a_template(cls: Any, template: Any) -> None:
    """Push, SMS, WhatsApp, inbox and in-app requests need a transactional_message_id."""
    with pytest.raises(MissingParamError) as info:
        cls(identifiers=ID, transactional_message_id=template)
    assert info.value.param == "transactional_message_id"


def test_push_every_field_and_device_as_custom_device() -> None:
    """Every push field reaches the payload; device is sent as custom_device, as the Node client does."""
    req = SendPushRequest(
        identifiers={"cio_id": "a3"},
        transactional_message_id="shipped",
        to="last_used",
        title="T",
        message="M",
        disable_message_retention=False,
        send_to_unsubscribed=True,
        queue_draft=False,
        message_data={"o": 1},
        send_at=1735689600,
        language="fr",
        image_url="https://i/x.png",
        link="app://o/1",
        sound="default",
        custom_data={"order": "1"},
        device={"token": "t", "platform": "ios", "last_used": dt.date(2025, 1, 1)},
        custom_payload={"ios": {"aps": {}}, "android": {"message": {}}},
    )
    assert req.message == {
        "identifiers": {"cio_id": "a3"},
        "transactional_message_id": "shipped",
        "to": "last_used",
        "title": "T",
        "message": "M",
        "disable_message_retention": False,
        "send_to_unsubscribed": True,
        "queue_draft": False,
        "message_data": {"o": 1},
        "send_at": 1735689600,
        "language": "fr",
        "image_url": "https://i/x.png",
        "link": "app://o/1",
        "sound": "default",
        "custom_data": {"order": "1"},
        "custom_device": {"token": "t", "platform": "ios", "last_used": 1735689600},
        "custom_payload": {"ios": {"aps": {}}, "android": {"message": {}}},
    }


@pytest.mark.parametrize(("device", "missing"), [({"platform": "ios"}, "token"), ({"token": "t"}, "platform")])
def test_push_device_needs_token_and_platform(device: dict[str, Any], missing: str) -> None:
    """A custom device without token or platform raises naming the missing key."""
    with pytest.raises(MissingParamError, match=f"device.{missing}"):
        SendPushRequest(identifiers=ID, transactional_message_id=1, device=device)


def test_sms_whatsapp_inbox_in_app_fields() -> None:
    """SMS, WhatsApp (from_ as from), inbox and in-app requests send exactly their documented fields."""
    common = {"message_data": {"k": "v"}, "send_at": 5, "language": "de", "queue_draft": True}
    sms = SendSMSRequest(identifiers=ID, transactional_message_id=1, to="+1", send_to_unsubscribed=False, **common)
    assert sms.message == {
        "identifiers": ID,
        "transactional_message_id": 1,
        "to": "+1",
        "send_to_unsubscribed": False,
        **common,
    }
    wa = SendWhatsAppRequest(identifiers=ID, transactional_message_id=1, to="+1", from_="+2", tracked=False)
    assert wa.message == {
        "identifiers": ID,
        "transactional_message_id": 1,
        "to": "+1",
        "from": "+2",
        "tracked": False,
    }
    for cls in (SendInboxMessageRequest, SendInAppRequest):
        req = cls(identifiers=ID, transactional_message_id="t", disable_message_retention=True, **common)
        assert req.message == {
            "identifiers": ID,
            "transactional_message_id": "t",
            "disable_message_retention": True,
            **common,
        }


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"to": 5}, TypeError),
        ({"queue_draft": "yes"}, TypeError),
        ({"send_at": "tomorrow"}, TypeError),
        ({"send_at": True}, TypeError),
        ({"message_data": ["a"]}, TypeError),
        ({"message_data": {"x": object()}}, TypeError),
        ({"language": 1}, TypeError),
    ],
)
def test_wrongly_typed_fields_raise_type_error(kwargs: dict[str, Any], error: type) -> None:
    """A field of the wrong type raises TypeError when the request is built."""
    with pytest.raises(error):
        SendSMSRequest(identifiers=ID, transactional_message_id=1, **kwargs)


def test_message_is_a_copy() -> None:
    """Changing the returned message does not change the request."""
    req = SendSMSRequest(identifiers=ID, transactional_message_id=1, message_data={"a": 1})
    req.message["message_data"]["a"] = 2
    req.message["to"] = "x"
    assert req.message == {"identifiers": ID, "transactional_message_id": 1, "message_data": {"a": 1}}


def test_caller_mapping_is_not_shared() -> None:
    """Mutating the caller's dict after building the request does not change the payload."""
    data = {"a": 1}
    req = SendInAppRequest(identifiers=ID, transactional_message_id=1, message_data=data)
    data["a"] = 2
    assert req.message["message_data"] == {"a": 1}


def test_attach_encodes_str_as_utf8_and_bytes_as_is() -> None:
    """Attaching base64-encodes str content as UTF-8 and bytes unchanged; encode=False keeps base64 text."""
    req = SendEmailRequest(to="a@b.io", identifiers=ID, transactional_message_id=1)
    req.attach("hello.txt", "héllo")
    req.attach("blob.bin", bytes(range(4)))
    req.attach("ready.pdf", "JVBERi0xLjQK", encode=False)
    req.attach("ready2.pdf", b"JVBERi0xLjQK", encode=False)
    attachments = req.message["attachments"]
    assert base64.b64decode(attachments["hello.txt"]) == "héllo".encode()
    assert attachments["blob.bin"] == "AAECAw=="
    assert attachments["ready.pdf"] == "JVBERi0xLjQK"
    assert attachments["ready2.pdf"] == "JVBERi0xLjQK"


def test_attach_duplicate_name_raises() -> None:
    """Attaching a second file under the same name raises ValueError and keeps the first."""
    req = SendEmailRequest(to="a@b.io", identifiers=ID, transactional_message_id=1)
    req.attach("a.txt", "one")
    with pytest.raises(ValueError, match="already exists"):
        req.attach("a.txt", "two")
    assert req.message["attachments"] == {"a.txt": base64.b64encode(b"one").decode()}


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        (None, "x", TypeError),
        ("", "x", MissingParamError),
        ("a.txt", 5, TypeError),
        ("a.txt", None, TypeError),
    ],
)
def test_attach_validation(name: Any, content: Any, error: type) -> None:
    """A missing name or content that is neither str nor bytes raises."""
    req = SendEmailRequest(to="a@b.io", identifiers=ID, transactional_message_id=1)
    with pytest.raises(error):
        req.attach(name, content)


def test_repr_hides_bodies_and_identifier_values() -> None:
    """The repr shows the class, template id and identifier kinds only: no body, data, address or attachment."""
    req = SendEmailRequest(
        to="secret@b.io",
        identifiers={"email": "secret@b.io"},
        transactional_message_id="welcome",
        body="SECRET BODY",
        message_data={"token": "SECRET"},
    )
    req.attach("file.txt", "SECRET FILE")
    text = repr(req)
    assert text == "SendEmailRequest(transactional_message_id='welcome', identifiers=['email'])"
    assert "SECRET" not in text
    assert "secret" not in text


def test_unknown_keyword_is_a_type_error() -> None:
    """A misspelt field is refused by the constructor rather than silently dropped."""
    with pytest.raises(TypeError):
        SendSMSRequest(identifiers=ID, transactional_message_id=1, too="+1")  # type: ignore[call-arg]


def test_header_and_custom_data_values_must_be_text() -> None:
    """Email headers and push custom_data are maps of strings: a None or number raises TypeError before sending."""
    with pytest.raises(TypeError, match=r"headers\['X-Tag'\] must be a str"):
        SendEmailRequest(
            to="a@example.com", identifiers={"id": "1"}, transactional_message_id="1", headers={"X-Tag": None}
        )
    with pytest.raises(TypeError, match=r"custom_data\['n'\] must be a str"):
        SendPushRequest(identifiers={"id": "1"}, transactional_message_id="1", custom_data={"n": 1})
