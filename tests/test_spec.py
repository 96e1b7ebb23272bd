"""The hand-written OpenAPI document: valid, complete, self-consistent and in agreement with the vendor."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests._vendor import PIPELINES, TRACK, vendor_path

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_URI = "urn:customerio-py:spec"

TRACK_OPERATION_IDS = {
    # Track API v1
    "identify",
    "destroy",
    "add_device",
    "delete_device",
    "suppress",
    "unsuppress",
    "unsubscribe",
    "track",
    "track_anonymous",
    "submit_form",
    "merge_customers",
    "report_metric",
    "track_push",
    "add_customers_to_segment",
    "remove_customers_from_segment",
    "get_account_region",
    # Track API v2
    "entity",
    "batch",
}
PIPELINES_OPERATION_IDS = {
    f"pipelines_{kind}" for kind in ("identify", "track", "page", "screen", "group", "alias", "batch")
}
NODE_API_METHODS = ROOT / "tests" / "data" / "node_api_methods.txt"

# Keywords whose value is one subschema / a list of subschemas / a map of subschemas.
SCHEMA_KEYWORDS = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")
SCHEMA_LIST_KEYWORDS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_TAIL_KEYWORDS = ("unevaluatedProperties", "unevaluatedItems")


@cache
def spec() -> dict[str, Any]:
    """Our spec, parsed once."""
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def vendor() -> dict[str, Any]:
    """The vendor's Track definition (skips the test where it is absent, fails it in CI)."""
    return _vendor(vendor_path(TRACK))


@cache
def _vendor(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/...``) until ``node`` is not a reference."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert isinstance(ref, str), f"non-string $ref: {ref!r}"
        assert ref.startswith("#/"), f"only local $refs are expected, got {ref!r}"
        assert ref not in seen, f"$ref cycle through {ref}"
        seen.add(ref)
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            assert isinstance(target, dict), f"$ref {ref} walks into a non-object"
            assert part in target, f"dangling $ref {ref}"
            target = target[part]
        node = target
    return node


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """Yield (path, method, path item, operation) for every operation of ``doc``."""
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item, item[method]


