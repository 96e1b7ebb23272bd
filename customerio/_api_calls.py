"""App API calls as pure functions: validate arguments, build the generated request, choose the policy.

Each function returns a :class:`~customerio._core.Call`; ``APIClient`` and ``AsyncAPIClient`` only send
it. Bodies, paths and query strings are what the official Node client sends for the same call.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

from customerio_openapi.types import File

from ._app_calls import _endpoint as _app_endpoint, _model as _app_model, typed
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

if TYPE_CHECKING:
    from customerio_openapi.models import (
        AssetResponse,
        ExportResponse,
        SendMessageResponse,
        TriggerBroadcastResponse,
    )

# Which recipient selector of ``trigger_broadcast`` is flattened to the top level, with its own flags.
_BROADCAST_SELECTORS: dict[str, tuple[str, ...]] = {
    "ids": ("ids", "id_ignore_missing"),
    "emails": ("emails", "email_ignore_missing", "email_add_duplicates"),
    "per_user_data": ("per_user_data", "id_ignore_missing", "email_ignore_missing", "email_add_duplicates"),
    "data_file_url": ("data_file_url", "id_ignore_missing", "email_ignore_missing", "email_add_duplicates"),
}


def _send(request: object, kind: type[_SendRequest], operation: str, body: str) -> Call[SendMessageResponse]:
    if not isinstance(request, kind):
        raise TypeError(f"request must be a {kind.__name__}, not {type(request).__name__}")
    # The endpoint and its models load with the first send of their kind: an app that sends emails only
    # never imports the other channels' (nor the broadcast and export ones).
    endpoint = _app_endpoint(operation)
    model = build(_app_model(body), request.message, "request")
    # A send is not idempotent: replaying it after the server got it would send the message twice.
    return Call(endpoint._get_kwargs(body=model), Safety.ONCE, parser(endpoint, _app_model("SendMessageResponse")))


def send_email(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/email."""
    return _send(request, SendEmailRequest, "transactional.send_email", "SendEmailRequest")


