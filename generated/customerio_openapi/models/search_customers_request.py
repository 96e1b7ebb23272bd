from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchCustomersRequest")


@_attrs_define
class SearchCustomersRequest:
    """The body of a people search: `{"filter": {...}}`.

    Attributes:
        filter_ (ExportFilter): An audience filter. Exactly one key per object: a compound (`and`, `or`, `not`, nesting
            further filters to any depth) or a condition (`segment`, `attribute`).
    """

    filter_: ExportFilter

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        filter_ = ExportFilter.from_dict(d.pop("filter"), _owned)

        self.filter_ = filter_

        return self


if TYPE_CHECKING:
    from ..models.export_filter import ExportFilter
else:
    from . import _Nested

    ExportFilter = _Nested(globals(), __package__, "..models.export_filter", "ExportFilter")
