from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A delivery: one message sent (or meant to be sent) to one person, with its metrics. The same shape answers the
    workspace's, a person's, a campaign's, a broadcast's, a newsletter's and a transactional message's lists of
    messages.

    Example:
        {'id': 'ag1q6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=', 'deduplicate_id':
            'ag1q6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=:1619137768', 'msg_template_id': 43, 'action_id': 215, 'parent_action_id':
            None, 'customer_id': '42', 'recipient': 'person@example.com', 'subject': 'Did you get that thing I sent you?',
            'metrics': {'sent': 1619137768, 'delivered': 1619137768}, 'created': 1619137767, 'failure_message': None,
            'newsletter_id': None, 'content_id': None, 'campaign_id': 23, 'broadcast_id': None, 'trigger_event_id': None,
            'type': 'email', 'forgotten': False}

    Attributes:
        id (str): The delivery's id.
        metrics (MessageMetrics): When each metric happened to it, metric name (`sent`, `delivered`, `opened`...) to
            unix seconds.
        created (int): When the delivery was created, in unix seconds.
        type_ (str): The channel: `email`, `push`, `twilio`, `webhook`, `in_app`, `slack`, `whatsapp`...
        deduplicate_id (str | Unset): The id and the unix time of the delivery's last change.
        msg_template_id (int | None | Unset): The message template it was made from.
        action_id (int | None | Unset): The campaign or broadcast action that sent it.
        parent_action_id (int | None | Unset): The action that contains `action_id`, if any.
        customer_id (None | str | Unset): The recipient's id (null when they have none).
        customer_identifiers (MessageCustomerIdentifiersType0 | None | Unset): The recipient's identifiers (`id`,
            `email`, `cio_id`).
        recipient (None | str | Unset): The address (email, phone, device) it went to.
        subject (None | str | Unset): The email subject, for emails.
        failure_message (None | str | Unset): Why it failed, when it did.
        newsletter_id (int | None | Unset):
        content_id (int | None | Unset): The newsletter variant (language or A/B test) it came from.
        campaign_id (int | None | Unset):
        broadcast_id (int | None | Unset):
        transactional_message_id (int | None | Unset):
        trigger_event_id (None | str | Unset): The event that triggered it, for event-triggered campaigns.
        forgotten (bool | Unset): Whether the delivery's content was forgotten (deleted) at the recipient's request.
    """

    id: str
    metrics: MessageMetrics
    created: int
    type_: str
    deduplicate_id: str | Unset = UNSET
    msg_template_id: int | None | Unset = UNSET
    action_id: int | None | Unset = UNSET
    parent_action_id: int | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_identifiers: MessageCustomerIdentifiersType0 | None | Unset = UNSET
    recipient: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    newsletter_id: int | None | Unset = UNSET
    content_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    broadcast_id: int | None | Unset = UNSET
    transactional_message_id: int | None | Unset = UNSET
    trigger_event_id: None | str | Unset = UNSET
    forgotten: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metrics = self.metrics.to_dict()

        created = self.created

        type_ = self.type_

        deduplicate_id = self.deduplicate_id

        msg_template_id: int | None | Unset
        if isinstance(self.msg_template_id, Unset):
            msg_template_id = UNSET
        else:
            msg_template_id = self.msg_template_id

        action_id: int | None | Unset
        if isinstance(self.action_id, Unset):
            action_id = UNSET
        else:
            action_id = self.action_id

        parent_action_id: int | None | Unset
        if isinstance(self.parent_action_id, Unset):
            parent_action_id = UNSET
        else:
            parent_action_id = self.parent_action_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_identifiers: dict[str, Any] | None | Unset
        if isinstance(self.customer_identifiers, Unset):
            customer_identifiers = UNSET
        elif isinstance(self.customer_identifiers, MessageCustomerIdentifiersType0):
            customer_identifiers = self.customer_identifiers.to_dict()
        else:
            customer_identifiers = self.customer_identifiers

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        newsletter_id: int | None | Unset
        if isinstance(self.newsletter_id, Unset):
            newsletter_id = UNSET
        else:
            newsletter_id = self.newsletter_id

        content_id: int | None | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

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

        transactional_message_id: int | None | Unset
        if isinstance(self.transactional_message_id, Unset):
            transactional_message_id = UNSET
        else:
            transactional_message_id = self.transactional_message_id

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        forgotten = self.forgotten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "metrics": metrics,
                "created": created,
                "type": type_,
            }
        )
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if msg_template_id is not UNSET:
            field_dict["msg_template_id"] = msg_template_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_identifiers is not UNSET:
            field_dict["customer_identifiers"] = customer_identifiers
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if transactional_message_id is not UNSET:
            field_dict["transactional_message_id"] = transactional_message_id
        if trigger_event_id is not UNSET:
            field_dict["trigger_event_id"] = trigger_event_id
        if forgotten is not UNSET:
            field_dict["forgotten"] = forgotten

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        _metrics = d.pop("metrics")
        metrics = MessageMetrics.__new__(MessageMetrics)
        metrics.additional_properties = _metrics if _owned and isinstance(_metrics, dict) else dict(_metrics)

        self.metrics = metrics

        self.created = d.pop("created")

        self.type_ = d.pop("type")

        self.deduplicate_id = d.pop("deduplicate_id", UNSET)

        self.msg_template_id = d.pop("msg_template_id", UNSET)

        self.action_id = d.pop("action_id", UNSET)

        self.parent_action_id = d.pop("parent_action_id", UNSET)

        self.customer_id = d.pop("customer_id", UNSET)

        customer_identifiers_data: Any = d.pop("customer_identifiers", UNSET)
        customer_identifiers: MessageCustomerIdentifiersType0 | None | Unset = customer_identifiers_data
        if isinstance(customer_identifiers_data, dict):
            try:
                customer_identifiers_type_0 = MessageCustomerIdentifiersType0.__new__(
                    MessageCustomerIdentifiersType0
                )
                customer_identifiers_type_0.additional_properties = (
                    customer_identifiers_data
                    if _owned and isinstance(customer_identifiers_data, dict)
                    else dict(customer_identifiers_data)
                )

                customer_identifiers = customer_identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        self.customer_identifiers = customer_identifiers

        self.recipient = d.pop("recipient", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.failure_message = d.pop("failure_message", UNSET)

        self.newsletter_id = d.pop("newsletter_id", UNSET)

        self.content_id = d.pop("content_id", UNSET)

        self.campaign_id = d.pop("campaign_id", UNSET)

        self.broadcast_id = d.pop("broadcast_id", UNSET)

        self.transactional_message_id = d.pop("transactional_message_id", UNSET)

        self.trigger_event_id = d.pop("trigger_event_id", UNSET)

        self.forgotten = d.pop("forgotten", UNSET)

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
    from ..models.message_customer_identifiers_type_0 import (
        MessageCustomerIdentifiersType0,
    )
    from ..models.message_metrics import MessageMetrics
else:
    from . import _Nested

    MessageCustomerIdentifiersType0 = _Nested(
        globals(),
        __package__,
        "..models.message_customer_identifiers_type_0",
        "MessageCustomerIdentifiersType0",
    )
    MessageMetrics = _Nested(globals(), __package__, "..models.message_metrics", "MessageMetrics")
