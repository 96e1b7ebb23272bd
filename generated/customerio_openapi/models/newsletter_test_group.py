from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterTestGroup")


@_attrs_define
class NewsletterTestGroup:
    """One A/B test group of a newsletter and its contents (one per language).

    Example:
        {'id': 0, 'name': 'A', 'label': 'test 1', 'winner': False, 'content_ids': [25, 26]}

    Attributes:
        id (int | str): The test group's id (give it as text to the test group calls).
        name (str | Unset): The group's name (`A`, `B`...).
        label (str | Unset): The group's label.
        winner (bool | Unset): Whether this group won the test.
        content_ids (list[int] | Unset): The group's contents.
    """

    id: int | str
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    winner: bool | Unset = UNSET
    content_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        label = self.label

        winner = self.winner

        content_ids: list[int] | Unset = UNSET
        if not isinstance(self.content_ids, Unset):
            content_ids = self.content_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if winner is not UNSET:
            field_dict["winner"] = winner
        if content_ids is not UNSET:
            field_dict["content_ids"] = content_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name", UNSET)

        self.label = d.pop("label", UNSET)

        self.winner = d.pop("winner", UNSET)

        content_ids = cast(list[int], d.pop("content_ids", UNSET))

        self.content_ids = content_ids

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
