"""Bulk sending through Track v2 ``/batch``: the pure packer and result, and the sync and async senders.

Operations are converted to v2 batch operations, validated through the generated ``V2Operation``
model, serialised once, and packed into requests of at most 500 KB (each operation at most 32 KB).
A request is sent as soon as the next operation would not fit; ``flush()`` and leaving the ``with``
block send the rest. Nothing is lost silently: every operation that failed (a 207's per-operation
errors, or a whole request that still failed after the transport policy's retries) is reported in
the :class:`BulkResult`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import TYPE_CHECKING, Any

import anyio
import anyio.abc
import attrs

from customerio_openapi.api.track_v2 import batch as _batch
from customerio_openapi.models import BatchRequest, V2Operation

from ._core import Call
from ._exceptions import CustomerIOError, CustomerIORequestError
from ._models import build
from ._payload import json_object, merge, path_id, ulid
from ._policy import Safety
from ._track_calls import batch_errors, device_fields, event_name, page_url, unix_seconds
from ._types import identifier_type

if TYPE_CHECKING:
    from ._async._track import AsyncTrackClient
    from ._sync._track import TrackClient

#: Largest request body /v2/batch accepts, in bytes.
MAX_REQUEST_BYTES = 500 * 1024
#: Largest single operation, in bytes.
MAX_OPERATION_BYTES = 32 * 1024
# The body is '{"batch":[' + operations joined by ',' + ']}'.
_ENVELOPE_BYTES = len(b'{"batch":[]}')
_REPLAYABLE_ACTIONS = frozenset({"identify", "delete", "suppress", "unsuppress", "add_device", "delete_device"})


# Exactly httpx's JSON encoding, so sizes measured here are the sizes sent; one encoder for every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _dumps(value: Any) -> bytes:
    return _ENCODER.encode(value).encode()


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
    """Operations packed for one request, with their global indexes."""

    first_index: int
    operations: list[dict[str, Any]] = attrs.field(factory=list)
    encoded: list[bytes] = attrs.field(factory=list)
    size: int = _ENVELOPE_BYTES
    replayable: bool = True


class BulkPacker:
    """Converts calls to v2 operations and packs them into requests; no I/O."""

    def __init__(self) -> None:
        self._chunk = _Chunk(0)
        self._added = 0

    # -- conversion -----------------------------------------------------------------------------

    @staticmethod
    def identifiers(customer: object) -> dict[str, Any]:
        """A person's v2 identifiers from an id (``cio_<id>`` means a cio_id) or an identifiers mapping."""
        if isinstance(customer, Mapping):
            if len(customer) != 1:
                raise ValueError("identifiers must name exactly one of id, email, cio_id")
            ((kind, value),) = customer.items()
            return {identifier_type(kind, "identifiers"): path_id(f"identifiers.{kind}", value)}
        text = path_id("customer_id", customer)
        if text.startswith("cio_") and len(text) > 4:
            return {"cio_id": text[4:]}
        return {"id": text}

    # -- packing --------------------------------------------------------------------------------

    def add(self, operation: dict[str, Any], *, trusted: bool = False) -> _Chunk | None:
        """Validate and add one operation; return a full chunk to send first, if this one did not fit.

        ``trusted`` operations were built by the sender's own methods from converted values, so the
        per-operation model round trip (the main cost of a bulk event) is skipped for them; any other
        operation is converted and validated through the generated ``V2Operation``.
        """
        payload = operation if trusted else json_object("operation", operation)
        unix_seconds(payload, "timestamp")
        if payload.get("action") in ("event", "page", "screen") and payload.get("id") is None:
            # Bulk sends always retry, so every event carries a dedupe id.
            payload["id"] = ulid()
        encoded = _dumps(payload if trusted else build(V2Operation, payload, "operation").to_dict())
        if len(encoded) > MAX_OPERATION_BYTES:
            raise ValueError(
                f"operation is {len(encoded)} bytes; Customer.io accepts at most {MAX_OPERATION_BYTES} per operation"
            )
        full: _Chunk | None = None
        separator = 1 if self._chunk.operations else 0
        if self._chunk.size + separator + len(encoded) > MAX_REQUEST_BYTES:
            full = self._chunk
            self._chunk = _Chunk(self._added)
            separator = 0
        chunk = self._chunk
        chunk.operations.append(payload)
        chunk.encoded.append(encoded)
        chunk.size += separator + len(encoded)
        is_event = payload["action"] in ("event", "page", "screen")
        chunk.replayable = chunk.replayable and (is_event or payload["action"] in _REPLAYABLE_ACTIONS)
        self._added += 1
        return full

    def take(self) -> _Chunk | None:
        """The chunk being filled, if it holds anything (and start a new one)."""
        if not self._chunk.operations:
            return None
        chunk, self._chunk = self._chunk, _Chunk(self._added)
        return chunk

    # -- requests and results -------------------------------------------------------------------

    @staticmethod
    def call(chunk: _Chunk) -> Call[list[Any]]:
        """The batch request of a chunk: the generated endpoint's request, with the body serialised once."""
        kwargs = _batch._get_kwargs(body=BatchRequest(batch=[]))
        # The operations were validated and encoded when added; join them instead of encoding twice.
        del kwargs["json"]
        kwargs["content"] = b'{"batch":[' + b",".join(chunk.encoded) + b"]}"
        safety = Safety.REPLAYABLE if chunk.replayable else Safety.ONCE
        return Call(kwargs, safety, batch_errors)

    @staticmethod
    def record(result: BulkResult, chunk: _Chunk, outcome: list[Any] | Exception) -> None:
        """Account for a chunk's outcome: per-operation errors of a 207, or a failed request."""
        result.sent += len(chunk.operations)
        result.requests += 1
        if isinstance(outcome, Exception):
            status = outcome.status_code if isinstance(outcome, CustomerIORequestError) else None
            reason = f"{type(outcome).__name__}: {outcome}"
            result.failures.extend(
                BulkFailure(chunk.first_index + i, op, reason, status) for i, op in enumerate(chunk.operations)
            )
            return
        for error in outcome:
            position = error.batch_index if isinstance(error.batch_index, int) else -1
            operation = chunk.operations[position] if 0 <= position < len(chunk.operations) else {}
            reason = error.message if isinstance(error.message, str) else (error.reason or "rejected")
            result.failures.append(BulkFailure(chunk.first_index + max(position, 0), operation, str(reason), 207))
        result.failures.sort(key=lambda f: f.index)


