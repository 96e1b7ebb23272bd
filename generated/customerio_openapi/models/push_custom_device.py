from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushCustomDevice")


@_attrs_define
class PushCustomDevice:
    """A device to send to instead of the devices on the person's profile (for example one not registered yet).

    Attributes:
        token (str): The device token.
        platform (str): The device platform: `ios` or `android`.
        last_used (int | Unset): Unix time (seconds) the device was last used.
        attributes (PushCustomDeviceAttributes | Unset): Device attributes (string values).
    """

    token: str
    platform: str
    last_used: int | Unset = UNSET
    attributes: PushCustomDeviceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        platform = self.platform

        last_used = self.last_used

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "platform": platform,
            }
        )
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.token = d.pop("token")

        self.platform = d.pop("platform")

        self.last_used = d.pop("last_used", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: PushCustomDeviceAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = PushCustomDeviceAttributes.__new__(PushCustomDeviceAttributes)
            attributes.additional_properties = (
                _attributes if _owned and isinstance(_attributes, dict) else dict(_attributes)
            )

        self.attributes = attributes

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
    from ..models.push_custom_device_attributes import PushCustomDeviceAttributes
else:
    from . import _Nested

    PushCustomDeviceAttributes = _Nested(
        globals(), __package__, "..models.push_custom_device_attributes", "PushCustomDeviceAttributes"
    )