def send_push(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/push."""
    return _send(request, SendPushRequest, "transactional.send_push", "SendPushRequest")


def send_sms(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/sms."""
    return _send(request, SendSMSRequest, "transactional.send_sms", "SendSMSRequest")


def send_whatsapp(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/whatsapp."""
    return _send(request, SendWhatsAppRequest, "transactional.send_whatsapp", "SendWhatsAppRequest")


def send_inbox_message(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/inbox_message."""
    return _send(request, SendInboxMessageRequest, "transactional.send_inbox_message", "SendInboxMessageRequest")


def send_in_app(request: object) -> Call[SendMessageResponse]:
    """POST /v1/send/in_app."""
    return _send(request, SendInAppRequest, "transactional.send_in_app", "SendInAppRequest")


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
    body = build(_app_model("TriggerBroadcastRequest"), payload, "recipients")
    endpoint = _app_endpoint("broadcasts.trigger_broadcast")
    return Call(
        endpoint._get_kwargs(bid, body=body), Safety.ONCE, parser(endpoint, _app_model("TriggerBroadcastResponse"))
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
    body = build(_app_model("CreateCustomersExportRequest"), payload, "filters")
    endpoint = _app_endpoint("exports.create_customers_export")
    # Not replayed after the server may have got it: each replay would start another export.
    return Call(endpoint._get_kwargs(body=body), Safety.ONCE, parser(endpoint, _app_model("ExportResponse")))


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
    body = build(_app_model("CreateDeliveriesExportRequest"), to_json(payload, "options"), "options")
    endpoint = _app_endpoint("exports.create_deliveries_export")
    return Call(endpoint._get_kwargs(body=body), Safety.ONCE, parser(endpoint, _app_model("ExportResponse")))


# ---------------------------------------------------------------- asset uploads

#: The content type of an upload by its file name's extension, as the Node client derives it when the
#: caller names none: exactly the types the Assets API accepts.
ASSET_CONTENT_TYPES: dict[str, str] = {
    "bmp": "image/bmp",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "pdf": "application/pdf",
}


def create_asset(
    data: object, filename: object, content_type: object, name: object, parent_folder_id: object
) -> Call[AssetResponse]:
    """POST /v1/assets/files: a ``multipart/form-data`` upload built by the generated layer.

    The parts are Node's: ``file`` (the file name and a content type), then ``name`` and
    ``parent_folder_id`` when given. The file is streamed: ``bytes`` are not copied, a file object is read
    in chunks as the request is written, from its start (again for a replay), so it must be seekable.
    """
    payload = _upload_payload(data)
    file_name = _upload_filename(filename)
    part_type = _upload_content_type(content_type, file_name)
    fields: dict[str, Any] = {}
    if name is not None:
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not {type(name).__name__}")
        fields["name"] = name
    if parent_folder_id is not None:
        if isinstance(parent_folder_id, bool) or not isinstance(parent_folder_id, int):
            raise TypeError(f"parent_folder_id must be an int, not {type(parent_folder_id).__name__}")
        if parent_folder_id < 0:
            raise ValueError(f"parent_folder_id must be a folder id (0 for the root), not {parent_folder_id}")
        fields["parent_folder_id"] = str(parent_folder_id)  # a form field is text
    endpoint = _app_endpoint("assets.create_asset")
    body = _app_model("CreateAssetRequest")(
        file=File(payload=payload, file_name=file_name, mime_type=part_type), **fields
    )
    # Not replayed after the server may have got it: each replay could create another asset.
    return Call(endpoint._get_kwargs(body=body), Safety.ONCE, typed(endpoint, "AssetResponse"))


def _upload_payload(data: object) -> BinaryIO:
    """The upload's bytes as a stream the multipart body reads in chunks (``bytes`` are not copied)."""
    if data is None:
        raise MissingParamError("data")
    if isinstance(data, bytes):
        return io.BytesIO(data)  # shares the bytes' buffer until written to, which nothing does
    if isinstance(data, (str, io.TextIOBase)):
        raise TypeError("data must be bytes or a file opened in binary mode ('rb'), not text")
    if not callable(getattr(data, "read", None)):
        raise TypeError(f"data must be bytes or a binary file object, not {type(data).__name__}")
    seekable = getattr(data, "seekable", None)
    if not (callable(seekable) and seekable()):
        # The body is rendered again from the file's start for a redirect or a replay after a 429.
        raise TypeError("data must be seekable (a regular file or io.BytesIO), not a pipe or socket stream")
    return data  # type: ignore[return-value]  # a readable, seekable file object


def _upload_filename(filename: object) -> str:
    if filename is None:
        raise MissingParamError("filename")
    if not isinstance(filename, str):
        raise TypeError(f"filename must be a str, not {type(filename).__name__}")
    if not filename.strip():
        raise MissingParamError("filename")
    return filename


def _upload_content_type(content_type: object, filename: str) -> str:
    """The ``file`` part's content type: the caller's, else the one of the file name's extension."""
    if content_type is not None and not isinstance(content_type, str):
        raise TypeError(f"content_type must be a str, not {type(content_type).__name__}")
    if content_type and content_type.strip():  # blank counts as absent, as for Node
        if not content_type.isascii() or not content_type.isprintable():
            # It becomes a header line of the part: a line break would start another header.
            raise ValueError(f"content_type must be printable ASCII, not {content_type!r}")
        return content_type
    _, dot, extension = filename.rpartition(".")
    derived = ASSET_CONTENT_TYPES.get(extension.lower()) if dot else None
    if derived is None:
        # Node would send application/octet-stream here, which the API refuses.
        accepted = ", ".join(sorted(set(ASSET_CONTENT_TYPES.values())))
        raise ValueError(
            f"cannot tell the content type of {filename!r} from its extension: pass content_type "
            f"(the API accepts {accepted})"
        )
    return derived