def parameter_names(doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any], where: str) -> set[str]:
    """Names of the ``where`` (path/query) parameters of an operation, path-level ones included."""
    params = [resolve(doc, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    return {p["name"] for p in params if p["in"] == where}


def required_fields(doc: dict[str, Any], schema: Any) -> set[str]:
    """Top-level fields a body must carry: a oneOf/anyOf's common ones, an allOf's union."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return set()
    fields = set(schema.get("required", []))
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            branches = [required_fields(doc, branch) for branch in schema[keyword]]
            fields |= set.intersection(*branches) if branches else set()
    for branch in schema.get("allOf", []):
        fields |= required_fields(doc, branch)
    return fields


def body_required_fields(doc: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Required top-level fields of an operation's JSON request body (none without a body)."""
    if "requestBody" not in op:
        return set()
    body = resolve(doc, op["requestBody"])
    content = body.get("content", {})
    assert "application/json" in content, f"request body is not JSON: {sorted(content)}"
    return required_fields(doc, content["application/json"].get("schema", {}))


def is_track_path(path: str) -> bool:
    """Track API paths (both versions and /unsubscribe) versus App and Data Pipelines paths (``/v1/...``)."""
    return not path.startswith("/v1/")


def is_pipelines(op: dict[str, Any]) -> bool:
    """Whether an operation is one of the Data Pipelines API's (tagged ``pipelines``)."""
    return "pipelines" in op.get("tags", [])


# --- validity ------------------------------------------------------------------------------------------


def test_spec_validates_as_openapi_31() -> None:
    """spec/openapi.yaml is a valid OpenAPI 3.1 document."""
    assert spec()["openapi"].startswith("3.1"), spec()["openapi"]
    validate(spec())


def test_every_local_ref_resolves() -> None:
    """No $ref in the spec dangles (the spec validator does not catch it)."""
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec())
    assert refs, "expected the spec to use $refs"
    for ref in refs:
        resolve(spec(), {"$ref": ref})


# --- coverage and conventions ------------------------------------------------------------------------


def snake_case(name: str) -> str:
    """``getSegmentUsedBy`` → ``get_segment_used_by``; ``sendSMS`` → ``send_sms``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def node_api_methods() -> list[str]:
    """The public methods of customerio-node 5.x's APIClient (a checked-in list)."""
    lines = NODE_API_METHODS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_snake_case_of_node_names() -> None:
    """The Node → Python name rule keeps acronyms whole."""
    assert snake_case("getSegmentUsedBy") == "get_segment_used_by"
    assert snake_case("sendSMS") == "send_sms"
    assert snake_case("getIpAddresses") == "get_ip_addresses"
    assert snake_case("sendWhatsApp") == "send_whats_app"


def test_spec_operations_are_track_ones_or_node_api_methods() -> None:
    """Track operations are the known ones; every App operation names its Node method and takes its name."""
    node = set(node_api_methods())
    problems: list[str] = []
    for path, method, _, op in operations(spec()):
        op_id = op.get("operationId")
        if is_track_path(path):
            if op_id not in TRACK_OPERATION_IDS:
                problems.append(f"{method.upper()} {path}: unknown Track operation {op_id}")
            continue
        if any("pipelinesBasicAuth" in requirement for requirement in op.get("security", [])):
            if op_id not in PIPELINES_OPERATION_IDS:
                problems.append(f"{method.upper()} {path}: unknown Data Pipelines operation {op_id}")
            continue
        if not any("appBearerAuth" in requirement for requirement in op.get("security", [])):
            problems.append(f"{method.upper()} {path}: neither a Track, an App nor a Data Pipelines operation")
            continue
        cio = op.get("x-cio") or {}
        if cio.get("node") not in node:
            problems.append(f"{method.upper()} {path}: x-cio.node {cio.get('node')!r} is not a Node APIClient method")
        elif op_id != snake_case(cio["node"]) and op_id not in NAME_EXCEPTIONS:
            problems.append(f"{method.upper()} {path}: operationId {op_id} is not {snake_case(cio['node'])}")
    assert not problems, "\n".join(problems)
    ids = {op.get("operationId") for _, _, _, op in operations(spec())}
    assert ids >= TRACK_OPERATION_IDS | PIPELINES_OPERATION_IDS, sorted(TRACK_OPERATION_IDS - ids)


# Node names whose plain snake_case would split a brand name.
NAME_EXCEPTIONS = {"send_whatsapp"}


def test_operation_ids_are_unique() -> None:
    """No two operations share an operationId."""
    ids = [op.get("operationId") for _, _, _, op in operations(spec())]
    duplicates = sorted({i for i in ids if ids.count(i) > 1}, key=str)
    assert not duplicates, duplicates


def test_every_operation_is_documented_tagged_and_secured() -> None:
    """Each operation has an operationId, one declared tag, a summary, security, 400, 401 and a 2xx."""
    declared_tags = {tag["name"] for tag in spec().get("tags", [])}
    problems: list[str] = []
    for path, method, _, op in operations(spec()):
        where = f"{method.upper()} {path}"
        if not op.get("operationId"):
            problems.append(f"{where}: no operationId")
        tags = op.get("tags", [])
        if len(tags) != 1:
            problems.append(f"{where}: expected exactly one tag, got {tags}")
        elif tags[0] not in declared_tags:
            problems.append(f"{where}: tag {tags[0]!r} is not declared in top-level tags")
        if not str(op.get("summary", "")).strip():
            problems.append(f"{where}: no summary")
        security = op.get("security", spec().get("security"))
        if not security or not any(requirement for requirement in security):
            problems.append(f"{where}: no security requirement")
        responses = op.get("responses", {})
        for code in ("400", "401"):
            if code not in responses:
                problems.append(f"{where}: response {code} is not documented")
        if not any(str(code).startswith("2") for code in responses):
            problems.append(f"{where}: no 2xx response")
    assert not problems, "\n".join(problems)


def test_track_operations_use_basic_auth_and_app_operations_bearer() -> None:
    """Track and Data Pipelines operations name the HTTP Basic scheme, App API operations the Bearer scheme."""
    schemes = spec()["components"]["securitySchemes"]
    problems: list[str] = []
    for path, method, _, op in operations(spec()):
        names = {name for requirement in op.get("security", []) for name in requirement}
        kinds = {schemes[name]["scheme"] for name in names}
        expected = "basic" if is_track_path(path) or is_pipelines(op) else "bearer"
        if kinds != {expected}:
            problems.append(f"{method.upper()} {path}: security schemes {sorted(kinds)}, expected {expected}")
    assert not problems, "\n".join(problems)


def test_every_request_body_has_an_example() -> None:
    """Every request body's media type carries an example (or examples)."""
    problems: list[str] = []
    for path, method, _, op in operations(spec()):
        if "requestBody" not in op:
            continue
        content = resolve(spec(), op["requestBody"]).get("content", {})
        if not content:
            problems.append(f"{method.upper()} {path}: request body without content")
        for media_type, media in content.items():
            if "example" not in media and not media.get("examples"):
                problems.append(f"{method.upper()} {path} ({media_type}): request body without an example")
    assert not problems, "\n".join(problems)


def test_servers_cover_every_host_in_both_regions() -> None:
    """The servers list the Track, App and Data Pipelines hosts in the US and EU regions."""
    urls = {server["url"] for server in spec()["servers"]}
    assert urls >= {
        "https://track.customer.io",
        "https://track-eu.customer.io",
        "https://api.customer.io",
        "https://api-eu.customer.io",
        "https://cdp.customer.io",
        "https://cdp-eu.customer.io",
    }, urls


# --- examples ------------------------------------------------------------------------------------------


Found = tuple[str, tuple[str | int, ...], Any]  # (label, location of the schema, example)


def pointer(parts: tuple[str | int, ...]) -> str:
    """A JSON pointer (RFC 6901, URI-fragment-escaped) for a path of keys."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "/" + "/".join(quote(p, safe="") for p in escaped) if parts else ""


def schema_examples(schema: Any, at: tuple[str | int, ...]) -> Iterator[Found]:
    """Yield (label, schema location, example) for each schema-level example in a schema tree."""
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        yield pointer(at) + " (schema example)", at, schema["example"]
    if isinstance(schema.get("examples"), list):
        for i, example in enumerate(schema["examples"]):
            yield pointer(at) + f" (schema examples[{i}])", at, example
    for keyword in (*SCHEMA_KEYWORDS, *SCHEMA_TAIL_KEYWORDS):
        if isinstance(schema.get(keyword), dict):
            yield from schema_examples(schema[keyword], (*at, keyword))
    for keyword in SCHEMA_LIST_KEYWORDS:
        for i, sub in enumerate(schema.get(keyword, [])):
            yield from schema_examples(sub, (*at, keyword, i))
    for keyword in SCHEMA_MAP_KEYWORDS:
        for name, sub in schema.get(keyword, {}).items():
            yield from schema_examples(sub, (*at, keyword, name))


def holder_examples(holder: dict[str, Any], at: tuple[str | int, ...]) -> Iterator[Found]:
    """Examples of a media type, parameter or header object (validated against its ``schema``)."""
    if "schema" not in holder:
        return
    schema_at = (*at, "schema")
    if "example" in holder:
        yield pointer(at) + " (example)", schema_at, holder["example"]
    for name, example in holder.get("examples", {}).items():
        example = resolve(spec(), example)
        if "value" in example:
            yield pointer(at) + f" (examples/{name})", schema_at, example["value"]
    yield from schema_examples(holder["schema"], schema_at)


def all_examples() -> Iterator[Found]:
    """Every example in the spec with the location of the schema it must satisfy."""
    doc = spec()
    components = doc.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield from schema_examples(schema, ("components", "schemas", name))
    for kind in ("parameters", "headers"):
        for name, holder in components.get(kind, {}).items():
            yield from holder_examples(holder, ("components", kind, name))
    for name, body in components.get("requestBodies", {}).items():
        for media_type, media in body.get("content", {}).items():
            yield from holder_examples(media, ("components", "requestBodies", name, "content", media_type))
    for name, response in components.get("responses", {}).items():
        yield from response_examples(response, ("components", "responses", name))
    for path, item in doc["paths"].items():
        base: tuple[str | int, ...] = ("paths", path)
        for i, param in enumerate(item.get("parameters", [])):
            yield from holder_examples(param, (*base, "parameters", i))
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            at: tuple[str | int, ...] = (*base, method)
            for i, param in enumerate(op.get("parameters", [])):
                yield from holder_examples(param, (*at, "parameters", i))
            body = op.get("requestBody", {})
            for media_type, media in body.get("content", {}).items():
                yield from holder_examples(media, (*at, "requestBody", "content", media_type))
            for code, response in op.get("responses", {}).items():
                yield from response_examples(response, (*at, "responses", str(code)))


def response_examples(response: dict[str, Any], at: tuple[str | int, ...]) -> Iterator[Found]:
    """Examples inside a response object (its content and headers); $refs are visited at their target."""
    for media_type, media in response.get("content", {}).items():
        yield from holder_examples(media, (*at, "content", media_type))
    for name, header in response.get("headers", {}).items():
        yield from holder_examples(header, (*at, "headers", name))


def test_spec_has_examples_to_check() -> None:
    """The example walker finds the spec's examples (so the example test is not vacuous)."""
    examples = list(all_examples())
    labels = {label for label, _, _ in examples}
    assert len(examples) >= len(list(operations(spec()))), len(examples)
    assert any("/requestBody/" in label for label in labels)
    assert any("(schema example)" in label for label in labels)


def test_every_example_validates_against_its_schema() -> None:
    """Every media-type, parameter and schema-level example satisfies its schema (Draft 2020-12, $refs)."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, Resource(spec(), DRAFT202012))
    problems: list[str] = []
    for label, schema_at, example in all_examples():
        validator = Draft202012Validator(
            {"$ref": SPEC_URI + "#" + pointer(schema_at)},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        for error in validator.iter_errors(example):
            location = "/".join(map(str, error.absolute_path)) or "(root)"
            problems.append(f"{label}: at {location}: {error.message}")
    assert not problems, "\n".join(problems)


def test_example_validation_detects_a_bad_example() -> None:
    """The example check would reject an example that breaks its schema (guards against vacuity)."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, Resource(spec(), DRAFT202012))
    at = pointer(("paths", "/api/v1/merge_customers", "post", "requestBody", "content", "application/json"))
    validator = Draft202012Validator({"$ref": f"{SPEC_URI}#{at}/schema"}, registry=registry)
    media = spec()["paths"]["/api/v1/merge_customers"]["post"]["requestBody"]["content"]["application/json"]
    assert not list(validator.iter_errors(media["example"])), "the committed example must pass"
    assert list(validator.iter_errors({"primary": {"id": "1"}})), "a body without `secondary` must fail"


# --- agreement with the vendor's Track definition -----------------------------------------------------


def vendor_operations() -> list[tuple[str, str]]:
    """(path, method) of every operation in the vendor's Track definition."""
    return [(path, method) for path, method, _, _ in operations(vendor())]


def test_vendor_track_definition_is_present_and_plausible() -> None:
    """The vendor's Track definition is found and lists the 18 Track operations."""
    assert len(vendor_operations()) == 18, vendor_operations()


def test_every_vendor_track_operation_is_in_the_spec() -> None:
    """Every path+method of the vendor's Track definition exists in our spec."""
    ours = {(path, method) for path, method, _, _ in operations(spec())}
    missing = [f"{m.upper()} {p}" for p, m in vendor_operations() if (p, m) not in ours]
    assert not missing, f"Track operations the vendor documents but our spec lacks: {missing}"


def test_spec_has_no_track_operation_the_vendor_lacks() -> None:
    """Our spec has no Track path+method that the vendor's definition does not document."""
    theirs = set(vendor_operations())
    extra = [f"{m.upper()} {p}" for p, m, _, _ in operations(spec()) if is_track_path(p) and (p, m) not in theirs]
    assert not extra, f"Track operations in our spec that the vendor does not document: {extra}"


def test_track_tags_match_track_paths() -> None:
    """Operations tagged track/track_v2 are exactly those on Track paths (so the vendor check sees them)."""
    mismatched = [
        f"{m.upper()} {p} tagged {op.get('tags')}"
        for p, m, _, op in operations(spec())
        if is_track_path(p) != bool(set(op.get("tags", [])) & {"track", "track_v2"})
    ]
    assert not mismatched, mismatched


@pytest.mark.parametrize("where", ["path", "query"])
def test_track_parameter_names_agree_with_the_vendor(where: str) -> None:
    """Each Track operation has the same path / query parameter names as in the vendor's definition."""
    ours = {(p, m): (item, op) for p, m, item, op in operations(spec())}
    problems: list[str] = []
    for path, method, item, op in operations(vendor()):
        if (path, method) not in ours:
            continue  # reported by test_every_vendor_track_operation_is_in_the_spec
        expected = parameter_names(vendor(), item, op, where)
        actual = parameter_names(spec(), *ours[path, method], where)
        if expected != actual:
            problems.append(f"{method.upper()} {path}: {where} parameters {sorted(actual)}, vendor {sorted(expected)}")
    assert not problems, "\n".join(problems)


def test_track_path_templates_match_path_parameters() -> None:
    """Every {placeholder} of a path is a declared path parameter, and vice versa."""
    problems: list[str] = []
    for path, method, item, op in operations(spec()):
        placeholders = {part[1:-1] for part in path.split("/") if part.startswith("{") and part.endswith("}")}
        declared = parameter_names(spec(), item, op, "path")
        if placeholders != declared:
            problems.append(
                f"{method.upper()} {path}: placeholders {sorted(placeholders)}, declared {sorted(declared)}"
            )
    assert not problems, "\n".join(problems)


def test_vendor_required_body_fields_are_required_in_the_spec() -> None:
    """Each field the vendor requires at the top of a Track request body is required in ours too."""
    ours = {(p, m): op for p, m, _, op in operations(spec())}
    problems: list[str] = []
    checked = 0
    for path, method, _, op in operations(vendor()):
        if (path, method) not in ours:
            continue  # reported by test_every_vendor_track_operation_is_in_the_spec
        expected = body_required_fields(vendor(), op)
        checked += bool(expected)
        if expected and "requestBody" not in ours[path, method]:
            problems.append(f"{method.upper()} {path}: vendor requires body fields {sorted(expected)}, we have no body")
            continue
        if expected and not resolve(spec(), ours[path, method]["requestBody"]).get("required", False):
            problems.append(f"{method.upper()} {path}: vendor requires body fields, our requestBody is optional")
        missing = expected - body_required_fields(spec(), ours[path, method])
        if missing:
            problems.append(f"{method.upper()} {path}: vendor requires {sorted(missing)}, ours does not")
    assert checked >= 3, "expected several vendor bodies with required fields (the extraction is broken?)"
    assert not problems, "\n".join(problems)


def test_required_field_extraction_follows_one_of_and_all_of() -> None:
    """required_fields intersects oneOf/anyOf branches and unions allOf parts, following $refs."""
    doc = {"components": {"schemas": {"A": {"required": ["a", "shared"]}}}}
    one_of = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"required": ["shared", "b"]}]}
    assert required_fields(doc, one_of) == {"shared"}
    all_of = {"allOf": [{"$ref": "#/components/schemas/A"}, {"required": ["b"]}], "required": ["c"]}
    assert required_fields(doc, all_of) == {"a", "shared", "b", "c"}


