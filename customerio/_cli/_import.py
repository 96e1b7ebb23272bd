"""``customerio import``: rows of a CSV or JSON Lines file through a bulk sender, resumable, no row sent twice.

Nothing here imports click or rich: the command (``_commands``) draws the progress from :class:`ImportStats`.

How a row is accounted for. Every row read either fails validation (the SDK's own checks, raised when the
bulk sender's method is called: nothing is sent for it) or is added to the bulk sender, whose
:class:`~customerio.BulkResult` reports every operation Customer.io did not accept, by its position among the
operations added; the importer keeps the input line of each position, so a failure is written out with its
row, its line number and the reason. Bad rows never stop the import.

How an interrupted import resumes without sending a row twice. The importer flushes the bulk sender every
``checkpoint_every`` rows and at the end; after a flush every row read so far has its final outcome (accepted,
or failed and written to the failures file), and the checkpoint file then records the last such input line.
Ctrl-C stops reading, flushes what was already added, writes the checkpoint and exits with
``EXIT_INTERRUPTED``; the next run with the same input skips every line up to the checkpoint. If the process
dies without that flush (a second Ctrl-C, a kill, a crash), rows after the last checkpoint may have been
delivered without the importer knowing: they are sent again, and that is harmless because every event
carries an id derived from the input (a hash of its first 64 KiB), the checkpoint's id epoch and the row's
line number, which Customer.io uses to drop a duplicate event (Data Pipelines messages get a
``messageId`` derived the same way); identifies and device updates are upserts, idempotent by nature.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import hashlib
import io
import json
import os
import signal
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from types import FrameType
from typing import IO, Any, Literal, cast

from .. import _gc
from .._bulk import BulkPacker
from .._exceptions import CustomerIOError
from .._payload import _PAIRS, _crockford, json_string
from .._track_calls import event_name

Kind = Literal["people", "events", "devices"]
Via = Literal["track", "pipelines"]
Format = Literal["csv", "jsonl"]

#: Bytes of the input hashed into its identity (a resumed run must read the same input).
IDENTITY_BYTES = 64 * 1024
#: Format version of the checkpoint file.
CHECKPOINT_VERSION = 1
#: Data Pipelines' event for a device added or updated (what Customer.io's mobile SDKs send).
DEVICE_EVENT = "Device Created or Updated"


class ImportUsageError(ValueError):
    """A problem with the import's arguments or input found before anything was sent."""


@dataclass
class Columns:
    """Which input fields carry what; every other field becomes an attribute (or the event's data)."""

    #: The person's id (``people``: ``id``; ``events``/``devices``: ``customer_id``).
    id: str
    #: The person's email, used as the identifier when the id field is empty.
    email: str = "email"
    #: The event's name (``events``).
    name: str = "name"
    #: The event's time, unix seconds or ISO 8601 (``events``).
    timestamp: str = "timestamp"
    #: The event's own dedupe id, when the input has one (``events``).
    event_id: str = "event_id"
    #: The device token (``devices``).
    device: str = "device_id"
    #: The device platform, ``ios`` or ``android`` (``devices``).
    platform: str = "platform"
    #: Input field renamed before use (``{"Customer ID": "customer_id"}``).
    rename: dict[str, str] = field(default_factory=dict)
    #: Input fields left out entirely.
    ignore: frozenset[str] = frozenset()


