"""customerio-py: the typed Python SDK for Customer.io's Track, App and Data Pipelines APIs, sync and async.

>>> from customerio import TrackClient, RegionEU
>>> with TrackClient("site id", "api key", region=RegionEU) as cio:  # doctest: +SKIP
...     cio.identify(42, email="person@example.com")
"""

import typing

from ._exceptions import (
    AuthenticationError,
    BadRequestError,
    CustomerIOConnectionError,
    CustomerIOError,
    CustomerIORequestError,
    CustomerIOTimeoutError,
    MissingParamError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from ._regions import Region, RegionEU, RegionUS
from ._types import IdentifierType
from ._version import __version__

if typing.TYPE_CHECKING:
    from ._async._api import AsyncAPIClient
    from ._async._pipelines import AsyncPipelinesClient
    from ._async._track import AsyncTrackClient
    from ._bulk import AsyncBulk, Bulk, BulkError, BulkFailure, BulkResult
    from ._core import raw_json
    from ._pipelines_bulk import (
        AsyncPipelinesBackground,
        AsyncPipelinesBulk,
        BackgroundStats,
        PipelinesBackground,
        PipelinesBulk,
    )
    from ._requests import (
        SendEmailRequest,
        SendInAppRequest,
        SendInboxMessageRequest,
        SendPushRequest,
        SendSMSRequest,
        SendWhatsAppRequest,
    )
    from ._sync._api import APIClient
    from ._sync._pipelines import PipelinesClient
    from ._sync._track import TrackClient

__all__ = [
    "APIClient",
    "AsyncAPIClient",
    "AsyncBulk",
    "AsyncPipelinesBackground",
    "AsyncPipelinesBulk",
    "AsyncPipelinesClient",
    "AsyncTrackClient",
    "AuthenticationError",
    "BackgroundStats",
    "BadRequestError",
    "Bulk",
    "BulkError",
    "BulkFailure",
    "BulkResult",
    "CustomerIOConnectionError",
    "CustomerIOError",
    "CustomerIORequestError",
    "CustomerIOTimeoutError",
    "IdentifierType",
    "MissingParamError",
    "NotFoundError",
    "PaginationError",
    "PipelinesBackground",
    "PipelinesBulk",
    "PipelinesClient",
    "RateLimitError",
    "Region",
    "RegionEU",
    "RegionUS",
    "SendEmailRequest",
    "SendInAppRequest",
    "SendInboxMessageRequest",
    "SendPushRequest",
    "SendSMSRequest",
    "SendWhatsAppRequest",
    "ServerError",
    "TrackClient",
    "UnexpectedResponseError",
    "__version__",
    "raw_json",
]

# Imported on first access (PEP 562): an app using only TrackClient never loads the async client (and
# anyio), the App API or Data Pipelines clients, the transactional request builders or the bulk senders.
# Name -> submodule.
_LAZY = {
    "APIClient": "._sync._api",
    "AsyncAPIClient": "._async._api",
    "AsyncBulk": "._bulk",
    "AsyncPipelinesBackground": "._pipelines_bulk",
    "AsyncPipelinesBulk": "._pipelines_bulk",
    "AsyncPipelinesClient": "._async._pipelines",
    "AsyncTrackClient": "._async._track",
    "BackgroundStats": "._pipelines_bulk",
    "Bulk": "._bulk",
    "BulkError": "._bulk",
    "BulkFailure": "._bulk",
    "BulkResult": "._bulk",
    "PipelinesBackground": "._pipelines_bulk",
    "PipelinesBulk": "._pipelines_bulk",
    "PipelinesClient": "._sync._pipelines",
    "SendEmailRequest": "._requests",
    "SendInAppRequest": "._requests",
    "SendInboxMessageRequest": "._requests",
    "SendPushRequest": "._requests",
    "SendSMSRequest": "._requests",
    "SendWhatsAppRequest": "._requests",
    "TrackClient": "._sync._track",
    "raw_json": "._core",
}

if not typing.TYPE_CHECKING:  # hidden from type checkers, so a misspelt name stays an error for them

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
