from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastPerUserData")


@_attrs_define
class BroadcastPerUserData:
    """One recipient of a broadcast with its own data. Give `id` or `email`.

    Attributes:
        id (int | str | Unset): The person's id.
        email (str | Unset): The person's email address.
        data (BroadcastPerUserDataData | Unset): Liquid data for this person, referenced as `{{trigger.<key>}}`.
    """

    id: int | str | Unset = UNSET
    email: str | Unset = UNSET
    data: BroadcastPerUserDataData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email = self.email

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id", UNSET)

        self.email = d.pop("email", UNSET)

        _data = d.pop("data", UNSET)
        data: BroadcastPerUserDataData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BroadcastPerUserDataData.__new__(BroadcastPerUserDataData)
            data.additional_properties = _data if _owned and isinstance(_data, dict) else dict(_data)

        self.data = data

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
    from ..models.broadcast_per_user_data_data import BroadcastPerUserDataData
else:
    from . import _Nested

    BroadcastPerUserDataData = _Nested(
        globals(), __package__, "..models.broadcast_per_user_data_data", "BroadcastPerUserDataData"
    )
