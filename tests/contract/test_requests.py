"""Every request the façade sends, for inputs generated from the spec, conforms to the spec (and the vendor's).

For each operation schemathesis generates valid requests; the values they carry (path parameters decoded,
query, body) drive the façade method of that operation (``FACADE``), respx captures what goes on the
wire, and openapi-core validates it against ``spec/openapi.yaml`` and, for Track operations, against the
vendor's published Track definition: two independent oracles. The vendor's file is not in the repository
(``tests/_vendor.py`` finds it); where it is absent, only the tests that need it are skipped.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import respx
from hypothesis import given

from tests._vendor import PIPELINES, TRACK, vendor_path

from ._validate import (
    FACADE,
    LOW_LEVEL_ONLY,
    Inputs,
    Runner,
    case_request,
    contract_settings,
    describe_request,
    flavours,
    json_response,
    operations,
    our_openapi,
    request_errors,
    vendor_openapi,
    vendor_openapi_for,
    vendor_pipelines_openapi,
)

# What the façade may raise, before sending, for a generated input it legitimately refuses (blank names,
# a non-numeric segment id, an email without a template and without inline content...).
REFUSALS = (ValueError, TypeError)

# The share of generated examples that must actually reach the wire, so no test passes vacuously. A
# quarter by default: the façade refuses blank identifiers and names before sending, and schemathesis
# draws "" for a string about a third of the time (a send's {"cio_id": ""}, a metric's delivery_id...);
# measured over 100 derandomized examples the lowest shares are 0.33 (send_push) and 0.48
# (merge_customers, two ids that must both be non-blank); most operations are above 0.9. A quarter still
# means ≥ 5 validated requests per operation and flavour at 20 examples.
DEFAULT_MIN_SHARE = 0.25
MIN_SHARE = {
    # The schema cannot say "transactional_message_id, or body + subject + from together" (the spec states
    # it in words); the façade enforces it, so about 1 in 10 generated emails is sendable.
    "send_email": 0.05,
    # Nor "userId or anonymousId" in each batch item (the vendor's schema cannot either): a batch of several
    # generated items is sendable only when each has one, and its timestamps are valid date-times.
    "pipelines_batch": 0.1,
}


def test_every_operation_has_a_facade_call() -> None:
    """Every operationId of the spec maps to a façade call unless listed as low-level only."""
    spec_ids = set(operations())
    assert not (set(FACADE) & LOW_LEVEL_ONLY), "an operation is both mapped and low-level only"
    missing = spec_ids - set(FACADE) - LOW_LEVEL_ONLY
    assert not missing, f"operations without a façade mapping: {sorted(missing)}"
    stale = (set(FACADE) | LOW_LEVEL_ONLY) - spec_ids
    assert not stale, f"mapped operations the spec no longer has: {sorted(stale)}"


def test_low_level_only_is_empty() -> None:
    """No operation is reachable only through the generated client: the façade covers the whole spec."""
    assert frozenset() == LOW_LEVEL_ONLY


def test_vendor_track_definition_is_available() -> None:
    """The second oracle loads (where it is absent this is skipped, and fails in CI)."""
    vendor_openapi()


def test_track_operations_are_known_to_the_vendor() -> None:
    """Every Track operation of our spec has the same method and path in the vendor's definition."""
    import json

    vendor_paths = json.loads(vendor_path(TRACK).read_text(encoding="utf-8"))["paths"]
    for op in operations().values():
        if op.is_track:
            assert op.method in vendor_paths.get(op.path, {}), f"{op.operation_id}: {op.method} {op.path}"


def _deviceless_request() -> Any:
    import httpx

    return httpx.Request(
        "PUT",
        "https://track.customer.io/api/v1/customers/42/devices",
        json={"device": {}},
        headers={"Authorization": "Basic c2l0ZTprZXk="},
    )


def test_adapter_rejects_a_non_conforming_request() -> None:
    """The openapi-core adapter is not vacuous: a device without id and platform fails our spec."""
    assert request_errors(our_openapi(), _deviceless_request()) is not None


def test_vendor_oracle_rejects_a_non_conforming_request() -> None:
    """The vendor oracle is not vacuous either: the same device fails the vendor's definition."""
    assert request_errors(vendor_openapi(), _deviceless_request()) is not None


