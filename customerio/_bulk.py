"""Bulk sending: the pure packer and result, the sync and async senders, and Track v2 ``/batch``'s operations.

Operations are converted to v2 batch operations, validated through the generated ``V2Operation``
model, serialised once, and packed into requests of at most 500 KB (each operation at most 32 KB).
A request is sent as soon as the next operation would not fit; ``flush()`` and leaving the ``with``
block send the rest. Nothing is lost silently: every operation that failed (a 207's per-operation
errors, or a whole request that still failed after the transport policy's retries) is reported in
the :class:`BulkResult`.

The packing (:class:`Packer`), the accounting (:class:`BulkResult`) and the senders (:class:`SyncSender`,
:class:`AsyncSender`) know nothing of Track: the Data Pipelines bulk sender (``_pipelines_bulk``) is the same
machinery with its own packer (limits, request) and call shapes.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Awaitable, Mapping
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import anyio
import anyio.abc
import attrs

from ._core import Call
from ._exceptions import CustomerIOError, CustomerIORequestError
from ._models import build
from ._payload import UlidSequence, json_string, json_text, merge, owned_json, path_id, to_json
from ._policy import Safety
from ._track_calls import batch_errors, device_fields, event_name, id_text, page_url, unix_seconds, v2_operation
from ._types import identifier_type

if TYPE_CHECKING:
    from ._async._track import AsyncTrackClient
    from ._sync._track import TrackClient

T = TypeVar("T")


class _SendsSync(Protocol):
    def _send(self, call: Call[T]) -> T: ...


class _SendsAsync(Protocol):
    def _send(self, call: Call[T]) -> Awaitable[T]: ...


#: Largest request body /v2/batch accepts, in bytes.
MAX_REQUEST_BYTES = 500 * 1024
#: Largest single operation, in bytes.
MAX_OPERATION_BYTES = 32 * 1024
# The body is '{"batch":[' + operations joined by ',' + ']}'.
_ENVELOPE_BYTES = len(b'{"batch":[]}')


_encode = json_text
_string = json_string  # a str as JSON text (ensure_ascii=False, like _encode)


# The fixed start of each person operation the sender's own methods write.
_HEADS = {
    action: f'{{"type":"person","action":"{action}","identifiers":'
    for action in ("identify", "event", "page", "add_device", "delete_device", "delete", "suppress", "unsuppress")
}


def _person(action: str, identifiers: str, fields: dict[str, Any] | None = None) -> str:
    """A person operation as JSON text: the fixed head, the encoded identifiers, then ``fields``."""
    if fields:
        return _HEADS[action] + identifiers + "," + _encode(fields)[1:]
    return _HEADS[action] + identifiers + "}"


@attrs.frozen
class BulkFailure:
    """One operation that Customer.io did not accept, and why."""

    #: Position of the operation among all operations added to this bulk sender (from 0).
    index: int
    #: The v2 operation as sent.
    operation: dict[str, Any]
    #: Why it failed: the API's per-operation message, or the error that failed its whole request.
    reason: str
    #: HTTP status of the request that carried it (207 for a per-operation error), if one was received.
    status_code: int | None = None


@attrs.define
class BulkResult:
    """What a bulk sender did: operations sent and accepted, requests made, and every failure."""

    #: Operations handed to the API (accepted or not).
    sent: int = 0
    #: Batch requests made (retries not counted).
    requests: int = 0
    #: Operations that failed, in the order they were added.
    failures: list[BulkFailure] = attrs.field(factory=list)

    @property
    def ok(self) -> bool:
        """True when every operation sent was accepted."""
        return not self.failures

    @property
    def accepted(self) -> int:
        """Operations the API accepted."""
        return self.sent - len(self.failures)


class BulkError(CustomerIOError):
    """Raised by ``flush()`` or on leaving the block with ``raise_on_error=True`` when operations failed."""

    def __init__(self, result: BulkResult) -> None:
        first = result.failures[0]
        super().__init__(
            f"{len(result.failures)} of {result.sent} bulk operations failed; first: #{first.index}: {first.reason}"
        )
        #: The full result, failures included.
        self.result = result


@attrs.define
class _Chunk:
    """Operations packed for one request (as the JSON text sent), with the index of the first one."""

    first_index: int
    encoded: list[str] = attrs.field(factory=list)
    size: int = _ENVELOPE_BYTES
    replayable: bool = True


class Packer:
    """Packs items (each as its JSON text) into ``{"batch": [...]}`` requests within an API's limits; no I/O.

    Items are kept only as the JSON text that will be sent: a backfill of millions of events holds one
    string per item in flight, and a failure report decodes the text back (exactly what was sent). A
    subclass names its limits and builds the request of a chunk (:meth:`call`).
    """

    #: Largest request body, in bytes.
    max_request = MAX_REQUEST_BYTES
    #: Largest single item, in bytes.
    max_item = MAX_OPERATION_BYTES
    #: What an item is called in messages ("operation", "message").
    noun = "operation"

    def __init__(self) -> None:
        self._chunk = _Chunk(0)
        self._added = 0

    @property
    def pending(self) -> int:
        """Items added but not yet handed out in a chunk."""
        return len(self._chunk.encoded)

    def call(self, chunk: _Chunk) -> Call[Any]:
        """The request that sends ``chunk``; its parser returns per-item errors (a list) or ``None``."""
        raise NotImplementedError

    # -- packing --------------------------------------------------------------------------------

    def add(self, text: str, replayable: bool) -> _Chunk | None:
        """Add one item's JSON text; return a full chunk to send first, if this one did not fit."""
        size = len(text) if text.isascii() else len(text.encode())
        if size > self.max_item:
            raise ValueError(
                f"{self.noun} is {size} bytes; Customer.io accepts at most {self.max_item} per {self.noun}"
            )
        full: _Chunk | None = None
        chunk = self._chunk
        if chunk.size + size + (1 if chunk.encoded else 0) > self.max_request:
            full, chunk = chunk, _Chunk(self._added)
            self._chunk = chunk
        if chunk.encoded:
            size += 1  # the separating comma
        chunk.encoded.append(text)
        chunk.size += size
        chunk.replayable = chunk.replayable and replayable
        self._added += 1
        return full

    def take(self) -> _Chunk | None:
        """The chunk being filled, if it holds anything (and start a new one)."""
        if not self._chunk.encoded:
            return None
        chunk, self._chunk = self._chunk, _Chunk(self._added)
        return chunk

    # -- results --------------------------------------------------------------------------------

    @staticmethod
    def record(result: BulkResult, chunk: _Chunk, outcome: list[Any] | Exception | str | None) -> None:
        """Account for a chunk's outcome: per-item errors of a 207 (``None``: all accepted), or a failed request.

        A ``str`` outcome is the reason every item of the chunk failed without an answer (its request was
        interrupted or never sent).
        """
        result.sent += len(chunk.encoded)
        result.requests += 1
        if isinstance(outcome, (Exception, str)):
            status = outcome.status_code if isinstance(outcome, CustomerIORequestError) else None
            reason = outcome if isinstance(outcome, str) else f"{type(outcome).__name__}: {outcome}"
            result.failures.extend(
                BulkFailure(chunk.first_index + i, json.loads(text), reason, status)
                for i, text in enumerate(chunk.encoded)
            )
            return
        for error in outcome or ():
            position = error.batch_index if isinstance(error.batch_index, int) else -1
            known = 0 <= position < len(chunk.encoded)
            operation = json.loads(chunk.encoded[position]) if known else {}
            reason = error.message if isinstance(error.message, str) else (error.reason or "rejected")
            result.failures.append(BulkFailure(chunk.first_index + max(position, 0), operation, str(reason), 207))
        result.failures.sort(key=lambda f: f.index)


