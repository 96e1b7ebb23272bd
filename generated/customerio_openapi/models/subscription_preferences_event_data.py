from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPreferencesEventData")


@_attrs_define
class SubscriptionPreferencesEventData:
    """The person whose subscription preferences changed, and the message they changed them from, if any (its
    `delivery_id` and campaign, broadcast or newsletter ids).

    Attributes:
        identifiers (EventIdentifiers): The person an event is about: `id` always (null when they have none), `email`
            and `cio_id` where the workspace uses them.
        email_address (None | str): The person's email address.
        customer_id (None | str | Unset): The person's id (deprecated: read `identifiers`).
        content (str | Unset): The preferences as changed, as JSON text (`{"topics":{"topic_1":true}}`), when the
            webhook sends content.
        delivery_id (str | Unset): The message the change came from.
        action_id (int | Unset):
        campaign_id (int | None | Unset):
        broadcast_id (int | None | Unset):
        trigger_id (int | Unset):
        newsletter_id (int | None | Unset):
        content_id (int | Unset):
        journey_id (str | Unset):
        parent_action_id (int | Unset):
        trigger_event_id (None | str | Unset):
    """

    identifiers: EventIdentifiers
    email_address: None | str
    customer_id: None | str | Unset = UNSET
    content: str | Unset = UNSET
    delivery_id: str | Unset = UNSET
    action_id: int | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    broadcast_id: int | None | Unset = UNSET
    trigger_id: int | Unset = UNSET
    newsletter_id: int | None | Unset = UNSET
    content_id: int | Unset = UNSET
    journey_id: str | Unset = UNSET
    parent_action_id: int | Unset = UNSET
    trigger_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers = self.identifiers.to_dict()

        email_address: None | str
        email_address = self.email_address

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        content = self.content

        delivery_id = self.delivery_id

        action_id = self.action_id

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        broadcast_id: int | None | Unset
        if isinstance(self.broadcast_id, Unset):
            broadcast_id = UNSET
        else:
            broadcast_id = self.broadcast_id

        trigger_id = self.trigger_id

        newsletter_id: int | None | Unset
        if isinstance(self.newsletter_id, Unset):
            newsletter_id = UNSET
        else:
            newsletter_id = self.newsletter_id

        content_id = self.content_id

        journey_id = self.journey_id

        parent_action_id = self.parent_action_id

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
                "email_address": email_address,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if content is not UNSET:
            field_dict["content"] = content
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if trigger_id is not UNSET:
            field_dict["trigger_id"] = trigger_id
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if journey_id is not UNSET:
            field_dict["journey_id"] = journey_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
        if trigger_event_id is not UNSET:
            field_dict["trigger_event_id"] = trigger_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        identifiers = EventIdentifiers.from_dict(d.pop("identifiers"), _owned)

        self.identifiers = identifiers

        self.email_address = d.pop("email_address")

        self.customer_id = d.pop("customer_id", UNSET)

        self.content = d.pop("content", UNSET)

        self.delivery_id = d.pop("delivery_id", UNSET)

        self.action_id = d.pop("action_id", UNSET)

        self.campaign_id = d.pop("campaign_id", UNSET)

        self.broadcast_id = d.pop("broadcast_id", UNSET)

        self.trigger_id = d.pop("trigger_id", UNSET)

        self.newsletter_id = d.pop("newsletter_id", UNSET)

        self.content_id = d.pop("content_id", UNSET)

        self.journey_id = d.pop("journey_id", UNSET)

        self.parent_action_id = d.pop("parent_action_id", UNSET)

        self.trigger_event_id = d.pop("trigger_event_id", UNSET)

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
    from ..models.event_identifiers import EventIdentifiers
else:
    from . import _Nested

    EventIdentifiers = _Nested(globals(), __package__, "..models.event_identifiers", "EventIdentifiers")
