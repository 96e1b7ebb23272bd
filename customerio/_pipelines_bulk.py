"""Data Pipelines bulk and background senders: the shared bulk machinery with the Pipelines ``/batch``.

:class:`PipelinesBulk` and :class:`AsyncPipelinesBulk` are ``_bulk``'s senders (packing, bounded concurrency,
per-message accounting) with a packer of Data Pipelines messages: ``/v1/batch`` requests of at most 500 KB,
each message at most 32 KB. :class:`PipelinesBackground` and :class:`AsyncPipelinesBackground` put a bounded
queue in front of one: calls return at once, and a worker thread (or task) feeds the bulk sender and flushes
it on size, on interval, on request and on close.
"""

from __future__ import annotations

import atexit
import collections
import json
import logging
import os
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import anyio
import anyio.abc
import attrs

from ._bulk import AsyncSender, BulkFailure, BulkResult, Packer, SyncSender, _Chunk
from ._core import Call
from ._payload import UuidSequence
from ._pipelines_calls import MAX_BATCH_BYTES, MAX_MESSAGE_BYTES, Envelope, batch_call, measured

if TYPE_CHECKING:
    from ._async._pipelines import AsyncPipelinesClient
    from ._sync._pipelines import PipelinesClient

logger = logging.getLogger("customerio")
R = TypeVar("R")

#: What a background sender does with a message when its queue is full.
Overflow = Literal["block", "drop_new", "drop_old"]
_OVERFLOWS = ("block", "drop_new", "drop_old")
#: How many of the most recent failures a background sender keeps (all are counted and reported).
RECENT_FAILURES = 1000


class PipelinesPacker(Packer):
    """Packs Data Pipelines messages into ``/v1/batch`` requests within Customer.io's limits; no I/O."""

    max_request = MAX_BATCH_BYTES
    max_item = MAX_MESSAGE_BYTES
    noun = "message"

    def __init__(self, envelope: Envelope) -> None:
        super().__init__()
        self._envelope = envelope

    def call(self, chunk: _Chunk) -> Call[None]:
        """The ``/v1/batch`` request of a chunk (every message carries a messageId: it may be replayed)."""
        return batch_call(self._envelope, chunk.encoded)


