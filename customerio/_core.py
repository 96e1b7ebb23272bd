"""The I/O-free half of every client: configuration, request building and response handling.

``Call`` describes one API call (the generated layer's request kwargs, whether it may be replayed and
how to parse its answer); the sync and async clients build requests from it, send them under the
transport policy, and hand the response back here to become a value or a typed error.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import sys
import weakref
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from . import _constants as C
from ._exceptions import (
    CustomerIOConnectionError,
    CustomerIORequestError,
    CustomerIOTimeoutError,
    UnexpectedResponseError,
    error_class_for,
)
from ._payload import required_text
from ._policy import RetryPolicy, Safety, describe
from ._version import __version__

T = TypeVar("T")

logger = logging.getLogger("customerio")

# sys.version_info rather than the platform module: the same text, without platform's import cost.
_PY = "{}.{}.{}".format(*sys.version_info[:3])
USER_AGENT = f"customerio-py/{__version__} (Python {_PY}; httpx {httpx.__version__})"


@attrs.frozen(repr=False, eq=False)  # internal: no generated repr/eq (each costs cold-start time)
class Call(Generic[T]):
    """One API call, ready to send: kwargs from a generated ``_get_kwargs`` plus how to treat it."""

    #: ``method``, ``url`` (path from the host root), and optionally ``params``, ``json`` (or ``content``,
    #: or multipart ``files``), ``headers``.
    kwargs: dict[str, Any]
    #: Whether a replay after the server may have processed the request is harmless.
    safety: Safety
    #: Turns a 2xx response into the return value (:func:`ignore_body` for calls that return nothing).
    parse: Callable[[httpx.Response], T]
    #: For a client with ``strict_responses``: raises ``TypeError`` when a parsed value is not what its
    #: schema says (its scalars' types); lenient clients skip it, the parse already gave them the data.
    check: Callable[[T], None] | None = None


#: Why the SDK's own HTTP client refuses a cookie.
NO_COOKIES = "the SDK's own HTTP client keeps no cookies; pass http_client= for one that does"


class NoCookies(httpx.Cookies):
    """The cookie store of the SDK's own HTTP clients: it never keeps a cookie.

    Customer.io's APIs authenticate every request by its Authorization header (the official Node client
    keeps no cookies either), so a cookie can only be noise, or state a redirect target tries to plant.
    Storing nothing also saves httpx's per-response cookie extraction, which rebuilds the request and
    response as urllib objects: about a quarter of its time per call. A caller's own ``http_client``
    keeps its cookie handling.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep none of the response's cookies."""

    def set(self, name: str, value: str, domain: str = "", path: str = "/") -> None:
        """Refuse to store a cookie."""
        raise TypeError(NO_COOKIES)


class ResponseMismatch(Exception):
    """Raised by a parser when a 2xx body does not match its model; carries what could be parsed."""

    def __init__(self, partial: object, raw: object, why: str) -> None:
        super().__init__(why)
        self.partial = partial
        self.raw = raw
        self.why = why


# The bodies of 2xx answers that did not match their model, by id() of the value returned for them and
# dropped when that value is collected (the generated models compare by value, so they are not hashable).
_RAW: dict[int, object] = {}
_WARNED: set[str] = set()


def raw_json(value: object) -> Any:
    """The JSON the API sent for a typed answer: its body as received when it did not match its model.

    For an answer that matched, this is ``value.to_dict()``: the same content, undocumented keys included
    (they are kept in the models' ``additional_properties``).
    """
    if id(value) in _RAW:
        return _RAW[id(value)]
    if isinstance(value, list):
        return [raw_json(item) if hasattr(item, "to_dict") else item for item in value]
    to_dict: Callable[[], Any] | None = getattr(value, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"{type(value).__name__} is not a typed answer of this SDK")
    return to_dict()