class BulkPacker(Packer):
    """Converts calls to Track v2 operations and packs them into ``/api/v2/batch`` requests; no I/O."""

    def __init__(self) -> None:
        super().__init__()
        #: Dedupe ids for the events added (bulk requests are always retried, so every event carries one).
        self.event_id = UlidSequence()

    # -- conversion -----------------------------------------------------------------------------

    @staticmethod
    def identifiers(customer: object) -> str:
        """A person's v2 identifiers as JSON text, from an id (``cio_<id>`` means a cio_id) or a mapping."""
        if type(customer) is int:  # the common case, and nothing to escape
            return f'{{"id":"{customer}"}}'
        if isinstance(customer, Mapping):
            if len(customer) != 1:
                raise ValueError("identifiers must name exactly one of id, email, cio_id")
            ((kind, value),) = customer.items()
            # identifier_type returns one of three plain names: only the value needs escaping.
            return f'{{"{identifier_type(kind, "identifiers")}":{_string(path_id(f"identifiers.{kind}", value))}}}'
        text = path_id("customer_id", customer)
        if text.startswith("cio_") and len(text) > 4:
            return f'{{"cio_id":{_string(text[4:])}}}'
        return f'{{"id":{_string(text)}}}'

    def operation(self, operation: Mapping[str, Any]) -> tuple[str, bool]:
        """Any v2 operation, converted and validated like the client's ``entity``, as JSON text.

        Also says whether the operation may be replayed. The sender's own methods build their
        operations from values they converted and checked themselves, and skip this model round trip
        (the main cost of a bulk event).
        """
        model, safety = v2_operation(operation, "operation", True, self.event_id)
        return _encode(model.to_dict()), safety is Safety.REPLAYABLE

    def call(self, chunk: _Chunk) -> Call[list[Any]]:
        """The batch request of a chunk: the generated endpoint's request, with the body serialised once."""
        from customerio_openapi.api.track_v2 import batch as _batch
        from customerio_openapi.models import BatchRequest

        kwargs = _batch._get_kwargs(body=BatchRequest(batch=[]))
        # The operations were validated and encoded when added; join them instead of encoding twice.
        del kwargs["json"]
        kwargs["content"] = ('{"batch":[' + ",".join(chunk.encoded) + "]}").encode()
        safety = Safety.REPLAYABLE if chunk.replayable else Safety.ONCE
        return Call(kwargs, safety, batch_errors)


