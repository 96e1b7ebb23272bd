"""Pure payload helpers: JSON conversion, timestamps, identifiers and ULIDs."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from customerio import IdentifierType
from customerio._payload import (
    UlidSequence,
    UuidSequence,
    iso_8601,
    iso_now,
    owned_json,
    path_id,
    timestamp,
    to_json,
    ulid,
    uuid4_text,
)


@given(st.datetimes(timezones=st.timezones()))
def test_aware_datetimes_convert_exactly(moment: dt.datetime) -> None:
    """An aware datetime becomes the floor of its POSIX timestamp, whatever its zone."""
    expected = (moment - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(seconds=1)
    assert timestamp(moment) == expected
    assert timestamp(moment.astimezone(dt.UTC)) == expected


@given(st.datetimes())
def test_naive_datetimes_are_utc(moment: dt.datetime) -> None:
    """A naive datetime is read as UTC, never as the machine's local time."""
    assert timestamp(moment) == timestamp(moment.replace(tzinfo=dt.UTC))


def test_to_json_conversions() -> None:
    """Decimals, non-finite floats, enums, UUIDs, tuples and sets convert; order of sets is stable."""
    value = {
        "d": Decimal("2.50"),
        "i": Decimal("4"),
        "nan": float("inf"),
        "dnan": Decimal("NaN"),
        "enum": IdentifierType.EMAIL,
        "uuid": uuid.UUID(int=1),
        "set": {"b", "a"},
        "day": dt.date(1970, 1, 2),
        "nested": [{"t": (1, 2)}],
    }
    assert to_json(value) == {
        "d": 2.5,
        "i": 4,
        "nan": None,
        "dnan": None,
        "enum": "email",
        "uuid": "00000000-0000-0000-0000-000000000001",
        "set": ["a", "b"],
        "day": 86400,
        "nested": [{"t": [1, 2]}],
    }


