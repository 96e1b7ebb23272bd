"""The transport policy's pure decisions: retry table, Retry-After parsing, backoff, budget, redirects."""

from __future__ import annotations

import email.utils
import io

import httpx
import pytest

from customerio._policy import (
    RetryPolicy,
    Safety,
    backoff_delay,
    error_is_retryable,
    is_customerio_host,
    next_delay,
    parse_retry_after,
    redirect_request,
    status_is_retryable,
)

R, ONCE = Safety.REPLAYABLE, Safety.ONCE


@pytest.mark.parametrize(
    ("status", "replayable", "once"),
    [
        (408, True, True),
        (429, True, True),
        (500, True, False),
        (502, True, False),
        (503, True, False),
        (504, True, False),
        (520, True, False),
        (524, True, False),
        (501, False, False),
        (505, False, False),
        (400, False, False),
        (401, False, False),
        (404, False, False),
        (409, False, False),
        (422, False, False),
    ],
)
def test_status_retry_table(status: int, replayable: bool, once: bool) -> None:
    """408/429 always retry; transient 5xx only for replayable operations; other statuses never."""
    assert (status_is_retryable(status, R), status_is_retryable(status, ONCE)) == (replayable, once)


REQ = httpx.Request("POST", "https://track.customer.io/x")


@pytest.mark.parametrize(
    ("error", "replayable", "once"),
    [
        (httpx.ConnectError("refused", request=REQ), True, True),
        (httpx.ConnectTimeout("slow", request=REQ), True, True),
        (httpx.PoolTimeout("busy", request=REQ), True, True),
        (httpx.ReadTimeout("slow", request=REQ), True, False),
        (httpx.WriteTimeout("slow", request=REQ), True, False),
        (httpx.ReadError("reset", request=REQ), True, False),
        (httpx.WriteError("reset", request=REQ), True, False),
        (httpx.RemoteProtocolError("closed", request=REQ), True, False),
        (httpx.UnsupportedProtocol("ftp", request=REQ), False, False),
    ],
)
def test_transport_error_retry_table(error: httpx.TransportError, replayable: bool, once: bool) -> None:
    """Failures before sending always retry; failures after the request may have arrived only when replayable."""
    assert (error_is_retryable(error, R), error_is_retryable(error, ONCE)) == (replayable, once)


NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (None, None),
        ("3", 3.0),
        (" 0 ", 0.0),
        ("1.5", 1.5),
        ("-4", 0.0),
        ("soon", None),
        ("nan", None),
        (email.utils.formatdate(NOW + 10, usegmt=True), 10.0),
        (email.utils.formatdate(NOW - 10, usegmt=True), 0.0),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    """Retry-After is read as delay-seconds or an HTTP date; junk is ignored, the past means now."""
    assert parse_retry_after(value, now=NOW) == seconds


def test_backoff_doubles_with_jitter_and_caps() -> None:
    """Backoff is initial*2**attempt times a jitter in [1, 2), capped at max_delay; Retry-After wins, capped."""
    policy = RetryPolicy()
    assert [backoff_delay(policy, a, rand=lambda: 0.0) for a in range(3)] == [0.2, 0.4, 0.8]
    assert backoff_delay(policy, 1, rand=lambda: 0.999) < 0.8
    assert backoff_delay(policy, 10, rand=lambda: 0.5) == policy.max_delay
    assert backoff_delay(policy, 0, "7") == 7.0
    assert backoff_delay(policy, 0, "100000") == policy.max_retry_after


def test_next_delay_respects_tries_and_budget() -> None:
    """No delay (give up) when not retryable, out of tries, or when sleeping would exceed the budget."""
    policy = RetryPolicy(max_retries=2, max_total_backoff=10.0)
    assert next_delay(policy, 0, 0.0, retryable=False) is None
    assert next_delay(policy, 2, 0.0, retryable=True) is None
    assert next_delay(policy, 0, 0.0, retryable=True, retry_after="9") == 9.0
    assert next_delay(policy, 1, 9.0, retryable=True, retry_after="2") is None
    assert next_delay(RetryPolicy(max_retries=0), 0, 0.0, retryable=True) is None


