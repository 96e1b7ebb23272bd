"""Type-checked (mypy --strict) use of campaigns, newsletters and their metrics, as an application would write it."""

from __future__ import annotations

import datetime as dt

from customerio import APIClient, AsyncAPIClient
from customerio.metrics import period_starts, points, series_points
from customerio.types import (
    Campaign,
    LinkMetricsResponse,
    Message,
    MetricsReportResponse,
    NewsletterResponse,
    WorkflowAction,
)

JAN1 = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def daily_sends(api: APIClient, campaign_id: int) -> list[tuple[dt.datetime, int]]:
    """A campaign's sends per day in January, dated; typed reads need no narrowing."""
    report: MetricsReportResponse = api.get_campaign_metrics(
        campaign_id, version="2", res="days", start=JAN1, end=JAN1 + dt.timedelta(days=31), tz="Europe/Paris"
    )
    sent: list[int] = report.metric.series["sent"]
    return points(sent, "days", start=JAN1, tz="Europe/Paris")


def weekly_newsletter(api: APIClient, newsletter_id: int) -> dict[str, list[tuple[dt.datetime, int]]]:
    """A newsletter's weekly counts (a version 1 report, ending this week)."""
    report = api.get_newsletter_metrics(newsletter_id, period="weeks", steps=12)
    return series_points(report.metric.series, "weeks")


def most_clicked(api: APIClient, transactional_id: int) -> str | None:
    """The link of a transactional message with the most unique clicks."""
    links: LinkMetricsResponse = api.get_transactional_message_link_metrics(transactional_id, unique=True)
    best = max(links.links, key=lambda item: sum(item.metric.series["clicked"]), default=None)
    return None if best is None else best.link.href


def running_campaigns(api: APIClient) -> list[str]:
    """The names of the running campaigns and the kinds of their first actions."""
    campaigns: list[Campaign] = api.list_campaigns().campaigns
    return [c.name for c in campaigns if c.state == "running"]


def journey_starts(api: APIClient, campaign_id: int) -> list[dt.datetime]:
    """The start of each journey bucket (start, end and res are required keywords)."""
    answer = api.get_campaign_journey_metrics(campaign_id, start=JAN1, end=1738368000, res="weekly")
    return period_starts(len(answer.journey_metric["started"]), "weekly", start=JAN1)


def send_draft(api: APIClient, newsletter_id: int) -> int:
    """Send a draft newsletter, rate limited; the answer is the newsletter."""
    answer: NewsletterResponse = api.send_newsletter(newsletter_id, {"rate_limit_spread": True})
    return answer.newsletter.id


async def walk(api: AsyncAPIClient, campaign_id: int) -> tuple[list[WorkflowAction], list[Message]]:
    """Every action and every opened delivery of a campaign, page after page."""
    actions = [action async for action in api.iter_campaign_actions(campaign_id)]
    opened = [message async for message in api.iter_campaign_messages(campaign_id, metric="opened", limit=100)]
    return actions, opened
