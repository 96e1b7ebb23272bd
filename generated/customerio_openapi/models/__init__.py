"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account_region_response import AccountRegionResponse
    from .add_device_request import AddDeviceRequest
    from .attribute_condition import AttributeCondition
    from .attribute_condition_operator import AttributeConditionOperator
    from .batch_request import BatchRequest
    from .broadcast import Broadcast
    from .broadcast_per_user_data import BroadcastPerUserData
    from .broadcast_per_user_data_data import BroadcastPerUserDataData
    from .broadcast_response import BroadcastResponse
    from .broadcast_trigger import BroadcastTrigger
    from .broadcast_trigger_errors_response import BroadcastTriggerErrorsResponse
    from .broadcast_trigger_status import BroadcastTriggerStatus
    from .broadcast_trigger_status_recipients_filter_type_0 import (
        BroadcastTriggerStatusRecipientsFilterType0,
    )
    from .campaign import Campaign
    from .campaign_response import CampaignResponse
    from .collection import Collection
    from .collection_content_item import CollectionContentItem
    from .collection_input import CollectionInput
    from .collection_input_data_item import CollectionInputDataItem
    from .collection_response import CollectionResponse
    from .create_customers_export_request import CreateCustomersExportRequest
    from .create_deliveries_export_request import CreateDeliveriesExportRequest
    from .create_deliveries_export_request_metric import (
        CreateDeliveriesExportRequestMetric,
    )
    from .create_segment_request import CreateSegmentRequest
    from .customer_attributes import CustomerAttributes
    from .customer_attributes_attributes import CustomerAttributesAttributes
    from .customer_attributes_identifiers import CustomerAttributesIdentifiers
    from .customer_attributes_response import CustomerAttributesResponse
    from .customer_attributes_timestamps import CustomerAttributesTimestamps
    from .customer_by_email import CustomerByEmail
    from .customer_device import CustomerDevice
    from .customers_by_email_response import CustomersByEmailResponse
    from .device import Device
    from .device_attributes import DeviceAttributes
    from .device_platform import DevicePlatform
    from .empty_request import EmptyRequest
    from .empty_response import EmptyResponse
    from .entity_identifiers import EntityIdentifiers
    from .error_response import ErrorResponse
    from .error_response_meta import ErrorResponseMeta
    from .event_data import EventData
    from .export import Export
    from .export_download_response import ExportDownloadResponse
    from .export_filter import ExportFilter
    from .export_response import ExportResponse
    from .get_attributes_id_type import GetAttributesIdType
    from .get_broadcast_action_metrics_links_period import (
        GetBroadcastActionMetricsLinksPeriod,
    )
    from .get_broadcast_action_metrics_period import GetBroadcastActionMetricsPeriod
    from .get_broadcast_messages_type import GetBroadcastMessagesType
    from .get_broadcast_metrics_links_period import GetBroadcastMetricsLinksPeriod
    from .get_broadcast_metrics_period import GetBroadcastMetricsPeriod
    from .get_broadcast_metrics_type import GetBroadcastMetricsType
    from .get_campaign_action_metrics_links_period import (
        GetCampaignActionMetricsLinksPeriod,
    )
    from .get_campaign_action_metrics_period import GetCampaignActionMetricsPeriod
    from .get_campaign_action_metrics_res import GetCampaignActionMetricsRes
    from .get_campaign_action_metrics_version import GetCampaignActionMetricsVersion
    from .get_campaign_journey_metrics_resolution import (
        GetCampaignJourneyMetricsResolution,
    )
    from .get_campaign_messages_type import GetCampaignMessagesType
    from .get_campaign_metrics_links_period import GetCampaignMetricsLinksPeriod
    from .get_campaign_metrics_period import GetCampaignMetricsPeriod
    from .get_campaign_metrics_res import GetCampaignMetricsRes
    from .get_campaign_metrics_type import GetCampaignMetricsType
    from .get_campaign_metrics_version import GetCampaignMetricsVersion
    from .get_newsletter_content_metrics_links_period import (
        GetNewsletterContentMetricsLinksPeriod,
    )
    from .get_newsletter_content_metrics_period import GetNewsletterContentMetricsPeriod
    from .get_newsletter_messages_type import GetNewsletterMessagesType
    from .get_newsletter_metrics_links_period import GetNewsletterMetricsLinksPeriod
    from .get_newsletter_metrics_period import GetNewsletterMetricsPeriod
    from .get_transactional_message_link_metrics_period import (
        GetTransactionalMessageLinkMetricsPeriod,
    )
    from .get_transactional_message_metrics_period import (
        GetTransactionalMessageMetricsPeriod,
    )
    from .identifier_type import IdentifierType
    from .identifiers import Identifiers
    from .identify_relationships import IdentifyRelationships
    from .identify_relationships_action import IdentifyRelationshipsAction
    from .identify_request import IdentifyRequest
    from .journey_metrics_response import JourneyMetricsResponse
    from .link_metrics import LinkMetrics
    from .link_metrics_response import LinkMetricsResponse
    from .list_broadcast_triggers_response import ListBroadcastTriggersResponse
    from .list_broadcasts_response import ListBroadcastsResponse
    from .list_campaigns_response import ListCampaignsResponse
    from .list_collections_response import ListCollectionsResponse
    from .list_exports_response import ListExportsResponse
    from .list_newsletter_contents_response import ListNewsletterContentsResponse
    from .list_newsletter_test_groups_response import ListNewsletterTestGroupsResponse
    from .list_newsletters_response import ListNewslettersResponse
    from .list_newsletters_sort import ListNewslettersSort
    from .list_segments_response import ListSegmentsResponse
    from .list_transactional_contents_response import ListTransactionalContentsResponse
    from .list_transactional_messages_response import ListTransactionalMessagesResponse
    from .list_workflow_actions_response import ListWorkflowActionsResponse
    from .merge_customers_request import MergeCustomersRequest
    from .message import Message
    from .message_content_update import MessageContentUpdate
    from .message_customer_identifiers_type_0 import MessageCustomerIdentifiersType0
    from .message_metrics import MessageMetrics
    from .messages_page import MessagesPage
    from .metric_series import MetricSeries
    from .metrics_report import MetricsReport
    from .metrics_report_response import MetricsReportResponse
    from .newsletter import Newsletter
    from .newsletter_content import NewsletterContent
    from .newsletter_content_response import NewsletterContentResponse
    from .newsletter_input import NewsletterInput
    from .newsletter_input_recipients import NewsletterInputRecipients
    from .newsletter_input_type import NewsletterInputType
    from .newsletter_language_input import NewsletterLanguageInput
    from .newsletter_rate_limit import NewsletterRateLimit
    from .newsletter_response import NewsletterResponse
    from .newsletter_schedule import NewsletterSchedule
    from .newsletter_test_group import NewsletterTestGroup
    from .person_identifier import PersonIdentifier
    from .person_identifiers import PersonIdentifiers
    from .push_custom_device import PushCustomDevice
    from .push_custom_device_attributes import PushCustomDeviceAttributes
    from .relationship import Relationship
    from .relationship_relationship_attributes import RelationshipRelationshipAttributes
    from .report_metric_request import ReportMetricRequest
    from .report_metric_request_metric import ReportMetricRequestMetric
    from .segment import Segment
    from .segment_condition import SegmentCondition
    from .segment_customer_count_response import SegmentCustomerCountResponse
    from .segment_customers_request import SegmentCustomersRequest
    from .segment_input import SegmentInput
    from .segment_membership_response import SegmentMembershipResponse
    from .segment_response import SegmentResponse
    from .segment_usage import SegmentUsage
    from .segment_used_by_response import SegmentUsedByResponse
    from .send_email_request import SendEmailRequest
    from .send_email_request_attachments import SendEmailRequestAttachments
    from .send_email_request_headers import SendEmailRequestHeaders
    from .send_email_request_message_data import SendEmailRequestMessageData
    from .send_in_app_request import SendInAppRequest
    from .send_in_app_request_message_data import SendInAppRequestMessageData
    from .send_inbox_message_request import SendInboxMessageRequest
    from .send_inbox_message_request_message_data import (
        SendInboxMessageRequestMessageData,
    )
    from .send_message_response import SendMessageResponse
    from .send_push_request import SendPushRequest
    from .send_push_request_custom_data import SendPushRequestCustomData
    from .send_push_request_custom_payload import SendPushRequestCustomPayload
    from .send_push_request_message_data import SendPushRequestMessageData
    from .send_sms_request import SendSMSRequest
    from .send_sms_request_message_data import SendSMSRequestMessageData
    from .send_whats_app_request import SendWhatsAppRequest
    from .send_whats_app_request_message_data import SendWhatsAppRequestMessageData
    from .submit_form_request import SubmitFormRequest
    from .submit_form_request_data import SubmitFormRequestData
    from .subscription_preferences import SubscriptionPreferences
    from .subscription_preferences_topics import SubscriptionPreferencesTopics
    from .track_anonymous_event_request import TrackAnonymousEventRequest
    from .track_anonymous_event_request_type import TrackAnonymousEventRequestType
    from .track_event_request import TrackEventRequest
    from .track_event_request_type import TrackEventRequestType
    from .track_push_request import TrackPushRequest
    from .track_push_request_event import TrackPushRequestEvent
    from .tracked_link import TrackedLink
    from .transactional_content import TransactionalContent
    from .transactional_content_response import TransactionalContentResponse
    from .transactional_message import TransactionalMessage
    from .transactional_message_response import TransactionalMessageResponse
    from .trigger_broadcast_request import TriggerBroadcastRequest
    from .trigger_broadcast_request_data import TriggerBroadcastRequestData
    from .trigger_broadcast_response import TriggerBroadcastResponse
    from .unsubscribe_request import UnsubscribeRequest
    from .v2_device import V2Device
    from .v2_device_platform import V2DevicePlatform
    from .v2_error import V2Error
    from .v2_error_response import V2ErrorResponse
    from .v2_operation import V2Operation
    from .v2_operation_action import V2OperationAction
    from .v2_operation_attributes import V2OperationAttributes
    from .v2_operation_type import V2OperationType
    from .workflow_action import WorkflowAction
    from .workflow_action_ref import WorkflowActionRef
    from .workflow_action_response import WorkflowActionResponse

