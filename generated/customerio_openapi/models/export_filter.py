from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportFilter")


@_attrs_define
class ExportFilter:
    """An audience filter. Exactly one key per object: a compound (`and`, `or`, `not`, nesting further filters to any
    depth) or a condition (`segment`, `attribute`).

    Attributes:
        and_ (list[ExportFilter] | Unset): Matches people who match every filter in the list.
        or_ (list[ExportFilter] | Unset): Matches people who match at least one filter in the list.
        not_ (ExportFilter | Unset): An audience filter. Exactly one key per object: a compound (`and`, `or`, `not`,
            nesting further filters to any depth) or a condition (`segment`, `attribute`).
        segment (SegmentCondition | Unset): Matches members of a segment.
        attribute (AttributeCondition | Unset): Matches people by an attribute.
    """

    and_: list[ExportFilter] | Unset = UNSET
    or_: list[ExportFilter] | Unset = UNSET
    not_: ExportFilter | Unset = UNSET
    segment: SegmentCondition | Unset = UNSET
    attribute: AttributeCondition | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = []
            for and_item_data in self.and_:
                and_item = and_item_data.to_dict()
                and_.append(and_item)

        or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = []
            for or_item_data in self.or_:
                or_item = or_item_data.to_dict()
                or_.append(or_item)

        not_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.not_, Unset):
            not_ = self.not_.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute, Unset):
            attribute = self.attribute.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_
        if or_ is not UNSET:
            field_dict["or"] = or_
        if not_ is not UNSET:
            field_dict["not"] = not_
        if segment is not UNSET:
            field_dict["segment"] = segment
        if attribute is not UNSET:
            field_dict["attribute"] = attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _and_ = d.pop("and", UNSET)
        and_: list[ExportFilter] | Unset = UNSET
        if _and_ is not UNSET:
            and_ = []
            for and_item_data in _and_:
                and_item = ExportFilter.from_dict(and_item_data, _owned)

                and_.append(and_item)

        self.and_ = and_

        _or_ = d.pop("or", UNSET)
        or_: list[ExportFilter] | Unset = UNSET
        if _or_ is not UNSET:
            or_ = []
            for or_item_data in _or_:
                or_item = ExportFilter.from_dict(or_item_data, _owned)

                or_.append(or_item)

        self.or_ = or_

        _not_ = d.pop("not", UNSET)
        not_: ExportFilter | Unset
        if isinstance(_not_, Unset):
            not_ = UNSET
        else:
            not_ = ExportFilter.from_dict(_not_, _owned)

        self.not_ = not_

        _segment = d.pop("segment", UNSET)
        segment: SegmentCondition | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = SegmentCondition.from_dict(_segment, _owned)

        self.segment = segment

        _attribute = d.pop("attribute", UNSET)
        attribute: AttributeCondition | Unset
        if isinstance(_attribute, Unset):
            attribute = UNSET
        else:
            attribute = AttributeCondition.from_dict(_attribute, _owned)

        self.attribute = attribute

        return self


if TYPE_CHECKING:
    from ..models.attribute_condition import AttributeCondition
    from ..models.segment_condition import SegmentCondition
else:
    from . import _Nested

    AttributeCondition = _Nested(globals(), __package__, "..models.attribute_condition", "AttributeCondition")
    SegmentCondition = _Nested(globals(), __package__, "..models.segment_condition", "SegmentCondition")
