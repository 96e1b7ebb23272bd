from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushEventRecipient")


@_attrs_define
class PushEventRecipient:
    """A device a push notification went to.

    Attributes:
        device_id (str): The device token.
        device_platform (str | Unset): `ios` or `android`.
        failure_message (str | Unset): Why the notification failed for this device, if it did.
    """

    device_id: str
    device_platform: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        device_platform = self.device_platform

        failure_message = self.failure_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
            }
        )
        if device_platform is not UNSET:
            field_dict["device_platform"] = device_platform
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.device_id = d.pop("device_id")

        self.device_platform = d.pop("device_platform", UNSET)

        self.failure_message = d.pop("failure_message", UNSET)

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
