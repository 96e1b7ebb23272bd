"""The fast soak: a few thousand mixed sync/async calls through shared clients, with 1 % injected faults."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "soak.py"


def load_soak() -> ModuleType:
    spec = importlib.util.spec_from_file_location("soak", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["soak"] = module
    spec.loader.exec_module(module)
    return module


def test_fast_soak_has_no_unexpected_failure_leak_or_replay() -> None:
    """3,000 calls over one shared sync client (8 threads) and one async client (32 tasks): all accounted for."""
    soak = load_soak()
    report = soak.run(3_000, fault_rate=0.02, timeout=0.3)
    print("\n".join(report.lines()))
    assert report.problems == []
    assert report.calls == 3_000
    assert report.unexpected == []
    assert report.unaccounted == []
    assert sum(report.faults.values()) > 20
    assert report.requests >= report.calls
    assert report.fds["after close"][1] <= report.fds["before"][1]


def test_soak_main_exits_zero_and_accounts_for_failures() -> None:
    """``scripts/soak.py --calls 600`` exits 0 and its accounting flags a failure it cannot explain."""
    soak = load_soak()
    assert soak.main(["--calls", "600", "--timeout", "0.3", "--fault-rate", "0.05"]) == 0
    report = soak.Report()
    soak._account(report, {7: "ServerError"}, {})
    assert len(report.unaccounted) == 1
    assert "without an injected fault" in report.unaccounted[0]
    report = soak.Report()
    soak._account(report, {}, {4: ["500", "ok"]})  # call 4 is track_push (send-once) and succeeded
    assert len(report.unaccounted) == 1
    assert "replayed" in report.unaccounted[0]
