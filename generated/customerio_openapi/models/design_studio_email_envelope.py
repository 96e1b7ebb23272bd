from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioEmailEnvelope")


@_attrs_define
class DesignStudioEmailEnvelope:
    """The envelope of a Design Studio email: sender, reply-to, recipient, copies and headers.

    Attributes:
        from_id (int | None | Unset): The sender identity's id (Workspace Settings > Email).
        from_ (str | Unset): The sender address of `from_id` (in answers).
        reply_to_id (int | None | Unset): The reply-to identity's id.
        reply_to (str | Unset): The reply-to address of `reply_to_id` (in answers).
        recipient (str | Unset): The recipient expression; `{{customer.email}}` when not set.
        bcc (str | Unset): A BCC address.
        fake_bcc (bool | Unset): Whether the BCC is a fake BCC (true when not set).
        cc (str | Unset): A CC address.
        headers (list[DesignStudioEmailHeader] | Unset): Custom headers.
    """

    from_id: int | None | Unset = UNSET
    from_: str | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    reply_to: str | Unset = UNSET
    recipient: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    cc: str | Unset = UNSET
    headers: list[DesignStudioEmailHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_id: int | None | Unset
        if isinstance(self.from_id, Unset):
            from_id = UNSET
        else:
            from_id = self.from_id

        from_ = self.from_

        reply_to_id: int | None | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        reply_to = self.reply_to

        recipient = self.recipient

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        cc = self.cc

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if cc is not UNSET:
            field_dict["cc"] = cc
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.from_id = d.pop("from_id", UNSET)

        self.from_ = d.pop("from", UNSET)

        self.reply_to_id = d.pop("reply_to_id", UNSET)

        self.reply_to = d.pop("reply_to", UNSET)

        self.recipient = d.pop("recipient", UNSET)

        self.bcc = d.pop("bcc", UNSET)

        self.fake_bcc = d.pop("fake_bcc", UNSET)

        self.cc = d.pop("cc", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: list[DesignStudioEmailHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = DesignStudioEmailHeader.from_dict(headers_item_data, _owned)

                headers.append(headers_item)

        self.headers = headers

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
    from ..models.design_studio_email_header import DesignStudioEmailHeader
else:
    from . import _Nested

    DesignStudioEmailHeader = _Nested(
        globals(), __package__, "..models.design_studio_email_header", "DesignStudioEmailHeader"
    )