def test_vendor_request_examples_are_accepted_by_our_schemas() -> None:
    """Every request-body example in the vendor's Track definition validates against our request schema."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, Resource(spec(), DRAFT202012))
    problems: list[str] = []
    checked = 0
    for path, method, _, op in operations(vendor()):
        if "requestBody" not in op or method not in spec()["paths"].get(path, {}):
            continue
        media = resolve(vendor(), op["requestBody"])["content"]["application/json"]
        examples = [media["example"]] if "example" in media else []
        examples += [resolve(vendor(), e)["value"] for e in media.get("examples", {}).values()]
        schema = resolve(vendor(), media.get("schema", {}))
        examples += [schema["example"]] if "example" in schema else []
        at = pointer(("paths", path, method, "requestBody", "content", "application/json", "schema"))
        validator = Draft202012Validator({"$ref": f"{SPEC_URI}#{at}"}, registry=registry)
        for example in examples:
            checked += 1
            for error in validator.iter_errors(example):
                location = "/".join(map(str, error.absolute_path)) or "(root)"
                problems.append(f"{method.upper()} {path}: vendor example at {location}: {error.message}")
    assert checked >= 3, f"expected several vendor request examples, found {checked}"
    assert not problems, "\n".join(problems)


def test_no_ref_has_sibling_keywords() -> None:
    """No `$ref` carries sibling keywords: Prism 5.14 then treats the reference as a closed empty object."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    found: list[str] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            if "$ref" in node and len(node) > 1:
                found.append(where)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    walk(spec, "")
    assert found == []


