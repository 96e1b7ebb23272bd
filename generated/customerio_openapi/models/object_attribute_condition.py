from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.object_attribute_condition_operator import (
    ObjectAttributeConditionOperator,
    check_object_attribute_condition_operator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectAttributeCondition")


@_attrs_define
class ObjectAttributeCondition:
    """Matches objects by one of their attributes.

    Attributes:
        field (str): Attribute name.
        operator (ObjectAttributeConditionOperator): `eq`: the attribute equals `value`; `exists`: the attribute is set
            (no `value`).
        type_id (int): The object type the attribute belongs to (the API requires it).
        value (bool | float | str | Unset): Value to compare with (for `eq`).
    """

    field: str
    operator: ObjectAttributeConditionOperator
    type_id: int
    value: bool | float | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator: str = self.operator

        type_id = self.type_id

        value: bool | float | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "type_id": type_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.field = d.pop("field")

        operator = check_object_attribute_condition_operator(d.pop("operator"))

        self.operator = operator

        self.type_id = d.pop("type_id")

        self.value = d.pop("value", UNSET)

        return self