@dataclass
class ImportStats:
    """Counts of one run (the progress display reads them while the import runs)."""

    #: Rows read by this run (not those skipped by a resume).
    read: int = 0
    #: Rows skipped because the checkpoint says an earlier run settled them.
    skipped: int = 0
    #: Rows that failed validation: never sent.
    invalid: int = 0
    #: Rows handed to Customer.io whose request has completed (accepted or not).
    sent: int = 0
    #: Rows Customer.io did not accept (a per-operation error, or a request that failed after retries).
    rejected: int = 0
    #: Seconds since the run started.
    elapsed: float = 0.0
    #: Whether the run was stopped by Ctrl-C before reading every row.
    interrupted: bool = False
    #: Whether an earlier run had already imported the whole input (nothing was read).
    already_complete: bool = False
    #: Last input line whose outcome is final (what the checkpoint records).
    done_line: int = 0

    @property
    def failed(self) -> int:
        """Rows that failed, for either reason (each one is in the failures file)."""
        return self.invalid + self.rejected

    @property
    def accepted(self) -> int:
        """Rows Customer.io accepted."""
        return self.sent - self.rejected

    @property
    def rate(self) -> float:
        """Rows sent per second so far."""
        return self.sent / self.elapsed if self.elapsed > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The counts as JSON-ready values (``--json``)."""
        return {
            "read": self.read,
            "skipped": self.skipped,
            "sent": self.sent,
            "accepted": self.accepted,
            "failed": self.failed,
            "invalid": self.invalid,
            "rejected": self.rejected,
            "interrupted": self.interrupted,
            "already_complete": self.already_complete,
            "done_line": self.done_line,
            "seconds": round(self.elapsed, 3),
            "events_per_second": round(self.rate, 1),
        }


# -- input -------------------------------------------------------------------------------------------------


def detect_format(name: str, head: bytes) -> Format:
    """``csv`` or ``jsonl`` from the file name, else from the first non-blank byte (``{`` is JSON Lines)."""
    lower = name.lower()
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    return "jsonl" if head.lstrip()[:1] == b"{" else "csv"


def open_input(path: str) -> tuple[IO[bytes], bytes]:
    """The input as a binary stream (``-`` is stdin) and its first bytes (for its identity and format)."""
    if path == "-":
        import sys

        stream: IO[bytes] = sys.stdin.buffer
        if not hasattr(stream, "peek"):  # stdin replaced by an in-memory stream (a test runner, an embedding)
            stream = io.BufferedReader(cast(Any, stream))
        # A buffered stdin shows its first bytes without consuming them (up to its buffer's size).
        head = cast(io.BufferedReader, stream).peek(IDENTITY_BYTES)[:IDENTITY_BYTES]
        return stream, head
    try:
        stream = open(path, "rb")  # noqa: SIM115 - the caller closes it once the import ends
    except OSError as exc:
        raise ImportUsageError(f"cannot read {path}: {exc.strerror}") from None
    head = stream.read(IDENTITY_BYTES)
    stream.seek(0)
    return stream, head


def jsonl_rows(text: IO[str]) -> Iterator[tuple[int, Any, Any, str | None]]:
    """Each JSON Lines row as ``(line, object, source, error)``; ``error`` says why a line is not a row."""
    for line, source in enumerate(text, 1):
        if not source.strip():
            continue
        try:
            value = json.loads(source)
        except ValueError as exc:
            yield line, None, source.rstrip("\r\n"), f"invalid JSON: {exc}"
            continue
        if not isinstance(value, dict):
            yield line, None, source.rstrip("\r\n"), f"a row must be a JSON object, not {type(value).__name__}"
            continue
        yield line, value, source.rstrip("\r\n"), None


def csv_rows(reader: Any, width: int) -> Iterator[tuple[int, Any, Any, str | None]]:
    """Each CSV data row after the header as ``(line, cells, cells, error)`` (the cells are also the raw row)."""
    for cells in reader:
        if not cells:
            continue
        if len(cells) != width:
            yield reader.line_num, None, cells, f"{len(cells)} fields where the header has {width}"
        else:
            yield reader.line_num, cells, cells, None


# -- rows to bulk calls ------------------------------------------------------------------------------------


class RowSender:
    """Turns one input row into one bulk-sender call; raises ``ValueError``/``TypeError`` for a bad row.

    A row is a dict (JSON Lines) or, given the CSV ``header``, the list of a row's cells. ``ids`` derives the
    row's dedupe id from its line number (see the module docstring). ``send`` is built once per import for its
    kind and API, with the column names bound: it runs once per row, and a 200,000-row import must spend its
    time in the bulk sender, not here (the bench's CLI workload holds it to that).
    """

    def __init__(
        self,
        kind: Kind,
        via: Via,
        columns: Columns,
        bulk: Any,
        ids: Callable[[int], str],
        header: list[str] | None = None,
    ) -> None:
        self.kind, self.via, self.columns, self.bulk, self.ids = kind, via, columns, bulk, ids
        # A CSV header is renamed once (``_names``), so rows need no renaming of their own.
        self.names = None if header is None else self._names(header)
        send: Callable[[int, Any], None] = getattr(self, f"_{via}_{kind}")()
        if self.names is not None:
            fast = getattr(self, f"_csv_{via}_events")() if kind == "events" else None
            send = self._from_cells(send) if fast is None else fast
        self.send = send

    def _names(self, header: list[str]) -> list[str | None]:
        """The CSV header after ``--rename``, ``None`` for an ignored column."""
        rename, ignore = self.columns.rename, self.columns.ignore
        return [None if name in ignore else rename.get(name, name) for name in header]

    def _prepare(self) -> Callable[[dict[str, Any]], dict[str, Any]] | None:
        """Renames and removals of fields, or ``None`` when there are none (the common case, and CSV)."""
        rename, ignore = self.columns.rename, self.columns.ignore
        if self.names is not None or (not rename and not ignore):
            return None

        def prepare(row: dict[str, Any]) -> dict[str, Any]:
            return {rename.get(k, k): v for k, v in row.items() if k not in ignore}

        return prepare

    def _from_cells(self, send: Callable[[int, dict[str, Any]], None]) -> Callable[[int, list[str]], None]:
        """``send`` for CSV cells: the row as a dict of the named columns; an empty cell is no value."""
        names = self.names
        assert names is not None
        plain = None not in names

        def send_cells(line: int, cells: list[str]) -> None:
            if plain and "" not in cells:
                send(line, dict(zip(names, cells, strict=False)))  # type: ignore[arg-type]  # no None when plain
            else:  # CSV cannot tell an empty string from a missing value: an empty cell is no value
                send(
                    line,
                    {name: cell for name, cell in zip(names, cells, strict=False) if name is not None and cell != ""},
                )

        return send_cells

    def _who(self, email_only_as_id: bool) -> Callable[[dict[str, Any]], Any]:
        """The person: the id field, else the email (``{"email": ...}`` for Track; the user id for Pipelines).

        The id field is removed from the row; the email stays (an attribute of a person).
        """
        id_column, email_column = self.columns.id, self.columns.email
        missing = f"no person: the row has neither {id_column!r} nor {email_column!r}"

        def who(row: dict[str, Any]) -> Any:
            person = row.pop(id_column, None)
            if person is not None and person != "":
                return person
            email = row.get(email_column)
            if not email:
                raise ValueError(missing)
            return email if email_only_as_id else {"email": email}

        return who

    def _event_fields(self) -> Callable[[int, dict[str, Any]], tuple[Any, Any, Any, Any]]:
        """An event row's id, name, time and data (what is left, or a lone ``data`` object)."""
        columns, ids, to_time = self.columns, self.ids, self._when()
        email, event_id, name_column, timestamp = columns.email, columns.event_id, columns.name, columns.timestamp
        no_name = f"no event name: the row has no {name_column!r}"

        def fields(line: int, row: dict[str, Any]) -> tuple[Any, Any, Any, Any]:
            row.pop(email, None)  # the person's identifier, not the event's data
            dedupe = row.pop(event_id, None) or ids(line)
            name = row.pop(name_column, None)
            if name is None:
                raise ValueError(no_name)
            when = to_time(row.pop(timestamp, None))
            if len(row) == 1 and isinstance(row.get("data"), dict):
                row = row["data"]
            return dedupe, name, when, row or None

        return fields

    def _when(self) -> Callable[[Any], Any]:
        """An event's time as its API takes it: unix seconds (Track) or a datetime (Data Pipelines).

        A cell is unix seconds (digits) or ISO 8601 text (a time without an offset is UTC, as the SDK takes a
        naive datetime); a JSON number is unix seconds. Anything else is the row's error.
        """
        column, track = self.columns.timestamp, self.via == "track"

        def to_time(value: Any) -> Any:
            if value is None or value == "":
                return None
            if value.__class__ is str:
                if value.isdecimal():  # what int() takes (isdigit() also passes superscripts)
                    value = int(value)
                else:
                    try:
                        return dt.datetime.fromisoformat(value)
                    except ValueError:
                        raise ValueError(f"{column} must be unix seconds or ISO 8601 text, not {value!r}") from None
            if track or isinstance(value, bool) or not isinstance(value, (int, float)):
                return value  # the SDK's own checks take it from here
            return dt.datetime.fromtimestamp(value, dt.UTC)

        return to_time

    def _device_fields(self) -> Callable[[dict[str, Any]], tuple[Any, Any]]:
        device_column, platform_column, email = self.columns.device, self.columns.platform, self.columns.email
        missing = f"a device row needs {device_column!r} and {platform_column!r}"

        def fields(row: dict[str, Any]) -> tuple[Any, Any]:
            device, platform = row.pop(device_column, None), row.pop(platform_column, None)
            if not device or not platform:
                raise ValueError(missing)
            row.pop(email, None)
            return device, platform

        return fields

    # Track API (v2 batch operations).

    def _track_people(self) -> Callable[[int, dict[str, Any]], None]:
        prepare, who, identify = self._prepare(), self._who(False), self.bulk.identify

        def send(line: int, row: dict[str, Any]) -> None:
            if prepare is not None:
                row = prepare(row)
            identify(who(row), row)

        return send

    def _track_events(self) -> Callable[[int, dict[str, Any]], None]:
        prepare, who, fields, track = self._prepare(), self._who(False), self._event_fields(), self.bulk.track

        def send(line: int, row: dict[str, Any]) -> None:
            if prepare is not None:
                row = prepare(row)
            person = who(row)
            dedupe, name, when, data = fields(line, row)
            track(person, name=name, data=data, id=dedupe, timestamp=when)

        return send

    def _csv_events(self) -> tuple[int | None, int | None, int | None, int, int | None, list[tuple[int, str]]] | None:
        """Where an event row's fields are among the CSV cells: ``(person, email, event id, name, time, data)``.

        ``data`` pairs the cells that become the event's data with their names. ``None`` when every row must
        take the dict path: the header has no name column, no person (neither id nor email: every row fails
        there), or repeats a name after ``--rename``.
        """
        names, columns = self.names, self.columns
        assert names is not None
        named = [name for name in names if name is not None]
        if columns.name not in named or len(set(named)) != len(named):
            return None
        if columns.id not in named and columns.email not in named:
            return None

        def index(column: str) -> int | None:
            return names.index(column) if column in names else None

        special = {columns.id, columns.email, columns.event_id, columns.name, columns.timestamp}
        data = [(i, name) for i, name in enumerate(names) if name is not None and name not in special]
        person, email, event_id, time_at = map(index, (columns.id, columns.email, columns.event_id, columns.timestamp))
        return person, email, event_id, names.index(columns.name), time_at, data

    def _csv_track_events(self) -> Callable[[int, list[str]], None] | None:
        """Track events from CSV cells without a dict per row: the hot path of a backfill.

        Text cells need none of the conversions ``track`` makes, so a row's attributes are the header's JSON
        template filled with its cells as JSON strings, handed to the bulk sender with the person, name and
        time checked as ``track`` checks them (the same operation text as the dict path, which a test holds
        it to). A row with an empty cell or a time that is not unix seconds takes the dict path.
        """
        plan = self._csv_events()
        if plan is None:
            return None
        person, email, event_id, name_at, time_at, data = plan
        ids = self.ids
        template = "{" + ",".join(f"{json_string(name)}:%s" for _, name in data) + "}"
        first = data[0][0] if data else 0
        data_cells = itemgetter(*(i for i, _ in data)) if len(data) > 1 else lambda cells: (cells[first],)
        dict_path = self._from_cells(self._track_events())
        identifiers, add, quote = BulkPacker.identifiers, self.bulk._track_json, json_string

        def send(line: int, cells: list[str]) -> None:
            # The checks in the dict path's order, so that a row with two faults reports the same one.
            if "" in cells:
                dict_path(line, cells)
                return
            when = None
            if time_at is not None:
                if not cells[time_at].isdecimal():
                    dict_path(line, cells)
                    return
                when = int(cells[time_at])
            who = identifiers(cells[person] if person is not None else {"email": cells[email]})  # type: ignore[index]
            name = cells[name_at]
            if not name.strip():
                event_name(name)  # raises: a blank name
            attributes = template % tuple(map(quote, data_cells(cells))) if data else None
            add(who, name, attributes, when, ids(line) if event_id is None else cells[event_id])

        return send

    def _track_devices(self) -> Callable[[int, dict[str, Any]], None]:
        prepare, who, fields, add = self._prepare(), self._who(False), self._device_fields(), self.bulk.add_device

        def send(line: int, row: dict[str, Any]) -> None:
            if prepare is not None:
                row = prepare(row)
            person = who(row)
            device, platform = fields(row)
            add(person, device, platform, row)

        return send

    # Data Pipelines (messages; every one gets a derived messageId).

    def _pipelines_people(self) -> Callable[[int, dict[str, Any]], None]:
        prepare, who, identify, ids = self._prepare(), self._who(True), self.bulk.identify, self.ids

        def send(line: int, row: dict[str, Any]) -> None:
            if prepare is not None:
                row = prepare(row)
            identify(who(row), traits=row or None, message_id=ids(line))

        return send

    def _pipelines_events(self) -> Callable[[int, dict[str, Any]], None]:
        prepare, who, fields, track = self._prepare(), self._who(True), self._event_fields(), self.bulk.track

        def send(line: int, row: dict[str, Any]) -> None:
            if prepare is not None:
                row = prepare(row)
            user = who(row)
            dedupe, name, when, data = fields(line, row)
            track(user, event=name, properties=data, timestamp=when, message_id=dedupe)

        return send

    def _csv_pipelines_events(self) -> Callable[[int, list[str]], None] | None:
        """Data Pipelines events from CSV cells: the fields picked by position, the properties made directly.

        The same call as the dict path makes for the row (a test holds it to that), without building a dict of
        every cell to take the person, name, time and id back out of. A row with an empty cell takes the dict
        path.
        """
        plan = self._csv_events()
        if plan is None:
            return None
        person, email, event_id, name_at, time_at, data = plan
        ids, to_time, track = self.ids, self._when(), self.bulk.track
        dict_path = self._from_cells(self._pipelines_events())

        def send(line: int, cells: list[str]) -> None:
            if "" in cells:
                dict_path(line, cells)
                return
            when = None if time_at is None else to_time(cells[time_at])
            track(
                cells[person] if person is not None else cells[email],  # type: ignore[index]
                event=cells[name_at],
                properties={name: cells[i] for i, name in data} or None,
                timestamp=when,
                message_id=ids(line) if event_id is None else cells[event_id],
            )

        return send

    def _pipelines_devices(self) -> Callable[[int, dict[str, Any]], None]:
        prepare, who, fields, track, ids = (
            self._prepare(),
            self._who(True),
            self._device_fields(),
            self.bulk.track,
            self.ids,
        )

        def send(line: int, row: dict[str, Any]) -> None:
            if prepare is not None:
                row = prepare(row)
            user = who(row)
            device, platform = fields(row)
            context = {"device": {"token": device, "type": platform}}
            track(user, event=DEVICE_EVENT, context=context, properties=row or None, message_id=ids(line))

        return send


def id_maker(via: Via, identity: str, epoch_ms: int) -> Callable[[int], str]:
    """Deterministic dedupe ids: the same input, epoch and line always give the same id, cheaply.

    Track events take a ULID: the epoch as its 48-bit time, then 30 bits of a hash of the input's identity,
    then the line number in the last 50 bits (ten characters). Data Pipelines messages take a version 4 UUID
    whose first 80 bits are a hash of the identity and the epoch and whose last 48 are the line number. The
    epoch is the first run's start, kept in the checkpoint: a resumed run makes the same ids, a ``--restart``
    new ones. Only the line's characters are encoded per row.
    """
    digest = hashlib.blake2b(b"%s:%d" % (identity.encode(), epoch_ms), digest_size=16).digest()
    if via == "track":
        prefix = _crockford(epoch_ms << 80 | (int.from_bytes(digest[:4]) >> 2) << 50)[:16]
        pairs = _PAIRS
        # Lines come in order: the first 24 characters change once every 1,024 lines.
        cached = [-1, ""]

        def ulid(line: int) -> str:
            upper = line >> 10
            if upper != cached[0]:
                cached[0] = upper
                cached[1] = (
                    prefix + pairs[(line >> 40) & 1023] + pairs[(line >> 30) & 1023] + pairs[(line >> 20) & 1023]
                ) + pairs[upper & 1023]
            return str(cached[1]) + pairs[line & 1023]

        return ulid

    head = str(uuid.UUID(bytes=digest, version=4))[:24]  # "xxxxxxxx-xxxx-4xxx-yxxx-": the last group is the line's

    def message_id(line: int) -> str:
        return f"{head}{line & 0xFFFFFFFFFFFF:012x}"

    return message_id


class DryRun:
    """Stands in for a bulk sender in ``--dry-run``: the same SDK checks per call, and nothing sent."""

    def __init__(self, via: Via) -> None:
        if via == "track":
            from .._bulk import BulkPacker, _BulkCalls

            class _Calls(_BulkCalls):
                _packer = BulkPacker()

                def _op(self, text: str, replayable: bool) -> None:
                    # The packer's own size check (a row too large fails as it would when sent); the full
                    # requests it hands back are dropped unsent, so at most one request's worth is held.
                    self._packer.add(text, replayable)

            self.calls: Any = _Calls()
        else:
            from .._payload import UuidSequence
            from .._pipelines_bulk import _PipelinesCalls
            from .._pipelines_calls import Envelope

            class _Messages(_PipelinesCalls[None]):
                _envelope = Envelope()
                _new_id = UuidSequence()

                def _op(self, text: str, replayable: bool) -> None:
                    return None  # the message was built and measured: that is the whole check

            self.calls = _Messages()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.calls, name)


# -- checkpoint and failures -------------------------------------------------------------------------------


def input_identity(head: bytes, kind: Kind, via: Via) -> str:
    """What a checkpoint is tied to: a hash of the input's first bytes, the kind of rows, and the API."""
    return hashlib.sha256(b"%s\0%s\0" % (kind.encode(), via.encode()) + head).hexdigest()


@dataclass
class Checkpoint:
    """The checkpoint file's content: which input, the dedupe ids' epoch, and the last settled line."""

    identity: str
    epoch_ms: int
    done_line: int = 0
    complete: bool = False

    @classmethod
    def load(cls, path: Path) -> Checkpoint | None:
        """The checkpoint at ``path``, or ``None`` if there is none; a damaged one is a usage error."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != CHECKPOINT_VERSION:
                raise ImportUsageError(f"{path} is not a checkpoint of this version; use --restart")
            return cls(str(data["input"]), int(data["id_epoch_ms"]), int(data["done_line"]), bool(data["complete"]))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            if isinstance(exc, ImportUsageError):
                raise
            raise ImportUsageError(f"{path} is not a readable checkpoint ({exc}); use --restart") from None

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-write leaves the previous checkpoint, never half of one."""
        data = {
            "version": CHECKPOINT_VERSION,
            "input": self.identity,
            "id_epoch_ms": self.epoch_ms,
            "done_line": self.done_line,
            "complete": self.complete,
        }
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data) + "\n", encoding="utf-8")
        os.replace(tmp, path)