def accept_mismatch(operation: str, mismatch: ResponseMismatch) -> object:
    """What a lenient client returns for a mismatching answer: the partial model, its raw body remembered."""
    key = id(mismatch.partial)
    _RAW[key] = mismatch.raw
    weakref.finalize(mismatch.partial, _RAW.pop, key, None)
    seen = f"{operation}: {mismatch.why}"
    if seen not in _WARNED and len(_WARNED) < 1000:
        _WARNED.add(seen)
        logger.warning(
            "%s answered a body that does not match its documented schema (%s); returning what parsed",
            operation,
            mismatch.why,
        )
    return mismatch.partial


def ignore_body(response: httpx.Response) -> None:
    """Parser of calls whose answer carries nothing useful (Track v1 answers ``{}`` or nothing)."""


class _Unset:
    def __repr__(self) -> str:
        return "<default>"


UNSET_TIMEOUT: Any = _Unset()


def timeout_of(timeout: float | httpx.Timeout | Any | None, caller_client: bool) -> Any:
    """The per-request timeout: ours by default, the caller's client's own when one is given."""
    if timeout is UNSET_TIMEOUT:
        return httpx.USE_CLIENT_DEFAULT if caller_client else httpx.Timeout(C.DEFAULT_TIMEOUT)
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}")
    return httpx.Timeout(float(timeout))


def default_headers(authorization: str) -> dict[str, str]:
    """Headers every request of a client carries."""
    return {"Authorization": authorization, "User-Agent": USER_AGENT, "Accept": "application/json"}


def basic_auth(site_id: object, api_key: object) -> str:
    """The Track API's ``Authorization`` value (site id and API key, HTTP Basic)."""
    site = _credential("site_id", site_id)
    key = _credential("api_key", api_key)
    return "Basic " + base64.b64encode(f"{site}:{key}".encode()).decode("ascii")


def write_key_auth(write_key: object) -> str:
    """The Data Pipelines API's ``Authorization`` value: the write key as Basic user name, empty password."""
    return "Basic " + base64.b64encode(f"{_credential('write_key', write_key)}:".encode()).decode("ascii")


def bearer_auth(app_key: object) -> str:
    """The App API's ``Authorization`` value."""
    return "Bearer " + _credential("app_key", app_key)


def _credential(name: str, value: object) -> str:
    text = required_text(name, value)
    if any(ch in text for ch in "\r\n\x00"):
        raise ValueError(f"{name} contains a control character")
    return text


def base_url(url: object, suffix: str, param: str = "url") -> str:
    """The host root under which the generated paths live, from a region or caller URL ending in ``suffix``.

    Like the Node client, ``url`` is an API root such as ``https://track.customer.io/api/v1``; the
    generated operations carry the ``/api/v1`` (or ``/v1``) prefix themselves.
    """
    if not isinstance(url, str):
        raise TypeError(f"{param} must be a str, not {type(url).__name__}")
    text = url.rstrip("/")
    parsed = httpx.URL(text)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"{param} must be an absolute http(s) URL, not {url!r}")
    if parsed.userinfo or parsed.query or parsed.fragment:
        raise ValueError(f"{param} must not carry credentials, a query or a fragment")
    if not text.endswith(suffix):
        raise ValueError(f"{param} must be the API root ending in {suffix!r}, e.g. 'http://127.0.0.1:4010{suffix}'")
    return text[: -len(suffix)]


