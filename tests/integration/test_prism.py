"""Real HTTP: every façade method, sync and async, against a Prism mock server started from the spec.

Prism validates each request against ``spec/openapi.yaml`` and answers 4xx to one that does not conform,
which the SDK raises: a passing call is a conforming request that went over a real socket.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.contract._validate import Inputs, Runner, operations, sample_inputs

CASES = [
    pytest.param(op_id, index, inputs, id=f"{op_id}-{index}")
    for op_id in sorted(operations())
    for index, inputs in enumerate(sample_inputs(op_id))
]


@pytest.fixture(params=["sync", "async"])
def runner(request: pytest.FixtureRequest, prism_root: str) -> Iterator[Runner]:
    """Sync or async clients pointed at Prism (Track under /api/v1, App under /v1), without retries.

    Strict about answers: Prism answers the spec's examples, so each must match its documented model.
    """
    made = Runner(request.param, prism_root, max_retries=0, timeout=30.0, strict_responses=True)
    yield made
    made.close()


def test_every_operation_runs_against_prism() -> None:
    """The real-HTTP table covers every operation of the spec at least once."""
    assert {case.values[0] for case in CASES} == set(operations())


@pytest.mark.parametrize(("operation_id", "index", "inputs"), CASES)
def test_facade_call_gets_2xx_from_prism(runner: Runner, operation_id: str, index: int, inputs: Inputs) -> None:
    """The façade call built from the spec's example is accepted by Prism and its answer parses."""
    result: Any = runner.call(operation_id, inputs)
    status, example = operations()[operation_id].success()
    model = _answer_model(operation_id)
    if status == 204 or model in (None, "EmptyResponse") or operation_id in _UNTYPED:
        assert result is None or result == []
    elif operation_id == "batch":
        assert isinstance(result, list)
    elif isinstance(example, list):
        assert [row.to_dict() for row in result] == example, "the typed rows must carry the documented example"
    else:
        assert type(result).__name__ == model
        assert result.to_dict() == example, "the typed answer must carry exactly the documented example"


def _answer_model(operation_id: str) -> str | None:
    """The component name of an operation's documented 2xx JSON answer (its model), or None."""
    for status, response in sorted(operations()[operation_id].responses().items()):
        if status.startswith("2"):
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            ref = schema.get("$ref", "")
            return str(ref).rsplit("/", 1)[-1] or None
    return None


# Track v1 answers carry nothing the façade returns.
_UNTYPED = frozenset(op_id for op_id, op in operations().items() if op.is_track) - {"get_account_region", "batch"}


def test_prism_refuses_a_non_conforming_request(prism_root: str) -> None:
    """Prism validates: a device without id and platform is answered with a 4xx, not the example."""
    response = httpx.put(
        f"{prism_root}/api/v1/customers/1/devices",
        json={"device": {}},
        headers={"Authorization": "Basic c2l0ZTprZXk="},
        timeout=30.0,
    )
    assert 400 <= response.status_code < 500, response.text


def test_prism_refuses_a_missing_credential(prism_root: str) -> None:
    """Prism enforces the security requirement: an identify without Authorization is refused."""
    response = httpx.put(f"{prism_root}/api/v1/customers/1", json={"email": "a@example.com"}, timeout=30.0)
    assert response.status_code == 401, response.text
