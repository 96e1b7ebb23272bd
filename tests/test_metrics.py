"""customerio.metrics: dating the counts of a metrics report by the period each one counts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from customerio.metrics import period_starts, points, series_points
from customerio.types import MetricsReportResponse

NY = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")


def test_version_2_days_start_with_the_day_containing_start() -> None:
    """A v2 daily report is dated from the local day containing `start` (01:00 in Paris is 1 January)."""
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    assert points([4, 0, 7], "days", start=start, tz="Europe/Paris") == [
        (dt.datetime(2025, 1, 1, tzinfo=PARIS), 4),
        (dt.datetime(2025, 1, 2, tzinfo=PARIS), 0),
        (dt.datetime(2025, 1, 3, tzinfo=PARIS), 7),
    ]


def test_start_as_unix_seconds_or_naive_utc_gives_the_same_dates() -> None:
    """`start` may be unix seconds, an aware datetime or a naive one (taken as UTC)."""
    aware = period_starts(2, "daily", start=dt.datetime(2025, 1, 1, 12, tzinfo=dt.UTC))
    assert period_starts(2, "daily", start=1735732800) == aware
    assert period_starts(2, "daily", start=dt.datetime(2025, 1, 1, 12)) == aware
    assert aware == [dt.datetime(2025, 1, 1, tzinfo=NY), dt.datetime(2025, 1, 2, tzinfo=NY)]


def test_version_1_weeks_end_with_the_week_of_the_request() -> None:
    """A v1 weekly series ends with the week containing `end`; weeks start at midnight on Sunday, Eastern."""
    wednesday = dt.datetime(2025, 1, 8, 12, tzinfo=dt.UTC)
    assert period_starts(3, "weeks", end=wednesday) == [
        dt.datetime(2024, 12, 22, tzinfo=NY),
        dt.datetime(2024, 12, 29, tzinfo=NY),
        dt.datetime(2025, 1, 5, tzinfo=NY),
    ]


def test_version_1_without_end_ends_now() -> None:
    """With neither start nor end, the last period is the current one."""
    before = dt.datetime.now(dt.UTC)
    (today,) = period_starts(1, "days", tz=dt.UTC)
    after = dt.datetime.now(dt.UTC)
    assert today in {moment.replace(hour=0, minute=0, second=0, microsecond=0) for moment in (before, after)}


def test_months_cross_the_year_on_the_first_of_each_month() -> None:
    """Monthly periods start on the 1st at local midnight, across a year boundary."""
    assert period_starts(3, "monthly", end=dt.datetime(2025, 2, 15, tzinfo=dt.UTC), tz=dt.UTC) == [
        dt.datetime(2024, 12, 1, tzinfo=dt.UTC),
        dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
        dt.datetime(2025, 2, 1, tzinfo=dt.UTC),
    ]


def test_hours_are_absolute_across_a_daylight_saving_change() -> None:
    """Hourly buckets step one real hour: New York's 2 AM of 9 March 2025 does not exist."""
    starts = period_starts(4, "hours", start=dt.datetime(2025, 3, 9, 5, tzinfo=dt.UTC))
    assert [s.astimezone(dt.UTC).hour for s in starts] == [5, 6, 7, 8]
    assert [(s.hour, s.utcoffset()) for s in starts] == [
        (0, dt.timedelta(hours=-5)),
        (1, dt.timedelta(hours=-5)),
        (3, dt.timedelta(hours=-4)),
        (4, dt.timedelta(hours=-4)),
    ]


def test_days_are_calendar_days_across_a_daylight_saving_change() -> None:
    """Daily buckets start at local midnight even when a day lasts 23 hours."""
    starts = period_starts(3, "days", start=dt.datetime(2025, 3, 8, 12, tzinfo=NY))
    assert [(s.day, s.hour) for s in starts] == [(8, 0), (9, 0), (10, 0)]
    assert starts[2].astimezone(dt.UTC) - starts[1].astimezone(dt.UTC) == dt.timedelta(hours=23)


def test_a_tzinfo_is_used_as_given() -> None:
    """A fixed-offset tzinfo (Customer.io's literal EST, say) needs no time zone database."""
    est = dt.timezone(dt.timedelta(hours=-5))
    assert period_starts(1, "days", start=dt.datetime(2025, 7, 1, 4, tzinfo=dt.UTC), tz=est) == [
        dt.datetime(2025, 6, 30, tzinfo=est)
    ]


def test_series_points_dates_every_metric_of_a_typed_answer() -> None:
    """series_points takes the answer's typed series and dates each metric over the same periods."""
    answer = MetricsReportResponse.from_dict({"metric": {"series": {"sent": [3, 5], "opened": [1, 2]}}})
    dated = series_points(answer.metric.series, "days", start=dt.datetime(2025, 1, 1, 5, tzinfo=dt.UTC))
    jan1, jan2 = dt.datetime(2025, 1, 1, tzinfo=NY), dt.datetime(2025, 1, 2, tzinfo=NY)
    assert dated == {"sent": [(jan1, 3), (jan2, 5)], "opened": [(jan1, 1), (jan2, 2)]}


def test_series_points_aligns_a_shorter_version_1_list_on_the_current_period() -> None:
    """In a v1 report dated from its end, a shorter list ends with the same period as the others."""
    end = dt.datetime(2025, 1, 3, 12, tzinfo=dt.UTC)
    dated = series_points({"sent": [1, 2, 3], "2xx": [9]}, "days", end=end, tz=dt.UTC)
    assert dated["2xx"] == [(dt.datetime(2025, 1, 3, tzinfo=dt.UTC), 9)]
    assert [d.day for d, _ in dated["sent"]] == [1, 2, 3]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: period_starts(2, "years"), ValueError),  # type: ignore[arg-type]
        (lambda: period_starts(-1, "days"), ValueError),
        (lambda: period_starts(2, "days", start=0, end=1), ValueError),
        (lambda: period_starts(2, "days", tz="Mars/Olympus_Mons"), ValueError),
        (lambda: period_starts(2, "days", tz=5), TypeError),  # type: ignore[arg-type]
        (lambda: period_starts(2, "days", start="2025-01-01"), TypeError),  # type: ignore[arg-type]
        (lambda: points("123", "days"), TypeError),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_raise_clear_errors(call: object, error: type[Exception]) -> None:
    """Unknown resolutions or zones, both ends at once, or wrongly typed values raise before any dating."""
    with pytest.raises(error):
        call()  # type: ignore[operator]


def test_importing_customerio_does_not_load_the_metrics_module() -> None:
    """customerio.metrics is imported only by those who use it."""
    code = "import sys, customerio; print('customerio.metrics' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
