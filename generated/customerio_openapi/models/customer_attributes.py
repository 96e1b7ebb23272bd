from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAttributes")


@_attrs_define
class CustomerAttributes:
    """A person's profile as returned by the App API.

    Attributes:
        id (int | None | str): The person's id; null when the person has none.
        attributes (CustomerAttributesAttributes): All attributes, name to value (values are generally strings).
        identifiers (CustomerAttributesIdentifiers | Unset): The person's identifiers (`id`, `email`, `cio_id`).
        timestamps (CustomerAttributesTimestamps | Unset): Attribute name to the unix time (seconds) it was last set.
        unsubscribed (bool | Unset): Whether the person is globally unsubscribed.
        devices (list[CustomerDevice] | Unset): The person's push devices.
    """

    id: int | None | str
    attributes: CustomerAttributesAttributes
    identifiers: CustomerAttributesIdentifiers | Unset = UNSET
    timestamps: CustomerAttributesTimestamps | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    devices: list[CustomerDevice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str
        id = self.id

        attributes = self.attributes.to_dict()

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        unsubscribed = self.unsubscribed

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "attributes": attributes,
            }
        )
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        _attributes = d.pop("attributes")
        attributes = CustomerAttributesAttributes.__new__(CustomerAttributesAttributes)
        attributes.additional_properties = (
            _attributes if _owned and isinstance(_attributes, dict) else dict(_attributes)
        )

        self.attributes = attributes

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: CustomerAttributesIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = CustomerAttributesIdentifiers.__new__(CustomerAttributesIdentifiers)
            identifiers.additional_properties = (
                _identifiers if _owned and isinstance(_identifiers, dict) else dict(_identifiers)
            )

        self.identifiers = identifiers

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: CustomerAttributesTimestamps | Unset
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = CustomerAttributesTimestamps.__new__(CustomerAttributesTimestamps)
            timestamps.additional_properties = (
                _timestamps if _owned and isinstance(_timestamps, dict) else dict(_timestamps)
            )

        self.timestamps = timestamps

        self.unsubscribed = d.pop("unsubscribed", UNSET)

        _devices = d.pop("devices", UNSET)
        devices: list[CustomerDevice] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = CustomerDevice.from_dict(devices_item_data, _owned)

                devices.append(devices_item)

        self.devices = devices

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
    from ..models.customer_attributes_attributes import CustomerAttributesAttributes
    from ..models.customer_attributes_identifiers import CustomerAttributesIdentifiers
    from ..models.customer_attributes_timestamps import CustomerAttributesTimestamps
    from ..models.customer_device import CustomerDevice
else:
    from . import _Nested

    CustomerAttributesAttributes = _Nested(
        globals(), __package__, "..models.customer_attributes_attributes", "CustomerAttributesAttributes"
    )
    CustomerAttributesIdentifiers = _Nested(
        globals(), __package__, "..models.customer_attributes_identifiers", "CustomerAttributesIdentifiers"
    )
    CustomerAttributesTimestamps = _Nested(
        globals(), __package__, "..models.customer_attributes_timestamps", "CustomerAttributesTimestamps"
    )
    CustomerDevice = _Nested(globals(), __package__, "..models.customer_device", "CustomerDevice")
