from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageResponse")


@_attrs_define
class MessageResponse:
    """One delivery, with its metrics.

    Attributes:
        message (Message): A delivery: one message sent (or meant to be sent) to one person, with its metrics. The same
            shape answers the workspace's, a person's, a campaign's, a broadcast's, a newsletter's and a transactional
            message's lists of messages.  Example: {'id': 'ag1q6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=', 'deduplicate_id':
            'ag1q6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=:1619137768', 'msg_template_id': 43, 'action_id': 215, 'parent_action_id':
            None, 'customer_id': '42', 'recipient': 'person@example.com', 'subject': 'Did you get that thing I sent you?',
            'metrics': {'sent': 1619137768, 'delivered': 1619137768}, 'created': 1619137767, 'failure_message': None,
            'newsletter_id': None, 'content_id': None, 'campaign_id': 23, 'broadcast_id': None, 'trigger_event_id': None,
            'type': 'email', 'forgotten': False}.
    """

    message: Message
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        message = Message.from_dict(d.pop("message"), _owned)

        self.message = message

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
    from ..models.message import Message
else:
    from . import _Nested

    Message = _Nested(globals(), __package__, "..models.message", "Message")
