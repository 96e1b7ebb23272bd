"""The work per call of the default clients may not grow: Python function calls per call against a baseline.

Deterministic (a count of calls, never a duration): see ``tests/_call_budget.py`` for the measure and for how
to refresh ``tests/data/call_budget.json`` (``make call-budget``). Marked ``pinned``: the counts belong to the
pinned interpreter and libraries of ``make venv``, so ``make test`` runs it and the interpreter matrix does not.
"""

from __future__ import annotations

import json

import pytest

from tests import _call_budget as budget

pytestmark = pytest.mark.pinned

REFRESH = "refresh the baseline with `make call-budget` and commit it with the reason"


@pytest.fixture(scope="module")
def baseline() -> dict[str, object]:
    data: dict[str, object] = json.loads(budget.BASELINE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    return budget.measure()


def test_the_baseline_was_recorded_with_this_toolchain(baseline: dict[str, object]) -> None:
    """Counts from another interpreter or another httpx would compare unlike with like."""
    assert baseline["environment"] == budget.environment(), f"dependencies changed: {REFRESH}"


def test_the_baseline_covers_every_case(baseline: dict[str, object]) -> None:
    counts = baseline["calls_per_call"]
    assert isinstance(counts, dict)
    assert set(counts) == set(budget.CASES), REFRESH


@pytest.mark.parametrize("case", list(budget.CASES))
def test_calls_per_call_stay_within_the_budget(
    case: str, baseline: dict[str, object], measured: dict[str, float]
) -> None:
    """More than 10 % more calls fails; more than 10 % fewer too, so that the baseline keeps the gain."""
    counts = baseline["calls_per_call"]
    assert isinstance(counts, dict)
    allowed = counts[case]
    now = measured[case]
    assert now <= allowed * (1 + budget.TOLERANCE), (
        f"{case}: {now:.0f} Python calls per call, {now / allowed - 1:+.0%} over the baseline's {allowed:.0f}; "
        f"find what grew (cProfile), or if it is wanted, {REFRESH}"
    )
    assert now >= allowed * (1 - budget.TOLERANCE), (
        f"{case}: {now:.0f} Python calls per call, {now / allowed - 1:+.0%} under the baseline's {allowed:.0f}: "
        f"lock the gain in: {REFRESH}"
    )


def test_the_count_sees_the_work_of_a_call() -> None:
    """The measure is not blind: a call that does more work counts more calls."""
    with budget.loopback() as url:
        from customerio import TrackClient

        with TrackClient("site", "key", url=f"{url}/api/v1") as cio:
            one = budget._count(lambda: cio.identify(1, budget.ATTRS))
            two = budget._count(lambda: (cio.identify(1, budget.ATTRS), cio.identify(2, budget.ATTRS)))
    assert one > 100
    assert two == pytest.approx(2 * one, rel=0.02)