# Class name -> module of this package that defines it.
_MODULES = {
    "AccountRegionResponse": ".account_region_response",
    "AddDeviceRequest": ".add_device_request",
    "AttributeCondition": ".attribute_condition",
    "AttributeConditionOperator": ".attribute_condition_operator",
    "BatchRequest": ".batch_request",
    "Broadcast": ".broadcast",
    "BroadcastPerUserData": ".broadcast_per_user_data",
    "BroadcastPerUserDataData": ".broadcast_per_user_data_data",
    "BroadcastResponse": ".broadcast_response",
    "BroadcastTrigger": ".broadcast_trigger",
    "BroadcastTriggerErrorsResponse": ".broadcast_trigger_errors_response",
    "BroadcastTriggerStatus": ".broadcast_trigger_status",
    "BroadcastTriggerStatusRecipientsFilterType0": ".broadcast_trigger_status_recipients_filter_type_0",
    "Campaign": ".campaign",
    "CampaignResponse": ".campaign_response",
    "Collection": ".collection",
    "CollectionContentItem": ".collection_content_item",
    "CollectionInput": ".collection_input",
    "CollectionInputDataItem": ".collection_input_data_item",
    "CollectionResponse": ".collection_response",
    "CreateCustomersExportRequest": ".create_customers_export_request",
    "CreateDeliveriesExportRequest": ".create_deliveries_export_request",
    "CreateDeliveriesExportRequestMetric": ".create_deliveries_export_request_metric",
    "CreateSegmentRequest": ".create_segment_request",
    "CustomerAttributes": ".customer_attributes",
    "CustomerAttributesAttributes": ".customer_attributes_attributes",
    "CustomerAttributesIdentifiers": ".customer_attributes_identifiers",
    "CustomerAttributesResponse": ".customer_attributes_response",
    "CustomerAttributesTimestamps": ".customer_attributes_timestamps",
    "CustomerByEmail": ".customer_by_email",
    "CustomerDevice": ".customer_device",
    "CustomersByEmailResponse": ".customers_by_email_response",
    "Device": ".device",
    "DeviceAttributes": ".device_attributes",
    "DevicePlatform": ".device_platform",
    "EmptyRequest": ".empty_request",
    "EmptyResponse": ".empty_response",
    "EntityIdentifiers": ".entity_identifiers",
    "ErrorResponse": ".error_response",
    "ErrorResponseMeta": ".error_response_meta",
    "EventData": ".event_data",
    "Export": ".export",
    "ExportDownloadResponse": ".export_download_response",
    "ExportFilter": ".export_filter",
    "ExportResponse": ".export_response",
    "GetAttributesIdType": ".get_attributes_id_type",
    "GetBroadcastActionMetricsLinksPeriod": ".get_broadcast_action_metrics_links_period",
    "GetBroadcastActionMetricsPeriod": ".get_broadcast_action_metrics_period",
    "GetBroadcastMessagesType": ".get_broadcast_messages_type",
    "GetBroadcastMetricsLinksPeriod": ".get_broadcast_metrics_links_period",
    "GetBroadcastMetricsPeriod": ".get_broadcast_metrics_period",
    "GetBroadcastMetricsType": ".get_broadcast_metrics_type",
    "GetCampaignActionMetricsLinksPeriod": ".get_campaign_action_metrics_links_period",
    "GetCampaignActionMetricsPeriod": ".get_campaign_action_metrics_period",
    "GetCampaignActionMetricsRes": ".get_campaign_action_metrics_res",
    "GetCampaignActionMetricsVersion": ".get_campaign_action_metrics_version",
    "GetCampaignJourneyMetricsResolution": ".get_campaign_journey_metrics_resolution",
    "GetCampaignMessagesType": ".get_campaign_messages_type",
    "GetCampaignMetricsLinksPeriod": ".get_campaign_metrics_links_period",
    "GetCampaignMetricsPeriod": ".get_campaign_metrics_period",
    "GetCampaignMetricsRes": ".get_campaign_metrics_res",
    "GetCampaignMetricsType": ".get_campaign_metrics_type",
    "GetCampaignMetricsVersion": ".get_campaign_metrics_version",
    "GetNewsletterContentMetricsLinksPeriod": ".get_newsletter_content_metrics_links_period",
    "GetNewsletterContentMetricsPeriod": ".get_newsletter_content_metrics_period",
    "GetNewsletterMessagesType": ".get_newsletter_messages_type",
    "GetNewsletterMetricsLinksPeriod": ".get_newsletter_metrics_links_period",
    "GetNewsletterMetricsPeriod": ".get_newsletter_metrics_period",
    "GetTransactionalMessageLinkMetricsPeriod": ".get_transactional_message_link_metrics_period",
    "GetTransactionalMessageMetricsPeriod": ".get_transactional_message_metrics_period",
    "IdentifierType": ".identifier_type",
    "Identifiers": ".identifiers",
    "IdentifyRelationships": ".identify_relationships",
    "IdentifyRelationshipsAction": ".identify_relationships_action",
    "IdentifyRequest": ".identify_request",
    "JourneyMetricsResponse": ".journey_metrics_response",
    "LinkMetrics": ".link_metrics",
    "LinkMetricsResponse": ".link_metrics_response",
    "ListBroadcastTriggersResponse": ".list_broadcast_triggers_response",
    "ListBroadcastsResponse": ".list_broadcasts_response",
    "ListCampaignsResponse": ".list_campaigns_response",
    "ListCollectionsResponse": ".list_collections_response",
    "ListExportsResponse": ".list_exports_response",
    "ListNewsletterContentsResponse": ".list_newsletter_contents_response",
    "ListNewsletterTestGroupsResponse": ".list_newsletter_test_groups_response",
    "ListNewslettersResponse": ".list_newsletters_response",
    "ListNewslettersSort": ".list_newsletters_sort",
    "ListSegmentsResponse": ".list_segments_response",
    "ListTransactionalContentsResponse": ".list_transactional_contents_response",
    "ListTransactionalMessagesResponse": ".list_transactional_messages_response",
    "ListWorkflowActionsResponse": ".list_workflow_actions_response",
    "MergeCustomersRequest": ".merge_customers_request",
    "Message": ".message",
    "MessageContentUpdate": ".message_content_update",
    "MessageCustomerIdentifiersType0": ".message_customer_identifiers_type_0",
    "MessageMetrics": ".message_metrics",
    "MessagesPage": ".messages_page",
    "MetricSeries": ".metric_series",
    "MetricsReport": ".metrics_report",
    "MetricsReportResponse": ".metrics_report_response",
    "Newsletter": ".newsletter",
    "NewsletterContent": ".newsletter_content",
    "NewsletterContentResponse": ".newsletter_content_response",
    "NewsletterInput": ".newsletter_input",
    "NewsletterInputRecipients": ".newsletter_input_recipients",
    "NewsletterInputType": ".newsletter_input_type",
    "NewsletterLanguageInput": ".newsletter_language_input",
    "NewsletterRateLimit": ".newsletter_rate_limit",
    "NewsletterResponse": ".newsletter_response",
    "NewsletterSchedule": ".newsletter_schedule",
    "NewsletterTestGroup": ".newsletter_test_group",
    "PersonIdentifier": ".person_identifier",
    "PersonIdentifiers": ".person_identifiers",
    "PushCustomDevice": ".push_custom_device",
    "PushCustomDeviceAttributes": ".push_custom_device_attributes",
    "Relationship": ".relationship",
    "RelationshipRelationshipAttributes": ".relationship_relationship_attributes",
    "ReportMetricRequest": ".report_metric_request",
    "ReportMetricRequestMetric": ".report_metric_request_metric",
    "Segment": ".segment",
    "SegmentCondition": ".segment_condition",
    "SegmentCustomerCountResponse": ".segment_customer_count_response",
    "SegmentCustomersRequest": ".segment_customers_request",
    "SegmentInput": ".segment_input",
    "SegmentMembershipResponse": ".segment_membership_response",
    "SegmentResponse": ".segment_response",
    "SegmentUsage": ".segment_usage",
    "SegmentUsedByResponse": ".segment_used_by_response",
    "SendEmailRequest": ".send_email_request",
    "SendEmailRequestAttachments": ".send_email_request_attachments",
    "SendEmailRequestHeaders": ".send_email_request_headers",
    "SendEmailRequestMessageData": ".send_email_request_message_data",
    "SendInAppRequest": ".send_in_app_request",
    "SendInAppRequestMessageData": ".send_in_app_request_message_data",
    "SendInboxMessageRequest": ".send_inbox_message_request",
    "SendInboxMessageRequestMessageData": ".send_inbox_message_request_message_data",
    "SendMessageResponse": ".send_message_response",
    "SendPushRequest": ".send_push_request",
    "SendPushRequestCustomData": ".send_push_request_custom_data",
    "SendPushRequestCustomPayload": ".send_push_request_custom_payload",
    "SendPushRequestMessageData": ".send_push_request_message_data",
    "SendSMSRequest": ".send_sms_request",
    "SendSMSRequestMessageData": ".send_sms_request_message_data",
    "SendWhatsAppRequest": ".send_whats_app_request",
    "SendWhatsAppRequestMessageData": ".send_whats_app_request_message_data",
    "SubmitFormRequest": ".submit_form_request",
    "SubmitFormRequestData": ".submit_form_request_data",
    "SubscriptionPreferences": ".subscription_preferences",
    "SubscriptionPreferencesTopics": ".subscription_preferences_topics",
    "TrackAnonymousEventRequest": ".track_anonymous_event_request",
    "TrackAnonymousEventRequestType": ".track_anonymous_event_request_type",
    "TrackEventRequest": ".track_event_request",
    "TrackEventRequestType": ".track_event_request_type",
    "TrackPushRequest": ".track_push_request",
    "TrackPushRequestEvent": ".track_push_request_event",
    "TrackedLink": ".tracked_link",
    "TransactionalContent": ".transactional_content",
    "TransactionalContentResponse": ".transactional_content_response",
    "TransactionalMessage": ".transactional_message",
    "TransactionalMessageResponse": ".transactional_message_response",
    "TriggerBroadcastRequest": ".trigger_broadcast_request",
    "TriggerBroadcastRequestData": ".trigger_broadcast_request_data",
    "TriggerBroadcastResponse": ".trigger_broadcast_response",
    "UnsubscribeRequest": ".unsubscribe_request",
    "V2Device": ".v2_device",
    "V2DevicePlatform": ".v2_device_platform",
    "V2Error": ".v2_error",
    "V2ErrorResponse": ".v2_error_response",
    "V2Operation": ".v2_operation",
    "V2OperationAction": ".v2_operation_action",
    "V2OperationAttributes": ".v2_operation_attributes",
    "V2OperationType": ".v2_operation_type",
    "WorkflowAction": ".workflow_action",
    "WorkflowActionRef": ".workflow_action_ref",
    "WorkflowActionResponse": ".workflow_action_response",
}

