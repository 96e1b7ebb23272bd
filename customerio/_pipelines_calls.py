"""Data Pipelines calls as pure functions: validate arguments, build Node's envelope, choose the policy.

Every message is built by :meth:`Envelope.message` (keyword calls) or :meth:`Envelope.wire_message` (items
in the API's own camelCase form): the required ids as customerio-node 5.x requires them, a ``messageId`` and a
``timestamp`` filled in when not given, and the client's context (with this library in ``context.library``)
merged under the call's. The client's calls then check the message through its generated model and send it;
the bulk sender (``_pipelines_bulk``) packs the same messages into ``/batch`` requests.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from customerio_openapi.types import UNSET

from ._core import Call, ignore_body
from ._exceptions import MissingParamError
from ._models import build
from ._payload import (
    is_blank,
    iso_8601,
    iso_now,
    json_object,
    json_text,
    non_empty_sequence,
    owned_json,
    uuid4_text,
)
from ._policy import Safety
from ._version import __version__

# Customer.io's documented limits ("A request is limited to 32KB. A batch request is limited to 500KB total and
# 32KB per call in the request"; customerio-pipelines-api.openapi.json, info.description, "Rate and payload
# limits"). A request over a limit is answered 200 and dropped, so the SDK refuses it before sending; it reads
# "KB" as 1,000 bytes, the smaller of the two readings, so no accepted request can be one Customer.io drops.
#: Largest single request and largest message in a batch, in bytes.
MAX_MESSAGE_BYTES = 32_000
#: Largest ``/batch`` request body, in bytes.
MAX_BATCH_BYTES = 500_000

#: The message types, in the order the API documents them.
KINDS = ("identify", "track", "page", "screen", "group", "alias")

#: ``context.library`` of every message this SDK sends (a call's own ``context.library`` wins).
LIBRARY = {"name": "customerio-py", "version": __version__}

# The spec's PipelinesTimestamp pattern: an RFC 3339 date-time with an upper-case T and a Z or an offset.
_TIMESTAMP = re.compile(
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?"
    r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
)

# The wire keys an item of each type may carry (``type`` aside): the spec's message schemas are closed, so a
# misspelt key ("userID", "propertes") is refused instead of being sent and ignored.
_COMMON = ("context", "integrations", "messageId", "timestamp", "sentAt", "originalTimestamp", "channel")
#: The values the API documents for a message's ``channel``.
CHANNELS = ("browser", "server", "mobile")
_WIRE_KEYS = {
    "identify": frozenset(("userId", "anonymousId", "traits", *_COMMON)),
    "track": frozenset(("userId", "anonymousId", "event", "properties", *_COMMON)),
    "page": frozenset(("userId", "anonymousId", "name", "category", "properties", *_COMMON)),
    "screen": frozenset(("userId", "anonymousId", "name", "category", "properties", *_COMMON)),
    "group": frozenset(("userId", "anonymousId", "groupId", "traits", *_COMMON)),
    "alias": frozenset(("userId", "previousId", *_COMMON)),
}


def _id(value: object, param: str) -> str | None:
    """An id as the API types it (text); a number becomes its decimal text, a blank one means "not given"."""
    if type(value) is str:  # the common case first: a bulk sender checks three ids per message
        return value if value and not value.isspace() else None
    if value is None or isinstance(value, str):
        return None if is_blank(value) else value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"{param} must be a str or an int, not {type(value).__name__}")


def _text(value: object, param: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{param} must be a str, not {type(value).__name__}")


def timestamp_text(value: object, param: str) -> str:
    """A message time as the API takes it: ISO 8601 text (a ``datetime`` or ``date`` converted, text checked)."""
    if isinstance(value, (dt.datetime, dt.date)):
        if not isinstance(value, dt.datetime):
            value = dt.datetime(value.year, value.month, value.day)
        return iso_8601(value)
    if not isinstance(value, str):
        raise TypeError(f"{param} must be a datetime, a date or ISO 8601 text, not {type(value).__name__}")
    if _TIMESTAMP.fullmatch(value):
        try:
            dt.datetime.fromisoformat(value)  # the pattern lets through impossible days (2024-02-30)
        except ValueError:
            pass
        else:
            return value
    raise ValueError(f"{param} must be an ISO 8601 date-time such as '2024-05-01T09:30:00.000Z', not {value!r}")


def _integrations(value: object, param: str) -> dict[str, bool]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{param} must be a mapping of destination names to True or False")
    out: dict[str, bool] = {}
    for name, enabled in value.items():
        if not isinstance(name, str) or not isinstance(enabled, bool):
            raise TypeError(f"{param} must map destination names (str) to True or False, not {name!r}: {enabled!r}")
        out[name] = enabled
    return out


def _object(value: object, param: str) -> dict[str, Any]:
    # Free-form traits and properties: any JSON, with datetimes written as ISO 8601 text.
    return owned_json(param, value, iso_8601)


def _identify_traits(traits: dict[str, Any], param: str) -> None:
    """The traits the API types: ``email`` (text) and ``createdAt`` (ISO 8601)."""
    if "email" in traits and not isinstance(traits["email"], str):
        raise TypeError(f"{param}.email must be a str, not {type(traits['email']).__name__}")
    if "createdAt" in traits:
        timestamp_text(traits["createdAt"], f"{param}.createdAt")


def _group_traits(traits: dict[str, Any], param: str) -> dict[str, Any]:
    """The group traits the API types: ``object_type_id`` (text; a number becomes text), ``relationshipAttributes``."""
    if "object_type_id" in traits:
        type_id = _id(traits["object_type_id"], f"{param}.object_type_id")
        if type_id is None:
            raise MissingParamError(f"{param}.object_type_id")
        if type_id != traits["object_type_id"]:
            traits = {**traits, "object_type_id": type_id}
    if "relationshipAttributes" in traits and not isinstance(traits["relationshipAttributes"], dict):
        raise TypeError(f"{param}.relationshipAttributes must be a mapping (dict)")
    return traits


class Envelope:
    """What a client adds to each message: its context (with ``library``) and its strict mode.

    ``default_context`` is validated through the generated ``PipelinesContext`` model once, here; a call's
    own context is merged over it (key by key, as Node does) and validated again.
    """

    __slots__ = ("_context_end", "context", "strict")

    def __init__(self, default_context: Mapping[str, Any] | None = None, strict_mode: bool = False) -> None:
        from customerio_openapi.models import PipelinesContext

        if not isinstance(strict_mode, bool):
            raise TypeError(f"strict_mode must be a bool, not {type(strict_mode).__name__}")
        base = {} if default_context is None else json_object("default_context", default_context, iso_8601)
        # As Node: the library's own name wins over a library named in the default context.
        base = {**base, "library": dict(LIBRARY)}
        build(PipelinesContext, base, "default_context")
        #: The context of a message whose call gives none (never mutated: messages share it).
        self.context: dict[str, Any] = base
        # The end of a message that has this context: encoded once, as every message carries it.
        self._context_end = ',"context":' + json_text(base) + "}"
        #: Whether requests carry ``X-Strict-Mode: 1``.
        self.strict = strict_mode

    @property
    def strict_header(self) -> Any:
        """The generated endpoints' ``x_strict_mode`` argument."""
        return "1" if self.strict else UNSET

    def text(self, message: dict[str, Any]) -> str:
        """A message (from :meth:`message`, not used after) as its JSON text, exactly what ``json_text`` writes.

        The client's own context, which most messages carry, was encoded once: only the rest is encoded here.
        """
        if message["context"] is not self.context:
            return json_text(message)
        del message["context"]  # the last key: its encoding ends the text
        return json_text(message)[:-1] + self._context_end

    def _context(self, context: object, param: str) -> dict[str, Any]:
        if context is None:
            return self.context
        from customerio_openapi.models import PipelinesContext

        own = json_object(param, context, iso_8601)
        merged = {**self.context, **own}
        # As Node: a partial context ({"ip": ...}) keeps the library; only a library of the call's own wins.
        if own.get("library") is None:
            merged["library"] = self.context["library"]
        build(PipelinesContext, merged, param)
        return merged

    def message(
        self,
        kind: str,
        *,
        user_id: object = None,
        anonymous_id: object = None,
        fields: Mapping[str, object] | None = None,
        context: object = None,
        timestamp: object = None,
        message_id: object = None,
        integrations: object = None,
        names: Mapping[str, str] | None = None,
        extra: Mapping[str, object] | None = None,
        new_id: Callable[[], str] = uuid4_text,
    ) -> dict[str, Any]:
        """One message in wire form, checked and completed: Node's envelope, with ``type`` first.

        ``fields`` holds the type's own fields by wire name (``event``, ``properties``, ``name``,
        ``category``, ``groupId``, ``traits``, ``previousId``); ``names`` the parameter names errors use
        (the keyword names by default). ``extra`` carries ``sentAt``, ``originalTimestamp`` and ``channel``
        of wire items; ``new_id`` makes a ``messageId`` when none is given.
        """
        name = _KEYWORD_NAMES if names is None else names
        message: dict[str, Any] = {"type": kind}
        uid = _id(user_id, name["userId"])
        aid = None if anonymous_id is None or kind == "alias" else _id(anonymous_id, name["anonymousId"])
        if kind == "alias":
            if uid is None:
                raise MissingParamError(name["userId"])
        elif uid is None and aid is None:
            raise MissingParamError(f"{name['userId']} or {name['anonymousId']}")
        if uid is not None:
            message["userId"] = uid
        if aid is not None:
            message["anonymousId"] = aid
        own = fields or {}
        if kind == "track":
            event = own.get("event")
            if type(event) is not str or not event or event.isspace():
                if is_blank(event):
                    raise MissingParamError(name["event"])
                event = _text(event, name["event"])
            message["event"] = event
            properties = own.get("properties")
            if properties is not None:
                message["properties"] = _object(properties, name["properties"])
        elif kind in ("page", "screen"):
            for key in ("name", "category"):
                if own.get(key) is not None:
                    message[key] = _text(own[key], name[key])
            if own.get("properties") is not None:
                message["properties"] = _object(own["properties"], name["properties"])
        elif kind == "identify":
            if own.get("traits") is not None:
                traits = message["traits"] = _object(own["traits"], name["traits"])
                _identify_traits(traits, name["traits"])
        elif kind == "group":
            group_id = _id(own.get("groupId"), name["groupId"])
            if group_id is None:
                raise MissingParamError(name["groupId"])
            message["groupId"] = group_id
            if own.get("traits") is not None:
                message["traits"] = _group_traits(_object(own["traits"], name["traits"]), name["traits"])
        elif kind == "alias":
            previous_id = _id(own.get("previousId"), name["previousId"])
            if previous_id is None:
                raise MissingParamError(name["previousId"])
            message["previousId"] = previous_id
        else:
            raise ValueError(f"type must be one of {', '.join(KINDS)}, not {kind!r}")
        if integrations is not None:
            message["integrations"] = _integrations(integrations, name["integrations"])
        mid = None if message_id is None else _id(message_id, name["messageId"])
        message["messageId"] = new_id() if mid is None else mid
        message["timestamp"] = iso_now() if timestamp is None else timestamp_text(timestamp, name["timestamp"])
        for key, value in extra.items() if extra else ():
            if value is None:
                continue
            if key == "channel":
                if value not in CHANNELS:
                    raise ValueError(f"{name[key]} must be one of {', '.join(CHANNELS)}, not {value!r}")
                message[key] = value
            else:
                message[key] = timestamp_text(value, name[key])
        message["context"] = self.context if context is None else self._context(context, name["context"])
        return message

    def wire_message(self, item: object, param: str, new_id: Callable[[], str] = uuid4_text) -> dict[str, Any]:
        """A message given in the API's own form (``{"type": "track", "userId": ..., ...}``), checked and completed."""
        if not isinstance(item, Mapping):
            raise TypeError(f"{param} must be a mapping (dict), not {type(item).__name__}")
        kind = item.get("type")
        if is_blank(kind):
            raise MissingParamError(f"{param}.type")
        if kind not in _WIRE_KEYS:
            raise ValueError(f"{param}.type must be one of {', '.join(KINDS)}, not {kind!r}")
        unknown = sorted(str(key) for key in item if key != "type" and key not in _WIRE_KEYS[kind])
        if unknown:
            raise ValueError(f"{param} has keys a {kind} message does not take: {', '.join(unknown)}")
        names = {key: f"{param}.{key}" for key in _WIRE_NAMES}
        return self.message(
            str(kind),
            user_id=item.get("userId"),
            anonymous_id=item.get("anonymousId"),
            fields={key: item[key] for key in _FIELDS if key in item},
            context=item.get("context"),
            timestamp=item.get("timestamp"),
            message_id=item.get("messageId"),
            integrations=item.get("integrations"),
            names=names,
            extra={key: item[key] for key in ("sentAt", "originalTimestamp", "channel") if key in item},
            new_id=new_id,
        )