def _check_conformance(operation_id: str, flavour: str, *, vendor: bool) -> None:
    """Drive the façade with schemathesis' inputs; each request it sends must pass the chosen oracle.

    ``vendor=False`` validates against our spec. ``vendor=True`` is the differential use of the vendor's
    definition: our spec is looser than the vendor's in places, so the input itself may already be one the
    vendor refuses; when the vendor accepts the input, it must accept what the façade made of it.
    """
    op = operations()[operation_id]
    oracle = vendor_openapi_for(op) if vendor else our_openapi()
    status, example = op.success()
    tally: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    runner = Runner(flavour, max_retries=0)
    try:
        with respx.mock(assert_all_called=False) as router:
            route = router.route().mock(side_effect=lambda request: json_response(status, example))

            @contract_settings(operation_id)
            @given(case=op.api_operation().as_strategy())
            def check(case: Any) -> None:
                tally["tried"] += 1
                before = route.call_count
                try:
                    runner.call(operation_id, Inputs.from_case(case))
                except REFUSALS as exc:
                    refused: BaseException | None = exc
                else:
                    refused = None
                if refused is not None:
                    assert route.call_count == before, f"refused after sending: {refused!r}"
                    refusals[f"{type(refused).__name__}: {str(refused)[:80]}"] += 1
                    return
                assert route.call_count == before + 1, "the façade did not send exactly one request"
                sent = route.calls.last.request
                tally["sent"] += 1
                if vendor and request_errors(oracle, case_request(op, case)) is not None:
                    return
                errors = request_errors(oracle, sent)
                assert errors is None, (
                    f"{operation_id} sent a request that {'the vendor' if vendor else 'spec/openapi.yaml'} "
                    f"rejects:\n{describe_request(sent)}\n{errors}"
                )
                tally["checked"] += 1

            check()
    finally:
        runner.close()
    minimum = MIN_SHARE.get(operation_id, DEFAULT_MIN_SHARE)
    assert tally["tried"] > 0
    assert tally["sent"] >= minimum * tally["tried"], (
        f"only {tally['sent']} of {tally['tried']} generated examples were sent "
        f"(need {minimum:.0%}); refusals: {refusals.most_common(5)}"
    )
    # The vendor's definition is stricter than ours in places (its v2 operations above all), so for some
    # operations it refuses every input drawn from our spec and the differential check has nothing to do.
    if not vendor:
        assert tally["checked"] > 0, f"{operation_id}: no request was checked against the oracle"


@pytest.mark.parametrize(("operation_id", "flavour"), flavours(sorted(operations())))
def test_facade_requests_conform(operation_id: str, flavour: str) -> None:
    """For generated valid inputs, what the façade sends validates against our spec."""
    _check_conformance(operation_id, flavour, vendor=False)


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(k for k, op in operations().items() if op.is_track))
def test_track_requests_conform_to_the_vendor(operation_id: str, flavour: str) -> None:
    """For inputs the vendor's Track definition accepts, it accepts what the façade sends too."""
    _check_conformance(operation_id, flavour, vendor=True)


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(k for k, op in operations().items() if op.is_pipelines))
def test_pipelines_requests_conform_to_the_vendor(operation_id: str, flavour: str) -> None:
    """For inputs the vendor's Data Pipelines definition accepts, it accepts what the façade sends too."""
    _check_conformance(operation_id, flavour, vendor=True)


def test_vendor_pipelines_definition_is_available() -> None:
    """The Data Pipelines oracle loads (where it is absent this is skipped, and fails in CI)."""
    vendor_pipelines_openapi()


def test_pipelines_operations_are_known_to_the_vendor() -> None:
    """Every Data Pipelines operation of our spec is a POST the vendor documents at the same path under /v1."""
    import json

    vendor_paths = json.loads(vendor_path(PIPELINES).read_text(encoding="utf-8"))["paths"]
    pipelines = [op for op in operations().values() if op.is_pipelines]
    assert len(pipelines) == 7
    for op in pipelines:
        assert op.method in vendor_paths.get(op.path.removeprefix("/v1"), {}), f"{op.operation_id}: {op.path}"


def test_pipelines_vendor_oracle_rejects_a_non_conforming_request() -> None:
    """The Data Pipelines oracle is not vacuous: a track without an event fails the vendor's definition."""
    import httpx

    request = httpx.Request(
        "POST",
        "https://cdp.customer.io/v1/track",
        json={"type": "track", "userId": "1"},
        headers={"Authorization": "Basic a2V5Og=="},
    )
    assert request_errors(vendor_pipelines_openapi(), request) is not None
    valid = httpx.Request(
        "POST",
        "https://cdp.customer.io/v1/track",
        json={"type": "track", "userId": "1", "event": "e"},
        headers={"Authorization": "Basic a2V5Og=="},
    )
    assert request_errors(vendor_pipelines_openapi(), valid) is None


@pytest.mark.parametrize("operation_id", ["add_customers_to_segment", "remove_customers_from_segment"])
def test_segment_id_is_bounded_like_the_vendors(operation_id: str) -> None:
    """Our spec bounds segment_id as the vendor does (int32), so no id the vendor rejects passes as valid."""
    import json

    vendor = json.loads(vendor_path(TRACK).read_text(encoding="utf-8"))
    vendor_param = vendor["components"]["parameters"]["segment_id"]["schema"]
    ours = next(p["schema"] for p in operations()[operation_id].definition["parameters"] if p["name"] == "segment_id")
    assert vendor_param.get("format") == "int32"
    assert ours.get("format") == "int32" or ours.get("maximum", float("inf")) <= 2**31 - 1, (
        f"spec/openapi.yaml: segment_id is {ours}, the vendor's is {vendor_param}; the façade sends "
        "POST /api/v1/segments/2147483648/add_customers, which the vendor's definition rejects"
    )
