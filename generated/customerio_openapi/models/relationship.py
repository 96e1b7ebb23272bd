from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """One relationship. From a person's side (v1 identify, v2 `type: person`) `identifiers` names an object
    (`object_type_id` + `object_id`, or `cio_object_id`); from an object's side (v2 `type: object`) it names a
    person (`id`, `email` or `cio_id`, or `anonymous_id` for `identify_anonymous`).

    Example:
        {'identifiers': {'object_type_id': '1', 'object_id': 'acme'}, 'relationship_attributes': {'role': 'admin'}}

    Attributes:
        identifiers (EntityIdentifiers | Unset): Identifies a person, an object or a delivery. Use exactly one form: a
            person — one of `id`, `email`, `phone` (v2 only, E.164, when enabled) or `cio_id`; an object — `object_type_id`
            and `object_id` together, or `cio_object_id`; an anonymous person (relationships of `identify_anonymous`) —
            `anonymous_id`; a delivery (`type: delivery`) — `id` holding the delivery id. Object ids are ≤ 150 bytes.
            Example: {'object_type_id': '1', 'object_id': 'acme'}.
        relationship_attributes (RelationshipRelationshipAttributes | Unset): Attributes of the relationship; `null` or
            `""` removes one.
    """

    identifiers: EntityIdentifiers | Unset = UNSET
    relationship_attributes: RelationshipRelationshipAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        relationship_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship_attributes, Unset):
            relationship_attributes = self.relationship_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if relationship_attributes is not UNSET:
            field_dict["relationship_attributes"] = relationship_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _identifiers = d.pop("identifiers", UNSET)
        identifiers: EntityIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = EntityIdentifiers.from_dict(_identifiers, _owned)

        self.identifiers = identifiers

        _relationship_attributes = d.pop("relationship_attributes", UNSET)
        relationship_attributes: RelationshipRelationshipAttributes | Unset
        if isinstance(_relationship_attributes, Unset):
            relationship_attributes = UNSET
        else:
            relationship_attributes = RelationshipRelationshipAttributes.__new__(
                RelationshipRelationshipAttributes
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
    from ..models.entity_identifiers import EntityIdentifiers
    from ..models.relationship_relationship_attributes import (
        RelationshipRelationshipAttributes,
    )
else:
    from . import _Nested

    EntityIdentifiers = _Nested(globals(), __package__, "..models.entity_identifiers", "EntityIdentifiers")
    RelationshipRelationshipAttributes = _Nested(
        globals(),
        __package__,
        "..models.relationship_relationship_attributes",
        "RelationshipRelationshipAttributes",
    )
