from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewsletterResponse")


@_attrs_define
class NewsletterResponse:
    """One newsletter.

    Attributes:
        newsletter (Newsletter): A newsletter (a one-time send to an audience), without its content. Example: {'id':
            128275, 'deduplicate_id': '128275:1484870424', 'name': 'Weekly Product Update', 'type': 'email', 'content_ids':
            [45], 'recipient_segment_ids': [42, 99], 'subscription_topic_id': 5, 'tags': ['Product Updates'], 'sent_at':
            None, 'created': 1481653919, 'updated': 1484870424}.
    """

    newsletter: Newsletter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        newsletter = self.newsletter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newsletter": newsletter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        newsletter = Newsletter.from_dict(d.pop("newsletter"), _owned)

        self.newsletter = newsletter

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
    from ..models.newsletter import Newsletter
else:
    from . import _Nested

    Newsletter = _Nested(globals(), __package__, "..models.newsletter", "Newsletter")
