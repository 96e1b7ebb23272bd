# Written by scripts/facade.py from spec/openapi.yaml: edit the spec, run `make generate`.

"""The App API operations without rules of their own, one :class:`Op` each (see ``_app_calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._app_calls import Op, Param
from ._policy import Safety

if TYPE_CHECKING:
    from customerio_openapi.models import (
        BroadcastResponse,
        BroadcastTriggerErrorsResponse,
        BroadcastTriggerStatus,
        CampaignResponse,
        CollectionContentItem,
        CollectionResponse,
        CustomerAttributesResponse,
        CustomersByEmailResponse,
        ExportDownloadResponse,
        ExportResponse,
        JourneyMetricsResponse,
        LinkMetricsResponse,
        ListBroadcastsResponse,
        ListBroadcastTriggersResponse,
        ListCampaignsResponse,
        ListCollectionsResponse,
        ListExportsResponse,
        ListNewsletterContentsResponse,
        ListNewslettersResponse,
        ListNewsletterTestGroupsResponse,
        ListSegmentsResponse,
        ListTransactionalContentsResponse,
        ListTransactionalMessagesResponse,
        ListWorkflowActionsResponse,
        MessagesPage,
        MetricsReportResponse,
        NewsletterContentResponse,
        NewsletterResponse,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsedByResponse,
        TransactionalContentResponse,
        TransactionalMessageResponse,
        WorkflowAction,
        WorkflowActionResponse,
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
