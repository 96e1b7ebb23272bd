"""The quickstart examples `make demo` runs: each completes against the Prism mock with every call 2xx."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("script", ["quickstart.py", "quickstart_async.py", "quickstart_pipelines.py"])
def test_quickstart_runs_clean_against_the_mock(prism_root: str, script: str) -> None:
    """The example exits 0, prints every HTTP exchange as 2xx, and reports that all calls succeeded."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CUSTOMERIO_")}
    env["CUSTOMERIO_MOCK_URL"] = prism_root
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    exchanges = [line for line in done.stdout.splitlines() if "-> HTTP" in line]
    assert len(exchanges) >= {"quickstart.py": 17, "quickstart_async.py": 8, "quickstart_pipelines.py": 14}[script]
    assert all(line.rstrip().endswith(("HTTP 200", "HTTP 204")) for line in exchanges), done.stdout
    assert "all calls succeeded" in done.stdout


def test_cli_quickstart_imports_with_progress_against_the_mock(prism_root: str) -> None:
    """The command line example (in `make demo`) imports its 5,000 events, showing the progress line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CUSTOMERIO_")}
    env["CUSTOMERIO_MOCK_URL"] = prism_root
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart_cli.py")], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5,000 rows read, 5,000 sent, 0 failed" in done.stdout
    assert "events/s" in done.stderr  # rich's progress line, printed once when stderr is not a terminal