# --- agreement with the vendor's Data Pipelines definition --------------------------------------------

# The vendor's paths are relative to its server root https://cdp[-eu].customer.io/v1; ours carry the /v1.
PIPELINES_PREFIX = "/v1"


def pipelines_vendor() -> dict[str, Any]:
    """The vendor's Data Pipelines definition (skips the test where it is absent, fails it in CI)."""
    return _vendor(vendor_path(PIPELINES))


def test_vendor_pipelines_definition_is_present_and_plausible() -> None:
    """The vendor's Data Pipelines definition is found, serves the cdp hosts and lists its 7 operations."""
    doc = pipelines_vendor()
    assert {server["url"] for server in doc["servers"]} == {
        "https://cdp.customer.io" + PIPELINES_PREFIX,
        "https://cdp-eu.customer.io" + PIPELINES_PREFIX,
    }
    assert len(list(operations(doc))) == 7


def test_pipelines_operations_are_exactly_the_vendors() -> None:
    """Every vendor Data Pipelines path+method is in our spec (under /v1, tagged pipelines), and no other."""
    theirs = {(PIPELINES_PREFIX + path, method) for path, method, _, _ in operations(pipelines_vendor())}
    ours = {(path, method) for path, method, _, op in operations(spec()) if is_pipelines(op)}
    assert ours == theirs


