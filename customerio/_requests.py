"""Transactional message requests: what ``APIClient.send_*`` sends, validated when it is built.

Each class takes the fields Customer.io documents for its channel as keywords (``from_`` stands for
``from``; ``None`` leaves a field out) and exposes the exact JSON payload as :attr:`message`, built the
way the official Node client builds it. A request that can never be valid raises when it is created, so
nothing is sent.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from ._exceptions import MissingParamError
from ._payload import is_blank, json_object, required_text, timestamp

Identifiers = Mapping[str, str | int]
Time = int | dt.datetime | dt.date

_IDENTIFIER_KEYS = ("id", "email", "cio_id")


def _identifiers(value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"identifiers must be a mapping (dict), not {type(value).__name__}")
    unknown = sorted(str(key) for key in value if key not in _IDENTIFIER_KEYS)
    if unknown:
        raise ValueError(f'identifiers accepts only "id", "email" or "cio_id", not {unknown}')
    if len(value) != 1:
        raise ValueError(f"identifiers must hold exactly one of id, email or cio_id, not {sorted(value)}")
    ((key, item),) = value.items()
    if key == "id":
        required_text("identifiers.id", item)
    elif not isinstance(item, str):
        raise TypeError(f"identifiers.{key} must be a str, not {type(item).__name__}")
    elif not item.strip():
        raise MissingParamError(f"identifiers.{key}")
    return {key: item}


def _template_id(value: object) -> str | int:
    required_text("transactional_message_id", value)
    assert isinstance(value, (str, int))
    return value


def _text(name: str) -> Callable[[object], str]:
    def convert(value: object) -> str:
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")
        return value

    return convert


def _flag(name: str) -> Callable[[object], bool]:
    def convert(value: object) -> bool:
        if not isinstance(value, bool):
            raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
        return value

    return convert


def _send_at(value: object) -> int:
    if isinstance(value, (dt.datetime, dt.date)):
        return timestamp(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"send_at must be unix seconds (int) or a datetime, not {type(value).__name__}")
    return value


def _object(name: str) -> Callable[[object], dict[str, Any]]:
    return lambda value: json_object(name, value)


def _text_map(name: str) -> Callable[[object], dict[str, Any]]:
    def convert(value: object) -> dict[str, Any]:
        mapping = json_object(name, value)
        for key, item in mapping.items():
            if not isinstance(item, str):
                raise TypeError(f"{name}[{key!r}] must be a str, not {type(item).__name__}")
        return mapping

    return convert


def _device(value: object) -> dict[str, Any]:
    device = json_object("device", value)
    for key in ("token", "platform"):
        if is_blank(device.get(key)):
            raise MissingParamError(f"device.{key}")
    return device


# Wire name -> converter (validates the caller's value and returns its JSON form).
_CONVERTERS: dict[str, Callable[[object], Any]] = {
    "identifiers": _identifiers,
    "transactional_message_id": _template_id,
    "send_at": _send_at,
    "custom_device": _device,
    **{key: _text(key) for key in ("to", "subject", "body", "body_plain", "body_amp", "preheader")},
    **{key: _text(key) for key in ("reply_to", "bcc", "language", "title", "message", "image_url")},
    **{key: _text(key) for key in ("link", "sound")},
    "from": _text("from_"),
    **{key: _object(key) for key in ("message_data", "custom_payload")},
    **{key: _text_map(key) for key in ("headers", "custom_data")},
    **{
        key: _flag(key)
        for key in (
            "fake_bcc",
            "disable_message_retention",
            "send_to_unsubscribed",
            "tracked",
            "queue_draft",
            "disable_css_preprocessing",
        )
    },
}


class _SendRequest:
    """Shared behaviour of the transactional requests: the payload, its copy, a safe ``repr``."""

    __slots__ = ("_message",)

    #: Fields without which the request can never be valid (wire names).
    _required: ClassVar[tuple[str, ...]] = ("identifiers", "transactional_message_id")

    def __init__(self, fields: dict[str, Any]) -> None:
        for key in self._required:
            if is_blank(fields.get(key)) or fields.get(key) == {}:
                raise MissingParamError(key)
        self._message: dict[str, Any] = {
            key: _CONVERTERS[key](value) for key, value in fields.items() if value is not None
        }

    @property
    def message(self) -> dict[str, Any]:
        """The exact JSON payload sent to the API (a copy: changing it does not change the request)."""
        return copy.deepcopy(self._message)

    def __repr__(self) -> str:
        # Bodies, data and attachments stay out of logs; identifier values may be personal data.
        return (
            f"{type(self).__name__}("
            f"transactional_message_id={self._message.get('transactional_message_id')!r}, "
            f"identifiers={sorted(self._message.get('identifiers', {}))!r})"
        )


class SendEmailRequest(_SendRequest):
    """A transactional email from a template (``transactional_message_id``) or inline content.

    Inline content needs ``body``, ``subject`` and ``from_`` together.

    ``headers`` is sent as ``{}`` when not given, as the Node client does; :meth:`attach` adds files.
    ``send_at`` takes unix seconds or a datetime.
    """

    __slots__ = ()
    _required = ("to", "identifiers")

    def __init__(
        self,
        *,
        to: str,
        identifiers: Identifiers,
        transactional_message_id: str | int | None = None,
        message_data: Mapping[str, Any] | None = None,
        from_: str | None = None,
        subject: str | None = None,
        body: str | None = None,
        body_plain: str | None = None,
        body_amp: str | None = None,
        preheader: str | None = None,
        reply_to: str | None = None,
        bcc: str | None = None,
        fake_bcc: bool | None = None,
        headers: Mapping[str, str] | None = None,
        disable_message_retention: bool | None = None,
        send_to_unsubscribed: bool | None = None,
        tracked: bool | None = None,
        queue_draft: bool | None = None,
        send_at: Time | None = None,
        disable_css_preprocessing: bool | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            {
                "to": to,
                "identifiers": identifiers,
                "headers": {} if headers is None else headers,
                "message_data": message_data,
                "preheader": preheader,
                "reply_to": reply_to,
                "bcc": bcc,
                "body_plain": body_plain,
                "body_amp": body_amp,
                "fake_bcc": fake_bcc,
                "disable_message_retention": disable_message_retention,
                "send_to_unsubscribed": send_to_unsubscribed,
                "tracked": tracked,
                "queue_draft": queue_draft,
                "send_at": send_at,
                "disable_css_preprocessing": disable_css_preprocessing,
                "language": language,
                "transactional_message_id": transactional_message_id,
                "from": from_,
                "subject": subject,
                "body": body,
            }
        )
        if "transactional_message_id" not in self._message:
            inline = {"body": body, "subject": subject, "from_": from_}
            missing = [name for name, value in inline.items() if is_blank(value)]
            if len(missing) == len(inline):
                raise MissingParamError("transactional_message_id")
            if missing:
                raise MissingParamError(" and ".join(missing))

    def attach(self, name: str, content: str | bytes, encode: bool = True) -> None:
        """Attach a file under ``name`` (e.g. ``"receipt.pdf"``; each name at most once).

        ``content`` is base64-encoded for you: ``bytes`` as they are, ``str`` as UTF-8. With
        ``encode=False`` it must already be base64 text and is sent unchanged.
        """
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not {type(name).__name__}")
        if not name.strip():
            raise MissingParamError("name")
        attachments: dict[str, str] = self._message.setdefault("attachments", {})
        if name in attachments:
            raise ValueError(f"attachment {name!r} already exists")
        if isinstance(content, (bytes, bytearray, memoryview)):
            data = bytes(content)
            attachments[name] = base64.b64encode(data).decode("ascii") if encode else data.decode("ascii")
        elif isinstance(content, str):
            attachments[name] = base64.b64encode(content.encode()).decode("ascii") if encode else content
        else:
            raise TypeError(f"content must be str or bytes, not {type(content).__name__}")


class SendPushRequest(_SendRequest):
    """A transactional push notification from a template; ``device`` is sent as ``custom_device``.

    ``device`` (``token``, ``platform``, optional ``last_used`` and ``attributes``) targets a device not
    on the person's profile; ``custom_payload`` (``{"ios": ..., "android": ...}``) replaces the template.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        identifiers: Identifiers,
        transactional_message_id: str | int,
        to: str | None = None,
        title: str | None = None,
        message: str | None = None,
        disable_message_retention: bool | None = None,
        send_to_unsubscribed: bool | None = None,
        queue_draft: bool | None = None,
        message_data: Mapping[str, Any] | None = None,
        send_at: Time | None = None,
        language: str | None = None,
        image_url: str | None = None,
        link: str | None = None,
        sound: str | None = None,
        custom_data: Mapping[str, str] | None = None,
        device: Mapping[str, Any] | None = None,
        custom_payload: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            {
                "identifiers": identifiers,
                "transactional_message_id": transactional_message_id,
                "to": to,
                "title": title,
                "message": message,
                "disable_message_retention": disable_message_retention,
                "send_to_unsubscribed": send_to_unsubscribed,
                "queue_draft": queue_draft,
                "message_data": message_data,
                "send_at": send_at,
                "language": language,
                "image_url": image_url,
                "link": link,
                "sound": sound,
                "custom_data": custom_data,
                "custom_device": device,
                "custom_payload": custom_payload,
            }
        )


