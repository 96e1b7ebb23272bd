"""The retry table of the README (which the reference's retries page includes) says what the policy decides."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from customerio._policy import Safety, error_is_retryable, status_is_retryable

README = Path(__file__).resolve().parents[1] / "README.md"
REQUEST = httpx.Request("POST", "https://api.customer.io/v1/send/email")
# Rows of the table that name transport failures, and the httpx errors each stands for.
ERROR_ROWS = {
    "connection refused / DNS / pool timeout (nothing sent)": (
        httpx.ConnectError,
        httpx.ConnectTimeout,
        httpx.PoolTimeout,
    ),
    "read/write timeout, reset, protocol error": (
        httpx.ReadTimeout,
        httpx.WriteTimeout,
        httpx.ReadError,
        httpx.WriteError,
        httpx.RemoteProtocolError,
    ),
}


def retry_table() -> dict[str, tuple[bool, bool]]:
    """The README's "What is replayed" table: failure -> (retried when replayable, retried when once only)."""
    text = README.read_text()
    start = text.index("**What is replayed**")
    rows: dict[str, tuple[bool, bool]] = {}
    for line in text[start:].splitlines()[1:]:
        line = line.strip()
        if rows and not line.startswith("|"):
            break
        cells = [c.strip().strip("*") for c in line.strip("|").split("|")]
        if len(cells) != 3 or set(cells[0]) <= {"-"} or cells[0] == "failure":
            continue
        verdicts = []
        for cell in cells[1:]:
            assert cell in ("retried", "not retried"), f"unexpected cell {cell!r} in row {cells[0]!r}"
            verdicts.append(cell == "retried")
        rows[cells[0]] = (verdicts[0], verdicts[1])
    assert rows, "the README has no retry table after **What is replayed**"
    return rows


def listed_statuses(label: str) -> set[int]:
    """The statuses a row names, ranges (``520\u2013524``, with an en dash) included."""
    found: set[int] = set()
    for low, high in re.findall(r"\b(\d{3})(?:[\u2013-](\d{3}))?\b", label):
        found.update(range(int(low), int(high or low) + 1))
    return found


def test_every_row_is_understood() -> None:
    """Each row of the table is a list of statuses or a transport-failure row this test knows."""
    for label in retry_table():
        assert label in ERROR_ROWS or listed_statuses(label) or "4xx" in label, label


def test_status_rows_match_the_policy() -> None:
    """For every 4xx and 5xx the table's verdicts per safety class are the policy's.

    A 5xx the table does not name must never be retried, so a status the policy starts retrying fails here until
    the table names it.
    """
    rows = retry_table()
    named = {s: label for label in rows for s in listed_statuses(label)}
    wrong = []
    for status in range(400, 600):
        label = named.get(status) or next((row for row in rows if "other 4xx" in row and status < 500), None)
        expected = rows[label] if label else (False, False)
        decided = (status_is_retryable(status, Safety.REPLAYABLE), status_is_retryable(status, Safety.ONCE))
        if decided != expected:
            wrong.append(f"{status}: policy {decided}, README row {label!r} says {expected}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("label", sorted(ERROR_ROWS))
def test_transport_failure_rows_match_the_policy(label: str) -> None:
    """The verdicts of the transport-failure rows are the policy's for every error they stand for."""
    expected = retry_table()[label]
    for error_type in ERROR_ROWS[label]:
        error = error_type("failure", request=REQUEST)
        got = (error_is_retryable(error, Safety.REPLAYABLE), error_is_retryable(error, Safety.ONCE))
        assert got == expected, f"{error_type.__name__}: README row {label!r}"
