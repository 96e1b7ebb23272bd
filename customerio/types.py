"""The typed values the clients return, for annotating your own code.

These are the generated attrs models of the API's answers (``customerio_openapi.models``), re-exported
here so apps need not import the generated package. A field the answer did not carry holds
:data:`UNSET` (an instance of :class:`Unset`); narrow with ``isinstance(value, Unset)``. Keys the
schema does not list are kept in each model's ``additional_properties``.

>>> from customerio.types import SendMessageResponse
>>> def remember(resp: SendMessageResponse) -> None: ...
"""

from customerio_openapi.models import (
    AccountRegionResponse,
    CustomerAttributes,
    CustomerAttributesAttributes,
    CustomerAttributesIdentifiers,
    CustomerAttributesResponse,
    CustomerAttributesTimestamps,
    CustomerByEmail,
    CustomerDevice,
    CustomersByEmailResponse,
    Export,
    ExportDownloadResponse,
    ExportResponse,
    ListExportsResponse,
    SendMessageResponse,
    TriggerBroadcastResponse,
    V2Error,
)
from customerio_openapi.types import UNSET, Unset

__all__ = [
    "UNSET",
    "AccountRegionResponse",
    "CustomerAttributes",
    "CustomerAttributesAttributes",
    "CustomerAttributesIdentifiers",
    "CustomerAttributesResponse",
    "CustomerAttributesTimestamps",
    "CustomerByEmail",
    "CustomerDevice",
    "CustomersByEmailResponse",
    "Export",
    "ExportDownloadResponse",
    "ExportResponse",
    "ListExportsResponse",
    "SendMessageResponse",
    "TriggerBroadcastResponse",
    "Unset",
    "V2Error",
]
