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
        CollectionContentItem,
        CollectionResponse,
        CustomerAttributesResponse,
        CustomerRelationshipsPage,
        CustomersAttributesResponse,
        CustomersByEmailResponse,
        CustomerSegmentsResponse,
        CustomerSubscriptionPreferencesResponse,
        ExportDownloadResponse,
        ExportResponse,
        FindObjectsResponse,
        ListCollectionsResponse,
        ListExportsResponse,
        ListObjectTypesResponse,
        ListSegmentsResponse,
        ListSubscriptionChannelsResponse,
        ListSubscriptionTopicsResponse,
        MessageResponse,
        MessagesPage,
        ObjectAttributesResponse,
        ObjectRelationshipsPage,
        SearchCustomersResponse,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsedByResponse,
        SubscriptionCenterTokenResponse,
    )

#: The counts of the request models that the generated models do not check, per model: how many keys
#: an object has (minProperties, maxProperties) and how many items each list holds (minItems, maxItems).
COUNTS: dict[str, Counts] = {
    "CustomersAttributesRequest": Counts(None, None, {"ids": (1, 100)}),
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
