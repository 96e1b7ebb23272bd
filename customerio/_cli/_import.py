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
import hashlib
import io
import json
import os
import signal
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO, Any, Literal, cast

from .._exceptions import CustomerIOError
from .._payload import _crockford

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


def rows(text: IO[str], fmt: Format) -> Iterator[tuple[int, dict[str, Any] | None, Any, str | None]]:
    """Each data row as ``(line, fields, raw, error)``: ``fields`` is ``None`` when the row cannot be parsed.

    ``raw`` is the row as read (the CSV values or the JSON text), kept small until a failure needs it.
    """
    if fmt == "jsonl":
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
        return
    reader = csv.reader(text)
    header = next(reader, None)
    if header is None:
        return
    width = len(header)
    for values in reader:
        if not values:
            continue
        if len(values) != width:
            yield reader.line_num, None, values, f"{len(values)} fields where the header has {width}"
            continue
        # An empty cell is no value (CSV cannot tell an empty string from a missing one).
        yield reader.line_num, {k: v for k, v in zip(header, values, strict=True) if v != ""}, values, None


# -- rows to bulk calls ------------------------------------------------------------------------------------


def _timestamp(value: Any) -> Any:
    # CSV gives text: unix seconds written as digits are sent as the number they are.
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value


class RowSender:
    """Turns one input row into one bulk-sender call; raises ``ValueError``/``TypeError`` for a bad row.

    ``ids`` derives the row's dedupe id from its line number (see the module docstring).
    """

    def __init__(self, kind: Kind, via: Via, columns: Columns, bulk: Any, ids: Callable[[int], str]) -> None:
        self.kind, self.via, self.columns, self.bulk, self.ids = kind, via, columns, bulk, ids
        self._special = {columns.id, columns.name, columns.timestamp, columns.event_id}
        self.send: Callable[[int, dict[str, Any]], None] = getattr(self, f"_{via}_{kind}")

    def _prepare(self, row: dict[str, Any]) -> dict[str, Any]:
        columns = self.columns
        if columns.rename:
            row = {columns.rename.get(k, k): v for k, v in row.items()}
        if columns.ignore:
            row = {k: v for k, v in row.items() if k not in columns.ignore}
        return row

    def _who(self, row: dict[str, Any]) -> Any:
        """The person: the id field, else ``{"email": ...}`` (removed from the row; the email stays)."""
        person = row.pop(self.columns.id, None)
        if person is not None and person != "":
            return person
        email = row.get(self.columns.email)
        if email:
            return {"email": email}
        raise ValueError(f"no person: the row has neither {self.columns.id!r} nor {self.columns.email!r}")

    def _user(self, row: dict[str, Any]) -> Any:
        """A Data Pipelines user id: the id field, else the email."""
        who = self._who(row)
        return who["email"] if isinstance(who, dict) else who

    def _event(self, row: dict[str, Any]) -> tuple[Any, Any, Any]:
        columns = self.columns
        name = row.pop(columns.name, None)
        if name is None:
            raise ValueError(f"no event name: the row has no {columns.name!r}")
        timestamp = _timestamp(row.pop(columns.timestamp, None))
        data = row.pop("data") if isinstance(row.get("data"), dict) and len(row) == 1 else row
        return name, timestamp, data

    # Track API (v2 batch operations).

    def _track_people(self, line: int, row: dict[str, Any]) -> None:
        row = self._prepare(row)
        who = self._who(row)
        self.bulk.identify(who, row)

    def _track_events(self, line: int, row: dict[str, Any]) -> None:
        row = self._prepare(row)
        who = self._who(row)
        row.pop(self.columns.email, None)  # the person's identifier, not the event's data
        event_id = row.pop(self.columns.event_id, None) or self.ids(line)
        name, timestamp, data = self._event(row)
        if timestamp is None:
            self.bulk.track(who, name=name, data=data or None, id=event_id)
        else:
            self.bulk.track(who, name=name, data=data or None, id=event_id, timestamp=timestamp)

    def _track_devices(self, line: int, row: dict[str, Any]) -> None:
        row = self._prepare(row)
        who = self._who(row)
        device = row.pop(self.columns.device, None)
        platform = row.pop(self.columns.platform, None)
        if not device or not platform:
            raise ValueError(f"a device row needs {self.columns.device!r} and {self.columns.platform!r}")
        row.pop(self.columns.email, None)
        self.bulk.add_device(who, device, platform, row)

    # Data Pipelines (messages).

    def _pipelines_people(self, line: int, row: dict[str, Any]) -> None:
        row = self._prepare(row)
        user = self._user(row)
        self.bulk.identify(user, traits=row or None, message_id=self.ids(line))

    def _pipelines_events(self, line: int, row: dict[str, Any]) -> None:
        row = self._prepare(row)
        user = self._user(row)
        row.pop(self.columns.email, None)  # the person's identifier, not the event's properties
        message_id = row.pop(self.columns.event_id, None) or self.ids(line)
        name, timestamp, data = self._event(row)
        self.bulk.track(user, event=name, properties=data or None, timestamp=timestamp, message_id=message_id)

    def _pipelines_devices(self, line: int, row: dict[str, Any]) -> None:
        row = self._prepare(row)
        user = self._user(row)
        device = row.pop(self.columns.device, None)
        platform = row.pop(self.columns.platform, None)
        if not device or not platform:
            raise ValueError(f"a device row needs {self.columns.device!r} and {self.columns.platform!r}")
        row.pop(self.columns.email, None)
        context = {"device": {"token": device, "type": platform}}
        self.bulk.track(user, event=DEVICE_EVENT, context=context, properties=row or None, message_id=self.ids(line))


