# Generated from customerio/_async by scripts/unasync.py: edit the async source, run `make unasync`.
"""``APIClient``: transactional messages, broadcasts, people lookups and exports through the App API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

import httpx

from .. import _constants as C
from .._core import UNSET_TIMEOUT, base_url, bearer_auth
from .._regions import Region, resolve_region
from ._app import AppOperations

if TYPE_CHECKING:
    from customerio_openapi.models import (
        AssetResponse,
        ExportResponse,
        SendMessageResponse,
        TriggerBroadcastResponse,
    )

    from .._requests import (
        SendEmailRequest,
        SendInAppRequest,
        SendInboxMessageRequest,
        SendPushRequest,
        SendSMSRequest,
        SendWhatsAppRequest,
    )

Id = str | int


class APIClient(AppOperations):
    """Client of the App API (an App API key, sent as a bearer token).

    ``url`` overrides the region with another App API root (a mock server, a proxy); it must end in
    ``/v1``. ``timeout`` is per attempt, in seconds or an ``httpx.Timeout``. ``max_retries`` replays
    transient failures; sends, broadcast triggers and new exports are only replayed when the server
    surely did not process them (429, 408, a failure to connect), reads on any transient failure.
    ``http_client`` uses your own ``httpx.Client`` (proxies, TLS); you then close it yourself.
    ``transport`` keeps the SDK's own client but sends through another httpx transport.
    ``rate_limit`` spaces requests at most that many per second, across every thread or task using the
    client (Customer.io limits each workspace's App API requests; see the README). ``strict_responses``
    raises ``UnexpectedResponseError`` for a 2xx body that does not match its documented model, instead
    of returning what parsed (see ``customerio.raw_json``).
    """

    def __init__(
        self,
        app_key: str,
        *,
        region: Region | str | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = UNSET_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        rate_limit: float | None = None,
        strict_responses: bool = False,
    ) -> None:
        resolved = resolve_region(region)
        self.region = resolved
        self._setup(
            base=base_url(resolved.api_url if url is None else url, "/v1"),
            authorization=bearer_auth(app_key),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            transport=transport,
            rate_limit=rate_limit,
            strict_responses=strict_responses,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._core.base!r})"

    def send_email(self, req: SendEmailRequest) -> SendMessageResponse:
        """Send a transactional email; the answer carries its ``delivery_id`` and ``queued_at``."""
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.send_email(req))

    def send_push(self, req: SendPushRequest) -> SendMessageResponse:
        """Send a transactional push notification."""
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.send_push(req))

    def send_sms(self, req: SendSMSRequest) -> SendMessageResponse:
        """Send a transactional SMS."""
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.send_sms(req))

    def send_inbox_message(self, req: SendInboxMessageRequest) -> SendMessageResponse:
        """Send a transactional inbox message."""
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.send_inbox_message(req))

    def send_in_app(self, req: SendInAppRequest) -> SendMessageResponse:
        """Send a transactional in-app message."""
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.send_in_app(req))

    def send_whatsapp(self, req: SendWhatsAppRequest) -> SendMessageResponse:
        """Send a transactional WhatsApp message."""
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.send_whatsapp(req))

    def trigger_broadcast(
        self,
        broadcast_id: Id,
        data: Mapping[str, Any] | None = None,
        recipients: Mapping[str, Any] | None = None,
    ) -> TriggerBroadcastResponse:
        """Trigger an API-triggered broadcast, with liquid ``data`` and an optional audience override.

        ``recipients`` is a filter (``{"segment": {"id": 3}}``, ``and``/``or``/``not``...) or one selector
        among ``ids``, ``emails``, ``per_user_data``, ``data_file_url`` with its flags
        (``id_ignore_missing``, ``email_ignore_missing``, ``email_add_duplicates``).
        """
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.trigger_broadcast(broadcast_id, data, recipients))

    def create_customers_export(
        self, filters: Mapping[str, Any], *, attributes: Sequence[str] | None = None
    ) -> ExportResponse:
        """Start an export of the people matching ``filters`` (the audience filter syntax).

        ``attributes`` names attributes to add as extra columns.
        """
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.create_customers_export(filters, attributes))

    def create_deliveries_export(
        self, newsletter_id: Id, options: Mapping[str, Any] | None = None, /, **more: Any
    ) -> ExportResponse:
        """Start an export of a newsletter's deliveries (``start``, ``end``, ``attributes``, ``metric``)."""
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.create_deliveries_export(newsletter_id, options, more))

    def create_asset(
        self,
        data: bytes | IO[bytes],
        filename: str,
        *,
        content_type: str | None = None,
        name: str | None = None,
        parent_folder_id: int | None = None,
    ) -> AssetResponse:
        """Upload an image or a PDF as a new asset, as ``multipart/form-data`` (Node: ``createAsset``).

        ``data`` is ``bytes`` or a seekable file opened in binary mode; it is streamed, never read whole
        into memory, and a file object is sent whole from its start. ``filename`` is the part's file name
        (and the asset's name unless ``name`` is given); ``content_type`` defaults to the type of its
        extension (``.png``, ``.jpg``/``.jpeg``, ``.gif``, ``.bmp``, ``.pdf``), and another extension
        without ``content_type`` raises ``ValueError`` before sending. ``parent_folder_id`` is the asset
        folder to put it in. An upload is replayed only when the server surely did not get it.
        """
        from .. import _api_calls as calls  # on first use: the other App calls never load it

        return self._send(calls.create_asset(data, filename, content_type, name, parent_folder_id))
