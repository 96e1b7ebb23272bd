"""Helpers shared by the client tests: build sync or async clients and call them the same way."""

from __future__ import annotations

import inspect
from typing import Any

SITE_ID = "site-123"
API_KEY = "track-secret-key-0001"
APP_KEY = "app-secret-key-0002"
WRITE_KEY = "pipelines-write-key-0003"


async def call(client: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call a client method and await it when the client is async."""
    result = getattr(client, method)(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


def no_sleep(client: Any, record: list[float] | None = None) -> None:
    """Replace the client's sleep with one that returns at once and records the delay."""
    record = [] if record is None else record
    if inspect.iscoroutinefunction(type(client)._sleep):

        async def fake(seconds: float) -> None:
            record.append(seconds)

        client._sleep = fake
    else:
        client._sleep = record.append


async def close(client: Any) -> None:
    """Close a sync or async client."""
    if hasattr(client, "aclose"):
        await client.aclose()
    else:
        client.close()


def form_parts(content_type: str, body: bytes) -> list[dict[str, Any]]:
    """The parts of a ``multipart/form-data`` body, as customerio-node's recorder describes FormData.

    A file part is ``{name, filename, type, size}``, a text field ``{name, value}``; the standard
    library's MIME parser does the parsing, so the SDK's own encoder is not checking itself.
    """
    import email.parser
    import email.policy

    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    assert message.is_multipart(), f"not a multipart body: {content_type}"
    parts: list[dict[str, Any]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        filename = part.get_filename()
        if filename is None:
            parts.append({"name": name, "value": payload.decode()})
        else:
            parts.append({"name": name, "filename": filename, "type": part.get_content_type(), "size": len(payload)})
    return parts
