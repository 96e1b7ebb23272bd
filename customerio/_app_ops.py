# Written by scripts/facade.py from spec/openapi.yaml: edit the spec, run `make generate`.

"""The App API operations without rules of their own, one :class:`Op` each (see ``_app_calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._app_calls import Op, Param
from ._policy import Safety

if TYPE_CHECKING:
    from customerio_openapi.models import (
        CollectionContentItem,
        CollectionResponse,
        CreateSuppressionResponse,
        CustomerAttributesResponse,
        CustomersByEmailResponse,
        EspDomainSuppressionsResponse,
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
        ReportingWebhook,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsedByResponse,
        SenderIdentityResponse,
        SenderIdentityUsage,
        SnippetResponse,
    )

search_suppression: Op[EspSuppressionsResponse] = Op(
    "search_suppression",
    "esp_suppression.search_suppression",
    (Param("email", "path", "email", "id", required=True),),
    response="EspSuppressionsResponse",
)
get_suppressions: Op[EspSuppressionsResponse] = Op(
    "get_suppressions",
    "esp_suppression.get_suppressions",
    (
        Param(
            "suppression_type",
            "path",
            "suppression_type",
            "choice",
            required=True,
            choices=("blocks", "bounces", "spam_reports", "invalid_emails"),
        ),
        Param("limit", "query", "limit", "int", low=1, high=1000),
        Param("offset", "query", "offset", "int", low=0),
        Param("email", "query", "email", "text"),
        Param("domain", "query", "domain", "text"),
    ),
    response="EspSuppressionsResponse",
)
get_domain_suppressions: Op[EspDomainSuppressionsResponse] = Op(
    "get_domain_suppressions",
    "esp_suppression.get_domain_suppressions",
    (
        Param("domain_name", "path", "domain_name", "id", required=True),
        Param(
            "suppression_type",
            "path",
            "suppression_type",
            "choice",
            required=True,
            choices=("blocks", "bounces", "spam_reports", "invalid_emails"),
        ),
        Param("limit", "query", "limit", "int", low=1, high=1000),
        Param("email", "query", "email", "text"),
        Param("start", "query", "start", "text"),
    ),
    response="EspDomainSuppressionsResponse",
    items="suppressions",
    next="next_",
)
create_suppression: Op[CreateSuppressionResponse] = Op(
    "create_suppression",
    "esp_suppression.create_suppression",
    (
        Param(
            "suppression_type",
            "path",
            "suppression_type",
            "choice",
            required=True,
            choices=("blocks", "bounces", "spam_reports", "invalid_emails"),
        ),
        Param("email", "path", "email", "id", required=True),
    ),
    request="EmptyRequest",
    body="empty",
    response="CreateSuppressionResponse",
    safety=Safety.ONCE,
)
delete_suppression: Op[None] = Op(
    "delete_suppression",
    "esp_suppression.delete_suppression",
    (
        Param(
            "suppression_type",
            "path",
            "suppression_type",
            "choice",
            required=True,
            choices=("blocks", "bounces", "spam_reports", "invalid_emails"),
        ),
        Param("email", "path", "email", "id", required=True),
    ),
)
create_import: Op[ImportResponse] = Op(
    "create_import",
    "imports.create_import",
    (Param("import_data", "field", "import", "object", required=True, model="ImportInput"),),
    request="CreateImportRequest",
    body="object",
    response="ImportResponse",
    safety=Safety.ONCE,
)
get_import: Op[ImportResponse] = Op(
    "get_import",
    "imports.get_import",
    (Param("import_id", "path", "import_id", "number", required=True, low=0, high=2147483647),),
    response="ImportResponse",
)
batch_update_attributes: Op[None] = Op(
    "batch_update_attributes",
    "data_index.batch_update_attributes",
    (Param("attributes", "field", "attributes", "array", required=True),),
    request="BatchUpdateAttributesRequest",
    body="object",
    safety=Safety.ONCE,
)
batch_update_events: Op[None] = Op(
    "batch_update_events",
    "data_index.batch_update_events",
    (Param("events", "field", "events", "array", required=True),),
    request="BatchUpdateEventsRequest",
    body="object",
    safety=Safety.ONCE,
)
list_workspaces: Op[ListWorkspacesResponse] = Op(
    "list_workspaces", "workspaces.list_workspaces", (), response="ListWorkspacesResponse"
)
get_ip_addresses: Op[IpAddressesResponse] = Op(
    "get_ip_addresses", "info.get_ip_addresses", (), response="IpAddressesResponse"
)
get_sender_identities: Op[ListSenderIdentitiesResponse] = Op(
    "get_sender_identities",
    "sender_identities.get_sender_identities",
    (
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
        Param("sort", "query", "sort", "choice", choices=("asc", "desc")),
        Param("hidden", "query", "hidden", "bool"),
    ),
    response="ListSenderIdentitiesResponse",
    items="sender_identities",
    next="next_",
)
get_sender_identity: Op[SenderIdentityResponse] = Op(
    "get_sender_identity",
    "sender_identities.get_sender_identity",
    (Param("sender_id", "path", "sender_id", "number", required=True, low=0, high=2147483647),),
    response="SenderIdentityResponse",
)
get_sender_identity_used_by: Op[SenderIdentityUsage] = Op(
    "get_sender_identity_used_by",
    "sender_identities.get_sender_identity_used_by",
    (Param("sender_id", "path", "sender_id", "number", required=True, low=0, high=2147483647),),
    response="SenderIdentityUsage",
)
list_reporting_webhooks: Op[ListReportingWebhooksResponse] = Op(
    "list_reporting_webhooks",
    "reporting_webhooks.list_reporting_webhooks",
    (),
    response="ListReportingWebhooksResponse",
)
create_reporting_webhook: Op[ReportingWebhook] = Op(
    "create_reporting_webhook",
    "reporting_webhooks.create_reporting_webhook",
    (Param("webhook", "body", "webhook", "object", required=True),),
    request="ReportingWebhookInput",
    body="object",
    response="ReportingWebhook",
    safety=Safety.ONCE,
)
get_reporting_webhook: Op[ReportingWebhook] = Op(
    "get_reporting_webhook",
    "reporting_webhooks.get_reporting_webhook",
    (Param("webhook_id", "path", "webhook_id", "number", required=True, low=0, high=2147483647),),
    response="ReportingWebhook",
)
update_reporting_webhook: Op[ReportingWebhook] = Op(
    "update_reporting_webhook",
    "reporting_webhooks.update_reporting_webhook",
    (
        Param("webhook_id", "path", "webhook_id", "number", required=True, low=0, high=2147483647),
        Param("updates", "body", "updates", "object", required=True),
    ),
    request="ReportingWebhookUpdate",
    body="object",
    response="ReportingWebhook",
)
delete_reporting_webhook: Op[None] = Op(
    "delete_reporting_webhook",
    "reporting_webhooks.delete_reporting_webhook",
    (Param("webhook_id", "path", "webhook_id", "number", required=True, low=0, high=2147483647),),
)
get_snippets: Op[ListSnippetsResponse] = Op(
    "get_snippets", "snippets.get_snippets", (), response="ListSnippetsResponse"
)
create_snippet: Op[SnippetResponse] = Op(
    "create_snippet",
    "snippets.create_snippet",
    (Param("snippet", "body", "snippet", "object", required=True),),
    request="SnippetInput",
    body="object",
    response="SnippetResponse",
    safety=Safety.ONCE,
)
update_snippet: Op[SnippetResponse] = Op(
    "update_snippet",
    "snippets.update_snippet",
    (Param("snippet", "body", "snippet", "object", required=True),),
    request="SnippetInput",
    body="object",
    response="SnippetResponse",
)
delete_snippet: Op[None] = Op(
    "delete_snippet", "snippets.delete_snippet", (Param("name", "path", "name", "id", required=True),)
)
list_segments: Op[ListSegmentsResponse] = Op(
    "list_segments", "segments.list_segments", (), response="ListSegmentsResponse"
)
create_segment: Op[SegmentResponse] = Op(
    "create_segment",
    "segments.create_segment",
    (Param("segment", "field", "segment", "object", required=True, model="SegmentInput"),),
    request="CreateSegmentRequest",
    body="object",
    response="SegmentResponse",
    safety=Safety.ONCE,
)
get_segment: Op[SegmentResponse] = Op(
    "get_segment",
    "segments.get_segment",
    (Param("segment_id", "path", "segment_id", "number", required=True, low=0, high=2147483647),),
    response="SegmentResponse",
)
delete_segment: Op[None] = Op(
    "delete_segment",
    "segments.delete_segment",
    (Param("segment_id", "path", "segment_id", "number", required=True, low=0, high=2147483647),),
)
get_segment_customer_count: Op[SegmentCustomerCountResponse] = Op(
    "get_segment_customer_count",
    "segments.get_segment_customer_count",
    (Param("segment_id", "path", "segment_id", "number", required=True, low=0, high=2147483647),),
    response="SegmentCustomerCountResponse",
)
get_segment_membership: Op[SegmentMembershipResponse] = Op(
    "get_segment_membership",
    "segments.get_segment_membership",
    (
        Param("segment_id", "path", "segment_id", "number", required=True, low=0, high=2147483647),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1, high=30000),
    ),
    response="SegmentMembershipResponse",
    items="identifiers",
    next="next_",
)
get_segment_used_by: Op[SegmentUsedByResponse] = Op(
    "get_segment_used_by",
    "segments.get_segment_used_by",
    (Param("segment_id", "path", "segment_id", "number", required=True, low=0, high=2147483647),),
    response="SegmentUsedByResponse",
)
list_collections: Op[ListCollectionsResponse] = Op(
    "list_collections", "collections.list_collections", (), response="ListCollectionsResponse"
)
create_collection: Op[CollectionResponse] = Op(
    "create_collection",
    "collections.create_collection",
    (Param("collection", "body", "collection", "object", required=True),),
    request="CollectionInput",
    body="object",
    response="CollectionResponse",
    safety=Safety.ONCE,
)
get_collection: Op[CollectionResponse] = Op(
    "get_collection",
    "collections.get_collection",
    (Param("collection_id", "path", "collection_id", "number", required=True, low=0, high=2147483647),),
    response="CollectionResponse",
)
update_collection: Op[CollectionResponse] = Op(
    "update_collection",
    "collections.update_collection",
    (
        Param("collection_id", "path", "collection_id", "number", required=True, low=0, high=2147483647),
        Param("updates", "body", "updates", "object", required=True),
    ),
    request="CollectionInput",
    body="object",
    response="CollectionResponse",
)
delete_collection: Op[None] = Op(
    "delete_collection",
    "collections.delete_collection",
    (Param("collection_id", "path", "collection_id", "number", required=True, low=0, high=2147483647),),
)
get_collection_content: Op[list[CollectionContentItem]] = Op(
    "get_collection_content",
    "collections.get_collection_content",
    (Param("collection_id", "path", "collection_id", "number", required=True, low=0, high=2147483647),),
    response="list[CollectionContentItem]",
)
update_collection_content: Op[CollectionResponse] = Op(
    "update_collection_content",
    "collections.update_collection_content",
    (
        Param("collection_id", "path", "collection_id", "number", required=True, low=0, high=2147483647),
        Param("content", "body", "content", "array", required=True),
    ),
    request="list[CollectionContentItem]",
    body="array",
    response="CollectionResponse",
)
get_customers_by_email: Op[CustomersByEmailResponse] = Op(
    "get_customers_by_email",
    "customers.get_customers_by_email",
    (Param("email", "query", "email", "text", required=True),),
    response="CustomersByEmailResponse",
)
get_attributes: Op[CustomerAttributesResponse] = Op(
    "get_attributes",
    "customers.get_attributes",
    (
        Param("customer_id", "path", "customer_id", "id", required=True),
        Param("id_type", "query", "id_type", "identifier", default="id"),
    ),
    response="CustomerAttributesResponse",
)
list_exports: Op[ListExportsResponse] = Op("list_exports", "exports.list_exports", (), response="ListExportsResponse")
get_export: Op[ExportResponse] = Op(
    "get_export",
    "exports.get_export",
    (Param("export_id", "path", "export_id", "id", required=True),),
    response="ExportResponse",
)
download_export: Op[ExportDownloadResponse] = Op(
    "download_export",
    "exports.download_export",
    (Param("export_id", "path", "export_id", "id", required=True),),
    response="ExportDownloadResponse",
)
