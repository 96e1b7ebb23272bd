"""Exceptions raised by the SDK.

The hierarchy::

    CustomerIOError
    ├── MissingParamError                (also ValueError; raised before anything is sent)
    ├── CustomerIORequestError           (the API answered with a non-2xx status)
    │   ├── BadRequestError              (400, 422)
    │   ├── AuthenticationError          (401, 403)
    │   ├── NotFoundError                (404)
    │   ├── RateLimitError               (429)
    │   └── ServerError                  (5xx)
    ├── UnexpectedResponseError          (a 2xx whose body is not what the API documents)
    ├── PaginationError                  (a page walk got a cursor it had already followed)
    └── CustomerIOConnectionError        (no HTTP response: DNS, refused, reset, protocol error)
        └── CustomerIOTimeoutError

Invalid arguments raise the built-in ``TypeError`` or ``ValueError`` before anything is sent.
No message or ``repr`` contains a credential, a request header or a request body.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class CustomerIOError(Exception):
    """Root of every exception this SDK raises on purpose."""


class MissingParamError(CustomerIOError, ValueError):
    """A required argument is missing or blank; nothing was sent."""

    def __init__(self, param: str) -> None:
        super().__init__(f"{param} is required")
        #: Name of the missing argument, e.g. ``"customer_id"`` or ``"data.name"``.
        self.param = param


def compose_message(body: str) -> str:
    """Turn an error body into a readable message, the way the official Node client does.

    ``meta.error`` wins, then ``meta.errors`` as a bulleted list, then the v2 ``errors[].message``s,
    else ``"Unknown error"`` (also for a body that is not JSON, such as a proxy's HTML page).
    """
    try:
        parsed: Any = json.loads(body) if body else None
    except ValueError:
        return "Unknown error"
    if not isinstance(parsed, Mapping):
        return "Unknown error"
    meta = parsed.get("meta")
    if isinstance(meta, Mapping):
        if meta.get("error"):
            return str(meta["error"])
        errors = meta.get("errors")
        if isinstance(errors, list) and errors:
            noun = "error" if len(errors) == 1 else "errors"
            return f"{len(errors)} {noun}:\n" + "\n".join(f"  - {e}" for e in errors)
    v2_errors = parsed.get("errors")
    if isinstance(v2_errors, list):
        messages = [str(e["message"]) for e in v2_errors if isinstance(e, Mapping) and e.get("message")]
        if messages:
            return "; ".join(messages)
    return "Unknown error"


class CustomerIORequestError(CustomerIOError):
    """The API answered with a non-2xx status; the request may or may not have had an effect."""

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        body: str,
        *,
        method: str,
        url: str,
        message: str | None = None,
    ) -> None:
        self.message = compose_message(body) if message is None else message
        super().__init__(self.message)
        #: HTTP status of the response.
        self.status_code = status_code
        #: Response headers (lower-cased names).
        self.headers: dict[str, str] = {k.lower(): v for k, v in headers.items()}
        #: Raw response body as text; may be empty or not JSON.
        self.body = body
        #: Method and URL of the request that failed (URLs never carry credentials).
        self.method = method
        self.url = url

    def __str__(self) -> str:
        return f"{self.status_code}: {self.message} ({self.method} {self.url})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle through ``args``; keep every field across process boundaries.
        return (
            _rebuild,
            (type(self), self.status_code, self.headers, self.body, self.method, self.url, self.message),
        )


def _rebuild(
    cls: type[CustomerIORequestError],
    status_code: int,
    headers: Mapping[str, str],
    body: str,
    method: str,
    url: str,
    message: str,
) -> CustomerIORequestError:
    return cls(status_code, headers, body, method=method, url=url, message=message)


class BadRequestError(CustomerIORequestError):
    """400 or 422: the API rejected the request's content."""


class AuthenticationError(CustomerIORequestError):
    """401 or 403: the credentials are wrong or lack the permission."""


class NotFoundError(CustomerIORequestError):
    """404: the addressed resource does not exist."""


class RateLimitError(CustomerIORequestError):
    """429: too many requests, still refused after the retries the policy allows."""


class ServerError(CustomerIORequestError):
    """5xx: the API failed; the request may or may not have had an effect."""


class UnexpectedResponseError(CustomerIOError):
    """A 2xx response whose body is not what the API documents (for example not JSON).

    Answers that are JSON but do not match their documented schema raise this only on a client made with
    ``strict_responses=True``; by default the caller gets what parsed (see ``customerio.raw_json``).
    """

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        body: str,
        *,
        method: str,
        url: str,
        reason: str | None = None,
    ) -> None:
        detail = f": {reason}" if reason else ""
        super().__init__(f"{status_code}: unexpected response body ({method} {url}){detail}")
        #: Why the body was not accepted (``None`` when it could not be read at all).
        self.reason = reason
        self.status_code = status_code
        self.headers: dict[str, str] = {k.lower(): v for k, v in headers.items()}
        self.body = body
        self.method = method
        self.url = url


class PaginationError(CustomerIOError):
    """A walk across pages got a cursor it had already followed: it stops instead of looping for ever."""


class CustomerIOConnectionError(CustomerIOError):
    """No HTTP response was received: DNS failure, refused or reset connection, protocol error."""


class CustomerIOTimeoutError(CustomerIOConnectionError):
    """An attempt ran out of time (connect, write, read or waiting for a pooled connection)."""


_BY_STATUS: dict[int, type[CustomerIORequestError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[CustomerIORequestError]:
    """The most specific exception class for a non-2xx status."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, CustomerIORequestError)
