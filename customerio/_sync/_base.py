# Generated from customerio/_async by scripts/unasync.py: edit the async source, run `make unasync`.
"""The sync send loop: request building and decisions come from ``_core``/``_policy``, this only does I/O."""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Iterator
from time import monotonic
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .. import _constants as C
from .._core import NO_COOKIES, Call, ClientCore, NoCookies, connection_error, default_headers, timeout_of
from .._policy import (
    REDIRECT_STATUSES,
    RateLimiter,
    RetryPolicy,
    Safety,
    describe,
    error_is_retryable,
    next_delay,
    redirect_request,
    status_is_retryable,
)
from ._pool import SdkTransport

if TYPE_CHECKING:
    from .._app_calls import Op

T = TypeVar("T")

logger = logging.getLogger("customerio")


class SdkHttpClient(httpx.Client):
    """The HTTP client a Customer.io client creates for itself: httpx's, without a cookie store."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._no_cookies = NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        """Always empty: see :class:`~customerio._core.NoCookies`."""
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise TypeError(NO_COOKIES)

    def _init_transport(  # httpx 0.28's hook for the default transport (pinned by tests/test_pool.py)
        self,
        verify: Any = True,
        cert: Any = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = httpx.Limits(),  # noqa: B008 - httpx's own signature; always given by httpx
        transport: httpx.BaseTransport | None = None,
    ) -> httpx.BaseTransport:
        # The SDK's pool (see _pool.py) unless the caller gave a transport; proxies from the environment
        # keep httpx's own proxy transports (httpx mounts those separately).
        if transport is not None:
            return transport
        return SdkTransport(verify=verify, cert=cert, trust_env=trust_env, limits=limits)


class BaseClient:
    """Connection handling shared by the sync Track and App clients."""

    _core: ClientCore
    _http: httpx.Client
    _owns_http: bool
    _limiter: RateLimiter | None = None
    _used = False

    def _setup(
        self,
        *,
        base: str,
        authorization: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
        rate_limit: float | None = None,
        strict_responses: bool = False,
    ) -> None:
        """Validate and store a client's configuration, then open (or adopt) its connection pool."""
        if not isinstance(strict_responses, bool):
            raise TypeError(f"strict_responses must be a bool, not {type(strict_responses).__name__}")
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, not {type(http_client).__name__}")
        if transport is not None:
            if http_client is not None:
                raise ValueError("give either http_client or transport, not both")
            if not isinstance(transport, httpx.BaseTransport):
                raise TypeError(f"transport must be an httpx.BaseTransport, not {type(transport).__name__}")
        owned = http_client is None
        core = ClientCore(
            base=base,
            headers=default_headers(authorization),
            timeout=timeout_of(timeout, not owned),
            policy=RetryPolicy(max_retries=max_retries),
            per_request=not owned,
            strict_responses=strict_responses,
        )
        self._limiter = None if rate_limit is None else RateLimiter(rate_limit)
        self._core = core
        self._owns_http = owned
        # Our own pool carries the headers and timeout itself, so each call need not merge them.
        self._http = http_client or SdkHttpClient(
            transport=transport,
            headers=core.headers,
            timeout=core.timeout,
            limits=httpx.Limits(max_connections=C.MAX_CONNECTIONS, max_keepalive_connections=C.MAX_CONNECTIONS),
            follow_redirects=False,
        )

    def __del__(self) -> None:
        # Like an unclosed file: pooled sockets would linger until the interpreter reclaims them.
        if getattr(self, "_owns_http", False) and self._used and not self._http.is_closed:
            warnings.warn(
                f"{type(self).__name__} was garbage-collected without being closed; "
                "use it as a context manager or call its close method",
                ResourceWarning,
                stacklevel=2,
                source=self,
            )

    def close(self) -> None:
        """Close the connection pool (a caller-supplied ``http_client`` is left open for its owner)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: Any) -> Any:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        # One seam for tests to stub waiting.
        time.sleep(seconds)

    def _send(self, call: Call[T]) -> T:
        """Send a call under the retry policy and turn the final response into its result."""
        try:
            request = self._http.build_request(**self._core.request_args(call))
        except httpx.InvalidURL as exc:  # e.g. an identifier so long the URL exceeds httpx's 64 KiB cap
            raise ValueError(f"cannot build the request URL: {exc}") from None
        self._used = True
        response = self._send_with_retries(request, call.safety)
        return self._core.finish(call, response)

    def _send_with_retries(self, request: httpx.Request, safety: Safety) -> httpx.Response:
        policy = self._core.policy
        attempt = 0
        slept = 0.0
        while True:
            try:
                response = self._send_following_redirects(request)
            except httpx.TransportError as exc:
                delay = next_delay(policy, attempt, slept, retryable=error_is_retryable(exc, safety))
                if delay is None:
                    raise connection_error(exc, request, attempt) from exc
                logger.debug(
                    "%s %s failed (%s); retry %d in %.2fs",
                    request.method,
                    describe(request.url),
                    type(exc).__name__,
                    attempt + 1,
                    delay,
                )
            else:
                if response.is_success:
                    return response
                delay = next_delay(
                    policy,
                    attempt,
                    slept,
                    retryable=status_is_retryable(response.status_code, safety),
                    retry_after=response.headers.get("retry-after"),
                )
                if delay is None:
                    return response
                logger.debug(
                    "%s %s answered %d; retry %d in %.2fs",
                    request.method,
                    describe(request.url),
                    response.status_code,
                    attempt + 1,
                    delay,
                )
            self._sleep(delay)
            slept += delay
            attempt += 1
            request.headers[C.RETRY_COUNT_HEADER] = str(attempt)

    def _send_following_redirects(self, request: httpx.Request) -> httpx.Response:
        for _ in range(C.MAX_REDIRECTS + 1):
            if self._limiter is not None:
                wait = self._limiter.reserve(monotonic())
                if wait > 0:
                    self._sleep(wait)
            response = self._http.send(request, follow_redirects=False)
            if response.status_code not in REDIRECT_STATUSES:
                if logger.isEnabledFor(logging.DEBUG):  # describe() costs more than the check
                    logger.debug("%s %s -> %d", request.method, describe(request.url), response.status_code)
                return response
            try:
                next_request = redirect_request(request, response)
            except ValueError as exc:
                raise self._core.redirect_error(response, str(exc)) from None
            logger.debug(
                "%s %s redirected (%d) to %s",
                request.method,
                describe(request.url),
                response.status_code,
                describe(next_request.url),
            )
            request = next_request
        raise self._core.redirect_error(response, f"more than {C.MAX_REDIRECTS} redirects")

    def _walk(self, op: Op[Any], values: list[object]) -> Iterator[Any]:
        """Every item of a cursor-paginated list, page after page; ``values`` as for the op's method.

        The walk ends on a missing or empty cursor and raises ``PaginationError`` on one it has already
        followed (a server answering the same cursor again would otherwise loop for ever).
        """
        from .._app_calls import follow, page_of, plain  # App API only: a Track client never loads it

        index = [param.name for param in op.params].index(op.cursor)
        seen: set[str] = set()
        while True:
            page = self._send(plain(op, *values))
            items, cursor = page_of(op, page)
            for item in items:
                yield item
            if cursor is None:
                return
            follow(op, cursor, seen)
            values[index] = cursor
