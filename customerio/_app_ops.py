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
        CustomerAttributesResponse,
        CustomersByEmailResponse,
        ExportDownloadResponse,
        ExportResponse,
        ListCollectionsResponse,
        ListExportsResponse,
        ListSegmentsResponse,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsedByResponse,
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