class _PipelinesCalls(Generic[R]):
    """The client's call shapes, each adding one message to a sender (shared by bulk and background senders).

    A call checks and completes its message at once (a bad call raises there, before anything is queued),
    then hands the message's JSON text to ``_op``. ``R`` is what a call returns: ``None`` (bulk), whether the
    message was queued (background), or an awaitable of either (the async senders).
    """

    _envelope: Envelope
    #: messageIds of the messages this sender completes (a sequence: a bulk sender makes many).
    _new_id: UuidSequence

    def _op(self, text: str, replayable: bool) -> R:
        raise NotImplementedError

    def _add(
        self,
        kind: str,
        fields: Mapping[str, object],
        user_id: object,
        anonymous_id: object,
        context: object,
        timestamp: object,
        message_id: object,
        integrations: object,
    ) -> R:
        message = self._envelope.message(
            kind,
            user_id=user_id,
            anonymous_id=anonymous_id,
            fields=fields,
            context=context,
            timestamp=timestamp,
            message_id=message_id,
            integrations=integrations,
            new_id=self._new_id,
        )
        text = self._envelope.text(message)
        measured(text, MAX_MESSAGE_BYTES, f"the {kind} message")
        return self._op(text, True)

    def identify(
        self,
        user_id: str | int | None = None,
        *,
        anonymous_id: str | int | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Any = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> R:
        """Identify a person (``user_id``, ``anonymous_id`` or both) and set their ``traits``."""
        fields = {"traits": traits}
        return self._add("identify", fields, user_id, anonymous_id, context, timestamp, message_id, integrations)

    def track(
        self,
        user_id: str | int | None = None,
        *,
        event: str | None = None,
        anonymous_id: str | int | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Any = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> R:
        """Record the event ``event`` (required) of a person (``user_id``, ``anonymous_id`` or both)."""
        fields = {"event": event, "properties": properties}
        return self._add("track", fields, user_id, anonymous_id, context, timestamp, message_id, integrations)

    def page(
        self,
        user_id: str | int | None = None,
        *,
        name: str | None = None,
        category: str | None = None,
        anonymous_id: str | int | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Any = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> R:
        """Record a web page view of a person (``user_id``, ``anonymous_id`` or both)."""
        fields = {"name": name, "category": category, "properties": properties}
        return self._add("page", fields, user_id, anonymous_id, context, timestamp, message_id, integrations)

    def screen(
        self,
        user_id: str | int | None = None,
        *,
        name: str | None = None,
        category: str | None = None,
        anonymous_id: str | int | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Any = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> R:
        """Record a mobile screen view of a person (``user_id``, ``anonymous_id`` or both)."""
        fields = {"name": name, "category": category, "properties": properties}
        return self._add("screen", fields, user_id, anonymous_id, context, timestamp, message_id, integrations)

    def group(
        self,
        user_id: str | int | None = None,
        *,
        group_id: str | int | None = None,
        anonymous_id: str | int | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Any = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> R:
        """Associate a person (``user_id``, ``anonymous_id`` or both) with the group ``group_id`` (required)."""
        fields = {"groupId": group_id, "traits": traits}
        return self._add("group", fields, user_id, anonymous_id, context, timestamp, message_id, integrations)

    def alias(
        self,
        user_id: str | int | None = None,
        *,
        previous_id: str | int | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Any = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> R:
        """Merge the identity ``previous_id`` into ``user_id``; both required."""
        fields = {"previousId": previous_id}
        return self._add("alias", fields, user_id, None, context, timestamp, message_id, integrations)

    def message(self, item: Mapping[str, Any]) -> R:
        """Add a message given in the API's own form (``{"type": "track", "userId": ..., ...}``)."""
        text = self._envelope.text(self._envelope.wire_message(item, "message", self._new_id))
        measured(text, MAX_MESSAGE_BYTES, "the message")
        return self._op(text, True)


class PipelinesBulk(SyncSender, _PipelinesCalls[None]):
    """Bulk sender of :meth:`PipelinesClient.bulk`: up to ``max_in_flight`` requests at once, on worker threads.

    Feed one sender from one thread (packing is not locked); the client itself may be shared.
    """

    def __init__(self, client: PipelinesClient, *, raise_on_error: bool = False, max_in_flight: int = 4) -> None:
        self._envelope = client._envelope
        self._new_id = UuidSequence()
        packer = PipelinesPacker(client._envelope)
        super().__init__(client, packer, raise_on_error=raise_on_error, max_in_flight=max_in_flight)


class AsyncPipelinesBulk(AsyncSender, _PipelinesCalls[Awaitable[None]]):
    """Bulk sender of :meth:`AsyncPipelinesClient.bulk`: up to ``max_in_flight`` requests at once, as tasks.

    Several tasks may feed one sender: adding a message never awaits unless a request must wait for a slot.
    """

    def __init__(self, client: AsyncPipelinesClient, *, raise_on_error: bool = False, max_in_flight: int = 4) -> None:
        self._envelope = client._envelope
        self._new_id = UuidSequence()
        packer = PipelinesPacker(client._envelope)
        super().__init__(client, packer, raise_on_error=raise_on_error, max_in_flight=max_in_flight)


# --------------------------------------------------------------------------------------------------
# Background senders


@attrs.frozen
class BackgroundStats:
    """What a background sender has done so far (a snapshot)."""

    #: Messages accepted into the queue.
    queued: int
    #: Messages handed to Customer.io in a request (accepted or not).
    sent: int
    #: Messages Customer.io accepted.
    accepted: int
    #: Messages that failed: their request failed after retries, or they were dropped from a full queue.
    failed: int
    #: Of ``failed``, those dropped because the queue was full (refused or evicted, per ``overflow``).
    dropped: int
    #: ``/batch`` requests made (retries not counted).
    requests: int
    #: Messages queued or packed, not yet sent or dropped.
    pending: int


def _check_settings(flush_at: object, flush_interval: object, max_queue: object, overflow: object) -> None:
    if isinstance(flush_at, bool) or not isinstance(flush_at, int) or flush_at < 1:
        raise ValueError(f"flush_at must be an int >= 1, not {flush_at!r}")
    if isinstance(flush_interval, bool) or not isinstance(flush_interval, (int, float)) or not flush_interval > 0:
        raise ValueError(f"flush_interval must be a positive number of seconds, not {flush_interval!r}")
    if isinstance(max_queue, bool) or not isinstance(max_queue, int) or max_queue < 1:
        raise ValueError(f"max_queue must be an int >= 1, not {max_queue!r}")
    if overflow not in _OVERFLOWS:
        raise ValueError(f"overflow must be one of {', '.join(map(repr, _OVERFLOWS))}, not {overflow!r}")


_FULL = "dropped: the background queue was full (overflow={!r})"
_UNSENT = "not sent: the background sender was closed (or its exit timeout passed) before it sent this message"


def _failure(sequence: int, text: str, reason: str) -> BulkFailure:
    return BulkFailure(sequence, json.loads(text), reason)


class _BackgroundState:
    """The queue and counters of a background sender.

    Its owner locks; failures are returned, to be reported (:meth:`report`) outside the lock, so an
    ``on_failure`` hook may use the sender freely.
    """

    def __init__(self, max_queue: int, overflow: str, on_failure: Callable[[BulkFailure], object] | None) -> None:
        self.items: collections.deque[tuple[int, str]] = collections.deque()
        self.max_queue = max_queue
        self.overflow = overflow
        self.on_failure = on_failure
        self.queued = 0  # messages accepted into the queue (their sequence numbers are 0..queued-1)
        self.settled = 0  # queued messages sent (accepted or failed), evicted, or given up at close
        self.flush_to = 0  # flush() wants the messages numbered below this settled
        self.stopping = False
        self.closed = False
        self.sent = 0
        self.requests = 0
        self.rejected = 0  # sent, but their request failed after retries
        self.dropped = 0
        self.unsent = 0
        self.failures: collections.deque[BulkFailure] = collections.deque(maxlen=RECENT_FAILURES)
        self._full_warned = False

    def stats(self) -> BackgroundStats:
        return BackgroundStats(
            queued=self.queued,
            sent=self.sent,
            accepted=self.sent - self.rejected,
            failed=self.rejected + self.dropped + self.unsent,
            dropped=self.dropped,
            requests=self.requests,
            pending=self.queued - self.settled,
        )

    def offer(self, text: str) -> tuple[bool | None, list[BulkFailure]]:
        """Queue a message: (True, ...) queued, (False, ...) refused (``drop_new``), (None, ...) wait for room."""
        if self.closed:
            raise RuntimeError("this background sender is closed; start another with client.background()")
        if len(self.items) < self.max_queue:
            self._full_warned = False
        elif self.overflow == "block":
            return None, []
        elif self.overflow == "drop_new":
            return False, [self._dropped(_failure(-1, text, _FULL.format(self.overflow)))]
        else:
            sequence, evicted = self.items.popleft()
            self.settled += 1
            dropped = [self._dropped(_failure(sequence, evicted, _FULL.format(self.overflow)))]
            self.items.append((self.queued, text))
            self.queued += 1
            return True, dropped
        self.items.append((self.queued, text))
        self.queued += 1
        return True, []

    def _dropped(self, failure: BulkFailure) -> BulkFailure:
        self.dropped += 1
        if not self._full_warned:  # once per burst of drops, not once per message
            self._full_warned = True
            logger.warning(
                "Data Pipelines background queue is full (%d messages): dropping messages (overflow=%r)",
                self.max_queue,
                self.overflow,
            )
        self.failures.append(failure)
        return failure

    def take(self) -> list[tuple[int, str]]:
        taken = list(self.items)
        self.items.clear()
        return taken

    def give_up(self) -> list[BulkFailure]:
        """Report every queued message as never sent (closed before the worker could send them)."""
        failures = [_failure(sequence, text, _UNSENT) for sequence, text in self.take()]
        self.settled += len(failures)
        self.unsent += len(failures)
        self.failures.extend(failures)
        return failures

    def absorb(self, result: BulkResult, sequences: list[int], first_index: int) -> list[BulkFailure]:
        """Settle the messages a flush sent; move the bulk sender's failures here, numbered as queued."""
        failures = [attrs.evolve(f, index=sequences[f.index - first_index]) for f in result.failures]
        result.failures.clear()  # a long-running sender keeps counts and recent failures, not every failure
        if failures:
            logger.warning(
                "Data Pipelines background sender: %d of %d messages failed; first: %s",
                len(failures),
                len(sequences),
                failures[0].reason,
            )
        self.sent, self.requests = result.sent, result.requests
        self.rejected += len(failures)
        self.settled += len(sequences)
        self.failures.extend(failures)
        return failures

    def report(self, failures: list[BulkFailure]) -> None:
        """Pass failures to ``on_failure`` (called without the owner's lock held)."""
        if self.on_failure is None:
            return
        for failure in failures:
            try:
                self.on_failure(failure)
            except Exception:  # a reporting hook must not stop the sender
                logger.exception("on_failure raised for a failed Data Pipelines message")


class PipelinesBackground(_PipelinesCalls[bool]):
    """Fire-and-forget sender of :meth:`PipelinesClient.background`: a queue drained by a worker thread.

    Calls check their message, queue it and return ``True`` (``False`` when ``overflow="drop_new"`` refused
    it). The worker packs queued messages into ``/batch`` requests and sends them when ``flush_at`` are
    waiting, ``flush_interval`` seconds after the first of them, on :meth:`flush` and on :meth:`close` (also
    at interpreter exit, for at most ``exit_timeout`` seconds). Safe to call from any thread.
    """

    def __init__(
        self,
        client: PipelinesClient,
        *,
        flush_at: int = 100,
        flush_interval: float = 0.5,
        max_queue: int = 10_000,
        overflow: Overflow = "drop_new",
        on_failure: Callable[[BulkFailure], object] | None = None,
        max_in_flight: int = 1,
        exit_timeout: float | None = 10.0,
    ) -> None:
        _check_settings(flush_at, flush_interval, max_queue, overflow)
        self._envelope = client._envelope
        self._new_id = UuidSequence()
        self._client = client
        self._flush_at = flush_at
        self._interval = float(flush_interval)
        self._max_in_flight = max_in_flight
        self._exit_timeout = exit_timeout
        self._state = _BackgroundState(max_queue, overflow, on_failure)
        self._bulk = PipelinesBulk(client, max_in_flight=max_in_flight)  # checks max_in_flight
        self._cond = threading.Condition()
        self._worker: threading.Thread | None = None
        atexit.register(self._at_exit)
        _LIVE.add(self)

    # -- the caller's side --------------------------------------------------------------------------

    def _op(self, text: str, replayable: bool) -> bool:
        with self._cond:
            while True:
                queued, dropped = self._state.offer(text)
                if queued is not None:
                    break
                self._cond.wait()  # overflow="block": the worker notifies when it takes messages
            if self._worker is None and queued:
                self._worker = threading.Thread(target=self._run, name="customerio-pipelines-background", daemon=True)
                self._worker.start()
            waiting = len(self._state.items)
            if queued and (waiting == 1 or waiting >= self._flush_at):
                # The first message starts the worker's flush_interval clock; flush_at of them send at once.
                self._cond.notify_all()
        self._state.report(dropped)
        return queued

    @property
    def stats(self) -> BackgroundStats:
        """Counts so far: queued, sent, accepted, failed (and dropped), requests, pending."""
        with self._cond:
            return self._state.stats()

    @property
    def failures(self) -> list[BulkFailure]:
        """The most recent failed messages (at most 1,000; ``stats.failed`` counts them all), oldest first.

        A failure's ``index`` is the message's number in the order it was queued (-1: refused when the
        queue was full), its ``operation`` the message as sent, its ``reason`` why it failed.
        """
        with self._cond:
            return list(self._state.failures)

    def flush(self, timeout: float | None = None) -> BackgroundStats:
        """Send everything queued so far and wait for it (at most ``timeout`` seconds); return the stats.

        ``stats.pending`` is not 0 when the timeout passed first.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            target = self._state.queued
            self._state.flush_to = max(self._state.flush_to, target)
            self._cond.notify_all()
            while self._state.settled < target and self._worker is not None and self._worker.is_alive():
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                self._cond.wait(remaining)
            return self._state.stats()

    def close(self, timeout: float | None = None) -> BackgroundStats:
        """Send everything queued, stop the worker and refuse further messages; return the final stats.

        Waits at most ``timeout`` seconds (None: until done); messages still unsent then are reported as
        failures. Closing twice is harmless.
        """
        with self._cond:
            self._state.closed = self._state.stopping = True
            self._cond.notify_all()
            worker = self._worker
        atexit.unregister(self._at_exit)
        _LIVE.discard(self)
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout)
        with self._cond:
            given_up = self._state.give_up() if worker is None or worker.is_alive() else []
            stats = self._state.stats()
        self._state.report(given_up)
        _warn_in_flight(stats)
        return stats

    def _at_exit(self) -> None:
        self.close(self._exit_timeout)

    def __enter__(self) -> PipelinesBackground:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- the worker -------------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._work()
        except Exception:  # never expected: say so, close, and report what can no longer be sent
            logger.exception("Data Pipelines background sender: its worker failed; the sender is closed")
            with self._cond:
                self._state.closed = self._state.stopping = True
                failed = self._state.give_up()
            self._state.report(failed)
        finally:
            with self._cond:
                self._cond.notify_all()  # no flush() or close() may wait for a worker that is gone

    def _work(self) -> None:
        bulk = self._bulk
        packed: list[int] = []  # queue numbers of the messages packed since the last flush
        first_index = 0  # the bulk sender's index of packed[0]
        deadline: float | None = None  # when the oldest packed message must go out
        while True:
            with self._cond:
                state = self._state
                while not (state.items or state.stopping or (packed and state.flush_to > state.settled)):
                    timeout = None if deadline is None else deadline - time.monotonic()
                    if timeout is not None and timeout <= 0:
                        break
                    self._cond.wait(timeout)
                taken = state.take()
                stopping = state.stopping
                wanted = state.flush_to > state.settled
                self._cond.notify_all()  # room in the queue for blocked callers
            for sequence, text in taken:
                bulk._op(text, True)  # sends each request as soon as it is full
                packed.append(sequence)
            if packed and deadline is None:
                deadline = time.monotonic() + self._interval
            due = deadline is not None and time.monotonic() >= deadline
            if packed and (stopping or wanted or due or len(packed) >= self._flush_at):
                bulk.flush()
                with self._cond:
                    failed = self._state.absorb(bulk.result, packed, first_index)
                    self._cond.notify_all()  # flush() and close() wait for this
                self._state.report(failed)
                first_index += len(packed)
                packed = []
                deadline = None
            if stopping:
                with self._cond:
                    if not self._state.items:
                        return

    def _reset_after_fork(self) -> None:
        # In a forked child the worker thread does not exist and the lock may be held: start afresh. What
        # the parent had queued is the parent's to send.
        self._cond = threading.Condition()
        self._worker = None
        self._state.items.clear()
        self._state.settled = self._state.queued
        self._bulk._packer.take()
        self._bulk = PipelinesBulk(self._client, max_in_flight=self._max_in_flight)


def _warn_in_flight(stats: BackgroundStats) -> None:
    """Say how many messages a close left with the worker when its timeout passed.

    They are sent (and reported) only if the worker finishes before the process ends.
    """
    if stats.pending:
        logger.warning(
            "Data Pipelines background sender closed with %d messages still being sent (exit_timeout passed)",
            stats.pending,
        )


# Every live sync background sender, to restart cleanly in a forked child.
_LIVE: weakref.WeakSet[PipelinesBackground] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for sender in list(_LIVE):
        sender._reset_after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)


class AsyncPipelinesBackground(_PipelinesCalls[Awaitable[bool]]):
    """Fire-and-forget sender of :meth:`AsyncPipelinesClient.background`: a queue drained by a task.

    Use it as ``async with client.background() as events:`` around your application's lifetime (for
    example in a lifespan handler): the worker task lives in that block, and leaving it sends everything
    queued. ``await events.track(...)`` returns at once with ``True`` (``False`` when
    ``overflow="drop_new"`` refused the message); it waits only with ``overflow="block"`` and a full queue.
    Interpreter exit cannot run a coroutine: leave the block (or ``await events.aclose()``) to send the rest.
    """

    def __init__(
        self,
        client: AsyncPipelinesClient,
        *,
        flush_at: int = 100,
        flush_interval: float = 0.5,
        max_queue: int = 10_000,
        overflow: Overflow = "drop_new",
        on_failure: Callable[[BulkFailure], object] | None = None,
        max_in_flight: int = 1,
        exit_timeout: float | None = 10.0,
    ) -> None:
        _check_settings(flush_at, flush_interval, max_queue, overflow)
        self._envelope = client._envelope
        self._new_id = UuidSequence()
        self._flush_at = flush_at
        self._interval = float(flush_interval)
        self._exit_timeout = exit_timeout
        self._state = _BackgroundState(max_queue, overflow, on_failure)
        self._bulk = AsyncPipelinesBulk(client, max_in_flight=max_in_flight)
        self._wake = anyio.Event()  # set when the worker has something to do
        self._changed = anyio.Event()  # set (and replaced) when messages were taken or settled
        self._group: anyio.abc.TaskGroup | None = None
        self._done = anyio.Event()

    def _changed_now(self) -> None:
        self._changed.set()
        self._changed = anyio.Event()

    # -- the caller's side --------------------------------------------------------------------------

    async def _op(self, text: str, replayable: bool) -> bool:
        if self._group is None and not self._state.closed:
            raise RuntimeError("use the background sender inside `async with client.background() as events:`")
        while True:
            queued, dropped = self._state.offer(text)
            if queued is not None:
                break
            await self._changed.wait()  # overflow="block": wait for the worker to take messages
        waiting = len(self._state.items)
        if queued and (waiting == 1 or waiting >= self._flush_at):
            # The first message starts the worker's flush_interval clock; flush_at of them send at once.
            self._wake.set()
        self._state.report(dropped)
        return queued

    @property
    def stats(self) -> BackgroundStats:
        """Counts so far: queued, sent, accepted, failed (and dropped), requests, pending."""
        return self._state.stats()

    @property
    def failures(self) -> list[BulkFailure]:
        """The most recent failed messages (at most 1,000; ``stats.failed`` counts them all), oldest first.

        A failure's ``index`` is the message's number in the order it was queued (-1: refused when the
        queue was full), its ``operation`` the message as sent, its ``reason`` why it failed.
        """
        return list(self._state.failures)

    async def flush(self, timeout: float | None = None) -> BackgroundStats:
        """Send everything queued so far and wait for it (at most ``timeout`` seconds); return the stats."""
        target = self._state.queued
        self._state.flush_to = max(self._state.flush_to, target)
        self._wake.set()
        with anyio.move_on_after(timeout):
            while self._state.settled < target and self._group is not None and not self._done.is_set():
                await self._changed.wait()
        return self._state.stats()

    async def aclose(self) -> BackgroundStats:
        """Send everything queued, stop the worker and refuse further messages; return the final stats.

        Waits at most ``exit_timeout`` seconds; messages still unsent then are reported as failures.
        """
        self._state.closed = self._state.stopping = True
        self._wake.set()
        if self._group is not None:
            with anyio.move_on_after(self._exit_timeout):
                await self._done.wait()
        self._state.report(self._state.give_up())  # never started, or past the timeout
        stats = self._state.stats()
        _warn_in_flight(stats)
        return stats

    async def __aenter__(self) -> AsyncPipelinesBackground:
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        self._group.start_soon(self._run)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        group = self._group
        cancelled = isinstance(exc, anyio.get_cancelled_exc_class())
        try:
            if not cancelled:
                await self.aclose()
            self._state.closed = self._state.stopping = True
        finally:
            self._group = None
            if group is not None:
                if not cancelled:
                    group.cancel_scope.cancel()  # the worker is done, or past exit_timeout
                # The block's own exception is not the task group's (see AsyncSender.__aexit__).
                await group.__aexit__(exc_type, exc, tb) if cancelled else await group.__aexit__(None, None, None)
            self._state.report(self._state.give_up())  # cancelled before the worker took them

    # -- the worker -------------------------------------------------------------------------------

    async def _run(self) -> None:
        state = self._state
        packed: list[int] = []
        first_index = 0
        deadline: float | None = None
        try:
            async with self._bulk as bulk:
                while True:
                    if not (state.items or state.stopping or (packed and state.flush_to > state.settled)):
                        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
                        with anyio.move_on_after(timeout):
                            await self._wake.wait()
                    self._wake = anyio.Event()
                    taken = state.take()
                    stopping = state.stopping
                    wanted = state.flush_to > state.settled
                    self._changed_now()  # room in the queue for blocked callers
                    for sequence, text in taken:
                        await bulk._op(text, True)
                        packed.append(sequence)
                    if packed and deadline is None:
                        deadline = time.monotonic() + self._interval
                    due = deadline is not None and time.monotonic() >= deadline
                    if packed and (stopping or wanted or due or len(packed) >= self._flush_at):
                        await bulk.flush()
                        failed = state.absorb(bulk.result, packed, first_index)
                        first_index += len(packed)
                        packed = []
                        deadline = None
                        self._changed_now()  # flush() and aclose() wait for this
                        state.report(failed)
                    if stopping and not state.items:
                        break
        finally:
            if packed:  # cancelled: the bulk sender reported what it held as interrupted or not sent
                state.report(state.absorb(self._bulk.result, packed, first_index))
            self._done.set()
            self._changed_now()
