from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListExportsResponse")


@_attrs_define
class ListExportsResponse:
    """
    Attributes:
        exports (list[Export] | None | Unset): The exports; `null` when there are none.
    """

    exports: list[Export] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exports: list[dict[str, Any]] | None | Unset
        if isinstance(self.exports, Unset):
            exports = UNSET
        elif isinstance(self.exports, list):
            exports = []
            for exports_type_0_item_data in self.exports:
                exports_type_0_item = exports_type_0_item_data.to_dict()
                exports.append(exports_type_0_item)

        else:
            exports = self.exports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exports is not UNSET:
            field_dict["exports"] = exports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)

        def _parse_exports(data: object, _owned: bool = False) -> list[Export] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exports_type_0 = []
                _exports_type_0 = data
                for exports_type_0_item_data in _exports_type_0:
                    exports_type_0_item = Export.from_dict(exports_type_0_item_data, _owned)

                    exports_type_0.append(exports_type_0_item)

                return exports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Export] | None | Unset, data)

        exports = _parse_exports(d.pop("exports", UNSET))

        self.exports = exports

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
    from ..models.export import Export
else:
    from . import _Nested

    Export = _Nested(globals(), __package__, "..models.export", "Export")
