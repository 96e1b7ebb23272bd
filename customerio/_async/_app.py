# Written by scripts/facade.py from spec/openapi.yaml: edit the spec, run `make generate`.

"""``AsyncAppOperations``: the plain App API operations of ``AsyncAPIClient``, one typed method each.

Each method hands its operation's description (``customerio._app_ops``) and the caller's values to one
generic builder (``customerio._app_calls.plain``), which validates them before anything is sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .. import _app_ops as ops
from .._app_calls import plain
from .._types import IdentifierType
from ._base import AsyncBaseClient

if TYPE_CHECKING:
    from customerio_openapi.models import (
        ActivitiesPage,
        Activity,
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
        CustomerRelationship,
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
        EspSuppression,
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
        Message,
        MessageResponse,
        MessagesPage,
        MetricsReportResponse,
        Newsletter,
        NewsletterContentResponse,
        NewsletterResponse,
        ObjectAttributesResponse,
        ObjectIdentifiers,
        ObjectRelationship,
        ObjectRelationshipsPage,
        PersonIdentifiers,
        ReportingWebhook,
        SearchCustomersResponse,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsedByResponse,
        SenderIdentity,
        SenderIdentityResponse,
        SenderIdentityUsage,
        SnippetResponse,
        SubscriptionCenterTokenResponse,
        TransactionalContentResponse,
        TransactionalMessageResponse,
        WorkflowAction,
        WorkflowActionResponse,
    )

Id = str | int


class AsyncAppOperations(AsyncBaseClient):
    """The App API operations without rules of their own (see :class:`AsyncAPIClient`)."""

    async def get_customer_activities(
        self,
        customer_id: Id,
        *,
        id_type: IdentifierType | str | None = None,
        start: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
    ) -> ActivitiesPage:
        """List a person's activities.

        Return one page of a person's activity log (events, attribute changes, messages...), newest first.
        Activities of the last 30 days are always there; older ones may be gone.

        ``GET /v1/customers/{customer_id}/activities`` (Node: ``getCustomerActivities``).

        :meth:`iter_customer_activities` walks every page.

        Args:
            customer_id: The person's identifier value: their `id`, or the kind `id_type` names where the
                operation takes one.
            id_type: Which identifier `customer_id` is: `id` (what the API assumes when omitted), `email` or
                `cio_id`.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most activities a page holds (at most 100).
            type: Only activities of this type (`event`, `attribute_change`, `sent_email`...).
            name: Only the events or attribute changes of this name.

        """
        return await self._send(plain(ops.get_customer_activities, customer_id, id_type, start, limit, type, name))

    def iter_customer_activities(
        self,
        customer_id: Id,
        *,
        id_type: IdentifierType | str | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
    ) -> AsyncIterator[Activity]:
        """Every item of :meth:`get_customer_activities`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_customer_activities, [customer_id, id_type, None, limit, type, name])

    async def get_customer_messages(
        self,
        customer_id: Id,
        *,
        id_type: IdentifierType | str | None = None,
        start: str | None = None,
        limit: int | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
    ) -> MessagesPage:
        """List the messages sent to a person.

        Return one page of the deliveries made to a person, with their metrics. Without `start_ts` and
        `end_ts` the last 6 months are listed; a longer window is cut to the 6 months before its end.

        ``GET /v1/customers/{customer_id}/messages`` (Node: ``getCustomerMessages``).

        :meth:`iter_customer_messages` walks every page.

        Args:
            customer_id: The person's identifier value: their `id`, or the kind `id_type` names where the
                operation takes one.
            id_type: Which identifier `customer_id` is: `id` (what the API assumes when omitted), `email` or
                `cio_id`.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most deliveries a page holds (at most 1000).
            start_ts: Only deliveries created at or after this time (unix seconds or a datetime).
            end_ts: Only deliveries created at or before this time (unix seconds or a datetime).

        """
        return await self._send(plain(ops.get_customer_messages, customer_id, id_type, start, limit, start_ts, end_ts))

    def iter_customer_messages(
        self,
        customer_id: Id,
        *,
        id_type: IdentifierType | str | None = None,
        limit: int | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
    ) -> AsyncIterator[Message]:
        """Every item of :meth:`get_customer_messages`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_customer_messages, [customer_id, id_type, None, limit, start_ts, end_ts])

    async def get_customer_relationships(
        self, customer_id: Id, *, start: str | None = None, limit: int | None = None
    ) -> CustomerRelationshipsPage:
        """List the objects a person is related to.

        Return one page of the objects (companies, accounts...) a person is related to. Pages can repeat an
        object; an export from the dashboard gives a complete list.

        ``GET /v1/customers/{customer_id}/relationships`` (Node: ``getCustomerRelationships``).

        :meth:`iter_customer_relationships` walks every page.

        Args:
            customer_id: The person's identifier value: their `id`, or the kind `id_type` names where the
                operation takes one.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most relationships a page holds.

        """
        return await self._send(plain(ops.get_customer_relationships, customer_id, start, limit))

    def iter_customer_relationships(
        self, customer_id: Id, *, limit: int | None = None
    ) -> AsyncIterator[CustomerRelationship]:
        """Every item of :meth:`get_customer_relationships`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_customer_relationships, [customer_id, None, limit])

    async def get_customer_segments(
        self, customer_id: Id, id_type: IdentifierType | str = "id"
    ) -> CustomerSegmentsResponse:
        """List the segments a person belongs to.

        Return the segments, data-driven and manual, that a person is a member of.

        ``GET /v1/customers/{customer_id}/segments`` (Node: ``getCustomerSegments``).

        Args:
            customer_id: The person's identifier value: their `id`, or the kind `id_type` names where the
                operation takes one.
            id_type: Which identifier `customer_id` is: `id` (what the API assumes when omitted), `email` or
                `cio_id`.

        """
        return await self._send(plain(ops.get_customer_segments, customer_id, id_type))

    async def get_customer_subscription_preferences(
        self, customer_id: Id, *, id_type: IdentifierType | str | None = None, language: str | None = None
    ) -> CustomerSubscriptionPreferencesResponse:
        """Get a person's subscription preferences.

        Return a person's subscription preferences as their subscription center shows them: the page's
        header and each topic with its name, description and whether they are subscribed.

        ``GET /v1/customers/{customer_id}/subscription_preferences``
        (Node: ``getCustomerSubscriptionPreferences``).

        Args:
            customer_id: The person's identifier value: their `id`, or the kind `id_type` names where the
                operation takes one.
            id_type: Which identifier `customer_id` is: `id` (what the API assumes when omitted), `email` or
                `cio_id`.
            language: A language tag (`fr`, `pt-BR`...) to translate the content into; the default language
                otherwise.

        """
        return await self._send(plain(ops.get_customer_subscription_preferences, customer_id, id_type, language))

    async def get_customers_attributes(self, ids: Sequence[Any]) -> CustomersAttributesResponse:
        """Get several people's attributes.

        Return the attributes, attribute timestamps, subscription state and devices of up to 100 people at
        once, by `id`. Ids that match nobody are left out of the answer.

        ``POST /v1/customers/attributes`` (Node: ``getCustomersAttributes``).

        Args:
            ids: The people's ids (1 to 100); ids that match nobody are left out of the answer.

        """
        return await self._send(plain(ops.get_customers_attributes, ids))

    async def find_objects(
        self, object_type_id: Id, filter: Mapping[str, Any], *, start: str | None = None, limit: int | None = None
    ) -> FindObjectsResponse:
        """Find objects matching a filter.

        Return one page of the objects of a type that match a filter of their attributes. Pass the answer's
        `next` as `start` for the following page.

        ``POST /v1/objects`` (Node: ``findObjects``).

        :meth:`iter_find_objects` walks every page.

        Args:
            object_type_id: The type of the objects to find (sent as given: a number or its text).
            filter: An object filter. Exactly one key per object: a compound (`and`, `or`, `not`, nesting
                further filters to any depth) or an `object_attribute` condition.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most objects a page holds.

        """
        return await self._send(plain(ops.find_objects, object_type_id, filter, start, limit))

    def iter_find_objects(
        self, object_type_id: Id, filter: Mapping[str, Any], *, limit: int | None = None
    ) -> AsyncIterator[ObjectIdentifiers]:
        """Every item of :meth:`find_objects`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.find_objects, [object_type_id, filter, None, limit])

    async def get_object_attributes(
        self, object_type_id: Id, object_id: Id, id_type: Literal["object_id", "cio_object_id"] | None = None
    ) -> ObjectAttributesResponse:
        """Get an object's attributes.

        Return an object's identifiers, attributes and attribute timestamps.

        ``GET /v1/objects/{object_type_id}/{object_id}/attributes`` (Node: ``getObjectAttributes``).

        Args:
            object_type_id: The object type's id (object type ids start at 1; `list_object_types` lists
                them).
            object_id: The object's identifier: its `object_id`, or its `cio_object_id` when `id_type` says
                so.
            id_type: Which identifier `object_id` is: `object_id` (what the API assumes when omitted) or
                `cio_object_id`.

        """
        return await self._send(plain(ops.get_object_attributes, object_type_id, object_id, id_type))

    async def get_object_relationships(
        self,
        object_type_id: Id,
        object_id: Id,
        *,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
    ) -> ObjectRelationshipsPage:
        """List the people related to an object.

        Return one page of the people related to an object. Pages can repeat a person; an export from the
        dashboard gives a complete list.

        ``GET /v1/objects/{object_type_id}/{object_id}/relationships`` (Node: ``getObjectRelationships``).

        :meth:`iter_object_relationships` walks every page.

        Args:
            object_type_id: The object type's id (object type ids start at 1; `list_object_types` lists
                them).
            object_id: The object's identifier: its `object_id`, or its `cio_object_id` when `id_type` says
                so.
            id_type: Which identifier `object_id` is: `object_id` (what the API assumes when omitted) or
                `cio_object_id`.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most relationships a page holds.

        """
        return await self._send(plain(ops.get_object_relationships, object_type_id, object_id, id_type, start, limit))

    def iter_object_relationships(
        self,
        object_type_id: Id,
        object_id: Id,
        *,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[ObjectRelationship]:
        """Every item of :meth:`get_object_relationships`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_object_relationships, [object_type_id, object_id, id_type, None, limit])

    async def list_object_types(self) -> ListObjectTypesResponse:
        """List object types.

        Return every object type of the workspace, with the id other object operations take.

        ``GET /v1/object_types`` (Node: ``listObjectTypes``).
        """
        return await self._send(plain(ops.list_object_types))

    async def list_activities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        deleted: bool | None = None,
        customer_id: Id | None = None,
        id_type: IdentifierType | str | None = None,
    ) -> ActivitiesPage:
        """List the workspace's activities.

        Return one page of the workspace's activity log, everyone's or one person's (`customer_id`).
        Activities of the last 30 days are always there; older ones may be gone.

        ``GET /v1/activities`` (Node: ``listActivities``).

        :meth:`iter_activities` walks every page.

        Args:
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most activities a page holds (at most 100).
            type: Only activities of this type (`event`, `attribute_change`, `sent_email`...).
            name: Only the events or attribute changes of this name.
            deleted: If true, the activities of deleted people are listed.
            customer_id: Only this person's activities: their `id`, or the kind `id_type` names (a `cio_id`
                prefixed `cio_`).
            id_type: Which identifier `customer_id` is: `id` (what the API assumes when omitted), `email` or
                `cio_id`.

        """
        return await self._send(plain(ops.list_activities, start, limit, type, name, deleted, customer_id, id_type))

    def iter_activities(
        self,
        *,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        deleted: bool | None = None,
        customer_id: Id | None = None,
        id_type: IdentifierType | str | None = None,
    ) -> AsyncIterator[Activity]:
        """Every item of :meth:`list_activities`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.list_activities, [None, limit, type, name, deleted, customer_id, id_type])

    async def list_subscription_topics(self) -> ListSubscriptionTopicsResponse:
        """List subscription topics.

        Return the subscription center's topics (an empty list when there is none).

        ``GET /v1/subscription_topics`` (Node: ``listSubscriptionTopics``).
        """
        return await self._send(plain(ops.list_subscription_topics))

    async def list_subscription_channels(self) -> ListSubscriptionChannelsResponse:
        """List subscription channels.

        Return the channels (email, SMS, push...) people can subscribe to or unsubscribe from in the
        subscription center (an empty list when none is set up).

        ``GET /v1/subscription_channels`` (Node: ``listSubscriptionChannels``).
        """
        return await self._send(plain(ops.list_subscription_channels))

    async def get_subscription_center_token(self, customer_id: Id) -> SubscriptionCenterTokenResponse:
        """Make a subscription center link for a person.

        Return a signed token and the address of a person's standalone subscription center page, valid for
        24 hours: a link to manage their preferences outside of a message.

        ``GET /v1/subscription_center/{customer_id}/token`` (Node: ``getSubscriptionCenterToken``).

        Args:
            customer_id: The person's identifier value: their `id`, or the kind `id_type` names where the
                operation takes one.

        """
        return await self._send(plain(ops.get_subscription_center_token, customer_id))

    async def get_messages(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        drafts: bool | None = None,
        metric: Literal[
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
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        campaign_id: int | None = None,
        action_id: int | None = None,
        newsletter_id: int | None = None,
        transactional_id: int | None = None,
        trigger_id: int | None = None,
        template_id: int | None = None,
        content_id: int | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
    ) -> MessagesPage:
        """List the workspace's deliveries.

        Return one page of the workspace's deliveries with their metrics, filtered by channel, metric,
        campaign, newsletter, template... Without `start_ts` and `end_ts` the last 6 months are listed; a
        longer window is cut to 6 months.

        ``GET /v1/messages`` (Node: ``getMessages``).

        :meth:`iter_messages` walks every page.

        Args:
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most deliveries a page holds (at most 1000).
            drafts: If true, drafts are listed instead of sent messages.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            campaign_id: Only the deliveries of this campaign.
            action_id: Only the deliveries of this campaign or broadcast action.
            newsletter_id: Only the deliveries of this newsletter.
            transactional_id: Only the deliveries of this transactional message.
            trigger_id: Only the deliveries of this broadcast trigger (give `campaign_id` too).
            template_id: Only the deliveries made from this message template.
            content_id: Only the deliveries of this newsletter variant.
            start_ts: Only deliveries created at or after this time (unix seconds or a datetime).
            end_ts: Only deliveries created at or before this time (unix seconds or a datetime).
            associations: If true, the campaigns, actions, newsletters and contents the deliveries belong to
                are included.
            get_tracked_responses: If true, each delivery's tracked responses are included.

        """
        return await self._send(
            plain(
                ops.get_messages,
                start,
                limit,
                drafts,
                metric,
                type,
                campaign_id,
                action_id,
                newsletter_id,
                transactional_id,
                trigger_id,
                template_id,
                content_id,
                start_ts,
                end_ts,
                associations,
                get_tracked_responses,
            )
        )

    def iter_messages(
        self,
        *,
        limit: int | None = None,
        drafts: bool | None = None,
        metric: Literal[
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
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        campaign_id: int | None = None,
        action_id: int | None = None,
        newsletter_id: int | None = None,
        transactional_id: int | None = None,
        trigger_id: int | None = None,
        template_id: int | None = None,
        content_id: int | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
    ) -> AsyncIterator[Message]:
        """Every item of :meth:`get_messages`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(
            ops.get_messages,
            [
                None,
                limit,
                drafts,
                metric,
                type,
                campaign_id,
                action_id,
                newsletter_id,
                transactional_id,
                trigger_id,
                template_id,
                content_id,
                start_ts,
                end_ts,
                associations,
                get_tracked_responses,
            ],
        )

    async def get_message(
        self,
        message_id: Id,
        *,
        archived_message: bool | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
    ) -> MessageResponse:
        """Get a delivery.

        Return one delivery (a message sent, or meant to be sent, to one person) with its metrics.

        ``GET /v1/messages/{message_id}`` (Node: ``getMessage``).

        Args:
            message_id: The delivery's id (the `CIO-Delivery-ID` of a message).
            archived_message: If true, the archived content of the message is included (archived content is
                rate-limited).
            associations: If true, the campaign, action, newsletter and content the delivery belongs to are
                included.
            get_tracked_responses: If true, the delivery's tracked responses are included.

        """
        return await self._send(
            plain(ops.get_message, message_id, archived_message, associations, get_tracked_responses)
        )

    async def get_archived_message(self, message_id: Id) -> ArchivedMessageResponse:
        """Get a delivery's archived content.

        Return the archived copy of a delivery: its recipient and its content as sent (an email's subject
        and body, a webhook's request...). Limited to 100 requests a day.

        ``GET /v1/messages/{message_id}/archived_message`` (Node: ``getArchivedMessage``).

        Args:
            message_id: The delivery's id (the `CIO-Delivery-ID` of a message).

        """
        return await self._send(plain(ops.get_archived_message, message_id))

    async def search_suppression(self, email: str) -> EspSuppressionsResponse:
        """Look up an ESP-suppressed address.

        Return whether, and why, the email service provider suppressed an address.

        ``GET /v1/esp/search_suppression/{email}`` (Node: ``searchSuppression``).

        Args:
            email: The email address (sent percent-encoded, as one path segment).

        """
        return await self._send(plain(ops.search_suppression, email))

    async def get_suppressions(
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
        return await self._send(plain(ops.get_suppressions, suppression_type, limit, offset, email, domain))

    async def get_domain_suppressions(
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

        ``GET /v1/esp/domains/{domain_name}/suppression/{suppression_type}``
        (Node: ``getDomainSuppressions``).

        :meth:`iter_domain_suppressions` walks every page.

        Args:
            domain_name: The sending domain.
            suppression_type: Why the ESP suppressed the addresses: `blocks`, `bounces`, `spam_reports` or
                `invalid_emails`.
            limit: The most addresses a page holds (at most 1000).
            email: Only this address (at most one result, no pages).
            start: The cursor of the page to return: the `next` of the previous page.

        """
        return await self._send(plain(ops.get_domain_suppressions, domain_name, suppression_type, limit, email, start))

    def iter_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
    ) -> AsyncIterator[EspSuppression]:
        """Every item of :meth:`get_domain_suppressions`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_domain_suppressions, [domain_name, suppression_type, limit, email, None])

    async def create_suppression(
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
        return await self._send(plain(ops.create_suppression, suppression_type, email))

    async def delete_suppression(
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
        return await self._send(plain(ops.delete_suppression, suppression_type, email))

    async def create_import(self, import_data: Mapping[str, Any]) -> ImportResponse:
        """Start a CSV import.

        Queue the import of a CSV file of people, events, objects or relationships, fetched from its URL.
        The import runs in stages afterwards and may fail: follow it with `get_import`.

        ``POST /v1/imports`` (Node: ``createImport``).

        Args:
            import_data: A CSV import: the public URL of the file and what its rows are. People and event
                imports name the `identifier` column; object imports name their `object_type_id`.

        """
        return await self._send(plain(ops.create_import, import_data))

    async def get_import(self, import_id: Id) -> ImportResponse:
        """Get an import.

        Return an import's state, its row counts, and where to download its errors and warnings.

        ``GET /v1/imports/{import_id}`` (Node: ``getImport``).

        Args:
            import_id: The import's id, as returned when it was created.

        """
        return await self._send(plain(ops.get_import, import_id))

    async def batch_update_attributes(self, attributes: Sequence[Any]) -> None:
        """Describe attributes.

        Add or update the descriptions (and, on Premium plans, the sensitivity) of up to 100 attributes of
        the data index. A new attribute appears there once a profile carries it.

        ``POST /v1/data_index/attributes`` (Node: ``batchUpdateAttributes``).
        """
        return await self._send(plain(ops.batch_update_attributes, attributes))

    async def batch_update_events(self, events: Sequence[Any]) -> None:
        """Describe events.

        Add or update the descriptions of up to 100 events of the data index. A new event appears there once
        a person has it.

        ``POST /v1/data_index/events`` (Node: ``batchUpdateEvents``).
        """
        return await self._send(plain(ops.batch_update_events, events))

    async def list_workspaces(self) -> ListWorkspacesResponse:
        """List workspaces.

        Return the account's workspaces with their message, people and object counts.

        ``GET /v1/workspaces`` (Node: ``listWorkspaces``).
        """
        return await self._send(plain(ops.list_workspaces))

    async def get_ip_addresses(self) -> IpAddressesResponse:
        """List Customer.io's IP addresses.

        Return the IP addresses to allow through a firewall or a custom SMTP server's access rules: every
        message and webhook comes from them, push notifications excepted.

        ``GET /v1/info/ip_addresses`` (Node: ``getIpAddresses``).
        """
        return await self._send(plain(ops.get_ip_addresses))

    async def get_sender_identities(
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
        return await self._send(plain(ops.get_sender_identities, start, limit, sort, hidden))

    def iter_sender_identities(
        self, *, limit: int | None = None, sort: Literal["asc", "desc"] | None = None, hidden: bool | None = None
    ) -> AsyncIterator[SenderIdentity]:
        """Every item of :meth:`get_sender_identities`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_sender_identities, [None, limit, sort, hidden])

    async def get_sender_identity(self, sender_id: Id) -> SenderIdentityResponse:
        """Get a sender identity.

        Return one sender's name, address and kind.

        ``GET /v1/sender_identities/{sender_id}`` (Node: ``getSenderIdentity``).

        Args:
            sender_id: The sender identity's id.

        """
        return await self._send(plain(ops.get_sender_identity, sender_id))

    async def get_sender_identity_used_by(self, sender_id: Id) -> SenderIdentityUsage:
        """Find what uses a sender identity.

        Return the campaigns and newsletters (sent and draft) that send from a sender.

        ``GET /v1/sender_identities/{sender_id}/used_by`` (Node: ``getSenderIdentityUsedBy``).

        Args:
            sender_id: The sender identity's id.

        """
        return await self._send(plain(ops.get_sender_identity_used_by, sender_id))

    async def list_reporting_webhooks(self) -> ListReportingWebhooksResponse:
        """List reporting webhooks.

        Return every reporting webhook of the workspace.

        ``GET /v1/reporting_webhooks`` (Node: ``listReportingWebhooks``).
        """
        return await self._send(plain(ops.list_reporting_webhooks))

    async def create_reporting_webhook(self, webhook: Mapping[str, Any]) -> ReportingWebhook:
        """Create a reporting webhook.

        Create a reporting webhook: Customer.io posts the named events to `endpoint`, signed with the
        webhook's signing key (check them with `customerio.webhooks`).

        ``POST /v1/reporting_webhooks`` (Node: ``createReportingWebhook``).

        Args:
            webhook: The webhook's `endpoint` and `events`, and optionally its name and options.

        """
        return await self._send(plain(ops.create_reporting_webhook, webhook))

    async def get_reporting_webhook(self, webhook_id: Id) -> ReportingWebhook:
        """Get a reporting webhook.

        Return one reporting webhook's endpoint, events and options.

        ``GET /v1/reporting_webhooks/{webhook_id}`` (Node: ``getReportingWebhook``).

        Args:
            webhook_id: The reporting webhook's id.

        """
        return await self._send(plain(ops.get_reporting_webhook, webhook_id))

    async def update_reporting_webhook(self, webhook_id: Id, updates: Mapping[str, Any]) -> ReportingWebhook:
        """Update a reporting webhook.

        Change any of a reporting webhook's fields (pause it with `disabled`, say).

        ``PUT /v1/reporting_webhooks/{webhook_id}`` (Node: ``updateReportingWebhook``).

        Args:
            webhook_id: The reporting webhook's id.
            updates: The fields to change.

        """
        return await self._send(plain(ops.update_reporting_webhook, webhook_id, updates))

    async def delete_reporting_webhook(self, webhook_id: Id) -> None:
        """Delete a reporting webhook.

        Delete a reporting webhook; Customer.io stops posting to it.

        ``DELETE /v1/reporting_webhooks/{webhook_id}`` (Node: ``deleteReportingWebhook``).

        Args:
            webhook_id: The reporting webhook's id.

        """
        return await self._send(plain(ops.delete_reporting_webhook, webhook_id))

    async def get_snippets(self) -> ListSnippetsResponse:
        """List snippets.

        Return every snippet of the workspace.

        ``GET /v1/snippets`` (Node: ``getSnippets``).
        """
        return await self._send(plain(ops.get_snippets))

    async def create_snippet(self, snippet: Mapping[str, Any]) -> SnippetResponse:
        """Create a snippet.

        Create a snippet; a snippet of that name must not exist yet (the API answers 422).

        ``POST /v1/snippets`` (Node: ``createSnippet``).

        Args:
            snippet: The snippet's `name` and `value`.

        """
        return await self._send(plain(ops.create_snippet, snippet))

    async def update_snippet(self, snippet: Mapping[str, Any]) -> SnippetResponse:
        """Create or update a snippet.

        Set a snippet's value, creating the snippet when none has that name.

        ``PUT /v1/snippets`` (Node: ``updateSnippet``).

        Args:
            snippet: The whole snippet, `name` and `value`.

        """
        return await self._send(plain(ops.update_snippet, snippet))

    async def delete_snippet(self, name: str) -> None:
        """Delete a snippet.

        Delete a snippet that no message uses (one in use cannot be deleted; the API answers 400).

        ``DELETE /v1/snippets/{name}`` (Node: ``deleteSnippet``).

        Args:
            name: The snippet's name.

        """
        return await self._send(plain(ops.delete_snippet, name))

    async def list_campaigns(self) -> ListCampaignsResponse:
        """List campaigns.

        Return every campaign of the workspace with its state, trigger segments, tags and actions (ids and
        kinds).

        ``GET /v1/campaigns`` (Node: ``listCampaigns``).
        """
        return await self._send(plain(ops.list_campaigns))

    async def get_campaign(self, campaign_id: Id) -> CampaignResponse:
        """Get a campaign.

        Return one campaign's state, trigger, tags and actions (ids and kinds).

        ``GET /v1/campaigns/{campaign_id}`` (Node: ``getCampaign``).

        Args:
            campaign_id: The campaign's id.

        """
        return await self._send(plain(ops.get_campaign, campaign_id))

    async def get_campaign_actions(self, campaign_id: Id, *, start: str | None = None) -> ListWorkflowActionsResponse:
        """List a campaign's actions.

        Return one page (up to 10) of a campaign's actions, each with its content. Pass the answer's `next`
        as `start` for the following page.

        ``GET /v1/campaigns/{campaign_id}/actions`` (Node: ``getCampaignActions``).

        :meth:`iter_campaign_actions` walks every page.

        Args:
            campaign_id: The campaign's id.
            start: The cursor of the page to return: the `next` of the previous page.

        """
        return await self._send(plain(ops.get_campaign_actions, campaign_id, start))

    def iter_campaign_actions(self, campaign_id: Id) -> AsyncIterator[WorkflowAction]:
        """Every item of :meth:`get_campaign_actions`, page after page.

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_campaign_actions, [campaign_id, None])

    async def get_campaign_action(self, campaign_id: Id, action_id: Id) -> WorkflowActionResponse:
        """Get a campaign action.

        Return one action of a campaign with its content (the default language).

        ``GET /v1/campaigns/{campaign_id}/actions/{action_id}`` (Node: ``getCampaignAction``).

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id (a message, webhook or other step of the workflow).

        """
        return await self._send(plain(ops.get_campaign_action, campaign_id, action_id))

    async def update_campaign_action(
        self, campaign_id: Id, action_id: Id, data: Mapping[str, Any] | None = None
    ) -> WorkflowAction:
        """Update a campaign action.

        Change the content of a campaign action (its body, subject, sender...); the fields not given keep
        their value. Content made with Design Studio cannot be changed here.

        ``PUT /v1/campaigns/{campaign_id}/actions/{action_id}`` (Node: ``updateCampaignAction``).

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            data: The fields to change (the API's default when omitted is `{}`, a no-op).

        """
        return await self._send(plain(ops.update_campaign_action, campaign_id, action_id, data))

    async def get_campaign_action_language(
        self, campaign_id: Id, action_id: Id, language: str
    ) -> WorkflowActionResponse:
        """Get a translation of a campaign action.

        Return one language's version of a campaign action (an unknown language is answered with 400).

        ``GET /v1/campaigns/{campaign_id}/actions/{action_id}/language/{language}``
        (Node: ``getCampaignActionLanguage``).

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).

        """
        return await self._send(plain(ops.get_campaign_action_language, campaign_id, action_id, language))

    async def update_campaign_action_language(
        self, campaign_id: Id, action_id: Id, language: str, data: Mapping[str, Any] | None = None
    ) -> WorkflowAction:
        """Update a translation of a campaign action.

        Change one language's version of a campaign action; the fields not given keep their value.

        ``PUT /v1/campaigns/{campaign_id}/actions/{action_id}/language/{language}``
        (Node: ``updateCampaignActionLanguage``).

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).
            data: The fields to change (`{}` when omitted).

        """
        return await self._send(plain(ops.update_campaign_action_language, campaign_id, action_id, language, data))

    async def get_campaign_action_metrics(
        self,
        campaign_id: Id,
        action_id: Id,
        *,
        version: Literal["1", "2"] | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | datetime | None = None,
        end: int | datetime | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
    ) -> MetricsReportResponse:
        """Get a campaign action's metrics.

        Return an action's delivery metrics over time, all channels together: version 2 (`version="2"`)
        buckets by `res` from `start` to `end` in `tz`; version 1 reports `steps` periods of `period` ending
        now.

        ``GET /v1/campaigns/{campaign_id}/actions/{action_id}/metrics``
        (Node: ``getCampaignActionMetrics``).

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            version: The report's version: `2` (recommended) buckets by `res` from `start` to `end` in `tz`;
                `1` (the API's default) reports `steps` periods of `period` ending now, in Eastern time.
            res: Version 2: the size of each bucket of the series.
            tz: Version 2: the IANA time zone the buckets follow (e.g. `America/New_York`); Eastern time
                when omitted.
            start: Version 2: the start of the report, in unix seconds (a `datetime` is converted).
            end: Version 2: the end of the report, in unix seconds (a `datetime` is converted).
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).

        """
        return await self._send(
            plain(ops.get_campaign_action_metrics, campaign_id, action_id, version, res, tz, start, end, period, steps)
        )

    async def get_campaign_action_metrics_links(
        self,
        campaign_id: Id,
        action_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
    ) -> LinkMetricsResponse:
        """Get a campaign action's link clicks.

        Return the clicks on each tracked link of an action, per period, oldest first.

        ``GET /v1/campaigns/{campaign_id}/actions/{action_id}/metrics/links``
        (Node: ``getCampaignActionMetricsLinks``).

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).
            unique: Count each person's clicks on a link once (`true`) or every click (`false`, the
                default).

        """
        return await self._send(
            plain(ops.get_campaign_action_metrics_links, campaign_id, action_id, period, steps, unique)
        )

    async def get_campaign_metrics(
        self,
        campaign_id: Id,
        *,
        version: Literal["1", "2"] | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | datetime | None = None,
        end: int | datetime | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
    ) -> MetricsReportResponse:
        """Get a campaign's metrics.

        Return a campaign's delivery metrics over time: version 2 (`version="2"`, recommended) buckets by
        `res` from `start` to `end` in `tz`; version 1 (the API's default) reports `steps` periods of
        `period` ending now.

        ``GET /v1/campaigns/{campaign_id}/metrics`` (Node: ``getCampaignMetrics``).

        Args:
            campaign_id: The campaign's id.
            version: The report's version: `2` (recommended) buckets by `res` from `start` to `end` in `tz`;
                `1` (the API's default) reports `steps` periods of `period` ending now, in Eastern time.
            type: Only this channel's messages (all channels when omitted).
            res: Version 2: the size of each bucket of the series.
            tz: Version 2: the IANA time zone the buckets follow (e.g. `America/New_York`); Eastern time
                when omitted.
            start: Version 2: the start of the report, in unix seconds (a `datetime` is converted).
            end: Version 2: the end of the report, in unix seconds (a `datetime` is converted).
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).

        """
        return await self._send(
            plain(ops.get_campaign_metrics, campaign_id, version, type, res, tz, start, end, period, steps)
        )

    async def get_campaign_metrics_links(
        self,
        campaign_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
    ) -> LinkMetricsResponse:
        """Get a campaign's link clicks.

        Return the clicks on each tracked link of a campaign, per period, oldest first.

        ``GET /v1/campaigns/{campaign_id}/metrics/links`` (Node: ``getCampaignMetricsLinks``).

        Args:
            campaign_id: The campaign's id.
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).
            unique: Count each person's clicks on a link once (`true`) or every click (`false`, the
                default).

        """
        return await self._send(plain(ops.get_campaign_metrics_links, campaign_id, period, steps, unique))

    async def get_campaign_journey_metrics(
        self,
        campaign_id: Id,
        *,
        start: int | datetime,
        end: int | datetime,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"],
    ) -> JourneyMetricsResponse:
        """Get a campaign's journey metrics.

        Return how many journeys started in each bucket of `res` from `start` to `end`, and how many of
        those reached each stage (activated, messaged, converted, finished...). `start`, `end` and `res` are
        required.

        ``GET /v1/campaigns/{campaign_id}/journey_metrics`` (Node: ``getCampaignJourneyMetrics``).

        Args:
            campaign_id: The campaign's id.
            start: The start of the report, in unix seconds (a `datetime` is converted).
            end: The end of the report, in unix seconds (a `datetime` is converted).
            res: The size of each bucket (sent as `resolution`).

        """
        return await self._send(plain(ops.get_campaign_journey_metrics, campaign_id, start, end, res))

    async def get_campaign_messages(
        self,
        campaign_id: Id,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        metric: str | None = None,
        drafts: bool | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        get_tracked_responses: bool | None = None,
    ) -> MessagesPage:
        """List a campaign's deliveries.

        Return one page of the messages a campaign sent (or drafted), newest first, with their metrics.
        Without `start_ts` and `end_ts` the last 6 months are searched; a wider range is cut to the 12
        months before its end. Pass the answer's `next` as `start` for the following page.

        ``GET /v1/campaigns/{campaign_id}/messages`` (Node: ``getCampaignMessages``).

        :meth:`iter_campaign_messages` walks every page.

        Args:
            campaign_id: The campaign's id.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most deliveries a page holds.
            type: Only this channel's messages (all channels when omitted).
            metric: Only deliveries that reached this metric (`sent`, `delivered`, `opened`, `clicked`,
                `bounced`...).
            drafts: Return drafts (unsent messages) instead of sent ones.
            start_ts: Only deliveries created at or after this time, in unix seconds (a `datetime` is
                converted).
            end_ts: Only deliveries created before this time, in unix seconds (a `datetime` is converted).
            get_tracked_responses: Include each delivery's tracked responses (replies, clicks).

        """
        return await self._send(
            plain(
                ops.get_campaign_messages,
                campaign_id,
                start,
                limit,
                type,
                metric,
                drafts,
                start_ts,
                end_ts,
                get_tracked_responses,
            )
        )

    def iter_campaign_messages(
        self,
        campaign_id: Id,
        *,
        limit: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        metric: str | None = None,
        drafts: bool | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        get_tracked_responses: bool | None = None,
    ) -> AsyncIterator[Message]:
        """Every item of :meth:`get_campaign_messages`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(
            ops.get_campaign_messages,
            [campaign_id, None, limit, type, metric, drafts, start_ts, end_ts, get_tracked_responses],
        )

    async def list_broadcasts(self) -> ListBroadcastsResponse:
        """List broadcasts.

        Return every API-triggered broadcast of the workspace with its state, tags and actions (ids and
        kinds).

        ``GET /v1/broadcasts`` (Node: ``listBroadcasts``).
        """
        return await self._send(plain(ops.list_broadcasts))

    async def get_broadcast(self, broadcast_id: Id) -> BroadcastResponse:
        """Get a broadcast.

        Return one API-triggered broadcast's state, tags and actions (ids and kinds).

        ``GET /v1/broadcasts/{broadcast_id}`` (Node: ``getBroadcast``).

        Args:
            broadcast_id: The API-triggered broadcast's id.

        """
        return await self._send(plain(ops.get_broadcast, broadcast_id))

    async def get_broadcast_actions(self, broadcast_id: Id) -> ListWorkflowActionsResponse:
        """List a broadcast's actions.

        Return a broadcast's actions (its messages and webhooks), each with its content.

        ``GET /v1/broadcasts/{broadcast_id}/actions`` (Node: ``getBroadcastActions``).

        Args:
            broadcast_id: The API-triggered broadcast's id.

        """
        return await self._send(plain(ops.get_broadcast_actions, broadcast_id))

    async def get_broadcast_action(self, broadcast_id: Id, action_id: Id) -> WorkflowActionResponse:
        """Get a broadcast action.

        Return one action of a broadcast with its content (the default language).

        ``GET /v1/broadcasts/{broadcast_id}/actions/{action_id}`` (Node: ``getBroadcastAction``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id (a message, webhook or other step of the workflow).

        """
        return await self._send(plain(ops.get_broadcast_action, broadcast_id, action_id))

    async def update_broadcast_action(
        self, broadcast_id: Id, action_id: Id, data: Mapping[str, Any] | None = None
    ) -> WorkflowAction:
        """Update a broadcast action.

        Change the content of a broadcast action (its body, subject, sender...); the fields not given keep
        their value. Content made with Design Studio cannot be changed here.

        ``PUT /v1/broadcasts/{broadcast_id}/actions/{action_id}`` (Node: ``updateBroadcastAction``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            data: The fields to change (`{}` when omitted).

        """
        return await self._send(plain(ops.update_broadcast_action, broadcast_id, action_id, data))

    async def get_broadcast_action_language(
        self, broadcast_id: Id, action_id: Id, language: str
    ) -> WorkflowActionResponse:
        """Get a translation of a broadcast action.

        Return one language's version of a broadcast action (an unknown language is answered with 400).

        ``GET /v1/broadcasts/{broadcast_id}/actions/{action_id}/language/{language}``
        (Node: ``getBroadcastActionLanguage``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).

        """
        return await self._send(plain(ops.get_broadcast_action_language, broadcast_id, action_id, language))

    async def update_broadcast_action_language(
        self, broadcast_id: Id, action_id: Id, language: str, data: Mapping[str, Any] | None = None
    ) -> WorkflowAction:
        """Update a translation of a broadcast action.

        Change one language's version of a broadcast action; the fields not given keep their value.

        ``PUT /v1/broadcasts/{broadcast_id}/actions/{action_id}/language/{language}``
        (Node: ``updateBroadcastActionLanguage``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).
            data: The fields to change (`{}` when omitted).

        """
        return await self._send(plain(ops.update_broadcast_action_language, broadcast_id, action_id, language, data))

    async def get_broadcast_action_metrics(
        self,
        broadcast_id: Id,
        action_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
    ) -> MetricsReportResponse:
        """Get a broadcast action's metrics.

        Return an action's delivery metrics, all channels together, over `steps` periods of `period` ending
        now.

        ``GET /v1/broadcasts/{broadcast_id}/actions/{action_id}/metrics``
        (Node: ``getBroadcastActionMetrics``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).

        """
        return await self._send(plain(ops.get_broadcast_action_metrics, broadcast_id, action_id, period, steps))

    async def get_broadcast_action_metrics_links(
        self,
        broadcast_id: Id,
        action_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
    ) -> LinkMetricsResponse:
        """Get a broadcast action's link clicks.

        Return the clicks on each tracked link of a broadcast action, per period, oldest first.

        ``GET /v1/broadcasts/{broadcast_id}/actions/{action_id}/metrics/links``
        (Node: ``getBroadcastActionMetricsLinks``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id (a message, webhook or other step of the workflow).
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).
            unique: Count each person's clicks on a link once (`true`) or every click (`false`, the
                default).

        """
        return await self._send(
            plain(ops.get_broadcast_action_metrics_links, broadcast_id, action_id, period, steps, unique)
        )

    async def get_broadcast_metrics(
        self,
        broadcast_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
    ) -> MetricsReportResponse:
        """Get a broadcast's metrics.

        Return a broadcast's delivery metrics over `steps` periods of `period` ending now, optionally for
        one channel.

        ``GET /v1/broadcasts/{broadcast_id}/metrics`` (Node: ``getBroadcastMetrics``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).
            type: Only this channel's messages (all channels when omitted).

        """
        return await self._send(plain(ops.get_broadcast_metrics, broadcast_id, period, steps, type))

    async def get_broadcast_metrics_links(
        self,
        broadcast_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
    ) -> LinkMetricsResponse:
        """Get a broadcast's link clicks.

        Return the clicks on each tracked link of a broadcast, per period, oldest first.

        ``GET /v1/broadcasts/{broadcast_id}/metrics/links`` (Node: ``getBroadcastMetricsLinks``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).
            unique: Count each person's clicks on a link once (`true`) or every click (`false`, the
                default).

        """
        return await self._send(plain(ops.get_broadcast_metrics_links, broadcast_id, period, steps, unique))

    async def get_broadcast_messages(
        self,
        broadcast_id: Id,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: str | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        get_tracked_responses: bool | None = None,
    ) -> MessagesPage:
        """List a broadcast's deliveries.

        Return one page of the messages a broadcast sent, newest first, with their metrics. Without
        `start_ts` and `end_ts` the last 6 months are searched. Pass the answer's `next` as `start` for the
        following page.

        ``GET /v1/broadcasts/{broadcast_id}/messages`` (Node: ``getBroadcastMessages``).

        :meth:`iter_broadcast_messages` walks every page.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most deliveries a page holds.
            metric: Only deliveries that reached this metric (`sent`, `delivered`, `opened`, `clicked`,
                `bounced`...).
            type: Only this channel's messages (all channels when omitted).
            start_ts: Only deliveries created at or after this time, in unix seconds (a `datetime` is
                converted).
            end_ts: Only deliveries created before this time, in unix seconds (a `datetime` is converted).
            get_tracked_responses: Include each delivery's tracked responses (replies, clicks).

        """
        return await self._send(
            plain(
                ops.get_broadcast_messages,
                broadcast_id,
                start,
                limit,
                metric,
                type,
                start_ts,
                end_ts,
                get_tracked_responses,
            )
        )

    def iter_broadcast_messages(
        self,
        broadcast_id: Id,
        *,
        limit: int | None = None,
        metric: str | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        get_tracked_responses: bool | None = None,
    ) -> AsyncIterator[Message]:
        """Every item of :meth:`get_broadcast_messages`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(
            ops.get_broadcast_messages,
            [broadcast_id, None, limit, metric, type, start_ts, end_ts, get_tracked_responses],
        )

    async def get_broadcast_triggers(self, broadcast_id: Id) -> ListBroadcastTriggersResponse:
        """List a broadcast's triggers.

        Return the times a broadcast was triggered through the API, and when each was processed.

        ``GET /v1/broadcasts/{broadcast_id}/triggers`` (Node: ``getBroadcastTriggers``).

        Args:
            broadcast_id: The API-triggered broadcast's id.

        """
        return await self._send(plain(ops.get_broadcast_triggers, broadcast_id))

    async def get_broadcast_trigger_status(self, broadcast_id: Id, trigger_id: Id) -> BroadcastTriggerStatus:
        """Get the status of a broadcast trigger.

        Return how far one `trigger_broadcast` call has been processed: when, for how many people, and how
        much of its data file was read.

        ``GET /v1/campaigns/{broadcast_id}/triggers/{trigger_id}`` (Node: ``getBroadcastTriggerStatus``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as `trigger_broadcast` returned it.

        """
        return await self._send(plain(ops.get_broadcast_trigger_status, broadcast_id, trigger_id))

    async def get_broadcast_trigger_errors(
        self, broadcast_id: Id, trigger_id: Id, *, start: str | None = None, limit: int | None = None
    ) -> BroadcastTriggerErrorsResponse:
        """List a broadcast trigger's errors.

        Return one page of the errors of a trigger (people or data-file rows that could not be used). The
        answer's `next` is a number; pass it as `start` (text) for the following page.

        ``GET /v1/campaigns/{broadcast_id}/triggers/{trigger_id}/errors``
        (Node: ``getBroadcastTriggerErrors``).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as `trigger_broadcast` returned it.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most errors a page holds.

        """
        return await self._send(plain(ops.get_broadcast_trigger_errors, broadcast_id, trigger_id, start, limit))

    async def list_newsletters(
        self, *, start: str | None = None, limit: int | None = None, sort: Literal["asc", "desc"] | None = None
    ) -> ListNewslettersResponse:
        """List newsletters.

        Return one page of the workspace's newsletters (their channel, audience segments, tags, contents and
        when each was last sent). Pass the answer's `next` as `start` for the following page.

        ``GET /v1/newsletters`` (Node: ``listNewsletters``).

        :meth:`iter_newsletters` walks every page.

        Args:
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most newsletters a page holds.
            sort: By creation time: `asc` (oldest first) or `desc` (newest first).

        """
        return await self._send(plain(ops.list_newsletters, start, limit, sort))

    def iter_newsletters(
        self, *, limit: int | None = None, sort: Literal["asc", "desc"] | None = None
    ) -> AsyncIterator[Newsletter]:
        """Every item of :meth:`list_newsletters`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.list_newsletters, [None, limit, sort])

    async def create_newsletter(self, newsletter: Mapping[str, Any]) -> NewsletterResponse:
        """Create a newsletter.

        Create a newsletter with its channel, audience and content; it is sent at once with `send_now`,
        later with `scheduled_at`, and otherwise kept as a draft. Not replayed after a failure that may have
        reached the API.

        ``POST /v1/newsletters`` (Node: ``createNewsletter``).

        Args:
            newsletter: The newsletter (`name`, `type`, `recipients` and the channel's content).

        """
        return await self._send(plain(ops.create_newsletter, newsletter))

    async def get_newsletter(self, newsletter_id: Id) -> NewsletterResponse:
        """Get a newsletter.

        Return one newsletter's channel, audience segments, tags, contents and when it was last sent.

        ``GET /v1/newsletters/{newsletter_id}`` (Node: ``getNewsletter``).

        Args:
            newsletter_id: The newsletter's id.

        """
        return await self._send(plain(ops.get_newsletter, newsletter_id))

    async def delete_newsletter(self, newsletter_id: Id) -> None:
        """Delete a newsletter.

        Delete a newsletter and its contents.

        ``DELETE /v1/newsletters/{newsletter_id}`` (Node: ``deleteNewsletter``).

        Args:
            newsletter_id: The newsletter's id.

        """
        return await self._send(plain(ops.delete_newsletter, newsletter_id))

    async def get_newsletter_contents(self, newsletter_id: Id) -> ListNewsletterContentsResponse:
        """List a newsletter's contents.

        Return every content of a newsletter (its translations and A/B test variants) with the message.

        ``GET /v1/newsletters/{newsletter_id}/contents`` (Node: ``getNewsletterContents``).

        Args:
            newsletter_id: The newsletter's id.

        """
        return await self._send(plain(ops.get_newsletter_contents, newsletter_id))

    async def get_newsletter_content(self, newsletter_id: Id, content_id: Id) -> NewsletterContentResponse:
        """Get a newsletter content.

        Return one content of a newsletter (its default message, a translation or an A/B test variant).

        ``GET /v1/newsletters/{newsletter_id}/contents/{content_id}`` (Node: ``getNewsletterContent``).

        Args:
            newsletter_id: The newsletter's id.
            content_id: The content's id: one language or A/B test variant of the message.

        """
        return await self._send(plain(ops.get_newsletter_content, newsletter_id, content_id))

    async def update_newsletter_content(
        self, newsletter_id: Id, content_id: Id, data: Mapping[str, Any] | None = None
    ) -> NewsletterContentResponse:
        """Update a newsletter content.

        Change one content of a newsletter (its body, subject, sender...); the fields not given keep their
        value. Design Studio, drag-and-drop, in-app and inbox content cannot be changed here.

        ``PUT /v1/newsletters/{newsletter_id}/contents/{content_id}`` (Node: ``updateNewsletterContent``).

        Args:
            newsletter_id: The newsletter's id.
            content_id: The content's id: one language or A/B test variant of the message.
            data: The fields to change (`{}` when omitted).

        """
        return await self._send(plain(ops.update_newsletter_content, newsletter_id, content_id, data))

    async def get_newsletter_content_metrics(
        self,
        newsletter_id: Id,
        content_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
    ) -> MetricsReportResponse:
        """Get a newsletter content's metrics.

        Return one content's delivery metrics over `steps` periods of `period` ending now, all channels
        together.

        ``GET /v1/newsletters/{newsletter_id}/contents/{content_id}/metrics``
        (Node: ``getNewsletterContentMetrics``).

        Args:
            newsletter_id: The newsletter's id.
            content_id: The content's id: one language or A/B test variant of the message.
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).

        """
        return await self._send(plain(ops.get_newsletter_content_metrics, newsletter_id, content_id, period, steps))

    async def get_newsletter_content_metrics_links(
        self,
        newsletter_id: Id,
        content_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
    ) -> LinkMetricsResponse:
        """Get a newsletter content's link clicks.

        Return the clicks on each tracked link of one content, per period, oldest first.

        ``GET /v1/newsletters/{newsletter_id}/contents/{content_id}/metrics/links``
        (Node: ``getNewsletterContentMetricsLinks``).

        Args:
            newsletter_id: The newsletter's id.
            content_id: The content's id: one language or A/B test variant of the message.
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).
            unique: Count each person's clicks on a link once (`true`) or every click (`false`, the
                default).

        """
        return await self._send(
            plain(ops.get_newsletter_content_metrics_links, newsletter_id, content_id, period, steps, unique)
        )

    async def get_newsletter_metrics(
        self,
        newsletter_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
    ) -> MetricsReportResponse:
        """Get a newsletter's metrics.

        Return a newsletter's delivery metrics over `steps` periods of `period` ending now, all channels
        together.

        ``GET /v1/newsletters/{newsletter_id}/metrics`` (Node: ``getNewsletterMetrics``).

        Args:
            newsletter_id: The newsletter's id.
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).

        """
        return await self._send(plain(ops.get_newsletter_metrics, newsletter_id, period, steps))

    async def get_newsletter_metrics_links(
        self,
        newsletter_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
    ) -> LinkMetricsResponse:
        """Get a newsletter's link clicks.

        Return the clicks on each tracked link of a newsletter, per period, oldest first.

        ``GET /v1/newsletters/{newsletter_id}/metrics/links`` (Node: ``getNewsletterMetricsLinks``).

        Args:
            newsletter_id: The newsletter's id.
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).
            unique: Count each person's clicks on a link once (`true`) or every click (`false`, the
                default).

        """
        return await self._send(plain(ops.get_newsletter_metrics_links, newsletter_id, period, steps, unique))

    async def get_newsletter_messages(
        self,
        newsletter_id: Id,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: str | None = None,
        type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        get_tracked_responses: bool | None = None,
    ) -> MessagesPage:
        """List a newsletter's deliveries.

        Return one page of the messages a newsletter sent, newest first, with their metrics. Without
        `start_ts` and `end_ts` the last 6 months are searched. Pass the answer's `next` as `start` for the
        following page.

        ``GET /v1/newsletters/{newsletter_id}/messages`` (Node: ``getNewsletterMessages``).

        :meth:`iter_newsletter_messages` walks every page.

        Args:
            newsletter_id: The newsletter's id.
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most deliveries a page holds.
            metric: Only deliveries that reached this metric (`sent`, `delivered`, `opened`, `clicked`,
                `bounced`...).
            type: Only this channel's messages (all channels when omitted).
            start_ts: Only deliveries created at or after this time, in unix seconds (a `datetime` is
                converted).
            end_ts: Only deliveries created before this time, in unix seconds (a `datetime` is converted).
            get_tracked_responses: Include each delivery's tracked responses (replies, clicks).

        """
        return await self._send(
            plain(
                ops.get_newsletter_messages,
                newsletter_id,
                start,
                limit,
                metric,
                type,
                start_ts,
                end_ts,
                get_tracked_responses,
            )
        )

    def iter_newsletter_messages(
        self,
        newsletter_id: Id,
        *,
        limit: int | None = None,
        metric: str | None = None,
        type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        get_tracked_responses: bool | None = None,
    ) -> AsyncIterator[Message]:
        """Every item of :meth:`get_newsletter_messages`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(
            ops.get_newsletter_messages,
            [newsletter_id, None, limit, metric, type, start_ts, end_ts, get_tracked_responses],
        )

    async def send_newsletter(self, newsletter_id: Id, data: Mapping[str, Any] | None = None) -> NewsletterResponse:
        """Send a newsletter.

        Send a draft newsletter now, optionally rate limited (a sent newsletter is answered with 400). Not
        replayed after a failure that may have reached the API: the newsletter could go out twice.

        ``POST /v1/newsletters/{newsletter_id}/send`` (Node: ``sendNewsletter``).

        Args:
            newsletter_id: The newsletter's id.
            data: An optional rate limit (`{}` when omitted).

        """
        return await self._send(plain(ops.send_newsletter, newsletter_id, data))

    async def schedule_newsletter(self, newsletter_id: Id, data: Mapping[str, Any]) -> NewsletterResponse:
        """Schedule a newsletter.

        Send a draft newsletter at `scheduled_at` (unix seconds; 0 unschedules it), or move its scheduled
        time. Not replayed after a failure that may have reached the API.

        ``POST /v1/newsletters/{newsletter_id}/schedule`` (Node: ``scheduleNewsletter``).

        Args:
            newsletter_id: The newsletter's id.
            data: When (`scheduled_at`), and optionally a time zone and rate limit.

        """
        return await self._send(plain(ops.schedule_newsletter, newsletter_id, data))

    async def create_newsletter_language(self, newsletter_id: Id, data: Mapping[str, Any]) -> NewsletterContentResponse:
        """Add a translation to a newsletter.

        Add a language to a draft newsletter (one without A/B test groups); fields not given are copied,
        untranslated, from the default message. Not replayed after a failure that may have reached the API.

        ``POST /v1/newsletters/{newsletter_id}/language`` (Node: ``createNewsletterLanguage``).

        Args:
            newsletter_id: The newsletter's id.
            data: The translation (`language` and the content).

        """
        return await self._send(plain(ops.create_newsletter_language, newsletter_id, data))

    async def get_newsletter_language(self, newsletter_id: Id, language: str) -> NewsletterContentResponse:
        """Get a translation of a newsletter.

        Return one language's content of a newsletter (an unknown language is answered with 400).

        ``GET /v1/newsletters/{newsletter_id}/language/{language}`` (Node: ``getNewsletterLanguage``).

        Args:
            newsletter_id: The newsletter's id.
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).

        """
        return await self._send(plain(ops.get_newsletter_language, newsletter_id, language))

    async def update_newsletter_language(
        self, newsletter_id: Id, language: str, data: Mapping[str, Any] | None = None
    ) -> NewsletterContentResponse:
        """Update a translation of a newsletter.

        Change one language's content of a newsletter; the fields not given keep their value.

        ``PUT /v1/newsletters/{newsletter_id}/language/{language}`` (Node: ``updateNewsletterLanguage``).

        Args:
            newsletter_id: The newsletter's id.
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).
            data: The fields to change (`{}` when omitted).

        """
        return await self._send(plain(ops.update_newsletter_language, newsletter_id, language, data))

    async def delete_newsletter_language(self, newsletter_id: Id, language: str) -> None:
        """Delete a translation of a newsletter.

        Remove one language from a draft newsletter.

        ``DELETE /v1/newsletters/{newsletter_id}/language/{language}`` (Node: ``deleteNewsletterLanguage``).

        Args:
            newsletter_id: The newsletter's id.
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).

        """
        return await self._send(plain(ops.delete_newsletter_language, newsletter_id, language))

    async def get_newsletter_test_groups(self, newsletter_id: Id) -> ListNewsletterTestGroupsResponse:
        """List a newsletter's A/B test groups.

        Return each A/B test group of a newsletter with its contents (one per language).

        ``GET /v1/newsletters/{newsletter_id}/test_groups`` (Node: ``getNewsletterTestGroups``).

        Args:
            newsletter_id: The newsletter's id.

        """
        return await self._send(plain(ops.get_newsletter_test_groups, newsletter_id))

    async def create_newsletter_test_group(self, newsletter_id: Id) -> NewsletterResponse:
        """Add an A/B test group to a newsletter.

        Add an A/B test group to a draft newsletter, as a copy of its current content (the body is `{}`).
        Not replayed after a failure that may have reached the API.

        ``POST /v1/newsletters/{newsletter_id}/test_groups`` (Node: ``createNewsletterTestGroup``).

        Args:
            newsletter_id: The newsletter's id.

        """
        return await self._send(plain(ops.create_newsletter_test_group, newsletter_id))

    async def create_newsletter_test_group_language(
        self, newsletter_id: Id, test_group_id: Id, data: Mapping[str, Any]
    ) -> NewsletterContentResponse:
        """Add a translation to a newsletter test group.

        Add a language to one A/B test group of a draft newsletter; fields not given are copied from the
        group's default message. Not replayed after a failure that may have reached the API.

        ``POST /v1/newsletters/{newsletter_id}/test_group/{test_group_id}/language``
        (Node: ``createNewsletterTestGroupLanguage``).

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id (see `get_newsletter_test_groups`).
            data: The translation (`language` and the content).

        """
        return await self._send(plain(ops.create_newsletter_test_group_language, newsletter_id, test_group_id, data))

    async def get_newsletter_test_group_language(
        self, newsletter_id: Id, test_group_id: Id, language: str
    ) -> NewsletterContentResponse:
        """Get a translation in a newsletter test group.

        Return one language's content in one A/B test group of a newsletter.

        ``GET /v1/newsletters/{newsletter_id}/test_group/{test_group_id}/language/{language}``
        (Node: ``getNewsletterTestGroupLanguage``).

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id (see `get_newsletter_test_groups`).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).

        """
        return await self._send(plain(ops.get_newsletter_test_group_language, newsletter_id, test_group_id, language))

    async def update_newsletter_test_group_language(
        self, newsletter_id: Id, test_group_id: Id, language: str, data: Mapping[str, Any] | None = None
    ) -> NewsletterContentResponse:
        """Update a translation in a newsletter test group.

        Change one language's content in one A/B test group; the fields not given keep their value.

        ``PUT /v1/newsletters/{newsletter_id}/test_group/{test_group_id}/language/{language}``
        (Node: ``updateNewsletterTestGroupLanguage``).

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id (see `get_newsletter_test_groups`).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).
            data: The fields to change (`{}` when omitted).

        """
        return await self._send(
            plain(ops.update_newsletter_test_group_language, newsletter_id, test_group_id, language, data)
        )

    async def delete_newsletter_test_group_language(self, newsletter_id: Id, test_group_id: Id, language: str) -> None:
        """Delete a translation in a newsletter test group.

        Remove one language from one A/B test group of a draft newsletter.

        ``DELETE /v1/newsletters/{newsletter_id}/test_group/{test_group_id}/language/{language}``
        (Node: ``deleteNewsletterTestGroupLanguage``).

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id (see `get_newsletter_test_groups`).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).

        """
        return await self._send(
            plain(ops.delete_newsletter_test_group_language, newsletter_id, test_group_id, language)
        )

    async def list_transactional_messages(self) -> ListTransactionalMessagesResponse:
        """List transactional messages.

        Return every transactional message (template) of the workspace with its settings; not its
        deliveries.

        ``GET /v1/transactional`` (Node: ``listTransactionalMessages``).
        """
        return await self._send(plain(ops.list_transactional_messages))

    async def get_transactional_message(self, transactional_id: Id) -> TransactionalMessageResponse:
        """Get a transactional message.

        Return one transactional message's settings (tracking, sending to unsubscribed people, drafts).

        ``GET /v1/transactional/{transactional_id}`` (Node: ``getTransactionalMessage``).

        Args:
            transactional_id: The transactional message's id (the number in its dashboard address).

        """
        return await self._send(plain(ops.get_transactional_message, transactional_id))

    async def get_transactional_message_contents(self, transactional_id: Id) -> ListTransactionalContentsResponse:
        """List a transactional message's contents.

        Return every content of a transactional message (its default message and translations).

        ``GET /v1/transactional/{transactional_id}/contents`` (Node: ``getTransactionalMessageContents``).

        Args:
            transactional_id: The transactional message's id (the number in its dashboard address).

        """
        return await self._send(plain(ops.get_transactional_message_contents, transactional_id))

    async def get_transactional_message_language(
        self, transactional_id: Id, language: str
    ) -> TransactionalContentResponse:
        """Get a translation of a transactional message.

        Return one language's content of a transactional message (an unknown language is answered with 400).

        ``GET /v1/transactional/{transactional_id}/language/{language}``
        (Node: ``getTransactionalMessageLanguage``).

        Args:
            transactional_id: The transactional message's id (the number in its dashboard address).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).

        """
        return await self._send(plain(ops.get_transactional_message_language, transactional_id, language))

    async def update_transactional_message_language(
        self, transactional_id: Id, language: str, data: Mapping[str, Any] | None = None
    ) -> TransactionalContentResponse:
        """Update a translation of a transactional message.

        Change one language's content of a transactional message; later sends use it, so test it first.
        Design Studio content cannot be changed here.

        ``PUT /v1/transactional/{transactional_id}/language/{language}``
        (Node: ``updateTransactionalMessageLanguage``).

        Args:
            transactional_id: The transactional message's id (the number in its dashboard address).
            language: The translation's language tag (IETF, e.g. `fr` or `pt-BR`).
            data: The fields to change (`{}` when omitted).

        """
        return await self._send(plain(ops.update_transactional_message_language, transactional_id, language, data))

    async def get_transactional_message_deliveries(
        self,
        transactional_id: Id,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: str | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        get_tracked_responses: bool | None = None,
    ) -> MessagesPage:
        """List a transactional message's deliveries.

        Return one page of the messages sent from a transactional message, newest first, with their metrics.
        Pass the answer's `next` as `start` for the following page.

        ``GET /v1/transactional/{transactional_id}/messages`` (Node: ``getTransactionalMessageDeliveries``).

        :meth:`iter_transactional_message_deliveries` walks every page.

        Args:
            transactional_id: The transactional message's id (the number in its dashboard address).
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most deliveries a page holds.
            metric: Only deliveries that reached this metric (`sent`, `delivered`, `opened`, `clicked`,
                `bounced`...).
            start_ts: Only deliveries created at or after this time, in unix seconds (a `datetime` is
                converted).
            end_ts: Only deliveries created before this time, in unix seconds (a `datetime` is converted).
            get_tracked_responses: Include each delivery's tracked responses (replies, clicks).

        """
        return await self._send(
            plain(
                ops.get_transactional_message_deliveries,
                transactional_id,
                start,
                limit,
                metric,
                start_ts,
                end_ts,
                get_tracked_responses,
            )
        )

    def iter_transactional_message_deliveries(
        self,
        transactional_id: Id,
        *,
        limit: int | None = None,
        metric: str | None = None,
        start_ts: int | datetime | None = None,
        end_ts: int | datetime | None = None,
        get_tracked_responses: bool | None = None,
    ) -> AsyncIterator[Message]:
        """Every item of :meth:`get_transactional_message_deliveries`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(
            ops.get_transactional_message_deliveries,
            [transactional_id, None, limit, metric, start_ts, end_ts, get_tracked_responses],
        )

    async def get_transactional_message_metrics(
        self,
        transactional_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
    ) -> MetricsReportResponse:
        """Get a transactional message's metrics.

        Return a transactional message's delivery metrics over `steps` periods of `period` ending now.

        ``GET /v1/transactional/{transactional_id}/metrics`` (Node: ``getTransactionalMessageMetrics``).

        Args:
            transactional_id: The transactional message's id (the number in its dashboard address).
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).

        """
        return await self._send(plain(ops.get_transactional_message_metrics, transactional_id, period, steps))

    async def get_transactional_message_link_metrics(
        self,
        transactional_id: Id,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
    ) -> LinkMetricsResponse:
        """Get a transactional message's link clicks.

        Return the clicks on each tracked link of a transactional message, per period, oldest first.

        ``GET /v1/transactional/{transactional_id}/metrics/links``
        (Node: ``getTransactionalMessageLinkMetrics``).

        Args:
            transactional_id: The transactional message's id (the number in its dashboard address).
            period: The unit of each step of the series; the last step is the current, unfinished one.
            steps: How many periods the series covers, ending now; 0 or omitted means the most the API keeps
                (24 hours, 45 days, 12 weeks or 121 months).
            unique: Count each person's clicks on a link once (`true`) or every click (`false`, the
                default).

        """
        return await self._send(
            plain(ops.get_transactional_message_link_metrics, transactional_id, period, steps, unique)
        )

    async def update_transactional_message_content(
        self, transactional_id: Id, content_id: Id, data: Mapping[str, Any] | None = None
    ) -> TransactionalContentResponse:
        """Update a transactional message's content.

        Change one content (a language) of a transactional message; later sends use it, so test it first.
        Design Studio content cannot be changed here.

        ``PUT /v1/transactional/{transactional_id}/content/{content_id}``
        (Node: ``updateTransactionalMessageContent``).

        Args:
            transactional_id: The transactional message's id (the number in its dashboard address).
            content_id: The content's id: one language or A/B test variant of the message.
            data: The fields to change (`{}` when omitted).

        """
        return await self._send(plain(ops.update_transactional_message_content, transactional_id, content_id, data))

    async def list_design_studio_folders(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | datetime | None = None,
        created_after: int | datetime | None = None,
        updated_before: int | datetime | None = None,
        updated_after: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> ListDesignStudioFoldersResponse:
        """List Design Studio folders.

        Return one page of Design Studio folders (folders only; emails and components have their own lists).
        Pages are numbered: `meta.pagination` says the page, its size and the total.

        ``GET /v1/design_studio/folders`` (Node: ``listDesignStudioFolders``).

        Args:
            parent_folder_id: Only what is under this folder (its UUID); without it, what is under the root
                folder. With `direct_descendants_only`, only the folder's own children.
            direct_descendants_only: True for only the folder's own children; false (the API's default) for
                its whole subtree.
            sort_by: What to sort by: `created` (the API's default), `updated` or `name`.
            sort_order: The sort direction: `asc` (the API's default) or `desc`.
            created_before: Only what was created before this time (unix seconds, or a datetime).
            created_after: Only what was created after this time (unix seconds, or a datetime).
            updated_before: Only what was last updated before this time (unix seconds, or a datetime).
            updated_after: Only what was last updated after this time (unix seconds, or a datetime).
            page: The page to return, from 1 (the API's default); see the answer's `meta.pagination`.
            limit: The most results a page holds, 1 to 10,000 (the API's default: 1,000).

        """
        return await self._send(
            plain(
                ops.list_design_studio_folders,
                parent_folder_id,
                direct_descendants_only,
                sort_by,
                sort_order,
                created_before,
                created_after,
                updated_before,
                updated_after,
                page,
                limit,
            )
        )

    async def create_design_studio_folder(self, folder: Mapping[str, Any]) -> DesignStudioFolderResponse:
        """Create a Design Studio folder.

        Create a folder at the root, or in another folder given by its id.

        ``POST /v1/design_studio/folders`` (Node: ``createDesignStudioFolder``).

        Args:
            folder: The folder's `name` and, optionally, its `parent_folder_id`.

        """
        return await self._send(plain(ops.create_design_studio_folder, folder))

    async def get_design_studio_folder(self, folder_id: Id) -> DesignStudioFolderResponse:
        """Get a Design Studio folder.

        Return one Design Studio folder.

        ``GET /v1/design_studio/folders/{folder_id}`` (Node: ``getDesignStudioFolder``).

        Args:
            folder_id: The Design Studio folder's id (a UUID).

        """
        return await self._send(plain(ops.get_design_studio_folder, folder_id))

    async def update_design_studio_folder(self, folder_id: Id, updates: Mapping[str, Any]) -> None:
        """Update a Design Studio folder.

        Rename a folder or move it (with everything in it) into another folder; `parent_folder_id: null`
        moves it to the root.

        ``PUT /v1/design_studio/folders/{folder_id}`` (Node: ``updateDesignStudioFolder``).

        Args:
            folder_id: The Design Studio folder's id (a UUID).
            updates: At least one of `name` and `parent_folder_id`.

        """
        return await self._send(plain(ops.update_design_studio_folder, folder_id, updates))

    async def delete_design_studio_folder(self, folder_id: Id) -> None:
        """Delete a Design Studio folder.

        Delete a Design Studio folder.

        ``DELETE /v1/design_studio/folders/{folder_id}`` (Node: ``deleteDesignStudioFolder``).

        Args:
            folder_id: The Design Studio folder's id (a UUID).

        """
        return await self._send(plain(ops.delete_design_studio_folder, folder_id))

    async def list_design_studio_emails(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | datetime | None = None,
        created_after: int | datetime | None = None,
        updated_before: int | datetime | None = None,
        updated_after: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
        is_template: Literal["true", "false", "any"] | None = None,
        has_translations: Literal["true", "false", "any"] | None = None,
        is_linked: Literal["true", "false", "any"] | None = None,
    ) -> ListDesignStudioEmailsResponse:
        """List Design Studio emails.

        Return one page of Design Studio emails (a summary of each), and the folders they are in. Pages are
        numbered: `meta.pagination` says the page, its size and the total.

        ``GET /v1/design_studio/emails`` (Node: ``listDesignStudioEmails``).

        Args:
            parent_folder_id: Only what is under this folder (its UUID); without it, what is under the root
                folder. With `direct_descendants_only`, only the folder's own children.
            direct_descendants_only: True for only the folder's own children; false (the API's default) for
                its whole subtree.
            sort_by: What to sort by: `created` (the API's default), `updated` or `name`.
            sort_order: The sort direction: `asc` (the API's default) or `desc`.
            created_before: Only what was created before this time (unix seconds, or a datetime).
            created_after: Only what was created after this time (unix seconds, or a datetime).
            updated_before: Only what was last updated before this time (unix seconds, or a datetime).
            updated_after: Only what was last updated after this time (unix seconds, or a datetime).
            page: The page to return, from 1 (the API's default); see the answer's `meta.pagination`.
            limit: The most results a page holds, 1 to 10,000 (the API's default: 1,000).
            is_template: `true` for templates only, `false` for the other emails, `any` (the API's default)
                for both.
            has_translations: `true` for translated emails only, `false` for the others, `any` (the API's
                default) for both.
            is_linked: `true` for emails linked to a workflow only, `false` for the others, `any` (the
                default) for both.

        """
        return await self._send(
            plain(
                ops.list_design_studio_emails,
                parent_folder_id,
                direct_descendants_only,
                sort_by,
                sort_order,
                created_before,
                created_after,
                updated_before,
                updated_after,
                page,
                limit,
                is_template,
                has_translations,
                is_linked,
            )
        )

    async def create_design_studio_email(self, email: Mapping[str, Any]) -> DesignStudioEmailResponse:
        """Create a Design Studio email.

        Create an email from its name and whatever of its content and envelope is ready; the rest can follow
        with `update_design_studio_email` before the email is linked to a workflow.

        ``POST /v1/design_studio/emails`` (Node: ``createDesignStudioEmail``).

        Args:
            email: The email's `name`, and optionally its folder, template flag, content, envelope and
                transformers.

        """
        return await self._send(plain(ops.create_design_studio_email, email))

    async def get_design_studio_email(self, email_id: Id) -> DesignStudioEmailResponse:
        """Get a Design Studio email.

        Return one Design Studio email with its content, envelope and transformers.

        ``GET /v1/design_studio/emails/{email_id}`` (Node: ``getDesignStudioEmail``).

        Args:
            email_id: The Design Studio email's id (a UUID); for a translated email, the default language's.

        """
        return await self._send(plain(ops.get_design_studio_email, email_id))

    async def update_design_studio_email(self, email_id: Id, updates: Mapping[str, Any]) -> None:
        """Update a Design Studio email.

        Change part of an email (what the body leaves out stays). This does not publish it: a linked
        workflow keeps sending the published version until the change is published.

        ``PUT /v1/design_studio/emails/{email_id}`` (Node: ``updateDesignStudioEmail``).

        Args:
            email_id: The Design Studio email's id (a UUID); for a translated email, the default language's.
            updates: At least one of `name`, `parent_folder_id`, `is_template`, `content`, `envelope`,
                `transformers`.

        """
        return await self._send(plain(ops.update_design_studio_email, email_id, updates))

    async def delete_design_studio_email(self, email_id: Id) -> None:
        """Delete a Design Studio email.

        Delete a Design Studio email.

        ``DELETE /v1/design_studio/emails/{email_id}`` (Node: ``deleteDesignStudioEmail``).

        Args:
            email_id: The Design Studio email's id (a UUID); for a translated email, the default language's.

        """
        return await self._send(plain(ops.delete_design_studio_email, email_id))

    async def list_design_studio_email_languages(self, email_id: Id) -> ListDesignStudioEmailTranslationsResponse:
        """List a Design Studio email's translations.

        Return every translation of an email, each with its content, envelope and transformers.

        ``GET /v1/design_studio/emails/{email_id}/languages`` (Node: ``listDesignStudioEmailLanguages``).

        Args:
            email_id: The Design Studio email's id (a UUID); for a translated email, the default language's.

        """
        return await self._send(plain(ops.list_design_studio_email_languages, email_id))

    async def create_design_studio_email_language(
        self, email_id: Id, translation: Mapping[str, Any]
    ) -> DesignStudioEmailTranslationResponse:
        """Translate a Design Studio email.

        Add a language to an email. The content, envelope and transformers the body leaves out are copied
        from the default language's email.

        ``POST /v1/design_studio/emails/{email_id}/languages`` (Node: ``createDesignStudioEmailLanguage``).

        Args:
            email_id: The Design Studio email's id (a UUID); for a translated email, the default language's.
            translation: The translation's `language`, and its `content`, `envelope` and `transformers`
                where they differ.

        """
        return await self._send(plain(ops.create_design_studio_email_language, email_id, translation))

    async def get_design_studio_email_language(
        self, email_id: Id, language: str
    ) -> DesignStudioEmailTranslationResponse:
        """Get a Design Studio email's translation.

        Return one translation of an email, with its content, envelope and transformers.

        ``GET /v1/design_studio/emails/{email_id}/languages/{language}``
        (Node: ``getDesignStudioEmailLanguage``).

        Args:
            email_id: The Design Studio email's id (a UUID); for a translated email, the default language's.
            language: The language code of the translation (`fr`, `es`, `pt-BR`...).

        """
        return await self._send(plain(ops.get_design_studio_email_language, email_id, language))

    async def update_design_studio_email_language(
        self, email_id: Id, language: str, updates: Mapping[str, Any]
    ) -> None:
        """Update a Design Studio email's translation.

        Change part of one translation (what the body leaves out stays). This does not publish it.

        ``PUT /v1/design_studio/emails/{email_id}/languages/{language}``
        (Node: ``updateDesignStudioEmailLanguage``).

        Args:
            email_id: The Design Studio email's id (a UUID); for a translated email, the default language's.
            language: The language code of the translation (`fr`, `es`, `pt-BR`...).
            updates: At least one of `content`, `envelope` and `transformers`.

        """
        return await self._send(plain(ops.update_design_studio_email_language, email_id, language, updates))

    async def delete_design_studio_email_language(self, email_id: Id, language: str) -> None:
        """Delete a Design Studio email's translation.

        Delete one translation of an email (the default language's email stays).

        ``DELETE /v1/design_studio/emails/{email_id}/languages/{language}``
        (Node: ``deleteDesignStudioEmailLanguage``).

        Args:
            email_id: The Design Studio email's id (a UUID); for a translated email, the default language's.
            language: The language code of the translation (`fr`, `es`, `pt-BR`...).

        """
        return await self._send(plain(ops.delete_design_studio_email_language, email_id, language))

    async def list_design_studio_components(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | datetime | None = None,
        created_after: int | datetime | None = None,
        updated_before: int | datetime | None = None,
        updated_after: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
        tag: str | None = None,
    ) -> ListDesignStudioComponentsResponse:
        """List Design Studio components.

        Return one page of custom components (without their HTML), and the folders they are in. Pages are
        numbered: `meta.pagination` says the page, its size and the total.

        ``GET /v1/design_studio/components`` (Node: ``listDesignStudioComponents``).

        Args:
            parent_folder_id: Only what is under this folder (its UUID); without it, what is under the root
                folder. With `direct_descendants_only`, only the folder's own children.
            direct_descendants_only: True for only the folder's own children; false (the API's default) for
                its whole subtree.
            sort_by: What to sort by: `created` (the API's default), `updated` or `name`.
            sort_order: The sort direction: `asc` (the API's default) or `desc`.
            created_before: Only what was created before this time (unix seconds, or a datetime).
            created_after: Only what was created after this time (unix seconds, or a datetime).
            updated_before: Only what was last updated before this time (unix seconds, or a datetime).
            updated_after: Only what was last updated after this time (unix seconds, or a datetime).
            page: The page to return, from 1 (the API's default); see the answer's `meta.pagination`.
            limit: The most results a page holds, 1 to 10,000 (the API's default: 1,000).
            tag: Only the component with this tag (the name emails reference it by).

        """
        return await self._send(
            plain(
                ops.list_design_studio_components,
                parent_folder_id,
                direct_descendants_only,
                sort_by,
                sort_order,
                created_before,
                created_after,
                updated_before,
                updated_after,
                page,
                limit,
                tag,
            )
        )

    async def create_design_studio_component(self, component: Mapping[str, Any]) -> DesignStudioComponentResponse:
        """Create a Design Studio component.

        Create a custom component, HTML that emails include by its tag.

        ``POST /v1/design_studio/components`` (Node: ``createDesignStudioComponent``).

        Args:
            component: The component's `name`, `tag` and HTML `content`, and optionally its folder.

        """
        return await self._send(plain(ops.create_design_studio_component, component))

    async def get_design_studio_component(self, component_id: Id) -> DesignStudioComponentResponse:
        """Get a Design Studio component.

        Return one custom component with its HTML.

        ``GET /v1/design_studio/components/{component_id}`` (Node: ``getDesignStudioComponent``).

        Args:
            component_id: The Design Studio component's id (a UUID).

        """
        return await self._send(plain(ops.get_design_studio_component, component_id))

    async def update_design_studio_component(self, component_id: Id, updates: Mapping[str, Any]) -> None:
        """Update a Design Studio component.

        Change a component's name, tag, folder or HTML (what the body leaves out stays).

        ``PUT /v1/design_studio/components/{component_id}`` (Node: ``updateDesignStudioComponent``).

        Args:
            component_id: The Design Studio component's id (a UUID).
            updates: At least one of `name`, `tag`, `parent_folder_id` and `content`.

        """
        return await self._send(plain(ops.update_design_studio_component, component_id, updates))

    async def delete_design_studio_component(self, component_id: Id) -> None:
        """Delete a Design Studio component.

        Delete a custom component.

        ``DELETE /v1/design_studio/components/{component_id}`` (Node: ``deleteDesignStudioComponent``).

        Args:
            component_id: The Design Studio component's id (a UUID).

        """
        return await self._send(plain(ops.delete_design_studio_component, component_id))

    async def list_assets(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> ListAssetsResponse:
        """List assets.

        Return one page of file assets (images and PDFs). Pages are numbered: `meta.pagination` says the
        page, its size and the total.

        ``GET /v1/assets`` (Node: ``listAssets``).

        Args:
            parent_folder_id: Only what is under this asset folder (its id); 0 or none for the root folder.
            direct_descendants_only: True for only the folder's own children; false (the API's default) for
                its whole subtree.
            page: The page to return, from 1 (the API's default); see the answer's `meta.pagination`.
            limit: The most results a page holds, 1 to 10,000 (the API's default: 1,000).

        """
        return await self._send(plain(ops.list_assets, parent_folder_id, direct_descendants_only, page, limit))

    async def get_asset(self, asset_id: Id) -> AssetResponse:
        """Get an asset.

        Return one file asset (a folder's id is not found here; see `get_asset_folder`).

        ``GET /v1/assets/files/{asset_id}`` (Node: ``getAsset``).

        Args:
            asset_id: The asset's numeric id.

        """
        return await self._send(plain(ops.get_asset, asset_id))

    async def update_asset(self, asset_id: Id, updates: Mapping[str, Any]) -> None:
        """Update an asset.

        Rename an asset or move it into another folder (`parent_folder_id: null` for the root); the file
        itself cannot change.

        ``PUT /v1/assets/files/{asset_id}`` (Node: ``updateAsset``).

        Args:
            asset_id: The asset's numeric id.
            updates: At least one of `name` and `parent_folder_id`.

        """
        return await self._send(plain(ops.update_asset, asset_id, updates))

    async def delete_asset(self, asset_id: Id) -> None:
        """Delete an asset.

        Delete a file asset; one that messages still use cannot be deleted.

        ``DELETE /v1/assets/files/{asset_id}`` (Node: ``deleteAsset``).

        Args:
            asset_id: The asset's numeric id.

        """
        return await self._send(plain(ops.delete_asset, asset_id))

    async def list_asset_folders(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> ListAssetFoldersResponse:
        """List asset folders.

        Return one page of asset folders. Pages are numbered: `meta.pagination` says the page, its size and
        the total.

        ``GET /v1/assets/folders`` (Node: ``listAssetFolders``).

        Args:
            parent_folder_id: Only what is under this asset folder (its id); 0 or none for the root folder.
            direct_descendants_only: True for only the folder's own children; false (the API's default) for
                its whole subtree.
            page: The page to return, from 1 (the API's default); see the answer's `meta.pagination`.
            limit: The most results a page holds, 1 to 10,000 (the API's default: 1,000).

        """
        return await self._send(plain(ops.list_asset_folders, parent_folder_id, direct_descendants_only, page, limit))

    async def create_asset_folder(self, folder: Mapping[str, Any]) -> AssetFolderResponse:
        """Create an asset folder.

        Create a folder of assets, at the root or in another folder; names are unique in a folder.

        ``POST /v1/assets/folders`` (Node: ``createAssetFolder``).

        Args:
            folder: The folder's `name` and, optionally, its `parent_folder_id`.

        """
        return await self._send(plain(ops.create_asset_folder, folder))

    async def get_asset_folder(self, folder_id: Id) -> AssetFolderResponse:
        """Get an asset folder.

        Return one asset folder.

        ``GET /v1/assets/folders/{folder_id}`` (Node: ``getAssetFolder``).

        Args:
            folder_id: The asset folder's numeric id.

        """
        return await self._send(plain(ops.get_asset_folder, folder_id))

    async def update_asset_folder(self, folder_id: Id, updates: Mapping[str, Any]) -> None:
        """Update an asset folder.

        Rename an asset folder or move it into another one (`parent_folder_id: null` for the root; not into
        itself or one of its own folders).

        ``PUT /v1/assets/folders/{folder_id}`` (Node: ``updateAssetFolder``).

        Args:
            folder_id: The asset folder's numeric id.
            updates: At least one of `name` and `parent_folder_id`.

        """
        return await self._send(plain(ops.update_asset_folder, folder_id, updates))

    async def delete_asset_folder(self, folder_id: Id) -> None:
        """Delete an asset folder.

        Delete an empty asset folder (one that still holds files or folders cannot be deleted).

        ``DELETE /v1/assets/folders/{folder_id}`` (Node: ``deleteAssetFolder``).

        Args:
            folder_id: The asset folder's numeric id.

        """
        return await self._send(plain(ops.delete_asset_folder, folder_id))

    async def list_segments(self) -> ListSegmentsResponse:
        """List segments.

        Return every segment of the workspace, data-driven and manual.

        ``GET /v1/segments`` (Node: ``listSegments``).
        """
        return await self._send(plain(ops.list_segments))

    async def create_segment(self, segment: Mapping[str, Any]) -> SegmentResponse:
        """Create a manual segment.

        Create an empty manual segment with a name and a description; add people to it with the Track API's
        `add_customers_to_segment`.

        ``POST /v1/segments`` (Node: ``createSegment``).

        Args:
            segment: A new manual segment.

        """
        return await self._send(plain(ops.create_segment, segment))

    async def get_segment(self, segment_id: Id) -> SegmentResponse:
        """Get a segment.

        Return one segment's name, type, state and tags.

        ``GET /v1/segments/{segment_id}`` (Node: ``getSegment``).

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).

        """
        return await self._send(plain(ops.get_segment, segment_id))

    async def delete_segment(self, segment_id: Id) -> None:
        """Delete a manual segment.

        Delete a manual segment (data-driven segments cannot be deleted through the API).

        ``DELETE /v1/segments/{segment_id}`` (Node: ``deleteSegment``).

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).

        """
        return await self._send(plain(ops.delete_segment, segment_id))

    async def get_segment_customer_count(self, segment_id: Id) -> SegmentCustomerCountResponse:
        """Count a segment's people.

        Return how many people belong to a segment.

        ``GET /v1/segments/{segment_id}/customer_count`` (Node: ``getSegmentCustomerCount``).

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).

        """
        return await self._send(plain(ops.get_segment_customer_count, segment_id))

    async def get_segment_membership(
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
        return await self._send(plain(ops.get_segment_membership, segment_id, start, limit))

    def iter_segment_membership(self, segment_id: Id, *, limit: int | None = None) -> AsyncIterator[PersonIdentifiers]:
        """Every item of :meth:`get_segment_membership`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.get_segment_membership, [segment_id, None, limit])

    async def get_segment_used_by(self, segment_id: Id) -> SegmentUsedByResponse:
        """Find what uses a segment.

        Return the campaigns and newsletters (sent and draft) that use a segment.

        ``GET /v1/segments/{segment_id}/used_by`` (Node: ``getSegmentUsedBy``).

        Args:
            segment_id: The segment's id (on its page in the dashboard, under Usage).

        """
        return await self._send(plain(ops.get_segment_used_by, segment_id))

    async def list_collections(self) -> ListCollectionsResponse:
        """List collections.

        Return every collection of the workspace, with its name and schema but not its rows.

        ``GET /v1/collections`` (Node: ``listCollections``).
        """
        return await self._send(plain(ops.list_collections))

    async def create_collection(self, collection: Mapping[str, Any]) -> CollectionResponse:
        """Create a collection.

        Create a collection from its rows (`data`) or from a CSV or JSON file to download (`url`).

        ``POST /v1/collections`` (Node: ``createCollection``).

        Args:
            collection: The collection's `name`, and its `data` or `url`.

        """
        return await self._send(plain(ops.create_collection, collection))

    async def get_collection(self, collection_id: Id) -> CollectionResponse:
        """Get a collection.

        Return a collection's name and schema (not its rows; see `get_collection_content`).

        ``GET /v1/collections/{collection_id}`` (Node: ``getCollection``).

        Args:
            collection_id: The collection's id.

        """
        return await self._send(plain(ops.get_collection, collection_id))

    async def update_collection(self, collection_id: Id, updates: Mapping[str, Any]) -> CollectionResponse:
        """Update a collection.

        Rename a collection or replace its rows (`data`) or the file they come from (`url`).

        ``PUT /v1/collections/{collection_id}`` (Node: ``updateCollection``).

        Args:
            collection_id: The collection's id.
            updates: What to change.

        """
        return await self._send(plain(ops.update_collection, collection_id, updates))

    async def delete_collection(self, collection_id: Id) -> None:
        """Delete a collection.

        Delete a collection and its rows; messages that reference it no longer find it.

        ``DELETE /v1/collections/{collection_id}`` (Node: ``deleteCollection``).

        Args:
            collection_id: The collection's id.

        """
        return await self._send(plain(ops.delete_collection, collection_id))

    async def get_collection_content(self, collection_id: Id) -> list[CollectionContentItem]:
        """Get a collection's rows.

        Return the rows of a collection, as they were given when it was created or last updated.

        ``GET /v1/collections/{collection_id}/content`` (Node: ``getCollectionContent``).

        Args:
            collection_id: The collection's id.

        """
        return await self._send(plain(ops.get_collection_content, collection_id))

    async def update_collection_content(self, collection_id: Id, content: Sequence[Any]) -> CollectionResponse:
        """Replace a collection's rows.

        Replace every row of a collection with the given ones (a JSON array of objects).

        ``PUT /v1/collections/{collection_id}/content`` (Node: ``updateCollectionContent``).

        Args:
            collection_id: The collection's id.
            content: The new rows, one object each.

        """
        return await self._send(plain(ops.update_collection_content, collection_id, content))

    async def get_customers_by_email(self, email: str) -> CustomersByEmailResponse:
        """Find people by email address.

        Return every person in the workspace whose email matches. The address must be percent-encoded in the
        query string (e.g. `+` as `%2B`); unencoded special characters can return empty results without an
        error.

        ``GET /v1/customers`` (Node: ``getCustomersByEmail``).

        Args:
            email: Full email address to look up (non-empty).

        """
        return await self._send(plain(ops.get_customers_by_email, email))

    async def search_customers(
        self, filter: Mapping[str, Any], *, start: str | None = None, limit: int | None = None
    ) -> SearchCustomersResponse:
        """Find people matching a filter.

        Return one page of the people who match an audience filter: segments they belong to and attribute
        values, combined with `and`, `or` and `not`. Pass the answer's `next` as `start` for the following
        page; for very large audiences an export is the better tool.

        ``POST /v1/customers`` (Node: ``searchCustomers``).

        :meth:`iter_search_customers` walks every page.

        Args:
            filter: An audience filter. Exactly one key per object: a compound (`and`, `or`, `not`, nesting
                further filters to any depth) or a condition (`segment`, `attribute`).
            start: The cursor of the page to return: the `next` of the previous page.
            limit: The most people a page holds (at most 1000).

        """
        return await self._send(plain(ops.search_customers, filter, start, limit))

    def iter_search_customers(
        self, filter: Mapping[str, Any], *, limit: int | None = None
    ) -> AsyncIterator[PersonIdentifiers]:
        """Every item of :meth:`search_customers`, page after page (``limit`` is the page size).

        It stops after the last page and raises ``PaginationError`` if the API repeats a cursor.
        """
        return self._walk(ops.search_customers, [filter, None, limit])

    async def get_attributes(self, customer_id: Id, id_type: IdentifierType | str = "id") -> CustomerAttributesResponse:
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
        return await self._send(plain(ops.get_attributes, customer_id, id_type))

    async def list_exports(self) -> ListExportsResponse:
        """List exports.

        Return the workspace's people and delivery exports.

        ``GET /v1/exports`` (Node: ``listExports``).
        """
        return await self._send(plain(ops.list_exports))

    async def get_export(self, export_id: Id) -> ExportResponse:
        """Get an export.

        Return one export's metadata, including its `status`; poll this until the export is done.

        ``GET /v1/exports/{export_id}`` (Node: ``getExport``).

        Args:
            export_id: Numeric id of the export.

        """
        return await self._send(plain(ops.get_export, export_id))

    async def download_export(self, export_id: Id) -> ExportDownloadResponse:
        """Get an export's download URL.

        Return a short-lived signed URL to download a finished export's file. Only meaningful once
        `get_export` reports the export as done; request a new URL when it expires.

        ``GET /v1/exports/{export_id}/download`` (Node: ``downloadExport``).

        Args:
            export_id: Numeric id of the export.

        """
        return await self._send(plain(ops.download_export, export_id))
