"""Shared pytest configuration, and the built distribution shared by the packaging and installed-wheel tests."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests._packaging import Installed, install_alone

# The property tests outside the fuzz and contract suites (which apply profiles of their own): no per-example
# deadline and no slowness health check, whose wall-clock limits fail runs on a busy machine, not code.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    """Register the suite's markers (the run uses --strict-markers)."""
    config.addinivalue_line(
        "markers", "slow: runs subprocesses (the generator, pip, venv, build); deselect with -m 'not slow'"
    )
    config.addinivalue_line(
        "markers", "pinned: compares with a baseline of the pinned toolchain (make venv); deselect with -m 'not pinned'"
    )


@dataclass(frozen=True)
class Dist:
    """The sdist and the wheel `make dist` builds."""

    sdist: Path
    wheel: Path


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """The sdist and the wheel built from it, as `make dist` builds them (pypa/build, isolated: hatchling pinned)."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"python -m build failed:\n{done.stdout}\n{done.stderr}"
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return Dist(sdist, wheel)


@pytest.fixture(scope="session")
def installed(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """A fresh venv holding only the built wheel and its runtime dependencies."""
    return install_alone(dist.wheel, tmp_path_factory.mktemp("installed"))
