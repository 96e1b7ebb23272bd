"""Pure helpers that validate arguments and turn Python values into exactly the JSON the API expects."""

from __future__ import annotations

import datetime as dt
import json
import json.encoder
import math
import os
import random
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from ._exceptions import MissingParamError


def _text_encoder() -> Callable[[Any], str]:
    """Exactly httpx's JSON encoding (compact, UTF-8, no NaN), so sizes measured here are the sizes sent.

    ``JSONEncoder.encode`` builds a new C encoder on every call; bulk packing encodes every operation,
    so the C encoder is made once, with the arguments ``JSONEncoder`` itself would pass it. Without
    markers: everything encoded here went through ``to_json`` or the generated model first, which
    already refuse what the markers would catch (cycles end in ``RecursionError`` either way).
    """
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    make = getattr(json.encoder, "c_make_encoder", None)  # private to json, hence not in its type stubs
    if make is None:  # an interpreter without the C accelerator
        return encoder.encode
    chunks = make(None, encoder.default, json.encoder.encode_basestring, None, ":", ",", False, False, False)
    return lambda value: "".join(chunks(value, 0))


#: A JSON value as the text httpx's ``json=`` would send (shared by the bulk senders and Data Pipelines calls).
json_text = _text_encoder()
#: A str as JSON text (``ensure_ascii=False``, like :data:`json_text`).
json_string = json.encoder.encode_basestring

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def is_blank(value: object) -> bool:
    """True for the values the Node client treats as missing: None, blank text, NaN or infinity."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return not math.isfinite(value)
    return False


def path_id(param: str, value: object) -> str:
    """Validate an identifier that becomes one path segment, and return its text.

    ``0`` is a valid id; ``None`` or blank text raise :class:`MissingParamError`; ``.`` and ``..`` are
    refused because HTTP clients normalise them away and the request would reach another endpoint.
    """
    text = required_text(param, value)
    if text in (".", ".."):
        raise ValueError(f"{param} cannot be {text!r}: it is not a usable path segment")
    return text


def required_text(param: str, value: object) -> str:
    """A required string (or int) value that must not be blank, as text."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        if value is None:
            raise MissingParamError(param)
        raise TypeError(f"{param} must be a str or an int, not {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise MissingParamError(param)
    return text


def merge(param: str, data: Mapping[str, Any] | None, extra: Mapping[str, Any]) -> dict[str, Any]:
    """``dict(data, **extra)`` with a clear error when ``data`` is not a mapping."""
    if data is None:
        return dict(extra)
    if not isinstance(data, Mapping):
        raise TypeError(f"{param} must be a mapping (dict), not {type(data).__name__}")
    return {**data, **extra} if extra else dict(data)


def timestamp(value: dt.datetime | dt.date) -> int:
    """Unix seconds: an aware datetime converted exactly, a naive one taken as UTC, a date at UTC midnight."""
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    else:
        moment = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    # Integer arithmetic on the timedelta: exact for any year, floored like a unix clock.
    return (moment - _EPOCH) // dt.timedelta(seconds=1)


def iso_8601(value: dt.datetime | dt.date) -> str:
    """ISO 8601 text, as the Data Pipelines API takes dates: a datetime in UTC ending in ``Z``, a date as is.

    An aware datetime is converted to UTC exactly, a naive one taken as UTC (as :func:`timestamp` does);
    milliseconds are always written (like JavaScript's ``toISOString``), microseconds when present.
    """
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    moment = value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo is not None else value
    spec = "milliseconds" if moment.microsecond % 1000 == 0 else "microseconds"
    return moment.isoformat(timespec=spec) + "Z"


#: How ``to_json`` writes datetimes and dates: unix seconds (Track, App) or ISO 8601 text (Data Pipelines).
DateWriter = Callable[[dt.datetime | dt.date], Any]


def to_json(value: Any, where: str = "data", dates: DateWriter = timestamp) -> Any:
    """Return ``value`` as plain JSON types, converting what the API would otherwise reject.

    datetimes and dates become what ``dates`` makes of them (unix seconds by default), ``Decimal`` a
    number, NaN and infinities ``null`` (JSON has no such numbers), tuples and sets lists, ``UUID`` and
    enums their value. Anything else raises ``TypeError`` naming where it was found; keys must be text.
    """
    try:
        return _convert(value, dates)
    except _BadValue as bad:
        raise TypeError(where + "".join(f"[{step!r}]" for step in reversed(bad.path)) + bad.why) from None


class _BadValue(Exception):
    """A value ``to_json`` cannot convert; the path to it is collected while unwinding."""

    def __init__(self, why: str) -> None:
        self.why = why
        self.path: list[object] = []


_PLAIN = frozenset({str, int, bool, type(None)})


def _convert(value: Any, dates: DateWriter) -> Any:
    # Exact-type checks first: the common payload is plain dicts, lists, text and numbers, and these
    # skip the slower ABC isinstance checks below (this runs on every call's whole payload).
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:
        return _convert_mapping(value, dates)
    if kind is list:
        return _convert_items(value, dates)
    if kind is float:
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return _convert_mapping(value, dates)
    if isinstance(value, (tuple, list)):
        return _convert_items(value, dates)
    if isinstance(value, (set, frozenset)):
        return _convert_items(sorted(value, key=repr), dates)
    if isinstance(value, Enum):
        return _convert(value.value, dates)
    if isinstance(value, (str, int)):  # subclasses of str/int (bool is exact-matched above)
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (dt.datetime, dt.date)):
        return dates(value)
    # A Decimal or a UUID can only exist if its module was imported: look them up rather than import
    # them (decimal costs about 1 ms of every cold start, and most apps never use it).
    decimal = sys.modules.get("decimal")
    if decimal is not None and isinstance(value, decimal.Decimal):
        if not value.is_finite():
            return None
        return int(value) if value == value.to_integral_value() else float(value)
    uuid = sys.modules.get("uuid")
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    raise _BadValue(f" has a value of type {kind.__name__}, which is not JSON serialisable")


