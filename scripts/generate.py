"""Regenerate ``generated/customerio_openapi`` from ``spec/openapi.yaml``, or check that it is current.

The generated package is a build artefact that is committed: ``make generate`` rewrites it, then the
façade's plain App API operations (``scripts/facade.py``) and their sync twin (``scripts/unasync.py``),
and prints which operations the spec change added, removed or changed in signature. ``make
check-generated`` regenerates into a temporary directory and fails on any difference, so a hand edit
or a spec change without regeneration cannot reach main.

Usage::

    python scripts/generate.py [--check] [--spec PATH] [--target DIR]
"""

from __future__ import annotations

import argparse
import ast
import difflib
import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import facade  # noqa: E402 (a sibling script, importable once scripts/ is on the path)
import unasync  # noqa: E402

PACKAGE = "customerio_openapi"
DEFAULT_SPEC = ROOT / "spec" / "openapi.yaml"
DEFAULT_TARGET = ROOT / "generated" / PACKAGE
CONFIG = ROOT / "openapi-generator.yaml"
TEMPLATES = ROOT / "templates"

PROVENANCE = '''\
"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client {generator}"
SPEC_SHA256 = "{sha}"
'''


def generate_into(spec: Path, out: Path) -> None:
    """Run the pinned generator on ``spec`` and write the finished package to ``out``."""
    # The post-hooks call ruff by name: make sure it is the venv's pinned one.
    env = dict(os.environ, PATH=sysconfig.get_path("scripts") + os.pathsep + os.environ.get("PATH", ""))
    if shutil.which("ruff", path=env["PATH"]) is None:
        sys.exit("ruff is not installed: the generator's post-hooks would be skipped silently")
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(out),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"openapi-python-client failed (exit {result.returncode})")
    (out / "py.typed").write_text("")
    # Ship the spec inside the package: the testing kit validates requests against it.
    shutil.copyfile(spec, out / "openapi.yaml")
    sha = hashlib.sha256(spec.read_bytes()).hexdigest()
    provenance = PROVENANCE.format(generator=version("openapi-python-client"), sha=sha)
    (out / "_provenance.py").write_text(provenance)


def tree(root: Path) -> dict[str, bytes]:
    """Map each file below ``root`` (relative path) to its bytes, ignoring bytecode caches."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[str]:
    """Describe every difference between two trees, as unified diffs for changed text files."""
    out: list[str] = []
    for name in sorted(expected.keys() | actual.keys()):
        if name not in actual:
            out.append(f"missing in generated/: {name}")
        elif name not in expected:
            out.append(f"not produced by the spec (stray file): {name}")
        elif expected[name] != actual[name]:
            lines = difflib.unified_diff(
                actual[name].decode(errors="replace").splitlines(),
                expected[name].decode(errors="replace").splitlines(),
                f"committed/{name}",
                f"regenerated/{name}",
                lineterm="",
            )
            out.extend(list(lines)[:40])
    return out


def signatures(package: Path) -> dict[str, str]:
    """Operation name → its generated request signature and answer type, for every endpoint module."""
    found: dict[str, str] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        parts: dict[str, str] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
                parts["args"] = ast.unparse(node.args)
            if isinstance(node, ast.FunctionDef) and node.name == "_parse_response" and node.returns is not None:
                parts["answer"] = ast.unparse(node.returns)
        found[module.stem] = f"({parts.get('args', '')}) -> {parts.get('answer', '')}"
    return found


def report_changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Lines saying which operations were added, removed or changed in signature."""
    lines = [f"added:   {name}{after[name]}" for name in sorted(after.keys() - before.keys())]
    lines += [f"removed: {name}" for name in sorted(before.keys() - after.keys())]
    lines += [
        f"changed: {name}\n    was {before[name]}\n    now {after[name]}"
        for name in sorted(before.keys() & after.keys())
        if before[name] != after[name]
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the target differs from a fresh run")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--target", type=Path, default=DEFAULT_TARGET)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        generate_into(args.spec.resolve(), fresh)
        facade_files = facade.render(facade.load_spec(args.spec.resolve()), fresh)
        if args.check:
            problems = diff_trees(tree(fresh), tree(args.target) if args.target.exists() else {})
            problems += [
                f"stale: {relative} (written by scripts/facade.py)"
                for relative, text in facade_files.items()
                if not (ROOT / relative).exists() or (ROOT / relative).read_text(encoding="utf-8") != text
            ]
            if problems:
                print("\n".join(problems))
                print(f"\n{args.target} is stale: run `make generate` and commit the result.", file=sys.stderr)
                return 1
            print(f"{args.target} and the façade's operations are up to date with the spec.")
            return 0
        before = signatures(args.target) if args.target.exists() else {}
        if args.target.exists():
            shutil.rmtree(args.target)
        args.target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, args.target)
        print(f"generated {args.target} from {args.spec}")
    for relative, text in facade_files.items():
        (ROOT / relative).write_text(text, encoding="utf-8")
    unasync.main([])
    changes = report_changes(before, signatures(args.target))
    print("\n".join(changes) if changes else "no operation was added, removed or changed in signature")
    return 0


if __name__ == "__main__":
    sys.exit(main())
