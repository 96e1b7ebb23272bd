"""The implementation of :mod:`customerio.testing`: a respx router that plays Customer.io from the spec.

Every request the mock takes is matched to an operation of the spec bundled with the SDK (method plus
path template), validated with openapi-core, recorded, and answered with a response the test queued for
that operation or else with the operation's documented 2xx example. A request that does not conform is
answered with a 400 (404 for a path the spec does not have) and fails the test when the mock exits.
"""

from __future__ import annotations

import functools
import importlib.resources
import json as jsonlib
import re
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Final
from urllib.parse import parse_qsl, unquote

import attrs
import httpx
import respx
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.exceptions import OpenAPIError
from werkzeug.datastructures import Headers, ImmutableMultiDict

#: What every request of the SDK's clients carries in its ``User-Agent``, whatever its host.
_SDK_USER_AGENT: Final = "customerio-py/"
#: API roots an SDK ``url=`` may end in (``/v1``: the App and Data Pipelines APIs); the generated paths carry
#: these prefixes themselves.
_API_ROOTS: Final = ("/api/v1", "/api/v2", "/v1")
#: Headers never recorded (credentials).
_SECRET_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie"})
_METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class _Example:
    def __repr__(self) -> str:
        return "<documented example>"


#: Default of :meth:`CustomerIOMock.respond`'s ``json``: the spec's example for the status.
_EXAMPLE: Any = _Example()


# --------------------------------------------------------------------------------------------------
# What the mock records


@attrs.frozen
class Call:
    """One request the mock answered, as sent (credentials left out)."""

    #: The spec operation it matched (``"identify"``, ``"send_email"``, ...); ``None`` for an unknown path.
    operation_id: str | None
    #: ``"GET"``, ``"PUT"``, ...
    method: str
    #: The host it was sent to, e.g. ``"track.customer.io"``.
    host: str
    #: The path as sent (still percent-encoded), without any prefix of a custom base URL.
    path: str
    #: The path template's parameters, decoded: ``{"identifier": "42"}``.
    path_params: dict[str, str]
    #: Query parameters, decoded (the last value of a repeated name).
    query: dict[str, str]
    #: The JSON body, parsed (``None`` when there is none).
    json: Any
    #: Request headers with lower-case names; ``Authorization`` and cookies are never recorded.
    headers: dict[str, str]
    #: The status the mock answered with.
    status: int
    #: Why the request does not conform to the spec (empty when it does).
    violations: tuple[str, ...] = ()

    @property
    def succeeded(self) -> bool:
        """Whether the mock answered 2xx (only such calls feed the typed views)."""
        return 200 <= self.status < 300


@attrs.frozen
class Violation:
    """A request that does not conform to the spec."""

    method: str
    path: str
    operation_id: str | None
    message: str

    def __str__(self) -> str:
        where = f" ({self.operation_id})" if self.operation_id else ""
        return f"{self.method} {self.path}{where}: {self.message}"


@attrs.frozen
class Identified:
    """A person created or updated with ``identify``."""

    customer_id: str
    attributes: dict[str, Any]


@attrs.frozen
class Event:
    """An event of a known person (``track``; page views have ``type="page"``)."""

    customer_id: str
    name: str
    data: dict[str, Any]
    timestamp: int | None
    id: str | None
    type: str


@attrs.frozen
class AnonymousEvent:
    """An event of an anonymous visitor; ``anonymous_id`` is ``None`` for an invite event."""

    anonymous_id: str | None
    name: str
    data: dict[str, Any]
    timestamp: int | None
    id: str | None


@attrs.frozen
class Device:
    """A push device added to (or updated on) a person."""

    customer_id: str
    device_id: str
    platform: str
    last_used: int | None
    attributes: dict[str, Any]


@attrs.frozen
class SentMessage:
    """A transactional message sent through the App API (``channel`` is ``"email"``, ``"sms"``, ...)."""

    channel: str
    identifiers: dict[str, Any]
    to: str | None
    transactional_message_id: str | int | None
    message_data: dict[str, Any]
    #: The whole request body (attachments, headers, inline content, ...).
    payload: dict[str, Any]


@attrs.frozen
class BroadcastTrigger:
    """An API-triggered broadcast; ``recipients`` is the audience part of the body (``None``: as configured)."""

    broadcast_id: str
    data: dict[str, Any]
    recipients: dict[str, Any] | None
    payload: dict[str, Any]


