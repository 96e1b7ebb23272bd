"""The App API operations that have no rules of their own: one generic builder, described per operation.

Most App API calls are plain: validate the ids, the options and the body, build the generated request,
send it, parse the answer. Each such operation is described once, as an :class:`Op` in ``_app_ops`` (which
``scripts/facade.py`` writes from ``spec/openapi.yaml``), and :func:`plain` turns an ``Op`` and the
caller's values into a :class:`~customerio._core.Call`. Calls with rules of their own (sends, broadcast
triggers, exports, uploads) keep hand-written builders in ``_api_calls``.

Requests are what the official Node client sends: path segments and query values encoded like
``encodeURIComponent``, query parameters in Node's order with empty ones left out, booleans as
``true``/``false``, and a ``datetime`` given for a time option sent as unix seconds.

Answers are typed but lenient: the response schemas are written from Customer.io's documentation, which
is not always what the API sends. A 2xx body that the documented model cannot hold still gives the caller
its data (the model with what parsed; :func:`raw_json` returns the body as sent) unless the client was
made with ``strict_responses=True``, which turns the mismatch into ``UnexpectedResponseError``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar, cast
from urllib.parse import quote

import attrs
import httpx

from . import _gc
from ._core import Call, ResponseMismatch, ignore_body
from ._exceptions import MissingParamError, PaginationError
from ._models import build, check_types, parser_client, wire_name
from ._payload import is_blank, json_object, path_id, required_text, timestamp, to_json
from ._policy import Safety
from ._types import identifier_type

T = TypeVar("T")

# What the Node client's query values keep unescaped on the wire: encodeURIComponent leaves -_.!~*'()
# alone, then fetch's URL parser percent-encodes the apostrophe of a query (WHATWG special-query set).
QUERY_SAFE = "-_.!~*()"


@attrs.frozen(repr=False, eq=False)  # internal: no generated repr/eq (cold start)
class Param:
    """One argument of an operation's method, and where its value goes."""

    #: The method's parameter name.
    name: str
    #: ``"path"``, ``"query"``, ``"field"`` (one key of a JSON body object) or ``"body"`` (the whole body).
    where: str
    #: The generated ``_get_kwargs`` keyword (path, query) or the JSON key (field).
    wire: str
    #: How the value is checked: ``id``, ``text``, ``int``, ``bool``, ``time``, ``choice``, ``identifier``,
    #: ``object``, ``array`` or ``any``.
    kind: str
    #: Whether the caller must give a value (a blank required value raises ``MissingParamError``).
    required: bool = False
    #: The values a ``choice`` accepts.
    choices: tuple[str, ...] = ()
    #: Sent when the caller passes ``None`` (Node always sends ``id_type=id`` for some lookups).
    default: str | None = None
    #: The generated model a ``field`` object is checked against on its own, so errors name the argument.
    model: str = ""
    #: Bounds of an ``int`` or ``number`` value, where the spec sets them; for a whole ``object`` body,
    #: ``low`` is the fewest keys it must have (an update that must change something).
    low: int | None = None
    high: int | None = None


@attrs.frozen(repr=False, eq=False)
class Counts:
    """How many keys a request model's object and how many items its lists may hold.

    What its schema says and the generated model does not check: ``minProperties``, ``maxProperties``,
    ``minItems`` and ``maxItems``.
    """

    #: The fewest and the most keys the object may have (``None``: no bound).
    low: int | None = None
    high: int | None = None
    #: JSON key of a list property → its fewest and most items.
    items: Mapping[str, tuple[int | None, int | None]] = attrs.field(factory=dict)


