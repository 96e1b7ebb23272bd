"""Reporting webhook signatures: HMAC-SHA256 of v0:<timestamp>:<body>, constant time, optional max age."""

from __future__ import annotations

from typing import Any

import pytest

from customerio import MissingParamError
from customerio.webhooks import verify_signature

SECRET = "whsec_test"
TIMESTAMP = "1700000000"
BODY = '{"event_id":"01E2"}'
# Computed independently: printf 'v0:1700000000:{"event_id":"01E2"}' | openssl dgst -sha256 -hmac whsec_test
SIGNATURE = "a2c9f48039ee97fbfd2a36b78c7c4bfc36628dbea61c0c464943ac852f9674f2"


@pytest.mark.parametrize(
    ("secret", "timestamp", "body"),
    [
        (SECRET, TIMESTAMP, BODY),
        (SECRET, int(TIMESTAMP), BODY),
        (SECRET, TIMESTAMP, BODY.encode()),
        (SECRET.encode(), TIMESTAMP, bytearray(BODY.encode())),
    ],
)
def test_valid_signature(secret: Any, timestamp: Any, body: Any) -> None:
    """A signature Customer.io computed verifies, whether timestamp/body/secret come as text or bytes."""
    assert verify_signature(secret, timestamp, body, SIGNATURE) is True


def test_uppercase_hex_signature_is_accepted() -> None:
    """Hex case does not matter."""
    assert verify_signature(SECRET, TIMESTAMP, BODY, SIGNATURE.upper()) is True


def test_tampered_body_is_refused() -> None:
    """A body changed by one character does not verify."""
    assert verify_signature(SECRET, TIMESTAMP, BODY.replace("01E2", "01E3"), SIGNATURE) is False


def test_reserialised_body_is_refused() -> None:
    """Parsed-and-reserialised JSON (extra spaces) is not the raw body and does not verify."""
    assert verify_signature(SECRET, TIMESTAMP, '{"event_id": "01E2"}', SIGNATURE) is False


def test_wrong_secret_is_refused() -> None:
    """A signature made with another secret does not verify."""
    assert verify_signature("whsec_other", TIMESTAMP, BODY, SIGNATURE) is False


def test_other_timestamp_is_refused() -> None:
    """The timestamp is part of the signed string: another one does not verify."""
    assert verify_signature(SECRET, "1700000001", BODY, SIGNATURE) is False


@pytest.mark.parametrize("signature", [None, "", "zz", SIGNATURE[:-1], 123, ["a"]])
def test_missing_or_malformed_signature_is_false(signature: Any) -> None:
    """A missing, empty, truncated or non-text signature gives False instead of raising."""
    assert verify_signature(SECRET, TIMESTAMP, BODY, signature) is False


@pytest.mark.parametrize("timestamp", [None, "", True, 1.5])
def test_unusable_timestamp_is_false(timestamp: Any) -> None:
    """A missing or non-text, non-int timestamp gives False."""
    assert verify_signature(SECRET, timestamp, BODY, SIGNATURE) is False


@pytest.mark.parametrize("secret", [None, "", "  ", b""])
def test_blank_secret_raises(secret: Any) -> None:
    """A blank signing secret is a configuration error: MissingParamError("signing_secret")."""
    with pytest.raises(MissingParamError, match="signing_secret"):
        verify_signature(secret, TIMESTAMP, BODY, SIGNATURE)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (1700000000 + 299, True),
        (1700000000 + 300, True),
        (1700000000 + 301, False),
        (1700000000 - 301, False),
        (1700000000 - 10, True),
    ],
)
def test_max_age_refuses_stale_and_future_timestamps(now: float, expected: bool) -> None:
    """With max_age, a timestamp older (or further in the future) than max_age seconds is refused."""
    assert verify_signature(SECRET, TIMESTAMP, BODY, SIGNATURE, max_age=300, now=now) is expected


def test_max_age_uses_the_clock_by_default() -> None:
    """Without now, max_age compares with the current time (a 2023 timestamp is stale today)."""
    assert verify_signature(SECRET, TIMESTAMP, BODY, SIGNATURE, max_age=300) is False
    assert verify_signature(SECRET, TIMESTAMP, BODY, SIGNATURE) is True


def test_max_age_with_non_numeric_timestamp_is_false() -> None:
    """A timestamp that is not unix seconds cannot be aged, so it is refused when max_age is set."""
    assert verify_signature(SECRET, "yesterday", BODY, SIGNATURE, max_age=300, now=0) is False
