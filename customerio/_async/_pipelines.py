"""``AsyncPipelinesClient``: identify, track, page, screen, group, alias and batch through the Data Pipelines API."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .. import _constants as C, _pipelines_calls as calls
from .._core import UNSET_TIMEOUT, base_url, write_key_auth
from .._regions import Region, resolve_region
from ._base import AsyncBaseClient

if TYPE_CHECKING:
    from .._bulk import BulkFailure
    from .._pipelines_bulk import AsyncPipelinesBackground, AsyncPipelinesBulk, Overflow

Id = str | int
Timestamp = dt.datetime | dt.date | str


class AsyncPipelinesClient(AsyncBaseClient):
    """Client of the Data Pipelines API (a source's write key, sent as the HTTP Basic user name).

    Every message carries what customerio-node 5.x's ``PipelinesClient`` puts in it: a ``messageId`` (a
    random UUID) and a ``timestamp`` (now, as ISO 8601 text) unless given, and ``context.library`` naming this
    SDK, with ``default_context`` merged under each call's ``context``. ``strict_mode=True`` sends
    ``X-Strict-Mode: 1``, asking Customer.io to answer 400 to an invalid message instead of 200 and dropping
    it. ``url`` overrides the region with another Data Pipelines root ending in ``/v1`` (a mock, a proxy).
    ``timeout``, ``max_retries``, ``http_client`` and ``transport`` are as for the other clients; every
    message may be replayed, since Customer.io tells a replay by its ``messageId``.
    """

    def __init__(
        self,
        write_key: str,
        *,
        region: Region | str | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = UNSET_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_context: Mapping[str, Any] | None = None,
        strict_mode: bool = False,
    ) -> None:
        authorization = write_key_auth(write_key)
        resolved = resolve_region(region)
        self.region = resolved
        self._envelope = calls.Envelope(default_context, strict_mode)
        self._backgrounds: weakref.WeakSet[AsyncPipelinesBackground] = weakref.WeakSet()
        self._setup(
            base=base_url(resolved.pipelines_url if url is None else url, "/v1"),
            authorization=authorization,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._core.base!r}, strict_mode={self._envelope.strict})"

    async def identify(
        self,
        user_id: Id | None = None,
        *,
        anonymous_id: Id | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | None = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Identify a person (``user_id``, ``anonymous_id`` or both) and set their ``traits``."""
        message = self._envelope.message(
            "identify",
            user_id=user_id,
            anonymous_id=anonymous_id,
            fields={"traits": traits},
            context=context,
            timestamp=timestamp,
            message_id=message_id,
            integrations=integrations,
        )
        await self._send(calls.single(self._envelope, message))

    async def track(
        self,
        user_id: Id | None = None,
        *,
        event: str | None = None,
        anonymous_id: Id | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | None = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Record the event ``event`` (required) of a person (``user_id``, ``anonymous_id`` or both)."""
        message = self._envelope.message(
            "track",
            user_id=user_id,
            anonymous_id=anonymous_id,
            fields={"event": event, "properties": properties},
            context=context,
            timestamp=timestamp,
            message_id=message_id,
            integrations=integrations,
        )
        await self._send(calls.single(self._envelope, message))

    async def page(
        self,
        user_id: Id | None = None,
        *,
        name: str | None = None,
        category: str | None = None,
        anonymous_id: Id | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | None = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Record a web page view of a person (``user_id``, ``anonymous_id`` or both)."""
        message = self._envelope.message(
            "page",
            user_id=user_id,
            anonymous_id=anonymous_id,
            fields={"name": name, "category": category, "properties": properties},
            context=context,
            timestamp=timestamp,
            message_id=message_id,
            integrations=integrations,
        )
        await self._send(calls.single(self._envelope, message))

    async def screen(
        self,
        user_id: Id | None = None,
        *,
        name: str | None = None,
        category: str | None = None,
        anonymous_id: Id | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | None = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Record a mobile screen view of a person (``user_id``, ``anonymous_id`` or both)."""
        message = self._envelope.message(
            "screen",
            user_id=user_id,
            anonymous_id=anonymous_id,
            fields={"name": name, "category": category, "properties": properties},
            context=context,
            timestamp=timestamp,
            message_id=message_id,
            integrations=integrations,
        )
        await self._send(calls.single(self._envelope, message))

    async def group(
        self,
        user_id: Id | None = None,
        *,
        group_id: Id | None = None,
        anonymous_id: Id | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | None = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Associate a person (``user_id``, ``anonymous_id`` or both) with the group ``group_id`` (required)."""
        message = self._envelope.message(
            "group",
            user_id=user_id,
            anonymous_id=anonymous_id,
            fields={"groupId": group_id, "traits": traits},
            context=context,
            timestamp=timestamp,
            message_id=message_id,
            integrations=integrations,
        )
        await self._send(calls.single(self._envelope, message))

    async def alias(
        self,
        user_id: Id | None = None,
        *,
        previous_id: Id | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | None = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Merge the identity ``previous_id`` (an anonymous or user id) into ``user_id``; both required."""
        message = self._envelope.message(
            "alias",
            user_id=user_id,
            fields={"previousId": previous_id},
            context=context,
            timestamp=timestamp,
            message_id=message_id,
            integrations=integrations,
        )
        await self._send(calls.single(self._envelope, message))

    async def batch(self, items: Sequence[Mapping[str, Any]]) -> None:
        """Send messages in the API's own form (``{"type": "track", "userId": ..., "event": ...}``) in one request.

        Each item is checked and completed like a single call's message; the request must stay within
        Customer.io's limits (500 KB in all, 32 KB per message), else ``ValueError`` before sending: for
        more, use :meth:`bulk`.
        """
        await self._send(calls.batch(self._envelope, items))

    def bulk(self, *, raise_on_error: bool = False, max_in_flight: int = 4) -> AsyncPipelinesBulk:
        """A bulk sender packing messages into ``/batch`` requests (≤ 500 KB, each message ≤ 32 KB).

        It takes this client's call shapes (and ``message(item)`` for a message in wire form) and is used
        as a context manager: it sends each request as soon as it is full (up to ``max_in_flight`` at once)
        and the rest on ``flush()`` or exit. Failures are reported per message in its ``result`` (and raised
        as :class:`~customerio.BulkError` with ``raise_on_error=True``).
        """
        from .._pipelines_bulk import AsyncPipelinesBulk  # imported on first use

        return AsyncPipelinesBulk(self, raise_on_error=raise_on_error, max_in_flight=max_in_flight)

    def background(
        self,
        *,
        flush_at: int = 100,
        flush_interval: float = 0.5,
        max_queue: int = 10_000,
        overflow: Overflow = "drop_new",
        on_failure: Callable[[BulkFailure], object] | None = None,
        max_in_flight: int = 1,
        exit_timeout: float | None = 10.0,
    ) -> AsyncPipelinesBackground:
        """A fire-and-forget sender: calls queue their message and return; a worker sends them in batches.

        The worker sends when ``flush_at`` messages wait or ``flush_interval`` seconds after the first of
        them, on ``flush()``, and on close (leaving its block, ``close()``, this client's close, or, for the
        sync sender, interpreter exit, for at most ``exit_timeout`` seconds). The queue holds ``max_queue``
        messages; when it is full, ``overflow`` says what happens: ``"drop_new"`` refuses the new message,
        ``"drop_old"`` evicts the oldest queued one, ``"block"`` waits for room. Every message that is dropped
        or fails is counted in ``stats``, kept among ``failures`` (the most recent), logged, and passed to
        ``on_failure``.
        """
        from .._pipelines_bulk import AsyncPipelinesBackground  # imported on first use

        sender = AsyncPipelinesBackground(
            self,
            flush_at=flush_at,
            flush_interval=flush_interval,
            max_queue=max_queue,
            overflow=overflow,
            on_failure=on_failure,
            max_in_flight=max_in_flight,
            exit_timeout=exit_timeout,
        )
        self._backgrounds.add(sender)
        return sender

    async def aclose(self) -> None:
        """Close this client's background senders (sending what they hold), then the connection pool."""
        for sender in list(self._backgrounds):
            await sender.aclose()
        await super().aclose()
