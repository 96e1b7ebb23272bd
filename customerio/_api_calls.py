"""App API calls as pure functions: validate arguments, build the generated request, choose the policy.

Each function returns a :class:`~customerio._core.Call`; ``APIClient`` and ``AsyncAPIClient`` only send
it. Bodies, paths and query strings are what the official Node client sends for the same call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from customerio_openapi.api.broadcasts import trigger_broadcast as _trigger_broadcast
from customerio_openapi.api.exports import (
    create_customers_export as _create_customers_export,
    create_deliveries_export as _create_deliveries_export,
)
from customerio_openapi.api.transactional import (
    send_email as _send_email,
    send_in_app as _send_in_app,
    send_inbox_message as _send_inbox_message,
    send_push as _send_push,
    send_sms as _send_sms,
    send_whatsapp as _send_whatsapp,
)
from customerio_openapi.models import (
    CreateCustomersExportRequest,
    CreateDeliveriesExportRequest,
    ExportResponse,
    SendEmailRequest as _EmailBody,
    SendInAppRequest as _InAppBody,
    SendInboxMessageRequest as _InboxBody,
    SendMessageResponse,
    SendPushRequest as _PushBody,
    SendSMSRequest as _SMSBody,
    SendWhatsAppRequest as _WhatsAppBody,
    TriggerBroadcastRequest,
    TriggerBroadcastResponse,
)

from ._core import Call
from ._exceptions import MissingParamError
from ._models import build, parser
from ._payload import is_blank, json_object, merge, path_id, required_text, to_json
from ._policy import Safety
from ._requests import (
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
    _SendRequest,
)

# Which recipient selector of ``trigger_broadcast`` is flattened to the top level, with its own flags.
_BROADCAST_SELECTORS: dict[str, tuple[str, ...]] = {
    "ids": ("ids", "id_ignore_missing"),
    "emails": ("emails", "email_ignore_missing", "email_add_duplicates"),
    "per_user_data": ("per_user_data", "id_ignore_missing", "email_ignore_missing", "email_add_duplicates"),
    "data_file_url": ("data_file_url", "id_ignore_missing", "email_ignore_missing", "email_add_duplicates"),
}


def _send(request: object, kind: type[_SendRequest], endpoint: Any, body: Any) -> Call[SendMessageResponse]:
    if not isinstance(request, kind):
        raise TypeError(f"request must be a {kind.__name__}, not {type(request).__name__}")
    model = build(body, request.message, "request")
    # A send is not idempotent: replaying it after the server got it would send the message twice.
    return Call(endpoint._get_kwargs(body=model), Safety.ONCE, parser(endpoint, SendMessageResponse))


def send_email(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/email."""
    return _send(request, SendEmailRequest, _send_email, _EmailBody)


def send_push(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/push."""
    return _send(request, SendPushRequest, _send_push, _PushBody)


def send_sms(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/sms."""
    return _send(request, SendSMSRequest, _send_sms, _SMSBody)


def send_whatsapp(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/whatsapp."""
    return _send(request, SendWhatsAppRequest, _send_whatsapp, _WhatsAppBody)


def send_inbox_message(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/inbox_message."""
    return _send(request, SendInboxMessageRequest, _send_inbox_message, _InboxBody)


def send_in_app(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/in_app."""
    return _send(request, SendInAppRequest, _send_in_app, _InAppBody)


def _optional_object(param: str, value: object) -> dict[str, Any]:
    return {} if value is None else json_object(param, value)


def trigger_broadcast(broadcast_id: object, data: object, recipients: object) -> Call[TriggerBroadcastResponse]:
    """POST /v1/campaigns/{id}/triggers with the Node client's body rules.

    ``data`` only when non-empty; the first truthy selector of ``ids``, ``emails``, ``per_user_data``
    and ``data_file_url`` goes to the top level with only its own truthy flags (other keys are dropped);
    otherwise ``recipients`` is sent as given; no arguments send ``{}``.
    """
    bid = path_id("broadcast_id", broadcast_id)
    payload: dict[str, Any] = {}
    values = _optional_object("data", data)
    if values:
        payload["data"] = values
    audience = _optional_object("recipients", recipients)
    if audience:
        selector = next((key for key in _BROADCAST_SELECTORS if audience.get(key)), None)
        if selector is None:
            _check_filter(audience, "recipients")
            payload["recipients"] = audience
        else:
            flags = _BROADCAST_SELECTORS[selector]
            payload.update({key: audience[key] for key in flags if audience.get(key)})
    body = build(TriggerBroadcastRequest, payload, "recipients")
    return Call(
        _trigger_broadcast._get_kwargs(bid, body=body),
        Safety.ONCE,
        parser(_trigger_broadcast, TriggerBroadcastResponse),
    )


def _check_filter(node: object, where: str) -> None:
    """Refuse what the API rejects in a filter: empty ``and``/``or`` lists, non-integer segment ids, non-text fields."""
    if not isinstance(node, Mapping):
        return
    for key in ("and", "or"):
        branch = node.get(key)
        if isinstance(branch, list):
            if not branch:
                raise ValueError(f"{where}.{key} must list at least one filter")
            for index, item in enumerate(branch):
                _check_filter(item, f"{where}.{key}[{index}]")
    _check_filter(node.get("not"), f"{where}.not")
    segment = node.get("segment")
    if isinstance(segment, Mapping) and "id" in segment:
        sid = segment["id"]
        if isinstance(sid, bool) or not isinstance(sid, int):
            raise TypeError(f"{where}.segment.id must be an int, not {type(sid).__name__}")
    attribute = node.get("attribute")
    if isinstance(attribute, Mapping) and "field" in attribute and not isinstance(attribute["field"], str):
        raise TypeError(f"{where}.attribute.field must be a str, not {type(attribute['field']).__name__}")


def create_customers_export(filters: object, attributes: object = None) -> Call[ExportResponse]:
    """POST /v1/exports/customers with ``{"filters": ..., "attributes": [...]}``."""
    if filters is None or (isinstance(filters, Mapping) and not filters):
        raise MissingParamError("filters")
    payload: dict[str, Any] = {"filters": json_object("filters", filters)}
    _check_filter(payload["filters"], "filters")
    if attributes is not None:
        # A str is a sequence too: "plan" would ask for the columns p, l, a and n.
        if isinstance(attributes, (str, bytes)) or not isinstance(attributes, Sequence):
            raise TypeError(f"attributes must be a list of attribute names, not {type(attributes).__name__}")
        if attributes:  # the model checks that each name is a str
            payload["attributes"] = list(attributes)
    body = build(CreateCustomersExportRequest, payload, "filters")
    # Not replayed after the server may have got it: each replay would start another export.
    return Call(
        _create_customers_export._get_kwargs(body=body),
        Safety.ONCE,
        parser(_create_customers_export, ExportResponse),
    )


def create_deliveries_export(
    newsletter_id: object, options: Mapping[str, Any] | None, more: Mapping[str, Any]
) -> Call[ExportResponse]:
    """POST /v1/exports/deliveries with ``{"newsletter_id": ..., **options}``."""
    if is_blank(newsletter_id):
        raise MissingParamError("newsletter_id")
    text = required_text("newsletter_id", newsletter_id).strip()
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"newsletter_id must be a number, not {newsletter_id!r}")
    payload = {"newsletter_id": int(text), **json_object("options", merge("options", options, more))}
    body = build(CreateDeliveriesExportRequest, to_json(payload, "options"), "options")
    return Call(
        _create_deliveries_export._get_kwargs(body=body),
        Safety.ONCE,
        parser(_create_deliveries_export, ExportResponse),
    )
