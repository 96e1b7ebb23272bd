"""scripts/facade.py's list of reporting-webhook event kinds, and how their models come to be generated."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import customerio_openapi.models
from customerio._webhook_events import KINDS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import facade  # noqa: E402 (a script, importable once scripts/ is on the path)


def _spec(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"components": {"schemas": schemas}}


def _event(metric: str, object_type: str | None = None) -> dict[str, Any]:
    properties: dict[str, Any] = {"metric": {"const": metric}, "data": {"type": "object"}}
    properties["object_type"] = {"type": "string"} if object_type is None else {"const": object_type}
    return {"type": "object", "properties": properties}


def test_a_kind_is_a_schema_whose_metric_is_a_const() -> None:
    """Consts of metric and object_type key a kind; no object_type const means any; others are not kinds."""
    spec = _spec(
        {
            "EmailSentEvent": _event("sent", "email"),
            "CustomerSubscribedEvent": _event("subscribed"),
            "Segment": {"type": "object", "properties": {"metric": {"type": "string"}}},
            "Plain": {"type": "string"},
        }
    )
    assert facade.webhook_events(spec) == [
        ("email", "sent", "EmailSentEvent"),
        (None, "subscribed", "CustomerSubscribedEvent"),
    ]


def test_two_schemas_of_one_kind_are_refused() -> None:
    """Two schemas for the same (object_type, metric) would make parsing ambiguous: generation stops."""
    spec = _spec({"A": _event("sent", "sms"), "B": _event("sent", "sms")})
    with pytest.raises(SystemExit, match="share"):
        facade.webhook_events(spec)


def test_rendered_table_is_the_kinds_and_their_union() -> None:
    """The written module maps each key to its model and types the union of every model."""
    text = facade.render_webhook_events(
        [("email", "sent", "EmailSentEvent"), (None, "subscribed", "CustomerSubscribedEvent")]
    )
    namespace: dict[str, Any] = {}
    exec(compile(text, "_webhook_events.py", "exec"), namespace)
    assert namespace["KINDS"] == {("email", "sent"): "EmailSentEvent", (None, "subscribed"): "CustomerSubscribedEvent"}
    assert "TypedEvent: TypeAlias = CustomerSubscribedEvent | EmailSentEvent" in text


def test_event_models_exist_though_no_operation_references_them() -> None:
    """openapi-python-client 0.29 builds a model for every component schema, referenced by an operation or not.

    That is what lets the event schemas live in components alone (the generator ignores OpenAPI 3.1
    ``webhooks``): none of them is reachable from a path, yet each has its generated class.
    """
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    paths = json.dumps(spec["paths"])
    assert '/schemas/SegmentResponse"' in paths  # how a referenced schema shows (the check below can fail)
    for name in set(KINDS.values()):
        assert f'/schemas/{name}"' not in paths, name
        assert getattr(customerio_openapi.models, name).__name__ == name
