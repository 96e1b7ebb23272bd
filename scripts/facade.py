"""Write the App API façade's plain operations from ``spec/openapi.yaml``: one typed, documented method each.

Most App API operations have no rules of their own, so they are described once, in the spec, and this
script writes their code, as ``scripts/unasync.py`` writes ``customerio/_sync``:

- ``customerio/_app_ops.py``: one :class:`~customerio._app_calls.Op` per operation (which generated
  endpoint builds it, its parameters, body, answer model, replay safety, pagination);
- ``customerio/_async/_app.py``: ``AsyncAppOperations``, a real ``async def`` per operation (and an
  ``iter_*`` method per cursor-paginated list), typed and documented, each handing its ``Op`` and the
  caller's values to one generic builder; ``scripts/unasync.py`` derives the sync twin;
- the App API method table of ``README.md``, between its ``app-api-methods`` markers;
- ``customerio/_webhook_events.py``: the reporting-webhook event kinds (every component schema whose
  ``metric`` is a ``const``; its ``object_type`` ``const``, if any, completes the key) with their generated
  models, for ``customerio.webhooks.parse_event``;
- ``customerio/types.py``: every answer model and every webhook event model, re-exported.

``scripts/generate.py`` runs this after the generator (``make generate``), and ``--check`` fails when a
written file is stale. What an operation's ``x-cio`` extension says (App API operations only)::

    x-cio:
      node: getSegmentMembership   # the official Node client's method (required)
      hand: true                   # the method is hand-written in customerio/_async/_api.py (rules of its own)
      args: [customer_id, id_type] # positional parameters in Node's order (default: path parameters in
                                   # path order, then body arguments); the other query parameters are
                                   # keyword-only
      body: data                   # the whole JSON body is the argument `data` (its schema's
                                   # minProperties, if any, is checked before sending) ...
      body: {import: import_data}  # ... or an object whose keys come from these arguments ...
      body: empty                  # ... or `{}`, as Node sends for a POST without data
      defaults: {id_type: id}      # sent when the caller gives None (Node always sends some options)
      replay: true                 # a POST that only reads: safe to replay after a failure
      pages: {items: identifiers}  # cursor pagination: the answer's `next` goes back as `start`

A query parameter may carry ``x-cio-name`` (the Python keyword, when it is not the wire name) and
``x-cio-time: true`` (unix seconds; a ``datetime`` is accepted and converted). A query parameter whose
schema is ``anyOf: [{type: string}, {type: integer}]`` is an identifier: text or a whole number, not blank
(openapi-core cannot read a query parameter typed ``[string, integer]``).

The counts a request schema sets that the generated models do not check (``minProperties``,
``maxProperties``, and ``minItems``/``maxItems`` of its list properties: "exactly one key per filter",
"1 to 100 ids") are written to ``customerio/_app_ops.py`` as ``COUNTS``, per component, and checked
before sending.

Usage::

    python scripts/facade.py [--check] [--generated DIR]
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import textwrap
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
GENERATED = ROOT / "generated" / "customerio_openapi"
OPS_FILE = Path("customerio") / "_app_ops.py"
METHODS_FILE = Path("customerio") / "_async" / "_app.py"
README = Path("README.md")
README_START = "<!-- app-api-methods: written by scripts/facade.py from spec/openapi.yaml; do not edit -->"
README_END = "<!-- /app-api-methods -->"
HEADER = "# Written by scripts/facade.py from spec/openapi.yaml: edit the spec, run `make generate`.\n"
APP_AUTH = "appBearerAuth"
IDENTIFIER_CHOICES = {"id", "email", "cio_id"}


# ---------------------------------------------------------------- reading the spec


@dataclass
class Arg:
    """One parameter of a façade method."""

    name: str
    where: str  # path | query | field | body
    wire: str
    kind: str
    annotation: str
    required: bool
    description: str
    choices: tuple[str, ...] = ()
    default: str | None = None
    positional: bool = False
    model: str = ""
    low: int | None = None
    high: int | None = None


@dataclass
class Operation:
    """One plain App API operation, as the façade needs it."""

    name: str
    node: str
    tag: str
    method: str
    path: str
    summary: str
    description: str
    args: list[Arg]
    request: str = ""
    body: str = ""
    response: str = ""
    replay: bool = False
    items: str = ""
    item_model: str = ""
    next_field: str = ""
    imports: set[str] = field(default_factory=set)


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    """The spec as plain data."""
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until ``node`` is not a reference."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: Any) -> str:
    """The component name of a ``$ref`` schema (the generated model's class name), or ``""``."""
    if isinstance(node, Mapping) and "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return ""


def app_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every App API operation (bearer-key auth), in spec order.

    The operation's ``parameters`` include its path item's (an operation's own win by name and place).
    """
    for path, item in spec["paths"].items():
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch") and is_app(op):
                own = [resolve(spec, p) for p in op.get("parameters", [])]
                keys = {(p["name"], p["in"]) for p in own}
                merged = [p for p in shared if (p["name"], p["in"]) not in keys] + own
                yield path, method, {**op, "parameters": merged}


def is_app(op: Mapping[str, Any]) -> bool:
    """Whether an operation belongs to the App API: it authenticates with the App API's bearer key."""
    return any(APP_AUTH in requirement for requirement in op.get("security", []))


def _functions(generated: Path, tag: str, name: str) -> dict[str, ast.FunctionDef]:
    module = generated / "api" / tag / f"{name}.py"
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def generated_kwargs(generated: Path, tag: str, name: str) -> list[str]:
    """The keyword names of a generated endpoint's ``_get_kwargs`` (path parameters first, in order)."""
    function = _functions(generated, tag, name)["_get_kwargs"]
    return [a.arg for a in function.args.args] + [a.arg for a in function.args.kwonlyargs]


def generated_body_type(generated: Path, tag: str, name: str) -> str:
    """The type of a generated endpoint's ``body`` (a model, or ``list[Model]``), or ``""``.

    An optional request body (``requestBody.required: false``) is annotated ``Model | Unset``: the model
    is still what the façade builds, since it sends ``{}`` itself when the caller gives nothing.
    """
    function = _functions(generated, tag, name)["_get_kwargs"]
    for arg in function.args.kwonlyargs:
        if arg.arg == "body" and arg.annotation is not None:
            annotation = ast.unparse(arg.annotation).strip("'\"")
            return " | ".join(p.strip() for p in annotation.split("|") if p.strip() != "Unset")
    return ""


def generated_answer_type(generated: Path, tag: str, name: str) -> str:
    """What a generated endpoint's parser returns for a 2xx (a model or ``list[Model]``), or ``""``."""
    function = _functions(generated, tag, name)["_parse_response"]
    annotation = ast.unparse(function.returns).strip("'\"") if function.returns is not None else ""
    parts = [p.strip() for p in annotation.split("|")]
    kept = [p for p in parts if p not in ("None", "Any") and not p.endswith("ErrorResponse")]
    if len(kept) > 1:
        raise SystemExit(f"{name}: several 2xx answer types {kept}; document one")
    return kept[0] if kept else ""


def python_field(generated: Path, model: str, wire: str) -> str:
    """The attribute of a generated model that holds the JSON key ``wire``."""
    source = _model_modules(generated)[model].read_text(encoding="utf-8")
    found = re.search(rf'field_dict\["{re.escape(wire)}"\] = (\w+)|"{re.escape(wire)}": (\w+),', source)
    if found is None:
        raise SystemExit(f"{model} has no field for the JSON key {wire!r}")
    return found.group(1) or found.group(2)


def model_names(annotation: str) -> set[str]:
    """The model class names in ``Model`` or ``list[Model]``."""
    return {annotation[5:-1]} if annotation.startswith("list[") else ({annotation} if annotation else set())


def _first_paragraph(text: str) -> str:
    return " ".join(text.strip().split("\n\n")[0].split())


def _schema_kind(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return str(kind or "any")


def _schema_kinds(schema: Mapping[str, Any]) -> set[str]:
    """Every JSON type a schema allows (its ``type``, or its ``anyOf``/``oneOf`` branches'), ``null`` aside."""
    kinds: set[str] = set()
    for branch in (schema, *schema.get("anyOf", ()), *schema.get("oneOf", ())):
        kind = branch.get("type")
        kinds |= {str(k) for k in kind} if isinstance(kind, list) else {str(kind)} if kind else set()
    return kinds - {"null"}


def _query_arg(spec: Mapping[str, Any], param: Mapping[str, Any], wire: str) -> Arg:
    schema = resolve(spec, param.get("schema", {}))
    name = str(param.get("x-cio-name", param["name"]))
    required = bool(param.get("required", False))
    choices = tuple(str(c) for c in schema.get("enum", ()))
    description = _first_paragraph(str(param.get("description", "")))
    if param.get("x-cio-time"):
        return Arg(name, "query", wire, "time", "int | datetime", required, description)
    if choices and set(choices) == IDENTIFIER_CHOICES:
        return Arg(name, "query", wire, "identifier", "IdentifierType | str", required, description, choices)
    if choices:
        literal = "Literal[" + ", ".join(repr(c) for c in choices) + "]"
        return Arg(name, "query", wire, "choice", literal, required, description, choices)
    if {"string", "integer"} <= _schema_kinds(schema):
        return Arg(name, "query", wire, "id", "Id", required, description)
    kind = _schema_kind(schema)
    if kind == "integer":
        low, high = _bounds(schema)
        return Arg(name, "query", wire, "int", "int", required, description, low=low, high=high)
    if kind == "boolean":
        return Arg(name, "query", wire, "bool", "bool", required, description)
    return Arg(name, "query", wire, "text", "str", required, description)


def _path_arg(spec: Mapping[str, Any], param: Mapping[str, Any], wire: str) -> Arg:
    schema = resolve(spec, param.get("schema", {}))
    name = str(param["name"])
    description = _first_paragraph(str(param.get("description", "")))
    choices = tuple(str(c) for c in schema.get("enum", ()))
    if choices:
        literal = "Literal[" + ", ".join(repr(c) for c in choices) + "]"
        return Arg(name, "path", wire, "choice", literal, True, description, choices, positional=True)
    if _schema_kind(schema) == "integer":
        low, high = _bounds(schema)
        return Arg(name, "path", wire, "number", "Id", True, description, positional=True, low=low, high=high)
    annotation = "Id" if name.endswith("_id") else "str"
    return Arg(name, "path", wire, "id", annotation, True, description, positional=True)


def _bounds(schema: Mapping[str, Any]) -> tuple[int | None, int | None]:
    """The range of an integer schema: its minimum and maximum, else what its format allows."""
    limits = {"int32": 2**31 - 1, "int64": 2**63 - 1}
    low = schema.get("minimum")
    high = schema.get("maximum", limits.get(str(schema.get("format"))))
    return (None if low is None else int(low)), (None if high is None else int(high))


def _body_kind(schema: Mapping[str, Any]) -> tuple[str, str]:
    kind = _schema_kind(schema)
    if kind == "array":
        return "array", "Sequence[Any]"
    if kind == "object":
        return "object", "Mapping[str, Any]"
    if kind in ("integer", "string"):
        return "id", "Id"
    return "any", "Any"


def read_operation(spec: Mapping[str, Any], generated: Path, path: str, method: str, op: dict[str, Any]) -> Operation:
    """What the façade needs to know of one plain App operation."""
    cio = op.get("x-cio") or {}
    name = str(op["operationId"])
    tag = str(op["tags"][0])
    kwargs = generated_kwargs(generated, tag, name)
    params = [resolve(spec, p) for p in op.get("parameters", [])]
    path_names = re.findall(r"{(\w+)}", path)
    path_params = sorted((p for p in params if p["in"] == "path"), key=lambda p: path_names.index(p["name"]))
    # The generated _get_kwargs takes path parameters first, in path order, then the query ones by name.
    args: list[Arg] = [_path_arg(spec, p, kwargs[i]) for i, p in enumerate(path_params)]
    query_wire = {p["name"]: _generated_name(p["name"], kwargs) for p in params if p["in"] == "query"}
    args += [_query_arg(spec, p, query_wire[p["name"]]) for p in params if p["in"] == "query"]
    operation = Operation(
        name=name,
        node=str(cio["node"]),
        tag=tag,
        method=method.upper(),
        path=path,
        summary=str(op.get("summary", "")).strip(),
        description=str(op.get("description", "")).strip(),
        args=args,
        replay=bool(cio.get("replay", False)),
    )
    _read_body(spec, op, cio, operation)
    _read_response(spec, op, cio, operation)
    if operation.body and operation.body != "empty":
        operation.request = generated_body_type(generated, tag, name)
    operation.response = generated_answer_type(generated, tag, name)
    if operation.items:
        # The answer's attributes are the generated Python names (`next` becomes `next_`).
        operation.items = python_field(generated, operation.response, operation.items)
        operation.next_field = python_field(generated, operation.response, "next")
    order = list(cio.get("args") or [a.name for a in operation.args if a.where != "query"])
    by_name = {a.name: a for a in operation.args}
    unknown = [n for n in order if n not in by_name]
    if unknown:
        raise SystemExit(f"{name}: x-cio.args names {unknown}, which are not parameters of the operation")
    for arg_name in order:
        by_name[arg_name].positional = True
    positional = [by_name[n] for n in order]
    keywords = [a for a in operation.args if not a.positional]
    operation.args = positional + keywords
    for arg_name, value in (cio.get("defaults") or {}).items():
        by_name[arg_name].default = str(value)
    return operation


def _generated_name(wire: str, kwargs: list[str]) -> str:
    for candidate in (wire, f"{wire}_", f"field_{wire}"):
        if candidate in kwargs:
            return candidate
    raise SystemExit(f"no generated keyword for the query parameter {wire!r} among {kwargs}")


def _read_body(spec: Mapping[str, Any], op: Mapping[str, Any], cio: Mapping[str, Any], out: Operation) -> None:
    body = cio.get("body")
    request = resolve(spec, op.get("requestBody", {}))
    media = request.get("content", {}).get("application/json", {})
    schema_ref = media.get("schema", {})
    schema = resolve(spec, schema_ref)
    if body is None:
        if request:
            raise SystemExit(f"{out.name}: a request body needs x-cio.body (an argument, a mapping or `empty`)")
        return
    out.request = ref_name(schema_ref)
    if body == "empty":
        out.body = "empty"
        return
    if isinstance(body, str):
        kind, annotation = _body_kind(schema)
        required = bool(request.get("required", False))
        description = _first_paragraph(str(request.get("description", schema.get("description", ""))))
        # minProperties of a whole-body object: an update that must change something (Node sends `{}`).
        fewest = schema.get("minProperties") if kind == "object" else None
        low = None if fewest is None else int(fewest)
        out.args.append(Arg(body, "body", body, kind, annotation, required, description, low=low))
        out.body = "array" if kind == "array" else "object"
        return
    properties = schema.get("properties", {})
    required_keys = set(schema.get("required", []))
    for wire, arg_name in body.items():
        prop_ref = properties.get(wire, {})
        prop = resolve(spec, prop_ref)
        kind, annotation = _body_kind(prop)
        description = _first_paragraph(str(prop.get("description", "")))
        arg = Arg(str(arg_name), "field", str(wire), kind, annotation, wire in required_keys, description)
        arg.model = ref_name(prop_ref) if kind == "object" else ""
        out.args.append(arg)
    out.body = "object"


def _read_response(spec: Mapping[str, Any], op: Mapping[str, Any], cio: Mapping[str, Any], out: Operation) -> None:
    for status, response in sorted(op.get("responses", {}).items(), key=lambda kv: str(kv[0])):
        if not str(status).startswith("2"):
            continue
        media = resolve(spec, response).get("content", {}).get("application/json")
        if media is None:
            return
        if not ref_name(media.get("schema", {})):
            raise SystemExit(f"{out.name}: its {status} schema must be a $ref to a component (the answer's model)")
        pages = cio.get("pages")
        if pages:
            out.items = str(pages["items"])
            schema = resolve(spec, media["schema"])
            item = schema.get("properties", {}).get(out.items, {}).get("items", {})
            out.item_model = ref_name(item)
            if not out.item_model:
                raise SystemExit(f"{out.name}: pages.items {out.items!r} must be an array of a $ref component")
        return
    raise SystemExit(f"{out.name} documents no 2xx response")


def plain_operations(spec: Mapping[str, Any], generated: Path) -> list[Operation]:
    """Every App API operation without a hand-written method, in spec order."""
    found: list[Operation] = []
    for path, method, op in app_operations(spec):
        cio = op.get("x-cio")
        if not cio or "node" not in cio:
            raise SystemExit(f"{method.upper()} {path}: App API operations need x-cio.node (the Node method)")
        if cio.get("hand"):
            continue
        found.append(read_operation(spec, generated, path, method, op))
    return found


def all_app_methods(spec: Mapping[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    """(method, Node name, HTTP method, path, answer model, tag) of every App API operation, hand-written too."""
    found = []
    for path, method, op in app_operations(spec):
        answer = ""
        for status, response in sorted(op.get("responses", {}).items(), key=lambda kv: str(kv[0])):
            if str(status).startswith("2"):
                media = resolve(spec, response).get("content", {}).get("application/json", {})
                answer = ref_name(media.get("schema", {}))
                break
        found.append((str(op["operationId"]), str(op["x-cio"]["node"]), method.upper(), path, answer, op["tags"][0]))
    return found


def request_counts(spec: Mapping[str, Any], ops: list[Operation]) -> dict[str, tuple[Any, Any, dict[str, Any]]]:
    """The counts the generated models do not check, of each request component the bodies reach.

    Model → (min keys, max keys, {JSON key: (min items, max items)}), for the models that set any.
    """
    schemas = spec["components"]["schemas"]
    todo = [name for op in ops for name in (*model_names(op.request), *(a.model for a in op.args if a.model))]
    found: dict[str, tuple[Any, Any, dict[str, Any]]] = {}
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        schema = schemas[name]
        items: dict[str, Any] = {}
        for key, prop in schema.get("properties", {}).items():
            todo.append(ref_name(prop))
            resolved = resolve(spec, prop)
            todo.append(ref_name(resolved.get("items", {})))
            if "minItems" in resolved or "maxItems" in resolved:
                items[key] = (resolved.get("minItems"), resolved.get("maxItems"))
        low, high = schema.get("minProperties"), schema.get("maxProperties")
        if low is not None or high is not None or items:
            found[name] = (low, high, items)
    return dict(sorted(found.items()))


# ---------------------------------------------------------------- writing code


def iter_name(op: Operation) -> str:
    """``get_segment_membership`` → ``iter_segment_membership``; other names just gain the prefix."""
    for prefix in ("get_", "list_"):
        if op.name.startswith(prefix):
            return "iter_" + op.name[len(prefix) :]
    return "iter_" + op.name


def render_ops(ops: list[Operation], counts: Mapping[str, tuple[Any, Any, Mapping[str, Any]]]) -> str:
    """``customerio/_app_ops.py``."""
    models = sorted(set().union(*(model_names(op.response) for op in ops)))
    lines = [
        HEADER,
        '"""The App API operations without rules of their own, one :class:`Op` each (see ``_app_calls``)."""\n',
        "from __future__ import annotations\n",
        "from typing import TYPE_CHECKING\n",
        "from ._app_calls import Counts, Op, Param",
        "from ._policy import Safety\n",
        "if TYPE_CHECKING:",
        "    from customerio_openapi.models import (",
        *[f"        {m}," for m in models],
        "    )\n",
        "#: The counts of the request models that the generated models do not check, per model: how many keys",
        "#: an object has (minProperties, maxProperties) and how many items each list holds (minItems, maxItems).",
        "COUNTS: dict[str, Counts] = {",
        *[f"    {name!r}: Counts({low!r}, {high!r}, {dict(items)!r})," for name, (low, high, items) in counts.items()],
        "}\n",
    ]
    for op in ops:
        params = "".join(_param_literal(a) + ", " for a in op.args)
        answer = op.response or "None"
        extra = []
        if op.request:
            extra.append(f"request={op.request!r}")
        if op.body:
            extra.append(f"body={op.body!r}")
        if op.response:
            extra.append(f"response={op.response!r}")
        if op.method == "POST" and not op.replay:
            extra.append("safety=Safety.ONCE")
        if op.items:
            extra.append(f"items={op.items!r}")
            if op.next_field != "next":
                extra.append(f"next={op.next_field!r}")
        tail = "".join(f", {e}" for e in extra)
        lines.append(f"{op.name}: Op[{answer}] = Op({op.name!r}, '{op.tag}.{op.name}', ({params}){tail})")
    return "\n".join(lines) + "\n"


def _param_literal(arg: Arg) -> str:
    extra = ""
    if arg.required:
        extra += ", required=True"
    if arg.choices and arg.kind == "choice":
        extra += f", choices={arg.choices!r}"
    if arg.default is not None:
        extra += f", default={arg.default!r}"
    if arg.model:
        extra += f", model={arg.model!r}"
    if arg.low is not None:
        extra += f", low={arg.low}"
    if arg.high is not None:
        extra += f", high={arg.high}"
    return f"Param({arg.name!r}, {arg.where!r}, {arg.wire!r}, {arg.kind!r}{extra})"


def _signature(op: Operation, *, skip: str = "") -> str:
    parts = ["self"]
    star = False
    for arg in op.args:
        if arg.name == skip:
            continue
        if not arg.positional and not star:
            parts.append("*")
            star = True
        if arg.required and arg.default is None:
            parts.append(f"{arg.name}: {arg.annotation}")
        elif arg.default is not None:
            parts.append(f"{arg.name}: {arg.annotation} = {arg.default!r}")
        else:
            parts.append(f"{arg.name}: {arg.annotation} | None = None")
    return ", ".join(parts)


def _docstring(op: Operation, extra: str = "") -> str:
    summary = op.summary.rstrip(".") + "."
    body = [summary, ""]
    description = _first_paragraph(op.description)
    if description and description != op.summary:
        body += [*textwrap.wrap(description, 100), ""]
    where = f"``{op.method} {op.path}`` (Node: ``{op.node}``)."
    # A long path puts the Node name on a line of its own: docstring lines stay within the line length.
    body += [where, ""] if len(where) <= 100 else [f"``{op.method} {op.path}``", f"(Node: ``{op.node}``).", ""]
    if extra:
        body += [*textwrap.wrap(extra, 100), ""]
    documented = [a for a in op.args if a.description]
    if documented:
        body.append("Args:")
        for arg in documented:
            text = textwrap.wrap(f"{arg.name}: {arg.description}", 96)
            body += ["    " + text[0], *["        " + t for t in text[1:]]]
        body.append("")
    return "\n".join(body).rstrip("\n") + ("\n" if documented else "")


def _indent_doc(text: str) -> str:
    lines = text.replace("\\", "\\\\").split("\n")
    out = [f'        """{lines[0]}']
    out += [("        " + line) if line else "" for line in lines[1:]]
    out.append('        """')
    return "\n".join(out)


def render_methods(ops: list[Operation]) -> str:
    """``customerio/_async/_app.py``."""
    items = {op.item_model for op in ops if op.item_model}
    models = sorted(set().union(*(model_names(op.response) for op in ops)) | items)
    out = [
        HEADER,
        '"""``AsyncAppOperations``: the plain App API operations of ``AsyncAPIClient``, one typed method each.\n',
        "Each method hands its operation's description (``customerio._app_ops``) and the caller's values to one",
        "generic builder (``customerio._app_calls.plain``), which validates them before anything is sent.",
        '"""\n',
        "from __future__ import annotations\n",
        "from collections.abc import AsyncIterator, Mapping, Sequence",
        "from datetime import datetime",
        "from typing import TYPE_CHECKING, Any, Literal\n",
        "from .. import _app_ops as ops",
        "from .._app_calls import plain",
        "from .._types import IdentifierType",
        "from ._base import AsyncBaseClient\n",
        "if TYPE_CHECKING:",
        "    from customerio_openapi.models import (",
        *[f"        {m}," for m in models],
        "    )\n",
        "Id = str | int\n\n",
        "class AsyncAppOperations(AsyncBaseClient):",
        '    """The App API operations without rules of their own (see :class:`AsyncAPIClient`)."""\n',
    ]
    for op in ops:
        answer = op.response or "None"
        values = ", ".join(a.name for a in op.args)
        walk = f":meth:`{iter_name(op)}` walks every page." if op.items else ""
        out += [
            f"    async def {op.name}({_signature(op)}) -> {answer}:",
            _indent_doc(_docstring(op, walk)),
            f"        return await self._send(plain(ops.{op.name}{', ' if values else ''}{values}))\n",
        ]
        if op.items:
            cursor = "start"
            values_list = ", ".join("None" if a.name == cursor else a.name for a in op.args)
            doc = (
                f"Every item of :meth:`{op.name}`, page after page"
                + (" (``limit`` is the page size)." if any(a.name == "limit" for a in op.args) else ".")
                + "\n\nIt stops after the last page and raises ``PaginationError`` if the API repeats a cursor."
            )
            out += [
                f"    def {iter_name(op)}({_signature(op, skip=cursor)}) -> AsyncIterator[{op.item_model}]:",
                _indent_doc(doc),
                f"        return self._walk(ops.{op.name}, [{values_list}])\n",
            ]
    return "\n".join(out).rstrip() + "\n"


def render_readme_table(spec: Mapping[str, Any], ops: list[Operation]) -> str:
    """The App API method tables of the README, one per tag (hand-written and generated methods alike)."""
    plain = {op.name: op for op in ops}
    tags = {str(t["name"]): str(t.get("description", t["name"])) for t in spec.get("tags", [])}
    by_tag: dict[str, list[str]] = {}
    for name, node, method, path, answer, tag in all_app_methods(spec):
        op = plain.get(name)
        call = f"{name}({_short_signature(op)})" if op else f"{name}(…)"
        shown = op.response if op else answer
        returns = f"`{shown}`" if shown else "nothing"
        rows = by_tag.setdefault(tag, [])
        rows.append(f"| `{call}` | `{node}` | `{method} {path}` | {returns} |")
        if op and op.items:
            rows.append(f"| `{iter_name(op)}(…)` | | every page of the above | each `{op.item_model}` |")
    out: list[str] = []
    for tag, rows in by_tag.items():
        title = tags.get(tag, tag).removeprefix("App API: ")
        out += [f"**{title[:1].upper() + title[1:]}**", ""]
        out += ["| method | Node | sends | returns (`customerio.types`) |", "|---|---|---|---|", *rows, ""]
    return "\n".join(out).rstrip()


def _short_signature(op: Operation) -> str:
    positional = [a.name for a in op.args if a.positional]
    keywords = [a.name for a in op.args if not a.positional]
    return ", ".join(positional + (["*", *keywords] if keywords else []))


def with_readme_table(readme: str, table: str) -> str:
    """The README with its App API method table replaced."""
    start = readme.index(README_START) + len(README_START)
    end = readme.index(README_END)
    return readme[:start] + "\n" + table + "\n" + readme[end:]


def answer_models(generated: Path, extra: Iterable[str] = ()) -> list[str]:
    """Every generated model an answer of any operation (or an ``extra`` root) can contain, nested ones too."""
    todo: list[str] = list(extra)
    for module in sorted((generated / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        function = _functions(generated, module.parent.name, module.stem)["_parse_response"]
        annotation = ast.unparse(function.returns).strip("'\"") if function.returns is not None else ""
        for part in (p.strip() for p in annotation.split("|")):
            if part not in ("None", "Any", "ErrorResponse"):  # ErrorResponse: the v1 error body, not an answer
                todo += sorted(model_names(part))
    index = _model_modules(generated)
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in index:
            continue
        seen.add(name)
        tree = ast.parse(index[name].read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models."):
                todo += [alias.name for alias in node.names]
    return sorted(seen)


def _model_modules(generated: Path) -> dict[str, Path]:
    """Model class name → its module file, from the generated package's (lazy) model index."""
    init = (generated / "models" / "__init__.py").read_text(encoding="utf-8")
    pairs = re.findall(r'"(\w+)": "\.(\w+)"', init)
    return {name: generated / "models" / f"{module}.py" for name, module in pairs}


TYPES_FILE = Path("customerio") / "types.py"


def render_types(models: list[str]) -> str:
    """``customerio/types.py``: every answer model, re-exported and imported on first use."""
    names = sorted([*models, "UNSET", "Unset"])
    return (
        "\n".join(
            [
                HEADER,
                '"""The typed values the clients return, and the webhook events, for annotating your own code.',
                "",
                "These are the generated attrs models of the API's answers and of the reporting-webhook events",
                "``customerio.webhooks.parse_event`` returns (``customerio_openapi.models``),",
                "re-exported here so apps need not import the generated package; each is imported on first use. A",
                "field the answer did not carry holds :data:`UNSET` (an instance of :class:`Unset`); narrow with",
                "``isinstance(value, Unset)``. Keys the schema does not list are kept in each model's",
                "``additional_properties``; ``customerio.raw_json(value)`` gives the body as the API sent it.",
                "",
                ">>> from customerio.types import SendMessageResponse",
                ">>> def remember(resp: SendMessageResponse) -> None: ...",
                '"""',
                "",
                "from typing import TYPE_CHECKING",
                "",
                "from customerio_openapi.types import UNSET, Unset",
                "",
                "if TYPE_CHECKING:",
                "    from customerio_openapi.models import (",
                *[f"        {m}," for m in models],
                "    )",
                "",
                "__all__ = [",
                *[f'    "{n}",' for n in names],
                "]",
                "",
                "if not TYPE_CHECKING:",
                "",
                "    def __getattr__(name: str) -> object:",
                "        if name not in __all__:",
                '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
                "        import customerio_openapi.models",
                "",
                "        value = getattr(customerio_openapi.models, name)",
                "        globals()[name] = value",
                "        return value",
                "",
                "",
                "def __dir__() -> list[str]:",
                "    return sorted(set(globals()) | set(__all__))",
            ]
        )
        + "\n"
    )


WEBHOOK_EVENTS_FILE = Path("customerio") / "_webhook_events.py"


def webhook_events(spec: Mapping[str, Any]) -> list[tuple[str | None, str, str]]:
    """(object_type or None for any, metric, component) of every reporting-webhook event kind of the spec.

    An event kind is a component schema whose ``metric`` property is a ``const``; the ``const`` of its
    ``object_type``, if it has one, completes the key (person events accept any ``object_type``).
    """
    found: list[tuple[str | None, str, str]] = []
    for name, schema in spec["components"]["schemas"].items():
        properties = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
        metric = properties.get("metric", {})
        if "const" not in metric:
            continue
        object_type = properties.get("object_type", {}).get("const")
        found.append((None if object_type is None else str(object_type), str(metric["const"]), str(name)))
    keys = [(object_type, metric) for object_type, metric, _ in found]
    repeated = sorted({str(key) for key in keys if keys.count(key) > 1})
    if repeated:
        raise SystemExit(f"several webhook event schemas share (object_type, metric): {repeated}")
    return found


def render_webhook_events(events: list[tuple[str | None, str, str]]) -> str:
    """``customerio/_webhook_events.py``: the event kinds, and their union for type checkers."""
    models = sorted({name for _, _, name in events})
    rows = [f"    ({object_type!r}, {metric!r}): {name!r}," for object_type, metric, name in events]
    return "\n".join(
        [
            HEADER,
            '"""The reporting-webhook event kinds of the spec, each with the generated model that types it.',
            "",
            "``customerio.webhooks.parse_event`` looks an event's ``(object_type, metric)`` up in :data:`KINDS`,",
            "then ``(None, metric)`` (person events accept any ``object_type``), and imports the model on first use.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "from typing import TYPE_CHECKING, TypeAlias",
            "",
            "if TYPE_CHECKING:",
            "    from customerio_openapi.models import (",
            *[f"        {m}," for m in models],
            "    )",
            "",
            "#: ``(object_type, metric)`` → the event's model; ``object_type`` ``None`` matches any object type.",
            "KINDS: dict[tuple[str | None, str], str] = {",
            *rows,
            "}",
            "",
            "if TYPE_CHECKING:",
            "    #: Every typed reporting-webhook event.",
            "    TypedEvent: TypeAlias = " + " | ".join(models),
            "",
        ]
    )


def render(spec: Mapping[str, Any], generated: Path, root: Path = ROOT) -> dict[Path, str]:
    """Every file this script writes (relative path → content), the README included."""
    ops = plain_operations(spec, generated)
    events = webhook_events(spec)
    readme = (root / README).read_text(encoding="utf-8")
    return {
        OPS_FILE: format_source(render_ops(ops, request_counts(spec, ops)), root),
        METHODS_FILE: format_source(render_methods(ops), root),
        README: with_readme_table(readme, render_readme_table(spec, ops)),
        TYPES_FILE: format_source(render_types(answer_models(generated, (name for *_, name in events))), root),
        WEBHOOK_EVENTS_FILE: format_source(render_webhook_events(events), root),
    }


def format_source(text: str, root: Path) -> str:
    """Formatted with the project's pinned ruff (imports sorted), as ``make format`` would leave it."""
    import subprocess
    import sysconfig

    ruff = str(Path(sysconfig.get_path("scripts")) / "ruff")
    for args in (["check", "--select", "I,F401,RUF022", "--fix", "--quiet", "--exit-zero"], ["format"]):
        cmd = [ruff, *args, "--stdin-filename", "customerio/module.py", "-"]
        text = subprocess.run(cmd, input=text, capture_output=True, text=True, check=True, cwd=root).stdout
    return text


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) the façade's generated files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--generated", type=Path, default=GENERATED)
    args = parser.parse_args(argv)
    files = render(load_spec(), args.generated)
    stale = [str(p) for p, text in files.items() if not (ROOT / p).exists() or (ROOT / p).read_text() != text]
    if args.check:
        if stale:
            print(f"stale: {', '.join(stale)}: run `make generate`", file=sys.stderr)
            return 1
        return 0
    for relative, text in files.items():
        (ROOT / relative).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
