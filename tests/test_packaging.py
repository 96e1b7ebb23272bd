"""The built wheel: what it ships, what it depends on, and that it imports from a fresh venv."""

from __future__ import annotations

import email.parser
import subprocess
import sys
import zipfile
from importlib.metadata import requires, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
DIST_INFO_SUFFIX = ".dist-info/"
PACKAGES = {
    "customerio": ROOT / "customerio",
    "customerio_openapi": ROOT / "generated" / "customerio_openapi",
}


def run(*cmd: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the test with its output if it exits non-zero."""
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd, timeout=180, check=False)
    assert result.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built once per session (pip, build isolation: hatchling is not a dev tool)."""
    out = tmp_path_factory.mktemp("wheel")
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--disable-pip-version-check",
        "-q",
        "-w",
        out,
        ROOT,
    )
    wheels = sorted(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="session")
def wheel_names(wheel: Path) -> list[str]:
    """Every file name inside the wheel."""
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def wheel_metadata(wheel: Path, names: list[str]) -> email.message.Message:
    """The wheel's METADATA, parsed."""
    (name,) = [n for n in names if n.endswith(DIST_INFO_SUFFIX + "METADATA")]
    with zipfile.ZipFile(wheel) as archive:
        return email.parser.Parser().parsestr(archive.read(name).decode())


def runtime_closure() -> dict[str, str]:
    """Installed versions of every distribution the project needs at run time (no extras)."""
    found: dict[str, str] = {}
    todo = [Requirement(r) for r in requires("customerio-py") or []]
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(req.name)
        if name in found:
            continue
        found[name] = version(name)
        todo.extend(Requirement(r) for r in requires(name) or [])
    return found


@pytest.mark.slow
def test_wheel_ships_both_packages_and_their_markers(wheel_names: list[str]) -> None:
    """The wheel contains customerio and customerio_openapi with __init__.py, py.typed and the stamp."""
    expected = {
        "customerio/__init__.py",
        "customerio/py.typed",
        "customerio_openapi/__init__.py",
        "customerio_openapi/py.typed",
        "customerio_openapi/_provenance.py",
    }
    assert expected <= set(wheel_names), sorted(expected - set(wheel_names))


@pytest.mark.slow
def test_wheel_ships_nothing_outside_the_packages(wheel_names: list[str]) -> None:
    """Every wheel entry is in customerio/, customerio_openapi/ or the dist-info (no tests/, spec/, caches)."""
    stray = [
        name
        for name in wheel_names
        if name.split("/", 1)[0] not in PACKAGES and not name.split("/", 1)[0].endswith(".dist-info")
    ]
    assert not stray, stray
    assert not [n for n in wheel_names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in wheel_names if n.startswith(("tests/", "spec/", "generated/", "scripts/"))]


@pytest.mark.slow
def test_wheel_ships_every_source_file_of_both_packages(wheel_names: list[str]) -> None:
    """The wheel's package files are exactly the repository's (nothing of generated/ is left out)."""
    for package, source in PACKAGES.items():
        on_disk = {
            f"{package}/{p.relative_to(source).as_posix()}"
            for p in source.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        in_wheel = {n for n in wheel_names if n.startswith(package + "/")}
        assert in_wheel == on_disk, {
            "missing": sorted(on_disk - in_wheel),
            "extra": sorted(in_wheel - on_disk),
        }


@pytest.mark.slow
def test_wheel_requires_only_httpx_and_attrs(wheel: Path, wheel_names: list[str]) -> None:
    """The wheel's runtime Requires-Dist names only httpx and attrs; the testing kit's are behind its extra."""
    metadata = wheel_metadata(wheel, wheel_names)
    requirements = [Requirement(r) for r in metadata.get_all("Requires-Dist") or []]
    runtime = [r for r in requirements if r.marker is None]
    assert {canonicalize_name(r.name) for r in runtime} == {"httpx", "attrs"}, requirements
    extras = sorted(metadata.get_all("Provides-Extra") or [])
    assert extras == ["aiohttp", "testing"]
    optional = [r for r in requirements if r.marker is not None]
    assert optional
    assert all(any(r.marker.evaluate({"extra": name}) for name in extras) for r in optional)
    assert metadata["Name"] == "customerio-py"


@pytest.mark.slow
def test_wheel_imports_from_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    """Installed into a fresh venv (offline, deps from local wheels), both packages import from there."""
    deps = tmp_path / "deps"
    pins = [f"{name}=={pinned}" for name, pinned in sorted(runtime_closure().items())]
    assert {"httpx", "attrs", "httpcore", "h11", "anyio", "idna", "certifi"} <= set(runtime_closure())
    run(
        sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q",
        "--no-deps", "--only-binary=:all:", "-d", deps, *pins,
    )  # fmt: skip
    venv = tmp_path / "v"
    run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    # No --no-deps: the wheel's own Requires-Dist must resolve from the local wheels alone.
    run(
        python, "-m", "pip", "install", "--disable-pip-version-check", "-q",
        "--no-index", "--find-links", wheel.parent, "--find-links", deps, "customerio-py",
    )  # fmt: skip

    probe = (
        "import customerio, customerio_openapi, customerio_openapi._provenance as p;"
        "from customerio_openapi import AuthenticatedClient;"
        "print(customerio.__file__); print(customerio_openapi.__file__); print(p.SPEC_SHA256)"
    )
    result = run(python, "-I", "-c", probe, cwd=tmp_path)

    facade, generated, sha = result.stdout.split()
    prefix = str(venv.resolve())
    assert Path(facade).resolve().is_relative_to(prefix), facade
    assert Path(generated).resolve().is_relative_to(prefix), generated
    assert len(sha) == 64
