from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignListMeta")


@_attrs_define
class DesignListMeta:
    """The page and the filters of a Design Studio or asset list.

    Attributes:
        pagination (DesignPagination | Unset): Where a page of a Design Studio or asset list stands.
        filters (DesignListMetaFilters | Unset): The filters the API applied, by query parameter name.
    """

    pagination: DesignPagination | Unset = UNSET
    filters: DesignListMetaFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _pagination = d.pop("pagination", UNSET)
        pagination: DesignPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = DesignPagination.from_dict(_pagination, _owned)

        self.pagination = pagination

        _filters = d.pop("filters", UNSET)
        filters: DesignListMetaFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = DesignListMetaFilters.__new__(DesignListMetaFilters)
            filters.additional_properties = (
                _filters if _owned and isinstance(_filters, dict) else dict(_filters)
            )

        self.filters = filters

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
    from ..models.design_list_meta_filters import DesignListMetaFilters
    from ..models.design_pagination import DesignPagination
else:
    from . import _Nested

    DesignListMetaFilters = _Nested(
        globals(), __package__, "..models.design_list_meta_filters", "DesignListMetaFilters"
    )
    DesignPagination = _Nested(globals(), __package__, "..models.design_pagination", "DesignPagination")
