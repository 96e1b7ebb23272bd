# Written by scripts/facade.py from spec/openapi.yaml: edit the spec, run `make generate`.

"""The typed values the clients return, for annotating your own code.

These are the generated attrs models of the API's answers (``customerio_openapi.models``),
re-exported here so apps need not import the generated package; each is imported on first use. A
field the answer did not carry holds :data:`UNSET` (an instance of :class:`Unset`); narrow with
``isinstance(value, Unset)``. Keys the schema does not list are kept in each model's
``additional_properties``; ``customerio.raw_json(value)`` gives the body as the API sent it.

>>> from customerio.types import SendMessageResponse
>>> def remember(resp: SendMessageResponse) -> None: ...
"""

from typing import TYPE_CHECKING

from customerio_openapi.types import UNSET, Unset

if TYPE_CHECKING:
    from customerio_openapi.models import (
        AccountRegionResponse,
        Broadcast,
        BroadcastResponse,
        BroadcastTrigger,
        BroadcastTriggerErrorsResponse,
        BroadcastTriggerStatus,
        BroadcastTriggerStatusRecipientsFilterType0,
        Campaign,
        CampaignResponse,
        Collection,
        CollectionContentItem,
        CollectionResponse,
        CustomerAttributes,
        CustomerAttributesAttributes,
        CustomerAttributesIdentifiers,
        CustomerAttributesResponse,
        CustomerAttributesTimestamps,
        CustomerByEmail,
        CustomerDevice,
        CustomersByEmailResponse,
        EmptyResponse,
        Export,
        ExportDownloadResponse,
        ExportResponse,
        JourneyMetricsResponse,
        LinkMetrics,
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
        Message,
        MessageCustomerIdentifiersType0,
        MessageMetrics,
        MessagesPage,
        MetricSeries,
        MetricsReport,
        MetricsReportResponse,
        Newsletter,
        NewsletterContent,
        NewsletterContentResponse,
        NewsletterResponse,
        NewsletterTestGroup,
        PersonIdentifiers,
        Segment,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsage,
        SegmentUsedByResponse,
        SendMessageResponse,
        TrackedLink,
        TransactionalContent,
        TransactionalContentResponse,
        TransactionalMessage,
        TransactionalMessageResponse,
        TriggerBroadcastResponse,
        V2Error,
        V2ErrorResponse,
        WorkflowAction,
        WorkflowActionRef,
        WorkflowActionResponse,
    )

__all__ = [
    "UNSET",
    "AccountRegionResponse",
    "Broadcast",
    "BroadcastResponse",
    "BroadcastTrigger",
    "BroadcastTriggerErrorsResponse",
    "BroadcastTriggerStatus",
    "BroadcastTriggerStatusRecipientsFilterType0",
    "Campaign",
    "CampaignResponse",
    "Collection",
    "CollectionContentItem",
    "CollectionResponse",
    "CustomerAttributes",
    "CustomerAttributesAttributes",
    "CustomerAttributesIdentifiers",
    "CustomerAttributesResponse",
    "CustomerAttributesTimestamps",
    "CustomerByEmail",
    "CustomerDevice",
    "CustomersByEmailResponse",
    "EmptyResponse",
    "Export",
    "ExportDownloadResponse",
    "ExportResponse",
    "JourneyMetricsResponse",
    "LinkMetrics",
    "LinkMetricsResponse",
    "ListBroadcastTriggersResponse",
    "ListBroadcastsResponse",
    "ListCampaignsResponse",
    "ListCollectionsResponse",
    "ListExportsResponse",
    "ListNewsletterContentsResponse",
    "ListNewsletterTestGroupsResponse",
    "ListNewslettersResponse",
    "ListSegmentsResponse",
    "ListTransactionalContentsResponse",
    "ListTransactionalMessagesResponse",
    "ListWorkflowActionsResponse",
    "Message",
    "MessageCustomerIdentifiersType0",
    "MessageMetrics",
    "MessagesPage",
    "MetricSeries",
    "MetricsReport",
    "MetricsReportResponse",
    "Newsletter",
    "NewsletterContent",
    "NewsletterContentResponse",
    "NewsletterResponse",
    "NewsletterTestGroup",
    "PersonIdentifiers",
    "Segment",
    "SegmentCustomerCountResponse",
    "SegmentMembershipResponse",
    "SegmentResponse",
    "SegmentUsage",
    "SegmentUsedByResponse",
    "SendMessageResponse",
    "TrackedLink",
    "TransactionalContent",
    "TransactionalContentResponse",
    "TransactionalMessage",
    "TransactionalMessageResponse",
    "TriggerBroadcastResponse",
    "Unset",
    "V2Error",
    "V2ErrorResponse",
    "WorkflowAction",
    "WorkflowActionRef",
    "WorkflowActionResponse",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import customerio_openapi.models

        value = getattr(customerio_openapi.models, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