_FIELDS = ("event", "properties", "name", "category", "groupId", "traits", "previousId")
_WIRE_NAMES = ("userId", "anonymousId", *_FIELDS, *_COMMON)
# Errors of keyword calls name the keyword arguments.
_KEYWORD_NAMES = {
    "userId": "user_id",
    "anonymousId": "anonymous_id",
    "event": "event",
    "properties": "properties",
    "name": "name",
    "category": "category",
    "groupId": "group_id",
    "traits": "traits",
    "previousId": "previous_id",
    "context": "context",
    "integrations": "integrations",
    "messageId": "message_id",
    "timestamp": "timestamp",
    "sentAt": "sent_at",
    "originalTimestamp": "original_timestamp",
    "channel": "channel",
}


def measured(text: str, limit: int, what: str) -> int:
    """The UTF-8 size of JSON ``text``; ``ValueError`` when it is over Customer.io's ``limit``."""
    size = len(text) if text.isascii() else len(text.encode())
    if size > limit:
        raise ValueError(
            f"{what} is {size} bytes; Customer.io accepts at most {limit} (it answers 200 to a larger one and drops it)"
        )
    return size


def _model(kind: str) -> Any:
    from customerio_openapi import models

    return getattr(models, "Pipelines" + kind.capitalize())


def _endpoint(kind: str) -> Any:
    from importlib import import_module

    return import_module(f"customerio_openapi.api.pipelines.pipelines_{kind}")


