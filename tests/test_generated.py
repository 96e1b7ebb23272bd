"""generated/customerio_openapi: current with the spec, drift-checked, stamped, and its custom template."""

from __future__ import annotations

import ast
import hashlib
import os
import re
import runpy
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATE = ROOT / "scripts" / "generate.py"
SPEC = ROOT / "spec" / "openapi.yaml"
GENERATED = ROOT / "generated" / "customerio_openapi"


def run_generate(*args: str | Path, hash_seed: str = "0") -> subprocess.CompletedProcess[str]:
    """Run scripts/generate.py with the venv's interpreter and return the finished process."""
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    return subprocess.run(
        [sys.executable, str(GENERATE), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def tree(root: Path) -> dict[str, bytes]:
    """Map each file below ``root`` (relative path) to its bytes, ignoring bytecode caches."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def pinned_generator_version() -> str:
    """The openapi-python-client version pinned in pyproject.toml's dev group."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [
        req.split("==", 1)[1].strip()
        for req in pyproject["dependency-groups"]["dev"]
        if isinstance(req, str) and re.match(r"openapi-python-client\s*==", req)
    ]
    assert len(pins) == 1, f"expected one exact pin of openapi-python-client, got {pins}"
    return pins[0]


# --- drift check ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_check_fails_when_the_spec_changes_by_one_byte(tmp_path: Path) -> None:
    """`--check` exits 1 when a single byte of the spec (a description) changed without regeneration."""
    text = SPEC.read_text(encoding="utf-8")
    needle = "Hand-written description of Customer.io"
    assert text.count(needle) == 1, "the info.description this test edits has changed"
    modified = text.replace(needle, needle.replace("description", "descriptioN"))
    assert len(modified.encode()) == len(text.encode())
    assert sum(a != b for a, b in zip(modified.encode(), text.encode(), strict=True)) == 1
    spec_copy = tmp_path / "openapi.yaml"
    spec_copy.write_text(modified, encoding="utf-8")

    result = run_generate("--check", "--spec", spec_copy)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "_provenance.py" in result.stdout, result.stdout
    assert "is stale" in result.stderr


@pytest.mark.slow
def test_check_names_a_hand_edited_byte_and_a_stray_file(tmp_path: Path) -> None:
    """`--check` exits 1 and names a hand-edited byte and a stray file (one generator run checks both)."""
    copy = tmp_path / "customerio_openapi"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "api" / "track" / "identify.py"
    data = bytearray(target.read_bytes())
    index = data.index(b"/api/v1/customers/") + 1
    data[index] ^= 0x01  # "a" -> "`": one byte, still ASCII
    target.write_bytes(bytes(data))
    (copy / "api" / "track" / "handwritten.py").write_text("")

    result = run_generate("--check", "--target", copy)

    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("--- ")] == ["--- committed/api/track/identify.py"]
    assert [line for line in lines if "stray file" in line] == [
        "not produced by the spec (stray file): api/track/handwritten.py"
    ]


@pytest.mark.slow
def test_generation_is_deterministic_and_the_committed_tree_is_current(tmp_path: Path) -> None:
    """Generating under two hash seeds gives the committed tree both times.

    A fresh generation into a temporary folder equals generated/ byte for byte, and `--check` (generated/
    and the façade's generated modules) passes.
    """
    target = tmp_path / "a" / "customerio_openapi"
    first = run_generate("--target", target, hash_seed="1")
    assert first.returncode == 0, first.stdout + first.stderr
    assert tree(target) == tree(GENERATED)

    second = run_generate("--check", hash_seed="2")

    assert second.returncode == 0, second.stdout + second.stderr
    assert "up to date" in second.stdout


# --- provenance ----------------------------------------------------------------------------------------


def test_provenance_stamp_matches_spec_and_pinned_generator() -> None:
    """_provenance.py records sha256(spec/openapi.yaml) and the generator version pinned in pyproject."""
    stamp = runpy.run_path(str(GENERATED / "_provenance.py"))
    assert stamp["SPEC_SHA256"] == hashlib.sha256(SPEC.read_bytes()).hexdigest()
    pinned = pinned_generator_version()
    assert stamp["GENERATOR"] == f"openapi-python-client {pinned}"
    assert version("openapi-python-client") == pinned, "the venv's generator is not the pinned one"


def test_shipped_spec_copy_is_the_spec() -> None:
    """The spec copy inside the generated package is byte-for-byte spec/openapi.yaml."""
    assert (GENERATED / "openapi.yaml").read_bytes() == SPEC.read_bytes()


def test_generated_package_ships_py_typed() -> None:
    """The generated package carries the py.typed marker (the generator does not write it)."""
    assert (GENERATED / "py.typed").is_file()


# --- custom endpoint template: encodeURIComponent-style path parameters -----------------------------


def test_path_parameters_are_encoded_like_encode_uri_component() -> None:
    """Identify's path parameter is percent-encoded like JavaScript's encodeURIComponent."""
    from customerio_openapi.api.track import identify
    from customerio_openapi.models import IdentifyRequest

    identifier = "a/b c!'()*@+é"
    url = identify._get_kwargs(identifier, body=IdentifyRequest())["url"]

    assert url == "/api/v1/customers/" + quote(identifier, safe="!'()*")
    # encodeURIComponent("a/b c!'()*@+é") in Node:
    assert url == "/api/v1/customers/a%2Fb%20c!'()*%40%2B%C3%A9"


def test_unreserved_characters_stay_unencoded() -> None:
    """Characters encodeURIComponent leaves alone (A-Z a-z 0-9 - _ . ! ~ * ' ( )) pass through as-is."""
    from customerio_openapi.api.track import delete_device

    unreserved = "AZaz09-_.!~*'()"
    url = delete_device._get_kwargs(unreserved, "tok/en")["url"]

    assert url == f"/api/v1/customers/{unreserved}/devices/tok%2Fen"


def test_every_generated_path_parameter_goes_through_the_encoder() -> None:
    """Every generated endpoint with path parameters quotes each one with safe="!'()*"."""
    modules = sorted((GENERATED / "api").rglob("*.py"))
    templated = 0
    problems: list[str] = []
    for module in modules:
        source = module.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)
                and node.func.value.value.startswith("/")
            ):
                continue
            templated += 1
            placeholders = set(re.findall(r"\{(\w+)\}", node.func.value.value))
            encoded = {
                kw.arg for kw in node.keywords if ast.unparse(kw.value) == f'quote(str({kw.arg}), safe="!\'()*")'
            }
            if placeholders != encoded:
                problems.append(f"{module.relative_to(GENERATED)}: {sorted(placeholders)} vs {sorted(encoded)}")
    assert templated >= 10, f"expected the endpoints with path parameters, found {templated}"
    assert not problems, "\n".join(problems)


def test_a_union_member_that_fails_part_way_leaves_the_json_for_the_next() -> None:
    """A union's members are tried in turn, so none takes the dict it is given, even in the client's parse.

    ``PipelinesIdentify`` pops ``type`` before refusing ``"track"``, and ``PipelinesTrack`` after it must still
    read the whole event, also when the JSON is the parser's own (``_owned``).
    """
    import copy

    from customerio_openapi.models import PipelinesBatchRequest

    body = {"batch": [{"type": "track", "event": "Signed Up", "userId": "42", "properties": {"plan": "pro"}}]}
    read = PipelinesBatchRequest.from_dict(copy.deepcopy(body), True)
    assert type(read.batch[0]).__name__ == "PipelinesTrack"
    assert read.to_dict() == body