class _BulkCalls:
    """The call shapes of the client's methods, turned into v2 operations (shared by both senders)."""

    def _op(self, operation: dict[str, Any], trusted: bool = True) -> Any:
        raise NotImplementedError

    def identify(self, customer_id: object, data: Mapping[str, Any] | None = None, /, **attributes: Any) -> Any:
        """Create or update a person (``customer_id`` may also be ``{"email": ...}``)."""
        attrs_ = json_object("data", merge("data", data, attributes))
        op: dict[str, Any] = {
            "type": "person",
            "action": "identify",
            "identifiers": BulkPacker.identifiers(customer_id),
        }
        if attrs_:
            op["attributes"] = attrs_
        return self._op(op)

    def track(self, customer_id: object, data: Mapping[str, Any] | None = None, /, **event: Any) -> Any:
        """Record an event: ``name`` required; ``data``, ``timestamp``, ``id`` optional."""
        fields = json_object("data", merge("data", data, event))
        name = event_name(fields.pop("name", None))
        op: dict[str, Any] = {
            "type": "person",
            "action": "event",
            "identifiers": BulkPacker.identifiers(customer_id),
            "name": name,
        }
        event_data = fields.pop("data", None)
        if event_data is not None:
            if not isinstance(event_data, dict):
                raise TypeError(f"data must be a mapping (dict), not {type(event_data).__name__}")
            op["attributes"] = event_data
        for key in ("timestamp", "id"):
            value = fields.pop(key, None)
            if value is not None:
                op[key] = value
        if "id" in op and not isinstance(op["id"], str):
            raise TypeError(f"id must be a str, not {type(op['id']).__name__}")
        if fields:
            raise TypeError(f"unexpected event fields for a bulk track: {sorted(fields)}")
        return self._op(op)

    def track_page_view(self, customer_id: object, url: str) -> Any:
        """Record a page view."""
        identifiers = BulkPacker.identifiers(customer_id)
        return self._op({"type": "person", "action": "page", "identifiers": identifiers, "name": page_url(url)})

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
        device = device_fields(device_id, platform, data, attributes, key="token")
        identifiers = BulkPacker.identifiers(customer_id)
        return self._op({"type": "person", "action": "add_device", "identifiers": identifiers, "device": device})

    def delete_device(self, customer_id: object, device_token: str) -> Any:
        """Remove a device."""
        token = path_id("device_token", device_token)
        identifiers = BulkPacker.identifiers(customer_id)
        return self._op(
            {
                "type": "person",
                "action": "delete_device",
                "identifiers": identifiers,
                "device": {"token": token},
            }
        )

    def destroy(self, customer_id: object) -> Any:
        """Delete a person."""
        return self._op({"type": "person", "action": "delete", "identifiers": BulkPacker.identifiers(customer_id)})

    def suppress(self, customer_id: object) -> Any:
        """Suppress a person."""
        return self._op({"type": "person", "action": "suppress", "identifiers": BulkPacker.identifiers(customer_id)})

    def unsuppress(self, customer_id: object) -> Any:
        """Unsuppress a person."""
        return self._op({"type": "person", "action": "unsuppress", "identifiers": BulkPacker.identifiers(customer_id)})

    def merge_customers(self, primary_type: str, primary_id: object, secondary_type: str, secondary_id: object) -> Any:
        """Merge the secondary person into the primary one."""
        return self._op(
            {
                "type": "person",
                "action": "merge",
                "primary": BulkPacker.identifiers({primary_type: primary_id}),
                "secondary": BulkPacker.identifiers({secondary_type: secondary_id}),
            }
        )

    def operation(self, operation: Mapping[str, Any]) -> Any:
        """Add any v2 operation as given (``type``, ``action``, ...)."""
        return self._op(dict(operation), trusted=False)