class _BulkCalls:
    """The call shapes of the client's methods, turned into v2 operations (shared by both senders).

    Each method validates and converts its arguments at the call (a bad call raises there, before
    anything is added), then hands the operation's JSON text to ``_op``, which packs and sends.
    """

    _packer: BulkPacker

    def _op(self, text: str, replayable: bool) -> Any:
        raise NotImplementedError

    def identify(self, customer_id: object, data: Mapping[str, Any] | None = None, /, **attributes: Any) -> Any:
        """Create or update a person (``customer_id`` may also be ``{"email": ...}``)."""
        who = BulkPacker.identifiers(customer_id)
        attributes_ = owned_json("data", merge("data", data, attributes))
        return self._op(_person("identify", who, {"attributes": attributes_} if attributes_ else None), True)

    def track(self, customer_id: object, data: Mapping[str, Any] | None = None, /, **event: Any) -> Any:
        """Record an event: ``name`` required; ``data``, ``timestamp``, ``id`` optional."""
        who = BulkPacker.identifiers(customer_id)
        # ``event`` is this call's own dict (keyword arguments): it is only copied when merged with ``data``.
        # Each field is converted on its own (the event's data checked, not copied, when already plain JSON).
        fields = event if data is None else merge("data", data, event)
        name = fields.pop("name", None)
        if type(name) is not str or not name.strip():  # the common case skips the calls
            name = event_name(to_json(name, "name"))
        event_data = fields.pop("data", None)
        if event_data is not None:
            event_data = owned_json("data", event_data)
        timestamp = None
        if "timestamp" in fields:
            fields["timestamp"] = to_json(fields["timestamp"], "timestamp")
            unix_seconds(fields, "timestamp")
            timestamp = fields.pop("timestamp", None)
        event_id = fields.pop("id", None)
        if event_id is not None:
            event_id = id_text(to_json(event_id, "id"))
            if not isinstance(event_id, str):
                raise TypeError(f"id must be a str, not {type(event_id).__name__}")
        if fields:
            raise TypeError(f"unexpected event fields for a bulk track: {sorted(fields)}")
        return self._track_json(who, name, None if event_data is None else _encode(event_data), timestamp, event_id)

    def _track_json(
        self, who: str, name: str, attributes: str | None, timestamp: int | None, event_id: str | None
    ) -> Any:
        """Add an event from parts already checked, ``who`` and ``attributes`` as JSON text.

        :meth:`track` ends here, and so does the command line's CSV import, which writes the attributes of
        a row of text cells straight from the header instead of building a dict to encode.
        """
        # Events are most of a backfill: their text is written directly (the same JSON _person would
        # write from a dict, about a sixth cheaper); only the event's data goes through the encoder.
        text = f'{_HEADS["event"]}{who},"name":{_string(name)}'
        if attributes is not None:
            text += ',"attributes":' + attributes
        if timestamp is not None:
            text += f',"timestamp":{timestamp}'  # an int: unix_seconds made it one
        event_id = event_id if event_id is not None else self._packer.event_id()
        return self._op(f'{text},"id":{_string(event_id)}}}', True)

    def track_page_view(self, customer_id: object, url: str) -> Any:
        """Record a page view."""
        who = BulkPacker.identifiers(customer_id)
        return self._op(_person("page", who, {"name": page_url(url), "id": self._packer.event_id()}), True)

    def add_device(
        self,
        customer_id: object,
        device_id: str,
        platform: str,
        data: Mapping[str, Any] | None = None,
        /,
        **attributes: Any,
    ) -> Any:
        """Add or update a device (``last_used`` as such, other keys as device attributes)."""
        from customerio_openapi.models import V2Device

        device = device_fields(device_id, platform, data, attributes, key="token")
        # Checked by the generated model, as the client's add_device is (the platform is an enum).
        build(V2Device, device, "device")
        return self._op(_person("add_device", BulkPacker.identifiers(customer_id), {"device": device}), True)

    def delete_device(self, customer_id: object, device_token: str) -> Any:
        """Remove a device."""
        device = {"token": path_id("device_token", device_token)}
        return self._op(_person("delete_device", BulkPacker.identifiers(customer_id), {"device": device}), True)

    def destroy(self, customer_id: object) -> Any:
        """Delete a person."""
        return self._op(_person("delete", BulkPacker.identifiers(customer_id)), True)

    def suppress(self, customer_id: object) -> Any:
        """Suppress a person."""
        return self._op(_person("suppress", BulkPacker.identifiers(customer_id)), True)

    def unsuppress(self, customer_id: object) -> Any:
        """Unsuppress a person."""
        return self._op(_person("unsuppress", BulkPacker.identifiers(customer_id)), True)

    def merge_customers(self, primary_type: str, primary_id: object, secondary_type: str, secondary_id: object) -> Any:
        """Merge the secondary person into the primary one."""
        primary = BulkPacker.identifiers({primary_type: primary_id})
        secondary = BulkPacker.identifiers({secondary_type: secondary_id})
        # A merge cannot be repeated safely once the secondary person is gone: never replayed.
        return self._op(f'{{"type":"person","action":"merge","primary":{primary},"secondary":{secondary}}}', False)

    def operation(self, operation: Mapping[str, Any]) -> Any:
        """Add any v2 operation as given (``type``, ``action``, ...)."""
        return self._op(*self._packer.operation(operation))


