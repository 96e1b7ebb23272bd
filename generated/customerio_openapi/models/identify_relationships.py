from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identify_relationships_action import (
    IdentifyRelationshipsAction,
    check_identify_relationships_action,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentifyRelationships")


@_attrs_define
class IdentifyRelationships:
    """Relationships between the person and objects, added or removed by this identify call.

    Example:
        {'action': 'add_relationships', 'relationships': [{'identifiers': {'object_type_id': '1', 'object_id': 'acme'},
            'relationship_attributes': {'role': 'admin'}}]}

    Attributes:
        action (IdentifyRelationshipsAction | Unset): Whether `relationships` are added to or removed from the person.
        relationships (list[Relationship] | Unset):
    """

    action: IdentifyRelationshipsAction | Unset = UNSET
    relationships: list[Relationship] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for relationships_item_data in self.relationships:
                relationships_item = relationships_item_data.to_dict()
                relationships.append(relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _action = d.pop("action", UNSET)
        action: IdentifyRelationshipsAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_identify_relationships_action(_action)

        self.action = action

        _relationships = d.pop("relationships", UNSET)
        relationships: list[Relationship] | Unset = UNSET
        if _relationships is not UNSET:
            relationships = []
            for relationships_item_data in _relationships:
                relationships_item = Relationship.from_dict(relationships_item_data, _owned)

                relationships.append(relationships_item)

        self.relationships = relationships

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
    from ..models.relationship import Relationship
else:
    from . import _Nested

    Relationship = _Nested(globals(), __package__, "..models.relationship", "Relationship")
