"""Asset uploads over real loopback HTTP: the multipart parts, streaming without a second copy, replays."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from customerio import CustomerIOConnectionError, ServerError
from customerio.testing._mock import form_data_loads
from customerio.types import Asset, AssetResponse

from .._support import form_parts
from .server import FaultServer, Recorded, ok, redirect, reset, status

ASSET = {"asset": {"id": 4821, "name": "Spring banner", "parent_folder_id": 12, "path": "https://x/a.png", "size": 3}}
#: A file whose bytes hold what would break a careless encoder: CR LF, NUL, and "--+++" (a fixed boundary).
TRICKY = b"GIF89a\x00\r\n--+++\r\n\xff\xfe" + bytes(range(256))


def boundary_of(request: Recorded) -> str:
    """The multipart boundary a request declared in its Content-Type."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    return content_type.split("boundary=", 1)[1]


def file_bytes(request: Recorded) -> bytes:
    """The content of the request's ``file`` part, byte for byte."""
    params = {"boundary": boundary_of(request)}
    return form_data_loads(request.body, **params)["file"].encode("latin-1")


async def test_upload_sends_nodes_parts(rig: Any, server: FaultServer) -> None:
    """The body is multipart/form-data: `file` (file name, content type, exact bytes), then `name`, `parent_folder_id`."""
    server.push(ok(json.dumps(ASSET)))
    r = rig(kind="app", max_retries=0)
    answer = await r.call("create_asset", TRICKY, "spring banner.GIF", name="Spring banner", parent_folder_id=12)
    assert isinstance(answer, AssetResponse)
    assert isinstance(answer.asset, Asset)
    assert answer.asset.id == 4821
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/v1/assets/files")
    assert int(request.headers["content-length"]) == len(request.body)
    assert form_parts(request.headers["content-type"], request.body) == [
        {"name": "file", "filename": "spring banner.GIF", "type": "image/gif", "size": len(TRICKY)},
        {"name": "name", "value": "Spring banner"},
        {"name": "parent_folder_id", "value": "12"},
    ]
    assert file_bytes(request) == TRICKY


async def test_every_upload_has_its_own_random_boundary(rig: Any, server: FaultServer) -> None:
    """Each body is separated by a fresh random boundary (the generator's fixed "+++" is never used)."""
    server.always(ok(json.dumps(ASSET)))
    r = rig(kind="app", max_retries=0)
    for _ in range(2):
        await r.call("create_asset", TRICKY, "a.png")
    first, second = (boundary_of(request) for request in server.requests)
    assert first != second
    assert "+" not in first
    assert len(first) >= 32


async def test_explicit_content_type_wins_and_pdf_is_derived(rig: Any, server: FaultServer) -> None:
    """`content_type` names the file part's type; without it, `.pdf` gives application/pdf."""
    server.always(ok(json.dumps(ASSET)))
    r = rig(kind="app", max_retries=0)
    await r.call("create_asset", b"%PDF-1.7", "scan", content_type="application/pdf")
    await r.call("create_asset", b"%PDF-1.7", "Price List.PDF")
    types = [form_parts(q.headers["content-type"], q.body)[0]["type"] for q in server.requests]
    assert types == ["application/pdf", "application/pdf"]


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        ((b"x", "notes.txt"), {}, ValueError),
        ((b"x", "logo"), {}, ValueError),
        ((b"x", "logo.png"), {"content_type": "image/png\r\nX-Injected: 1"}, ValueError),
        ((b"x", "logo.png"), {"parent_folder_id": -1}, ValueError),
        ((b"x", "logo.png"), {"parent_folder_id": True}, TypeError),
        ((b"x", "logo.png"), {"name": 7}, TypeError),
        (("text", "logo.png"), {}, TypeError),
        ((io.StringIO("text"), "logo.png"), {}, TypeError),
        ((b"x", b"logo.png"), {}, TypeError),
    ],
    ids=["unknown-extension", "no-extension", "header-injection", "negative-folder", "bool-folder", "int-name",
         "str-data", "text-file", "bytes-filename"],
)  # fmt: skip
async def test_bad_upload_is_refused_before_sending(
    rig: Any, server: FaultServer, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception]
) -> None:
    """A file type the API refuses, a header-breaking content type or a wrongly typed argument sends nothing."""
    r = rig(kind="app", max_retries=0)
    with pytest.raises(error):
        await r.call("create_asset", *args, **kwargs)
    assert server.requests == []


