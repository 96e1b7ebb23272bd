from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A workspace of the account with its usage counts (cached, up to two hours old).

    Example:
        {'id': 131234, 'name': 'Workspace 1', 'messages_sent': 100202, 'billable_messages_sent': 75124, 'people': 25666,
            'object_types': 4, 'objects': 10}

    Attributes:
        id (int): The workspace's id.
        name (str): The workspace's name.
        messages_sent (int | Unset): Messages sent on any channel in the current billing period.
        billable_messages_sent (int | Unset): Emails sent that count for billing in the current period.
        people (int | Unset): How many people the workspace has.
        object_types (int | Unset): How many object types it has.
        objects (int | Unset): How many objects it has.
    """

    id: int
    name: str
    messages_sent: int | Unset = UNSET
    billable_messages_sent: int | Unset = UNSET
    people: int | Unset = UNSET
    object_types: int | Unset = UNSET
    objects: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        messages_sent = self.messages_sent

        billable_messages_sent = self.billable_messages_sent

        people = self.people

        object_types = self.object_types

        objects = self.objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if messages_sent is not UNSET:
            field_dict["messages_sent"] = messages_sent
        if billable_messages_sent is not UNSET:
            field_dict["billable_messages_sent"] = billable_messages_sent
        if people is not UNSET:
            field_dict["people"] = people
        if object_types is not UNSET:
            field_dict["object_types"] = object_types
        if objects is not UNSET:
            field_dict["objects"] = objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.messages_sent = d.pop("messages_sent", UNSET)

        self.billable_messages_sent = d.pop("billable_messages_sent", UNSET)

        self.people = d.pop("people", UNSET)

        self.object_types = d.pop("object_types", UNSET)

        self.objects = d.pop("objects", UNSET)

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
