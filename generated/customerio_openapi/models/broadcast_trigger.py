from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastTrigger")


@_attrs_define
class BroadcastTrigger:
    """One time a broadcast was triggered.

    Example:
        {'id': 17, 'broadcast_id': 3, 'created_at': 1735689600, 'processed_at': 1735689612}

    Attributes:
        id (int): The trigger's id.
        broadcast_id (int | Unset): The broadcast it triggered.
        created_at (int | Unset): When it was triggered, in unix seconds.
        processed_at (int | None | Unset): When it was processed, in unix seconds (null until then).
    """

    id: int
    broadcast_id: int | Unset = UNSET
    created_at: int | Unset = UNSET
    processed_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        broadcast_id = self.broadcast_id

        created_at = self.created_at

        processed_at: int | None | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.broadcast_id = d.pop("broadcast_id", UNSET)

        self.created_at = d.pop("created_at", UNSET)

        self.processed_at = d.pop("processed_at", UNSET)

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
