"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_region_response import AccountRegionResponse
    from .activities_page import ActivitiesPage
    from .activity import Activity
    from .activity_customer_identifiers_type_0 import ActivityCustomerIdentifiersType0
    from .activity_data_type_0 import ActivityDataType0
    from .add_device_request import AddDeviceRequest
    from .archived_message import ArchivedMessage
    from .archived_message_headers_type_0_item import ArchivedMessageHeadersType0Item
    from .archived_message_response import ArchivedMessageResponse
    from .asset import Asset
    from .asset_folder import AssetFolder
    from .asset_folder_input import AssetFolderInput
    from .asset_folder_response import AssetFolderResponse
    from .asset_folder_update import AssetFolderUpdate
    from .asset_response import AssetResponse
    from .asset_update import AssetUpdate
    from .attribute_condition import AttributeCondition
    from .attribute_condition_operator import AttributeConditionOperator
    from .batch_request import BatchRequest
    from .batch_update_attributes_request import BatchUpdateAttributesRequest
    from .batch_update_events_request import BatchUpdateEventsRequest
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
    from .create_asset_request import CreateAssetRequest
    from .create_customers_export_request import CreateCustomersExportRequest
    from .create_deliveries_export_request import CreateDeliveriesExportRequest
    from .create_deliveries_export_request_metric import (
        CreateDeliveriesExportRequestMetric,
    )
    from .create_import_request import CreateImportRequest
    from .create_segment_request import CreateSegmentRequest
    from .create_suppression_response import CreateSuppressionResponse
    from .create_suppression_suppression_type import CreateSuppressionSuppressionType
    from .customer_attributes import CustomerAttributes
    from .customer_attributes_attributes import CustomerAttributesAttributes
    from .customer_attributes_identifiers import CustomerAttributesIdentifiers
    from .customer_attributes_response import CustomerAttributesResponse
    from .customer_attributes_timestamps import CustomerAttributesTimestamps
    from .customer_by_email import CustomerByEmail
    from .customer_device import CustomerDevice
    from .customer_relationship import CustomerRelationship
    from .customer_relationships_page import CustomerRelationshipsPage
    from .customer_segments_response import CustomerSegmentsResponse
    from .customer_subscribed_event import CustomerSubscribedEvent
    from .customer_subscription_preferences_changed_event import (
        CustomerSubscriptionPreferencesChangedEvent,
    )
    from .customer_subscription_preferences_response import (
        CustomerSubscriptionPreferencesResponse,
    )
    from .customer_subscription_preferences_response_customer import (
        CustomerSubscriptionPreferencesResponseCustomer,
    )
    from .customer_unsubscribed_event import CustomerUnsubscribedEvent
    from .customers_attributes_request import CustomersAttributesRequest
    from .customers_attributes_response import CustomersAttributesResponse
    from .customers_by_email_response import CustomersByEmailResponse
    from .data_index_attribute import DataIndexAttribute
    from .data_index_attribute_privacy_level import DataIndexAttributePrivacyLevel
    from .data_index_event import DataIndexEvent
    from .delete_suppression_suppression_type import DeleteSuppressionSuppressionType
    from .design_list_meta import DesignListMeta
    from .design_list_meta_filters import DesignListMetaFilters
    from .design_pagination import DesignPagination
    from .design_studio_component import DesignStudioComponent
    from .design_studio_component_input import DesignStudioComponentInput
    from .design_studio_component_response import DesignStudioComponentResponse
    from .design_studio_component_update import DesignStudioComponentUpdate
    from .design_studio_email import DesignStudioEmail
    from .design_studio_email_content import DesignStudioEmailContent
    from .design_studio_email_envelope import DesignStudioEmailEnvelope
    from .design_studio_email_header import DesignStudioEmailHeader
    from .design_studio_email_input import DesignStudioEmailInput
    from .design_studio_email_input_transformers import (
        DesignStudioEmailInputTransformers,
    )
    from .design_studio_email_response import DesignStudioEmailResponse
    from .design_studio_email_transformers import DesignStudioEmailTransformers
    from .design_studio_email_translation import DesignStudioEmailTranslation
    from .design_studio_email_translation_input import DesignStudioEmailTranslationInput
    from .design_studio_email_translation_input_transformers import (
        DesignStudioEmailTranslationInputTransformers,
    )
    from .design_studio_email_translation_response import (
        DesignStudioEmailTranslationResponse,
    )
    from .design_studio_email_translation_transformers import (
        DesignStudioEmailTranslationTransformers,
    )
    from .design_studio_email_translation_update import (
        DesignStudioEmailTranslationUpdate,
    )
    from .design_studio_email_translation_update_transformers import (
        DesignStudioEmailTranslationUpdateTransformers,
    )
    from .design_studio_email_update import DesignStudioEmailUpdate
    from .design_studio_email_update_transformers import (
        DesignStudioEmailUpdateTransformers,
    )
    from .design_studio_folder import DesignStudioFolder
    from .design_studio_folder_input import DesignStudioFolderInput
    from .design_studio_folder_response import DesignStudioFolderResponse
    from .design_studio_folder_update import DesignStudioFolderUpdate
    from .device import Device
    from .device_attributes import DeviceAttributes
    from .device_platform import DevicePlatform
    from .email_attempted_event import EmailAttemptedEvent
    from .email_bounced_event import EmailBouncedEvent
    from .email_clicked_event import EmailClickedEvent
    from .email_clicked_event_data import EmailClickedEventData
    from .email_converted_event import EmailConvertedEvent
    from .email_delivered_event import EmailDeliveredEvent
    from .email_drafted_event import EmailDraftedEvent
    from .email_dropped_event import EmailDroppedEvent
    from .email_event_data import EmailEventData
    from .email_failed_event import EmailFailedEvent
    from .email_failed_event_data import EmailFailedEventData
    from .email_opened_event import EmailOpenedEvent
    from .email_opened_event_data import EmailOpenedEventData
    from .email_sent_event import EmailSentEvent
    from .email_sent_event_data import EmailSentEventData
    from .email_sent_event_data_headers import EmailSentEventDataHeaders
    from .email_spammed_event import EmailSpammedEvent
    from .email_undeliverable_event import EmailUndeliverableEvent
    from .email_unsubscribed_event import EmailUnsubscribedEvent
    from .empty_request import EmptyRequest
    from .empty_response import EmptyResponse
    from .entity_identifiers import EntityIdentifiers
    from .error_response import ErrorResponse
    from .error_response_meta import ErrorResponseMeta
    from .esp_domain_suppressions_response import EspDomainSuppressionsResponse
    from .esp_suppression import EspSuppression
    from .esp_suppressions_response import EspSuppressionsResponse
    from .event_data import EventData
    from .event_identifiers import EventIdentifiers
    from .export import Export
    from .export_download_response import ExportDownloadResponse
    from .export_filter import ExportFilter
    from .export_response import ExportResponse
    from .find_objects_request import FindObjectsRequest
    from .find_objects_response import FindObjectsResponse
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
    from .get_customer_activities_id_type import GetCustomerActivitiesIdType
    from .get_customer_messages_id_type import GetCustomerMessagesIdType
    from .get_customer_segments_id_type import GetCustomerSegmentsIdType
    from .get_customer_subscription_preferences_id_type import (
        GetCustomerSubscriptionPreferencesIdType,
    )
    from .get_domain_suppressions_suppression_type import (
        GetDomainSuppressionsSuppressionType,
    )
    from .get_messages_metric import GetMessagesMetric
    from .get_messages_type import GetMessagesType
    from .get_newsletter_content_metrics_links_period import (
        GetNewsletterContentMetricsLinksPeriod,
    )
    from .get_newsletter_content_metrics_period import GetNewsletterContentMetricsPeriod
    from .get_newsletter_messages_type import GetNewsletterMessagesType
    from .get_newsletter_metrics_links_period import GetNewsletterMetricsLinksPeriod
    from .get_newsletter_metrics_period import GetNewsletterMetricsPeriod
    from .get_object_attributes_id_type import GetObjectAttributesIdType
    from .get_object_relationships_id_type import GetObjectRelationshipsIdType
    from .get_sender_identities_sort import GetSenderIdentitiesSort
    from .get_suppressions_suppression_type import GetSuppressionsSuppressionType
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
    from .import_ import Import
    from .import_input import ImportInput
    from .import_input_data_to_process import ImportInputDataToProcess
    from .import_input_identifier import ImportInputIdentifier
    from .import_input_people_to_process import ImportInputPeopleToProcess
    from .import_input_type import ImportInputType
    from .import_response import ImportResponse
    from .in_app_attempted_event import InAppAttemptedEvent
    from .in_app_clicked_event import InAppClickedEvent
    from .in_app_clicked_event_data import InAppClickedEventData
    from .in_app_converted_event import InAppConvertedEvent
    from .in_app_drafted_event import InAppDraftedEvent
    from .in_app_failed_event import InAppFailedEvent
    from .in_app_opened_event import InAppOpenedEvent
    from .in_app_sent_event import InAppSentEvent
    from .in_app_undeliverable_event import InAppUndeliverableEvent
    from .ip_addresses_response import IpAddressesResponse
    from .journey_metrics_response import JourneyMetricsResponse
    from .link_clicked_event_data import LinkClickedEventData
    from .link_metrics import LinkMetrics
    from .link_metrics_response import LinkMetricsResponse
    from .list_activities_id_type import ListActivitiesIdType
    from .list_asset_folders_response import ListAssetFoldersResponse
    from .list_assets_response import ListAssetsResponse
    from .list_broadcast_triggers_response import ListBroadcastTriggersResponse
    from .list_broadcasts_response import ListBroadcastsResponse
    from .list_campaigns_response import ListCampaignsResponse
    from .list_collections_response import ListCollectionsResponse
    from .list_design_studio_components_response import (
        ListDesignStudioComponentsResponse,
    )
    from .list_design_studio_components_sort_by import ListDesignStudioComponentsSortBy
    from .list_design_studio_components_sort_order import (
        ListDesignStudioComponentsSortOrder,
    )
    from .list_design_studio_email_translations_response import (
        ListDesignStudioEmailTranslationsResponse,
    )
    from .list_design_studio_emails_has_translations import (
        ListDesignStudioEmailsHasTranslations,
    )
    from .list_design_studio_emails_is_linked import ListDesignStudioEmailsIsLinked
    from .list_design_studio_emails_is_template import ListDesignStudioEmailsIsTemplate
    from .list_design_studio_emails_response import ListDesignStudioEmailsResponse
    from .list_design_studio_emails_sort_by import ListDesignStudioEmailsSortBy
    from .list_design_studio_emails_sort_order import ListDesignStudioEmailsSortOrder
    from .list_design_studio_folders_response import ListDesignStudioFoldersResponse
    from .list_design_studio_folders_sort_by import ListDesignStudioFoldersSortBy
    from .list_design_studio_folders_sort_order import ListDesignStudioFoldersSortOrder
    from .list_exports_response import ListExportsResponse
    from .list_newsletter_contents_response import ListNewsletterContentsResponse
    from .list_newsletter_test_groups_response import ListNewsletterTestGroupsResponse
    from .list_newsletters_response import ListNewslettersResponse
    from .list_newsletters_sort import ListNewslettersSort
    from .list_object_types_response import ListObjectTypesResponse
    from .list_reporting_webhooks_response import ListReportingWebhooksResponse
    from .list_segments_response import ListSegmentsResponse
    from .list_sender_identities_response import ListSenderIdentitiesResponse
    from .list_snippets_response import ListSnippetsResponse
    from .list_subscription_channels_response import ListSubscriptionChannelsResponse
    from .list_subscription_topics_response import ListSubscriptionTopicsResponse
    from .list_transactional_contents_response import ListTransactionalContentsResponse
    from .list_transactional_messages_response import ListTransactionalMessagesResponse
    from .list_workflow_actions_response import ListWorkflowActionsResponse
    from .list_workspaces_response import ListWorkspacesResponse
    from .merge_customers_request import MergeCustomersRequest
    from .message import Message
    from .message_bounced_event_data import MessageBouncedEventData
    from .message_content_update import MessageContentUpdate
    from .message_customer_identifiers_type_0 import MessageCustomerIdentifiersType0
    from .message_event_data import MessageEventData
    from .message_failed_event_data import MessageFailedEventData
    from .message_metrics import MessageMetrics
    from .message_replied_event_data import MessageRepliedEventData
    from .message_response import MessageResponse
    from .message_sent_event_data import MessageSentEventData
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
    from .object_attribute_condition import ObjectAttributeCondition
    from .object_attribute_condition_operator import ObjectAttributeConditionOperator
    from .object_attributes import ObjectAttributes
    from .object_attributes_attributes import ObjectAttributesAttributes
    from .object_attributes_identifiers import ObjectAttributesIdentifiers
    from .object_attributes_response import ObjectAttributesResponse
    from .object_attributes_timestamps import ObjectAttributesTimestamps
    from .object_filter import ObjectFilter
    from .object_identifiers import ObjectIdentifiers
    from .object_relationship import ObjectRelationship
    from .object_relationships_page import ObjectRelationshipsPage
    from .object_type import ObjectType
    from .person_event_data import PersonEventData
    from .person_identifier import PersonIdentifier
    from .person_identifiers import PersonIdentifiers
    from .pipelines_alias import PipelinesAlias
    from .pipelines_alias_type import PipelinesAliasType
    from .pipelines_batch_request import PipelinesBatchRequest
    from .pipelines_channel import PipelinesChannel
    from .pipelines_context import PipelinesContext
    from .pipelines_context_campaign import PipelinesContextCampaign
    from .pipelines_context_location import PipelinesContextLocation
    from .pipelines_context_page import PipelinesContextPage
    from .pipelines_context_referrer import PipelinesContextReferrer
    from .pipelines_context_traits import PipelinesContextTraits
    from .pipelines_group import PipelinesGroup
    from .pipelines_group_traits import PipelinesGroupTraits
    from .pipelines_group_traits_relationship_attributes import (
        PipelinesGroupTraitsRelationshipAttributes,
    )
    from .pipelines_group_type import PipelinesGroupType
    from .pipelines_identify import PipelinesIdentify
    from .pipelines_identify_traits import PipelinesIdentifyTraits
    from .pipelines_identify_type import PipelinesIdentifyType
    from .pipelines_integrations import PipelinesIntegrations
    from .pipelines_library import PipelinesLibrary
    from .pipelines_page import PipelinesPage
    from .pipelines_page_type import PipelinesPageType
    from .pipelines_properties import PipelinesProperties
    from .pipelines_screen import PipelinesScreen
    from .pipelines_screen_type import PipelinesScreenType
    from .pipelines_strict_mode import PipelinesStrictMode
    from .pipelines_track import PipelinesTrack
    from .pipelines_track_type import PipelinesTrackType
    from .push_attempted_event import PushAttemptedEvent
    from .push_bounced_event import PushBouncedEvent
    from .push_bounced_event_data import PushBouncedEventData
    from .push_bounced_event_recipient import PushBouncedEventRecipient
    from .push_clicked_event import PushClickedEvent
    from .push_clicked_event_data import PushClickedEventData
    from .push_converted_event import PushConvertedEvent
    from .push_custom_device import PushCustomDevice
    from .push_custom_device_attributes import PushCustomDeviceAttributes
    from .push_delivered_event import PushDeliveredEvent
    from .push_drafted_event import PushDraftedEvent
    from .push_dropped_event import PushDroppedEvent
    from .push_event_data import PushEventData
    from .push_event_recipient import PushEventRecipient
    from .push_failed_event import PushFailedEvent
    from .push_opened_event import PushOpenedEvent
    from .push_sent_event import PushSentEvent
    from .push_sent_event_data import PushSentEventData
    from .push_undeliverable_event import PushUndeliverableEvent
    from .recipient_event_data import RecipientEventData
    from .relationship import Relationship
    from .relationship_relationship_attributes import RelationshipRelationshipAttributes
    from .report_metric_request import ReportMetricRequest
    from .report_metric_request_metric import ReportMetricRequestMetric
    from .reporting_webhook import ReportingWebhook
    from .reporting_webhook_input import ReportingWebhookInput
    from .reporting_webhook_update import ReportingWebhookUpdate
    from .search_customers_request import SearchCustomersRequest
    from .search_customers_response import SearchCustomersResponse
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
    from .sender_identity import SenderIdentity
    from .sender_identity_response import SenderIdentityResponse
    from .sender_identity_usage import SenderIdentityUsage
    from .slack_attempted_event import SlackAttemptedEvent
    from .slack_clicked_event import SlackClickedEvent
    from .slack_drafted_event import SlackDraftedEvent
    from .slack_failed_event import SlackFailedEvent
    from .slack_sent_event import SlackSentEvent
    from .slack_undeliverable_event import SlackUndeliverableEvent
    from .sms_attempted_event import SmsAttemptedEvent
    from .sms_bounced_event import SmsBouncedEvent
    from .sms_clicked_event import SmsClickedEvent
    from .sms_converted_event import SmsConvertedEvent
    from .sms_delivered_event import SmsDeliveredEvent
    from .sms_drafted_event import SmsDraftedEvent
    from .sms_failed_event import SmsFailedEvent
    from .sms_replied_event import SmsRepliedEvent
    from .sms_sent_event import SmsSentEvent
    from .sms_undeliverable_event import SmsUndeliverableEvent
    from .snippet import Snippet
    from .snippet_input import SnippetInput
    from .snippet_response import SnippetResponse
    from .submit_form_request import SubmitFormRequest
    from .submit_form_request_data import SubmitFormRequestData
    from .subscription_center_token_response import SubscriptionCenterTokenResponse
    from .subscription_channel import SubscriptionChannel
    from .subscription_preferences import SubscriptionPreferences
    from .subscription_preferences_event_data import SubscriptionPreferencesEventData
    from .subscription_preferences_topics import SubscriptionPreferencesTopics
    from .subscription_topic import SubscriptionTopic
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
    from .webhook_attempted_event import WebhookAttemptedEvent
    from .webhook_clicked_event import WebhookClickedEvent
    from .webhook_drafted_event import WebhookDraftedEvent
    from .webhook_failed_event import WebhookFailedEvent
    from .webhook_sent_event import WebhookSentEvent
    from .webhook_undeliverable_event import WebhookUndeliverableEvent
    from .whats_app_attempted_event import WhatsAppAttemptedEvent
    from .whats_app_bounced_event import WhatsAppBouncedEvent
    from .whats_app_clicked_event import WhatsAppClickedEvent
    from .whats_app_converted_event import WhatsAppConvertedEvent
    from .whats_app_delivered_event import WhatsAppDeliveredEvent
    from .whats_app_drafted_event import WhatsAppDraftedEvent
    from .whats_app_dropped_event import WhatsAppDroppedEvent
    from .whats_app_failed_event import WhatsAppFailedEvent
    from .whats_app_opened_event import WhatsAppOpenedEvent
    from .whats_app_replied_event import WhatsAppRepliedEvent
    from .whats_app_sent_event import WhatsAppSentEvent
    from .whats_app_undeliverable_event import WhatsAppUndeliverableEvent
    from .workflow_action import WorkflowAction
    from .workflow_action_ref import WorkflowActionRef
    from .workflow_action_response import WorkflowActionResponse
    from .workspace import Workspace

