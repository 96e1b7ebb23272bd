"""Helpers of the contract suites: an httpx → openapi-core adapter, the spec's operations, the façade table.

Two independent request oracles: our own ``spec/openapi.yaml`` and, for Track and Data Pipelines operations,
the vendor's published definitions (found by ``tests/_vendor.py``; absent, their checks are skipped). ``FACADE`` maps every
operationId of the spec to the façade call that produces it, fed with values of a schemathesis case
(or of :func:`sample_inputs`), so the request and response suites and the Prism suite drive the very
same calls.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import schemathesis
import yaml
from hypothesis import settings
from openapi_core import OpenAPI

from customerio import (
    APIClient,
    AsyncAPIClient,
    AsyncPipelinesClient,
    AsyncTrackClient,
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
    TrackClient,
    _app_ops,
)
from customerio._app_calls import Op
from customerio._models import wire_name
from customerio._sync._pipelines import PipelinesClient
from customerio.testing._mock import openapi_config
from tests._openapi import HttpxOpenAPIRequest
from tests._support import API_KEY, APP_KEY, SITE_ID, WRITE_KEY
from tests._vendor import PIPELINES, TRACK, vendor_path

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"

TRACK_TAGS = frozenset({"track", "track_v2"})
PIPELINES_TAG = "pipelines"


# ---------------------------------------------------------------- Hypothesis settings


def contract_settings(operation_id: str | None = None) -> settings:
    """The contract profile chosen by ``HYPOTHESIS_PROFILE`` (``deep`` → many more examples).

    In CI, a plain App API operation draws fewer examples than the others: every one of them goes through
    the same generic builder (``customerio._app_calls.plain``), so what varies per operation is only its
    description, which a handful of examples covers; the deep profile gives each the full count.
    """
    import os

    deep = os.environ.get("HYPOTHESIS_PROFILE") == "deep"
    profile = settings.get_profile("contract-deep" if deep else "contract-ci")
    if operation_id is not None and not deep and operation_id in plain_app_operations():
        return settings(profile, max_examples=PLAIN_EXAMPLES)
    return profile


#: Examples per plain App API operation and flavour in CI (the others draw the profile's 20).
PLAIN_EXAMPLES = 8


def plain_app_operations() -> frozenset[str]:
    """The App API operations the generic builder makes (described in ``customerio._app_ops``)."""
    return frozenset(name for name in dir(_app_ops) if isinstance(getattr(_app_ops, name), Op))


def flavours(operation_ids: list[str]) -> list[tuple[str, str]]:
    """(operation, flavour) pairs: both flavours for hand-written calls, sync alone for plain App ones.

    A plain operation's sync and async methods hand the same description to the same builder; that they
    send the same request is pinned case by case, both flavours, in tests/test_node_parity.py.
    """
    plain = plain_app_operations()
    return [
        (op, flavour) for op in operation_ids for flavour in ("sync", "async") if flavour == "sync" or op not in plain
    ]


# ---------------------------------------------------------------- the spec and its operations


@cache
def spec_dict() -> dict[str, Any]:
    """``spec/openapi.yaml`` as plain data."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def our_openapi() -> OpenAPI:
    """openapi-core's view of our spec (reading uploads as the testing kit does)."""
    return OpenAPI.from_file_path(str(SPEC_PATH), config=openapi_config())


@cache
def _vendor_openapi(path: Path) -> OpenAPI:
    document = json.loads(path.read_text(encoding="utf-8"))
    return OpenAPI.from_dict(one_of_as_any_of(document), base_uri=path.as_uri())


def vendor_openapi() -> OpenAPI:
    """openapi-core's view of the vendor's Track definition (skips the test where it is absent).

    The vendor writes alternatives as ``oneOf`` even where they overlap (a person's identifier is
    ``oneOf`` three plain strings: every string matches all three, so no request could ever pass). Its
    intent is "any of these forms", so every ``oneOf`` is read as ``anyOf``; nothing else is changed.
    """
    return _vendor_openapi(vendor_path(TRACK))


