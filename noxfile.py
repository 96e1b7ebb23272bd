"""The supported-Python matrix: ``make test-matrix`` runs the test suites on every supported CPython.

The versions are read from pyproject.toml's ``Programming Language :: Python :: 3.X`` classifiers, so what PyPI
says is supported and what is tested cannot part. Each session installs the pinned dev set (the same
``requirements/dev.lock`` constraints ``make`` uses) into its own virtualenv under ``.nox/``.

Interpreters are looked up as ``python3.X`` on ``PATH``, and also among pyenv's installed versions (under
``$PYENV_ROOT/versions``, default ``~/.pyenv``), which pyenv's shims only expose when a version is selected. A
version found nowhere is skipped with a message saying how to get it; where the ``CI`` variable is set, nox makes
that an error instead.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tomllib
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent

# The suites that depend on the interpreter: everything but the `slow` tests (they exercise the pinned toolchain:
# the generator, the build and the docs, which `make test` runs), the `pinned` ones (their baseline, calls per
# call, belongs to the pinned interpreter and libraries) and the Prism suite (it tests the mock server).
SUITES = ["-m", "not slow and not pinned", "--ignore=tests/integration", "tests"]


def pip_version() -> str:
    """The pip every venv gets (it understands ``--group``): the Makefile's, which ``make test-matrix`` passes on."""
    if os.environ.get("PIP_VERSION"):
        return os.environ["PIP_VERSION"]
    found = re.search(r"^PIP_VERSION := (\S+)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    if found is None:
        raise RuntimeError("PIP_VERSION is neither in the environment nor in the Makefile")
    return found.group(1)


nox.options.sessions = ["tests"]
nox.options.reuse_venv = "yes"  # `session.install` still runs and brings each venv to the current pins
nox.options.download_python = "never"  # a missing interpreter is reported, never fetched


def supported_pythons() -> list[str]:
    """The ``3.X`` versions pyproject.toml's classifiers declare, oldest first."""
    classifiers = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["classifiers"]
    found = (re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c) for c in classifiers)
    return sorted((m.group(1) for m in found if m), key=lambda v: tuple(map(int, v.split("."))))


def _version_key(install: Path) -> tuple[int, ...]:
    """Sort key of a pyenv install folder such as ``3.12.10`` (a non-numeric part such as ``3.13.0rc1`` sorts low)."""
    return tuple(int(part) if part.isdigit() else -1 for part in install.name.split("."))


def _is_shim(executable: str) -> bool:
    """Whether ``executable`` is a pyenv shim, which for an installed but unselected version fails when run."""
    return Path(executable).parent.name == "shims"


def add_pyenv_interpreters(versions: list[str]) -> list[str]:
    """Put pyenv's newest install of each version not already on PATH in front of PATH; return those still missing."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    missing = []
    for version in versions:
        on_path = shutil.which(f"python{version}")
        if on_path and not _is_shim(on_path):
            continue
        installs = sorted(root.glob(f"{version}.*/bin/python{version}"), key=lambda p: _version_key(p.parents[1]))
        if installs:
            os.environ["PATH"] = f"{installs[-1].parent}{os.pathsep}{os.environ['PATH']}"
        else:
            missing.append(version)
    return missing


PYTHONS = supported_pythons()
for _missing in add_pyenv_interpreters(PYTHONS):
    print(
        f"nox > python{_missing} is neither on PATH nor under pyenv: its session is skipped"
        f" (install it, e.g. `pyenv install {_missing}`)",
        file=sys.stderr,
    )


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Unit, contract, fault and fuzz suites (not the slow or Prism ones) on one interpreter; arguments go to pytest."""
    session.install(f"pip=={pip_version()}")
    session.install("-c", "requirements/dev.lock", "--group", "dev", "-e", ".")
    session.run("python", "-c", "import platform; print(platform.python_implementation(), platform.python_version())")
    session.run("pytest", "-q", *(session.posargs or SUITES))
