"""The quickstarts run against the Prism mock with the built wheel installed alone, not the source tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests._packaging import Installed

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("script", ["quickstart.py", "quickstart_async.py"])
def test_quickstart_runs_on_the_installed_wheel(
    installed: Installed, prism_root: str, tmp_path: Path, script: str
) -> None:
    """The example, copied out of the repository and run by the venv's python, succeeds on the installed package.

    With ``-I`` and outside the repository nothing of the source tree is importable; every exchange is 2xx.
    """
    examples = tmp_path / "examples"
    examples.mkdir()
    for name in ("_common.py", script):
        shutil.copy(ROOT / "examples" / name, examples / name)
    (examples / "_where.py").write_text(
        "import customerio, json, sys; print(json.dumps([customerio.__file__, sys.path]))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CUSTOMERIO_", "PYTHON"))}
    env["CUSTOMERIO_MOCK_URL"] = prism_root

    def python(name: str) -> subprocess.CompletedProcess[str]:
        # -E -s: no PYTHON* variables, no user site-packages; the script's own folder comes first on sys.path.
        return subprocess.run(
            [str(installed.python), "-E", "-s", str(examples / name)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    facade, path = json.loads(python("_where.py").stdout)
    assert Path(facade).resolve().is_relative_to(installed.venv.resolve()), facade
    assert not [p for p in path if p and Path(p).resolve().is_relative_to(ROOT)], path

    done = python(script)
    assert done.returncode == 0, done.stdout + done.stderr
    exchanges = [line for line in done.stdout.splitlines() if "-> HTTP" in line]
    assert len(exchanges) >= (17 if script == "quickstart.py" else 8)
    assert all(line.rstrip().endswith(("HTTP 200", "HTTP 204")) for line in exchanges), done.stdout
    assert "all calls succeeded" in done.stdout