async def test_pipe_is_refused_because_it_cannot_be_sent_again(rig: Any, server: FaultServer) -> None:
    """A non-seekable stream (a pipe) is refused: a redirect or a replay after 429 could not resend it."""
    read_fd, write_fd = os.pipe()
    with os.fdopen(read_fd, "rb") as pipe, os.fdopen(write_fd, "wb") as writer:
        writer.write(b"GIF89a")
        writer.flush()
        r = rig(kind="app", max_retries=0)
        with pytest.raises(TypeError, match="seekable"):
            await r.call("create_asset", pipe, "a.gif")
    assert server.requests == []


async def test_file_object_is_sent_whole_from_its_start_and_left_open(
    rig: Any, server: FaultServer, tmp_path: Path
) -> None:
    """A file object is uploaded from its first byte whatever its position, and the caller's file stays open."""
    path = tmp_path / "banner.png"
    path.write_bytes(TRICKY)
    server.push(ok(json.dumps(ASSET)))
    r = rig(kind="app", max_retries=0)
    with path.open("rb") as file:
        file.read(10)
        await r.call("create_asset", file, "banner.png")
        assert not file.closed
    (request,) = server.requests
    assert file_bytes(request) == TRICKY


async def test_429_replays_the_whole_file(rig: Any, server: FaultServer) -> None:
    """An upload refused with 429 (surely not processed) is sent again, the file complete again."""
    server.push(status(429, retry_after="0"), ok(json.dumps(ASSET)))
    r = rig(kind="app", max_retries=2)
    await r.call("create_asset", io.BytesIO(TRICKY), "a.gif")
    first, second = server.requests
    assert file_bytes(first) == file_bytes(second) == TRICKY
    assert second.headers["x-retry-count"] == "1"


@pytest.mark.parametrize(
    ("action", "error"), [(status(500), ServerError), (reset(), CustomerIOConnectionError)], ids=["500", "reset"]
)
async def test_upload_is_not_replayed_once_the_server_may_have_it(
    rig: Any, server: FaultServer, action: Any, error: type[Exception]
) -> None:
    """A 500 or a reset after the body was sent is not retried: a replay could create a second asset."""
    server.push(action)
    server.always(ok(json.dumps(ASSET)))
    r = rig(kind="app", max_retries=3)
    with pytest.raises(error):
        await r.call("create_asset", TRICKY, "a.gif")
    assert len(server.requests) == 1
    assert r.sleeps == []


async def test_redirect_sends_the_upload_again(rig: Any, server: FaultServer) -> None:
    """A 307 to the EU host re-sends the streamed body (the file from its start, same boundary)."""
    server.push(redirect(307, "https://api-eu.customer.io/v1/assets/files"), ok(json.dumps(ASSET)))
    r = rig(kind="app", max_retries=0)
    await r.call("create_asset", io.BytesIO(TRICKY), "a.gif", name="Banner")
    first, second = server.requests
    assert [first.host, second.host] == ["api.customer.io", "api-eu.customer.io"]
    assert first.body == second.body
    assert file_bytes(second) == TRICKY


BIG = 50 * 1024 * 1024
#: The most the upload of BIG bytes may add to the traced peak: far below one copy of the file (50 MB).
PEAK_BOUND = 4 * 1024 * 1024


@pytest.mark.parametrize("source", ["file", "bytes"])
async def test_large_upload_is_streamed_not_copied(rig: Any, server: FaultServer, tmp_path: Path, source: str) -> None:
    """50 MB go over the socket in chunks: the traced peak grows by < 4 MB (a copy would add 50 MB)."""
    block = os.urandom(1024 * 1024)
    path = tmp_path / "big.png"
    with path.open("wb") as out:
        for _ in range(BIG // len(block)):
            out.write(block)
    server.keep_body = 4096  # the server hashes the body as it reads it and keeps only its ends
    server.push(ok(json.dumps(ASSET)))
    r = rig(kind="app", max_retries=0, timeout=30.0)
    with path.open("rb") as file:
        data: Any = file if source == "file" else file.read()
        tracemalloc.start()
        try:
            await r.call("create_asset", data, "big.png")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < PEAK_BOUND, f"the upload added {peak / 2**20:.1f} MB at its peak"
    tracemalloc.start()  # the measure would see a copy: reading the file whole peaks above its size
    try:
        path.read_bytes()
        assert tracemalloc.get_traced_memory()[1] > BIG
    finally:
        tracemalloc.stop()
    (request,) = server.requests
    assert request.size == int(request.headers["content-length"]) > BIG
    # The body is the file part's head, the file itself, then the closing boundary: hash it the same way.
    start = request.body.index(b"\r\n\r\n") + 4
    closing = f"\r\n--{boundary_of(request)}--\r\n".encode()
    assert request.tail.endswith(closing)
    assert request.size == start + BIG + len(closing)
    digest = hashlib.sha256(request.body[:start])
    for _ in range(BIG // len(block)):
        digest.update(block)
    digest.update(closing)
    assert digest.hexdigest() == request.sha256
