"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account_region_response import AccountRegionResponse
    from .add_device_request import AddDeviceRequest
    from .attribute_condition import AttributeCondition
    from .attribute_condition_operator import AttributeConditionOperator
    from .batch_request import BatchRequest
    from .broadcast_per_user_data import BroadcastPerUserData
    from .broadcast_per_user_data_data import BroadcastPerUserDataData
    from .create_customers_export_request import CreateCustomersExportRequest
    from .create_deliveries_export_request import CreateDeliveriesExportRequest
    from .create_deliveries_export_request_metric import (
        CreateDeliveriesExportRequestMetric,
    )
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
    from .identifier_type import IdentifierType
    from .identifiers import Identifiers
    from .identify_relationships import IdentifyRelationships
    from .identify_relationships_action import IdentifyRelationshipsAction
    from .identify_request import IdentifyRequest
    from .list_exports_response import ListExportsResponse
    from .merge_customers_request import MergeCustomersRequest
    from .person_identifier import PersonIdentifier
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
    from .push_custom_device import PushCustomDevice
    from .push_custom_device_attributes import PushCustomDeviceAttributes
    from .relationship import Relationship
    from .relationship_relationship_attributes import RelationshipRelationshipAttributes
    from .report_metric_request import ReportMetricRequest
    from .report_metric_request_metric import ReportMetricRequestMetric
    from .segment_condition import SegmentCondition
    from .segment_customers_request import SegmentCustomersRequest
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

# Class name -> module of this package that defines it.
_MODULES = {
    "AccountRegionResponse": ".account_region_response",
    "AddDeviceRequest": ".add_device_request",
    "AttributeCondition": ".attribute_condition",
    "AttributeConditionOperator": ".attribute_condition_operator",
    "BatchRequest": ".batch_request",
    "BroadcastPerUserData": ".broadcast_per_user_data",
    "BroadcastPerUserDataData": ".broadcast_per_user_data_data",
    "CreateCustomersExportRequest": ".create_customers_export_request",
    "CreateDeliveriesExportRequest": ".create_deliveries_export_request",
    "CreateDeliveriesExportRequestMetric": ".create_deliveries_export_request_metric",
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
    "IdentifierType": ".identifier_type",
    "Identifiers": ".identifiers",
    "IdentifyRelationships": ".identify_relationships",
    "IdentifyRelationshipsAction": ".identify_relationships_action",
    "IdentifyRequest": ".identify_request",
    "ListExportsResponse": ".list_exports_response",
    "MergeCustomersRequest": ".merge_customers_request",
    "PersonIdentifier": ".person_identifier",
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
    "PushCustomDevice": ".push_custom_device",
    "PushCustomDeviceAttributes": ".push_custom_device_attributes",
    "Relationship": ".relationship",
    "RelationshipRelationshipAttributes": ".relationship_relationship_attributes",
    "ReportMetricRequest": ".report_metric_request",
    "ReportMetricRequestMetric": ".report_metric_request_metric",
    "SegmentCondition": ".segment_condition",
    "SegmentCustomersRequest": ".segment_customers_request",
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
}

__all__ = (
    "AccountRegionResponse",
    "AddDeviceRequest",
    "AttributeCondition",
    "AttributeConditionOperator",
    "BatchRequest",
    "BroadcastPerUserData",
    "BroadcastPerUserDataData",
    "CreateCustomersExportRequest",
    "CreateDeliveriesExportRequest",
    "CreateDeliveriesExportRequestMetric",
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
    "Identifiers",
    "IdentifierType",
    "IdentifyRelationships",
    "IdentifyRelationshipsAction",
    "IdentifyRequest",
    "ListExportsResponse",
    "MergeCustomersRequest",
    "PersonIdentifier",
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
    "PushCustomDevice",
    "PushCustomDeviceAttributes",
    "Relationship",
    "RelationshipRelationshipAttributes",
    "ReportMetricRequest",
    "ReportMetricRequestMetric",
    "SegmentCondition",
    "SegmentCustomersRequest",
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
    "TrackEventRequest",
    "TrackEventRequestType",
    "TrackPushRequest",
    "TrackPushRequestEvent",
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
