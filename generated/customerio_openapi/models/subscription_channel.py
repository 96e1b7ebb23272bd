from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionChannel")


@_attrs_define
class SubscriptionChannel:
    """A channel people can subscribe to or unsubscribe from in the subscription center.

    Attributes:
        id (int): The channel's id.
        type_ (str): The channel: `email`, `sms`, `push`...
        name (str | Unset):
        description (None | str | Unset):
        subscribed_by_default (bool | Unset): Whether people are subscribed until they opt out.
    """

    id: int
    type_: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    subscribed_by_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        subscribed_by_default = self.subscribed_by_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if subscribed_by_default is not UNSET:
            field_dict["subscribed_by_default"] = subscribed_by_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.type_ = d.pop("type")

        self.name = d.pop("name", UNSET)

        self.description = d.pop("description", UNSET)

        self.subscribed_by_default = d.pop("subscribed_by_default", UNSET)

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
