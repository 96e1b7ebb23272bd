# Written by scripts/facade.py from spec/openapi.yaml: edit the spec, run `make generate`.

"""The App API operations without rules of their own, one :class:`Op` each (see ``_app_calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._app_calls import Counts, Op, Param
from ._policy import Safety

if TYPE_CHECKING:
    from customerio_openapi.models import (
        ActivitiesPage,
        ArchivedMessageResponse,
        AssetFolderResponse,
        AssetResponse,
        BroadcastResponse,
        BroadcastTriggerErrorsResponse,
        BroadcastTriggerStatus,
        CampaignResponse,
        CollectionContentItem,
        CollectionResponse,
        CreateSuppressionResponse,
        CustomerAttributesResponse,
        CustomerRelationshipsPage,
        CustomersAttributesResponse,
        CustomersByEmailResponse,
        CustomerSegmentsResponse,
        CustomerSubscriptionPreferencesResponse,
        DesignStudioComponentResponse,
        DesignStudioEmailResponse,
        DesignStudioEmailTranslationResponse,
        DesignStudioFolderResponse,
        EspDomainSuppressionsResponse,
        EspSuppressionsResponse,
        ExportDownloadResponse,
        ExportResponse,
        FindObjectsResponse,
        ImportResponse,
        IpAddressesResponse,
        JourneyMetricsResponse,
        LinkMetricsResponse,
        ListAssetFoldersResponse,
        ListAssetsResponse,
        ListBroadcastsResponse,
        ListBroadcastTriggersResponse,
        ListCampaignsResponse,
        ListCollectionsResponse,
        ListDesignStudioComponentsResponse,
        ListDesignStudioEmailsResponse,
        ListDesignStudioEmailTranslationsResponse,
        ListDesignStudioFoldersResponse,
        ListExportsResponse,
        ListNewsletterContentsResponse,
        ListNewslettersResponse,
        ListNewsletterTestGroupsResponse,
        ListObjectTypesResponse,
        ListReportingWebhooksResponse,
        ListSegmentsResponse,
        ListSenderIdentitiesResponse,
        ListSnippetsResponse,
        ListSubscriptionChannelsResponse,
        ListSubscriptionTopicsResponse,
        ListTransactionalContentsResponse,
        ListTransactionalMessagesResponse,
        ListWorkflowActionsResponse,
        ListWorkspacesResponse,
        MessageResponse,
        MessagesPage,
        MetricsReportResponse,
        NewsletterContentResponse,
        NewsletterResponse,
        ObjectAttributesResponse,
        ObjectRelationshipsPage,
        ReportingWebhook,
        SearchCustomersResponse,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsedByResponse,
        SenderIdentityResponse,
        SenderIdentityUsage,
        SnippetResponse,
        SubscriptionCenterTokenResponse,
        TransactionalContentResponse,
        TransactionalMessageResponse,
        WorkflowAction,
        WorkflowActionResponse,
    )

#: The counts of the request models that the generated models do not check, per model: how many keys
#: an object has (minProperties, maxProperties) and how many items each list holds (minItems, maxItems).
COUNTS: dict[str, Counts] = {
    "AssetFolderUpdate": Counts(1, None, {}),
    "AssetUpdate": Counts(1, None, {}),
    "BatchUpdateAttributesRequest": Counts(None, None, {"attributes": (1, None)}),
    "BatchUpdateEventsRequest": Counts(None, None, {"events": (1, None)}),
    "CustomersAttributesRequest": Counts(None, None, {"ids": (1, 100)}),
    "DesignStudioComponentUpdate": Counts(1, None, {}),
    "DesignStudioEmailTranslationUpdate": Counts(1, None, {}),
    "DesignStudioEmailUpdate": Counts(1, None, {}),
    "DesignStudioFolderUpdate": Counts(1, None, {}),
    "ExportFilter": Counts(1, 1, {"and": (1, None), "or": (1, None)}),
    "ObjectFilter": Counts(1, 1, {"and": (1, None), "or": (1, None)}),
}

get_customer_activities: Op[ActivitiesPage] = Op(
    "get_customer_activities",
    "customers.get_customer_activities",
    (
        Param("customer_id", "path", "customer_id", "id", required=True),
        Param("id_type", "query", "id_type", "identifier"),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1, high=100),
        Param("type", "query", "type_", "text"),
        Param("name", "query", "name", "text"),
    ),
    response="ActivitiesPage",
    items="activities",
    next="next_",
)
get_customer_messages: Op[MessagesPage] = Op(
    "get_customer_messages",
    "customers.get_customer_messages",
    (
        Param("customer_id", "path", "customer_id", "id", required=True),
        Param("id_type", "query", "id_type", "identifier"),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1, high=1000),
        Param("start_ts", "query", "start_ts", "time"),
        Param("end_ts", "query", "end_ts", "time"),
    ),
    response="MessagesPage",
    items="messages",
    next="next_",
)
get_customer_relationships: Op[CustomerRelationshipsPage] = Op(
    "get_customer_relationships",
    "customers.get_customer_relationships",
    (
        Param("customer_id", "path", "customer_id", "id", required=True),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
    ),
    response="CustomerRelationshipsPage",
    items="cio_relationships",
    next="next_",
)
get_customer_segments: Op[CustomerSegmentsResponse] = Op(
    "get_customer_segments",
    "customers.get_customer_segments",
    (
        Param("customer_id", "path", "customer_id", "id", required=True),
        Param("id_type", "query", "id_type", "identifier", default="id"),
    ),
    response="CustomerSegmentsResponse",
)
get_customer_subscription_preferences: Op[CustomerSubscriptionPreferencesResponse] = Op(
    "get_customer_subscription_preferences",
    "customers.get_customer_subscription_preferences",
    (
        Param("customer_id", "path", "customer_id", "id", required=True),
        Param("id_type", "query", "id_type", "identifier"),
        Param("language", "query", "language", "text"),
    ),
    response="CustomerSubscriptionPreferencesResponse",
)
get_customers_attributes: Op[CustomersAttributesResponse] = Op(
    "get_customers_attributes",
    "customers.get_customers_attributes",
    (Param("ids", "field", "ids", "array", required=True),),
    request="CustomersAttributesRequest",
    body="object",
    response="CustomersAttributesResponse",
)
find_objects: Op[FindObjectsResponse] = Op(
    "find_objects",
    "objects.find_objects",
    (
        Param("object_type_id", "field", "object_type_id", "id", required=True),
        Param("filter", "field", "filter", "object", required=True, model="ObjectFilter"),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
    ),
    request="FindObjectsRequest",
    body="object",
    response="FindObjectsResponse",
    items="identifiers",
    next="next_",
)
get_object_attributes: Op[ObjectAttributesResponse] = Op(
    "get_object_attributes",
    "objects.get_object_attributes",
    (
        Param("object_type_id", "path", "object_type_id", "number", required=True, low=0, high=2147483647),
        Param("object_id", "path", "object_id", "id", required=True),
        Param("id_type", "query", "id_type", "choice", choices=("object_id", "cio_object_id")),
    ),
    response="ObjectAttributesResponse",
)
get_object_relationships: Op[ObjectRelationshipsPage] = Op(
    "get_object_relationships",
    "objects.get_object_relationships",
    (
        Param("object_type_id", "path", "object_type_id", "number", required=True, low=0, high=2147483647),
        Param("object_id", "path", "object_id", "id", required=True),
        Param("id_type", "query", "id_type", "choice", choices=("object_id", "cio_object_id")),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
    ),
    response="ObjectRelationshipsPage",
    items="cio_relationships",
    next="next_",
)
list_object_types: Op[ListObjectTypesResponse] = Op(
    "list_object_types", "objects.list_object_types", (), response="ListObjectTypesResponse"
)
list_activities: Op[ActivitiesPage] = Op(
    "list_activities",
    "activities.list_activities",
    (
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1, high=100),
        Param("type", "query", "type_", "text"),
        Param("name", "query", "name", "text"),
        Param("deleted", "query", "deleted", "bool"),
        Param("customer_id", "query", "customer_id", "id"),
        Param("id_type", "query", "id_type", "identifier"),
    ),
    response="ActivitiesPage",
    items="activities",
    next="next_",
)
list_subscription_topics: Op[ListSubscriptionTopicsResponse] = Op(
    "list_subscription_topics",
    "subscription_center.list_subscription_topics",
    (),
    response="ListSubscriptionTopicsResponse",
)
list_subscription_channels: Op[ListSubscriptionChannelsResponse] = Op(
    "list_subscription_channels",
    "subscription_center.list_subscription_channels",
    (),
    response="ListSubscriptionChannelsResponse",
)
get_subscription_center_token: Op[SubscriptionCenterTokenResponse] = Op(
    "get_subscription_center_token",
    "subscription_center.get_subscription_center_token",
    (Param("customer_id", "path", "customer_id", "id", required=True),),
    response="SubscriptionCenterTokenResponse",
)
get_messages: Op[MessagesPage] = Op(
    "get_messages",
    "messages.get_messages",
    (
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1, high=1000),
        Param("drafts", "query", "drafts", "bool"),
        Param(
            "metric",
            "query",
            "metric",
            "choice",
            choices=(
                "created",
                "attempted",
                "sent",
                "delivered",
                "opened",
                "clicked",
                "converted",
                "bounced",
                "spammed",
                "unsubscribed",
                "dropped",
                "failed",
                "undeliverable",
            ),
        ),
        Param(
            "type",
            "query",
            "type_",
            "choice",
            choices=("email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"),
        ),
        Param("campaign_id", "query", "campaign_id", "int", low=0, high=2147483647),
        Param("action_id", "query", "action_id", "int", low=0, high=2147483647),
        Param("newsletter_id", "query", "newsletter_id", "int", low=0, high=2147483647),
        Param("transactional_id", "query", "transactional_id", "int", low=0, high=2147483647),
        Param("trigger_id", "query", "trigger_id", "int", low=0, high=2147483647),
        Param("template_id", "query", "template_id", "int", low=0, high=2147483647),
        Param("content_id", "query", "content_id", "int", low=0, high=2147483647),
        Param("start_ts", "query", "start_ts", "time"),
        Param("end_ts", "query", "end_ts", "time"),
        Param("associations", "query", "associations", "bool"),
        Param("get_tracked_responses", "query", "get_tracked_responses", "bool"),
    ),
    response="MessagesPage",
    items="messages",
    next="next_",
)
get_message: Op[MessageResponse] = Op(
    "get_message",
    "messages.get_message",
    (
        Param("message_id", "path", "message_id", "id", required=True),
        Param("archived_message", "query", "archived_message", "bool"),
        Param("associations", "query", "associations", "bool"),
        Param("get_tracked_responses", "query", "get_tracked_responses", "bool"),
    ),
    response="MessageResponse",
)
get_archived_message: Op[ArchivedMessageResponse] = Op(
    "get_archived_message",
    "messages.get_archived_message",
    (Param("message_id", "path", "message_id", "id", required=True),),
    response="ArchivedMessageResponse",
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
list_campaigns: Op[ListCampaignsResponse] = Op(
    "list_campaigns", "campaigns.list_campaigns", (), response="ListCampaignsResponse"
)
get_campaign: Op[CampaignResponse] = Op(
    "get_campaign",
    "campaigns.get_campaign",
    (Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),),
    response="CampaignResponse",
)
get_campaign_actions: Op[ListWorkflowActionsResponse] = Op(
    "get_campaign_actions",
    "campaigns.get_campaign_actions",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("start", "query", "start", "text"),
    ),
    response="ListWorkflowActionsResponse",
    items="actions",
    next="next_",
)
get_campaign_action: Op[WorkflowActionResponse] = Op(
    "get_campaign_action",
    "campaigns.get_campaign_action",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
    ),
    response="WorkflowActionResponse",
)
update_campaign_action: Op[WorkflowAction] = Op(
    "update_campaign_action",
    "campaigns.update_campaign_action",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="WorkflowAction",
)
get_campaign_action_language: Op[WorkflowActionResponse] = Op(
    "get_campaign_action_language",
    "campaigns.get_campaign_action_language",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
    ),
    response="WorkflowActionResponse",
)
update_campaign_action_language: Op[WorkflowAction] = Op(
    "update_campaign_action_language",
    "campaigns.update_campaign_action_language",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="WorkflowAction",
)
get_campaign_action_metrics: Op[MetricsReportResponse] = Op(
    "get_campaign_action_metrics",
    "campaigns.get_campaign_action_metrics",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("version", "query", "version", "choice", choices=("1", "2")),
        Param(
            "res",
            "query",
            "res",
            "choice",
            choices=("hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"),
        ),
        Param("tz", "query", "tz", "text"),
        Param("start", "query", "start", "time"),
        Param("end", "query", "end", "time"),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
    ),
    response="MetricsReportResponse",
)
get_campaign_action_metrics_links: Op[LinkMetricsResponse] = Op(
    "get_campaign_action_metrics_links",
    "campaigns.get_campaign_action_metrics_links",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
        Param("unique", "query", "unique", "bool"),
    ),
    response="LinkMetricsResponse",
)
get_campaign_metrics: Op[MetricsReportResponse] = Op(
    "get_campaign_metrics",
    "campaigns.get_campaign_metrics",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("version", "query", "version", "choice", choices=("1", "2")),
        Param(
            "type",
            "query",
            "type_",
            "choice",
            choices=("email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"),
        ),
        Param(
            "res",
            "query",
            "res",
            "choice",
            choices=("hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"),
        ),
        Param("tz", "query", "tz", "text"),
        Param("start", "query", "start", "time"),
        Param("end", "query", "end", "time"),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
    ),
    response="MetricsReportResponse",
)
get_campaign_metrics_links: Op[LinkMetricsResponse] = Op(
    "get_campaign_metrics_links",
    "campaigns.get_campaign_metrics_links",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
        Param("unique", "query", "unique", "bool"),
    ),
    response="LinkMetricsResponse",
)
get_campaign_journey_metrics: Op[JourneyMetricsResponse] = Op(
    "get_campaign_journey_metrics",
    "campaigns.get_campaign_journey_metrics",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("start", "query", "start", "time", required=True),
        Param("end", "query", "end", "time", required=True),
        Param(
            "res",
            "query",
            "resolution",
            "choice",
            required=True,
            choices=("hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"),
        ),
    ),
    response="JourneyMetricsResponse",
)
get_campaign_messages: Op[MessagesPage] = Op(
    "get_campaign_messages",
    "campaigns.get_campaign_messages",
    (
        Param("campaign_id", "path", "campaign_id", "number", required=True, low=0, high=2147483647),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
        Param(
            "type",
            "query",
            "type_",
            "choice",
            choices=("email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"),
        ),
        Param("metric", "query", "metric", "text"),
        Param("drafts", "query", "drafts", "bool"),
        Param("start_ts", "query", "start_ts", "time"),
        Param("end_ts", "query", "end_ts", "time"),
        Param("get_tracked_responses", "query", "get_tracked_responses", "bool"),
    ),
    response="MessagesPage",
    items="messages",
    next="next_",
)
list_broadcasts: Op[ListBroadcastsResponse] = Op(
    "list_broadcasts", "broadcasts.list_broadcasts", (), response="ListBroadcastsResponse"
)
get_broadcast: Op[BroadcastResponse] = Op(
    "get_broadcast",
    "broadcasts.get_broadcast",
    (Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),),
    response="BroadcastResponse",
)
get_broadcast_actions: Op[ListWorkflowActionsResponse] = Op(
    "get_broadcast_actions",
    "broadcasts.get_broadcast_actions",
    (Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),),
    response="ListWorkflowActionsResponse",
)
get_broadcast_action: Op[WorkflowActionResponse] = Op(
    "get_broadcast_action",
    "broadcasts.get_broadcast_action",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
    ),
    response="WorkflowActionResponse",
)
update_broadcast_action: Op[WorkflowAction] = Op(
    "update_broadcast_action",
    "broadcasts.update_broadcast_action",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="WorkflowAction",
)
get_broadcast_action_language: Op[WorkflowActionResponse] = Op(
    "get_broadcast_action_language",
    "broadcasts.get_broadcast_action_language",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
    ),
    response="WorkflowActionResponse",
)
update_broadcast_action_language: Op[WorkflowAction] = Op(
    "update_broadcast_action_language",
    "broadcasts.update_broadcast_action_language",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="WorkflowAction",
)
get_broadcast_action_metrics: Op[MetricsReportResponse] = Op(
    "get_broadcast_action_metrics",
    "broadcasts.get_broadcast_action_metrics",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
    ),
    response="MetricsReportResponse",
)
get_broadcast_action_metrics_links: Op[LinkMetricsResponse] = Op(
    "get_broadcast_action_metrics_links",
    "broadcasts.get_broadcast_action_metrics_links",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("action_id", "path", "action_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
        Param("unique", "query", "unique", "bool"),
    ),
    response="LinkMetricsResponse",
)
get_broadcast_metrics: Op[MetricsReportResponse] = Op(
    "get_broadcast_metrics",
    "broadcasts.get_broadcast_metrics",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
        Param(
            "type",
            "query",
            "type_",
            "choice",
            choices=("email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"),
        ),
    ),
    response="MetricsReportResponse",
)
get_broadcast_metrics_links: Op[LinkMetricsResponse] = Op(
    "get_broadcast_metrics_links",
    "broadcasts.get_broadcast_metrics_links",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
        Param("unique", "query", "unique", "bool"),
    ),
    response="LinkMetricsResponse",
)
get_broadcast_messages: Op[MessagesPage] = Op(
    "get_broadcast_messages",
    "broadcasts.get_broadcast_messages",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
        Param("metric", "query", "metric", "text"),
        Param(
            "type",
            "query",
            "type_",
            "choice",
            choices=("email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"),
        ),
        Param("start_ts", "query", "start_ts", "time"),
        Param("end_ts", "query", "end_ts", "time"),
        Param("get_tracked_responses", "query", "get_tracked_responses", "bool"),
    ),
    response="MessagesPage",
    items="messages",
    next="next_",
)
get_broadcast_triggers: Op[ListBroadcastTriggersResponse] = Op(
    "get_broadcast_triggers",
    "broadcasts.get_broadcast_triggers",
    (Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),),
    response="ListBroadcastTriggersResponse",
)
get_broadcast_trigger_status: Op[BroadcastTriggerStatus] = Op(
    "get_broadcast_trigger_status",
    "broadcasts.get_broadcast_trigger_status",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("trigger_id", "path", "trigger_id", "number", required=True, low=0, high=2147483647),
    ),
    response="BroadcastTriggerStatus",
)
get_broadcast_trigger_errors: Op[BroadcastTriggerErrorsResponse] = Op(
    "get_broadcast_trigger_errors",
    "broadcasts.get_broadcast_trigger_errors",
    (
        Param("broadcast_id", "path", "broadcast_id", "number", required=True, low=0, high=2147483647),
        Param("trigger_id", "path", "trigger_id", "number", required=True, low=0, high=2147483647),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
    ),
    response="BroadcastTriggerErrorsResponse",
)
list_newsletters: Op[ListNewslettersResponse] = Op(
    "list_newsletters",
    "newsletters.list_newsletters",
    (
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
        Param("sort", "query", "sort", "choice", choices=("asc", "desc")),
    ),
    response="ListNewslettersResponse",
    items="newsletters",
    next="next_",
)
create_newsletter: Op[NewsletterResponse] = Op(
    "create_newsletter",
    "newsletters.create_newsletter",
    (Param("newsletter", "body", "newsletter", "object", required=True),),
    request="NewsletterInput",
    body="object",
    response="NewsletterResponse",
    safety=Safety.ONCE,
)
get_newsletter: Op[NewsletterResponse] = Op(
    "get_newsletter",
    "newsletters.get_newsletter",
    (Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),),
    response="NewsletterResponse",
)
delete_newsletter: Op[None] = Op(
    "delete_newsletter",
    "newsletters.delete_newsletter",
    (Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),),
)
get_newsletter_contents: Op[ListNewsletterContentsResponse] = Op(
    "get_newsletter_contents",
    "newsletters.get_newsletter_contents",
    (Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),),
    response="ListNewsletterContentsResponse",
)
get_newsletter_content: Op[NewsletterContentResponse] = Op(
    "get_newsletter_content",
    "newsletters.get_newsletter_content",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("content_id", "path", "content_id", "number", required=True, low=0, high=2147483647),
    ),
    response="NewsletterContentResponse",
)
update_newsletter_content: Op[NewsletterContentResponse] = Op(
    "update_newsletter_content",
    "newsletters.update_newsletter_content",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("content_id", "path", "content_id", "number", required=True, low=0, high=2147483647),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="NewsletterContentResponse",
)
get_newsletter_content_metrics: Op[MetricsReportResponse] = Op(
    "get_newsletter_content_metrics",
    "newsletters.get_newsletter_content_metrics",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("content_id", "path", "content_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
    ),
    response="MetricsReportResponse",
)
get_newsletter_content_metrics_links: Op[LinkMetricsResponse] = Op(
    "get_newsletter_content_metrics_links",
    "newsletters.get_newsletter_content_metrics_links",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("content_id", "path", "content_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
        Param("unique", "query", "unique", "bool"),
    ),
    response="LinkMetricsResponse",
)
get_newsletter_metrics: Op[MetricsReportResponse] = Op(
    "get_newsletter_metrics",
    "newsletters.get_newsletter_metrics",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
    ),
    response="MetricsReportResponse",
)
get_newsletter_metrics_links: Op[LinkMetricsResponse] = Op(
    "get_newsletter_metrics_links",
    "newsletters.get_newsletter_metrics_links",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
        Param("unique", "query", "unique", "bool"),
    ),
    response="LinkMetricsResponse",
)
get_newsletter_messages: Op[MessagesPage] = Op(
    "get_newsletter_messages",
    "newsletters.get_newsletter_messages",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
        Param("metric", "query", "metric", "text"),
        Param("type", "query", "type_", "choice", choices=("email", "webhook", "twilio", "push", "in_app", "inbox")),
        Param("start_ts", "query", "start_ts", "time"),
        Param("end_ts", "query", "end_ts", "time"),
        Param("get_tracked_responses", "query", "get_tracked_responses", "bool"),
    ),
    response="MessagesPage",
    items="messages",
    next="next_",
)
send_newsletter: Op[NewsletterResponse] = Op(
    "send_newsletter",
    "newsletters.send_newsletter",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("data", "body", "data", "object"),
    ),
    request="NewsletterRateLimit",
    body="object",
    response="NewsletterResponse",
    safety=Safety.ONCE,
)
schedule_newsletter: Op[NewsletterResponse] = Op(
    "schedule_newsletter",
    "newsletters.schedule_newsletter",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("data", "body", "data", "object", required=True),
    ),
    request="NewsletterSchedule",
    body="object",
    response="NewsletterResponse",
    safety=Safety.ONCE,
)
create_newsletter_language: Op[NewsletterContentResponse] = Op(
    "create_newsletter_language",
    "newsletters.create_newsletter_language",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("data", "body", "data", "object", required=True),
    ),
    request="NewsletterLanguageInput",
    body="object",
    response="NewsletterContentResponse",
    safety=Safety.ONCE,
)
get_newsletter_language: Op[NewsletterContentResponse] = Op(
    "get_newsletter_language",
    "newsletters.get_newsletter_language",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
    ),
    response="NewsletterContentResponse",
)
update_newsletter_language: Op[NewsletterContentResponse] = Op(
    "update_newsletter_language",
    "newsletters.update_newsletter_language",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="NewsletterContentResponse",
)
delete_newsletter_language: Op[None] = Op(
    "delete_newsletter_language",
    "newsletters.delete_newsletter_language",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
    ),
)
get_newsletter_test_groups: Op[ListNewsletterTestGroupsResponse] = Op(
    "get_newsletter_test_groups",
    "newsletters.get_newsletter_test_groups",
    (Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),),
    response="ListNewsletterTestGroupsResponse",
)
create_newsletter_test_group: Op[NewsletterResponse] = Op(
    "create_newsletter_test_group",
    "newsletters.create_newsletter_test_group",
    (Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),),
    request="EmptyRequest",
    body="empty",
    response="NewsletterResponse",
    safety=Safety.ONCE,
)
create_newsletter_test_group_language: Op[NewsletterContentResponse] = Op(
    "create_newsletter_test_group_language",
    "newsletters.create_newsletter_test_group_language",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("test_group_id", "path", "test_group_id", "id", required=True),
        Param("data", "body", "data", "object", required=True),
    ),
    request="NewsletterLanguageInput",
    body="object",
    response="NewsletterContentResponse",
    safety=Safety.ONCE,
)
get_newsletter_test_group_language: Op[NewsletterContentResponse] = Op(
    "get_newsletter_test_group_language",
    "newsletters.get_newsletter_test_group_language",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("test_group_id", "path", "test_group_id", "id", required=True),
        Param("language", "path", "language", "id", required=True),
    ),
    response="NewsletterContentResponse",
)
update_newsletter_test_group_language: Op[NewsletterContentResponse] = Op(
    "update_newsletter_test_group_language",
    "newsletters.update_newsletter_test_group_language",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("test_group_id", "path", "test_group_id", "id", required=True),
        Param("language", "path", "language", "id", required=True),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="NewsletterContentResponse",
)
delete_newsletter_test_group_language: Op[None] = Op(
    "delete_newsletter_test_group_language",
    "newsletters.delete_newsletter_test_group_language",
    (
        Param("newsletter_id", "path", "newsletter_id", "number", required=True, low=0, high=2147483647),
        Param("test_group_id", "path", "test_group_id", "id", required=True),
        Param("language", "path", "language", "id", required=True),
    ),
)
list_transactional_messages: Op[ListTransactionalMessagesResponse] = Op(
    "list_transactional_messages",
    "transactional.list_transactional_messages",
    (),
    response="ListTransactionalMessagesResponse",
)
get_transactional_message: Op[TransactionalMessageResponse] = Op(
    "get_transactional_message",
    "transactional.get_transactional_message",
    (Param("transactional_id", "path", "transactional_id", "number", required=True, low=0, high=2147483647),),
    response="TransactionalMessageResponse",
)
get_transactional_message_contents: Op[ListTransactionalContentsResponse] = Op(
    "get_transactional_message_contents",
    "transactional.get_transactional_message_contents",
    (Param("transactional_id", "path", "transactional_id", "number", required=True, low=0, high=2147483647),),
    response="ListTransactionalContentsResponse",
)
get_transactional_message_language: Op[TransactionalContentResponse] = Op(
    "get_transactional_message_language",
    "transactional.get_transactional_message_language",
    (
        Param("transactional_id", "path", "transactional_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
    ),
    response="TransactionalContentResponse",
)
update_transactional_message_language: Op[TransactionalContentResponse] = Op(
    "update_transactional_message_language",
    "transactional.update_transactional_message_language",
    (
        Param("transactional_id", "path", "transactional_id", "number", required=True, low=0, high=2147483647),
        Param("language", "path", "language", "id", required=True),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="TransactionalContentResponse",
)
get_transactional_message_deliveries: Op[MessagesPage] = Op(
    "get_transactional_message_deliveries",
    "transactional.get_transactional_message_deliveries",
    (
        Param("transactional_id", "path", "transactional_id", "number", required=True, low=0, high=2147483647),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1),
        Param("metric", "query", "metric", "text"),
        Param("start_ts", "query", "start_ts", "time"),
        Param("end_ts", "query", "end_ts", "time"),
        Param("get_tracked_responses", "query", "get_tracked_responses", "bool"),
    ),
    response="MessagesPage",
    items="messages",
    next="next_",
)
get_transactional_message_metrics: Op[MetricsReportResponse] = Op(
    "get_transactional_message_metrics",
    "transactional.get_transactional_message_metrics",
    (
        Param("transactional_id", "path", "transactional_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
    ),
    response="MetricsReportResponse",
)
get_transactional_message_link_metrics: Op[LinkMetricsResponse] = Op(
    "get_transactional_message_link_metrics",
    "transactional.get_transactional_message_link_metrics",
    (
        Param("transactional_id", "path", "transactional_id", "number", required=True, low=0, high=2147483647),
        Param("period", "query", "period", "choice", choices=("hours", "days", "weeks", "months")),
        Param("steps", "query", "steps", "int", low=0),
        Param("unique", "query", "unique", "bool"),
    ),
    response="LinkMetricsResponse",
)
update_transactional_message_content: Op[TransactionalContentResponse] = Op(
    "update_transactional_message_content",
    "transactional.update_transactional_message_content",
    (
        Param("transactional_id", "path", "transactional_id", "number", required=True, low=0, high=2147483647),
        Param("content_id", "path", "content_id", "number", required=True, low=0, high=2147483647),
        Param("data", "body", "data", "object"),
    ),
    request="MessageContentUpdate",
    body="object",
    response="TransactionalContentResponse",
)
list_design_studio_folders: Op[ListDesignStudioFoldersResponse] = Op(
    "list_design_studio_folders",
    "design_studio.list_design_studio_folders",
    (
        Param("parent_folder_id", "query", "parent_folder_id", "text"),
        Param("direct_descendants_only", "query", "direct_descendants_only", "bool"),
        Param("sort_by", "query", "sort_by", "choice", choices=("created", "updated", "name")),
        Param("sort_order", "query", "sort_order", "choice", choices=("asc", "desc")),
        Param("created_before", "query", "created_before", "time"),
        Param("created_after", "query", "created_after", "time"),
        Param("updated_before", "query", "updated_before", "time"),
        Param("updated_after", "query", "updated_after", "time"),
        Param("page", "query", "page", "int", low=1),
        Param("limit", "query", "limit", "int", low=1, high=10000),
    ),
    response="ListDesignStudioFoldersResponse",
)
create_design_studio_folder: Op[DesignStudioFolderResponse] = Op(
    "create_design_studio_folder",
    "design_studio.create_design_studio_folder",
    (Param("folder", "body", "folder", "object", required=True),),
    request="DesignStudioFolderInput",
    body="object",
    response="DesignStudioFolderResponse",
    safety=Safety.ONCE,
)
get_design_studio_folder: Op[DesignStudioFolderResponse] = Op(
    "get_design_studio_folder",
    "design_studio.get_design_studio_folder",
    (Param("folder_id", "path", "folder_id", "id", required=True),),
    response="DesignStudioFolderResponse",
)
update_design_studio_folder: Op[None] = Op(
    "update_design_studio_folder",
    "design_studio.update_design_studio_folder",
    (
        Param("folder_id", "path", "folder_id", "id", required=True),
        Param("updates", "body", "updates", "object", required=True, low=1),
    ),
    request="DesignStudioFolderUpdate",
    body="object",
)
delete_design_studio_folder: Op[None] = Op(
    "delete_design_studio_folder",
    "design_studio.delete_design_studio_folder",
    (Param("folder_id", "path", "folder_id", "id", required=True),),
)
list_design_studio_emails: Op[ListDesignStudioEmailsResponse] = Op(
    "list_design_studio_emails",
    "design_studio.list_design_studio_emails",
    (
        Param("parent_folder_id", "query", "parent_folder_id", "text"),
        Param("direct_descendants_only", "query", "direct_descendants_only", "bool"),
        Param("sort_by", "query", "sort_by", "choice", choices=("created", "updated", "name")),
        Param("sort_order", "query", "sort_order", "choice", choices=("asc", "desc")),
        Param("created_before", "query", "created_before", "time"),
        Param("created_after", "query", "created_after", "time"),
        Param("updated_before", "query", "updated_before", "time"),
        Param("updated_after", "query", "updated_after", "time"),
        Param("page", "query", "page", "int", low=1),
        Param("limit", "query", "limit", "int", low=1, high=10000),
        Param("is_template", "query", "is_template", "choice", choices=("true", "false", "any")),
        Param("has_translations", "query", "has_translations", "choice", choices=("true", "false", "any")),
        Param("is_linked", "query", "is_linked", "choice", choices=("true", "false", "any")),
    ),
    response="ListDesignStudioEmailsResponse",
)
create_design_studio_email: Op[DesignStudioEmailResponse] = Op(
    "create_design_studio_email",
    "design_studio.create_design_studio_email",
    (Param("email", "body", "email", "object", required=True),),
    request="DesignStudioEmailInput",
    body="object",
    response="DesignStudioEmailResponse",
    safety=Safety.ONCE,
)
get_design_studio_email: Op[DesignStudioEmailResponse] = Op(
    "get_design_studio_email",
    "design_studio.get_design_studio_email",
    (Param("email_id", "path", "email_id", "id", required=True),),
    response="DesignStudioEmailResponse",
)
update_design_studio_email: Op[None] = Op(
    "update_design_studio_email",
    "design_studio.update_design_studio_email",
    (
        Param("email_id", "path", "email_id", "id", required=True),
        Param("updates", "body", "updates", "object", required=True, low=1),
    ),
    request="DesignStudioEmailUpdate",
    body="object",
)
delete_design_studio_email: Op[None] = Op(
    "delete_design_studio_email",
    "design_studio.delete_design_studio_email",
    (Param("email_id", "path", "email_id", "id", required=True),),
)
list_design_studio_email_languages: Op[ListDesignStudioEmailTranslationsResponse] = Op(
    "list_design_studio_email_languages",
    "design_studio.list_design_studio_email_languages",
    (Param("email_id", "path", "email_id", "id", required=True),),
    response="ListDesignStudioEmailTranslationsResponse",
)
create_design_studio_email_language: Op[DesignStudioEmailTranslationResponse] = Op(
    "create_design_studio_email_language",
    "design_studio.create_design_studio_email_language",
    (
        Param("email_id", "path", "email_id", "id", required=True),
        Param("translation", "body", "translation", "object", required=True),
    ),
    request="DesignStudioEmailTranslationInput",
    body="object",
    response="DesignStudioEmailTranslationResponse",
    safety=Safety.ONCE,
)
get_design_studio_email_language: Op[DesignStudioEmailTranslationResponse] = Op(
    "get_design_studio_email_language",
    "design_studio.get_design_studio_email_language",
    (
        Param("email_id", "path", "email_id", "id", required=True),
        Param("language", "path", "language", "id", required=True),
    ),
    response="DesignStudioEmailTranslationResponse",
)
update_design_studio_email_language: Op[None] = Op(
    "update_design_studio_email_language",
    "design_studio.update_design_studio_email_language",
    (
        Param("email_id", "path", "email_id", "id", required=True),
        Param("language", "path", "language", "id", required=True),
        Param("updates", "body", "updates", "object", required=True, low=1),
    ),
    request="DesignStudioEmailTranslationUpdate",
    body="object",
)
delete_design_studio_email_language: Op[None] = Op(
    "delete_design_studio_email_language",
    "design_studio.delete_design_studio_email_language",
    (
        Param("email_id", "path", "email_id", "id", required=True),
        Param("language", "path", "language", "id", required=True),
    ),
)
list_design_studio_components: Op[ListDesignStudioComponentsResponse] = Op(
    "list_design_studio_components",
    "design_studio.list_design_studio_components",
    (
        Param("parent_folder_id", "query", "parent_folder_id", "text"),
        Param("direct_descendants_only", "query", "direct_descendants_only", "bool"),
        Param("sort_by", "query", "sort_by", "choice", choices=("created", "updated", "name")),
        Param("sort_order", "query", "sort_order", "choice", choices=("asc", "desc")),
        Param("created_before", "query", "created_before", "time"),
        Param("created_after", "query", "created_after", "time"),
        Param("updated_before", "query", "updated_before", "time"),
        Param("updated_after", "query", "updated_after", "time"),
        Param("page", "query", "page", "int", low=1),
        Param("limit", "query", "limit", "int", low=1, high=10000),
        Param("tag", "query", "tag", "text"),
    ),
    response="ListDesignStudioComponentsResponse",
)
create_design_studio_component: Op[DesignStudioComponentResponse] = Op(
    "create_design_studio_component",
    "design_studio.create_design_studio_component",
    (Param("component", "body", "component", "object", required=True),),
    request="DesignStudioComponentInput",
    body="object",
    response="DesignStudioComponentResponse",
    safety=Safety.ONCE,
)
get_design_studio_component: Op[DesignStudioComponentResponse] = Op(
    "get_design_studio_component",
    "design_studio.get_design_studio_component",
    (Param("component_id", "path", "component_id", "id", required=True),),
    response="DesignStudioComponentResponse",
)
update_design_studio_component: Op[None] = Op(
    "update_design_studio_component",
    "design_studio.update_design_studio_component",
    (
        Param("component_id", "path", "component_id", "id", required=True),
        Param("updates", "body", "updates", "object", required=True, low=1),
    ),
    request="DesignStudioComponentUpdate",
    body="object",
)
delete_design_studio_component: Op[None] = Op(
    "delete_design_studio_component",
    "design_studio.delete_design_studio_component",
    (Param("component_id", "path", "component_id", "id", required=True),),
)
list_assets: Op[ListAssetsResponse] = Op(
    "list_assets",
    "assets.list_assets",
    (
        Param("parent_folder_id", "query", "parent_folder_id", "int", low=0, high=9223372036854775807),
        Param("direct_descendants_only", "query", "direct_descendants_only", "bool"),
        Param("page", "query", "page", "int", low=1),
        Param("limit", "query", "limit", "int", low=1, high=10000),
    ),
    response="ListAssetsResponse",
)
get_asset: Op[AssetResponse] = Op(
    "get_asset",
    "assets.get_asset",
    (Param("asset_id", "path", "asset_id", "number", required=True, low=1, high=9223372036854775807),),
    response="AssetResponse",
)
update_asset: Op[None] = Op(
    "update_asset",
    "assets.update_asset",
    (
        Param("asset_id", "path", "asset_id", "number", required=True, low=1, high=9223372036854775807),
        Param("updates", "body", "updates", "object", required=True, low=1),
    ),
    request="AssetUpdate",
    body="object",
)
delete_asset: Op[None] = Op(
    "delete_asset",
    "assets.delete_asset",
    (Param("asset_id", "path", "asset_id", "number", required=True, low=1, high=9223372036854775807),),
)
list_asset_folders: Op[ListAssetFoldersResponse] = Op(
    "list_asset_folders",
    "assets.list_asset_folders",
    (
        Param("parent_folder_id", "query", "parent_folder_id", "int", low=0, high=9223372036854775807),
        Param("direct_descendants_only", "query", "direct_descendants_only", "bool"),
        Param("page", "query", "page", "int", low=1),
        Param("limit", "query", "limit", "int", low=1, high=10000),
    ),
    response="ListAssetFoldersResponse",
)
create_asset_folder: Op[AssetFolderResponse] = Op(
    "create_asset_folder",
    "assets.create_asset_folder",
    (Param("folder", "body", "folder", "object", required=True),),
    request="AssetFolderInput",
    body="object",
    response="AssetFolderResponse",
    safety=Safety.ONCE,
)
get_asset_folder: Op[AssetFolderResponse] = Op(
    "get_asset_folder",
    "assets.get_asset_folder",
    (Param("folder_id", "path", "folder_id", "number", required=True, low=1, high=9223372036854775807),),
    response="AssetFolderResponse",
)
update_asset_folder: Op[None] = Op(
    "update_asset_folder",
    "assets.update_asset_folder",
    (
        Param("folder_id", "path", "folder_id", "number", required=True, low=1, high=9223372036854775807),
        Param("updates", "body", "updates", "object", required=True, low=1),
    ),
    request="AssetFolderUpdate",
    body="object",
)
delete_asset_folder: Op[None] = Op(
    "delete_asset_folder",
    "assets.delete_asset_folder",
    (Param("folder_id", "path", "folder_id", "number", required=True, low=1, high=9223372036854775807),),
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
search_customers: Op[SearchCustomersResponse] = Op(
    "search_customers",
    "customers.search_customers",
    (
        Param("filter", "field", "filter", "object", required=True, model="ExportFilter"),
        Param("start", "query", "start", "text"),
        Param("limit", "query", "limit", "int", low=1, high=1000),
    ),
    request="SearchCustomersRequest",
    body="object",
    response="SearchCustomersResponse",
    items="identifiers",
    next="next_",
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
