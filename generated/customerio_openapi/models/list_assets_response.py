from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListAssetsResponse")


@_attrs_define
class ListAssetsResponse:
    """One page of assets.

    Attributes:
        assets (list[Asset]):
        meta (DesignListMeta | Unset): The page and the filters of a Design Studio or asset list.
    """

    assets: list[Asset]
    meta: DesignListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = Asset.from_dict(assets_item_data, _owned)

            assets.append(assets_item)

        self.assets = assets

        _meta = d.pop("meta", UNSET)
        meta: DesignListMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DesignListMeta.from_dict(_meta, _owned)

        self.meta = meta

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
    from ..models.design_list_meta import DesignListMeta
else:
    from . import _Nested

    Asset = _Nested(globals(), __package__, "..models.asset", "Asset")
    DesignListMeta = _Nested(globals(), __package__, "..models.design_list_meta", "DesignListMeta")