@pytest.mark.parametrize(
    ("url", "trusted"),
    [
        ("https://track-eu.customer.io/api", True),
        ("https://customer.io/", True),
        ("https://API.Customer.IO./x", True),
        ("http://track.customer.io/", False),
        ("https://evilcustomer.io/", False),
        ("https://customer.io.evil.com/", False),
        ("https://example.com/", False),
    ],
)
def test_customerio_hosts(url: str, trusted: bool) -> None:
    """Only HTTPS customer.io and its subdomains are trusted with credentials."""
    assert is_customerio_host(httpx.URL(url)) is trusted


def test_redirect_request_keeps_body_and_resolves_relative_location() -> None:
    """A relative Location resolves against the request URL; method, body and same-origin auth are kept."""
    request = httpx.Request(
        "PUT", "http://127.0.0.1:4010/api/v1/customers/1", headers={"Authorization": "Basic x"}, content=b"{}"
    )
    response = httpx.Response(308, headers={"Location": "/api/v1/customers/2"}, request=request)
    follow = redirect_request(request, response)
    assert (follow.method, str(follow.url), follow.content) == (
        "PUT",
        "http://127.0.0.1:4010/api/v1/customers/2",
        b"{}",
    )
    assert follow.headers["authorization"] == "Basic x"


def test_max_retries_must_be_a_non_negative_int() -> None:
    """RetryPolicy refuses negative or non-integer retry counts."""
    for bad in (-1, 1.0, True, "3"):
        with pytest.raises(ValueError, match="max_retries"):
            RetryPolicy(max_retries=bad)  # type: ignore[arg-type]


# --- the client-side rate limiter ---------------------------------------------------------------------


def test_rate_limiter_spaces_reservations_by_the_interval() -> None:
    """Back-to-back reservations get consecutive slots 1/rate apart; an idle limiter lets the next one go now."""
    from customerio._policy import RateLimiter

    limiter = RateLimiter(4)
    assert [limiter.reserve(100.0) for _ in range(4)] == [0.0, 0.25, 0.5, 0.75]
    assert limiter.reserve(102.0) == 0.0  # long after the last slot: no wait, no burst credit kept
    assert limiter.reserve(102.0) == 0.25


def test_rate_limiter_gives_every_thread_its_own_slot() -> None:
    """32 threads reserving at the same instant get 32 distinct slots: none is given twice."""
    import threading

    from customerio._policy import RateLimiter

    limiter = RateLimiter(10)
    waits: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(32)

    def reserve() -> None:
        start.wait()
        wait = limiter.reserve(5.0)
        with lock:
            waits.append(wait)

    threads = [threading.Thread(target=reserve) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(round(w, 6) for w in waits) == [round(i * 0.1, 6) for i in range(32)]


@pytest.mark.parametrize("rate", [0, -1, float("nan"), float("inf"), True, "10"])
def test_rate_limiter_refuses_a_rate_that_is_not_positive(rate: object) -> None:
    """rate_limit must be a positive, finite number of requests per second."""
    from customerio._policy import RateLimiter

    with pytest.raises(ValueError, match="rate_limit"):
        RateLimiter(rate)  # type: ignore[arg-type]


def test_redirect_of_a_streamed_upload_keeps_its_stream_and_sets_host() -> None:
    """A multipart upload (a stream httpx has not read) is redirected with the same stream and a new Host."""
    request = httpx.Request(
        "POST", "https://api.customer.io/v1/assets/files", files={"file": ("a.png", io.BytesIO(b"png"), "image/png")}
    )
    with pytest.raises(httpx.RequestNotRead):
        _ = request.content  # the case that used to break the redirect
    response = httpx.Response(307, headers={"location": "https://api-eu.customer.io/v1/assets/files"}, request=request)
    moved = redirect_request(request, response)
    assert moved.stream is request.stream
    assert moved.headers["host"] == "api-eu.customer.io"
    assert moved.headers["content-type"] == request.headers["content-type"]
    assert b"".join(moved.stream) == b"".join(request.stream)
