"""scripts/facade.py reads a generated endpoint's body type the same way whether the body is required or not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def facade() -> object:
    """The façade writer script, imported as a module (it lives in scripts/, not in the package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import facade as module
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return module


def _endpoint(tmp_path: Path, annotation: str) -> Path:
    module = tmp_path / "api" / "things" / "update_thing.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "def _get_kwargs(thing_id: int, *, body: " + annotation + " = UNSET) -> dict:\n    return {}\n",
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        ("ThingUpdate", "ThingUpdate"),
        ("ThingUpdate | Unset", "ThingUpdate"),
        ("'ThingUpdate | Unset'", "ThingUpdate"),
        ("list[Row] | Unset", "list[Row]"),
    ],
)
def test_optional_body_is_read_as_its_model(facade: object, tmp_path: Path, annotation: str, expected: str) -> None:
    """An optional body (``Model | Unset``) gives the model's name, as a required one does."""
    generated = _endpoint(tmp_path, annotation)
    assert facade.generated_body_type(generated, "things", "update_thing") == expected  # type: ignore[attr-defined]
