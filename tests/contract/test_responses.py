"""Every documented answer parses: generated 2xx bodies round-trip through the typed results, errors map.

schemathesis generates request bodies only, so each documented 2xx response schema is turned into the
request body of an operation of a small synthetic spec (same components), and schemathesis' own
strategies draw bodies from it. respx answers the façade call with each body.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import pytest
import respx
import schemathesis
from hypothesis import given

from customerio import (
    AuthenticationError,
    BadRequestError,
    CustomerIORequestError,
    NotFoundError,
    RateLimitError,
)

from ._validate import (
    Runner,
    contract_settings,
    example_of,
    flavours,
    json_response,
    operations,
    resolve,
    sample_inputs,
    spec_dict,
)

ERROR_CLASSES: dict[int, type[CustomerIORequestError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
    422: BadRequestError,
    429: RateLimitError,
}


def _json_schema(operation_id: str, status: str) -> dict[str, Any] | None:
    response = operations()[operation_id].responses()[status]
    media = response.get("content", {}).get("application/json")
    return None if media is None else media["schema"]


SUCCESSES = [
    (op_id, status)
    for op_id, op in sorted(operations().items())
    for status in sorted(op.responses())
    if status.startswith("2") and _json_schema(op_id, status) is not None
]
ERRORS = [
    (op_id, int(status))
    for op_id, op in sorted(operations().items())
    for status in sorted(op.responses())
    if not status.startswith("2")
]


@cache
def body_schema() -> Any:
    """A synthetic spec whose operation ``POST /{operationId}/{status}`` takes that response as its body."""
    spec = spec_dict()
    paths = {
        f"/{op_id}/{status}": {
            "post": {
                "operationId": f"{op_id}_{status}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": copy.deepcopy(_json_schema(op_id, status))}},
                },
                "responses": {"200": {"description": "unused"}},
            }
        }
        for op_id, status in SUCCESSES
    }
    document = {
        "openapi": spec["openapi"],
        "info": {"title": "response bodies of spec/openapi.yaml", "version": "1"},
        "paths": paths,
        "components": {"schemas": copy.deepcopy(spec["components"]["schemas"])},
    }
    return schemathesis.openapi.from_dict(document)


def _model_name(operation_id: str, status: str) -> str | None:
    schema = _json_schema(operation_id, status)
    assert schema is not None
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[-1] or None


def check_result(operation_id: str, status: str, body: Any, result: Any) -> None:
    """The typed result of ``body``: ``None``, the batch's errors, or a model that serialises to ``body``."""
    name = _model_name(operation_id, status)
    if operation_id == "batch":
        expected = body.get("errors", []) if status == "207" else []
        assert [error.to_dict() for error in result] == expected
    elif name == "EmptyResponse":
        assert result is None
    elif resolve(_json_schema(operation_id, status)).get("type") == "array":
        assert isinstance(result, list)
        assert [row.to_dict() for row in result] == body
        for row, item in zip(result, body, strict=True):
            check_copied_read(row, item)
    else:
        assert type(result).__name__ == name
        assert result.to_dict() == body
        check_copied_read(result, body)


def check_copied_read(result: Any, body: Any) -> None:
    """The client's model equals ``from_dict`` of a copy of ``body``, and ``from_dict`` leaves that copy alone.

    The client's parse lets its models keep the dicts of the JSON it parsed (``_owned``); a caller's dict is
    copied instead.
    """
    given = copy.deepcopy(body)
    assert type(result).from_dict(given) == result
    assert given == body


def test_every_operation_documents_a_success() -> None:
    """Each operation documents exactly the 2xx the façade expects: JSON, or 204 for a form submission."""
    for op_id, op in operations().items():
        statuses = [s for s in op.responses() if s.startswith("2")]
        assert statuses, op_id
        if op_id == "submit_form":
            assert statuses == ["204"]


@pytest.mark.parametrize(("operation_id", "status"), SUCCESSES)
def test_documented_success_example_parses(operation_id: str, status: str) -> None:
    """The spec's own 2xx example becomes the typed result and round-trips."""
    media = resolve(operations()[operation_id].responses()[status])["content"]["application/json"]
    body = example_of(media)
    runner = Runner("sync", max_retries=0)
    try:
        with respx.mock() as router:
            router.route().mock(return_value=json_response(int(status), body))
            result = runner.call(operation_id, next(sample_inputs(operation_id)))
    finally:
        runner.close()
    check_result(operation_id, status, body, result)


@pytest.mark.parametrize(
    ("operation_id", "status", "flavour"),
    [(op, status, flavour) for op, status in SUCCESSES for _, flavour in flavours([op])],
)
def test_generated_success_bodies_parse_and_round_trip(operation_id: str, status: str, flavour: str) -> None:
    """Any body valid under a documented 2xx schema parses into the typed result and serialises back."""
    inputs = next(sample_inputs(operation_id))
    strategy = body_schema()[f"/{operation_id}/{status}"]["POST"].as_strategy()
    runner = Runner(flavour, max_retries=0)
    try:
        with respx.mock() as router:
            answer: dict[str, Any] = {}
            router.route().mock(side_effect=lambda request: json_response(int(status), answer["body"]))

            @contract_settings(operation_id)
            @given(case=strategy)
            def check(case: Any) -> None:
                answer["body"] = copy.deepcopy(case.body)
                result = runner.call(operation_id, copy.deepcopy(inputs))
                check_result(operation_id, status, case.body, result)

            check()
    finally:
        runner.close()


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_form_submission_204_returns_none(flavour: str) -> None:
    """The documented 204 without content is a success that returns None."""
    runner = Runner(flavour, max_retries=0)
    try:
        with respx.mock() as router:
            router.route().respond(204)
            assert runner.call("submit_form", next(sample_inputs("submit_form"))) is None
    finally:
        runner.close()


@pytest.mark.parametrize(("operation_id", "status"), ERRORS)
def test_documented_error_bodies_raise_the_right_class(operation_id: str, status: int) -> None:
    """Each documented error answer (its example body) raises the exception class of its status."""
    response = operations()[operation_id].responses()[str(status)]
    media = response["content"]["application/json"]
    body = copy.deepcopy(media.get("example", resolve(media["schema"]).get("example")))
    runner = Runner("sync", max_retries=0)
    try:
        with respx.mock() as router:
            route = router.route().mock(return_value=json_response(status, body))
            with pytest.raises(ERROR_CLASSES[status]) as caught:
                runner.call(operation_id, next(sample_inputs(operation_id)))
    finally:
        runner.close()
    assert route.call_count == 1, "max_retries=0 must not replay"
    error = caught.value
    assert error.status_code == status
    assert error.body
    meta = body.get("meta") if isinstance(body, dict) else None
    if isinstance(meta, dict) and meta.get("error"):
        assert error.message == meta["error"]
    elif isinstance(body, dict) and body.get("errors") and body["errors"][0].get("message"):
        assert error.message == body["errors"][0]["message"]


def test_error_statuses_are_the_documented_ones() -> None:
    """Every operation documents 400 and 401, and no error status outside the mapped ones."""
    for op_id, op in operations().items():
        statuses = {int(s) for s in op.responses() if not s.startswith("2")}
        assert {400, 401} <= statuses, op_id
        assert statuses <= set(ERROR_CLASSES), (op_id, statuses)
