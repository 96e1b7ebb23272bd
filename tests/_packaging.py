"""Helpers of the packaging tests: run a command, the runtime closure, a venv holding only the wheel and its needs."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import requires, version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def run(
    *cmd: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the test with its output if it exits non-zero."""
    result = subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, cwd=cwd, env=env, timeout=300, check=False
    )
    assert result.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{result.stdout}\n{result.stderr}"
    return result


def runtime_closure() -> dict[str, str]:
    """Installed versions of every distribution the project needs at run time (no extras), by canonical name."""
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


@dataclass(frozen=True)
class Installed:
    """A fresh venv into which the wheel was installed with its runtime dependencies and nothing else."""

    venv: Path
    python: Path


def install_alone(wheel: Path, where: Path) -> Installed:
    """Create a venv under ``where`` and install the wheel offline, its dependencies from local wheels only.

    The dependencies are the versions this environment runs (downloaded as wheels first), so the install needs
    no index: the wheel's own Requires-Dist must resolve from them alone.
    """
    deps = where / "deps"
    pins = [f"{name}=={pinned}" for name, pinned in sorted(runtime_closure().items())]
    run(
        sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q",
        "--no-deps", "--only-binary=:all:", "-d", deps, *pins,
    )  # fmt: skip
    venv = where / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)  # this pip installs into it: the venv holds no tool
    python = venv / "bin" / "python"
    run(
        sys.executable, "-m", "pip", "--python", python, "install", "--disable-pip-version-check", "-q",
        "--no-index", "--find-links", wheel.parent, "--find-links", deps, "customerio-py",
    )  # fmt: skip
    return Installed(venv, python)
