"""The App API sends exactly what customerio-node 5.2.0 sends: the reference client itself is the oracle.

Every case of ``tests/data/app_cases/*.yaml`` is called through customerio-node (``tests/node/record_requests.js``
runs it with ``fetch`` replaced by a recorder) and through this SDK, sync and async, with respx below the
transport; the two requests must have the same method, the same path and query string byte for byte, and
the same JSON body (for an upload: the same form parts, file names, content types and sizes). A call Node refuses must be refused before anything is sent. The few deliberate
differences are written in the cases, with the reason.
"""

from __future__ import annotations

import json
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import yaml

from customerio import APIClient, AsyncAPIClient, MissingParamError, _app_ops
from customerio._app_calls import Op

from ._support import APP_KEY, form_parts

ROOT = Path(__file__).resolve().parents[1]
CASES_DIR = ROOT / "tests" / "data" / "app_cases"
RECORDER = ROOT / "tests" / "node" / "record_requests.js"
SPEC = ROOT / "spec" / "openapi.yaml"
HOST = "https://api.customer.io"


@cache
def node_names() -> dict[str, str]:
    """OperationId → the Node method it mirrors (the spec's ``x-cio.node``)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        op["operationId"]: op["x-cio"]["node"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "x-cio" in op
    }


def load_cases() -> list[dict[str, Any]]:
    """Every case of every file, in file order."""
    cases: list[dict[str, Any]] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for index, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            cases.append({**case, "id": f"{path.stem}:{index}:{case['call']}"})
    return cases


CASES = load_cases()


@cache
def node_requests() -> dict[str, dict[str, Any]]:
    """Case id → what customerio-node sent (or the error it threw), from one run of the recorder."""
    calls = [{"method": node_names()[case["call"]], "args": case.get("node", [])} for case in CASES]
    result = subprocess.run(
        ["node", str(RECORDER)], input=json.dumps(calls), capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, (
        f"the Node recorder failed (run `make test` to install customerio-node):\n{result.stderr}"
    )
    return {case["id"]: answer for case, answer in zip(CASES, json.loads(result.stdout), strict=True)}


def python_request(flavour: str, case: dict[str, Any]) -> dict[str, Any]:
    """What this SDK sends for the case (or the error it raises before sending), with one flavour of client."""
    import asyncio

    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200, json={}))
        try:
            if flavour == "sync":
                with APIClient(APP_KEY, max_retries=0) as client:
                    getattr(client, case["call"])(*case.get("args", []), **case.get("kwargs", {}))
            else:

                async def run() -> None:
                    async with AsyncAPIClient(APP_KEY, max_retries=0) as client:
                        await getattr(client, case["call"])(*case.get("args", []), **case.get("kwargs", {}))

                asyncio.run(run())
        except (MissingParamError, TypeError, ValueError) as exc:
            refused: dict[str, Any] = {"error": type(exc).__name__, "message": str(exc)}
        else:
            refused = {}
    if refused:
        assert route.call_count == 0, f"{refused['error']} raised after sending"
        return refused
    assert route.call_count == 1, f"expected one request, got {route.call_count}"
    request: httpx.Request = route.calls.last.request
    content = request.content
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        body: Any = {"form": form_parts(content_type, content)}
    else:
        body = json.loads(content) if content else None
    return {
        "method": request.method,
        "url": f"{request.url.scheme}://{request.url.host}{request.url.raw_path.decode('ascii')}",
        "body": body,
        "content_type": content_type or None,
    }


def node_body(recorded: dict[str, Any]) -> Any:
    """Node's body as JSON (it sends ``null`` for GET and DELETE), or the parts of its FormData."""
    body = recorded.get("body")
    if body is None:
        return None
    if "form" in body:
        return {"form": body["form"]}
    return json.loads(body["json"])


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_request_is_nodes(case: dict[str, Any], flavour: str) -> None:
    """The SDK's request equals customerio-node's for the same arguments (or both refuse the call)."""
    ours = python_request(flavour, case)
    expect = case.get("expect")
    if expect is not None:
        assert case.get("why"), "a deliberate difference from Node must say why"
        if "error" in expect:
            assert ours.get("error") == expect["error"], ours
        else:
            assert {k: ours.get(k) for k in expect} == expect
        return
    theirs = node_requests()[case["id"]]
    if "error" in theirs:
        # Node throws MissingParamError for a missing or wrongly typed argument alike, where the SDK raises
        # TypeError for the wrong type; MissingParamError is a ValueError, so it answers Node's plain
        # errors about blank values as well.
        wanted = {"MissingParamError", "TypeError"}
        if theirs["error"] != "MissingParamError":
            wanted |= {"ValueError"}
        assert ours.get("error") in wanted, f"Node threw {theirs}; the SDK did {ours}"
        return
    assert "error" not in ours, f"Node sent {theirs}; the SDK raised {ours}"
    assert ours["method"] == theirs["method"]
    assert ours["url"] == theirs["url"]
    assert ours["body"] == node_body(theirs)
    if isinstance(ours["body"], dict) and "form" in ours["body"]:
        assert ours["content_type"].startswith("multipart/form-data; boundary=")
    elif ours["body"] is not None:
        assert ours["content_type"] == "application/json"


def test_every_plain_operation_has_a_case() -> None:
    """Each generated App operation is pinned against Node by at least one case."""
    plain = {name for name in dir(_app_ops) if isinstance(getattr(_app_ops, name), Op)}
    covered = {case["call"] for case in CASES}
    assert plain - covered == set(), "operations without a parity case"


def test_recorder_is_not_vacuous() -> None:
    """The recorder really runs Node's client: a known call yields Node's own URL and its own refusal."""
    answers = node_requests()
    some = next(case for case in CASES if case["call"] == "get_segment" and case.get("node") == [7])
    assert answers[some["id"]] == {"method": "GET", "url": f"{HOST}/v1/segments/7", "body": None}
    blank = next(case for case in CASES if case["call"] == "get_segment" and case.get("node") == [""])
    assert answers[blank["id"]]["error"] == "MissingParamError"
