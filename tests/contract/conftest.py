"""Hypothesis profiles of the contract suite.

Registered under their own names (``contract-ci``, ``contract-deep``) and applied per test with
``contract_settings()`` rather than ``settings.load_profile``: profiles are process-global, and other
suites (tests/fuzz) may load theirs. ``HYPOTHESIS_PROFILE=deep`` selects the deep one.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "database": None,
    "print_blob": False,
    # Explicit parent: a profile another conftest loaded first must not leak into these.
    "parent": settings.get_profile("default"),
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
}

# CI: deterministic (same examples every run) and small enough for tests/contract to take < 60 s on 2 cores.
settings.register_profile("contract-ci", derandomize=True, max_examples=20, **_COMMON)
# Deep: a random search with many more examples per operation (`make test-deep`).
settings.register_profile("contract-deep", derandomize=False, max_examples=500, **_COMMON)
