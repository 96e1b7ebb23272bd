from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v2_device_platform import V2DevicePlatform, check_v2_device_platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Device")


@_attrs_define
class V2Device:
    """A device in a v2 operation. `add_device` needs `token` and `platform`; `delete_device` only `token`.

    Example:
        {'token': 'a83b219c-e756-4c5b-a8e3-d1a5c5b2f3c1', 'platform': 'android'}

    Attributes:
        token (str): The device token (APNs or FCM).
        platform (V2DevicePlatform | Unset): The device/messaging platform.
        last_used (int | Unset): Unix timestamp (seconds) the device was last used; defaults to the request time.
        attributes (DeviceAttributes | Unset): Device attributes, usable in segments and Liquid. Reserved keys (string
            values): `device_os`, `device_model`, `app_version`, `cio_sdk_version`, `device_locale` (IETF tag, e.g. `en-
            MX`), `push_enabled` (`"true"`/`"false"`); any other key is a custom device attribute.  Example: {'device_os':
            'iOS 17.4', 'app_version': '2.3.1', 'push_enabled': 'true'}.
    """

    token: str
    platform: V2DevicePlatform | Unset = UNSET
    last_used: int | Unset = UNSET
    attributes: DeviceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
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
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform
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

        _platform = d.pop("platform", UNSET)
        platform: V2DevicePlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_v2_device_platform(_platform)

        self.platform = platform

        self.last_used = d.pop("last_used", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: DeviceAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DeviceAttributes.__new__(DeviceAttributes)
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
    from ..models.device_attributes import DeviceAttributes
else:
    from . import _Nested

    DeviceAttributes = _Nested(globals(), __package__, "..models.device_attributes", "DeviceAttributes")
