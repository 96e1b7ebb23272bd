from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalMessage")


@_attrs_define
class TransactionalMessage:
    """A transactional message template (what `send_email` and the other sends name by id), without its content.

    Example:
        {'id': 3, 'name': 'Password reset', 'description': 'Sends a link to reset a password', 'send_to_unsubscribed':
            True, 'link_tracking': False, 'open_tracking': True, 'hide_message_body': False, 'queue_drafts': False,
            'created_at': 1552341937, 'updated_at': 1552341937}

    Attributes:
        id (int): The transactional message's id (its `transactional_message_id`).
        name (str): Its name.
        description (None | str | Unset): Its description.
        send_to_unsubscribed (bool | Unset): Whether it also goes to unsubscribed people.
        link_tracking (bool | Unset): Whether its links are tracked.
        open_tracking (bool | Unset): Whether its opens are tracked.
        hide_message_body (bool | Unset): Whether its body is kept out of the delivery logs.
        queue_drafts (bool | Unset): Whether sends are queued as drafts instead of sent.
        created_at (int | Unset): When it was created, in unix seconds.
        updated_at (int | Unset): When it last changed, in unix seconds.
    """

    id: int
    name: str
    description: None | str | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    link_tracking: bool | Unset = UNSET
    open_tracking: bool | Unset = UNSET
    hide_message_body: bool | Unset = UNSET
    queue_drafts: bool | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        send_to_unsubscribed = self.send_to_unsubscribed

        link_tracking = self.link_tracking

        open_tracking = self.open_tracking

        hide_message_body = self.hide_message_body

        queue_drafts = self.queue_drafts

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if link_tracking is not UNSET:
            field_dict["link_tracking"] = link_tracking
        if open_tracking is not UNSET:
            field_dict["open_tracking"] = open_tracking
        if hide_message_body is not UNSET:
            field_dict["hide_message_body"] = hide_message_body
        if queue_drafts is not UNSET:
            field_dict["queue_drafts"] = queue_drafts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.description = d.pop("description", UNSET)

        self.send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        self.link_tracking = d.pop("link_tracking", UNSET)

        self.open_tracking = d.pop("open_tracking", UNSET)

        self.hide_message_body = d.pop("hide_message_body", UNSET)

        self.queue_drafts = d.pop("queue_drafts", UNSET)

        self.created_at = d.pop("created_at", UNSET)

        self.updated_at = d.pop("updated_at", UNSET)

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
