"""What the App API builder checks beyond the generated models: schema counts, identifier options, list items."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from customerio import MissingParamError, _app_ops
from customerio._app_calls import Counts, check_counts, plain
from customerio._models import _union_parts, build, check_types
from customerio_openapi.models import CustomersAttributesRequest, ExportFilter, ObjectFilter

ROOT = Path(__file__).resolve().parents[1]


def facade() -> ModuleType:
    """scripts/facade.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("facade_under_test", ROOT / "scripts" / "facade.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- counts, read from the spec


def test_request_counts_follow_refs_and_list_items() -> None:
    """facade.request_counts finds the counts of the models a body reaches through $refs and list items."""
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "Body": {"properties": {"rows": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}}}},
                "Row": {
                    "minProperties": 1,
                    "maxProperties": 2,
                    "properties": {
                        "tags": {"type": "array", "minItems": 1, "maxItems": 3},
                        "child": {"$ref": "#/components/schemas/Leaf"},
                    },
                },
                "Leaf": {"properties": {"ids": {"type": "array", "maxItems": 5}}},
                "Unrelated": {"minProperties": 4},
            }
        }
    }
    module = facade()
    op = module.Operation("op", "node", "tag", "POST", "/p", "", "", [], request="Body")
    assert module.request_counts(spec, [op]) == {
        "Leaf": (None, None, {"ids": (None, 5)}),
        "Row": (1, 2, {"tags": (1, 3)}),
    }


def test_committed_counts_are_the_specs_filter_rules() -> None:
    """The written table says what the spec says: one key per filter, non-empty and/or, 1 to 100 ids."""
    one_key = Counts(1, 1, {"and": (1, None), "or": (1, None)})
    for name in ("ExportFilter", "ObjectFilter"):
        rule = _app_ops.COUNTS[name]
        assert (rule.low, rule.high, dict(rule.items)) == (one_key.low, one_key.high, dict(one_key.items))
    assert dict(_app_ops.COUNTS["CustomersAttributesRequest"].items) == {"ids": (1, 100)}


# ---------------------------------------------------------------- counts, checked


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ({}, MissingParamError, "^filter is required$"),
        ({"and": []}, ValueError, "^filter.and must hold at least 1 item, not 0$"),
        ({"not": {}}, MissingParamError, "^filter.not is required$"),
        ({"or": [{"segment": {"id": 1}}, {"and": []}]}, ValueError, r"^filter.or\[1\].and must hold at least 1"),
        (
            {"segment": {"id": 1}, "attribute": {"field": "plan", "operator": "exists"}},
            ValueError,
            r"^filter must have exactly 1 key, not 2 \(attribute, segment\)$",
        ),
    ],
)
def test_filter_counts_are_refused_with_the_place(data: Any, error: type[Exception], message: str) -> None:
    """check_counts names the place of a filter object or list whose size its schema forbids."""
    with pytest.raises(error, match=message):
        check_counts(build(ExportFilter, data, "filter"), "filter")


def test_filters_within_the_counts_pass() -> None:
    """Nested filters of one key each, with non-empty lists, are accepted at every depth."""
    data = {"and": [{"segment": {"id": 1}}, {"not": {"or": [{"attribute": {"field": "a", "operator": "exists"}}]}}]}
    check_counts(build(ExportFilter, data, "filter"), "filter")
    objects = {"or": [{"object_attribute": {"field": "plan", "operator": "exists", "type_id": 1}}]}
    check_counts(build(ObjectFilter, objects, "filter"), "filter")


@pytest.mark.parametrize(("count", "refused"), [(1, False), (100, False), (101, True)])
def test_list_bounds_name_the_argument(count: int, refused: bool) -> None:
    """A body built from arguments names the argument (`ids`), not the operation, when a list is too long."""
    ids = [str(n) for n in range(count)]
    if refused:
        with pytest.raises(ValueError, match=r"^ids must hold 1 to 100 items, not 101$"):
            plain(_app_ops.get_customers_attributes, ids)
    else:
        assert plain(_app_ops.get_customers_attributes, ids).kwargs["json"] == {"ids": ids}


def test_a_model_without_counts_is_walked_but_not_limited() -> None:
    """Models the table does not list are only searched for nested counted models."""
    condition = {"not": {"object_attribute": {"field": "a", "operator": "exists", "type_id": 1}}}
    call = plain(_app_ops.find_objects, 1, condition, None, None)
    assert call.kwargs["json"]["object_type_id"] == 1
    with pytest.raises(ValueError, match=r"^filter.not.and must hold"):
        plain(_app_ops.find_objects, 1, {"not": {"and": []}}, None, None)


# ---------------------------------------------------------------- identifier options


def test_a_string_or_integer_query_parameter_is_an_identifier() -> None:
    """scripts/facade.py reads `anyOf: [string, integer]` (or `type: [string, integer]`) query schemas as identifiers."""
    module = facade()
    for schema in ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, {"type": ["string", "integer", "null"]}):
        arg = module._query_arg({}, {"name": "customer_id", "in": "query", "schema": schema}, "customer_id")
        assert (arg.kind, arg.annotation) == ("id", "Id")
    text = module._query_arg({}, {"name": "name", "in": "query", "schema": {"type": "string"}}, "name")
    assert (text.kind, text.annotation) == ("text", "str")


def _activities_url(**options: Any) -> str:
    values = [options.get(param.name) for param in _app_ops.list_activities.params]
    return str(plain(_app_ops.list_activities, *values).kwargs["url"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (42, "/v1/activities?customer_id=42"),
        ("a+b@x.io", "/v1/activities?customer_id=a%2Bb%40x.io"),
        ("", "/v1/activities"),
    ],
)
def test_identifier_option_takes_text_or_a_number(value: Any, expected: str) -> None:
    """customer_id accepts text or an int, encoded like encodeURIComponent; empty text is left out as Node does."""
    assert _activities_url(customer_id=value) == expected


@pytest.mark.parametrize(("value", "error"), [(True, TypeError), (4.5, TypeError), ("  ", MissingParamError)])
def test_identifier_option_refuses_other_values(value: Any, error: type[Exception]) -> None:
    """A bool, a float or blank text is not a person's identifier."""
    with pytest.raises(error, match="customer_id"):
        _activities_url(customer_id=value)


# ---------------------------------------------------------------- list item types


def test_union_parts_split_at_the_top_level_only() -> None:
    """`list[int | str] | Unset` has two members, the list and Unset."""
    assert [p.strip() for p in _union_parts("list[int | str] | Unset")] == ["list[int | str]", "Unset"]
    assert _union_parts("str") == ["str"]


@pytest.mark.parametrize(("item", "kind"), [(None, "NoneType"), (True, "bool"), (1.5, "float"), ({}, "dict")])
def test_items_of_a_list_of_text_or_numbers_are_checked(item: Any, kind: str) -> None:
    """Each id of `ids: [string | integer]` must be text or an int; the error names the item and its type."""
    check_types(CustomersAttributesRequest.from_dict({"ids": ["42", 43]}), "lookup")
    with pytest.raises(TypeError, match=rf"^lookup.ids\[1\] has the wrong type \({kind}\)"):
        check_types(CustomersAttributesRequest.from_dict({"ids": ["42", item]}), "lookup")
