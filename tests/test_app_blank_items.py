"""Blank required text is refused in every item of a list of models, not only in nested models."""

from __future__ import annotations

import pytest

from customerio import MissingParamError, _app_ops
from customerio._app_calls import plain


@pytest.mark.parametrize("blank", ["", "  ", "\t"])
def test_blank_name_in_a_list_item_is_refused_with_its_place(blank: str) -> None:
    """The second attribute's blank name raises MissingParamError naming ``attributes[1].name``."""
    with pytest.raises(MissingParamError, match=r"attributes\[1\]\.name"):
        plain(_app_ops.batch_update_attributes, [{"name": "plan"}, {"name": blank}])


def test_filled_list_items_and_blank_optional_text_are_sent() -> None:
    """Only required text is checked: a blank optional description still builds the request."""
    call = plain(_app_ops.batch_update_events, [{"name": "purchase", "description": ""}, {"name": "refund"}])
    assert call.kwargs["url"] == "/v1/data_index/events"
    assert call.kwargs["json"] == {"events": [{"name": "purchase", "description": ""}, {"name": "refund"}]}


def test_rows_that_are_not_models_are_left_alone() -> None:
    """A list of free-form rows (a collection's content) may hold blank text: it is data, not a model."""
    call = plain(_app_ops.update_collection_content, 1, [{"a": " "}, {"b": ""}])
    assert call.kwargs["json"] == [{"a": " "}, {"b": ""}]
