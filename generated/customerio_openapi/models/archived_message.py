from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArchivedMessage")


@_attrs_define
class ArchivedMessage:
    """The archived copy of a delivery: what was sent, as it was rendered. Which keys are present depends on the
    channel (an email's `subject` and `body`, a webhook's `url`, `request_method` and `headers`...).

    Attributes:
        id (str | Unset): The delivery's id.
        recipient (None | str | Unset): The address it went to.
        subject (None | str | Unset):
        body (None | str | Unset): The body as sent (HTML for an email).
        body_plain (None | str | Unset): An email's plain-text body.
        from_ (None | str | Unset):
        reply_to (None | str | Unset):
        bcc (None | str | Unset):
        preheader_text (None | str | Unset):
        url (None | str | Unset): A webhook's address.
        request_method (None | str | Unset): A webhook's HTTP method.
        headers (list[ArchivedMessageHeadersType0Item] | None | Unset): Headers sent with it, one `{name: value}` object
            each.
        forgotten (bool | Unset): Whether the content was forgotten (deleted) at the recipient's request.
    """

    id: str | Unset = UNSET
    recipient: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    body_plain: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    bcc: None | str | Unset = UNSET
    preheader_text: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    request_method: None | str | Unset = UNSET
    headers: list[ArchivedMessageHeadersType0Item] | None | Unset = UNSET
    forgotten: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        body_plain: None | str | Unset
        if isinstance(self.body_plain, Unset):
            body_plain = UNSET
        else:
            body_plain = self.body_plain

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        bcc: None | str | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        else:
            bcc = self.bcc

        preheader_text: None | str | Unset
        if isinstance(self.preheader_text, Unset):
            preheader_text = UNSET
        else:
            preheader_text = self.preheader_text

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        request_method: None | str | Unset
        if isinstance(self.request_method, Unset):
            request_method = UNSET
        else:
            request_method = self.request_method

        headers: list[dict[str, Any]] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, list):
            headers = []
            for headers_type_0_item_data in self.headers:
                headers_type_0_item = headers_type_0_item_data.to_dict()
                headers.append(headers_type_0_item)

        else:
            headers = self.headers

        forgotten = self.forgotten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if url is not UNSET:
            field_dict["url"] = url
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if headers is not UNSET:
            field_dict["headers"] = headers
        if forgotten is not UNSET:
            field_dict["forgotten"] = forgotten

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id", UNSET)

        self.recipient = d.pop("recipient", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.body = d.pop("body", UNSET)

        self.body_plain = d.pop("body_plain", UNSET)

        self.from_ = d.pop("from", UNSET)

        self.reply_to = d.pop("reply_to", UNSET)

        self.bcc = d.pop("bcc", UNSET)

        self.preheader_text = d.pop("preheader_text", UNSET)

        self.url = d.pop("url", UNSET)

        self.request_method = d.pop("request_method", UNSET)

        def _parse_headers(
            data: object, _owned: bool = False
        ) -> list[ArchivedMessageHeadersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                headers_type_0 = []
                _headers_type_0 = data
                for headers_type_0_item_data in _headers_type_0:
                    _headers_type_0_item = headers_type_0_item_data
                    headers_type_0_item = ArchivedMessageHeadersType0Item.__new__(
                        ArchivedMessageHeadersType0Item
                    )
                    headers_type_0_item.additional_properties = (
                        _headers_type_0_item
                        if _owned and isinstance(_headers_type_0_item, dict)
                        else dict(_headers_type_0_item)
                    )

                    headers_type_0.append(headers_type_0_item)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ArchivedMessageHeadersType0Item] | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        self.headers = headers

        self.forgotten = d.pop("forgotten", UNSET)

        self.additional_properties = d
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if TYPE_CHECKING:
    from ..models.archived_message_headers_type_0_item import (
        ArchivedMessageHeadersType0Item,
    )
else:
    from . import _Nested

    ArchivedMessageHeadersType0Item = _Nested(
        globals(),
        __package__,
        "..models.archived_message_headers_type_0_item",
        "ArchivedMessageHeadersType0Item",
    )
