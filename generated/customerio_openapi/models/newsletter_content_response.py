from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewsletterContentResponse")


@_attrs_define
class NewsletterContentResponse:
    """One content of a newsletter.

    Attributes:
        content (NewsletterContent): One content of a newsletter: its default message, a translation (`language`) or an
            A/B test variant. Which fields are present depends on the channel.  Example: {'id': 45, 'newsletter_id': 128275,
            'deduplicate_id': '45:1484870424', 'name': 'Variant A', 'type': 'email', 'language': '', 'body': '<h1>Product
            updates</h1><p>Here is what we shipped this week.</p>', 'subject': "What's new this week", 'preheader_text':
            'Three new features', 'from': 'updates@example.com', 'from_id': 1, 'reply_to': None, 'reply_to_id': None,
            'recipient': '{{customer.email}}'}.
    """

    content: NewsletterContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        content = NewsletterContent.from_dict(d.pop("content"), _owned)

        self.content = content

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
    from ..models.newsletter_content import NewsletterContent
else:
    from . import _Nested

    NewsletterContent = _Nested(globals(), __package__, "..models.newsletter_content", "NewsletterContent")
