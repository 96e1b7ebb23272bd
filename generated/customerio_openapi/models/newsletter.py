from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Newsletter")


@_attrs_define
class Newsletter:
    """A newsletter (a one-time send to an audience), without its content.

    Example:
        {'id': 128275, 'deduplicate_id': '128275:1484870424', 'name': 'Weekly Product Update', 'type': 'email',
            'content_ids': [45], 'recipient_segment_ids': [42, 99], 'subscription_topic_id': 5, 'tags': ['Product Updates'],
            'sent_at': None, 'created': 1481653919, 'updated': 1484870424}

    Attributes:
        id (int): The newsletter's id.
        name (str): The newsletter's name.
        deduplicate_id (str | Unset): The id and the unix time of its last change, `id:time`.
        type_ (str | Unset): The channel: `email`, `twilio` (SMS), `push`, `in_app`, `webhook` or `inbox`.
        content_ids (list[int] | Unset): Its contents: one per language and A/B test variant.
        recipient_segment_ids (list[int] | Unset): The segments in its audience, if any.
        subscription_topic_id (int | None | Unset): The subscription topic it respects, if the workspace has a
            subscription center.
        tags (list[str] | None | Unset): The newsletter's tags.
        sent_at (int | None | Unset): When it was last sent, in unix seconds (null if never).
        created (int | Unset): When it was created, in unix seconds.
        updated (int | Unset): When it last changed, in unix seconds.
    """

    id: int
    name: str
    deduplicate_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    content_ids: list[int] | Unset = UNSET
    recipient_segment_ids: list[int] | Unset = UNSET
    subscription_topic_id: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    sent_at: int | None | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        deduplicate_id = self.deduplicate_id

        type_ = self.type_

        content_ids: list[int] | Unset = UNSET
        if not isinstance(self.content_ids, Unset):
            content_ids = self.content_ids

        recipient_segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.recipient_segment_ids, Unset):
            recipient_segment_ids = self.recipient_segment_ids

        subscription_topic_id: int | None | Unset
        if isinstance(self.subscription_topic_id, Unset):
            subscription_topic_id = UNSET
        else:
            subscription_topic_id = self.subscription_topic_id

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        sent_at: int | None | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = self.sent_at

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content_ids is not UNSET:
            field_dict["content_ids"] = content_ids
        if recipient_segment_ids is not UNSET:
            field_dict["recipient_segment_ids"] = recipient_segment_ids
        if subscription_topic_id is not UNSET:
            field_dict["subscription_topic_id"] = subscription_topic_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.deduplicate_id = d.pop("deduplicate_id", UNSET)

        self.type_ = d.pop("type", UNSET)

        content_ids = cast(list[int], d.pop("content_ids", UNSET))

        self.content_ids = content_ids

        recipient_segment_ids = cast(list[int], d.pop("recipient_segment_ids", UNSET))

        self.recipient_segment_ids = recipient_segment_ids

        self.subscription_topic_id = d.pop("subscription_topic_id", UNSET)

        def _parse_tags(data: object, _owned: bool = False) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        self.tags = tags

        self.sent_at = d.pop("sent_at", UNSET)

        self.created = d.pop("created", UNSET)

        self.updated = d.pop("updated", UNSET)

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
