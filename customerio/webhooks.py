"""Reporting webhooks: checking that a request comes from Customer.io, and reading the event it carries.

Customer.io posts one JSON event per request to a reporting webhook, signed with the webhook's signing
key: the ``X-CIO-Signature`` header is the hex HMAC-SHA256 of ``v0:<X-CIO-Timestamp>:<raw request body>``.

>>> from customerio.types import EmailBouncedEvent
>>> from customerio.webhooks import verify_and_parse
>>> event = verify_and_parse(  # doctest: +SKIP
...     secret,
...     request.headers["X-CIO-Timestamp"],
...     request.body,  # the raw bytes, not parsed and re-serialised JSON
...     request.headers["X-CIO-Signature"],
... )
>>> if isinstance(event, EmailBouncedEvent):  # doctest: +SKIP
...     suppress(event.data.recipient, event.data.failure_message)

Every kind of event Customer.io documents parses into a class of its own (``EmailSentEvent``,
``SmsClickedEvent``, ``CustomerUnsubscribedEvent``... in :mod:`customerio.types`), whose ``object_type``
and ``metric`` are literal types, so ``isinstance`` or a comparison of ``metric`` narrows
:data:`ReportingEvent` to one class with its typed ``data``. An event of a kind this SDK does not know
yet, or whose body does not have its kind's documented shape, comes back as a :class:`GenericEvent`
rather than an exception: an error answer would make Customer.io retry the request and hold back the
webhook's later events. ``strict=True`` raises :class:`WebhookPayloadError` instead (for tests).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import operator
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import attrs

from ._exceptions import CustomerIOError, MissingParamError
from ._webhook_events import KINDS

__all__ = [
    "DEFAULT_MAX_AGE",
    "GenericEvent",
    "ReportingEvent",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "parse_event",
    "verify_and_parse",
    "verify_signature",
]

#: Version prefix of the signed string; Customer.io always uses ``v0``.
SIGNATURE_VERSION = "v0"

#: How old (or how far in the future) a request's timestamp may be for :func:`verify_and_parse`, in seconds.
DEFAULT_MAX_AGE = 300.0


class WebhookPayloadError(CustomerIOError, ValueError):
    """The webhook body is not a JSON object (with ``strict=True``: not a known, well-formed event either)."""


class WebhookSignatureError(CustomerIOError):
    """The request is not signed with this signing secret, or its timestamp is too old: do not trust it."""


@attrs.frozen
class GenericEvent:
    """A reporting-webhook event without a typed class: a kind this SDK does not know, or a malformed one.

    The fields every event has are read where they have their documented type (else ``None``);
    ``body`` is the event as sent, and ``reason`` says why it was not typed.
    """

    #: The channel (``email``, ``sms``...) or ``customer``.
    object_type: str | None
    #: What happened (``sent``, ``clicked``...).
    metric: str | None
    #: The event's unique id (repeated when Customer.io retries a request: use it to deduplicate).
    event_id: str | None
    #: When the event happened, in unix seconds.
    timestamp: int | None
    #: The event's ``data`` object (empty when it has none).
    data: dict[str, Any]
    #: The whole event, as sent.
    body: dict[str, Any]
    #: Why the event has no typed class (an unknown kind, or how its body differs from its kind's shape).
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """The event as sent (as a typed event's ``to_dict()`` gives its JSON object)."""
        return dict(self.body)


if TYPE_CHECKING:
    from ._webhook_events import TypedEvent

    #: Any event :func:`parse_event` returns: one of the typed events of :mod:`customerio.types`, or a
    #: :class:`GenericEvent`.
    ReportingEvent: TypeAlias = TypedEvent | GenericEvent


def verify_signature(
    signing_secret: str | bytes,
    timestamp: str | int,
    body: str | bytes,
    signature: str | None,
    *,
    max_age: float | None = None,
    now: float | None = None,
) -> bool:
    """True when ``signature`` is Customer.io's signature of ``body`` sent at ``timestamp``.

    The comparison takes constant time. A missing, empty or malformed ``signature`` gives ``False``
    rather than an error, so the value of a request header can be passed as it is. ``body`` must be the
    raw request body (``str`` is taken as UTF-8). With ``max_age`` (seconds), a timestamp further than
    that from ``now`` (default: the current time), in the past or the future, gives ``False`` too:
    this refuses replays of old requests. A blank ``signing_secret`` raises :class:`MissingParamError`.
    """
    if not signing_secret or (isinstance(signing_secret, str) and not signing_secret.strip()):
        raise MissingParamError("signing_secret")
    if not isinstance(signature, str) or not signature:
        return False
    if isinstance(timestamp, bool) or not isinstance(timestamp, (str, int)):
        return False
    stamp = str(timestamp)
    if not stamp.strip():
        return False
    if max_age is not None:
        try:
            sent = int(stamp)
        except ValueError:
            return False
        current = time.time() if now is None else now
        if abs(current - sent) > max_age:
            return False
    key = signing_secret.encode() if isinstance(signing_secret, str) else signing_secret
    raw = body.encode() if isinstance(body, str) else bytes(body)
    expected = hmac.new(key, f"{SIGNATURE_VERSION}:{stamp}:".encode() + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.strip().lower().encode("utf-8", "replace"))


def verify_and_parse(
    signing_secret: str | bytes,
    timestamp: str | int,
    body: str | bytes,
    signature: str | None,
    *,
    max_age: float | None = DEFAULT_MAX_AGE,
    now: float | None = None,
    strict: bool = False,
) -> ReportingEvent:
    """The event of a reporting-webhook request, once its signature is verified (:func:`verify_signature`).

    ``timestamp`` and ``signature`` are the ``X-CIO-Timestamp`` and ``X-CIO-Signature`` headers, as
    received; ``body`` is the raw request body. A request that is not signed with ``signing_secret``, or
    whose timestamp is more than ``max_age`` seconds away from ``now`` (``None``: no limit), raises
    :class:`WebhookSignatureError`; a verified body is read by :func:`parse_event`.
    """
    if not isinstance(body, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"body must be the raw request body (str or bytes), not {type(body).__name__}")
    if not verify_signature(signing_secret, timestamp, body, signature, max_age=max_age, now=now):
        raise WebhookSignatureError(
            "the request is not signed with this signing secret, or its X-CIO-Timestamp is too old or missing"
        )
    return parse_event(body, strict=strict)


def parse_event(
    body: bytes | bytearray | memoryview | str | Mapping[str, Any], *, strict: bool = False
) -> ReportingEvent:
    """The typed event of a reporting-webhook body (check its signature first: :func:`verify_and_parse`).

    ``body`` is the raw request body (bytes or UTF-8 text) or the JSON object already parsed. An event of
    a documented kind becomes its class (``EmailSentEvent``...); any other JSON object becomes a
    :class:`GenericEvent`, or raises :class:`WebhookPayloadError` with ``strict=True``. A body that is not
    JSON, or not a JSON object, raises :class:`WebhookPayloadError`; a value of another type ``TypeError``.
    """
    event = _json_object(body)
    metric, object_type = event.get("metric"), event.get("object_type")
    problems: list[str] = []
    for name in _kinds(object_type, metric):
        typed = _typed(name, event)
        if not isinstance(typed, str):
            return typed
        problems.append(f"not a {name}: {typed}")
    if problems:
        reason = "; ".join(problems)
    elif not isinstance(metric, str):
        reason = "the event has no metric"
    else:
        reason = f"no typed event for object_type {_short(object_type)} and metric {_short(metric)}"
    if strict:
        raise WebhookPayloadError(f"the webhook body is not a known event: {reason}")
    return GenericEvent(
        object_type=object_type if isinstance(object_type, str) else None,
        metric=metric if isinstance(metric, str) else None,
        event_id=_text(event.get("event_id")),
        timestamp=_whole(event.get("timestamp")),
        data=dict(event["data"]) if isinstance(event.get("data"), Mapping) else {},
        body=event,
        reason=reason,
    )


def _json_object(body: object) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    if not isinstance(body, (bytes, bytearray, memoryview, str)):
        raise TypeError(f"body must be bytes, str or a mapping, not {type(body).__name__}")
    # No message repeats the body: it holds people's addresses. Bytes are UTF-8 (RFC 8259), decoded here
    # rather than by json.loads, which would also guess UTF-16 and UTF-32.
    try:
        parsed = json.loads(body if isinstance(body, str) else bytes(body).decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise WebhookPayloadError("the webhook body is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise WebhookPayloadError(
            f"the webhook body is not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise WebhookPayloadError("the webhook body nests too deeply to be an event") from None
    if not isinstance(parsed, dict):
        raise WebhookPayloadError(f"the webhook body is {_json_kind(parsed)}, not a JSON object")
    return parsed


def _json_kind(value: object) -> str:
    if value is None:
        return "JSON null"
    if isinstance(value, bool):
        return "a JSON boolean"
    if isinstance(value, list):
        return "a JSON array"
    return "a JSON string" if isinstance(value, str) else "a JSON number"


def _kinds(object_type: object, metric: object) -> list[str]:
    """The typed classes an event may be, most specific first (an email's unsubscribe before a person's)."""
    if not isinstance(metric, str):
        return []
    found = [KINDS.get((object_type, metric)) if isinstance(object_type, str) else None, KINDS.get((None, metric))]
    return [name for name in found if name is not None]


def _typed(name: str, event: dict[str, Any]) -> ReportingEvent | str:
    """The event as the model ``name``, or why it is not one."""
    import customerio_openapi.models

    from ._models import check_types

    model = getattr(customerio_openapi.models, name)
    try:
        typed = model.from_dict(event)
        # The generated models do not check types at runtime: a text link_id would pass unnoticed.
        check_types(typed, "event")
    except KeyError as exc:
        return f"{exc.args[0]!r} is missing"
    except Exception as exc:  # the generated parsers fail with TypeError, ValueError, AttributeError...
        return f"{type(exc).__name__}: {exc}"
    return cast("ReportingEvent", typed)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        # ReportingEvent is a union of every event class: built (and the models imported) on first use.
        if name != "ReportingEvent":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import customerio_openapi.models

        classes = [getattr(customerio_openapi.models, model) for model in sorted(set(KINDS.values()))]
        value = functools.reduce(operator.or_, [*classes, GenericEvent])
        globals()[name] = value
        return value
