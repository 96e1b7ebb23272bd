"""Reading metrics reports: each count of a series paired with the start of the period it counts.

The App API answers a metrics report (``get_campaign_metrics``, ``get_newsletter_metrics``, link metrics,
journey metrics...) with bare lists of counts, oldest first, and no dates. Which period an entry counts
follows from how the report was asked for:

- **Version 1** (``period`` and ``steps``; the API's default, and the only kind for broadcasts,
  newsletters and transactional messages): the list ends with the period that contains the moment of the
  request, which is still running. Periods follow US Eastern time: hours start on the hour, days at
  midnight, weeks at midnight on Sunday, months at midnight on the 1st.
- **Version 2** (``version="2"`` with ``res``, ``start``, ``end`` and ``tz``) and **journey metrics**: the
  list starts with the bucket of ``res`` that contains ``start``, in the time zone ``tz`` (Eastern time when
  it was not given), and goes on one bucket per entry.

So give :func:`points` what you gave the API: ``start=`` for a version 2 or journey report, or nothing (or
``end=`` the time of the request, when you read a report later) for a version 1 report::

    from customerio.metrics import points, series_points

    report = api.get_campaign_metrics(5, version="2", res="days", start=jan1, end=jan31, tz="Europe/Paris")
    sent = points(report.metric.series["sent"], "days", start=jan1, tz="Europe/Paris")
    # [(datetime(2025, 1, 1, 0, 0, tzinfo=ZoneInfo('Europe/Paris')), 120), ...]

    weekly = series_points(api.get_newsletter_metrics(9, period="weeks", steps=12).metric.series, "weeks")
    # {"sent": [(start of the week 11 weeks ago, n), ..., (start of this week, n)], "opened": [...], ...}

Customer.io's documentation says "EST" for its default time zone; this module takes it to be
``America/New_York`` (Eastern time, daylight saving included). Pass ``tz`` to choose another, as a name or
a ``tzinfo``. A name needs the IANA time zone database (on Windows, ``pip install tzdata``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from typing import Any

__all__ = ["Resolution", "period_starts", "points", "series_points"]

#: The size of a period: the API's ``period`` values and its ``res`` values (both spellings).
Resolution = Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"]

#: The time zone of reports that name none (Customer.io's "EST").
EASTERN = "America/New_York"

_UNITS = {
    "hours": "hours",
    "hourly": "hours",
    "days": "days",
    "daily": "days",
    "weeks": "weeks",
    "weekly": "weeks",
    "months": "months",
    "monthly": "months",
}


class _Report(Protocol):
    """A generated series model (``customerio.types.MetricSeries``): its JSON is metric name to counts."""

    def to_dict(self) -> dict[str, Any]: ...


def period_starts(
    count: int,
    res: Resolution,
    *,
    start: dt.datetime | int | None = None,
    end: dt.datetime | int | None = None,
    tz: str | dt.tzinfo | None = None,
) -> list[dt.datetime]:
    """The starts of ``count`` consecutive periods of ``res``, oldest first, as aware datetimes in ``tz``.

    With ``start``, the first period is the one containing ``start`` (a version 2 or journey report).
    Otherwise the last period is the one containing ``end``, by default now (a version 1 report). Times
    are datetimes (a naive one is taken as UTC, as everywhere in this SDK) or unix seconds.
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValueError(f"count must be a whole number of periods, not {count!r}")
    unit = _unit(res)
    zone = _zone(tz)
    if start is not None and end is not None:
        raise ValueError("give start (the report's first period) or end (its last), not both")
    if start is not None:
        first = _floor(_moment(start, "start").astimezone(zone), unit)
    else:
        last = _floor(_moment(end, "end").astimezone(zone), unit)
        first = _shift(last, unit, -(count - 1)) if count else last
    return [_shift(first, unit, step) for step in range(count)]


