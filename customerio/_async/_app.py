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
        Message,
        MessagesPage,
        MetricsReportResponse,
        Newsletter,
        NewsletterContentResponse,
        NewsletterResponse,
        PersonIdentifiers,
        SegmentCustomerCountResponse,
        SegmentMembershipResponse,
        SegmentResponse,
        SegmentUsedByResponse,
        TransactionalContentResponse,
        TransactionalMessageResponse,
        WorkflowAction,
        WorkflowActionResponse,
    )

Id = str | int


class AsyncAppOperations(AsyncBaseClient):
    """The App API operations without rules of their own (see :class:`AsyncAPIClient`)."""

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
