from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentUsage")


@_attrs_define
class SegmentUsage:
    """What uses a segment, by kind, as lists of ids.

    Attributes:
        campaigns (list[int] | Unset):
        sent_newsletters (list[int] | Unset):
        draft_newsletters (list[int] | Unset):
    """

    campaigns: list[int] | Unset = UNSET
    sent_newsletters: list[int] | Unset = UNSET
    draft_newsletters: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaigns: list[int] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = self.campaigns

        sent_newsletters: list[int] | Unset = UNSET
        if not isinstance(self.sent_newsletters, Unset):
            sent_newsletters = self.sent_newsletters

        draft_newsletters: list[int] | Unset = UNSET
        if not isinstance(self.draft_newsletters, Unset):
            draft_newsletters = self.draft_newsletters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if sent_newsletters is not UNSET:
            field_dict["sent_newsletters"] = sent_newsletters
        if draft_newsletters is not UNSET:
            field_dict["draft_newsletters"] = draft_newsletters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        campaigns = cast(list[int], d.pop("campaigns", UNSET))

        self.campaigns = campaigns

        sent_newsletters = cast(list[int], d.pop("sent_newsletters", UNSET))

        self.sent_newsletters = sent_newsletters

        draft_newsletters = cast(list[int], d.pop("draft_newsletters", UNSET))

        self.draft_newsletters = draft_newsletters

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
