from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountRegionResponse")


@_attrs_define
class AccountRegionResponse:
    """The region and Track API host for the credentials used.

    Example:
        {'url': 'https://track.customer.io', 'region': 'us', 'environment_id': 3}

    Attributes:
        url (str | Unset): Base URL to use for Track API calls; known values `https://track.customer.io` and
            `https://track-eu.customer.io`.
        region (str | Unset): The account's region; known values `us` and `eu`.
        environment_id (int | Unset): The id of the workspace the credentials grant access to.
    """

    url: str | Unset = UNSET
    region: str | Unset = UNSET
    environment_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        region = self.region

        environment_id = self.environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if region is not UNSET:
            field_dict["region"] = region
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.url = d.pop("url", UNSET)

        self.region = d.pop("region", UNSET)

        self.environment_id = d.pop("environment_id", UNSET)

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