def test_pipelines_bodies_require_what_the_vendor_requires() -> None:
    """Each field the vendor requires at the top of a Data Pipelines body is required in ours too.

    The vendor writes a message as alternatives (known person, anonymous person, ...), so what all its
    alternatives require is what every body must carry; ours also requires ``type`` everywhere (the vendor
    requires it of tracks and batch items) and the fields its forms require of the named person.
    """
    ours = {(p, m): op for p, m, _, op in operations(spec())}
    problems: list[str] = []
    for path, method, _, op in operations(pipelines_vendor()):
        mine = ours[PIPELINES_PREFIX + path, method]
        missing = body_required_fields(pipelines_vendor(), op) - body_required_fields(spec(), mine)
        if missing:
            problems.append(f"{method.upper()} {path}: vendor requires {sorted(missing)}, ours does not")
        if "requestBody" in op and not resolve(spec(), mine["requestBody"]).get("required", False):
            problems.append(f"{method.upper()} {path}: our requestBody is optional")
    assert not problems, "\n".join(problems)


def test_pipelines_strict_mode_header_agrees_with_the_vendor() -> None:
    """Each operation takes the optional X-Strict-Mode header with the vendor's one value, "1"."""
    ours = {(p, m): op for p, m, _, op in operations(spec())}
    for path, method, _, op in operations(pipelines_vendor()):
        (vendor_header,) = [p for p in op.get("parameters", []) if p["in"] == "header"]
        mine = ours[PIPELINES_PREFIX + path, method]
        (header,) = [resolve(spec(), p) for p in mine.get("parameters", []) if resolve(spec(), p)["in"] == "header"]
        assert (header["name"], header["required"]) == (vendor_header["name"], False)
        assert resolve(spec(), header["schema"])["enum"] == vendor_header["schema"]["enum"] == ["1"]


