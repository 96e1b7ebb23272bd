from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetResponse")


@_attrs_define
class AssetResponse:
    """One asset.

    Attributes:
        asset (Asset): A file asset (an image or a PDF) hosted by Customer.io for use in messages. Example: {'id': 4821,
            'name': 'spring-banner.png', 'parent_folder_id': 12, 'path': 'https://userimg-
            assets.customeriomail.com/images/client-env-1/spring-banner.png', 'size': 48213, 'created': 1773856017,
            'updated': 1773856017}.
    """

    asset: Asset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        asset = Asset.from_dict(d.pop("asset"), _owned)

        self.asset = asset

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
    from ..models.asset import Asset
else:
    from . import _Nested

    Asset = _Nested(globals(), __package__, "..models.asset", "Asset")