def id_maker(via: Via, identity: str, epoch_ms: int) -> Callable[[int], str]:
    """Deterministic dedupe ids: the same input, epoch and line always give the same id.

    Track events take a ULID (the epoch as its time part, a hash of the input's identity and the line as its
    random part); Data Pipelines messages a UUID made of a hash of the identity, the epoch and the line. The
    epoch is the first run's start, kept in the checkpoint: a resumed run makes the same ids, a ``--restart``
    new ones.
    """
    key = identity.encode()

    if via == "track":

        def ulid(line: int) -> str:
            random = hashlib.blake2b(b"%d" % line, digest_size=10, key=key[:64]).digest()
            return _crockford(epoch_ms << 80 | int.from_bytes(random))

        return ulid

    def message_id(line: int) -> str:
        # The epoch too: a --restart is a new import, whose messages must not be dropped as replays.
        digest = hashlib.blake2b(b"%d:%d" % (epoch_ms, line), digest_size=16, key=key[:64]).digest()
        return str(uuid.UUID(bytes=digest, version=4))

    return message_id


class DryRun:
    """Stands in for a bulk sender in ``--dry-run``: the same SDK checks per call, and nothing sent."""

    def __init__(self, via: Via) -> None:
        if via == "track":
            from .._bulk import BulkPacker, _BulkCalls

            class _Calls(_BulkCalls):
                _packer = BulkPacker()

                def _op(self, text: str, replayable: bool) -> None:
                    # The size check of the packer, without packing: a row too large fails here too.
                    size = len(text.encode())
                    if size > BulkPacker.max_item:
                        raise ValueError(
                            f"operation is {size} bytes; Customer.io accepts at most {BulkPacker.max_item}"
                        )

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
        failures = self._failures_file(resume=resume_after > 0)
        stop = _StopOnInterrupt()
        bulk: Any = DryRun(self.via) if self.dry_run else client.bulk(max_in_flight=self.max_in_flight)
        sender = RowSender(self.kind, self.via, self.columns, bulk, id_maker(self.via, identity, checkpoint.epoch_ms))
        send = sender.send
        # The rows added since the last flush: the line and raw row of each operation, by its position.
        lines: list[int] = []
        raws: list[Any] = []
        base = 0  # operations added before the last flush
        reported = 0  # bulk failures already written out
        header: list[str] | None = None
        last_line = resume_after

        def write_failure(line: int, raw: Any, reason: str) -> None:
            if failures is not None:
                row: Any = raw
                if isinstance(raw, list) and header:  # a CSV row: its fields by name
                    row = dict(zip(header, raw, strict=False))
                elif isinstance(raw, str):  # a JSON Lines row: the object, when it parses
                    try:
                        row = json.loads(raw)
                    except ValueError:
                        row = raw
                failures.write(json.dumps({"line": line, "row": row, "reason": reason}, ensure_ascii=False) + "\n")

        def settle() -> None:
            """Flush the sender; write every new failure; record the checkpoint at the last line read."""
            nonlocal base, reported
            if not self.dry_run:
                result = bulk.flush()
                for failure in result.failures[reported:]:
                    position = failure.index - base
                    write_failure(lines[position], raws[position], failure.reason)
                reported = len(result.failures)
                base += len(lines)
                stats.sent, stats.rejected = result.sent, reported
            lines.clear()
            raws.clear()
            if failures is not None:
                failures.flush()
            stats.done_line = last_line
            if self.checkpoint_path is not None and not self.dry_run:
                checkpoint.done_line = last_line
                checkpoint.save(self.checkpoint_path)

        with stop, _NoBlock() if self.dry_run else bulk:
            since_settle = 0
            for line, row, raw, error in rows(stream, fmt):
                if header is None and fmt == "csv":
                    header = _csv_header(head)
                if line <= resume_after:
                    stats.skipped += 1
                    continue
                stats.read += 1
                if error is None:
                    assert row is not None
                    try:
                        send(line, row)
                    except (ValueError, TypeError, CustomerIOError) as exc:
                        error = str(exc)
                    else:
                        lines.append(line)
                        raws.append(raw)
                if error is not None:
                    stats.invalid += 1
                    write_failure(line, raw, error)
                last_line = line
                since_settle += 1
                if since_settle >= self.checkpoint_every:
                    since_settle = 0
                    settle()
                if stats.read % self.progress_every == 0:
                    if not self.dry_run:
                        result = bulk.result
                        stats.sent, stats.rejected = result.sent, len(result.failures)
                    stats.elapsed = time.perf_counter() - start
                    on_progress(stats)
                if stop.requested:
                    stats.interrupted = True
                    break
            settle()
        if failures is not None:
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

    def _failures_file(self, resume: bool) -> IO[str] | None:
        if self.failures_path is None:
            return None
        try:
            return open(self.failures_path, "a" if resume else "w", encoding="utf-8")
        except OSError as exc:
            raise ImportUsageError(f"cannot write {self.failures_path}: {exc.strerror}") from None


def _csv_header(head: bytes) -> list[str]:
    first = head.decode("utf-8-sig", errors="replace").splitlines()[:1]
    return next(csv.reader(first), []) if first else []


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
