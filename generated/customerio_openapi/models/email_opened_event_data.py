from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailOpenedEventData")


@_attrs_define
class EmailOpenedEventData:
    """The email opened, and whether a machine rather than the person opened it.

    Attributes:
        delivery_id (str): The delivery: this message to this person.
        identifiers (EventIdentifiers): The person an event is about: `id` always (null when they have none), `email`
            and `cio_id` where the workspace uses them.
        recipient (str): The address (phone number, person id, channel, URL) it went to.
        customer_id (None | str | Unset): The person's id (deprecated: read `identifiers`; empty once the person is
            deleted).
        action_id (int | Unset): The campaign or broadcast action that sent the message.
        parent_action_id (int | Unset): The action containing `action_id` (a split, say), if any.
        campaign_id (int | None | Unset): The campaign that sent it.
        broadcast_id (int | None | Unset): The API-triggered broadcast that sent it.
        trigger_id (int | Unset): The broadcast trigger (the id `trigger_broadcast` returned).
        newsletter_id (int | None | Unset): The newsletter that sent it.
        content_id (int | Unset): The newsletter variant (language or A/B test).
        transactional_message_id (int | str | Unset): The transactional message it came from.
        journey_id (str | Unset): The person's path through the campaign or broadcast.
        trigger_event_id (None | str | Unset): The event that triggered the campaign, if any.
        subject (str | Unset): The email's subject.
        proxied (bool | Unset): Whether a proxy fetched it (hiding who opened it).
        prefetched (bool | Unset): Whether a mail client or privacy protection prefetched it.
        synthetic (bool | Unset): Whether the open was inferred from a click.
    """

    delivery_id: str
    identifiers: EventIdentifiers
    recipient: str
    customer_id: None | str | Unset = UNSET
    action_id: int | Unset = UNSET
    parent_action_id: int | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    broadcast_id: int | None | Unset = UNSET
    trigger_id: int | Unset = UNSET
    newsletter_id: int | None | Unset = UNSET
    content_id: int | Unset = UNSET
    transactional_message_id: int | str | Unset = UNSET
    journey_id: str | Unset = UNSET
    trigger_event_id: None | str | Unset = UNSET
    subject: str | Unset = UNSET
    proxied: bool | Unset = UNSET
    prefetched: bool | Unset = UNSET
    synthetic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        identifiers = self.identifiers.to_dict()

        recipient = self.recipient

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        action_id = self.action_id

        parent_action_id = self.parent_action_id

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

        transactional_message_id: int | str | Unset
        if isinstance(self.transactional_message_id, Unset):
            transactional_message_id = UNSET
        else:
            transactional_message_id = self.transactional_message_id

        journey_id = self.journey_id

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        subject = self.subject

        proxied = self.proxied

        prefetched = self.prefetched

        synthetic = self.synthetic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
                "identifiers": identifiers,
                "recipient": recipient,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
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
        if transactional_message_id is not UNSET:
            field_dict["transactional_message_id"] = transactional_message_id
        if journey_id is not UNSET:
            field_dict["journey_id"] = journey_id
        if trigger_event_id is not UNSET:
            field_dict["trigger_event_id"] = trigger_event_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if proxied is not UNSET:
            field_dict["proxied"] = proxied
        if prefetched is not UNSET:
            field_dict["prefetched"] = prefetched
        if synthetic is not UNSET:
            field_dict["synthetic"] = synthetic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.delivery_id = d.pop("delivery_id")

        identifiers = EventIdentifiers.from_dict(d.pop("identifiers"), _owned)

        self.identifiers = identifiers

        self.recipient = d.pop("recipient")

        self.customer_id = d.pop("customer_id", UNSET)

        self.action_id = d.pop("action_id", UNSET)

        self.parent_action_id = d.pop("parent_action_id", UNSET)

        self.campaign_id = d.pop("campaign_id", UNSET)

        self.broadcast_id = d.pop("broadcast_id", UNSET)

        self.trigger_id = d.pop("trigger_id", UNSET)

        self.newsletter_id = d.pop("newsletter_id", UNSET)

        self.content_id = d.pop("content_id", UNSET)

        self.transactional_message_id = d.pop("transactional_message_id", UNSET)

        self.journey_id = d.pop("journey_id", UNSET)

        self.trigger_event_id = d.pop("trigger_event_id", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.proxied = d.pop("proxied", UNSET)

        self.prefetched = d.pop("prefetched", UNSET)

        self.synthetic = d.pop("synthetic", UNSET)

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
