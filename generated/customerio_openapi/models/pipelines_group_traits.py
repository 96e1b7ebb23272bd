from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesGroupTraits")


@_attrs_define
class PipelinesGroupTraits:
    """Traits of a group (an object in Customer.io Journeys; any JSON values). `object_type_id` names the object type
    (a stringified integer; `"1"` when absent); `relationshipAttributes` describe the person's relationship to the
    group.

    Example:
        {'name': 'Acme', 'plan': 'enterprise', 'object_type_id': '1'}

    Attributes:
        object_type_id (str | Unset):
        relationship_attributes (PipelinesGroupTraitsRelationshipAttributes | Unset):
    """

    object_type_id: str | Unset = UNSET
    relationship_attributes: PipelinesGroupTraitsRelationshipAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id = self.object_type_id

        relationship_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship_attributes, Unset):
            relationship_attributes = self.relationship_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if relationship_attributes is not UNSET:
            field_dict["relationshipAttributes"] = relationship_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.object_type_id = d.pop("object_type_id", UNSET)

        _relationship_attributes = d.pop("relationshipAttributes", UNSET)
        relationship_attributes: PipelinesGroupTraitsRelationshipAttributes | Unset
        if isinstance(_relationship_attributes, Unset):
            relationship_attributes = UNSET
        else:
            relationship_attributes = PipelinesGroupTraitsRelationshipAttributes.__new__(
                PipelinesGroupTraitsRelationshipAttributes
            )
            relationship_attributes.additional_properties = (
                _relationship_attributes
                if _owned and isinstance(_relationship_attributes, dict)
                else dict(_relationship_attributes)
            )

        self.relationship_attributes = relationship_attributes

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
    from ..models.pipelines_group_traits_relationship_attributes import (
        PipelinesGroupTraitsRelationshipAttributes,
    )
else:
    from . import _Nested

    PipelinesGroupTraitsRelationshipAttributes = _Nested(
        globals(),
        __package__,
        "..models.pipelines_group_traits_relationship_attributes",
        "PipelinesGroupTraitsRelationshipAttributes",
    )