# Internal: no generated __repr__/__eq__, which would only add to every cold start (attrs compiles
# each generated method); ClientCore's repr would also show the credential headers.
@attrs.frozen(repr=False, eq=False)
class ClientCore:
    """Everything a client needs to turn a :class:`Call` into a request and a response into a result."""

    base: str
    headers: Mapping[str, str]
    timeout: Any
    policy: RetryPolicy
    #: False when the headers and timeout are set on an httpx client the SDK owns (cheaper per call);
    #: True for a caller's client, whose own defaults must not be changed.
    per_request: bool = True
    #: Whether a 2xx body that does not match its documented model raises instead of being returned as parsed.
    strict_responses: bool = False

    @property
    def dedupe(self) -> bool:
        """Whether events get an automatic dedupe id: only when they may be replayed."""
        return self.policy.max_retries > 0

    def request_args(self, call: Call[Any]) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client.build_request`` (same for the async client)."""
        kw = call.kwargs
        args: dict[str, Any] = {"method": kw["method"], "url": self.base + kw["url"]}
        extra = kw.get("headers")
        if "json" in kw:
            args["json"] = kw["json"]
            # httpx sets Content-Type for a JSON body itself; the generated one adds nothing.
            if extra and len(extra) == 1 and "Content-Type" in extra:
                extra = None
        elif "content" in kw:
            args["content"] = kw["content"]
        elif "files" in kw:
            # A multipart upload: httpx streams the parts and writes Content-Type with a random boundary.
            args["files"] = kw["files"]
        if self.per_request:
            args["headers"] = {**self.headers, **extra} if extra else self.headers
            args["timeout"] = self.timeout
        elif extra:
            args["headers"] = extra
        if kw.get("params"):
            args["params"] = kw["params"]
        return args

    def finish(self, call: Call[T], response: httpx.Response) -> T:
        """The call's result from its final response, or the typed error for a non-2xx status."""
        status = response.status_code
        if 200 <= status < 300:
            try:
                result = call.parse(response)
                if self.strict_responses and call.check is not None:
                    try:
                        call.check(result)
                    except TypeError as exc:
                        raise ResponseMismatch(result, None, f"{type(exc).__name__}: {exc}") from exc
                return result
            except ResponseMismatch as mismatch:
                where = f"{response.request.method} {response.request.url.path}"
                if not self.strict_responses:
                    return accept_mismatch(where, mismatch)  # type: ignore[return-value]
                headers, body = self._redacted(response)
                raise UnexpectedResponseError(
                    status,
                    headers,
                    body,
                    method=response.request.method,
                    url=describe(response.request.url),
                    reason=mismatch.why,
                ) from mismatch
            except Exception as exc:  # the generated parser raises whatever a bad body provokes
                headers, body = self._redacted(response)
                raise UnexpectedResponseError(
                    status, headers, body, method=response.request.method, url=describe(response.request.url)
                ) from exc
        headers, body = self._redacted(response)
        raise error_class_for(status)(
            status, headers, body, method=response.request.method, url=describe(response.request.url)
        )

    def redirect_error(self, response: httpx.Response, why: str) -> CustomerIORequestError:
        """The error of a redirect that cannot be followed (no Location, a loop, a bad scheme)."""
        headers, body = self._redacted(response)
        return CustomerIORequestError(
            response.status_code,
            headers,
            body,
            method=response.request.method,
            url=describe(response.request.url),
            message=why,
        )

    def _redacted(self, response: httpx.Response) -> tuple[dict[str, str], str]:
        """Response headers and body with this client's credentials blanked out.

        A misbehaving proxy or server may echo the request's Authorization header back; an exception
        carrying it would leak the key into logs and error trackers.
        """
        body = response.text
        headers = dict(response.headers)
        for secret in _secrets_of(self.headers.get("Authorization", "")):
            if secret in body:
                body = body.replace(secret, "[redacted]")
            for name, value in headers.items():
                if secret in value:
                    headers[name] = value.replace(secret, "[redacted]")
        return headers, body


def _secrets_of(authorization: str) -> list[str]:
    """The Authorization value and the credentials inside it, longest first."""
    scheme, _, token = authorization.partition(" ")
    found = [authorization, token]
    if scheme == "Basic":
        with contextlib.suppress(ValueError):
            user, _, password = base64.b64decode(token).decode().partition(":")
            found.append(password or user)  # the API key; a Pipelines write key is the user name
    return sorted({s for s in found if len(s) >= 4}, key=len, reverse=True)


def connection_error(exc: httpx.TransportError, request: httpx.Request, retries: int) -> Exception:
    """The SDK's exception for a transport failure the policy gave up on (no payload, no credentials)."""
    cls = CustomerIOTimeoutError if isinstance(exc, httpx.TimeoutException) else CustomerIOConnectionError
    tried = f" after {retries + 1} attempts" if retries else ""
    return cls(f"{type(exc).__name__} on {request.method} {describe(request.url)}{tried}")
