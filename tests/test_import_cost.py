"""Import laziness, pinned structurally (which modules get loaded), never by timing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import customerio
import customerio_openapi.models

# What a Track client may load before its first call: the generated models that ``_track_calls`` names
# (shrink this list if that module learns to import per call; never grow it without a reason).
TRACK_MODELS = frozenset(
    f"customerio_openapi.models.{name}"
    for name in (
        "account_region_response",
        "add_device_request",
        "batch_request",
        "empty_request",
        "empty_response",
        "error_response",
        "identifier_type",
        "identify_request",
        "merge_customers_request",
        "report_metric_request",
        "report_metric_request_metric",
        "segment_customers_request",
        "submit_form_request",
        "track_anonymous_event_request",
        "track_anonymous_event_request_type",
        "track_event_request",
        "track_event_request_type",
        "track_push_request",
        "track_push_request_event",
        "unsubscribe_request",
        "v2_error",
        "v2_error_response",
        "v2_operation",
        "v2_operation_action",
        "v2_operation_type",
    )
)

# Modules a Track-only app must never pay for.
NOT_FOR_TRACK = (
    "customerio._api_calls",
    "customerio._bulk",
    "customerio._requests",
    "customerio.webhooks",
    "customerio._pipelines_calls",
    "customerio._pipelines_bulk",
    "customerio._async._pipelines",
    "customerio._sync._pipelines",
    "customerio_openapi.api.broadcasts",
    "customerio_openapi.api.customers",
    "customerio_openapi.api.exports",
    "customerio_openapi.api.pipelines",
    "customerio_openapi.api.transactional",
    "customerio_openapi.models.pipelines_",
)
# Modules a Data Pipelines-only app must never pay for: the Track and App calls, bulk, the other flavour.
NOT_FOR_PIPELINES = (
    "customerio._track_calls",
    "customerio._api_calls",
    "customerio._bulk",
    "customerio._pipelines_bulk",
    "customerio._requests",
    "customerio.webhooks",
    "customerio_openapi.api.track",
    "customerio_openapi.api.broadcasts",
    "customerio_openapi.api.customers",
    "customerio_openapi.api.exports",
    "customerio_openapi.api.transactional",
)


def loaded_after(code: str) -> set[str]:
    """The names in ``sys.modules`` of a fresh interpreter after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def test_bare_import_loads_no_client_and_no_generated_code() -> None:
    """``import customerio`` loads only exceptions, regions and types: no client, no generated package."""
    loaded = loaded_after("import customerio")
    assert {m for m in loaded if m.startswith("customerio")} == {
        "customerio",
        "customerio._exceptions",
        "customerio._regions",
        "customerio._types",
        "customerio._version",
    }
    # Nor the libraries the clients need (attrs alone is about 18 ms): they load with the first client.
    assert not {"attrs", "attr", "httpx", "anyio"} & loaded


@pytest.mark.parametrize(
    ("name", "other"), [("TrackClient", "customerio._async._track"), ("AsyncTrackClient", "customerio._sync._track")]
)
def test_track_client_loads_only_what_track_calls_need(name: str, other: str) -> None:
    """Constructing a Track client loads neither the App API, bulk, webhooks, the other flavour, nor stray models."""
    loaded = loaded_after(f"import customerio\ncustomerio.{name}('site', 'key')")
    assert not [m for m in loaded if m == other or m.startswith(NOT_FOR_TRACK)]
    assert {m for m in loaded if m.startswith("customerio_openapi.models.")} <= TRACK_MODELS


@pytest.mark.parametrize(
    ("name", "other"),
    [("PipelinesClient", "customerio._async._pipelines"), ("AsyncPipelinesClient", "customerio._sync._pipelines")],
)
def test_pipelines_client_loads_no_track_or_app_code(name: str, other: str) -> None:
    """A Data Pipelines client (constructed and sending a track) loads no Track, App or bulk code, only its models."""
    call = "c.track(1, event='e')" if name == "PipelinesClient" else "asyncio.run(c.track(1, event='e'))"
    client = "httpx.Client" if name == "PipelinesClient" else "httpx.AsyncClient"
    loaded = loaded_after(
        "import asyncio, httpx, customerio\n"
        "mock = httpx.MockTransport(lambda request: httpx.Response(200, json={}))\n"
        f"c = customerio.{name}('write key', http_client={client}(transport=mock))\n{call}"
    )
    assert "customerio_openapi.api.pipelines.pipelines_track" in loaded
    assert not [m for m in loaded if m == other or m.startswith(NOT_FOR_PIPELINES)]
    models = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("customerio_openapi.models.")}
    assert models
    assert all(m.startswith("pipelines_") for m in models), models
    assert not {"pipelines_identify", "pipelines_batch_request", "pipelines_group"} & models


