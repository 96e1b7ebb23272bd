"""Derive the sync clients (``customerio/_sync``) from the async ones (``customerio/_async``).

The async code is the only hand-written copy; this rewrites it token by token, as httpcore does, so the
two can never drift. ``--check`` fails when ``customerio/_sync`` is not what this script produces.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "customerio" / "_async"
TARGET = ROOT / "customerio" / "_sync"
HEADER = "# Generated from customerio/_async by scripts/unasync.py: edit the async source, run `make unasync`.\n"

# Order matters: longer and more specific patterns first.
SUBS: list[tuple[str, str]] = [
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\bimport anyio\b", "import time"),
    (r"\banyio\.sleep\b", "time.sleep"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"\b_async\b", "_sync"),
    (r"\basync\b", "sync"),
]


def unasync(text: str) -> str:
    """The sync twin of one async module's source."""
    for pattern, repl in SUBS:
        text = re.sub(pattern, repl, text)
    return format_source(HEADER + text)


def format_source(text: str) -> str:
    """Format with the project's pinned ruff, so the output is what ``make format`` would leave."""
    ruff = os.path.join(sysconfig.get_path("scripts"), "ruff")
    stdin = ["--stdin-filename", "customerio/_sync/module.py", "-"]
    for args in (["check", "--select", "I", "--fix", "--quiet", "--exit-zero"], ["format"]):
        result = subprocess.run([ruff, *args, *stdin], input=text, capture_output=True, text=True, check=True, cwd=ROOT)
        text = result.stdout
    return text


def expected() -> dict[str, str]:
    """File name -> content of every sync module."""
    return {p.name: unasync(p.read_text()) for p in sorted(SOURCE.glob("*.py"))}


def main(argv: list[str]) -> int:
    """Write (or with ``--check`` verify) ``customerio/_sync``."""
    want = expected()
    if "--check" in argv:
        have = {p.name: p.read_text() for p in sorted(TARGET.glob("*.py"))} if TARGET.exists() else {}
        stale = sorted(name for name in want.keys() | have.keys() if want.get(name) != have.get(name))
        if stale:
            print(f"customerio/_sync is stale ({', '.join(stale)}): run `make unasync`.", file=sys.stderr)
            return 1
        print("customerio/_sync is up to date with customerio/_async.")
        return 0
    TARGET.mkdir(exist_ok=True)
    for stale in {p.name for p in TARGET.glob("*.py")} - want.keys():
        (TARGET / stale).unlink()
    for name, content in want.items():
        (TARGET / name).write_text(content)
    print(f"wrote {len(want)} modules to customerio/_sync")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