@attrs.frozen
class PipelinesMessage:
    """One Data Pipelines message, whether sent alone (``identify``, ``track``, ...) or inside a ``batch``."""

    #: ``"identify"``, ``"track"``, ``"page"``, ``"screen"``, ``"group"`` or ``"alias"``.
    type: str
    user_id: str | None
    anonymous_id: str | None
    #: The event's name (track), else ``None``.
    event: str | None
    #: The page or screen name, else ``None``.
    name: str | None
    #: ``properties`` (track, page, screen) or ``traits`` (identify, group); empty when absent.
    properties: dict[str, Any]
    traits: dict[str, Any]
    group_id: str | None
    previous_id: str | None
    message_id: str | None
    #: ISO 8601 text, as sent.
    timestamp: str | None
    context: dict[str, Any]
    #: The whole message as sent.
    payload: dict[str, Any]


@attrs.frozen
class BatchOperation:
    """One Track v2 operation, whether sent alone (``entity``) or inside a ``batch``."""

    type: str
    action: str
    identifiers: dict[str, Any]
    #: The whole operation as sent.
    payload: dict[str, Any]


# --------------------------------------------------------------------------------------------------
# The spec: operations, examples, validator


@attrs.frozen
class _Answer:
    """A documented response: whether it has a JSON body and its example."""

    has_body: bool
    example: Any


@attrs.frozen
class _Operation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    params: tuple[str, ...]
    answers: Mapping[int, _Answer]
    #: The host family its requests belong on: ``"track"``, ``"api"`` or ``"cdp"``.
    family: str = "api"

    @property
    def success(self) -> int:
        return min(status for status in self.answers if 200 <= status < 300)

    def answer(self, status: int) -> _Answer:
        return self.answers.get(status, _Answer(False, None))