def test_track_calls_that_ignore_the_body_never_load_the_generated_client() -> None:
    """An identify (sent and answered) loads neither client.py, its response models, nor another endpoint."""
    loaded = loaded_after(
        "import httpx, customerio\n"
        "mock = httpx.MockTransport(lambda request: httpx.Response(200, json={}))\n"
        "c = customerio.TrackClient('site', 'key', http_client=httpx.Client(transport=mock))\n"
        "c.identify(1, email='a@example.com')"
    )
    assert "customerio_openapi.api.track.identify" in loaded
    assert "customerio_openapi.client" not in loaded
    # Building the request needs only the body's model; the response models load when a parser runs.
    assert "customerio_openapi.models.identify_request" in loaded
    assert not {"customerio_openapi.models.empty_response", "customerio_openapi.models.error_response"} & loaded
    assert not [
        m for m in loaded if m.startswith("customerio_openapi.api.") and m.count(".") == 3 and "identify" not in m
    ]


def _nested_closure(module: str) -> set[str]:
    """A generated model module and every model module it may nest, transitively (read from the source)."""
    import re
    from pathlib import Path

    models = Path(customerio_openapi.models.__file__).parent
    found: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in found:
            continue
        found.add(name)
        source = (models / f"{name}.py").read_text(encoding="utf-8")
        todo += re.findall(r"^\s*from \.\.models\.(\w+) import", source, flags=re.MULTILINE)
    return {f"customerio_openapi.models.{name}" for name in found}


def test_one_generated_model_loads_only_its_own_module() -> None:
    """Importing one model loads that module alone: the models it nests are imported when it first uses them."""
    loaded = loaded_after("from customerio_openapi.models import IdentifyRequest")
    assert {m for m in loaded if m.startswith("customerio_openapi.models.")} == {
        "customerio_openapi.models.identify_request"
    }
    assert len(_nested_closure("identify_request")) > 1  # it does nest models: the line above means something


def test_a_nested_model_is_imported_on_first_use_then_bound_to_its_class() -> None:
    """The stand-in a model module binds a nested model to imports it once, then gives way to the class itself."""
    loaded = loaded_after(
        "import sys\n"
        "from customerio_openapi.models import IdentifyRequest\n"
        "import customerio_openapi.models.identify_request as module\n"
        "assert 'customerio_openapi.models.identify_relationships' not in sys.modules\n"
        "assert not isinstance(object(), module.IdentifyRelationships)  # isinstance works before the import\n"
        "from customerio_openapi.models.identify_relationships import IdentifyRelationships\n"
        "assert module.IdentifyRelationships is IdentifyRelationships  # rebound by that first use\n"
        "relationship = {'identifiers': {'object_type_id': '1', 'object_id': 'acme'}}\n"
        "body = {'cio_relationships': {'action': 'add_relationships', 'relationships': [relationship]}}\n"
        "assert IdentifyRequest.from_dict(body).to_dict() == body  # nested two deep, each imported on use\n"
        "import typing\n"
        "hints = typing.get_type_hints(IdentifyRequest)  # evaluated annotations resolve to the classes\n"
        "assert module.SubscriptionPreferences.__name__ == 'SubscriptionPreferences'\n"
    )
    assert "customerio_openapi.models.subscription_preferences" in loaded


def test_a_nested_model_made_in_place_works_on_its_stand_ins_first_use() -> None:
    """A model of additional properties only is made in place by the model nesting it (``X.__new__(X)``).

    On the stand-in's first use that lookup must import the class and rebind the name before the argument is
    read (the stand-in's own class has a ``__new__`` too), in a copying parse and in the client's own.
    """
    loaded_after(
        "from customerio_openapi.models.message import Message\n"
        "import customerio_openapi.models.message as module\n"
        "assert type(vars(module)['MessageMetrics']).__name__ == '_Nested'\n"
        "row = {'id': 'd1', 'metrics': {'sent': 1}, 'created': 1, 'type': 'email', 'customer_identifiers': {'id': '7'}}\n"
        "read = Message.from_dict(row)\n"
        "assert type(read.metrics).__name__ == 'MessageMetrics' and read.metrics['sent'] == 1\n"
        "assert type(read.customer_identifiers).__name__ == 'MessageCustomerIdentifiersType0'\n"
        "assert vars(module)['MessageMetrics'] is type(read.metrics)  # rebound by that first use\n"
        "assert Message.from_dict(dict(row), True) == read\n"
    )


@pytest.mark.parametrize("module", [customerio, customerio_openapi.models])
def test_every_exported_name_resolves(module: object) -> None:
    """Each name of ``__all__`` resolves, is listed by ``dir()``, and an unknown name raises AttributeError."""
    names = module.__all__  # type: ignore[attr-defined]
    for name in names:
        value = getattr(module, name)
        assert not isinstance(value, type) or value.__name__ == name
    assert set(names) <= set(dir(module))
    with pytest.raises(AttributeError):
        getattr(module, "NoSuchName")  # noqa: B009


def test_public_names_are_listed_sorted() -> None:
    """``customerio.__all__`` stays an explicit, sorted list."""
    assert customerio.__all__ == sorted(customerio.__all__)


# The App API's own modules: a Track or Data Pipelines app never loads them, not even after its first call.
APP_MODULES = (
    "customerio._app_calls",
    "customerio._app_ops",
    "customerio._api_calls",
    "customerio._requests",
    "customerio._sync._app",
    "customerio._async._app",
    "customerio._sync._api",
    "customerio._async._api",
)


