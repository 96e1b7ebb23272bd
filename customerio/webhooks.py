"""Checking that a reporting webhook request really comes from Customer.io.

Customer.io signs each webhook with your webhook signing key: the ``X-CIO-Signature`` header is the
hex HMAC-SHA256 of ``v0:<X-CIO-Timestamp>:<raw request body>``.

>>> from customerio.webhooks import verify_signature
>>> ok = verify_signature(  # doctest: +SKIP
...     secret,
...     request.headers["X-CIO-Timestamp"],
...     request.body,  # the raw bytes, not parsed and re-serialised JSON
...     request.headers["X-CIO-Signature"],
...     max_age=300,
... )
"""

from __future__ import annotations

import hashlib
import hmac
import time

from ._exceptions import MissingParamError

__all__ = ["verify_signature"]

#: Version prefix of the signed string; Customer.io always uses ``v0``.
SIGNATURE_VERSION = "v0"


def verify_signature(
    signing_secret: str | bytes,
    timestamp: str | int,
    body: str | bytes,
    signature: str | None,
    *,
    max_age: float | None = None,
    now: float | None = None,
) -> bool:
    """True when ``signature`` is Customer.io's signature of ``body`` sent at ``timestamp``.

    The comparison takes constant time. A missing, empty or malformed ``signature`` gives ``False``
    rather than an error, so the value of a request header can be passed as it is. ``body`` must be the
    raw request body (``str`` is taken as UTF-8). With ``max_age`` (seconds), a timestamp further than
    that from ``now`` (default: the current time), in the past or the future, gives ``False`` too:
    this refuses replays of old requests. A blank ``signing_secret`` raises :class:`MissingParamError`.
    """
    if not signing_secret or (isinstance(signing_secret, str) and not signing_secret.strip()):
        raise MissingParamError("signing_secret")
    if not isinstance(signature, str) or not signature:
        return False
    if isinstance(timestamp, bool) or not isinstance(timestamp, (str, int)):
        return False
    stamp = str(timestamp)
    if not stamp.strip():
        return False
    if max_age is not None:
        try:
            sent = int(stamp)
        except ValueError:
            return False
        current = time.time() if now is None else now
        if abs(current - sent) > max_age:
            return False
    key = signing_secret.encode() if isinstance(signing_secret, str) else signing_secret
    raw = body.encode() if isinstance(body, str) else bytes(body)
    expected = hmac.new(key, f"{SIGNATURE_VERSION}:{stamp}:".encode() + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.strip().lower().encode("utf-8", "replace"))
