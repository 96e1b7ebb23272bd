# Generated from customerio/_async by scripts/unasync.py: edit the async source, run `make unasync`.
"""``TrackClient``: people, events, devices and segments through the Track API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .. import _constants as C, _track_calls as calls
from .._core import UNSET_TIMEOUT, base_url, basic_auth
from .._regions import Region, resolve_region
from .._types import IdentifierType
from ._base import BaseClient

if TYPE_CHECKING:
    from customerio_openapi.models import AccountRegionResponse, V2Error

    from .._bulk import Bulk

Id = str | int


class TrackClient(BaseClient):
    """Client of the Track API (site id + API key): people, events, devices, segments.

    ``url`` overrides the region with another Track v1 root (a mock server, a proxy); it must end in
    ``/api/v1``, and the v2 root is derived from it. ``timeout`` is per attempt, in seconds or an
    ``httpx.Timeout``. ``max_retries`` replays transient failures (0 turns retries and automatic
    event dedupe ids off). ``http_client`` uses your own ``httpx.Client`` (proxies, TLS); you
    then close it yourself. ``transport`` keeps the SDK's own client but sends through another httpx
    transport (the asynchronous clients at high concurrency use :func:`customerio.transports.aiohttp_transport`).
    ``rate_limit`` spaces requests at most that many per second, across every thread or task using the
    client (for a backfill that must stay under the Track API's documented limit).
    """

    def __init__(
        self,
        site_id: str,
        api_key: str,
        *,
        region: Region | str | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = UNSET_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        rate_limit: float | None = None,
    ) -> None:
        resolved = resolve_region(region)
        self.region = resolved
        self.site_id = site_id
        self._setup(
            base=base_url(resolved.track_url if url is None else url, "/api/v1"),
            authorization=basic_auth(site_id, api_key),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            transport=transport,
            rate_limit=rate_limit,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(site_id={self.site_id!r}, base_url={self._core.base!r})"

    def identify(self, customer_id: Id, data: Mapping[str, Any] | None = None, /, **attributes: Any) -> None:
        """Create or update a person with the given attributes (``data`` and keywords are merged)."""
        self._send(calls.identify(customer_id, data, attributes))

    def destroy(self, customer_id: Id) -> None:
        """Delete a person (they can be added again; see :meth:`suppress`)."""
        self._send(calls.destroy(customer_id))

    def suppress(self, customer_id: Id) -> None:
        """Delete a person and prevent them from being added again."""
        self._send(calls.suppress(customer_id))

    def unsuppress(self, customer_id: Id) -> None:
        """Allow a suppressed person to be added again."""
        self._send(calls.unsuppress(customer_id))

    def track(self, customer_id: Id, data: Mapping[str, Any] | None = None, /, **event: Any) -> None:
        """Record an event of a person: ``name`` required; ``data``, ``timestamp``, ``id``, ``type`` optional.

        With retries on, the event gets a ULID ``id`` unless it has one, so a replay is never counted twice.
        """
        self._send(calls.track(customer_id, data, event, dedupe=self._core.dedupe))

    def track_anonymous(self, anonymous_id: Id | None, data: Mapping[str, Any] | None = None, /, **event: Any) -> None:
        """Record an event of an anonymous visitor; a blank or None ``anonymous_id`` sends an invite event."""
        self._send(calls.track_anonymous(anonymous_id, data, event, dedupe=self._core.dedupe))

    def track_page_view(self, customer_id: Id, url: str) -> None:
        """Record that a person viewed the page at ``url``."""
        self._send(calls.track_page_view(customer_id, url, dedupe=self._core.dedupe))

    def track_push(self, data: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """Report a push notification metric (``delivery_id``, ``event``, ``device_id``, ``timestamp``)."""
        self._send(calls.track_push(data, fields))

    def add_device(
        self,
        customer_id: Id,
        device_id: str,
        platform: str,
        data: Mapping[str, Any] | None = None,
        /,
        **attributes: Any,
    ) -> None:
        """Add or update a person's push device; ``last_used`` is sent as such, other keys as attributes."""
        self._send(calls.add_device(customer_id, device_id, platform, data, attributes))

    def delete_device(self, customer_id: Id, device_token: str) -> None:
        """Remove a device from a person."""
        self._send(calls.delete_device(customer_id, device_token))

    def merge_customers(
        self,
        primary_type: IdentifierType | str,
        primary_id: Id,
        secondary_type: IdentifierType | str,
        secondary_id: Id,
    ) -> None:
        """Merge the secondary person into the primary one (the secondary is deleted)."""
        self._send(calls.merge_customers(primary_type, primary_id, secondary_type, secondary_id))

    def batch(self, operations: Sequence[Mapping[str, Any]]) -> list[V2Error]:
        """Send several v2 operations in one request; returns the failed ones (empty when all succeeded)."""
        return self._send(calls.batch(operations, dedupe=self._core.dedupe))

    def entity(self, operation: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """Send one v2 operation (``type``, ``action``, ``identifiers``, ...)."""
        self._send(calls.entity(operation, fields, dedupe=self._core.dedupe))

    def add_customers_to_segment(
        self,
        segment_id: int | str,
        customer_ids: Sequence[Id],
        id_type: IdentifierType | str | None = None,
    ) -> None:
        """Add people (1 to 1000 ids of kind ``id_type``, default ``id``) to a manual segment."""
        self._send(calls.add_customers_to_segment(segment_id, customer_ids, id_type))

    def remove_customers_from_segment(
        self,
        segment_id: int | str,
        customer_ids: Sequence[Id],
        id_type: IdentifierType | str | None = None,
    ) -> None:
        """Remove people (1 to 1000 ids of kind ``id_type``, default ``id``) from a manual segment."""
        self._send(calls.remove_customers_from_segment(segment_id, customer_ids, id_type))

    def submit_form(self, form_id: str, data: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """Submit a form's fields (they must name the person by ``email`` or ``id``)."""
        self._send(calls.submit_form(form_id, data, fields))

    def report_metric(self, data: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """Report a delivery metric for any channel (``delivery_id`` and ``metric`` required)."""
        self._send(calls.report_metric(data, fields))

    def unsubscribe(self, delivery_id: str, unsubscribe: bool = True) -> None:
        """Unsubscribe (or with ``False`` resubscribe) the recipient of a delivery."""
        self._send(calls.unsubscribe(delivery_id, unsubscribe))

    def bulk(self, *, raise_on_error: bool = False, max_in_flight: int = 4) -> Bulk:
        """A bulk sender packing operations into v2 batch requests (≤ 500 KB, each operation ≤ 32 KB).

        Use it as a context manager; it sends each request as soon as it is full (up to ``max_in_flight``
        at once) and the rest on ``flush()`` or exit. Failures are reported per operation in its
        ``result`` (and raised as :class:`~customerio.BulkError` with ``raise_on_error=True``).
        """
        from .._bulk import Bulk  # imported on first use: a client that never bulk-sends skips it

        return Bulk(self, raise_on_error=raise_on_error, max_in_flight=max_in_flight)

    def get_account_region(self) -> AccountRegionResponse:
        """The workspace's data region and the Track URL it should use."""
        return self._send(calls.get_account_region())
