from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentifyRequest")


@_attrs_define
class IdentifyRequest:
    """Attributes to set on the person: the reserved keys below plus any custom attributes (string, number or boolean
    values; `null` or `""` removes an attribute). Identifiers in the body (`id`, `email`) update the person's
    identifiers (see the operation description). Limits: ≤ 300 attributes per call; attribute names ≤ 150 bytes;
    values ≤ 1000 bytes.

    Example:
        {'email': 'customer@example.com', 'created_at': 1361205308, 'first_name': 'Bob', '_update': True}

    Attributes:
        id (str | Unset): The person's id. Settable when the path names the person by email; changeable when the path
            uses `cio_<cio_id>`. At most 150 bytes.
        email (str | Unset): The person's email address. Needed to send them email.
        anonymous_id (str | Unset): Associates anonymous events bearing this value with the person (if event merging is
            on). Must be unique; not reusable.
        created_at (int | Unset): Unix timestamp (seconds) of when the person was created; needed for time-based
            segments.
        field_timestamp (int | Unset): Unix timestamp (seconds) of the update, to order updates sent in rapid
            succession.
        field_update (bool | Unset): If true, only update an existing person: never create one, even if the identifier
            isn't found (the request then records a *Failed Attribute Change*).
        unsubscribed (bool | Unset): If true, the person is unsubscribed from all messages.
        cio_subscription_preferences (SubscriptionPreferences | Unset): Subscription-center preferences. To change one
            topic without touching others, set the dot-notation attribute `"cio_subscription_preferences.topics.topic_<id>":
            <bool>` instead.  Example: {'topics': {'topic_1': True, 'topic_2': False}}.
        cio_relationships (IdentifyRelationships | Unset): Relationships between the person and objects, added or
            removed by this identify call. Example: {'action': 'add_relationships', 'relationships': [{'identifiers':
            {'object_type_id': '1', 'object_id': 'acme'}, 'relationship_attributes': {'role': 'admin'}}]}.
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    field_timestamp: int | Unset = UNSET
    field_update: bool | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    cio_subscription_preferences: SubscriptionPreferences | Unset = UNSET
    cio_relationships: IdentifyRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        anonymous_id = self.anonymous_id

        created_at = self.created_at

        field_timestamp = self.field_timestamp

        field_update = self.field_update

        unsubscribed = self.unsubscribed

        cio_subscription_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_subscription_preferences, Unset):
            cio_subscription_preferences = self.cio_subscription_preferences.to_dict()

        cio_relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_relationships, Unset):
            cio_relationships = self.cio_relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if field_timestamp is not UNSET:
            field_dict["_timestamp"] = field_timestamp
        if field_update is not UNSET:
            field_dict["_update"] = field_update
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id", UNSET)

        self.email = d.pop("email", UNSET)

        self.anonymous_id = d.pop("anonymous_id", UNSET)

        self.created_at = d.pop("created_at", UNSET)

        self.field_timestamp = d.pop("_timestamp", UNSET)

        self.field_update = d.pop("_update", UNSET)

        self.unsubscribed = d.pop("unsubscribed", UNSET)

        _cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        cio_subscription_preferences: SubscriptionPreferences | Unset
        if isinstance(_cio_subscription_preferences, Unset):
            cio_subscription_preferences = UNSET
        else:
            cio_subscription_preferences = SubscriptionPreferences.from_dict(
                _cio_subscription_preferences, _owned
            )

        self.cio_subscription_preferences = cio_subscription_preferences

        _cio_relationships = d.pop("cio_relationships", UNSET)
        cio_relationships: IdentifyRelationships | Unset
        if isinstance(_cio_relationships, Unset):
            cio_relationships = UNSET
        else:
            cio_relationships = IdentifyRelationships.from_dict(_cio_relationships, _owned)

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
    from ..models.identify_relationships import IdentifyRelationships
    from ..models.subscription_preferences import SubscriptionPreferences
else:
    from . import _Nested

    IdentifyRelationships = _Nested(
        globals(), __package__, "..models.identify_relationships", "IdentifyRelationships"
    )
    SubscriptionPreferences = _Nested(
        globals(), __package__, "..models.subscription_preferences", "SubscriptionPreferences"
    )