def vendor_pipelines_openapi() -> OpenAPI:
    """openapi-core's view of the vendor's Data Pipelines definition (``oneOf`` read as ``anyOf``, as above)."""
    return _vendor_openapi(vendor_path(PIPELINES))


def vendor_openapi_for(operation: Operation) -> OpenAPI:
    """The vendor's definition that documents ``operation`` (Track or Data Pipelines)."""
    return vendor_pipelines_openapi() if operation.is_pipelines else vendor_openapi()


def one_of_as_any_of(node: Any) -> Any:
    """A copy of a JSON document with every ``oneOf`` keyword renamed ``anyOf``, and no ``discriminator``.

    The vendor's discriminators name a property (``action``) without a ``mapping``: a validator then looks
    for a schema named after the value (``#/components/schemas/event``), which the document does not have,
    and refuses every body. Read as ``anyOf``, the alternatives need no discriminator.
    """
    if isinstance(node, Mapping):
        return {
            ("anyOf" if key == "oneOf" else key): one_of_as_any_of(value)
            for key, value in node.items()
            if key != "discriminator"
        }
    if isinstance(node, list):
        return [one_of_as_any_of(item) for item in node]
    return node


@cache
def schema() -> Any:
    """Schemathesis' view of our spec."""
    return schemathesis.openapi.from_path(str(SPEC_PATH))


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the suites need to know about it."""

    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]

    @property
    def is_track(self) -> bool:
        """Whether it is a Track API operation (checked against the vendor's definition too)."""
        return bool(TRACK_TAGS & set(self.definition.get("tags", [])))

    @property
    def is_pipelines(self) -> bool:
        """Whether it is a Data Pipelines API operation (checked against the vendor's definition too)."""
        return PIPELINES_TAG in self.definition.get("tags", [])

    def api_operation(self) -> Any:
        """Schemathesis' ``APIOperation`` (its ``as_strategy()`` generates cases)."""
        return schema()[self.path][self.method.upper()]

    def responses(self) -> dict[str, dict[str, Any]]:
        """Status → response object, with ``#/components/responses`` references resolved."""
        out: dict[str, dict[str, Any]] = {}
        for status, response in self.definition["responses"].items():
            out[str(status)] = resolve(response)
        return out

    def success(self) -> tuple[int, Any]:
        """The first documented 2xx status and its example body (``None`` when it documents no content)."""
        for status, response in sorted(self.responses().items()):
            if status.startswith("2"):
                media = response.get("content", {}).get("application/json")
                if media is None:
                    return int(status), None
                return int(status), example_of(media)
        raise AssertionError(f"{self.operation_id} documents no 2xx response")


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s of our spec until ``node`` is not a reference."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec_dict()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def example_of(media: Mapping[str, Any]) -> Any:
    """The example of a media type object: ``example``, the first of ``examples``, or its schema's."""
    if "example" in media:
        return copy.deepcopy(media["example"])
    if "examples" in media:
        first = next(iter(media["examples"].values()))
        return copy.deepcopy(resolve(first)["value"])
    return copy.deepcopy(resolve(media["schema"])["example"])


@cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec by operationId; ``parameters`` resolved, the path item's included."""
    found: dict[str, Operation] = {}
    for path, item in spec_dict()["paths"].items():
        shared = [resolve(p) for p in item.get("parameters", [])]
        for method, definition in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                own = [resolve(p) for p in definition.get("parameters", [])]
                keys = {(p["name"], p["in"]) for p in own}
                merged = {**definition, "parameters": [p for p in shared if (p["name"], p["in"]) not in keys] + own}
                found[definition["operationId"]] = Operation(definition["operationId"], method, path, merged)
    return found


# ---------------------------------------------------------------- httpx → openapi-core


def request_errors(openapi: OpenAPI, request: httpx.Request) -> str | None:
    """``None`` when ``request`` conforms to ``openapi``, else a readable account of why not."""
    try:
        openapi.validate_request(HttpxOpenAPIRequest(request))
    except Exception as exc:  # openapi-core raises a family of errors; the cause chain says what failed
        reasons = [f"{type(exc).__name__}: {exc}"]
        cause: BaseException | None = exc.__cause__ or exc.__context__
        while cause is not None and len(reasons) < 6:
            reasons.append(f"{type(cause).__name__}: {cause}")
            for inner in getattr(cause, "schema_errors", ()) or ():
                reasons.append(f"  - {getattr(inner, 'message', inner)}")
            cause = cause.__cause__ or cause.__context__
        return "\n".join(reasons)
    return None


def case_request(operation: Operation, case: Any) -> httpx.Request:
    """The schemathesis case itself as a request (no façade involved), to ask an oracle about the input."""
    path = operation.path
    for name, value in (case.path_parameters or {}).items():
        path = path.replace("{" + name + "}", str(value))  # already percent-encoded by schemathesis
    host = (
        "https://track.customer.io"
        if operation.is_track
        else "https://cdp.customer.io"
        if operation.is_pipelines
        else "https://api.customer.io"
    )
    body = case.body if isinstance(case.body, (dict, list)) else None
    basic = operation.is_track or operation.is_pipelines
    return httpx.Request(
        operation.method.upper(),
        host + path,
        params={key: str(value) for key, value in (case.query or {}).items()},
        json=body,
        headers={"Authorization": "Basic c2l0ZS0xMjM6a2V5" if basic else "Bearer key"},
    )


def describe_request(request: httpx.Request) -> str:
    """Method, encoded URL and body of a request, for failure messages (test credentials only)."""
    body = request.content.decode("utf-8", "replace")
    return f"{request.method} {request.url.raw_path.decode('ascii')} {body[:2000]}"


# ---------------------------------------------------------------- inputs and clients


@dataclass
class Inputs:
    """Values for one façade call: decoded path parameters, query parameters and the JSON (or form) body."""

    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None

    @classmethod
    def from_case(cls, case: Any) -> Inputs:
        """From a schemathesis case: path parameters arrive percent-encoded, so decode them first."""
        body = case.body if isinstance(case.body, (dict, list)) else None
        return cls(
            path={key: unquote(str(value)) for key, value in (case.path_parameters or {}).items()},
            query=dict(case.query or {}),
            body=copy.deepcopy(body),
        )


@dataclass
class Clients:
    """A Track, an App and a Data Pipelines client of the same flavour (sync or async)."""

    track: Any
    app: Any
    pipelines: Any = None


def make_clients(flavour: str, root: str | None = None, **options: Any) -> Clients:
    """Sync or async clients, against the default US hosts or a mock root (``http://127.0.0.1:PORT``)."""
    track_cls, app_cls = (TrackClient, APIClient) if flavour == "sync" else (AsyncTrackClient, AsyncAPIClient)
    pipelines_cls = PipelinesClient if flavour == "sync" else AsyncPipelinesClient
    track_url = None if root is None else f"{root}/api/v1"
    app_url = None if root is None else f"{root}/v1"
    app_options = dict(options)
    options.pop("strict_responses", None)  # App API answers only
    return Clients(
        track=track_cls(SITE_ID, API_KEY, url=track_url, **options),
        app=app_cls(APP_KEY, url=app_url, **app_options),
        pipelines=pipelines_cls(WRITE_KEY, url=app_url, **options),  # the Pipelines root also ends in /v1
    )


async def close_clients(clients: Clients) -> None:
    """Close the clients, sync or async."""
    for client in (clients.track, clients.app, clients.pipelines):
        if hasattr(client, "aclose"):
            await client.aclose()
        else:
            client.close()


class Runner:
    """Calls façade functions of one flavour; async calls run on one event loop kept for the whole test."""

    def __init__(self, flavour: str, root: str | None = None, **options: Any) -> None:
        self.flavour = flavour
        self._loop = asyncio.new_event_loop() if flavour == "async" else None
        self.clients = self._run(self._make(root, options))

    async def _make(self, root: str | None, options: dict[str, Any]) -> Clients:
        return make_clients(self.flavour, root, **options)

    def _run(self, coroutine: Any) -> Any:
        if self._loop is None:
            return asyncio.run(coroutine) if inspect.iscoroutine(coroutine) else coroutine
        return self._loop.run_until_complete(coroutine)

    def call(self, operation_id: str, inputs: Inputs) -> Any:
        """Run the façade call of ``operation_id`` with ``inputs`` and return its result."""
        result = FACADE[operation_id](self.clients, inputs)
        if inspect.isawaitable(result):
            return self._run(_awaited(result))
        return result

    def close(self) -> None:
        """Close the clients and the loop."""
        self._run(close_clients(self.clients))
        if self._loop is not None:
            self._loop.close()


async def _awaited(value: Any) -> Any:
    return await value


# ---------------------------------------------------------------- the façade table

Facade = Callable[[Clients, Inputs], Any]

# Wire name → keyword of the Send*Request constructors, where they differ.
_SEND_KEYWORDS = {"from": "from_", "custom_device": "device"}


def _send_request(cls: type[Any], body: Mapping[str, Any]) -> Any:
    """A Send*Request from a generated body: documented fields as keywords, attachments via ``attach``.

    Keys outside the constructor's keywords (the schemas allow extra keys) cannot be expressed through
    the typed request objects and are left out; what remains must still conform.
    """
    accepted = set(inspect.signature(cls.__init__).parameters) - {"self"}
    kwargs = {
        _SEND_KEYWORDS.get(key, key): value for key, value in body.items() if _SEND_KEYWORDS.get(key, key) in accepted
    }
    request = cls(**kwargs)
    attachments = body.get("attachments")
    # Only emails take attachments; on other channels "attachments" is just one more extra key.
    if cls is SendEmailRequest and isinstance(attachments, Mapping):
        for name, content in attachments.items():
            request.attach(name, content, encode=False)
    return request


def _add_device(c: Clients, i: Inputs) -> Any:
    device = dict(i.body["device"])
    data = dict(device.get("attributes") or {})
    # ``last_used`` is the one key the façade takes out of the keywords; an attribute of that name
    # cannot be expressed.
    data.pop("last_used", None)
    if "last_used" in device:
        data["last_used"] = device["last_used"]
    return c.track.add_device(i.path["identifier"], device["id"], device["platform"], data)


def _merge(c: Clients, i: Inputs) -> Any:
    ((ptype, pid),) = i.body["primary"].items()
    ((stype, sid),) = i.body["secondary"].items()
    return c.track.merge_customers(ptype, pid, stype, sid)


def _track_anonymous(c: Clients, i: Inputs) -> Any:
    body = dict(i.body)
    anonymous_id = body.pop("anonymous_id", None)
    return c.track.track_anonymous(anonymous_id, body)


_SELECTORS = ("ids", "emails", "per_user_data", "data_file_url")
_SELECTOR_FLAGS = ("id_ignore_missing", "email_ignore_missing", "email_add_duplicates")


def _trigger_broadcast(c: Clients, i: Inputs) -> Any:
    """``data`` as such; ``recipients`` (a filter) or the flattened selectors with their flags."""
    body = i.body or {}
    if "recipients" in body:
        recipients = body["recipients"]
    elif any(key in body for key in _SELECTORS):
        recipients = {key: body[key] for key in (*_SELECTORS, *_SELECTOR_FLAGS) if key in body}
    else:
        recipients = None
    return c.app.trigger_broadcast(i.path["broadcast_id"], body.get("data"), recipients)


def _create_asset(c: Clients, i: Inputs) -> Any:
    """An upload of the case's ``file`` part (bytes; a text example as its UTF-8 bytes) as ``upload.png``."""
    body = dict(i.body or {})
    data = body.get("file", b"")
    data = getattr(data, "data", data)  # schemathesis draws binary parts as Binary(data=...)
    data = data.encode() if isinstance(data, str) else data
    folder = body.get("parent_folder_id")  # a form field of digits; the façade takes the number
    folder = int(folder) if isinstance(folder, str) and folder.isascii() and folder.isdigit() else folder
    return c.app.create_asset(data, "upload.png", name=body.get("name"), parent_folder_id=folder)


def _deliveries_export(c: Clients, i: Inputs) -> Any:
    options = dict(i.body)
    return c.app.create_deliveries_export(options.pop("newsletter_id"), options)


# A Data Pipelines body's wire keys as the clients' keyword arguments. ``type`` names the method; ``sentAt``,
# ``originalTimestamp`` and ``channel`` (which only ``batch`` items can carry) are left out of keyword calls.
_PIPELINES_KEYWORDS = {
    "userId": "user_id",
    "anonymousId": "anonymous_id",
    "traits": "traits",
    "event": "event",
    "properties": "properties",
    "name": "name",
    "category": "category",
    "groupId": "group_id",
    "previousId": "previous_id",
    "context": "context",
    "timestamp": "timestamp",
    "messageId": "message_id",
    "integrations": "integrations",
}


def _pipelines(kind: str) -> Facade:
    def facade(c: Clients, i: Inputs) -> Any:
        body = i.body if isinstance(i.body, Mapping) else {}
        kwargs = {_PIPELINES_KEYWORDS[key]: value for key, value in body.items() if key in _PIPELINES_KEYWORDS}
        return getattr(c.pipelines, kind)(**kwargs)

    return facade


FACADE: dict[str, Facade] = {
    # Track v1
    "identify": lambda c, i: c.track.identify(i.path["identifier"], i.body),
    "destroy": lambda c, i: c.track.destroy(i.path["identifier"]),
    "add_device": _add_device,
    "delete_device": lambda c, i: c.track.delete_device(i.path["identifier"], i.path["device_id"]),
    "suppress": lambda c, i: c.track.suppress(i.path["identifier"]),
    "unsuppress": lambda c, i: c.track.unsuppress(i.path["identifier"]),
    "unsubscribe": lambda c, i: c.track.unsubscribe(i.path["delivery_id"], (i.body or {}).get("unsubscribe", True)),
    "merge_customers": _merge,
    "track": lambda c, i: c.track.track(i.path["identifier"], i.body),
    "track_anonymous": _track_anonymous,
    "submit_form": lambda c, i: c.track.submit_form(i.path["form_id"], i.body["data"]),
    "report_metric": lambda c, i: c.track.report_metric(i.body),
    "track_push": lambda c, i: c.track.track_push(i.body),
    "add_customers_to_segment": lambda c, i: c.track.add_customers_to_segment(
        i.path["segment_id"], i.body["ids"], i.query.get("id_type")
    ),
    "remove_customers_from_segment": lambda c, i: c.track.remove_customers_from_segment(
        i.path["segment_id"], i.body["ids"], i.query.get("id_type")
    ),
    "get_account_region": lambda c, i: c.track.get_account_region(),
    # Track v2
    "entity": lambda c, i: c.track.entity(i.body),
    "batch": lambda c, i: c.track.batch(i.body.get("batch")),
    # App: transactional
    "send_email": lambda c, i: c.app.send_email(_send_request(SendEmailRequest, i.body)),
    "send_push": lambda c, i: c.app.send_push(_send_request(SendPushRequest, i.body)),
    "send_sms": lambda c, i: c.app.send_sms(_send_request(SendSMSRequest, i.body)),
    "send_whatsapp": lambda c, i: c.app.send_whatsapp(_send_request(SendWhatsAppRequest, i.body)),
    "send_inbox_message": lambda c, i: c.app.send_inbox_message(_send_request(SendInboxMessageRequest, i.body)),
    "send_in_app": lambda c, i: c.app.send_in_app(_send_request(SendInAppRequest, i.body)),
    # App: broadcasts, people, exports
    "trigger_broadcast": _trigger_broadcast,
    "create_customers_export": lambda c, i: c.app.create_customers_export(i.body["filters"]),
    "create_deliveries_export": _deliveries_export,
    # App: assets (the upload is multipart/form-data)
    "create_asset": _create_asset,
    # Data Pipelines
    **{f"pipelines_{kind}": _pipelines(kind) for kind in ("identify", "track", "page", "screen", "group", "alias")},
    "pipelines_batch": lambda c, i: c.pipelines.batch(i.body.get("batch")),
}


def _plain_app_call(operation_id: str) -> Facade:
    """The façade call of a plain App operation, from its description (``customerio._app_ops``).

    Path parameters come from the case's path, query options from its query, body arguments from its
    body (a key of it, or the whole of it); every argument is passed by its keyword.
    """
    op = getattr(_app_ops, operation_id)

    def facade(c: Clients, i: Inputs) -> Any:
        kwargs: dict[str, Any] = {}
        for param in op.params:
            wire = wire_name(param.wire)
            if param.where == "path":
                kwargs[param.name] = i.path[wire]
            elif param.where == "query":
                if wire in i.query:
                    kwargs[param.name] = i.query[wire]
            elif param.where == "field":
                if isinstance(i.body, Mapping) and param.wire in i.body:
                    kwargs[param.name] = i.body[param.wire]
            else:
                kwargs[param.name] = i.body
        return getattr(c.app, operation_id)(**kwargs)

    return facade


FACADE.update({name: _plain_app_call(name) for name in dir(_app_ops) if isinstance(getattr(_app_ops, name), Op)})

#: Operations deliberately reachable only through the generated low-level client (none today).
LOW_LEVEL_ONLY: frozenset[str] = frozenset()


# ---------------------------------------------------------------- sample inputs (spec examples)

_SAMPLE_PATH = {
    "identifier": "42",
    "device_id": "a83b219c-e756-4c5b-a8e3-d1a5c5b2f3c1",
    "delivery_id": "RPILAgUBcRhIBqSfeiIwdIYJKxTY",
    "form_id": "contact-us",
    "segment_id": "7",
    "broadcast_id": "3",
    "customer_id": "42",
    "export_id": "110",
}
_SAMPLE_QUERY = {"get_customers_by_email": {"email": "hugh.mann+test@example.com"}}


def _sample_path_value(param: Mapping[str, Any]) -> str:
    """A path value for a parameter: a fixed sample, else its example, first enum value, or a plain value."""
    if param["name"] in _SAMPLE_PATH:
        return _SAMPLE_PATH[param["name"]]
    schema = resolve(param.get("schema", {}))
    if "example" in param:
        return str(param["example"])
    if "enum" in schema:
        return str(schema["enum"][0])
    return "7" if schema.get("type") == "integer" else "sample-7"


def _sample_query_value(param: Mapping[str, Any]) -> Any:
    """A value for a required query parameter: its example, its schema's, its first enum value, or a plain one."""
    schema = resolve(param.get("schema", {}))
    for value in (param.get("example"), schema.get("example"), *schema.get("enum", [])[:1]):
        if value is not None:
            return value
    return 1735689600 if schema.get("type") == "integer" else "sample"


def sample_inputs(operation_id: str) -> Iterator[Inputs]:
    """Inputs built from the spec's request examples (each named example once), with fixed path values."""
    op = operations()[operation_id]
    params = [p for p in op.definition.get("parameters", []) if p["in"] == "path"]
    path = {p["name"]: _sample_path_value(p) for p in params}
    query = dict(_SAMPLE_QUERY.get(operation_id, {}))
    for param in op.definition.get("parameters", []):
        if param["in"] == "query" and param.get("required") and param["name"] not in query:
            query[param["name"]] = _sample_query_value(param)
    content = op.definition.get("requestBody", {}).get("content", {})
    media = content.get("application/json") or content.get("multipart/form-data")
    if media is None:
        yield Inputs(path, query, None)
        return
    if "examples" in media:
        for example in media["examples"].values():
            yield Inputs(dict(path), dict(query), copy.deepcopy(resolve(example)["value"]))
    else:
        yield Inputs(path, query, example_of(media))


def json_response(status: int, body: Any) -> httpx.Response:
    """A response as the API would send it (``None`` → no content)."""
    if body is None:
        return httpx.Response(status)
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
