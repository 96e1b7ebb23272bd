from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectFilter")


@_attrs_define
class ObjectFilter:
    """An object filter. Exactly one key per object: a compound (`and`, `or`, `not`, nesting further filters to any
    depth) or an `object_attribute` condition.

    Attributes:
        and_ (list[ObjectFilter] | Unset): Matches objects that match every filter in the list.
        or_ (list[ObjectFilter] | Unset): Matches objects that match at least one filter in the list.
        not_ (ObjectFilter | Unset): An object filter. Exactly one key per object: a compound (`and`, `or`, `not`,
            nesting further filters to any depth) or an `object_attribute` condition.
        object_attribute (ObjectAttributeCondition | Unset): Matches objects by one of their attributes.
    """

    and_: list[ObjectFilter] | Unset = UNSET
    or_: list[ObjectFilter] | Unset = UNSET
    not_: ObjectFilter | Unset = UNSET
    object_attribute: ObjectAttributeCondition | Unset = UNSET

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

        object_attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_attribute, Unset):
            object_attribute = self.object_attribute.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_
        if or_ is not UNSET:
            field_dict["or"] = or_
        if not_ is not UNSET:
            field_dict["not"] = not_
        if object_attribute is not UNSET:
            field_dict["object_attribute"] = object_attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _and_ = d.pop("and", UNSET)
        and_: list[ObjectFilter] | Unset = UNSET
        if _and_ is not UNSET:
            and_ = []
            for and_item_data in _and_:
                and_item = ObjectFilter.from_dict(and_item_data, _owned)

                and_.append(and_item)

        self.and_ = and_

        _or_ = d.pop("or", UNSET)
        or_: list[ObjectFilter] | Unset = UNSET
        if _or_ is not UNSET:
            or_ = []
            for or_item_data in _or_:
                or_item = ObjectFilter.from_dict(or_item_data, _owned)

                or_.append(or_item)

        self.or_ = or_

        _not_ = d.pop("not", UNSET)
        not_: ObjectFilter | Unset
        if isinstance(_not_, Unset):
            not_ = UNSET
        else:
            not_ = ObjectFilter.from_dict(_not_, _owned)

        self.not_ = not_

        _object_attribute = d.pop("object_attribute", UNSET)
        object_attribute: ObjectAttributeCondition | Unset
        if isinstance(_object_attribute, Unset):
            object_attribute = UNSET
        else:
            object_attribute = ObjectAttributeCondition.from_dict(_object_attribute, _owned)

        self.object_attribute = object_attribute

        return self


if TYPE_CHECKING:
    from ..models.object_attribute_condition import ObjectAttributeCondition
else:
    from . import _Nested

    ObjectAttributeCondition = _Nested(
        globals(), __package__, "..models.object_attribute_condition", "ObjectAttributeCondition"
    )
