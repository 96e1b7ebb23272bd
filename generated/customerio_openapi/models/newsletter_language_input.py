from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterLanguageInput")


@_attrs_define
class NewsletterLanguageInput:
    """A new translation: its `language` and the content for the newsletter's channel (an email's `subject` and
    `body`...). Fields not given are copied, untranslated, from the default message.

    Attributes:
        language (str): The translation's language tag (`es`, `fr`, `pt-BR`...).
        subject (str | Unset): An email's subject line.
        body (str | Unset): The message body (HTML for emails).
        body_amp (str | Unset): The AMP version of an email body.
        body_plain (str | Unset): The plain-text version of an email body.
        preheader_text (str | Unset): An email's preview text.
    """

    language: str
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        subject = self.subject

        body = self.body

        body_amp = self.body_amp

        body_plain = self.body_plain

        preheader_text = self.preheader_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.language = d.pop("language")

        self.subject = d.pop("subject", UNSET)

        self.body = d.pop("body", UNSET)

        self.body_amp = d.pop("body_amp", UNSET)

        self.body_plain = d.pop("body_plain", UNSET)

        self.preheader_text = d.pop("preheader_text", UNSET)

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
