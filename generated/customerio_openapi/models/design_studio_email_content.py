from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioEmailContent")


@_attrs_define
class DesignStudioEmailContent:
    """The content of a Design Studio email.

    Attributes:
        subject (str | Unset): The subject line.
        preheader_text (str | Unset): The preview text.
        html (str | Unset): The HTML body.
        amp (str | Unset): The AMP HTML body.
        text (str | Unset): The plain text body.
    """

    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    html: str | Unset = UNSET
    amp: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        preheader_text = self.preheader_text

        html = self.html

        amp = self.amp

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if html is not UNSET:
            field_dict["html"] = html
        if amp is not UNSET:
            field_dict["amp"] = amp
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.subject = d.pop("subject", UNSET)

        self.preheader_text = d.pop("preheader_text", UNSET)

        self.html = d.pop("html", UNSET)

        self.amp = d.pop("amp", UNSET)

        self.text = d.pop("text", UNSET)

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