def test_pipelines_limits_in_the_sdk_are_the_vendors() -> None:
    """The SDK's Pipelines size limits are the ones the vendor's definition states (32 KB, 500 KB)."""
    from customerio._pipelines_calls import MAX_BATCH_BYTES, MAX_MESSAGE_BYTES

    text = pipelines_vendor()["info"]["description"]
    assert "A request is limited to 32KB" in text
    assert "A batch request is limited to 500KB total and 32KB per call" in text
    assert (MAX_MESSAGE_BYTES, MAX_BATCH_BYTES) == (32_000, 500_000)


# Fields the vendor's definition marks readOnly ("set by Customer.io"): its samples show logged messages, which
# carry them, but a request does not.
VENDOR_SET_BY_CUSTOMERIO = ("receivedAt", "version")


def test_vendor_pipelines_json_samples_are_accepted_by_our_schemas() -> None:
    """Where the vendor's own schema accepts one of its JSON request samples, ours accepts it too.

    The samples (its ``x-codeSamples``) show logged messages: the fields Customer.io sets itself are left
    out first, and ``type``, which our bodies always carry, is set where a sample leaves it implicit. Two
    samples break the vendor's own schema (``"integrations": null``; values ending in a stray comma) and
    are not evidence either way; the batch sample is ``{}``.
    """
    from tests.contract._validate import one_of_as_any_of

    vendor_uri = "urn:customerio-py:vendor-pipelines"
    registry: Registry[Any] = (
        Registry()
        .with_resource(SPEC_URI, Resource(spec(), DRAFT202012))
        .with_resource(vendor_uri, Resource(one_of_as_any_of(pipelines_vendor()), DRAFT202012))
    )
    problems: list[str] = []
    checked = 0
    for path, method, _, op in operations(pipelines_vendor()):
        for sample in op.get("x-codeSamples", []):
            body = json.loads(sample["source"]) if sample["lang"] == "json" else None
            if not body:
                continue
            for key in VENDOR_SET_BY_CUSTOMERIO:
                body.pop(key, None)
            body.setdefault("type", path.strip("/"))
            media = ("requestBody", "content", "application/json", "schema")
            theirs = Draft202012Validator(
                {"$ref": f"{vendor_uri}#{pointer(('paths', path, method, *media))}"},
                registry=registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,  # its date-times are format: date-time
            )
            if not theirs.is_valid(body):
                continue
            at = pointer(("paths", PIPELINES_PREFIX + path, method, *media))
            ours = Draft202012Validator({"$ref": f"{SPEC_URI}#{at}"}, registry=registry)
            checked += 1
            for error in ours.iter_errors(body):
                location = "/".join(map(str, error.absolute_path)) or "(root)"
                problems.append(f"{method.upper()} {path}: vendor sample at {location}: {error.message}")
    assert checked == 4, f"expected 4 vendor samples valid under the vendor's schema, found {checked}"
    assert not problems, "\n".join(problems)