def points(
    values: Sequence[int],
    res: Resolution,
    *,
    start: dt.datetime | int | None = None,
    end: dt.datetime | int | None = None,
    tz: str | dt.tzinfo | None = None,
) -> list[tuple[dt.datetime, int]]:
    """``values`` (one metric's series, oldest first) as ``(period start, count)`` pairs.

    ``start``, ``end`` and ``tz`` say which periods the series covers, as for :func:`period_starts`.
    """
    if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
        raise TypeError(f"values must be a list of counts, not {type(values).__name__}")
    return list(zip(period_starts(len(values), res, start=start, end=end, tz=tz), values, strict=True))


def series_points(
    series: Mapping[str, Sequence[int]] | _Report,
    res: Resolution,
    *,
    start: dt.datetime | int | None = None,
    end: dt.datetime | int | None = None,
    tz: str | dt.tzinfo | None = None,
) -> dict[str, list[tuple[dt.datetime, int]]]:
    """Every metric of a report's series (``report.metric.series``, or a mapping) as ``(period start, count)`` pairs.

    All the series of a report cover the same periods, so they are dated once; a metric whose list is
    longer or shorter than the others is still paired from the same first period.
    """
    data: Mapping[str, Any] = series if isinstance(series, Mapping) else series.to_dict()
    longest = max((len(v) for v in data.values() if isinstance(v, Sequence)), default=0)
    starts = period_starts(longest, res, start=start, end=end, tz=tz)
    if start is None:
        # Dated from the end: a shorter list ends with the same (current) period as the others.
        return {name: list(zip(starts[longest - len(counts) :], counts, strict=True)) for name, counts in data.items()}
    return {name: list(zip(starts[: len(counts)], counts, strict=True)) for name, counts in data.items()}


# ---------------------------------------------------------------- calendar arithmetic


def _unit(res: object) -> str:
    unit = _UNITS.get(res) if isinstance(res, str) else None
    if unit is None:
        raise ValueError(f"res must be one of {', '.join(_UNITS)}, not {res!r}")
    return unit


def _zone(tz: str | dt.tzinfo | None) -> dt.tzinfo:
    if isinstance(tz, dt.tzinfo):
        return tz
    if tz is not None and not isinstance(tz, str):
        raise TypeError(f"tz must be a time zone name or a tzinfo, not {type(tz).__name__}")
    import zoneinfo  # only when a name is given: the database is read on first use

    name = tz or EASTERN
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {name!r} (a name needs the IANA database: on Windows, pip install tzdata)"
        ) from None


def _moment(value: dt.datetime | int | None, name: str) -> dt.datetime:
    if value is None:
        return dt.datetime.now(dt.UTC)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a datetime or unix seconds (int), not {type(value).__name__}")
    return dt.datetime.fromtimestamp(value, dt.UTC)


def _floor(moment: dt.datetime, unit: str) -> dt.datetime:
    """The start of the period of ``unit`` that contains ``moment`` (an aware datetime in the report's zone)."""
    if unit == "hours":
        return moment.replace(minute=0, second=0, microsecond=0)
    day = moment.date()
    if unit == "weeks":
        day -= dt.timedelta(days=(day.weekday() + 1) % 7)  # weeks start on Sunday
    elif unit == "months":
        day = day.replace(day=1)
    return _midnight(day, moment.tzinfo)


def _shift(first: dt.datetime, unit: str, steps: int) -> dt.datetime:
    """The start of the period ``steps`` periods after (or before) the one starting at ``first``."""
    zone = first.tzinfo
    if unit == "hours":
        # Hours are counted in absolute time: a daylight-saving change adds or removes one.
        return (first.astimezone(dt.UTC) + dt.timedelta(hours=steps)).astimezone(zone)
    day = first.date()
    if unit == "days":
        day += dt.timedelta(days=steps)
    elif unit == "weeks":
        day += dt.timedelta(weeks=steps)
    else:
        months = day.year * 12 + day.month - 1 + steps
        day = dt.date(months // 12, months % 12 + 1, 1)
    return _midnight(day, zone)


def _midnight(day: dt.date, zone: dt.tzinfo | None) -> dt.datetime:
    """Midnight of ``day`` in ``zone``: days, weeks and months are calendar periods of local time."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=zone)
