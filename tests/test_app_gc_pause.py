"""Large typed answers are built with the cyclic garbage collector paused, and it is always given back."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator

import httpx
import pytest

from customerio import APIClient, _app_calls as app_calls, _gc
from customerio.types import Message, MessagesPage


def _page(n: int) -> bytes:
    item = {"id": "d1", "metrics": {"sent": 1}, "created": 1, "type": "email", "customer_identifiers": {"id": "1"}}
    return json.dumps({"messages": [dict(item, id=f"d{i}") for i in range(n)], "next": ""}).encode()


def _client(body: bytes, seen: list[bool]) -> APIClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    real = _gc.pause

    def spy() -> None:
        real()
        seen.append(gc.isenabled())

    _gc.pause = spy  # type: ignore[assignment]
    return APIClient("key", url="http://app.test/v1", transport=httpx.MockTransport(handler))


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    real, enabled = _gc.pause, gc.isenabled()
    yield
    _gc.pause = real  # type: ignore[assignment]
    if enabled:
        gc.enable()


def test_a_large_page_is_built_with_the_collector_paused_and_resumed() -> None:
    seen: list[bool] = []
    body = _page(300)
    assert len(body) >= app_calls._PAUSE_GC_ABOVE
    with _client(body, seen) as cio:
        page = cio.get_messages()
    assert seen == [False]  # paused while the models were built
    assert gc.isenabled()
    assert _gc.pauses() == 0
    assert isinstance(page, MessagesPage)
    assert len(page.messages) == 300
    assert all(isinstance(m, Message) for m in page.messages)
    assert page.messages[7].id == "d7"


def test_a_small_answer_leaves_the_collector_alone() -> None:
    seen: list[bool] = []
    with _client(_page(2), seen) as cio:
        assert len(cio.get_messages().messages) == 2
    assert seen == []
    assert gc.isenabled()


def test_a_collector_the_application_disabled_stays_disabled() -> None:
    seen: list[bool] = []
    gc.disable()
    with _client(_page(300), seen) as cio:
        cio.get_messages()
    assert seen == [False]
    assert not gc.isenabled()


def test_a_failing_parse_resumes_the_collector() -> None:
    seen: list[bool] = []
    body = json.dumps({"messages": [{"id": i} for i in range(2_000)]}).encode()  # items lack required keys
    with _client(body, seen) as cio:
        page = cio.get_messages()  # lenient: what parsed, the mismatch logged
    assert seen == [False]
    assert gc.isenabled()
    assert _gc.pauses() == 0
    assert len(page.messages) == 2_000


def test_nested_pauses_resume_once_the_last_ends() -> None:
    _gc.pause()
    _gc.pause()
    _gc.resume()
    assert not gc.isenabled()
    _gc.resume()
    assert gc.isenabled()
    assert _gc.pauses() == 0