# -- the import --------------------------------------------------------------------------------------------


@dataclass
class ImportJob:
    """One ``customerio import`` run: its input, where it writes, and how it sends."""

    kind: Kind
    via: Via
    input: str
    columns: Columns
    fmt: Format | None = None
    dry_run: bool = False
    #: JSON Lines of ``{"line", "row", "reason"}``, appended to (``None``: not written).
    failures_path: Path | None = None
    #: ``None``: no checkpoint (an import from stdin without ``--checkpoint``).
    checkpoint_path: Path | None = None
    restart: bool = False
    #: Flush and write the checkpoint after this many rows (also bounds the rows held for failure reports).
    checkpoint_every: int = 50_000
    #: Call ``on_progress`` after this many rows.
    progress_every: int = 2_000
    #: Bulk sender requests in flight at once.
    max_in_flight: int = 4

    def run(self, client: Any, on_progress: Callable[[ImportStats], None] | None = None) -> ImportStats:
        """Import every row; ``client`` is a TrackClient or PipelinesClient (``None`` with ``dry_run``)."""
        stream, head = open_input(self.input)
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        try:
            return self._run(text, head, client, on_progress or (lambda stats: None))
        finally:
            if self.input == "-":
                text.detach()  # stdin stays open: it is not ours to close
            else:
                text.close()

    def _run(
        self, stream: IO[str], head: bytes, client: Any, on_progress: Callable[[ImportStats], None]
    ) -> ImportStats:
        stats = ImportStats()
        start = time.perf_counter()
        identity = input_identity(head, self.kind, self.via)
        checkpoint = self._checkpoint(identity)
        if checkpoint.complete:
            stats.already_complete = True
            stats.done_line = checkpoint.done_line
            return stats
        resume_after = checkpoint.done_line
        fmt = self.fmt or detect_format(self.input, head)
        failures = FailuresFile(self.failures_path, resume=resume_after > 0)
        stop = _StopOnInterrupt()
        bulk: Any = DryRun(self.via) if self.dry_run else client.bulk(max_in_flight=self.max_in_flight)
        header: list[str] | None = None
        source: Iterator[tuple[int, Any, Any, str | None]]
        if fmt == "csv":
            reader = csv.reader(stream)
            header = next(reader, [])
            source = csv_rows(reader, len(header))
        else:
            source = jsonl_rows(stream)
        ids = id_maker(self.via, identity, checkpoint.epoch_ms)
        send = RowSender(self.kind, self.via, self.columns, bulk, ids, header).send
        # The rows added since the last flush, by their operation's position: each as read (its line, its raw row).
        added: list[tuple[int, Any, Any, str | None]] = []
        base = 0  # operations added before the last flush
        reported = 0  # bulk failures already written out
        last_line = resume_after

        def write_failure(line: int, raw: Any, reason: str) -> None:
            if failures.path is not None:
                row: Any = raw
                if isinstance(raw, list) and header:  # a CSV row: its fields by name
                    row = dict(zip(header, raw, strict=False))
                elif isinstance(raw, str):  # a JSON Lines row: the object, when it parses
                    try:
                        row = json.loads(raw)
                    except ValueError:
                        row = raw
                failures.write({"line": line, "row": row, "reason": reason})

        def settle() -> None:
            """Flush the sender; write every new failure; record the checkpoint at the last line read."""
            nonlocal base, reported
            if not self.dry_run:
                result = bulk.flush()
                for failure in result.failures[reported:]:
                    line, _, raw, _ = added[failure.index - base]
                    write_failure(line, raw, failure.reason)
                reported = len(result.failures)
                base += len(added)
                stats.sent, stats.rejected = result.sent, reported
            added.clear()
            gc.collect(0)
            failures.flush()
            stats.done_line = last_line
            if self.checkpoint_path is not None and not self.dry_run:
                checkpoint.done_line = last_line
                checkpoint.save(self.checkpoint_path)

        # The per-row loop keeps its counters in locals and does its periodic work (progress, checkpoints,
        # the stop request) every `step` rows: this loop runs once per row of a file of millions.
        step = min(self.progress_every, self.checkpoint_every)
        tick, read, invalid, settled_at = step, 0, 0, 0
        keep = added.append
        # The collector is paused while rows are read (this process is the import's own): the rows held for
        # failure reports all live until the next checkpoint, so the collections their allocation triggers
        # could free none of them (about a tenth of an import's time). Each checkpoint collects what is young.
        with stop, _gc.paused(), _NoBlock() if self.dry_run else bulk:
            for item in source:
                line, row, raw, error = item
                if line <= resume_after:
                    stats.skipped += 1
                    continue
                read += 1
                last_line = line
                if error is None:
                    try:
                        send(line, row)
                    except (ValueError, TypeError, CustomerIOError) as exc:
                        invalid += 1
                        write_failure(line, raw, str(exc))
                    else:
                        keep(item)
                else:
                    invalid += 1
                    write_failure(line, raw, error)
                tick -= 1
                if tick and not stop.requested:
                    continue
                tick = step
                stats.read, stats.invalid = read, invalid
                if read - settled_at >= self.checkpoint_every:
                    settled_at = read
                    settle()
                elif not self.dry_run:
                    result = bulk.result
                    stats.sent, stats.rejected = result.sent, len(result.failures)
                stats.elapsed = time.perf_counter() - start
                on_progress(stats)
                if stop.requested:
                    stats.interrupted = True
                    break
            stats.read, stats.invalid = read, invalid
            settle()
        failures.close()
        if not stats.interrupted and self.checkpoint_path is not None and not self.dry_run:
            checkpoint.complete = True
            checkpoint.save(self.checkpoint_path)
        stats.elapsed = time.perf_counter() - start
        on_progress(stats)
        return stats

    def _checkpoint(self, identity: str) -> Checkpoint:
        fresh = Checkpoint(identity, time.time_ns() // 1_000_000)
        if self.checkpoint_path is None or self.restart or self.dry_run:
            return fresh
        found = Checkpoint.load(self.checkpoint_path)
        if found is None:
            return fresh
        if found.identity != identity:
            raise ImportUsageError(
                f"the checkpoint {self.checkpoint_path} belongs to another input (or another kind or --via); "
                "use --restart to start this import afresh, or --checkpoint to name another file"
            )
        return found


class FailuresFile:
    """The failures file (JSON Lines), created at the first failure: a run without failures writes none.

    A fresh import removes the file a previous import of the same name left, so the file only ever lists the
    failures of one import (a resumed run appends to it). An unwritable location is a usage error at once,
    before anything is sent.
    """

    def __init__(self, path: Path | None, resume: bool) -> None:
        self.path = path
        self._file: IO[str] | None = None
        self._mode = "a" if resume else "w"
        if path is None:
            return
        if not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
            raise ImportUsageError(f"cannot write the failures file {path}: its directory is not writable")
        if not resume:
            path.unlink(missing_ok=True)

    def write(self, record: dict[str, Any]) -> None:
        """Append one failure."""
        if self.path is None:
            return
        if self._file is None:
            self._file = open(self.path, self._mode, encoding="utf-8")  # noqa: SIM115 - closed by close()
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")

    def flush(self) -> None:
        """Make what was written visible (at each checkpoint)."""
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        """Close the file, if one was written."""
        if self._file is not None:
            self._file.close()
            self._file = None


class _NoBlock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


class _StopOnInterrupt:
    """The first Ctrl-C asks the import to stop after the current row (it then flushes and checkpoints).

    A second Ctrl-C interrupts at once (the default handler is back): rows after the last checkpoint are then
    sent again by the next run, deduplicated by their ids.
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def __enter__(self) -> _StopOnInterrupt:
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread: Ctrl-C keeps its default meaning
            self._previous = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