def _check_in_flight(max_in_flight: object) -> int:
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int) or max_in_flight < 1:
        raise ValueError(f"max_in_flight must be an int >= 1, not {max_in_flight!r}")
    return max_in_flight


class Bulk(_BulkCalls):
    """Bulk sender of :meth:`TrackClient.bulk`: up to ``max_in_flight`` requests at once, on worker threads."""

    def __init__(self, client: TrackClient, *, raise_on_error: bool = False, max_in_flight: int = 4) -> None:
        self._max = _check_in_flight(max_in_flight)
        self._client = client
        self._packer = BulkPacker()
        self._raise = raise_on_error
        self._slots = threading.BoundedSemaphore(self._max)
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._in_flight = 0
        #: Cumulative result of everything sent so far.
        self.result = BulkResult()
        #: Most requests that were in flight at once.
        self.peak_in_flight = 0

    def _op(self, operation: dict[str, Any], trusted: bool = True) -> None:
        full = self._packer.add(operation, trusted=trusted)
        if full is not None:
            self._dispatch(full)

    def _dispatch(self, chunk: _Chunk) -> None:
        self._slots.acquire()  # backpressure: wait for a free slot before packing more
        with self._lock:
            self._in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        if self._max == 1:
            self._send(chunk)
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._max, thread_name_prefix="customerio-bulk")
        self._pool.submit(self._send, chunk)

    def _send(self, chunk: _Chunk) -> None:
        try:
            outcome: list[Any] | Exception = self._client._send(self._packer.call(chunk))
        except Exception as exc:  # recorded per operation: a worker must never lose a failure
            outcome = exc
        with self._lock:
            self._packer.record(self.result, chunk, outcome)
            self._in_flight -= 1
        self._slots.release()

    def _drain(self) -> None:
        chunk = self._packer.take()
        if chunk is not None:
            self._dispatch(chunk)
        for _ in range(self._max):  # holding every slot means nothing is in flight
            self._slots.acquire()
        for _ in range(self._max):
            self._slots.release()

    def flush(self) -> BulkResult:
        """Send what is pending and wait for every request; return the cumulative result.

        With ``raise_on_error=True`` raises :class:`BulkError` (carrying the result) if any operation failed.
        """
        self._drain()
        if self._raise and self.result.failures:
            raise BulkError(self.result)
        return self.result

    def __enter__(self) -> Bulk:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # Flush even when the block raised, so nothing added is dropped; never mask the block's error.
        try:
            self._drain()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None
        if exc is None and self._raise and self.result.failures:
            raise BulkError(self.result)


class AsyncBulk(_BulkCalls):
    """Bulk sender of :meth:`AsyncTrackClient.bulk`: up to ``max_in_flight`` requests at once, as tasks."""

    def __init__(self, client: AsyncTrackClient, *, raise_on_error: bool = False, max_in_flight: int = 4) -> None:
        self._max = _check_in_flight(max_in_flight)
        self._client = client
        self._packer = BulkPacker()
        self._raise = raise_on_error
        self._slots = anyio.Semaphore(self._max)
        self._group: anyio.abc.TaskGroup | None = None
        self._in_flight = 0
        #: Cumulative result of everything sent so far.
        self.result = BulkResult()
        #: Most requests that were in flight at once.
        self.peak_in_flight = 0

    async def _op(self, operation: dict[str, Any], trusted: bool = True) -> None:
        full = self._packer.add(operation, trusted=trusted)
        if full is not None:
            await self._dispatch(full)

    async def _dispatch(self, chunk: _Chunk) -> None:
        if self._group is None:
            raise RuntimeError("use the bulk sender as `async with client.bulk() as bulk:`")
        await self._slots.acquire()  # backpressure: wait for a free slot before packing more
        self._in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        self._group.start_soon(self._send, chunk)

    async def _send(self, chunk: _Chunk) -> None:
        try:
            outcome: list[Any] | Exception = await self._client._send(self._packer.call(chunk))
        except Exception as exc:  # recorded per operation: a task must never lose a failure
            outcome = exc
        self._packer.record(self.result, chunk, outcome)
        self._in_flight -= 1
        self._slots.release()

    async def _drain(self) -> None:
        chunk = self._packer.take()
        if chunk is not None:
            await self._dispatch(chunk)
        for _ in range(self._max):  # holding every slot means nothing is in flight
            await self._slots.acquire()
        for _ in range(self._max):
            self._slots.release()

    async def flush(self) -> BulkResult:
        """Send what is pending and wait for every request; return the cumulative result.

        With ``raise_on_error=True`` raises :class:`BulkError` (carrying the result) if any operation failed.
        """
        await self._drain()
        if self._raise and self.result.failures:
            raise BulkError(self.result)
        return self.result

    async def __aenter__(self) -> AsyncBulk:
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