# Reasons of operations that got no answer at all.
_INTERRUPTED = "interrupted before Customer.io answered: the request may or may not have been processed"
_NOT_SENT = "not sent: the bulk block was cancelled or interrupted"


def _check_in_flight(max_in_flight: object) -> int:
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int) or max_in_flight < 1:
        raise ValueError(f"max_in_flight must be an int >= 1, not {max_in_flight!r}")
    return max_in_flight


class SyncSender:
    """The sync sending half of a bulk sender: up to ``max_in_flight`` requests at once, on worker threads.

    Feed one sender from one thread (packing is not locked); the client itself may be shared.
    """

    def __init__(
        self, client: _SendsSync, packer: Packer, *, raise_on_error: bool = False, max_in_flight: int = 4
    ) -> None:
        self._max = _check_in_flight(max_in_flight)
        self._client = client
        self._packer = packer
        self._raise = raise_on_error
        self._slots = threading.BoundedSemaphore(self._max)
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._in_flight = 0
        #: Cumulative result of everything sent so far.
        self.result = BulkResult()
        #: Most requests that were in flight at once.
        self.peak_in_flight = 0
        self._closed = False

    def _op(self, text: str, replayable: bool) -> None:
        if self._closed:
            raise RuntimeError("this bulk sender's block has ended; start another with client.bulk()")
        full = self._packer.add(text, replayable)
        if full is not None:
            self._dispatch(full)

    def _dispatch(self, chunk: _Chunk) -> None:
        try:
            self._slots.acquire()  # backpressure: wait for a free slot before packing more
        except BaseException:  # interrupted while waiting: the chunk is reported, not dropped
            with self._lock:
                self._packer.record(self.result, chunk, _NOT_SENT)
            raise
        with self._lock:
            self._in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        if self._max == 1:
            self._send(chunk)
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._max, thread_name_prefix="customerio-bulk")
        try:
            self._pool.submit(self._send, chunk)
        except RuntimeError:  # no new threads at interpreter exit (a background sender's last flush)
            self._send(chunk)

    def _send(self, chunk: _Chunk) -> None:
        outcome: list[Any] | Exception | str | None = _INTERRUPTED
        try:
            outcome = self._client._send(self._packer.call(chunk))
        except Exception as exc:  # recorded per operation: a worker must never lose a failure
            outcome = exc
        finally:  # also when interrupted (KeyboardInterrupt in an inline send): account and free the slot
            with self._lock:
                self._packer.record(self.result, chunk, outcome)
                self._in_flight -= 1
            self._slots.release()

    def _drain(self) -> None:
        chunk = self._packer.take()
        if chunk is not None:
            self._dispatch(chunk)
        held = 0
        try:
            for _ in range(self._max):  # holding every slot means nothing is in flight
                self._slots.acquire()
                held += 1
        finally:  # interrupted (Ctrl-C) while waiting: give back what was taken, or the next drain never ends
            for _ in range(held):
                self._slots.release()

    def flush(self) -> BulkResult:
        """Send what is pending and wait for every request; return the cumulative result.

        With ``raise_on_error=True`` raises :class:`BulkError` (carrying the result) if any operation failed.
        """
        self._drain()
        if self._raise and self.result.failures:
            raise BulkError(self.result)
        return self.result

    def _finish(self) -> None:
        """Send everything and stop: what leaving the block does (also without raising)."""
        self._closed = True
        try:
            self._drain()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # Flush even when the block raised, so nothing added is dropped; never mask the block's error.
        self._finish()
        if exc is None and self._raise and self.result.failures:
            raise BulkError(self.result)

    def __del__(self) -> None:
        # Used without `with` and dropped before flush(): say so, rather than lose operations silently.
        packer = getattr(self, "_packer", None)
        pending = packer.pending if packer is not None else 0
        if pending:
            warnings.warn(
                f"bulk sender garbage-collected with {pending} {packer.noun}s never sent; "  # type: ignore[union-attr]
                "use it as `with client.bulk() as bulk:` or call flush()",
                RuntimeWarning,
                stacklevel=1,
            )


