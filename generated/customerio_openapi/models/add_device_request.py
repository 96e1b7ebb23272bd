from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddDeviceRequest")


@_attrs_define
class AddDeviceRequest:
    """The device to add or update.

    Example:
        {'device': {'id': 'a83b219c-e756-4c5b-a8e3-d1a5c5b2f3c1', 'platform': 'android'}}

    Attributes:
        device (Device): A push device (v1 shape; v2 operations use `V2Device`, keyed by `token`). Example: {'id':
            'a83b219c-e756-4c5b-a8e3-d1a5c5b2f3c1', 'platform': 'ios', 'last_used': 1713484800}.
    """

    device: Device
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        device = Device.from_dict(d.pop("device"), _owned)

        self.device = device

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
    from ..models.device import Device
else:
    from . import _Nested

    Device = _Nested(globals(), __package__, "..models.device", "Device")
