"""customerio-py: the typed Python SDK for Customer.io's Track and App APIs, sync and async.

>>> from customerio import TrackClient, RegionEU
>>> with TrackClient("site id", "api key", region=RegionEU) as cio:  # doctest: +SKIP
...     cio.identify(42, email="person@example.com")
"""

from ._async._api import AsyncAPIClient
from ._async._track import AsyncTrackClient
from ._bulk import AsyncBulk, Bulk, BulkError, BulkFailure, BulkResult
from ._exceptions import (
    AuthenticationError,
    BadRequestError,
    CustomerIOConnectionError,
    CustomerIOError,
    CustomerIORequestError,
    CustomerIOTimeoutError,
    MissingParamError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from ._regions import Region, RegionEU, RegionUS
from ._requests import (
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
)
from ._sync._api import APIClient
from ._sync._track import TrackClient
from ._types import IdentifierType
from ._version import __version__

__all__ = [
    "APIClient",
    "AsyncAPIClient",
    "AsyncBulk",
    "AsyncTrackClient",
    "AuthenticationError",
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
]