@attrs.frozen(repr=False, eq=False)
class Op(Generic[T]):
    """One plain operation: the generated endpoint that builds its request, and how to fill it."""

    #: The operation (and method) name, the spec's ``operationId``.
    name: str
    #: The generated endpoint module below ``customerio_openapi.api``: ``"segments.get_segment"``.
    endpoint: str
    #: The method's parameters in their order (positional ones first).
    params: tuple[Param, ...]
    #: The generated model of a JSON body, or ``""`` for a body sent as given (a list, say) or none.
    request: str = ""
    #: ``"object"`` or ``"array"`` for a body built from ``params``; ``""`` for no body; ``"empty"`` for ``{}``.
    body: str = ""
    #: The generated model of the 2xx answer, or ``""`` for an answer without content.
    response: str = ""
    #: Whether a replay after the server may have processed the request is harmless.
    safety: Safety = Safety.REPLAYABLE
    #: For a cursor-paginated list: the field holding a page's items ("" when not paginated).
    items: str = ""
    #: The request parameter that takes a page's cursor, and the answer's field that holds the next one.
    cursor: str = "start"
    next: str = "next"


def plain(op: Op[T], *values: object) -> Call[T]:
    """The call of ``op`` with ``values`` (one per ``op.params``, in order), validated before anything is sent."""
    endpoint = _endpoint(op.endpoint)
    path: list[str] = []
    query: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    body: Any = None
    for param, value in zip(op.params, values, strict=True):
        if value is None and param.default is not None:
            value = param.default
        if param.where == "path":
            path.append(_path_value(param, value))
        elif param.where == "query":
            converted = _query_value(param, value)
            if converted is not None:
                query[param.wire] = converted
        elif param.where == "field":
            converted = _body_value(param, value)
            if converted is not None:
                if param.model:
                    no_blank_required(build(_model(param.model), converted, param.name), param.name)
                fields[param.wire] = converted
        else:
            body = _body_value(param, value)
    kwargs: dict[str, Any] = {}
    if op.body == "empty":
        body = {}
    elif op.body == "object" and body is None:
        body = fields
    # Errors about a body's counts name the argument that holds the place ("filter.and", "ids", "rows[3]...").
    named = next((param.name for param in op.params if param.where == "body"), "")
    if op.body and op.request.startswith("list["):
        item = _model(op.request[5:-1])
        kwargs["body"] = [_built(item, row, f"{op.name}[{index}]") for index, row in enumerate(body)]
        for index, row in enumerate(kwargs["body"]):
            check_counts(row, f"{named}[{index}]")
    elif op.body and op.request:
        kwargs["body"] = _built(_model(op.request), body, op.name)
        check_counts(kwargs["body"], named)
    elif op.body:
        kwargs["body"] = body
    request = endpoint._get_kwargs(*path, **query, **kwargs)
    params = request.pop("params", None)
    if params:
        # httpx would encode a space as "+" and a bool as "True"; the Node client's encodeURIComponent
        # is the reference, and the generated layer has already dropped unset values.
        request["url"] += "?" + "&".join(f"{key}={_encode(value)}" for key, value in params.items())
    if not op.response:  # an answer without content: T is None for such an Op
        return cast("Call[T]", Call(request, op.safety, ignore_body))
    return Call(request, op.safety, typed(endpoint, op.response), check_answer)


def page_of(op: Op[Any], page: object) -> tuple[list[Any], str | None]:
    """A page's items and the cursor of the next one (``None`` at the end: a missing or empty cursor)."""
    items = getattr(page, op.items, None)
    cursor = getattr(page, op.next, None)
    found = list(items) if isinstance(items, list) else []
    return found, (cursor if isinstance(cursor, str) and cursor else None)


def follow(op: Op[Any], cursor: str, seen: set[str]) -> None:
    """Record a cursor about to be followed; one followed before would loop for ever, so it raises."""
    if cursor in seen:
        raise PaginationError(f"{op.name}: the API answered the cursor {cursor!r} twice; stopping the walk")
    seen.add(cursor)


# ---------------------------------------------------------------- arguments


def _path_value(param: Param, value: object) -> str:
    if param.kind == "choice":
        return _choice(param, value)
    text = path_id(param.name, value)
    if param.kind == "number":
        # A numeric id given as text must be digits: anything else would reach another endpoint or a 404.
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"{param.name} must be a whole number, not {value!r}")
        _in_bounds(param, int(text))
    return text


