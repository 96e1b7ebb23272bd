from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FindObjectsRequest")


@_attrs_define
class FindObjectsRequest:
    """The body of an object search: `{"object_type_id": ..., "filter": {...}}`.

    Attributes:
        object_type_id (int | str): The type of the objects to find (sent as given: a number or its text).
        filter_ (ObjectFilter): An object filter. Exactly one key per object: a compound (`and`, `or`, `not`, nesting
            further filters to any depth) or an `object_attribute` condition.
    """

    object_type_id: int | str
    filter_: ObjectFilter

    def to_dict(self) -> dict[str, Any]:
        object_type_id: int | str
        object_type_id = self.object_type_id

        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "object_type_id": object_type_id,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.object_type_id = d.pop("object_type_id")

        filter_ = ObjectFilter.from_dict(d.pop("filter"), _owned)

        self.filter_ = filter_

        return self


if TYPE_CHECKING:
    from ..models.object_filter import ObjectFilter
else:
    from . import _Nested

    ObjectFilter = _Nested(globals(), __package__, "..models.object_filter", "ObjectFilter")