@attrs.frozen
class _Spec:
    openapi: OpenAPI
    origins: tuple[str, ...]
    operations: tuple[_Operation, ...]
    by_id: Mapping[str, _Operation]

    def match(self, method: str, path: str) -> tuple[_Operation | None, dict[str, str]]:
        """The operation of a method and (encoded) path, and its decoded path parameters."""
        for op in self.operations:
            found = op.pattern.fullmatch(path)
            if found and op.method == method:
                return op, {name: unquote(value) for name, value in zip(op.params, found.groups(), strict=True)}
        return None, {}

    def path_known(self, path: str) -> bool:
        return any(op.pattern.fullmatch(path) for op in self.operations)


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` (``#/components/...``)."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _answer(spec: Mapping[str, Any], response: Any) -> _Answer:
    media = _resolve(spec, response).get("content", {}).get("application/json")
    if media is None:
        return _Answer(False, None)
    if "example" in media:
        return _Answer(True, media["example"])
    examples = list(media.get("examples", {}).values())
    if examples:
        return _Answer(True, _resolve(spec, examples[0]).get("value"))
    return _Answer(True, None)


def _pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    parts = re.split(r"\{([^}]+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else "([^/]+)" for i, part in enumerate(parts))
    return re.compile(regex), tuple(parts[1::2])


def form_data_loads(value: bytes, **parameters: str) -> ImmutableMultiDict[str, str]:
    """A ``multipart/form-data`` body for openapi-core: each part as text, a file part byte for byte.

    openapi-core hands a file part to its OpenAPI 3.1 schema validator as ``bytes``, which that refuses
    for ``type: string, format: binary`` (python-openapi/openapi-core#854). Read as Latin-1, a file is
    a string of exactly its bytes, one character each; the other parts are the UTF-8 text they are.
    """
    import email.parser
    import email.policy

    boundary = parameters.get("boundary", "")
    head = f'Content-Type: multipart/form-data; boundary="{boundary}"\r\n\r\n'.encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + value)
    if not message.is_multipart():
        raise ValueError("not a multipart/form-data body")
    fields: list[tuple[str, str]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            raise ValueError("a form part without a name or content")
        text = payload.decode("latin-1") if part.get_filename() is not None else payload.decode("utf-8")
        fields.append((name, text))
    return ImmutableMultiDict(fields)


def openapi_config() -> Config:
    """How openapi-core reads this SDK's requests: uploads with :func:`form_data_loads`."""
    return Config(extra_media_type_deserializers={"multipart/form-data": form_data_loads})


@functools.cache
def _spec() -> _Spec:
    """The spec bundled with the SDK, parsed once per process."""
    text = (importlib.resources.files("customerio_openapi") / "openapi.yaml").read_text(encoding="utf-8")
    document: dict[str, Any] = yaml.safe_load(text)
    operations = []
    for template, item in document["paths"].items():
        pattern, params = _pattern(template)
        for method in _METHODS:
            if method not in item:
                continue
            op = item[method]
            answers = {
                int(status): _answer(document, response)
                for status, response in op.get("responses", {}).items()
                if str(status).isdigit()
            }
            family = _family(op.get("tags", []))
            operations.append(_Operation(op["operationId"], method.upper(), template, pattern, params, answers, family))
    # Literal paths win over templated ones (``/v1/exports/customers`` before ``/v1/exports/{id}``).
    operations.sort(key=lambda op: (len(op.params), -len(op.template)))
    origins = tuple(_origin(httpx.URL(server["url"])) for server in document["servers"])
    by_id = {op.operation_id: op for op in operations}
    return _Spec(OpenAPI.from_dict(document, config=openapi_config()), origins, tuple(operations), by_id)


# openapi-core's validator is not documented as thread-safe; sync clients may be used from threads.
_VALIDATION_LOCK = threading.Lock()


class _OpenAPIRequest:
    """An ``httpx.Request`` seen through openapi-core's ``Request`` protocol (path still encoded)."""

    def __init__(self, request: httpx.Request, host_url: str, path: str, query: str) -> None:
        self.host_url = host_url
        self.path = path
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )
        self.content_type = request.headers.get("content-type", "")
        self.body: bytes | None = request.content or None


def _describe(exc: OpenAPIError) -> str:
    """A readable account of a validation error: what failed, then each schema error with its location."""
    text = str(exc) or type(exc).__name__
    errors = getattr(exc.__cause__, "schema_errors", None)
    if not errors:
        return text  # openapi-core's message already carries its cause
    what = text.split(":", 1)[0]
    details = "; ".join(f"{getattr(err, 'json_path', '$')}: {getattr(err, 'message', err)}" for err in errors)
    return f"{what}: {details}"


def _origin(url: httpx.URL) -> str:
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{url.host}{port}"


def _api_root_prefix(path: str) -> str:
    """The prefix a base URL's path adds before the spec's paths (``/proxy/api/v1`` -> ``/proxy``)."""
    path = path.rstrip("/")
    for root in _API_ROOTS:
        if path.endswith(root):
            return path[: -len(root)]
    return path


def _family(tags: Iterable[str]) -> str:
    """The host family of an operation by its tag: Track, Data Pipelines (``cdp``) or else the App API."""
    tags = set(tags)
    if tags & {"track", "track_v2"}:
        return "track"
    return "cdp" if "pipelines" in tags else "api"


def _host_family_error(host: str, family: str) -> str | None:
    """Track paths belong on ``track[-eu]`` hosts, App paths on ``api[-eu]``, Data Pipelines on ``cdp[-eu]``."""
    if host.split(".", 1)[0].split("-", 1)[0] != family:
        return f"this path belongs to the {family} host, not {host}"
    return None


# --------------------------------------------------------------------------------------------------
# The mock


@attrs.frozen
class _Queued:
    status: int
    json: Any
    headers: Mapping[str, str]
    content: bytes | None


class CustomerIOMock:
    """Intercepts the SDK's HTTP (sync and async clients) and plays Customer.io from the bundled spec.

    Use it as a context manager (``with``, also inside async tests; ``async with`` works too) or
    through the ``cio_mock`` pytest fixture. It takes every request to the spec's servers
    (``track[-eu]``, ``api[-eu]`` and ``cdp[-eu].customer.io``), every request the SDK sends wherever its
    ``url=`` points, and requests to the ``base_urls`` you add. Each request is validated against the
    spec; a non-conforming one is answered with a 400 (404 for an unknown path) and makes leaving the
    ``with`` block raise :class:`AssertionError` listing every violation. Requests to other hosts are
    not mocked: respx raises for them unless another respx router you started handles them.
    """

    def __init__(self, *, base_urls: Iterable[str] = ()) -> None:
        self._spec = _spec()
        self._lock = threading.Lock()
        self._bases: list[tuple[str, str]] = [(origin, "") for origin in self._spec.origins]
        for url in base_urls:
            self.add_base_url(url)
        self._calls: list[Call] = []
        self._violations: list[Violation] = []
        self._queues: dict[str, deque[_Queued]] = {}
        self._router = respx.MockRouter(assert_all_called=False, assert_all_mocked=True)
        self._router.route(name="customerio").side_effect = self._handle

    # -- lifecycle ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Start intercepting (what entering the ``with`` block does)."""
        self._router.start()

    def stop(self) -> None:
        """Stop intercepting; unlike leaving the ``with`` block, this does not check for violations."""
        self._router.stop(clear=False, reset=False, quiet=True)

    def __enter__(self) -> CustomerIOMock:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        self.assert_conforming()

    async def __aenter__(self) -> CustomerIOMock:
        return self.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, tb)

    def assert_conforming(self) -> None:
        """Raise :class:`AssertionError` listing every non-conforming request seen so far."""
        violations = self.violations
        if violations:
            lines = "\n".join(f"  - {violation}" for violation in violations)
            raise AssertionError(
                f"customerio.testing: {len(violations)} request(s) did not conform to the spec:\n{lines}"
            )

    def reset(self) -> None:
        """Forget recorded calls, violations and queued responses."""
        with self._lock:
            self._calls.clear()
            self._violations.clear()
            self._queues.clear()

    # -- configuration ------------------------------------------------------------------------------

    def add_base_url(self, url: str) -> None:
        """Also take requests under ``url`` (a mock server or proxy root, with or without ``/api/v1``)."""
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ValueError(f"base URL must be an absolute http(s) URL, not {url!r}")
        with self._lock:
            self._bases.append((_origin(parsed), _api_root_prefix(parsed.path)))

    def respond(
        self,
        operation_id: str,
        status: int = 200,
        *,
        json: Any = _EXAMPLE,
        headers: Mapping[str, str] | None = None,
        content: bytes | str | None = None,
        times: int = 1,
    ) -> None:
        """Queue the answer to the next ``times`` requests of ``operation_id`` (then the example again).

        ``json`` defaults to the spec's example for ``status`` (none if it documents none); ``content``
        sends raw bytes instead. Queued answers are used in order, e.g. a 429 then a 200 to exercise
        retries: ``respond("identify", 429, headers={"Retry-After": "0"})``.
        """
        if operation_id not in self._spec.by_id:
            known = ", ".join(sorted(self._spec.by_id))
            raise ValueError(f"unknown operation {operation_id!r}; the spec has: {known}")
        if not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status code, not {status!r}")
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times!r}")
        if json is not _EXAMPLE and content is not None:
            raise ValueError("give json or content, not both")
        body = content.encode() if isinstance(content, str) else content
        queued = _Queued(status, json, dict(headers or {}), body)
        with self._lock:
            self._queues.setdefault(operation_id, deque()).extend([queued] * times)

    # -- what was recorded --------------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        """Every request the mock answered, in order (retries included, whatever the status)."""
        with self._lock:
            return list(self._calls)

    @property
    def violations(self) -> list[Violation]:
        """Every non-conforming request seen so far."""
        with self._lock:
            return list(self._violations)

    def calls_of(self, operation_id: str) -> list[Call]:
        """The recorded calls of one operation (``"identify"``, ``"send_email"``, ...)."""
        return [call for call in self.calls if call.operation_id == operation_id]

    def _accepted(self, *operation_ids: str) -> list[Call]:
        return [call for call in self.calls if call.operation_id in operation_ids and call.succeeded]

    @property
    def identified(self) -> list[Identified]:
        """People identified (accepted ``identify`` calls), in order."""
        return [Identified(call.path_params["identifier"], _object(call.json)) for call in self._accepted("identify")]

    @property
    def events(self) -> list[Event]:
        """Events of known people, page views included (accepted ``track`` calls), in order."""
        events = []
        for call in self._accepted("track"):
            body = _object(call.json)
            events.append(
                Event(
                    customer_id=call.path_params["identifier"],
                    name=str(body.get("name", "")),
                    data=_object(body.get("data")),
                    timestamp=body.get("timestamp"),
                    id=body.get("id"),
                    type=str(body.get("type") or "event"),
                )
            )
        return events

    def events_for(self, customer_id: str | int) -> list[Event]:
        """The events of one person (as the SDK addressed them in the path)."""
        wanted = str(customer_id)
        return [event for event in self.events if event.customer_id == wanted]

    @property
    def anonymous_events(self) -> list[AnonymousEvent]:
        """Anonymous and invite events (accepted ``track_anonymous`` calls), in order."""
        events = []
        for call in self._accepted("track_anonymous"):
            body = _object(call.json)
            anonymous_id = body.get("anonymous_id")
            events.append(
                AnonymousEvent(
                    anonymous_id=None if anonymous_id is None else str(anonymous_id),
                    name=str(body.get("name", "")),
                    data=_object(body.get("data")),
                    timestamp=body.get("timestamp"),
                    id=body.get("id"),
                )
            )
        return events

    @property
    def devices(self) -> list[Device]:
        """Devices added or updated (accepted ``add_device`` calls), in order."""
        devices = []
        for call in self._accepted("add_device"):
            device = _object(_object(call.json).get("device"))
            devices.append(
                Device(
                    customer_id=call.path_params["identifier"],
                    device_id=str(device.get("id", "")),
                    platform=str(device.get("platform", "")),
                    last_used=device.get("last_used"),
                    attributes=_object(device.get("attributes")),
                )
            )
        return devices

    @property
    def deleted(self) -> list[str]:
        """Ids of people deleted (accepted ``destroy`` calls), in order."""
        return [call.path_params["identifier"] for call in self._accepted("destroy")]

    @property
    def messages_sent(self) -> list[SentMessage]:
        """Transactional messages of every channel (accepted ``send_*`` calls), in order."""
        sent = []
        for call in self.calls:
            if not (call.succeeded and call.operation_id and call.operation_id.startswith("send_")):
                continue
            body = _object(call.json)
            to = body.get("to")
            sent.append(
                SentMessage(
                    channel=call.operation_id.removeprefix("send_"),
                    identifiers=_object(body.get("identifiers")),
                    to=None if to is None else str(to),
                    transactional_message_id=body.get("transactional_message_id"),
                    message_data=_object(body.get("message_data")),
                    payload=body,
                )
            )
        return sent

    @property
    def emails_sent(self) -> list[SentMessage]:
        """Transactional emails sent, in order."""
        return [message for message in self.messages_sent if message.channel == "email"]

    @property
    def broadcasts_triggered(self) -> list[BroadcastTrigger]:
        """API-triggered broadcasts (accepted ``trigger_broadcast`` calls), in order."""
        triggers = []
        for call in self._accepted("trigger_broadcast"):
            body = _object(call.json)
            audience = {key: value for key, value in body.items() if key != "data"}
            triggers.append(
                BroadcastTrigger(
                    broadcast_id=call.path_params["broadcast_id"],
                    data=_object(body.get("data")),
                    recipients=audience or None,
                    payload=body,
                )
            )
        return triggers

    @property
    def batches(self) -> list[BatchOperation]:
        """Track v2 operations, flattened (accepted ``entity`` and ``batch`` calls), in order."""
        operations = []
        for call in self._accepted("entity", "batch"):
            body = _object(call.json)
            items = body.get("batch") if call.operation_id == "batch" else [body]
            for item in items if isinstance(items, list) else []:
                operation = _object(item)
                operations.append(
                    BatchOperation(
                        type=str(operation.get("type", "")),
                        action=str(operation.get("action", "")),
                        identifiers=_object(operation.get("identifiers")),
                        payload=operation,
                    )
                )
        return operations

    @property
    def pipelines_messages(self) -> list[PipelinesMessage]:
        """Data Pipelines messages of every type, flattened (accepted single calls and batches), in order."""
        messages = []
        for call in self.calls:
            if not (call.succeeded and call.operation_id and call.operation_id.startswith("pipelines_")):
                continue
            body = _object(call.json)
            items = body.get("batch") if call.operation_id == "pipelines_batch" else [body]
            for item in items if isinstance(items, list) else []:
                message = _object(item)
                messages.append(
                    PipelinesMessage(
                        type=str(message.get("type", "")),
                        user_id=_text_or_none(message.get("userId")),
                        anonymous_id=_text_or_none(message.get("anonymousId")),
                        event=_text_or_none(message.get("event")),
                        name=_text_or_none(message.get("name")),
                        properties=_object(message.get("properties")),
                        traits=_object(message.get("traits")),
                        group_id=_text_or_none(message.get("groupId")),
                        previous_id=_text_or_none(message.get("previousId")),
                        message_id=_text_or_none(message.get("messageId")),
                        timestamp=_text_or_none(message.get("timestamp")),
                        context=_object(message.get("context")),
                        payload=message,
                    )
                )
        return messages

    @property
    def pipelines_events(self) -> list[PipelinesMessage]:
        """Data Pipelines ``track`` messages (events), in order."""
        return [message for message in self.pipelines_messages if message.type == "track"]

    def pipelines_messages_for(self, user_id: str | int) -> list[PipelinesMessage]:
        """The Data Pipelines messages of one person, by ``userId`` (as the SDK sent it: text)."""
        wanted = str(user_id)
        return [message for message in self.pipelines_messages if message.user_id == wanted]

    # -- answering ----------------------------------------------------------------------------------

    def _prefix_for(self, request: httpx.Request) -> str | None:
        """The base-URL path prefix of a request the mock takes, or ``None`` for a request it leaves."""
        origin = _origin(request.url)
        raw_path = request.url.raw_path.decode("ascii").partition("?")[0]
        with self._lock:
            bases = list(self._bases)
        # Longest prefix first, so a proxy root under a mocked origin wins over the bare origin.
        for base_origin, prefix in sorted(bases, key=lambda base: -len(base[1])):
            if origin == base_origin and (raw_path == prefix or raw_path.startswith(prefix + "/")):
                return prefix
        if request.headers.get("user-agent", "").startswith(_SDK_USER_AGENT):
            return ""
        return None

    def _handle(self, request: httpx.Request) -> httpx.Response | None:
        prefix = self._prefix_for(request)
        if prefix is None:
            return None  # not ours: another respx router may take it
        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        path = raw_path[len(prefix) :]
        operation, path_params = self._spec.match(request.method, path)
        problems = self._check(request, operation, path, raw_query)
        status, response = self._answer(request, operation, path, problems)
        secret_values = [request.headers[name] for name in _SECRET_HEADERS if name in request.headers]
        problems = [_redact(problem, secret_values) for problem in problems]
        call = Call(
            operation_id=operation.operation_id if operation else None,
            method=request.method,
            host=request.url.host,
            path=path,
            path_params=path_params,
            query=dict(parse_qsl(raw_query, keep_blank_values=True)),
            json=_parse_json(request.content),
            headers={
                name.lower(): value for name, value in request.headers.items() if name.lower() not in _SECRET_HEADERS
            },
            status=status,
            violations=tuple(problems),
        )
        with self._lock:
            self._calls.append(call)
            self._violations.extend(Violation(request.method, path, call.operation_id, problem) for problem in problems)
        return response

    def _check(self, request: httpx.Request, operation: _Operation | None, path: str, raw_query: str) -> list[str]:
        if operation is None:
            if self._spec.path_known(path):
                return [f"the spec has no {request.method} operation at this path"]
            return ["the spec has no such path"]
        origin = _origin(request.url)
        problems = []
        if origin in self._spec.origins:
            host_url = origin
            wrong_host = _host_family_error(request.url.host, operation.family)
            if wrong_host:
                problems.append(wrong_host)
        else:
            # A url= override (mock server, proxy): validate as if sent to a declared server.
            host_url = self._spec.origins[0]
        try:
            with _VALIDATION_LOCK:
                self._spec.openapi.validate_request(_OpenAPIRequest(request, host_url, path, raw_query))
        except OpenAPIError as exc:
            problems.append(_describe(exc))
        return problems

    def _answer(
        self, request: httpx.Request, operation: _Operation | None, path: str, problems: list[str]
    ) -> tuple[int, httpx.Response]:
        if operation is None:
            message = f"customerio.testing: {request.method} {path} is not in the spec"
            return 404, httpx.Response(404, json={"meta": {"error": message}})
        if problems:
            # Not consuming a queued answer: the test's script stays aligned with conforming calls.
            return 400, httpx.Response(400, json={"meta": {"errors": problems}})
        with self._lock:
            queue = self._queues.get(operation.operation_id)
            queued = queue.popleft() if queue else None
        if queued is None:
            queued = _Queued(operation.success, _EXAMPLE, {}, None)
        if queued.content is not None:
            return queued.status, httpx.Response(queued.status, headers=queued.headers, content=queued.content)
        body = queued.json
        if body is _EXAMPLE:
            documented = operation.answer(queued.status)
            if not documented.has_body:
                return queued.status, httpx.Response(queued.status, headers=queued.headers)
            body = documented.example
        return queued.status, httpx.Response(queued.status, headers=queued.headers, json=body)


def _parse_json(content: bytes) -> Any:
    if not content:
        return None
    try:
        return jsonlib.loads(content)
    except ValueError:
        return None


def _object(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` without any credential value (a header's whole value, or its part after the scheme)."""
    for secret in secrets:
        for part in (secret, *secret.split(None, 1)[1:]):
            if len(part) >= 4:
                text = text.replace(part, "<redacted>")
    return text
