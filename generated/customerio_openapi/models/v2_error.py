from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Error")


@_attrs_define
class V2Error:
    """
    Attributes:
        batch_index (int | Unset): Index of the failed operation in a batch request.
        reason (str | Unset):
        field (str | Unset):
        message (str | Unset):
    """

    batch_index: int | Unset = UNSET
    reason: str | Unset = UNSET
    field: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_index = self.batch_index

        reason = self.reason

        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_index is not UNSET:
            field_dict["batch_index"] = batch_index
        if reason is not UNSET:
            field_dict["reason"] = reason
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.batch_index = d.pop("batch_index", UNSET)

        self.reason = d.pop("reason", UNSET)

        self.field = d.pop("field", UNSET)

        self.message = d.pop("message", UNSET)

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
