"""The public surface: exports, documentation, and sync/async twins with identical signatures."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import customerio
from customerio import APIClient, AsyncTrackClient, TrackClient

ROOT = Path(__file__).resolve().parents[1]

PAIRS = [(TrackClient, AsyncTrackClient)]
if hasattr(customerio, "APIClient"):
    PAIRS.append((customerio.APIClient, customerio.AsyncAPIClient))
PAIRS.append((customerio.PipelinesClient, customerio.AsyncPipelinesClient))
# The senders' methods are shared by their sync and async twins (the async ones return awaitables).
SENDERS = [
    (customerio.Bulk, customerio.AsyncBulk),
    (customerio.PipelinesBulk, customerio.AsyncPipelinesBulk),
    (customerio.PipelinesBackground, customerio.AsyncPipelinesBackground),
]


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, names only things that exist, and every public attribute is in it."""
    assert customerio.__all__ == sorted(customerio.__all__)
    assert all(hasattr(customerio, name) for name in customerio.__all__)
    # Submodules (types, webhooks, testing) and names pytest's assertion rewriting may add are not exports.
    public = {n for n in vars(customerio) if n[0].isalpha() and not inspect.ismodule(getattr(customerio, n))}
    assert public - {"annotations"} <= set(customerio.__all__)


def test_everything_public_is_documented() -> None:
    """Every exported class and function, and every public method, has a docstring."""
    for name in customerio.__all__:
        obj = getattr(customerio, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert obj.__doc__, name
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if not attr.startswith("_") and callable(member):
                    assert member.__doc__, f"{name}.{attr}"


def _public_methods(cls: type) -> dict[str, str]:
    # Signatures as text with the Async prefix removed, so AsyncBulk and Bulk compare equal.
    return {
        name: str(inspect.signature(member)).replace("Async", "")
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and name not in {"close", "aclose"}
    }


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS)
def test_sync_and_async_twins_match(sync_cls: type, async_cls: type) -> None:
    """Sync and async clients expose the same methods with the same signatures; async ones are coroutines."""
    sync_methods, async_methods = _public_methods(sync_cls), _public_methods(async_cls)
    assert sync_methods.keys() == async_methods.keys()
    assert sync_methods == async_methods
    for name in async_methods.keys() - {"bulk", "background"}:  # they return async context managers
        if name.startswith("iter_"):  # page walkers return an (async) iterator rather than being awaited
            assert "AsyncIterator[" in str(inspect.signature(getattr(async_cls, name)).return_annotation), name
            continue
        assert inspect.iscoroutinefunction(getattr(async_cls, name)), name
        assert not inspect.iscoroutinefunction(getattr(sync_cls, name)), name
    assert (
        inspect.signature(sync_cls.__init__).parameters.keys()
        == inspect.signature(async_cls.__init__).parameters.keys()
    )


def test_track_client_has_every_node_method() -> None:
    """TrackClient offers the snake_case twin of every TrackClient method of customerio-node 5.x."""
    node = {
        "identify", "destroy", "suppress", "unsuppress", "track", "track_anonymous", "track_page_view",
        "track_push", "add_device", "delete_device", "merge_customers", "batch", "entity",
        "add_customers_to_segment", "remove_customers_from_segment", "submit_form", "report_metric",
        "unsubscribe", "get_account_region",
    }  # fmt: skip
    assert node <= set(_public_methods(TrackClient))


def _spec_operations() -> list[tuple[str, str]]:
    """(operationId, security scheme) of every operation of spec/openapi.yaml."""
    import yaml

    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    found = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                scheme = next(iter(op["security"][0]))
                found.append((op["operationId"], scheme))
    return found


# Which client's methods an operation's security scheme belongs to, and the prefix its operationIds carry.
CLIENT_OF_SCHEME = {
    "appBearerAuth": (APIClient, ""),
    "trackBasicAuth": (TrackClient, ""),
    "pipelinesBasicAuth": (customerio.PipelinesClient, "pipelines_"),
}


def test_every_spec_operation_has_a_facade_method() -> None:
    """Each operation of the spec is a public method of the client of its API (a new operation needs one)."""
    missing = [
        f"{op_id} ({scheme})"
        for op_id, scheme in _spec_operations()
        if scheme in CLIENT_OF_SCHEME
        and op_id.removeprefix(CLIENT_OF_SCHEME[scheme][1]) not in _public_methods(CLIENT_OF_SCHEME[scheme][0])
    ]
    assert not missing, f"operations of the spec without a façade method: {missing}"
    assert {scheme for _, scheme in _spec_operations()} <= set(CLIENT_OF_SCHEME), "an API without a client"


def test_every_app_method_is_a_spec_operation() -> None:
    """Each public APIClient method (page walkers aside) is an operation of the spec: none outlives its operation."""
    operations = {op_id for op_id, scheme in _spec_operations() if scheme == "appBearerAuth"}
    methods = {name for name in _public_methods(APIClient) if not name.startswith("iter_")}
    assert methods - operations == set(), "APIClient methods whose operation left the spec"
    walkers = {name for name in _public_methods(APIClient) if name.startswith("iter_")}
    assert all(any(op.endswith(w.removeprefix("iter_")) for op in operations) for w in walkers)


@pytest.mark.parametrize(("sync_cls", "async_cls"), SENDERS)
def test_sync_and_async_senders_match(sync_cls: type, async_cls: type) -> None:
    """Each bulk or background sender has the same methods, with the same signatures, as its async twin."""
    assert _public_methods(sync_cls) == _public_methods(async_cls)
    for cls in (sync_cls, async_cls):
        for name, member in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_"):
                assert member.__doc__, f"{cls.__name__}.{name}"


def test_pipelines_client_has_every_node_method() -> None:
    """PipelinesClient offers every method of customerio-node 5.x's PipelinesClient."""
    node = {"identify", "track", "page", "screen", "group", "alias", "batch"}
    assert node <= set(_public_methods(customerio.PipelinesClient))


def test_api_client_has_every_node_method() -> None:
    """APIClient offers the snake_case twin of every public method of customerio-node 5.x's APIClient.

    The list of Node's names is checked in (tests/data/node_api_methods.txt, from its dist/lib/api.d.ts).
    """
    import re

    names = [
        line.strip()
        for line in (ROOT / "tests" / "data" / "node_api_methods.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(names) == 160, "customerio-node 5.2.0's APIClient has 160 public methods"
    brand = {"send_whats_app": "send_whatsapp"}  # one word in Python as in the API's path
    twins = {brand.get(n, n) for n in (re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower() for name in names)}
    assert twins - set(_public_methods(APIClient)) == set()