_leaf = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=3)
    | st.decimals(places=2)
    | st.sampled_from([IdentifierType.EMAIL, uuid.UUID(int=7), dt.date(2000, 1, 1)])
)
_payloads = st.recursive(
    _leaf,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner)
        | st.dictionaries(st.text(max_size=3) | st.integers(0, 3), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(payload=st.dictionaries(st.text(max_size=3), _payloads, max_size=4))
def test_owned_json_is_to_json_without_the_copy(payload: dict[str, object]) -> None:
    """owned_json converts exactly like to_json (same result, same errors) and returns a plain payload itself."""
    try:
        expected = to_json(payload)
    except TypeError as error:
        with pytest.raises(TypeError, match=__import__("re").escape(str(error))):
            owned_json("data", payload)
        return
    result = owned_json("data", payload)
    assert result == expected
    assert (result is payload) == (expected == payload and _same_types(expected, payload))


def _same_types(a: object, b: object) -> bool:
    """True when ``b`` is already what to_json made of it (no value changed type)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(_same_types(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(_same_types(x, y) for x, y in zip(a, b, strict=True))
    return True


@pytest.mark.parametrize(("value", "where"), [(b"x", "data['k']"), (object(), "data['k']"), ({1: 2}, "data['k']")])
def test_to_json_names_where_the_bad_value_is(value: object, where: str) -> None:
    """Unserialisable values raise TypeError naming their place in the payload."""
    with pytest.raises(TypeError, match=__import__("re").escape(where)):
        to_json({"k": value})


@pytest.mark.parametrize(("value", "text"), [(0, "0"), (42, "42"), ("a b", "a b"), ("é", "é")])
def test_path_id_accepts_text_and_ints(value: object, text: str) -> None:
    """Identifiers are text or ints (0 included) and become their decimal text."""
    assert path_id("customer_id", value) == text


def test_ulids_are_sortable_and_unique() -> None:
    """ULIDs are 26 Crockford characters, unique, and sort by creation time across milliseconds."""
    first = ulid()
    ids = {ulid() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 26 and set(i) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for i in ids)
    assert all(first[:10] <= i[:10] for i in ids)


def _ulid_value(text: str) -> int:
    return int(
        text.translate(str.maketrans("0123456789ABCDEFGHJKMNPQRSTVWXYZ", "0123456789abcdefghijklmnopqrstuv")), 32
    )


def test_ulid_sequence_is_strictly_increasing_and_carries(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bulk sender's ids: valid ULIDs, each one more than the last within a millisecond.

    The increment carries correctly out of the re-encoded tail; a new millisecond starts from fresh random bits.
    """
    import customerio._payload as payload

    clock = [1_700_000_000_000 * 1_000_000]
    monkeypatch.setattr(payload.time, "time_ns", lambda: clock[0])
    ids = UlidSequence()
    first = ids()
    values = [_ulid_value(first)]
    values += [_ulid_value(ids()) for _ in range(5)]
    assert values == list(range(values[0], values[0] + 6))
    # Force the next id across the 20-bit boundary of the cached prefix.
    ids._n |= 0xFFFFF
    ids._n -= 1
    before, carried, after = ids(), ids(), ids()
    assert [_ulid_value(t) for t in (before, carried, after)] == [_ulid_value(before) + k for k in range(3)]
    assert before[:22] != carried[:22]
    assert carried.endswith("0000")
    assert all(len(t) == 26 and t[:10] == first[:10] for t in (before, carried, after))
    clock[0] += 1_000_000  # one millisecond later
    later = ids()
    assert _ulid_value(later) >> 80 == (_ulid_value(first) >> 80) + 1
    assert later[:10] > first[:10]


def test_ulid_sequences_do_not_share_ids() -> None:
    """Two sequences in one millisecond start from independent random points."""
    a, b = UlidSequence(), UlidSequence()
    first_a = {a() for _ in range(2000)}
    first_b = {b() for _ in range(2000)}
    assert len(first_a) == len(first_b) == 2000
    assert not first_a & first_b


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs os.fork")
def test_ulid_sequence_inherited_across_fork_does_not_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parent and child continuing one sequence within the same millisecond still number events apart."""
    import os

    import customerio._payload as payload

    monkeypatch.setattr(payload.time, "time_ns", lambda: 1_700_000_000_000 * 1_000_000)
    ids = UlidSequence()
    ids()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write its next id and leave at once (no pytest teardown in here)
        os.write(write, ids().encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    os.close(read)
    parent = ids()
    assert len(child) == 26
    assert child != parent


def test_uuid_texts_are_version_4_uuids() -> None:
    """uuid4_text and UuidSequence write RFC 4122 version 4 UUIDs, as uuid.UUID reads them, all distinct."""
    import uuid

    seq = UuidSequence()
    ids = [uuid4_text() for _ in range(500)] + [seq() for _ in range(500)] + [UuidSequence()() for _ in range(50)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert (str(parsed), parsed.version, parsed.variant) == (text, 4, uuid.RFC_4122)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs os.fork")
def test_uuid_sequence_inherited_across_fork_does_not_repeat() -> None:
    """A UuidSequence continued in a forked child takes a fresh random prefix, so it never repeats the parent."""
    import os

    ids = UuidSequence()
    ids()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write its next id and leave at once (no pytest teardown in here)
        os.write(write, ids().encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    os.close(read)
    parent = ids()
    assert len(child) == 36
    assert child[:24] != parent[:24]


def test_iso_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """iso_now writes the UTC time like JavaScript's toISOString; iso_8601 converts datetimes to UTC, dates as is."""
    import customerio._payload as payload

    monkeypatch.setattr(payload.time, "time_ns", lambda: 1_714_555_800_123_456_789)
    assert iso_now() == "2024-05-01T09:30:00.123Z"
    monkeypatch.setattr(payload.time, "time_ns", lambda: 1_714_555_801_000_000_000)
    assert iso_now() == "2024-05-01T09:30:01.000Z"
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert iso_8601(dt.datetime(2024, 5, 1, 11, 30, tzinfo=plus_two)) == "2024-05-01T09:30:00.000Z"
    assert iso_8601(dt.datetime(2024, 5, 1, 9, 30, 0, 5)) == "2024-05-01T09:30:00.000005Z"
    assert iso_8601(dt.date(2024, 5, 1)) == "2024-05-01"