__all__ = (
    "AccountRegionResponse",
    "AddDeviceRequest",
    "AttributeCondition",
    "AttributeConditionOperator",
    "BatchRequest",
    "Broadcast",
    "BroadcastPerUserData",
    "BroadcastPerUserDataData",
    "BroadcastResponse",
    "BroadcastTrigger",
    "BroadcastTriggerErrorsResponse",
    "BroadcastTriggerStatus",
    "BroadcastTriggerStatusRecipientsFilterType0",
    "Campaign",
    "CampaignResponse",
    "Collection",
    "CollectionContentItem",
    "CollectionInput",
    "CollectionInputDataItem",
    "CollectionResponse",
    "CreateCustomersExportRequest",
    "CreateDeliveriesExportRequest",
    "CreateDeliveriesExportRequestMetric",
    "CreateSegmentRequest",
    "CustomerAttributes",
    "CustomerAttributesAttributes",
    "CustomerAttributesIdentifiers",
    "CustomerAttributesResponse",
    "CustomerAttributesTimestamps",
    "CustomerByEmail",
    "CustomerDevice",
    "CustomersByEmailResponse",
    "Device",
    "DeviceAttributes",
    "DevicePlatform",
    "EmptyRequest",
    "EmptyResponse",
    "EntityIdentifiers",
    "ErrorResponse",
    "ErrorResponseMeta",
    "EventData",
    "Export",
    "ExportDownloadResponse",
    "ExportFilter",
    "ExportResponse",
    "GetAttributesIdType",
    "GetBroadcastActionMetricsLinksPeriod",
    "GetBroadcastActionMetricsPeriod",
    "GetBroadcastMessagesType",
    "GetBroadcastMetricsLinksPeriod",
    "GetBroadcastMetricsPeriod",
    "GetBroadcastMetricsType",
    "GetCampaignActionMetricsLinksPeriod",
    "GetCampaignActionMetricsPeriod",
    "GetCampaignActionMetricsRes",
    "GetCampaignActionMetricsVersion",
    "GetCampaignJourneyMetricsResolution",
    "GetCampaignMessagesType",
    "GetCampaignMetricsLinksPeriod",
    "GetCampaignMetricsPeriod",
    "GetCampaignMetricsRes",
    "GetCampaignMetricsType",
    "GetCampaignMetricsVersion",
    "GetNewsletterContentMetricsLinksPeriod",
    "GetNewsletterContentMetricsPeriod",
    "GetNewsletterMessagesType",
    "GetNewsletterMetricsLinksPeriod",
    "GetNewsletterMetricsPeriod",
    "GetTransactionalMessageLinkMetricsPeriod",
    "GetTransactionalMessageMetricsPeriod",
    "Identifiers",
    "IdentifierType",
    "IdentifyRelationships",
    "IdentifyRelationshipsAction",
    "IdentifyRequest",
    "JourneyMetricsResponse",
    "LinkMetrics",
    "LinkMetricsResponse",
    "ListBroadcastsResponse",
    "ListBroadcastTriggersResponse",
    "ListCampaignsResponse",
    "ListCollectionsResponse",
    "ListExportsResponse",
    "ListNewsletterContentsResponse",
    "ListNewslettersResponse",
    "ListNewslettersSort",
    "ListNewsletterTestGroupsResponse",
    "ListSegmentsResponse",
    "ListTransactionalContentsResponse",
    "ListTransactionalMessagesResponse",
    "ListWorkflowActionsResponse",
    "MergeCustomersRequest",
    "Message",
    "MessageContentUpdate",
    "MessageCustomerIdentifiersType0",
    "MessageMetrics",
    "MessagesPage",
    "MetricSeries",
    "MetricsReport",
    "MetricsReportResponse",
    "Newsletter",
    "NewsletterContent",
    "NewsletterContentResponse",
    "NewsletterInput",
    "NewsletterInputRecipients",
    "NewsletterInputType",
    "NewsletterLanguageInput",
    "NewsletterRateLimit",
    "NewsletterResponse",
    "NewsletterSchedule",
    "NewsletterTestGroup",
    "PersonIdentifier",
    "PersonIdentifiers",
    "PushCustomDevice",
    "PushCustomDeviceAttributes",
    "Relationship",
    "RelationshipRelationshipAttributes",
    "ReportMetricRequest",
    "ReportMetricRequestMetric",
    "Segment",
    "SegmentCondition",
    "SegmentCustomerCountResponse",
    "SegmentCustomersRequest",
    "SegmentInput",
    "SegmentMembershipResponse",
    "SegmentResponse",
    "SegmentUsage",
    "SegmentUsedByResponse",
    "SendEmailRequest",
    "SendEmailRequestAttachments",
    "SendEmailRequestHeaders",
    "SendEmailRequestMessageData",
    "SendInAppRequest",
    "SendInAppRequestMessageData",
    "SendInboxMessageRequest",
    "SendInboxMessageRequestMessageData",
    "SendMessageResponse",
    "SendPushRequest",
    "SendPushRequestCustomData",
    "SendPushRequestCustomPayload",
    "SendPushRequestMessageData",
    "SendSMSRequest",
    "SendSMSRequestMessageData",
    "SendWhatsAppRequest",
    "SendWhatsAppRequestMessageData",
    "SubmitFormRequest",
    "SubmitFormRequestData",
    "SubscriptionPreferences",
    "SubscriptionPreferencesTopics",
    "TrackAnonymousEventRequest",
    "TrackAnonymousEventRequestType",
    "TrackedLink",
    "TrackEventRequest",
    "TrackEventRequestType",
    "TrackPushRequest",
    "TrackPushRequestEvent",
    "TransactionalContent",
    "TransactionalContentResponse",
    "TransactionalMessage",
    "TransactionalMessageResponse",
    "TriggerBroadcastRequest",
    "TriggerBroadcastRequestData",
    "TriggerBroadcastResponse",
    "UnsubscribeRequest",
    "V2Device",
    "V2DevicePlatform",
    "V2Error",
    "V2ErrorResponse",
    "V2Operation",
    "V2OperationAction",
    "V2OperationAttributes",
    "V2OperationType",
    "WorkflowAction",
    "WorkflowActionRef",
    "WorkflowActionResponse",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