def _in_bounds(param: Param, number: int) -> None:
    if (param.low is not None and number < param.low) or (param.high is not None and number > param.high):
        low = "" if param.low is None else f" from {param.low}"
        high = "" if param.high is None else f" to {param.high}"
        raise ValueError(f"{param.name} must be a number{low}{high}, not {number}")


def _query_value(param: Param, value: object) -> Any:
    """The value to send for a query option, or ``None`` to leave it out (as Node leaves out ``""``)."""
    if param.required and is_blank(value):
        raise MissingParamError(param.name)
    if value is None or (isinstance(value, str) and value == ""):
        return None
    kind = param.kind
    if kind == "identifier":
        if not isinstance(value, str):  # IdentifierType is a str
            raise TypeError(f"{param.name} must be a str, not {type(value).__name__}")
        return identifier_type(value, param.name)
    if kind == "choice":
        return _choice(param, value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise TypeError(f"{param.name} must be a bool, not {type(value).__name__}")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{param.name} must be an int, not {type(value).__name__}")
        _in_bounds(param, value)
        return value
    if kind == "time":
        if isinstance(value, (dt.datetime, dt.date)):
            return timestamp(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{param.name} must be unix seconds (int) or a datetime, not {type(value).__name__}")
        return value
    if kind == "id":
        return required_text(param.name, value)
    if not isinstance(value, str):
        raise TypeError(f"{param.name} must be a str, not {type(value).__name__}")
    return value


def _body_value(param: Param, value: object) -> Any:
    """A body argument as plain JSON (``None`` when an optional one is not given)."""
    if value is None:
        if param.required:
            raise MissingParamError(param.name)
        return {} if param.where == "body" and param.kind == "object" else None
    if param.kind == "object":
        if not isinstance(value, Mapping):
            raise TypeError(f"{param.name} must be a mapping, not {type(value).__name__}")
        if param.low is not None and len(value) < param.low:
            # Node sends the empty update; the API answers 400 ("no fields provided").
            raise ValueError(f"{param.name} must give at least {param.low} field(s) to change")
        return json_object(param.name, value)
    if param.kind == "array":
        # A str is a sequence too: "abc" would be sent as ["a", "b", "c"].
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
            raise TypeError(f"{param.name} must be a list, not {type(value).__name__}")
        # A required list inside the body must hold something (Node refuses empty ``ids``, ``events``...);
        # a list that is the whole body (a collection's rows) may be empty.
        if param.required and not value and param.where == "field":
            raise MissingParamError(param.name)
        return to_json(list(value), param.name)
    if param.kind == "id":
        if is_blank(value):
            raise MissingParamError(param.name)
        return _id_value(param, value)
    return to_json(value, param.name)


def _built(model: Any, payload: object, where: str) -> Any:
    if not isinstance(payload, Mapping):
        raise TypeError(f"{where} must be a mapping, not {type(payload).__name__}")
    instance = build(model, payload, where)
    no_blank_required(instance, where)
    return instance


def no_blank_required(instance: Any, where: str) -> None:
    """Refuse blank text in a required field of a built body, nested models and lists of them included.

    The generated models check that required keys are present, not that they say something; the Node
    client refuses a blank required value (a segment's name, say) with ``MissingParamError``, and so do we
    (also for each item of a list of models, such as the attributes of a data-index update).
    """
    for field in attrs.fields(type(instance)):
        value = getattr(instance, field.name)
        place = f"{where}.{wire_name(field.name)}"
        if isinstance(value, str) and field.default is attrs.NOTHING and not value.strip():
            raise MissingParamError(place)
        if attrs.has(type(value)):
            no_blank_required(value, place)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if attrs.has(type(item)):
                    no_blank_required(item, f"{place}[{index}]")


def check_counts(instance: Any, where: str) -> None:
    """Refuse a built request whose objects or lists break the counts of its schema (``_app_ops.COUNTS``).

    The generated models check neither how many keys an object has nor how many items a list holds, so
    ``{}`` or ``{"segment": ..., "attribute": ...}`` would pass as an audience filter that must have
    exactly one key, and ``{"and": []}`` as one that must list at least one filter. An object with no key
    where one is needed raises ``MissingParamError``; any other count out of bounds ``ValueError``. Nested
    models are checked too; ``where`` names the place (``""`` at the top of a body built from arguments).
    """
    from customerio_openapi.types import UNSET

    from ._app_ops import COUNTS

    present: dict[str, Any] = {}
    for field in attrs.fields(type(instance)):
        value = getattr(instance, field.name)
        if field.name != "additional_properties" and value is not UNSET:
            present[wire_name(field.name)] = value
    rule = COUNTS.get(type(instance).__name__)
    if rule is not None:
        keys = sorted([*present, *getattr(instance, "additional_properties", {})])
        place = where or "the body"
        if not _within(len(keys), rule.low, rule.high):
            if not keys:
                raise MissingParamError(place)
            wanted = _bounds_text(rule.low, rule.high, "key")
            raise ValueError(f"{place} must have {wanted}, not {len(keys)} ({', '.join(keys)})")
        for key, (low, high) in rule.items.items():
            value = present.get(key)
            if isinstance(value, list) and not _within(len(value), low, high):
                wanted = _bounds_text(low, high, "item")
                raise ValueError(f"{_joined(where, key)} must hold {wanted}, not {len(value)}")
    for key, value in present.items():
        if attrs.has(type(value)):
            check_counts(value, _joined(where, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if attrs.has(type(item)):
                    check_counts(item, f"{_joined(where, key)}[{index}]")


def _within(count: int, low: int | None, high: int | None) -> bool:
    return (low is None or count >= low) and (high is None or count <= high)


def _joined(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _bounds_text(low: int | None, high: int | None, noun: str) -> str:
    """``exactly 1 key``, ``at least 1 item``, ``1 to 100 items``..."""
    if low is not None and low == high:
        return f"exactly {low} {noun}" + ("" if low == 1 else "s")
    if low is not None and high is not None:
        return f"{low} to {high} {noun}s"
    if low is not None:
        return f"at least {low} {noun}" + ("" if low == 1 else "s")
    return f"at most {high} {noun}" + ("" if high == 1 else "s")


def _id_value(param: Param, value: object) -> Any:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{param.name} must be a str or an int, not {type(value).__name__}")
    return value


def _choice(param: Param, value: object) -> str:
    if isinstance(value, str) and value in param.choices:
        return value
    if isinstance(value, str):
        if not value.strip():
            raise MissingParamError(param.name)
        raise ValueError(f"{param.name} must be one of {', '.join(param.choices)}, not {value!r}")
    raise TypeError(f"{param.name} must be a str, not {type(value).__name__}")


def _encode(value: object) -> str:
    """A query value as the Node client writes it: ``String(value)`` then ``encodeURIComponent``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return quote(str(value), safe=QUERY_SAFE)


# ---------------------------------------------------------------- the generated layer, loaded per operation


_ENDPOINTS: dict[str, Any] = {}


def _endpoint(name: str) -> Any:
    """The generated endpoint module, imported on first use: an app loads only the operations it calls."""
    module = _ENDPOINTS.get(name)
    if module is None:
        module = _ENDPOINTS[name] = importlib.import_module(f"customerio_openapi.api.{name}")
    return module


def _model(name: str) -> Any:
    """A generated model class by name (``customerio_openapi.models`` imports each on first access)."""
    import customerio_openapi.models

    return getattr(customerio_openapi.models, name)


# ---------------------------------------------------------------- lenient typed answers


def typed(endpoint: Any, answer: str) -> Callable[[httpx.Response], Any]:
    """A parser of an answer documented as ``answer`` (``Model`` or ``list[Model]``).

    The generated parser reads the body first; if the body does not match, :func:`lenient` builds what it can.
    """
    listed = answer.startswith("list[")
    name = answer[5:-1] if listed else answer

    def parse(response: httpx.Response) -> Any:
        model = _model(name)
        try:
            paused = len(response.content) >= _PAUSE_GC_ABOVE
            if paused:
                _gc.pause()  # a large page's models all stay alive: collections could free none of them
            try:
                parsed = endpoint._parse_response(client=parser_client(), response=response)
            finally:
                if paused:
                    _gc.resume()
            for item in parsed if listed and isinstance(parsed, list) else [parsed]:
                if not isinstance(item, model):
                    raise TypeError(f"expected a {answer} body")
        except Exception as exc:  # a missing required key, a wrongly shaped or typed value
            data = response.json()  # a body that is not JSON at all cannot be read leniently either
            if listed:
                rows = data if isinstance(data, list) else []
                partial: Any = _ListAnswer(lenient(model, row) if isinstance(row, Mapping) else row for row in rows)
            else:
                partial = lenient(model, data)
            raise ResponseMismatch(partial, data, _why(exc)) from exc
        return parsed

    return parse


#: Bytes of an answer from which its models are built with the cyclic garbage collector paused (a page of
#: 1,000 deliveries makes some 6,000 containers; collecting while they are made was about 40 % of its parse).
_PAUSE_GC_ABOVE = 16_384


def check_answer(answer: Any) -> None:
    """Raise ``TypeError`` where a parsed answer holds a scalar of another type than its schema says.

    The generated parsers check an answer's shape (keys, nested objects) but not its scalars; a strict client
    runs this as well, a lenient one does not need to (the value is kept as sent either way).
    """
    for item in answer if isinstance(answer, list) else [answer]:
        check_types(item, type(item).__name__)


class _ListAnswer(list[Any]):
    """A list answer built leniently (a subclass only so that its raw body can be remembered for it)."""


def _why(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"a documented field is missing: {exc.args[0]!r}"
    return f"{type(exc).__name__}: {exc}"


def lenient(model: Any, data: object) -> Any:
    """``model`` built from ``data`` field by field, keeping what parses and the rest as sent.

    A documented field that is missing holds ``UNSET``; a nested object or list of objects is built the
    same way; a value of another shape than documented is kept as sent; undocumented keys go to
    ``additional_properties``.
    """
    from customerio_openapi.types import UNSET

    instance = model.__new__(model)
    source = dict(data) if isinstance(data, Mapping) else {}
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        key = wire_name(field.name)
        value = source.pop(key, UNSET)
        object.__setattr__(instance, field.name, _lenient_value(field.type, value))
    if any(f.name == "additional_properties" for f in attrs.fields(model)):
        object.__setattr__(instance, "additional_properties", source)
    return instance


def _lenient_value(annotation: object, value: object) -> Any:
    nested = _nested_models(str(annotation))
    if not nested:
        return value
    single, listed = nested
    if isinstance(value, Mapping) and single is not None:
        return _strict_or_lenient(single, value)
    if isinstance(value, list) and listed is not None:
        return [_strict_or_lenient(listed, item) if isinstance(item, Mapping) else item for item in value]
    return value


def _strict_or_lenient(model: Any, value: Mapping[str, Any]) -> Any:
    try:
        return model.from_dict(value)
    except Exception:  # the nested value does not match either: keep what parses
        return lenient(model, value)


def _nested_models(annotation: str) -> tuple[Any, Any] | None:
    """For a generated field's annotation: its model class and its list-of-model class, if any."""
    import customerio_openapi.models as models

    single = listed = None
    for part in (p.strip() for p in annotation.split("|")):
        if part.startswith("list[") and part.endswith("]"):
            listed = getattr(models, part[5:-1], None) or listed
        elif part[:1].isupper() and part not in ("Unset", "None", "Any"):
            single = getattr(models, part, None) or single
    if single is None and listed is None:
        return None
    return single, listed
