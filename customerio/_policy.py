"""The transport policy as pure functions: which failures are retried, how long to wait, where to redirect.

The send loops of the sync and async clients only do I/O and ask these functions what to do next, so
both behave identically and every decision is testable without a network or a clock.
"""

from __future__ import annotations

import email.utils
import enum
import random
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import attrs
import httpx

from . import _constants as C

#: Statuses that mean the request was not processed: replaying it cannot duplicate anything.
NOT_PROCESSED_STATUSES = frozenset({408, 429})
#: Server-side failures worth replaying when the operation is safe to repeat (520-524: CDN errors).
TRANSIENT_SERVER_STATUSES = frozenset({500, 502, 503, 504, 520, 521, 522, 523, 524})
#: Redirect statuses followed with the same method and body.
REDIRECT_STATUSES = frozenset({301, 302, 307, 308})


class Safety(enum.Enum):
    """Whether an operation may be replayed after the server may already have processed it."""

    #: Idempotent (PUT, DELETE, GET, suppress/unsuppress) or an event carrying a dedupe id.
    REPLAYABLE = "replayable"
    #: A send or trigger: only replayed when the server surely did not process it.
    ONCE = "once"


@attrs.frozen(repr=False, eq=False)  # internal: no generated repr/eq (each costs cold-start time)
class RetryPolicy:
    """Retry settings of a client; every field has a named default in ``_constants``."""

    max_retries: int = C.DEFAULT_MAX_RETRIES
    initial_delay: float = C.INITIAL_RETRY_DELAY
    max_delay: float = C.MAX_RETRY_DELAY
    max_retry_after: float = C.MAX_RETRY_AFTER
    max_total_backoff: float = C.MAX_TOTAL_BACKOFF

    def __attrs_post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, not {self.max_retries!r}")


def status_is_retryable(status: int, safety: Safety) -> bool:
    """Whether a response with this status is worth another attempt for an operation of this safety."""
    if status in NOT_PROCESSED_STATUSES:
        return True
    return status in TRANSIENT_SERVER_STATUSES and safety is Safety.REPLAYABLE


def error_is_retryable(error: httpx.TransportError, safety: Safety) -> bool:
    """Whether a transport failure is worth another attempt.

    A failure to connect (or to get a pooled connection) happened before any byte was sent, so it is
    always retried. Anything later (write, read, timeout, reset, protocol error) may come after the
    server processed the request, so only replayable operations are retried.
    """
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return True
    return safety is Safety.REPLAYABLE and isinstance(
        error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
    )


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or HTTP-date); None if unusable."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # an HTTP-date is always GMT
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def backoff_delay(
    policy: RetryPolicy,
    attempt: int,
    retry_after: str | None = None,
    *,
    rand: Callable[[], float] = random.random,
    now: float | None = None,
) -> float:
    """Seconds to sleep before replay number ``attempt + 1``.

    A server's ``Retry-After`` wins (capped at ``max_retry_after``); otherwise exponential backoff
    ``initial_delay * 2**attempt`` times a jitter in [1, 2), capped at ``max_delay``.
    """
    requested = parse_retry_after(retry_after, now)
    if requested is not None:
        return min(requested, policy.max_retry_after)
    delay: float = policy.initial_delay * (2.0**attempt) * (1.0 + rand())
    return min(policy.max_delay, delay)


def next_delay(
    policy: RetryPolicy,
    attempt: int,
    slept: float,
    *,
    retryable: bool,
    retry_after: str | None = None,
) -> float | None:
    """The delay before the next attempt, or None to give up (not retryable, out of tries or budget)."""
    if not retryable or attempt >= policy.max_retries:
        return None
    delay = backoff_delay(policy, attempt, retry_after)
    if slept + delay > policy.max_total_backoff:
        return None
    return delay


def is_customerio_host(url: httpx.URL) -> bool:
    """True for customer.io and its subdomains over HTTPS: the only hosts that may see credentials."""
    host = url.host.lower().rstrip(".")
    return url.scheme == "https" and (host == "customer.io" or host.endswith(".customer.io"))


def redirect_request(request: httpx.Request, response: httpx.Response) -> httpx.Request:
    """The request to send after a redirect response, keeping method and body.

    Customer.io redirects an EU workspace's calls from the US hosts to the EU ones, and the replay must
    keep its credentials there. Credentials are kept only when the target is an HTTPS customer.io host,
    or the very same origin as the request (a local mock or proxy); anywhere else they are dropped.
    """
    location = response.headers.get("location")
    if not location:
        raise ValueError(f"{response.status_code} redirect without a Location header")
    target = request.url.join(location)
    if target.scheme not in ("http", "https"):
        raise ValueError(f"refusing to follow a redirect to scheme {target.scheme!r}")
    headers = request.headers.copy()
    same_origin = (target.scheme, target.host, target.port) == (
        request.url.scheme,
        request.url.host,
        request.url.port,
    )
    if not (same_origin or is_customerio_host(target)):
        headers.pop("Authorization", None)
    # Set here, not left to httpx: it adds Host only to a request it builds from content, not from a stream.
    headers["Host"] = target.netloc.decode("ascii")
    try:
        content = request.content
    except httpx.RequestNotRead:
        # A streamed upload (multipart with a file part) is not held in memory: its stream renders the
        # parts again, the file from its start, with the same boundary, so the copied headers still fit.
        return httpx.Request(
            request.method, target, headers=headers, stream=request.stream, extensions=request.extensions
        )
    return httpx.Request(request.method, target, headers=headers, content=content, extensions=request.extensions)


def describe(url: httpx.URL) -> str:
    """A URL for messages and logs: scheme, host and path only (no query string, no user info)."""
    parts = urlsplit(str(url))
    return f"{parts.scheme}://{parts.hostname}{':' + str(parts.port) if parts.port else ''}{parts.path}"


class RateLimiter:
    """Spaces a client's requests at most ``rate`` per second, across all its threads and tasks.

    Each request reserves the next free slot of one shared schedule and waits until it comes: a
    reservation is a few arithmetic operations under a lock and never blocks, so the sync client's
    threads and the async client's tasks can share it alike (the shells do the waiting). Every attempt
    counts, retries and redirects included, since each is a request to the API.
    """

    def __init__(self, rate: float) -> None:
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not rate > 0 or rate == float("inf"):
            raise ValueError(f"rate_limit must be a positive number of requests per second, not {rate!r}")
        self.rate = float(rate)
        self._interval = 1.0 / self.rate
        self._next = 0.0
        self._lock = threading.Lock()

    def reserve(self, now: float) -> float:
        """Seconds to wait before sending a request at monotonic time ``now`` (0.0 when its slot is free)."""
        with self._lock:
            start = max(now, self._next)
            self._next = start + self._interval
        return start - now