# Class name -> module of this package that defines it.
_MODULES = {
    "AccountRegionResponse": ".account_region_response",
    "ActivitiesPage": ".activities_page",
    "Activity": ".activity",
    "ActivityCustomerIdentifiersType0": ".activity_customer_identifiers_type_0",
    "ActivityDataType0": ".activity_data_type_0",
    "AddDeviceRequest": ".add_device_request",
    "ArchivedMessage": ".archived_message",
    "ArchivedMessageHeadersType0Item": ".archived_message_headers_type_0_item",
    "ArchivedMessageResponse": ".archived_message_response",
    "Asset": ".asset",
    "AssetFolder": ".asset_folder",
    "AssetFolderInput": ".asset_folder_input",
    "AssetFolderResponse": ".asset_folder_response",
    "AssetFolderUpdate": ".asset_folder_update",
    "AssetResponse": ".asset_response",
    "AssetUpdate": ".asset_update",
    "AttributeCondition": ".attribute_condition",
    "AttributeConditionOperator": ".attribute_condition_operator",
    "BatchRequest": ".batch_request",
    "BatchUpdateAttributesRequest": ".batch_update_attributes_request",
    "BatchUpdateEventsRequest": ".batch_update_events_request",
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
    "CreateAssetRequest": ".create_asset_request",
    "CreateCustomersExportRequest": ".create_customers_export_request",
    "CreateDeliveriesExportRequest": ".create_deliveries_export_request",
    "CreateDeliveriesExportRequestMetric": ".create_deliveries_export_request_metric",
    "CreateImportRequest": ".create_import_request",
    "CreateSegmentRequest": ".create_segment_request",
    "CreateSuppressionResponse": ".create_suppression_response",
    "CreateSuppressionSuppressionType": ".create_suppression_suppression_type",
    "CustomerAttributes": ".customer_attributes",
    "CustomerAttributesAttributes": ".customer_attributes_attributes",
    "CustomerAttributesIdentifiers": ".customer_attributes_identifiers",
    "CustomerAttributesResponse": ".customer_attributes_response",
    "CustomerAttributesTimestamps": ".customer_attributes_timestamps",
    "CustomerByEmail": ".customer_by_email",
    "CustomerDevice": ".customer_device",
    "CustomerRelationship": ".customer_relationship",
    "CustomerRelationshipsPage": ".customer_relationships_page",
    "CustomerSegmentsResponse": ".customer_segments_response",
    "CustomerSubscribedEvent": ".customer_subscribed_event",
    "CustomerSubscriptionPreferencesChangedEvent": ".customer_subscription_preferences_changed_event",
    "CustomerSubscriptionPreferencesResponse": ".customer_subscription_preferences_response",
    "CustomerSubscriptionPreferencesResponseCustomer": ".customer_subscription_preferences_response_customer",
    "CustomerUnsubscribedEvent": ".customer_unsubscribed_event",
    "CustomersAttributesRequest": ".customers_attributes_request",
    "CustomersAttributesResponse": ".customers_attributes_response",
    "CustomersByEmailResponse": ".customers_by_email_response",
    "DataIndexAttribute": ".data_index_attribute",
    "DataIndexAttributePrivacyLevel": ".data_index_attribute_privacy_level",
    "DataIndexEvent": ".data_index_event",
    "DeleteSuppressionSuppressionType": ".delete_suppression_suppression_type",
    "DesignListMeta": ".design_list_meta",
    "DesignListMetaFilters": ".design_list_meta_filters",
    "DesignPagination": ".design_pagination",
    "DesignStudioComponent": ".design_studio_component",
    "DesignStudioComponentInput": ".design_studio_component_input",
    "DesignStudioComponentResponse": ".design_studio_component_response",
    "DesignStudioComponentUpdate": ".design_studio_component_update",
    "DesignStudioEmail": ".design_studio_email",
    "DesignStudioEmailContent": ".design_studio_email_content",
    "DesignStudioEmailEnvelope": ".design_studio_email_envelope",
    "DesignStudioEmailHeader": ".design_studio_email_header",
    "DesignStudioEmailInput": ".design_studio_email_input",
    "DesignStudioEmailInputTransformers": ".design_studio_email_input_transformers",
    "DesignStudioEmailResponse": ".design_studio_email_response",
    "DesignStudioEmailTransformers": ".design_studio_email_transformers",
    "DesignStudioEmailTranslation": ".design_studio_email_translation",
    "DesignStudioEmailTranslationInput": ".design_studio_email_translation_input",
    "DesignStudioEmailTranslationInputTransformers": ".design_studio_email_translation_input_transformers",
    "DesignStudioEmailTranslationResponse": ".design_studio_email_translation_response",
    "DesignStudioEmailTranslationTransformers": ".design_studio_email_translation_transformers",
    "DesignStudioEmailTranslationUpdate": ".design_studio_email_translation_update",
    "DesignStudioEmailTranslationUpdateTransformers": ".design_studio_email_translation_update_transformers",
    "DesignStudioEmailUpdate": ".design_studio_email_update",
    "DesignStudioEmailUpdateTransformers": ".design_studio_email_update_transformers",
    "DesignStudioFolder": ".design_studio_folder",
    "DesignStudioFolderInput": ".design_studio_folder_input",
    "DesignStudioFolderResponse": ".design_studio_folder_response",
    "DesignStudioFolderUpdate": ".design_studio_folder_update",
    "Device": ".device",
    "DeviceAttributes": ".device_attributes",
    "DevicePlatform": ".device_platform",
    "EmailAttemptedEvent": ".email_attempted_event",
    "EmailBouncedEvent": ".email_bounced_event",
    "EmailClickedEvent": ".email_clicked_event",
    "EmailClickedEventData": ".email_clicked_event_data",
    "EmailConvertedEvent": ".email_converted_event",
    "EmailDeliveredEvent": ".email_delivered_event",
    "EmailDraftedEvent": ".email_drafted_event",
    "EmailDroppedEvent": ".email_dropped_event",
    "EmailEventData": ".email_event_data",
    "EmailFailedEvent": ".email_failed_event",
    "EmailFailedEventData": ".email_failed_event_data",
    "EmailOpenedEvent": ".email_opened_event",
    "EmailOpenedEventData": ".email_opened_event_data",
    "EmailSentEvent": ".email_sent_event",
    "EmailSentEventData": ".email_sent_event_data",
    "EmailSentEventDataHeaders": ".email_sent_event_data_headers",
    "EmailSpammedEvent": ".email_spammed_event",
    "EmailUndeliverableEvent": ".email_undeliverable_event",
    "EmailUnsubscribedEvent": ".email_unsubscribed_event",
    "EmptyRequest": ".empty_request",
    "EmptyResponse": ".empty_response",
    "EntityIdentifiers": ".entity_identifiers",
    "ErrorResponse": ".error_response",
    "ErrorResponseMeta": ".error_response_meta",
    "EspDomainSuppressionsResponse": ".esp_domain_suppressions_response",
    "EspSuppression": ".esp_suppression",
    "EspSuppressionsResponse": ".esp_suppressions_response",
    "EventData": ".event_data",
    "EventIdentifiers": ".event_identifiers",
    "Export": ".export",
    "ExportDownloadResponse": ".export_download_response",
    "ExportFilter": ".export_filter",
    "ExportResponse": ".export_response",
    "FindObjectsRequest": ".find_objects_request",
    "FindObjectsResponse": ".find_objects_response",
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
    "GetCustomerActivitiesIdType": ".get_customer_activities_id_type",
    "GetCustomerMessagesIdType": ".get_customer_messages_id_type",
    "GetCustomerSegmentsIdType": ".get_customer_segments_id_type",
    "GetCustomerSubscriptionPreferencesIdType": ".get_customer_subscription_preferences_id_type",
    "GetDomainSuppressionsSuppressionType": ".get_domain_suppressions_suppression_type",
    "GetMessagesMetric": ".get_messages_metric",
    "GetMessagesType": ".get_messages_type",
    "GetNewsletterContentMetricsLinksPeriod": ".get_newsletter_content_metrics_links_period",
    "GetNewsletterContentMetricsPeriod": ".get_newsletter_content_metrics_period",
    "GetNewsletterMessagesType": ".get_newsletter_messages_type",
    "GetNewsletterMetricsLinksPeriod": ".get_newsletter_metrics_links_period",
    "GetNewsletterMetricsPeriod": ".get_newsletter_metrics_period",
    "GetObjectAttributesIdType": ".get_object_attributes_id_type",
    "GetObjectRelationshipsIdType": ".get_object_relationships_id_type",
    "GetSenderIdentitiesSort": ".get_sender_identities_sort",
    "GetSuppressionsSuppressionType": ".get_suppressions_suppression_type",
    "GetTransactionalMessageLinkMetricsPeriod": ".get_transactional_message_link_metrics_period",
    "GetTransactionalMessageMetricsPeriod": ".get_transactional_message_metrics_period",
    "IdentifierType": ".identifier_type",
    "Identifiers": ".identifiers",
    "IdentifyRelationships": ".identify_relationships",
    "IdentifyRelationshipsAction": ".identify_relationships_action",
    "IdentifyRequest": ".identify_request",
    "Import": ".import_",
    "ImportInput": ".import_input",
    "ImportInputDataToProcess": ".import_input_data_to_process",
    "ImportInputIdentifier": ".import_input_identifier",
    "ImportInputPeopleToProcess": ".import_input_people_to_process",
    "ImportInputType": ".import_input_type",
    "ImportResponse": ".import_response",
    "InAppAttemptedEvent": ".in_app_attempted_event",
    "InAppClickedEvent": ".in_app_clicked_event",
    "InAppClickedEventData": ".in_app_clicked_event_data",
    "InAppConvertedEvent": ".in_app_converted_event",
    "InAppDraftedEvent": ".in_app_drafted_event",
    "InAppFailedEvent": ".in_app_failed_event",
    "InAppOpenedEvent": ".in_app_opened_event",
    "InAppSentEvent": ".in_app_sent_event",
    "InAppUndeliverableEvent": ".in_app_undeliverable_event",
    "IpAddressesResponse": ".ip_addresses_response",
    "JourneyMetricsResponse": ".journey_metrics_response",
    "LinkClickedEventData": ".link_clicked_event_data",
    "LinkMetrics": ".link_metrics",
    "LinkMetricsResponse": ".link_metrics_response",
    "ListActivitiesIdType": ".list_activities_id_type",
    "ListAssetFoldersResponse": ".list_asset_folders_response",
    "ListAssetsResponse": ".list_assets_response",
    "ListBroadcastTriggersResponse": ".list_broadcast_triggers_response",
    "ListBroadcastsResponse": ".list_broadcasts_response",
    "ListCampaignsResponse": ".list_campaigns_response",
    "ListCollectionsResponse": ".list_collections_response",
    "ListDesignStudioComponentsResponse": ".list_design_studio_components_response",
    "ListDesignStudioComponentsSortBy": ".list_design_studio_components_sort_by",
    "ListDesignStudioComponentsSortOrder": ".list_design_studio_components_sort_order",
    "ListDesignStudioEmailTranslationsResponse": ".list_design_studio_email_translations_response",
    "ListDesignStudioEmailsHasTranslations": ".list_design_studio_emails_has_translations",
    "ListDesignStudioEmailsIsLinked": ".list_design_studio_emails_is_linked",
    "ListDesignStudioEmailsIsTemplate": ".list_design_studio_emails_is_template",
    "ListDesignStudioEmailsResponse": ".list_design_studio_emails_response",
    "ListDesignStudioEmailsSortBy": ".list_design_studio_emails_sort_by",
    "ListDesignStudioEmailsSortOrder": ".list_design_studio_emails_sort_order",
    "ListDesignStudioFoldersResponse": ".list_design_studio_folders_response",
    "ListDesignStudioFoldersSortBy": ".list_design_studio_folders_sort_by",
    "ListDesignStudioFoldersSortOrder": ".list_design_studio_folders_sort_order",
    "ListExportsResponse": ".list_exports_response",
    "ListNewsletterContentsResponse": ".list_newsletter_contents_response",
    "ListNewsletterTestGroupsResponse": ".list_newsletter_test_groups_response",
    "ListNewslettersResponse": ".list_newsletters_response",
    "ListNewslettersSort": ".list_newsletters_sort",
    "ListObjectTypesResponse": ".list_object_types_response",
    "ListReportingWebhooksResponse": ".list_reporting_webhooks_response",
    "ListSegmentsResponse": ".list_segments_response",
    "ListSenderIdentitiesResponse": ".list_sender_identities_response",
    "ListSnippetsResponse": ".list_snippets_response",
    "ListSubscriptionChannelsResponse": ".list_subscription_channels_response",
    "ListSubscriptionTopicsResponse": ".list_subscription_topics_response",
    "ListTransactionalContentsResponse": ".list_transactional_contents_response",
    "ListTransactionalMessagesResponse": ".list_transactional_messages_response",
    "ListWorkflowActionsResponse": ".list_workflow_actions_response",
    "ListWorkspacesResponse": ".list_workspaces_response",
    "MergeCustomersRequest": ".merge_customers_request",
    "Message": ".message",
    "MessageBouncedEventData": ".message_bounced_event_data",
    "MessageContentUpdate": ".message_content_update",
    "MessageCustomerIdentifiersType0": ".message_customer_identifiers_type_0",
    "MessageEventData": ".message_event_data",
    "MessageFailedEventData": ".message_failed_event_data",
    "MessageMetrics": ".message_metrics",
    "MessageRepliedEventData": ".message_replied_event_data",
    "MessageResponse": ".message_response",
    "MessageSentEventData": ".message_sent_event_data",
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
    "ObjectAttributeCondition": ".object_attribute_condition",
    "ObjectAttributeConditionOperator": ".object_attribute_condition_operator",
    "ObjectAttributes": ".object_attributes",
    "ObjectAttributesAttributes": ".object_attributes_attributes",
    "ObjectAttributesIdentifiers": ".object_attributes_identifiers",
    "ObjectAttributesResponse": ".object_attributes_response",
    "ObjectAttributesTimestamps": ".object_attributes_timestamps",
    "ObjectFilter": ".object_filter",
    "ObjectIdentifiers": ".object_identifiers",
    "ObjectRelationship": ".object_relationship",
    "ObjectRelationshipsPage": ".object_relationships_page",
    "ObjectType": ".object_type",
    "PersonEventData": ".person_event_data",
    "PersonIdentifier": ".person_identifier",
    "PersonIdentifiers": ".person_identifiers",
    "PipelinesAlias": ".pipelines_alias",
    "PipelinesAliasType": ".pipelines_alias_type",
    "PipelinesBatchRequest": ".pipelines_batch_request",
    "PipelinesChannel": ".pipelines_channel",
    "PipelinesContext": ".pipelines_context",
    "PipelinesContextCampaign": ".pipelines_context_campaign",
    "PipelinesContextLocation": ".pipelines_context_location",
    "PipelinesContextPage": ".pipelines_context_page",
    "PipelinesContextReferrer": ".pipelines_context_referrer",
    "PipelinesContextTraits": ".pipelines_context_traits",
    "PipelinesGroup": ".pipelines_group",
    "PipelinesGroupTraits": ".pipelines_group_traits",
    "PipelinesGroupTraitsRelationshipAttributes": ".pipelines_group_traits_relationship_attributes",
    "PipelinesGroupType": ".pipelines_group_type",
    "PipelinesIdentify": ".pipelines_identify",
    "PipelinesIdentifyTraits": ".pipelines_identify_traits",
    "PipelinesIdentifyType": ".pipelines_identify_type",
    "PipelinesIntegrations": ".pipelines_integrations",
    "PipelinesLibrary": ".pipelines_library",
    "PipelinesPage": ".pipelines_page",
    "PipelinesPageType": ".pipelines_page_type",
    "PipelinesProperties": ".pipelines_properties",
    "PipelinesScreen": ".pipelines_screen",
    "PipelinesScreenType": ".pipelines_screen_type",
    "PipelinesStrictMode": ".pipelines_strict_mode",
    "PipelinesTrack": ".pipelines_track",
    "PipelinesTrackType": ".pipelines_track_type",
    "PushAttemptedEvent": ".push_attempted_event",
    "PushBouncedEvent": ".push_bounced_event",
    "PushBouncedEventData": ".push_bounced_event_data",
    "PushBouncedEventRecipient": ".push_bounced_event_recipient",
    "PushClickedEvent": ".push_clicked_event",
    "PushClickedEventData": ".push_clicked_event_data",
    "PushConvertedEvent": ".push_converted_event",
    "PushCustomDevice": ".push_custom_device",
    "PushCustomDeviceAttributes": ".push_custom_device_attributes",
    "PushDeliveredEvent": ".push_delivered_event",
    "PushDraftedEvent": ".push_drafted_event",
    "PushDroppedEvent": ".push_dropped_event",
    "PushEventData": ".push_event_data",
    "PushEventRecipient": ".push_event_recipient",
    "PushFailedEvent": ".push_failed_event",
    "PushOpenedEvent": ".push_opened_event",
    "PushSentEvent": ".push_sent_event",
    "PushSentEventData": ".push_sent_event_data",
    "PushUndeliverableEvent": ".push_undeliverable_event",
    "RecipientEventData": ".recipient_event_data",
    "Relationship": ".relationship",
    "RelationshipRelationshipAttributes": ".relationship_relationship_attributes",
    "ReportMetricRequest": ".report_metric_request",
    "ReportMetricRequestMetric": ".report_metric_request_metric",
    "ReportingWebhook": ".reporting_webhook",
    "ReportingWebhookInput": ".reporting_webhook_input",
    "ReportingWebhookUpdate": ".reporting_webhook_update",
    "SearchCustomersRequest": ".search_customers_request",
    "SearchCustomersResponse": ".search_customers_response",
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
    "SenderIdentity": ".sender_identity",
    "SenderIdentityResponse": ".sender_identity_response",
    "SenderIdentityUsage": ".sender_identity_usage",
    "SlackAttemptedEvent": ".slack_attempted_event",
    "SlackClickedEvent": ".slack_clicked_event",
    "SlackDraftedEvent": ".slack_drafted_event",
    "SlackFailedEvent": ".slack_failed_event",
    "SlackSentEvent": ".slack_sent_event",
    "SlackUndeliverableEvent": ".slack_undeliverable_event",
    "SmsAttemptedEvent": ".sms_attempted_event",
    "SmsBouncedEvent": ".sms_bounced_event",
    "SmsClickedEvent": ".sms_clicked_event",
    "SmsConvertedEvent": ".sms_converted_event",
    "SmsDeliveredEvent": ".sms_delivered_event",
    "SmsDraftedEvent": ".sms_drafted_event",
    "SmsFailedEvent": ".sms_failed_event",
    "SmsRepliedEvent": ".sms_replied_event",
    "SmsSentEvent": ".sms_sent_event",
    "SmsUndeliverableEvent": ".sms_undeliverable_event",
    "Snippet": ".snippet",
    "SnippetInput": ".snippet_input",
    "SnippetResponse": ".snippet_response",
    "SubmitFormRequest": ".submit_form_request",
    "SubmitFormRequestData": ".submit_form_request_data",
    "SubscriptionCenterTokenResponse": ".subscription_center_token_response",
    "SubscriptionChannel": ".subscription_channel",
    "SubscriptionPreferences": ".subscription_preferences",
    "SubscriptionPreferencesEventData": ".subscription_preferences_event_data",
    "SubscriptionPreferencesTopics": ".subscription_preferences_topics",
    "SubscriptionTopic": ".subscription_topic",
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
    "WebhookAttemptedEvent": ".webhook_attempted_event",
    "WebhookClickedEvent": ".webhook_clicked_event",
    "WebhookDraftedEvent": ".webhook_drafted_event",
    "WebhookFailedEvent": ".webhook_failed_event",
    "WebhookSentEvent": ".webhook_sent_event",
    "WebhookUndeliverableEvent": ".webhook_undeliverable_event",
    "WhatsAppAttemptedEvent": ".whats_app_attempted_event",
    "WhatsAppBouncedEvent": ".whats_app_bounced_event",
    "WhatsAppClickedEvent": ".whats_app_clicked_event",
    "WhatsAppConvertedEvent": ".whats_app_converted_event",
    "WhatsAppDeliveredEvent": ".whats_app_delivered_event",
    "WhatsAppDraftedEvent": ".whats_app_drafted_event",
    "WhatsAppDroppedEvent": ".whats_app_dropped_event",
    "WhatsAppFailedEvent": ".whats_app_failed_event",
    "WhatsAppOpenedEvent": ".whats_app_opened_event",
    "WhatsAppRepliedEvent": ".whats_app_replied_event",
    "WhatsAppSentEvent": ".whats_app_sent_event",
    "WhatsAppUndeliverableEvent": ".whats_app_undeliverable_event",
    "WorkflowAction": ".workflow_action",
    "WorkflowActionRef": ".workflow_action_ref",
    "WorkflowActionResponse": ".workflow_action_response",
    "Workspace": ".workspace",
}

