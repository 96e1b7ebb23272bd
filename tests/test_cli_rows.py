"""``customerio import``'s rows to bulk calls: the CSV fast path against the dict path, and event times.

The CSV importer writes a Track event's attributes straight from the header (no dict per row); it must send
exactly what the dict path (JSON Lines, and any CSV row it hands back) sends for the same row, and fail the
same rows with the same reasons. These run without click or rich: the import engine needs neither.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, cast
from unittest import mock

import pytest
from hypothesis import event, given, settings, strategies as st

from customerio._bulk import BulkPacker, _BulkCalls
from customerio._cli._import import Columns, RowSender, id_maker
from customerio._payload import UuidSequence
from customerio._pipelines_bulk import _PipelinesCalls
from customerio._pipelines_calls import Envelope


class TrackRecorder(_BulkCalls):
    """The Track bulk sender's call shapes; each operation's text is kept instead of sent."""

    def __init__(self) -> None:
        self._packer = BulkPacker()
        self.sent: list[str] = []

    def _op(self, text: str, replayable: bool) -> None:
        self.sent.append(text)


class PipelinesRecorder(_PipelinesCalls[None]):
    """The Data Pipelines bulk sender's call shapes; each message's text is kept instead of sent."""

    def __init__(self) -> None:
        self._envelope = Envelope()
        # A messageId the sender makes itself (for a row whose id cell is blank) is the same for both paths.
        self._new_id = cast(UuidSequence, lambda: "00000000-0000-4000-8000-000000000000")
        self.sent: list[str] = []

    def _op(self, text: str, replayable: bool) -> None:
        self.sent.append(text)


IDS = id_maker("track", "input", 1_700_000_000_000)


def outcome(send: Any, recorder: Any, line: int, row: Any) -> tuple[str, str]:
    """What one row came to: ``("sent", operation text)`` or ``("failed", error type: message)``."""
    try:
        send(line, row)
    except (ValueError, TypeError) as exc:
        return "failed", f"{type(exc).__name__}: {exc}"
    return "sent", recorder.sent.pop()


# Column names the importer treats specially, other attributes (with characters JSON must escape), and cells
# that exercise every branch: empty (no value), blank or spaced text, digits and other times, "cio_" ids.
NAMES = st.sampled_from(
    ["customer_id", "email", "name", "timestamp", "event_id", "plan", "total", 'q"uote', "back\\slash", "ünï", "data"]
)
CELLS = st.one_of(
    st.sampled_from(
        ["", " ", "Order Completed", "1700000000", "2024-05-01T09:30:00Z", "yesterday", "cio_abc", "0", "¹", "٣"]
    ),
    st.text(max_size=8),
)
SET_CELLS = st.one_of(st.sampled_from(["7", "Order Completed", "1700000000", "cio_abc", " "]), st.text(min_size=1))


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]], Columns]:
    # Mostly headers the fast path takes (an event name, no repeated column), some it hands to the dict path.
    unique = draw(st.booleans()) or draw(st.booleans())
    header = draw(st.lists(NAMES, min_size=1, max_size=7, unique=unique))
    if draw(st.integers(0, 4)):
        header.insert(draw(st.integers(0, len(header))), "name")
    cell = st.one_of(CELLS, st.sampled_from(["7", "Order Completed", "pro"])) if draw(st.booleans()) else SET_CELLS
    rows = draw(st.lists(st.lists(cell, min_size=len(header), max_size=len(header)), min_size=1, max_size=6))
    rename = draw(st.sampled_from([{}, {"plan": "tier"}, {"total": "name"}, {"plan": "customer_id"}]))
    ignore = draw(st.sampled_from([frozenset(), frozenset({"total"}), frozenset({"email"})]))
    return header, rows, Columns("customer_id", rename=rename, ignore=ignore)


@pytest.mark.parametrize("via", ["track", "pipelines"])
@settings(max_examples=300, deadline=None)
@given(table=tables())
def test_csv_events_send_what_the_dict_path_sends(via: Any, table: tuple[list[str], list[list[str]], Columns]) -> None:
    header, rows, columns = table
    fast, reference = (
        (TrackRecorder(), TrackRecorder()) if via == "track" else (PipelinesRecorder(), PipelinesRecorder())
    )
    csv_send = RowSender("events", via, columns, fast, IDS, header).send
    dict_send = RowSender("events", via, Columns("customer_id"), reference, IDS).send
    rename, ignore = columns.rename, columns.ignore
    # A message without a time is stamped with the clock: the same clock for both paths.
    with mock.patch("customerio._pipelines_calls.iso_now", return_value="2024-01-01T00:00:00.000Z"):
        for line, cells in enumerate(rows, 2):
            # A CSV row as a dict: its cells that are not empty and not ignored, under their names after --rename
            # (the rightmost of a repeated name wins).
            pairs = zip(header, cells, strict=True)
            row = {rename.get(name, name): cell for name, cell in pairs if cell != "" and name not in ignore}
            result = outcome(csv_send, fast, line, cells)
            assert result == outcome(dict_send, reference, line, row)
            event(result[0])


@pytest.mark.parametrize("via", ["track", "pipelines"])
def test_the_fast_path_is_taken_for_a_plain_header(via: Any) -> None:
    """The test above compares two paths only if the CSV sender really takes its own."""
    recorder = TrackRecorder() if via == "track" else PipelinesRecorder()
    sender = RowSender("events", via, Columns("customer_id"), recorder, IDS, ["customer_id", "name", "plan"])
    assert sender.send.__qualname__.startswith(f"RowSender._csv_{via}_events")
    sender.send(2, ["7", "Signed Up", 'pro "plus"'])
    sent = json.loads(recorder.sent[0])
    if via == "track":
        assert (sent["identifiers"], sent["name"], sent["attributes"]) == (
            {"id": "7"},
            "Signed Up",
            {"plan": 'pro "plus"'},
        )
        assert sent["id"] == IDS(2)
    else:
        assert (sent["userId"], sent["event"], sent["properties"]) == ("7", "Signed Up", {"plan": 'pro "plus"'})
        assert sent["messageId"] == IDS(2)


ISO = "2024-05-01T09:30:00Z"
UNIX = int(dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC).timestamp())


@pytest.mark.parametrize("cell", [str(UNIX), ISO, "2024-05-01T11:30:00+02:00", "2024-05-01T09:30:00"])
def test_a_track_event_time_is_unix_seconds_or_iso_8601(cell: str) -> None:
    recorder = TrackRecorder()
    send = RowSender("events", "track", Columns("customer_id"), recorder, IDS, ["customer_id", "name", "timestamp"])
    send.send(2, ["7", "Signed Up", cell])
    assert json.loads(recorder.sent[0])["timestamp"] == UNIX


@pytest.mark.parametrize("cell", [str(UNIX), ISO, "2024-05-01T11:30:00+02:00"])
def test_a_pipelines_event_time_is_unix_seconds_or_iso_8601(cell: str) -> None:
    recorder = PipelinesRecorder()
    header = ["customer_id", "name", "timestamp"]
    RowSender("events", "pipelines", Columns("customer_id"), recorder, IDS, header).send(2, ["7", "Signed Up", cell])
    assert json.loads(recorder.sent[0])["timestamp"] == "2024-05-01T09:30:00.000Z"


def test_a_json_number_is_unix_seconds_for_pipelines_too() -> None:
    recorder = PipelinesRecorder()
    send = RowSender("events", "pipelines", Columns("customer_id"), recorder, IDS).send
    send(1, {"customer_id": "7", "name": "Signed Up", "timestamp": UNIX})
    assert json.loads(recorder.sent[0])["timestamp"] == "2024-05-01T09:30:00.000Z"


@pytest.mark.parametrize("via", ["track", "pipelines"])
def test_a_time_that_is_neither_is_the_rows_error(via: Any) -> None:
    recorder = TrackRecorder() if via == "track" else PipelinesRecorder()
    header = ["customer_id", "name", "timestamp"]
    send = RowSender("events", via, Columns("customer_id"), recorder, IDS, header).send
    with pytest.raises(ValueError, match="timestamp must be unix seconds or ISO 8601 text, not 'yesterday'"):
        send(2, ["7", "Signed Up", "yesterday"])
    assert recorder.sent == []
