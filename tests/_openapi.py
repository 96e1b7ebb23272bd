"""The one adapter our suites use to hand an ``httpx.Request`` to openapi-core's request validator."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict


class HttpxOpenAPIRequest:
    """An ``httpx.Request`` as openapi-core's ``Request`` protocol, with the path still percent-encoded."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode('ascii')}"
        # ``raw_path`` keeps the bytes that went on the wire (``%2F`` stays one path segment).
        self.path = url.raw_path.decode("ascii").split("?", 1)[0]
        self.full_url_pattern = self.host_url + self.path
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(url.query.decode("ascii"), keep_blank_values=True)),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def body(self) -> bytes | None:
        """The request body (``None`` when empty)."""
        content = self._request.content
        return content or None

    @property
    def content_type(self) -> str:
        """The request's Content-Type, lower-cased (empty when it has none)."""
        return self._request.headers.get("content-type", "").lower()