def _convert_mapping(value: Mapping[Any, Any], dates: DateWriter) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, item in value.items():
        if type(key) is not str:
            raise _BadValue(f" has a key of type {type(key).__name__}; JSON keys must be str")
        if type(item) in _PLAIN:
            out[key] = item
            continue
        try:
            out[key] = _convert(item, dates)
        except _BadValue as bad:
            bad.path.append(key)
            raise
    return out


def _convert_items(items: Sequence[Any], dates: DateWriter) -> list[Any]:
    converted: list[Any] = []
    for index, item in enumerate(items):
        if type(item) in _PLAIN:
            converted.append(item)
            continue
        try:
            converted.append(_convert(item, dates))
        except _BadValue as bad:
            bad.path.append(index)
            raise
    return converted


def json_object(param: str, value: Any, dates: DateWriter = timestamp) -> dict[str, Any]:
    """``to_json`` for a value that must be a mapping."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{param} must be a mapping (dict), not {type(value).__name__}")
    result: dict[str, Any] = to_json(value, param, dates)
    return result


def owned_json(param: str, value: object, dates: DateWriter = timestamp) -> dict[str, Any]:
    """``json_object`` for a dict the caller owns and encodes at once: returned as is when already plain.

    Checking that a payload is plain JSON costs about half of converting it (no new containers), and
    most payloads are plain. For the fresh dict a call builds from its arguments (``merge``) and sends
    within the call, and for bulk operations, encoded the moment they are added. Nested values are
    then the application's own objects: nothing here mutates them, and this is not for values kept
    past the call (the ``Send*Request`` classes keep ``json_object``'s copies).
    """
    if type(value) is dict and _plain_mapping(value):
        return value
    return json_object(param, value, dates)


# _plain_mapping and _plain_items repeat their per-item test on purpose: one pass over a dict's items,
# with no call per plain value, is what makes the check cheaper than converting (bulk runs it per event).
def _plain_mapping(value: dict[Any, Any]) -> bool:
    for key, item in value.items():
        if type(key) is not str:
            return False
        kind = type(item)
        if kind in _PLAIN:
            continue
        if kind is float:
            if not math.isfinite(item):
                return False
        elif kind is dict:
            if not _plain_mapping(item):
                return False
        elif kind is not list or not _plain_items(item):
            return False
    return True


def _plain_items(items: list[Any]) -> bool:
    for item in items:
        kind = type(item)
        if kind in _PLAIN:
            continue
        if kind is float:
            if not math.isfinite(item):
                return False
        elif kind is dict:
            if not _plain_mapping(item):
                return False
        elif kind is not list or not _plain_items(item):
            return False
    return True


def non_empty_sequence(param: str, value: object) -> Sequence[Any]:
    """A list, tuple or other non-text sequence with at least one item (not converted)."""
    if value is None or isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        if value is None or (isinstance(value, Sequence) and not value):
            raise MissingParamError(param)
        raise TypeError(f"{param} must be a list, not {type(value).__name__}")
    if not value:
        raise MissingParamError(param)
    return value


def non_empty_list(param: str, value: object) -> list[Any]:
    """A list, tuple or other non-text sequence with at least one item, as a JSON list."""
    result: list[Any] = to_json(list(non_empty_sequence(param, value)), param)
    return result


def ulid() -> str:
    """A new ULID: 48 bits of milliseconds and 80 random bits, 26 Crockford base32 characters.

    Customer.io deduplicates events by this ``id``, so a replayed event is never counted twice. The id
    needs uniqueness, not secrecy, so the random part comes from a per-process generator (reseeded in a
    forked child, so parent and child never share a sequence) rather than a system call per event.
    """
    return _crockford((time.time_ns() // 1_000_000) << 80 | _RANDOM.getrandbits(80))


def _crockford(n: int) -> str:
    """A 128-bit ULID value as its 26 characters: 130 bits (the top two zero) as 13 ten-bit pairs."""
    return "".join([_PAIRS[(n >> shift) & 1023] for shift in _SHIFTS])


class UlidSequence:
    """ULIDs for one producer that must make many: monotonic within a millisecond, as the ULID spec allows.

    The first id of each millisecond takes fresh random bits; the next ones add one, so ids are unique
    within the sequence and as unlikely to collide with another producer's as :func:`ulid`'s. Only the
    last four characters are re-encoded per id (a carry into the cached part re-encodes it all): this
    is what keeps bulk packing fast. Not thread-safe; each bulk sender owns one.
    """

    __slots__ = ("_generation", "_ms", "_n", "_prefix")

    def __init__(self) -> None:
        self._ms = -1
        self._n = 0
        self._prefix = ""
        self._generation = _fork_generation

    def __call__(self) -> str:
        """The next id."""
        ms = time.time_ns() // 1_000_000
        if ms == self._ms and self._generation == _fork_generation:
            n = self._n = self._n + 1
            if n & 0xFFFFF:  # no carry out of the last 20 bits: the cached first 22 characters still hold
                return self._prefix + _PAIRS[(n >> 10) & 1023] + _PAIRS[n & 1023]
        else:  # a new millisecond, or the first id in a forked child: fresh random bits
            self._ms = ms
            self._generation = _fork_generation
            n = self._n = ms << 80 | _RANDOM.getrandbits(80)
        text = _crockford(n)
        self._prefix = text[:22]
        return text


def uuid4_text() -> str:
    """A random (version 4) UUID as text, like ``str(uuid.uuid4())`` and Node's ``crypto.randomUUID()``.

    Data Pipelines messages carry one as their ``messageId``. Like :func:`ulid`, it needs uniqueness, not
    secrecy: its 122 random bits come from the per-process generator, without a system call per message.
    """
    n = _RANDOM.getrandbits(128) & _UUID_CLEAR | _UUID_SET
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# Version 4 in bits 76-79 and the RFC 4122 variant in bits 62-63, as the uuid module sets them.
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & (2**128 - 1)
_UUID_SET = (4 << 76) | (0x8000 << 48)


def iso_now() -> str:
    """The current UTC time as ISO 8601 text with milliseconds, e.g. ``2024-05-01T09:30:00.123Z``.

    What Node's ``new Date().toISOString()`` writes. The text is made once per millisecond (its part up to
    the second once per second): a bulk sender stamps every message it adds.
    """
    global _second, _millisecond
    ms = time.time_ns() // 1_000_000
    last = _millisecond  # one read: another thread may replace the pair meanwhile, never half of it
    if last[0] == ms:
        return last[1]
    seconds, rest = divmod(ms, 1000)
    cached = _second
    if cached[0] != seconds:
        cached = _second = (seconds, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)))
    text = f"{cached[1]}.{rest:03d}Z"
    _millisecond = (ms, text)
    return text


class UuidSequence:
    """UUID-formatted ids for one producer that makes many: a random prefix, then a counter.

    Like :class:`UlidSequence` for Track events: ids are unique within the sequence (the 48-bit counter
    starts at a random value) and as unlikely to collide with another producer's as random UUIDs (the prefix
    holds 74 random bits, and the version and variant bits of a version 4 UUID). Formatting one is a third
    of :func:`uuid4_text`'s cost, which matters to a bulk sender. Not thread-safe; restarts afresh in a
    forked child, so parent and child never number messages alike.
    """

    __slots__ = ("_generation", "_n", "_prefix")

    def __init__(self) -> None:
        self._generation = -1
        self._n = 0
        self._prefix = ""

    def __call__(self) -> str:
        """The next id."""
        if self._generation != _fork_generation or self._n & 0xFFFFFFFFFFFF == 0xFFFFFFFFFFFF:
            self._generation = _fork_generation
            self._prefix = uuid4_text()[:24]
            self._n = _RANDOM.getrandbits(47)
        self._n += 1
        return f"{self._prefix}{self._n:012x}"


_second: tuple[int, str] = (-1, "")
_millisecond: tuple[int, str] = (-1, "")
_RANDOM = random.Random()
# Bumped in a forked child: a UlidSequence inherited across fork() must not continue its parent's
# millisecond, or parent and child would number their next events alike.
_fork_generation = 0


def _after_fork_in_child() -> None:
    global _fork_generation
    _RANDOM.seed()
    _fork_generation += 1


os.register_at_fork(after_in_child=_after_fork_in_child)
_PAIRS = [_CROCKFORD[i >> 5] + _CROCKFORD[i & 31] for i in range(1024)]
_SHIFTS = tuple(range(120, -1, -10))
