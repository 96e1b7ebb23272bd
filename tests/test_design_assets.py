"""Design Studio and asset operations: what their rules add to the generic App API builder."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
import respx

from customerio import APIClient, _app_ops
from customerio._app_calls import plain
from customerio.types import DesignStudioEmail, ListDesignStudioEmailsResponse

from ._support import APP_KEY

US = "https://api.customer.io"


def test_an_update_body_must_change_something() -> None:
    """An update whose schema has minProperties refuses `{}` before sending; one field is enough."""
    op = _app_ops.update_design_studio_folder
    assert [p.low for p in op.params if p.where == "body"] == [1]
    with pytest.raises(ValueError, match="updates must give at least 1 field"):
        plain(op, "123e4567-e89b-12d3-a456-426614174000", {})
    call = plain(op, "123e4567-e89b-12d3-a456-426614174000", {"parent_folder_id": None})
    assert call.kwargs["json"] == {"parent_folder_id": None}
    assert call.kwargs["url"] == "/v1/design_studio/folders/123e4567-e89b-12d3-a456-426614174000"


def test_a_create_body_has_no_such_floor() -> None:
    """Bodies without minProperties keep their own rules only (a folder needs its name, nothing more)."""
    op = _app_ops.create_design_studio_folder
    assert [p.low for p in op.params if p.where == "body"] == [None]
    assert plain(op, {"name": "Spring"}).kwargs["json"] == {"name": "Spring"}


def test_time_filters_take_datetimes_as_unix_seconds() -> None:
    """created_before and the other time filters accept a datetime and send unix seconds."""
    when = dt.datetime(2024, 5, 3, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with respx.mock as router, APIClient(APP_KEY, max_retries=0) as client:
        route = router.get(f"{US}/v1/design_studio/emails").respond(200, json={"emails": []})
        client.list_design_studio_emails(created_before=when, updated_after=1714000000, is_linked="true")
    assert route.calls.last.request.url.query == b"created_before=1714737600&updated_after=1714000000&is_linked=true"


def test_list_answer_is_typed_with_its_page_meta() -> None:
    """A list answer gives typed items, and its page numbers under meta.pagination."""
    body: dict[str, Any] = {
        "emails": [{"id": "e1", "name": "Spring sale", "is_template": False, "parent_folder_id": None}],
        "folders": [],
        "meta": {"pagination": {"page": 2, "limit": 1, "total": 5}, "filters": {"sort_by": "created"}},
    }
    with respx.mock as router, APIClient(APP_KEY, max_retries=0) as client:
        router.get(f"{US}/v1/design_studio/emails").respond(200, json=body)
        page = client.list_design_studio_emails(page=2, limit=1)
    assert isinstance(page, ListDesignStudioEmailsResponse)
    assert isinstance(page.emails[0], DesignStudioEmail)
    assert page.emails[0].name == "Spring sale"
    assert page.meta.pagination.total == 5
    assert json.loads(json.dumps(page.to_dict())) == body


def test_testing_kit_accepts_an_upload_and_refuses_one_without_its_file() -> None:
    """customerio.testing validates uploads: the SDK's conforms; a form without the file part is a violation."""
    import httpx

    from customerio.testing import CustomerIOMock

    with CustomerIOMock() as mock, APIClient(APP_KEY, max_retries=0) as client:
        client.create_asset(b"GIF89a\x00\xff", "logo.gif", name="Logo", parent_folder_id=12)
        assert mock.violations == []
        assert [call.operation_id for call in mock.calls] == ["create_asset"]
        refused = httpx.post(
            f"{US}/v1/assets/files",
            files={"name": (None, b"Logo"), "parent_folder_id": (None, b"12")},
            headers={"Authorization": "Bearer k", "User-Agent": "customerio-py/test"},
        )
        assert refused.status_code == 400
        assert "file" in mock.violations[0].message
        mock.reset()


def test_form_reader_keeps_file_bytes_and_text_fields() -> None:
    """The testing kit's multipart reader gives a file part byte for byte (as Latin-1) and text as UTF-8."""
    import httpx

    from customerio.testing._mock import form_data_loads

    data = bytes(range(256)) + b"\r\n--x--\r\n"
    request = httpx.Request("POST", US, files={"file": ("a.png", data, "image/png"), "name": (None, "é".encode())})
    boundary = request.headers["content-type"].split("boundary=")[1]
    fields = form_data_loads(request.read(), boundary=boundary)
    assert fields["file"].encode("latin-1") == data
    assert fields["name"] == "é"