class SendSMSRequest(_SendRequest):
    """A transactional SMS from a template; ``to`` defaults to the person's ``phone`` attribute."""

    __slots__ = ()

    def __init__(
        self,
        *,
        identifiers: Identifiers,
        transactional_message_id: str | int,
        to: str | None = None,
        disable_message_retention: bool | None = None,
        send_to_unsubscribed: bool | None = None,
        queue_draft: bool | None = None,
        message_data: Mapping[str, Any] | None = None,
        send_at: Time | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            {
                "identifiers": identifiers,
                "transactional_message_id": transactional_message_id,
                "to": to,
                "disable_message_retention": disable_message_retention,
                "send_to_unsubscribed": send_to_unsubscribed,
                "queue_draft": queue_draft,
                "message_data": message_data,
                "send_at": send_at,
                "language": language,
            }
        )


class SendWhatsAppRequest(_SendRequest):
    """A transactional WhatsApp message from a template; ``to``/``from_`` are E.164 phone numbers."""

    __slots__ = ()

    def __init__(
        self,
        *,
        identifiers: Identifiers,
        transactional_message_id: str | int,
        to: str | None = None,
        from_: str | None = None,
        tracked: bool | None = None,
        disable_message_retention: bool | None = None,
        send_to_unsubscribed: bool | None = None,
        queue_draft: bool | None = None,
        message_data: Mapping[str, Any] | None = None,
        send_at: Time | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            {
                "identifiers": identifiers,
                "transactional_message_id": transactional_message_id,
                "to": to,
                "from": from_,
                "tracked": tracked,
                "disable_message_retention": disable_message_retention,
                "send_to_unsubscribed": send_to_unsubscribed,
                "queue_draft": queue_draft,
                "message_data": message_data,
                "send_at": send_at,
                "language": language,
            }
        )


class _TemplateOnlyRequest(_SendRequest):
    __slots__ = ()

    def __init__(
        self,
        *,
        identifiers: Identifiers,
        transactional_message_id: str | int,
        disable_message_retention: bool | None = None,
        queue_draft: bool | None = None,
        message_data: Mapping[str, Any] | None = None,
        send_at: Time | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            {
                "identifiers": identifiers,
                "transactional_message_id": transactional_message_id,
                "disable_message_retention": disable_message_retention,
                "queue_draft": queue_draft,
                "message_data": message_data,
                "send_at": send_at,
                "language": language,
            }
        )


class SendInboxMessageRequest(_TemplateOnlyRequest):
    """A transactional inbox message (delivered to your web app) from a template."""

    __slots__ = ()


class SendInAppRequest(_TemplateOnlyRequest):
    """A transactional in-app message (rendered by the Customer.io mobile SDKs) from a template."""

    __slots__ = ()