_S = TypeVar("_S", bound=SyncSender)
_A = TypeVar("_A", bound="AsyncSender")


class AsyncSender:
    """The async sending half of a bulk sender: up to ``max_in_flight`` requests at once, as tasks.

    Its operation methods are :class:`Bulk`'s, each returning a coroutine to await (``await bulk.track(...)``):
    awaiting it packs the operation and, when that fills a request while ``max_in_flight`` are in flight, waits for
    a free slot. Several tasks may feed one sender: packing an operation never awaits, so it cannot interleave.
    """

    def __init__(
        self, client: _SendsAsync, packer: Packer, *, raise_on_error: bool = False, max_in_flight: int = 4
    ) -> None:
        self._max = _check_in_flight(max_in_flight)
        self._client = client
        self._packer = packer
        self._raise = raise_on_error
        self._slots = anyio.Semaphore(self._max)
        self._group: anyio.abc.TaskGroup | None = None
        self._in_flight = 0
        #: Cumulative result of everything sent so far.
        self.result = BulkResult()
        #: Most requests that were in flight at once.
        self.peak_in_flight = 0

    async def _op(self, text: str, replayable: bool) -> None:
        if self._group is None:  # not entered, or its block has ended: nothing would ever send it
            raise RuntimeError("use the bulk sender inside `async with client.bulk() as bulk:`")
        full = self._packer.add(text, replayable)
        if full is not None:
            await self._dispatch(full)

    async def _dispatch(self, chunk: _Chunk) -> None:
        assert self._group is not None  # _op and _drain only run inside the block
        try:
            await self._slots.acquire()  # backpressure: wait for a free slot before packing more
        except BaseException:  # cancelled while waiting: the chunk is reported, not dropped
            self._packer.record(self.result, chunk, _NOT_SENT)
            raise
        self._in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        self._group.start_soon(self._send, chunk)

    async def _send(self, chunk: _Chunk) -> None:
        outcome: list[Any] | Exception | str | None = _INTERRUPTED
        try:
            outcome = await self._client._send(self._packer.call(chunk))
        except Exception as exc:  # recorded per operation: a task must never lose a failure
            outcome = exc
        finally:  # also when cancelled: the operations are reported, not dropped
            self._packer.record(self.result, chunk, outcome)
            self._in_flight -= 1
            self._slots.release()

    async def _drain(self) -> None:
        chunk = self._packer.take()
        if chunk is not None:
            await self._dispatch(chunk)
        held = 0
        try:
            for _ in range(self._max):  # holding every slot means nothing is in flight
                await self._slots.acquire()
                held += 1
        finally:  # cancelled while waiting: give back what was taken, or the next drain never ends
            for _ in range(held):
                self._slots.release()

    async def flush(self) -> BulkResult:
        """Send what is pending and wait for every request; return the cumulative result.

        With ``raise_on_error=True`` raises :class:`BulkError` (carrying the result) if any operation failed.
        """
        await self._drain()
        if self._raise and self.result.failures:
            raise BulkError(self.result)
        return self.result

    async def __aenter__(self: _A) -> _A:
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # Flush even when the block raised, so nothing added is dropped; never mask the block's error.
        group = self._group
        cancelled = isinstance(exc, anyio.get_cancelled_exc_class())
        try:
            if group is not None and not cancelled:
                await self._drain()
            elif cancelled:  # nothing can be sent now: report what was never sent
                pending = self._packer.take()
                if pending is not None:
                    self._packer.record(self.result, pending, _NOT_SENT)
        finally:
            self._group = None
            if group is not None:
                # The block's own exception is not the task group's: passing it would wrap it in an
                # ExceptionGroup. Only a cancellation must reach the group, to cancel the sends.
                if cancelled:
                    await group.__aexit__(exc_type, exc, tb)
                else:
                    await group.__aexit__(None, None, None)
        if exc is None and self._raise and self.result.failures:
            raise BulkError(self.result)


class Bulk(SyncSender, _BulkCalls):
    """Bulk sender of :meth:`TrackClient.bulk`: up to ``max_in_flight`` requests at once, on worker threads.

    Feed one sender from one thread (packing is not locked); the client itself may be shared.
    """

    _packer: BulkPacker

    def __init__(self, client: TrackClient, *, raise_on_error: bool = False, max_in_flight: int = 4) -> None:
        super().__init__(client, BulkPacker(), raise_on_error=raise_on_error, max_in_flight=max_in_flight)


class AsyncBulk(AsyncSender, _BulkCalls):
    """Bulk sender of :meth:`AsyncTrackClient.bulk`: up to ``max_in_flight`` requests at once, as tasks.

    Several tasks may feed one sender: packing an operation never awaits, so it cannot interleave.
    """

    _packer: BulkPacker

    def __init__(self, client: AsyncTrackClient, *, raise_on_error: bool = False, max_in_flight: int = 4) -> None:
        super().__init__(client, BulkPacker(), raise_on_error=raise_on_error, max_in_flight=max_in_flight)
