from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v2_operation_action import V2OperationAction, check_v2_operation_action
from ..models.v2_operation_type import V2OperationType, check_v2_operation_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Operation")


@_attrs_define
class V2Operation:
    """One Track v2 operation: the body of `entity` and each item of `batch`. Size ≤ 32 KB. `type` and `action` are
    always required; the other fields depend on the combination:  | type | action | also required | optional | | --
    | -- | -- | -- | | person | identify | identifiers | attributes, timestamp, cio_relationships | | person |
    delete, suppress, unsuppress | identifiers | | | person | event, page, screen | identifiers, name | id,
    timestamp, attributes (event data) | | person | add_relationships, delete_relationships | identifiers,
    cio_relationships | | | person | add_device | identifiers, device (token, platform) | | | person | delete_device
    | identifiers, device (token) | | | person | merge | primary, secondary | | | object | identify,
    identify_anonymous | identifiers | attributes, cio_relationships | | object | delete | identifiers | | | object
    | add_relationships, delete_relationships | identifiers, cio_relationships | | | delivery | event | identifiers
    (`id` = delivery id), name (opened/converted/delivered), attributes (device_token) | |  Person `identifiers`
    take exactly one of `id`, `email`, `phone`, `cio_id`; object `identifiers` take `object_type_id` + `object_id`
    or `cio_object_id`. A person's relationships name objects; an object's relationships name people. Person
    attributes follow the v1 limits (≤ 300 attributes, names ≤ 150 bytes, values ≤ 1000 bytes); `attributes._update:
    true` only updates existing people.

    Attributes:
        type_ (V2OperationType): The kind of entity the operation acts on.
        action (V2OperationAction): What to do; valid values depend on `type` (see the table above).
        identifiers (EntityIdentifiers | Unset): Identifies a person, an object or a delivery. Use exactly one form: a
            person — one of `id`, `email`, `phone` (v2 only, E.164, when enabled) or `cio_id`; an object — `object_type_id`
            and `object_id` together, or `cio_object_id`; an anonymous person (relationships of `identify_anonymous`) —
            `anonymous_id`; a delivery (`type: delivery`) — `id` holding the delivery id. Object ids are ≤ 150 bytes.
            Example: {'object_type_id': '1', 'object_id': 'acme'}.
        attributes (V2OperationAttributes | Unset): Person/object attributes (identify) or event data (event, page,
            screen; `recipient`, `from_address`, `reply_to` are reserved there). For delivery events: `{device_token: ...}`.
        name (str | Unset): Event name (person events), page URL, screen name, or metric for delivery events.
        id (str | Unset): A ULID to deduplicate person events.
        timestamp (int | Unset): Unix timestamp (seconds) of the event or attribute update.
        device (V2Device | Unset): A device in a v2 operation. `add_device` needs `token` and `platform`;
            `delete_device` only `token`.  Example: {'token': 'a83b219c-e756-4c5b-a8e3-d1a5c5b2f3c1', 'platform':
            'android'}.
        primary (PersonIdentifier | Unset): A person named by exactly one of `id`, `email` or `cio_id`. Example:
            {'email': 'cool.person@company.com'}.
        secondary (PersonIdentifier | Unset): A person named by exactly one of `id`, `email` or `cio_id`. Example:
            {'email': 'cool.person@company.com'}.
        cio_relationships (list[Relationship] | Unset): Relationships to add or remove (or to set while identifying).
    """

    type_: V2OperationType
    action: V2OperationAction
    identifiers: EntityIdentifiers | Unset = UNSET
    attributes: V2OperationAttributes | Unset = UNSET
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    device: V2Device | Unset = UNSET
    primary: PersonIdentifier | Unset = UNSET
    secondary: PersonIdentifier | Unset = UNSET
    cio_relationships: list[Relationship] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        name = self.name

        id = self.id

        timestamp = self.timestamp

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary, Unset):
            primary = self.primary.to_dict()

        secondary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary, Unset):
            secondary = self.secondary.to_dict()

        cio_relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cio_relationships, Unset):
            cio_relationships = []
            for cio_relationships_item_data in self.cio_relationships:
                cio_relationships_item = cio_relationships_item_data.to_dict()
                cio_relationships.append(cio_relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
            }
        )
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if device is not UNSET:
            field_dict["device"] = device
        if primary is not UNSET:
            field_dict["primary"] = primary
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        type_ = check_v2_operation_type(d.pop("type"))

        self.type_ = type_

        action = check_v2_operation_action(d.pop("action"))

        self.action = action

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: EntityIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = EntityIdentifiers.from_dict(_identifiers, _owned)

        self.identifiers = identifiers

        _attributes = d.pop("attributes", UNSET)
        attributes: V2OperationAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = V2OperationAttributes.__new__(V2OperationAttributes)
            attributes.additional_properties = (
                _attributes if _owned and isinstance(_attributes, dict) else dict(_attributes)
            )

        self.attributes = attributes

        self.name = d.pop("name", UNSET)

        self.id = d.pop("id", UNSET)

        self.timestamp = d.pop("timestamp", UNSET)

        _device = d.pop("device", UNSET)
        device: V2Device | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = V2Device.from_dict(_device, _owned)

        self.device = device

        _primary = d.pop("primary", UNSET)
        primary: PersonIdentifier | Unset
        if isinstance(_primary, Unset):
            primary = UNSET
        else:
            primary = PersonIdentifier.from_dict(_primary, _owned)

        self.primary = primary

        _secondary = d.pop("secondary", UNSET)
        secondary: PersonIdentifier | Unset
        if isinstance(_secondary, Unset):
            secondary = UNSET
        else:
            secondary = PersonIdentifier.from_dict(_secondary, _owned)

        self.secondary = secondary

        _cio_relationships = d.pop("cio_relationships", UNSET)
        cio_relationships: list[Relationship] | Unset = UNSET
        if _cio_relationships is not UNSET:
            cio_relationships = []
            for cio_relationships_item_data in _cio_relationships:
                cio_relationships_item = Relationship.from_dict(cio_relationships_item_data, _owned)

                cio_relationships.append(cio_relationships_item)

        self.cio_relationships = cio_relationships

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
    from ..models.person_identifier import PersonIdentifier
    from ..models.relationship import Relationship
    from ..models.v2_device import V2Device
    from ..models.v2_operation_attributes import V2OperationAttributes
else:
    from . import _Nested

    EntityIdentifiers = _Nested(globals(), __package__, "..models.entity_identifiers", "EntityIdentifiers")
    PersonIdentifier = _Nested(globals(), __package__, "..models.person_identifier", "PersonIdentifier")
    Relationship = _Nested(globals(), __package__, "..models.relationship", "Relationship")
    V2Device = _Nested(globals(), __package__, "..models.v2_device", "V2Device")
    V2OperationAttributes = _Nested(
        globals(), __package__, "..models.v2_operation_attributes", "V2OperationAttributes"
    )