def _endpoints(loaded: set[str]) -> set[str]:
    """The generated endpoint modules (``customerio_openapi.api.<tag>.<operation>``) among ``loaded``."""
    return {m for m in loaded if m.startswith("customerio_openapi.api.") and m.count(".") == 3}


def _models(loaded: set[str]) -> set[str]:
    return {m for m in loaded if m.startswith("customerio_openapi.models.")}


@pytest.mark.parametrize("name", ["TrackClient", "AsyncTrackClient"])
def test_a_track_apps_cold_path_loads_no_app_code(name: str) -> None:
    """Import, construct with the defaults (the SDK's own pool) and a first identify over loopback: no App API."""
    from tests._call_budget import loopback

    call = "c.identify(1, {'email': 'a@example.com'})"
    if name == "AsyncTrackClient":
        call = f"import asyncio\nasync def main():\n    {call.replace('c.', 'await c.')}\nasyncio.run(main())"
    with loopback() as url:
        loaded = loaded_after(f"import customerio\nc = customerio.{name}('site', 'key', url='{url}/api/v1')\n{call}")
    assert "customerio_openapi.api.track.identify" in loaded  # the call was made
    assert not [m for m in loaded if m.startswith(APP_MODULES + NOT_FOR_TRACK)]
    assert _endpoints(loaded) == {"customerio_openapi.api.track.identify"}
    # The identify body's model alone: neither an App model nor what the body could nest (relationships,
    # subscription preferences), which a plain identify does not use.
    assert _models(loaded) == {"customerio_openapi.models.identify_request"}


def _operation_models(endpoint: str) -> set[str]:
    """The models an endpoint module names (request body, answers, enums) and what they nest."""
    import re
    from pathlib import Path

    import customerio_openapi.api

    path = Path(customerio_openapi.api.__file__).parent.joinpath(*endpoint.split(".")).with_suffix(".py")
    names = set(re.findall(r"from \.\.\.models\.(\w+) import", path.read_text(encoding="utf-8")))
    return set().union(*(_nested_closure(name) for name in names))


def test_the_first_app_read_loads_only_its_own_operation() -> None:
    """A typed list read (default transport, loopback) loads its endpoint and its models, no other operation's."""
    from tests._call_budget import PAGE_ITEMS, loopback

    with loopback() as url:
        loaded = loaded_after(
            f"import customerio\nc = customerio.APIClient('key', url='{url}/v1')\n"
            f"assert len(c.get_messages(limit={PAGE_ITEMS}).messages) == {PAGE_ITEMS}"
        )
    assert _endpoints(loaded) == {"customerio_openapi.api.messages.get_messages"}
    models = _models(loaded)
    assert "customerio_openapi.models.message" in models
    assert models <= _operation_models("messages.get_messages")
    # Neither the hand-written calls (sends, broadcasts, exports) nor Track, Pipelines, bulk or webhooks.
    not_for_app = ("customerio._api_calls", "customerio._requests", "customerio._track_calls")
    assert not [m for m in loaded if m.startswith(not_for_app + NOT_FOR_PIPELINES[3:])]


def test_the_first_send_loads_only_its_own_channel() -> None:
    """A transactional email loads the send_email endpoint and models: no other channel, broadcast or export."""
    loaded = loaded_after(
        "import httpx, customerio\n"
        "answer = {'delivery_id': 'd1', 'queued_at': 1}\n"
        "mock = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))\n"
        "c = customerio.APIClient('key', transport=mock)\n"
        "req = customerio.SendEmailRequest(to='a@example.com', identifiers={'id': '1'}, transactional_message_id=3)\n"
        "assert c.send_email(req).delivery_id == 'd1'"
    )
    assert _endpoints(loaded) == {"customerio_openapi.api.transactional.send_email"}
    assert _models(loaded) <= _operation_models("transactional.send_email") | _nested_closure("send_message_response")


def test_the_cli_libraries_stay_out_of_the_sdk_and_the_entry_point() -> None:
    """``import customerio`` never loads the CLI or its libraries; the console script's module loads only stdlib.

    The entry point (``customerio._cli``) must be importable without the ``cli`` extra, so it can say how to
    install it: it loads neither click nor rich (nor any client) before checking they are there.
    """
    cli_libraries = {"click", "rich"}
    sdk = loaded_after("import customerio")
    assert not cli_libraries & sdk
    assert "customerio._cli" not in sdk
    entry = loaded_after("import customerio._cli")
    assert not cli_libraries & entry
    assert {m for m in entry if m.startswith("customerio")} == {
        "customerio",
        "customerio._cli",
        "customerio._exceptions",
        "customerio._regions",
        "customerio._types",
        "customerio._version",
    }
    assert not {"attrs", "httpx", "anyio"} & entry
    # Running the command line is what loads click (rich only with a command that shows progress).
    ran = loaded_after(
        "import contextlib, io\nfrom customerio._cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    main(['--help'])"
    )
    assert "click" in ran
