from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowAction")


@_attrs_define
class WorkflowAction:
    """One action of a campaign or broadcast workflow: a message (email, push, SMS, in-app...) or a webhook, with its
    content. Which fields are present depends on `type`.

    Example:
        {'id': 96, 'campaign_id': 5, 'parent_action_id': None, 'deduplicate_id': '96:1552341937', 'name': 'Welcome
            email', 'type': 'email', 'sending_state': 'automatic', 'language': '', 'layout': '<html><body>{{ content
            }}</body></html>', 'body': '<p>Welcome, {{ customer.first_name }}!</p>', 'subject': 'Welcome aboard',
            'preheader_text': 'Three things to try first', 'from': 'team@example.com', 'from_id': 1, 'reply_to': None,
            'reply_to_id': None, 'recipient': '{{customer.email}}', 'created': 1552341937, 'updated': 1552341937}

    Attributes:
        id (int): The action's id.
        type_ (str): `email`, `push`, `twilio` (SMS), `in_app`, `slack`, `whatsapp`, `webhook`...
        campaign_id (int | None | Unset): The campaign it belongs to.
        broadcast_id (int | None | Unset): The broadcast it belongs to.
        parent_action_id (int | None | Unset): The action containing it (a split, say), if any.
        deduplicate_id (str | Unset): The id and the unix time of its last change, `id:time`.
        name (str | Unset): The action's name.
        sending_state (str | Unset): `automatic` (sends), `draft` (queues drafts) or `off`.
        language (str | Unset): The translation's language tag; empty for the default message.
        layout (str | Unset): The layout the message uses, if any.
        body (str | Unset): The message body (or the webhook's request body).
        body_amp (str | Unset): The AMP version of an email body.
        subject (str | Unset): An email's subject line.
        preheader_text (str | Unset): An email's preview text.
        from_ (str | Unset): An email's sender address.
        from_id (int | None | Unset): The sender identity's id.
        reply_to (None | str | Unset): The reply-to address.
        reply_to_id (int | None | Unset): The reply-to sender identity's id.
        recipient (str | Unset): The recipient, often liquid such as `{{customer.email}}`.
        url (str | Unset): A webhook's URL.
        method (str | Unset): A webhook's HTTP method.
        created (int | Unset): When the action was created, in unix seconds.
        updated (int | Unset): When the action last changed, in unix seconds.
    """

    id: int
    type_: str
    campaign_id: int | None | Unset = UNSET
    broadcast_id: int | None | Unset = UNSET
    parent_action_id: int | None | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    sending_state: str | Unset = UNSET
    language: str | Unset = UNSET
    layout: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | None | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    recipient: str | Unset = UNSET
    url: str | Unset = UNSET
    method: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

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

        parent_action_id: int | None | Unset
        if isinstance(self.parent_action_id, Unset):
            parent_action_id = UNSET
        else:
            parent_action_id = self.parent_action_id

        deduplicate_id = self.deduplicate_id

        name = self.name

        sending_state = self.sending_state

        language = self.language

        layout = self.layout

        body = self.body

        body_amp = self.body_amp

        subject = self.subject

        preheader_text = self.preheader_text

        from_ = self.from_

        from_id: int | None | Unset
        if isinstance(self.from_id, Unset):
            from_id = UNSET
        else:
            from_id = self.from_id

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        reply_to_id: int | None | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        recipient = self.recipient

        url = self.url

        method = self.method

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if sending_state is not UNSET:
            field_dict["sending_state"] = sending_state
        if language is not UNSET:
            field_dict["language"] = language
        if layout is not UNSET:
            field_dict["layout"] = layout
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.type_ = d.pop("type")

        self.campaign_id = d.pop("campaign_id", UNSET)

        self.broadcast_id = d.pop("broadcast_id", UNSET)

        self.parent_action_id = d.pop("parent_action_id", UNSET)

        self.deduplicate_id = d.pop("deduplicate_id", UNSET)

        self.name = d.pop("name", UNSET)

        self.sending_state = d.pop("sending_state", UNSET)

        self.language = d.pop("language", UNSET)

        self.layout = d.pop("layout", UNSET)

        self.body = d.pop("body", UNSET)

        self.body_amp = d.pop("body_amp", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.preheader_text = d.pop("preheader_text", UNSET)

        self.from_ = d.pop("from", UNSET)

        self.from_id = d.pop("from_id", UNSET)

        self.reply_to = d.pop("reply_to", UNSET)

        self.reply_to_id = d.pop("reply_to_id", UNSET)

        self.recipient = d.pop("recipient", UNSET)

        self.url = d.pop("url", UNSET)

        self.method = d.pop("method", UNSET)

        self.created = d.pop("created", UNSET)

        self.updated = d.pop("updated", UNSET)

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
