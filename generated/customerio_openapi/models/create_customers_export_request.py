from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomersExportRequest")


@_attrs_define
class CreateCustomersExportRequest:
    """
    Attributes:
        filters (ExportFilter): An audience filter. Exactly one key per object: a compound (`and`, `or`, `not`, nesting
            further filters to any depth) or a condition (`segment`, `attribute`).
        attributes (list[str] | Unset): Attribute names to add as extra columns.
    """

    filters: ExportFilter
    attributes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = self.filters.to_dict()

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        filters = ExportFilter.from_dict(d.pop("filters"), _owned)

        self.filters = filters

        attributes = cast(list[str], d.pop("attributes", UNSET))

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
    from ..models.export_filter import ExportFilter
else:
    from . import _Nested

    ExportFilter = _Nested(globals(), __package__, "..models.export_filter", "ExportFilter")