def single(envelope: Envelope, message: dict[str, Any]) -> Call[None]:
    """POST /v1/{type}: one message, checked through its generated model and sent as its own JSON text."""
    kind = message["type"]
    body = build(_model(kind), message, kind)
    text = json_text(message)  # what build() accepted serialises back to exactly this message
    measured(text, MAX_MESSAGE_BYTES, f"the {kind} message")
    kwargs = _endpoint(kind)._get_kwargs(body=body, x_strict_mode=envelope.strict_header)
    del kwargs["json"]  # the text measured above is the body sent, byte for byte
    kwargs["content"] = text.encode()
    # Every message carries a messageId, which Customer.io uses to tell messages apart: a replay is the same message.
    return Call(kwargs, Safety.REPLAYABLE, ignore_body)


def batch(envelope: Envelope, items: Sequence[Mapping[str, Any]]) -> Call[None]:
    """POST /v1/batch: messages in wire form, each checked through its generated model, within the size limits."""
    texts: list[str] = []
    total = len('{"batch":[]}') - 1
    for index, item in enumerate(non_empty_sequence("items", items)):
        where = f"items[{index}]"
        message = envelope.wire_message(item, where)
        build(_model(message["type"]), message, where)
        text = json_text(message)
        total += measured(text, MAX_MESSAGE_BYTES, where) + 1
        texts.append(text)
    if total > MAX_BATCH_BYTES:
        raise ValueError(
            f"the batch is {total} bytes; Customer.io accepts at most {MAX_BATCH_BYTES} per request (it answers 200 "
            "to a larger one and drops it): send fewer items, or use bulk(), which packs requests to fit"
        )
    return batch_call(envelope, texts)


def batch_call(envelope: Envelope, texts: Sequence[str]) -> Call[None]:
    """The ``/v1/batch`` request carrying messages already checked and encoded (shared with the bulk sender)."""
    from customerio_openapi.api.pipelines import pipelines_batch
    from customerio_openapi.models import PipelinesBatchRequest

    kwargs = pipelines_batch._get_kwargs(body=PipelinesBatchRequest(batch=[]), x_strict_mode=envelope.strict_header)
    del kwargs["json"]  # the messages were encoded once, when checked; join them instead of encoding twice
    kwargs["content"] = ('{"batch":[' + ",".join(texts) + "]}").encode()
    # Every message carries a messageId, which Customer.io uses to tell messages apart: a replay is the same batch.
    return Call(kwargs, Safety.REPLAYABLE, ignore_body)