__all__ = (
    "AccountRegionResponse",
    "ActivitiesPage",
    "Activity",
    "ActivityCustomerIdentifiersType0",
    "ActivityDataType0",
    "AddDeviceRequest",
    "ArchivedMessage",
    "ArchivedMessageHeadersType0Item",
    "ArchivedMessageResponse",
    "Asset",
    "AssetFolder",
    "AssetFolderInput",
    "AssetFolderResponse",
    "AssetFolderUpdate",
    "AssetResponse",
    "AssetUpdate",
    "AttributeCondition",
    "AttributeConditionOperator",
    "BatchRequest",
    "BatchUpdateAttributesRequest",
    "BatchUpdateEventsRequest",
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
    "CreateAssetRequest",
    "CreateCustomersExportRequest",
    "CreateDeliveriesExportRequest",
    "CreateDeliveriesExportRequestMetric",
    "CreateImportRequest",
    "CreateSegmentRequest",
    "CreateSuppressionResponse",
    "CreateSuppressionSuppressionType",
    "CustomerAttributes",
    "CustomerAttributesAttributes",
    "CustomerAttributesIdentifiers",
    "CustomerAttributesResponse",
    "CustomerAttributesTimestamps",
    "CustomerByEmail",
    "CustomerDevice",
    "CustomerRelationship",
    "CustomerRelationshipsPage",
    "CustomersAttributesRequest",
    "CustomersAttributesResponse",
    "CustomersByEmailResponse",
    "CustomerSegmentsResponse",
    "CustomerSubscribedEvent",
    "CustomerSubscriptionPreferencesChangedEvent",
    "CustomerSubscriptionPreferencesResponse",
    "CustomerSubscriptionPreferencesResponseCustomer",
    "CustomerUnsubscribedEvent",
    "DataIndexAttribute",
    "DataIndexAttributePrivacyLevel",
    "DataIndexEvent",
    "DeleteSuppressionSuppressionType",
    "DesignListMeta",
    "DesignListMetaFilters",
    "DesignPagination",
    "DesignStudioComponent",
    "DesignStudioComponentInput",
    "DesignStudioComponentResponse",
    "DesignStudioComponentUpdate",
    "DesignStudioEmail",
    "DesignStudioEmailContent",
    "DesignStudioEmailEnvelope",
    "DesignStudioEmailHeader",
    "DesignStudioEmailInput",
    "DesignStudioEmailInputTransformers",
    "DesignStudioEmailResponse",
    "DesignStudioEmailTransformers",
    "DesignStudioEmailTranslation",
    "DesignStudioEmailTranslationInput",
    "DesignStudioEmailTranslationInputTransformers",
    "DesignStudioEmailTranslationResponse",
    "DesignStudioEmailTranslationTransformers",
    "DesignStudioEmailTranslationUpdate",
    "DesignStudioEmailTranslationUpdateTransformers",
    "DesignStudioEmailUpdate",
    "DesignStudioEmailUpdateTransformers",
    "DesignStudioFolder",
    "DesignStudioFolderInput",
    "DesignStudioFolderResponse",
    "DesignStudioFolderUpdate",
    "Device",
    "DeviceAttributes",
    "DevicePlatform",
    "EmailAttemptedEvent",
    "EmailBouncedEvent",
    "EmailClickedEvent",
    "EmailClickedEventData",
    "EmailConvertedEvent",
    "EmailDeliveredEvent",
    "EmailDraftedEvent",
    "EmailDroppedEvent",
    "EmailEventData",
    "EmailFailedEvent",
    "EmailFailedEventData",
    "EmailOpenedEvent",
    "EmailOpenedEventData",
    "EmailSentEvent",
    "EmailSentEventData",
    "EmailSentEventDataHeaders",
    "EmailSpammedEvent",
    "EmailUndeliverableEvent",
    "EmailUnsubscribedEvent",
    "EmptyRequest",
    "EmptyResponse",
    "EntityIdentifiers",
    "ErrorResponse",
    "ErrorResponseMeta",
    "EspDomainSuppressionsResponse",
    "EspSuppression",
    "EspSuppressionsResponse",
    "EventData",
    "EventIdentifiers",
    "Export",
    "ExportDownloadResponse",
    "ExportFilter",
    "ExportResponse",
    "FindObjectsRequest",
    "FindObjectsResponse",
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
    "GetCustomerActivitiesIdType",
    "GetCustomerMessagesIdType",
    "GetCustomerSegmentsIdType",
    "GetCustomerSubscriptionPreferencesIdType",
    "GetDomainSuppressionsSuppressionType",
    "GetMessagesMetric",
    "GetMessagesType",
    "GetNewsletterContentMetricsLinksPeriod",
    "GetNewsletterContentMetricsPeriod",
    "GetNewsletterMessagesType",
    "GetNewsletterMetricsLinksPeriod",
    "GetNewsletterMetricsPeriod",
    "GetObjectAttributesIdType",
    "GetObjectRelationshipsIdType",
    "GetSenderIdentitiesSort",
    "GetSuppressionsSuppressionType",
    "GetTransactionalMessageLinkMetricsPeriod",
    "GetTransactionalMessageMetricsPeriod",
    "Identifiers",
    "IdentifierType",
    "IdentifyRelationships",
    "IdentifyRelationshipsAction",
    "IdentifyRequest",
    "Import",
    "ImportInput",
    "ImportInputDataToProcess",
    "ImportInputIdentifier",
    "ImportInputPeopleToProcess",
    "ImportInputType",
    "ImportResponse",
    "InAppAttemptedEvent",
    "InAppClickedEvent",
    "InAppClickedEventData",
    "InAppConvertedEvent",
    "InAppDraftedEvent",
    "InAppFailedEvent",
    "InAppOpenedEvent",
    "InAppSentEvent",
    "InAppUndeliverableEvent",
    "IpAddressesResponse",
    "JourneyMetricsResponse",
    "LinkClickedEventData",
    "LinkMetrics",
    "LinkMetricsResponse",
    "ListActivitiesIdType",
    "ListAssetFoldersResponse",
    "ListAssetsResponse",
    "ListBroadcastsResponse",
    "ListBroadcastTriggersResponse",
    "ListCampaignsResponse",
    "ListCollectionsResponse",
    "ListDesignStudioComponentsResponse",
    "ListDesignStudioComponentsSortBy",
    "ListDesignStudioComponentsSortOrder",
    "ListDesignStudioEmailsHasTranslations",
    "ListDesignStudioEmailsIsLinked",
    "ListDesignStudioEmailsIsTemplate",
    "ListDesignStudioEmailsResponse",
    "ListDesignStudioEmailsSortBy",
    "ListDesignStudioEmailsSortOrder",
    "ListDesignStudioEmailTranslationsResponse",
    "ListDesignStudioFoldersResponse",
    "ListDesignStudioFoldersSortBy",
    "ListDesignStudioFoldersSortOrder",
    "ListExportsResponse",
    "ListNewsletterContentsResponse",
    "ListNewslettersResponse",
    "ListNewslettersSort",
    "ListNewsletterTestGroupsResponse",
    "ListObjectTypesResponse",
    "ListReportingWebhooksResponse",
    "ListSegmentsResponse",
    "ListSenderIdentitiesResponse",
    "ListSnippetsResponse",
    "ListSubscriptionChannelsResponse",
    "ListSubscriptionTopicsResponse",
    "ListTransactionalContentsResponse",
    "ListTransactionalMessagesResponse",
    "ListWorkflowActionsResponse",
    "ListWorkspacesResponse",
    "MergeCustomersRequest",
    "Message",
    "MessageBouncedEventData",
    "MessageContentUpdate",
    "MessageCustomerIdentifiersType0",
    "MessageEventData",
    "MessageFailedEventData",
    "MessageMetrics",
    "MessageRepliedEventData",
    "MessageResponse",
    "MessageSentEventData",
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
    "ObjectAttributeCondition",
    "ObjectAttributeConditionOperator",
    "ObjectAttributes",
    "ObjectAttributesAttributes",
    "ObjectAttributesIdentifiers",
    "ObjectAttributesResponse",
    "ObjectAttributesTimestamps",
    "ObjectFilter",
    "ObjectIdentifiers",
    "ObjectRelationship",
    "ObjectRelationshipsPage",
    "ObjectType",
    "PersonEventData",
    "PersonIdentifier",
    "PersonIdentifiers",
    "PipelinesAlias",
    "PipelinesAliasType",
    "PipelinesBatchRequest",
    "PipelinesChannel",
    "PipelinesContext",
    "PipelinesContextCampaign",
    "PipelinesContextLocation",
    "PipelinesContextPage",
    "PipelinesContextReferrer",
    "PipelinesContextTraits",
    "PipelinesGroup",
    "PipelinesGroupTraits",
    "PipelinesGroupTraitsRelationshipAttributes",
    "PipelinesGroupType",
    "PipelinesIdentify",
    "PipelinesIdentifyTraits",
    "PipelinesIdentifyType",
    "PipelinesIntegrations",
    "PipelinesLibrary",
    "PipelinesPage",
    "PipelinesPageType",
    "PipelinesProperties",
    "PipelinesScreen",
    "PipelinesScreenType",
    "PipelinesStrictMode",
    "PipelinesTrack",
    "PipelinesTrackType",
    "PushAttemptedEvent",
    "PushBouncedEvent",
    "PushBouncedEventData",
    "PushBouncedEventRecipient",
    "PushClickedEvent",
    "PushClickedEventData",
    "PushConvertedEvent",
    "PushCustomDevice",
    "PushCustomDeviceAttributes",
    "PushDeliveredEvent",
    "PushDraftedEvent",
    "PushDroppedEvent",
    "PushEventData",
    "PushEventRecipient",
    "PushFailedEvent",
    "PushOpenedEvent",
    "PushSentEvent",
    "PushSentEventData",
    "PushUndeliverableEvent",
    "RecipientEventData",
    "Relationship",
    "RelationshipRelationshipAttributes",
    "ReportingWebhook",
    "ReportingWebhookInput",
    "ReportingWebhookUpdate",
    "ReportMetricRequest",
    "ReportMetricRequestMetric",
    "SearchCustomersRequest",
    "SearchCustomersResponse",
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
    "SenderIdentity",
    "SenderIdentityResponse",
    "SenderIdentityUsage",
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
    "SlackAttemptedEvent",
    "SlackClickedEvent",
    "SlackDraftedEvent",
    "SlackFailedEvent",
    "SlackSentEvent",
    "SlackUndeliverableEvent",
    "SmsAttemptedEvent",
    "SmsBouncedEvent",
    "SmsClickedEvent",
    "SmsConvertedEvent",
    "SmsDeliveredEvent",
    "SmsDraftedEvent",
    "SmsFailedEvent",
    "SmsRepliedEvent",
    "SmsSentEvent",
    "SmsUndeliverableEvent",
    "Snippet",
    "SnippetInput",
    "SnippetResponse",
    "SubmitFormRequest",
    "SubmitFormRequestData",
    "SubscriptionCenterTokenResponse",
    "SubscriptionChannel",
    "SubscriptionPreferences",
    "SubscriptionPreferencesEventData",
    "SubscriptionPreferencesTopics",
    "SubscriptionTopic",
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
    "WebhookAttemptedEvent",
    "WebhookClickedEvent",
    "WebhookDraftedEvent",
    "WebhookFailedEvent",
    "WebhookSentEvent",
    "WebhookUndeliverableEvent",
    "WhatsAppAttemptedEvent",
    "WhatsAppBouncedEvent",
    "WhatsAppClickedEvent",
    "WhatsAppConvertedEvent",
    "WhatsAppDeliveredEvent",
    "WhatsAppDraftedEvent",
    "WhatsAppDroppedEvent",
    "WhatsAppFailedEvent",
    "WhatsAppOpenedEvent",
    "WhatsAppRepliedEvent",
    "WhatsAppSentEvent",
    "WhatsAppUndeliverableEvent",
    "WorkflowAction",
    "WorkflowActionRef",
    "WorkflowActionResponse",
    "Workspace",
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


class _Nested:
    """A model that another model nests, imported when that model first uses it.

    A model module binds each model it nests to one of these instead of importing it, so that importing a
    model (a Track request, say) does not import every model it could contain. The first use (any attribute,
    ``isinstance``, a call, ``|`` in an evaluated annotation) imports the class and rebinds the name in the
    nesting module to the class itself, so later uses cost nothing more than a global lookup.
    """

    __slots__ = ("_namespace", "_module", "_name", "_package")

    def __init__(self, namespace: dict[str, Any], package: str, module: str, name: str) -> None:
        self._namespace, self._package, self._module, self._name = namespace, package, module, name

    def _load(self) -> Any:
        from importlib import import_module

        get = object.__getattribute__
        name = get(self, "_name")
        cls = getattr(import_module(get(self, "_module"), get(self, "_package")), name)
        get(self, "_namespace")[name] = cls
        return cls

    # Every attribute is the model's, "__new__" included, which this class has too: a nesting model makes
    # `Model.__new__(Model)`, and that lookup rebinds the name before the argument is read.
    def __getattribute__(self, attribute: str) -> Any:
        return getattr(_Nested._load(self), attribute)

    def __instancecheck__(self, instance: object) -> bool:
        return isinstance(instance, _Nested._load(self))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _Nested._load(self)(*args, **kwargs)

    def __or__(self, other: Any) -> Any:
        return _Nested._load(self) | other

    def __ror__(self, other: Any) -> Any:
        return other | _Nested._load(self)

    def __repr__(self) -> str:
        return f"<model {object.__getattribute__(self, '_name')}, imported on first use>"
