# Generated from customerio/_async by scripts/unasync.py: edit the async source, run `make unasync`.
# Written by scripts/facade.py from spec/openapi.yaml: edit the spec, run `make generate`.

"""``AppOperations``: the plain App API operations of ``APIClient``, one typed method each.

Each method hands its operation's description (``customerio._app_ops``) and the caller's values to one
generic builder (``customerio._app_calls.plain``), which validates them before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .. import _app_ops as ops
from .._app_calls import plain
from .._types import IdentifierType
from ._base import BaseClient

if TYPE_CHECKING:
    from customerio_openapi.models import (
        CollectionContentItem,
        CollectionResponse,
        CreateSuppressionResponse,
        CustomerAttributesResponse,
        CustomersByEmailResponse,
        EspDomainSuppressionsResponse,
        EspSuppression,
        EspSuppressionsResponse,
        ExportDownloadResponse,
        ExportResponse,
        ImportResponse,
        IpAddressesResponse,
        ListCollectionsResponse,
        ListExportsResponse,
        ListReportingWebhooksResponse,
        ListSegmentsResponse,
        ListSenderIdentitiesResponse,
        ListSnippetsResponse,
        ListWorkspacesResponse,
        PersonIdentifiers,
        ReportingWebhook,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsedByResponse,
        SenderIdentity,
        SenderIdentityResponse,
        SenderIdentityUsage,
        SnippetResponse,
    )

Id = str | int


class AppOperations(BaseClient):
    """The App API operations without rules of their own (see :class:`APIClient`)."""

    def search_suppression(self, email: str) -> EspSuppressionsResponse:
        """Look up an ESP-suppressed address.

        Return whether, and why, the email service provider suppressed an address.

        ``GET /v1/esp/search_suppression/{email}`` (Node: ``searchSuppression``).

        Args:
            email: The email address (sent percent-encoded, as one path segment).

        """
        return self._send(plain(ops.search_suppression, email))

    def get_suppressions(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        offset: int | None = None,
        email: str | None = None,
        domain: str | None = None,
    ) -> EspSuppressionsResponse:
        """List ESP-suppressed addresses of one category.

        Return the addresses the email service provider suppressed for one reason, at most 1000 at a time;
        `offset` skips the first ones. For many suppressions, `get_domain_suppressions` pages faster.

        ``GET /v1/esp/suppression/{suppression_type}`` (Node: ``getSuppressions``).

        Args:
            suppression_type: Why the ESP suppressed the addresses: `blocks`, `bounces`, `spam_reports` or
                `invalid_emails`.
            limit: The most addresses to return (at most 1000).
            offset: How many addresses to skip.
            email: Only this address.
            domain: Only addresses suppressed on this sending domain.

        """
        return self._send(plain(ops.get_suppressions, suppression_type, limit, offset, email, domain))

    def get_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
        start: str | None = None,
    ) -> EspDomainSuppressionsResponse:
        """List a sending domain's ESP-suppressed addresses of one category.

        Return one page (at most 1000) of the addresses the email service provider suppressed for one reason
        on one sending domain. Pass the answer's `next` as `start` for the following page.

        ``GET /v1/esp/domains/{domain_name}/suppression/{suppression_type}`` (Node: ``getDomainSuppressions``).

        :meth:`iter_domain_suppressions` walks every page.

        Args:
            domain_name: The sending domain.
            suppression_type: Why the ESP suppressed the addresses: `blocks`, `bounces`, `spam_reports` or
                `invalid_emails`.
            limit: The most addresses a page holds (at most 1000).
            email: Only this address (at most one result, no pages).
            start: The cursor of the page to return: the `next` of the previous page.

        """
        return self._send(plain(ops.get_domain_suppressions, domain_name, suppression_type, limit, email, start))

    def iter_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
    ) -> Iterator[EspSuppression]:
        """Every item of :meth:`get_domain_suppressions`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_domain_suppressions, [domain_name, suppression_type, limit, email, None])

    def create_suppression(
        self, suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"], email: str
    ) -> CreateSuppressionResponse:
        """Suppress an address at the ESP.

        Suppress an email address at the email service provider: emails to it are blocked there, while the
        person stays in the workspace (not suppressed in Customer.io).

        ``POST /v1/esp/suppression/{suppression_type}/{email}`` (Node: ``createSuppression``).

        Args:
            suppression_type: Why the ESP suppressed the addresses: `blocks`, `bounces`, `spam_reports` or
                `invalid_emails`.
            email: The email address (sent percent-encoded, as one path segment).

        """
        return self._send(plain(ops.create_suppression, suppression_type, email))

    def delete_suppression(
        self, suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"], email: str
    ) -> None:
        """Remove an address from the ESP's suppressions.

        Remove an address from the email service provider's suppression list of one category.

        ``DELETE /v1/esp/suppression/{suppression_type}/{email}`` (Node: ``deleteSuppression``).

        Args:
            suppression_type: Why the ESP suppressed the addresses: `blocks`, `bounces`, `spam_reports` or
                `invalid_emails`.
            email: The email address (sent percent-encoded, as one path segment).

        """
        return self._send(plain(ops.delete_suppression, suppression_type, email))

    def create_import(self, import_data: Mapping[str, Any]) -> ImportResponse:
        """Start a CSV import.

        Queue the import of a CSV file of people, events, objects or relationships, fetched from its URL.
        The import runs in stages afterwards and may fail: follow it with `get_import`.

        ``POST /v1/imports`` (Node: ``createImport``).

        Args:
            import_data: A CSV import: the public URL of the file and what its rows are. People and event
                imports name the `identifier` column; object imports name their `object_type_id`.

        """
        return self._send(plain(ops.create_import, import_data))

    def get_import(self, import_id: Id) -> ImportResponse:
        """Get an import.

        Return an import's state, its row counts, and where to download its errors and warnings.

        ``GET /v1/imports/{import_id}`` (Node: ``getImport``).

        Args:
            import_id: The import's id, as returned when it was created.

        """
        return self._send(plain(ops.get_import, import_id))

    def batch_update_attributes(self, attributes: Sequence[Any]) -> None:
        """Describe attributes.

        Add or update the descriptions (and, on Premium plans, the sensitivity) of up to 100 attributes of
        the data index. A new attribute appears there once a profile carries it.

        ``POST /v1/data_index/attributes`` (Node: ``batchUpdateAttributes``).
        """
        return self._send(plain(ops.batch_update_attributes, attributes))

    def batch_update_events(self, events: Sequence[Any]) -> None:
        """Describe events.

        Add or update the descriptions of up to 100 events of the data index. A new event appears there once
        a person has it.

        ``POST /v1/data_index/events`` (Node: ``batchUpdateEvents``).
        """
        return self._send(plain(ops.batch_update_events, events))

    def list_workspaces(self) -> ListWorkspacesResponse:
        """List workspaces.

        Return the account's workspaces with their message, people and object counts.

        ``GET /v1/workspaces`` (Node: ``listWorkspaces``).
        """
        return self._send(plain(ops.list_workspaces))

    def get_ip_addresses(self) -> IpAddressesResponse:
        """List Customer.io's IP addresses.

        Return the IP addresses to allow through a firewall or a custom SMTP server's access rules: every
        message and webhook comes from them, push notifications excepted.

        ``GET /v1/info/ip_addresses`` (Node: ``getIpAddresses``).
        """
        return self._send(plain(ops.get_ip_addresses))

    def get_sender_identities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        hidden: bool | None = None,
    ) -> ListSenderIdentitiesResponse:
        """List sender identities.

        Return one page of the workspace's senders, who messages are from. Pass the answer's `next` as
        `start` for the following page.

        ``GET /v1/sender_identities`` (Node: ``getSenderIdentities``).

        :meth:`iter_sender_identities` walks every page.

        Args:
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most senders a page holds.
            sort: `asc` (oldest first, the default) or `desc`.
            hidden: Only hidden senders (`true`) or only visible ones (`false`); all when left out.

        """
        return self._send(plain(ops.get_sender_identities, start, limit, sort, hidden))

    def iter_sender_identities(
        self, *, limit: int | None = None, sort: Literal["asc", "desc"] | None = None, hidden: bool | None = None
    ) -> Iterator[SenderIdentity]:
        """Every item of :meth:`get_sender_identities`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_sender_identities, [None, limit, sort, hidden])

    def get_sender_identity(self, sender_id: Id) -> SenderIdentityResponse:
        """Get a sender identity.

        Return one sender's name, address and kind.

        ``GET /v1/sender_identities/{sender_id}`` (Node: ``getSenderIdentity``).

        Args:
            sender_id: The sender identity's id.

        """
        return self._send(plain(ops.get_sender_identity, sender_id))

    def get_sender_identity_used_by(self, sender_id: Id) -> SenderIdentityUsage:
        """Find what uses a sender identity.

        Return the campaigns and newsletters (sent and draft) that send from a sender.

        ``GET /v1/sender_identities/{sender_id}/used_by`` (Node: ``getSenderIdentityUsedBy``).

        Args:
            sender_id: The sender identity's id.

        """
        return self._send(plain(ops.get_sender_identity_used_by, sender_id))

    def list_reporting_webhooks(self) -> ListReportingWebhooksResponse:
        """List reporting webhooks.

        Return every reporting webhook of the workspace.

        ``GET /v1/reporting_webhooks`` (Node: ``listReportingWebhooks``).
        """
        return self._send(plain(ops.list_reporting_webhooks))

    def create_reporting_webhook(self, webhook: Mapping[str, Any]) -> ReportingWebhook:
        """Create a reporting webhook.

        Create a reporting webhook: Customer.io posts the named events to `endpoint`, signed with the
        webhook's signing key (check them with `customerio.webhooks`).

        ``POST /v1/reporting_webhooks`` (Node: ``createReportingWebhook``).

        Args:
            webhook: The webhook's `endpoint` and `events`, and optionally its name and options.

        """
        return self._send(plain(ops.create_reporting_webhook, webhook))

    def get_reporting_webhook(self, webhook_id: Id) -> ReportingWebhook:
        """Get a reporting webhook.

        Return one reporting webhook's endpoint, events and options.

        ``GET /v1/reporting_webhooks/{webhook_id}`` (Node: ``getReportingWebhook``).

        Args:
            webhook_id: The reporting webhook's id.

        """
        return self._send(plain(ops.get_reporting_webhook, webhook_id))

    def update_reporting_webhook(self, webhook_id: Id, updates: Mapping[str, Any]) -> ReportingWebhook:
        """Update a reporting webhook.

        Change any of a reporting webhook's fields (pause it with `disabled`, say).

        ``PUT /v1/reporting_webhooks/{webhook_id}`` (Node: ``updateReportingWebhook``).

        Args:
            webhook_id: The reporting webhook's id.
            updates: The fields to change.

        """
        return self._send(plain(ops.update_reporting_webhook, webhook_id, updates))

    def delete_reporting_webhook(self, webhook_id: Id) -> None:
        """Delete a reporting webhook.

        Delete a reporting webhook; Customer.io stops posting to it.

        ``DELETE /v1/reporting_webhooks/{webhook_id}`` (Node: ``deleteReportingWebhook``).

        Args:
            webhook_id: The reporting webhook's id.

        """
        return self._send(plain(ops.delete_reporting_webhook, webhook_id))

    def get_snippets(self) -> ListSnippetsResponse:
        """List snippets.

        Return every snippet of the workspace.

        ``GET /v1/snippets`` (Node: ``getSnippets``).
        """
        return self._send(plain(ops.get_snippets))

    def create_snippet(self, snippet: Mapping[str, Any]) -> SnippetResponse:
        """Create a snippet.

        Create a snippet; a snippet of that name must not exist yet (the API answers 422).

        ``POST /v1/snippets`` (Node: ``createSnippet``).

        Args:
            snippet: The snippet's `name` and `value`.

        """
        return self._send(plain(ops.create_snippet, snippet))

    def update_snippet(self, snippet: Mapping[str, Any]) -> SnippetResponse:
        """Create or update a snippet.

        Set a snippet's value, creating the snippet when none has that name.

        ``PUT /v1/snippets`` (Node: ``updateSnippet``).

        Args:
            snippet: The whole snippet, `name` and `value`.

        """
        return self._send(plain(ops.update_snippet, snippet))

    def delete_snippet(self, name: str) -> None:
        """Delete a snippet.

        Delete a snippet that no message uses (one in use cannot be deleted; the API answers 400).

        ``DELETE /v1/snippets/{name}`` (Node: ``deleteSnippet``).

        Args:
            name: The snippet's name.

        """
        return self._send(plain(ops.delete_snippet, name))

    def list_segments(self) -> ListSegmentsResponse:
        """List segments.

        Return every segment of the workspace, data-driven and manual.

        ``GET /v1/segments`` (Node: ``listSegments``).
        """
        return self._send(plain(ops.list_segments))

    def create_segment(self, segment: Mapping[str, Any]) -> SegmentResponse:
        """Create a manual segment.

        Create an empty manual segment with a name and a description; add people to it with the Track API's
        `add_customers_to_segment`.

        ``POST /v1/segments`` (Node: ``createSegment``).

        Args:
            segment: A new manual segment.

        """
        return self._send(plain(ops.create_segment, segment))

    def get_segment(self, segment_id: Id) -> SegmentResponse:
        """Get a segment.

        Return one segment's name, type, state and tags.

        ``GET /v1/segments/{segment_id}`` (Node: ``getSegment``).

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).

        """
        return self._send(plain(ops.get_segment, segment_id))

    def delete_segment(self, segment_id: Id) -> None:
        """Delete a manual segment.

        Delete a manual segment (data-driven segments cannot be deleted through the API).

        ``DELETE /v1/segments/{segment_id}`` (Node: ``deleteSegment``).

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).

        """
        return self._send(plain(ops.delete_segment, segment_id))

    def get_segment_customer_count(self, segment_id: Id) -> SegmentCustomerCountResponse:
        """Count a segment's people.

        Return how many people belong to a segment.

        ``GET /v1/segments/{segment_id}/customer_count`` (Node: ``getSegmentCustomerCount``).

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).

        """
        return self._send(plain(ops.get_segment_customer_count, segment_id))

    def get_segment_membership(
        self, segment_id: Id, *, start: str | None = None, limit: int | None = None
    ) -> SegmentMembershipResponse:
        """List a segment's people.

        Return one page of a segment's members, each with the identifiers the workspace uses. Pass the
        answer's `next` as `start` for the following page; the last page has no `next`.

        ``GET /v1/segments/{segment_id}/membership`` (Node: ``getSegmentMembership``).

        :meth:`iter_segment_membership` walks every page.

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most members a page holds (at most 30,000).

        """
        return self._send(plain(ops.get_segment_membership, segment_id, start, limit))

    def iter_segment_membership(self, segment_id: Id, *, limit: int | None = None) -> Iterator[PersonIdentifiers]:
        """Every item of :meth:`get_segment_membership`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_segment_membership, [segment_id, None, limit])

    def get_segment_used_by(self, segment_id: Id) -> SegmentUsedByResponse:
        """Find what uses a segment.

        Return the campaigns and newsletters (sent and draft) that use a segment.

        ``GET /v1/segments/{segment_id}/used_by`` (Node: ``getSegmentUsedBy``).

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).

        """
        return self._send(plain(ops.get_segment_used_by, segment_id))

    def list_collections(self) -> ListCollectionsResponse:
        """List collections.

        Return every collection of the workspace, with its name and schema but not its rows.

        ``GET /v1/collections`` (Node: ``listCollections``).
        """
        return self._send(plain(ops.list_collections))

    def create_collection(self, collection: Mapping[str, Any]) -> CollectionResponse:
        """Create a collection.

        Create a collection from its rows (`data`) or from a CSV or JSON file to download (`url`).

        ``POST /v1/collections`` (Node: ``createCollection``).

        Args:
            collection: The collection's `name`, and its `data` or `url`.

        """
        return self._send(plain(ops.create_collection, collection))

    def get_collection(self, collection_id: Id) -> CollectionResponse:
        """Get a collection.

        Return a collection's name and schema (not its rows; see `get_collection_content`).

        ``GET /v1/collections/{collection_id}`` (Node: ``getCollection``).

        Args:
            collection_id: The collection's id.

        """
        return self._send(plain(ops.get_collection, collection_id))

    def update_collection(self, collection_id: Id, updates: Mapping[str, Any]) -> CollectionResponse:
        """Update a collection.

        Rename a collection or replace its rows (`data`) or the file they come from (`url`).

        ``PUT /v1/collections/{collection_id}`` (Node: ``updateCollection``).

        Args:
            collection_id: The collection's id.
            updates: What to change.

        """
        return self._send(plain(ops.update_collection, collection_id, updates))

    def delete_collection(self, collection_id: Id) -> None:
        """Delete a collection.

        Delete a collection and its rows; messages that reference it no longer find it.

        ``DELETE /v1/collections/{collection_id}`` (Node: ``deleteCollection``).

        Args:
            collection_id: The collection's id.

        """
        return self._send(plain(ops.delete_collection, collection_id))

    def get_collection_content(self, collection_id: Id) -> list[CollectionContentItem]:
        """Get a collection's rows.

        Return the rows of a collection, as they were given when it was created or last updated.

        ``GET /v1/collections/{collection_id}/content`` (Node: ``getCollectionContent``).

        Args:
            collection_id: The collection's id.

        """
        return self._send(plain(ops.get_collection_content, collection_id))

    def update_collection_content(self, collection_id: Id, content: Sequence[Any]) -> CollectionResponse:
        """Replace a collection's rows.

        Replace every row of a collection with the given ones (a JSON array of objects).

        ``PUT /v1/collections/{collection_id}/content`` (Node: ``updateCollectionContent``).

        Args:
            collection_id: The collection's id.
            content: The new rows, one object each.

        """
        return self._send(plain(ops.update_collection_content, collection_id, content))

    def get_customers_by_email(self, email: str) -> CustomersByEmailResponse:
        """Find people by email address.

        Return every person in the workspace whose email matches. The address must be percent-encoded in the
        query string (e.g. `+` as `%2B`); unencoded special characters can return empty results without an
        error.

        ``GET /v1/customers`` (Node: ``getCustomersByEmail``).

        Args:
            email: Full email address to look up (non-empty).

        """
        return self._send(plain(ops.get_customers_by_email, email))

    def get_attributes(self, customer_id: Id, id_type: IdentifierType | str = "id") -> CustomerAttributesResponse:
        """Get a person's attributes.

        Return a person's attributes, attribute timestamps, subscription state and devices.

        ``GET /v1/customers/{customer_id}/attributes`` (Node: ``getAttributes``).

        Args:
            customer_id: The person's identifier value, interpreted according to `id_type` (an `id` by
                default). For `cio_id`, pass the bare cio_id value.
            id_type: Which identifier `customer_id` is. The API assumes `id` when omitted. (The API also
                accepts `phone` when phone is an enabled identifier in the workspace; it is not listed here
                because the reference clients don't send it.)

        """
        return self._send(plain(ops.get_attributes, customer_id, id_type))

    def list_exports(self) -> ListExportsResponse:
        """List exports.

        Return the workspace's people and delivery exports.

        ``GET /v1/exports`` (Node: ``listExports``).
        """
        return self._send(plain(ops.list_exports))

    def get_export(self, export_id: Id) -> ExportResponse:
        """Get an export.

        Return one export's metadata, including its `status`; poll this until the export is done.

        ``GET /v1/exports/{export_id}`` (Node: ``getExport``).

        Args:
            export_id: Numeric id of the export.

        """
        return self._send(plain(ops.get_export, export_id))

    def download_export(self, export_id: Id) -> ExportDownloadResponse:
        """Get an export's download URL.

        Return a short-lived signed URL to download a finished export's file. Only meaningful once
        `get_export` reports the export as done; request a new URL when it expires.

        ``GET /v1/exports/{export_id}/download`` (Node: ``downloadExport``).

        Args:
            export_id: Numeric id of the export.

        """
        return self._send(plain(ops.download_export, export_id))
