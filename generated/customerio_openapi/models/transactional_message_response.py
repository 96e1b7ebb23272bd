from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransactionalMessageResponse")


@_attrs_define
class TransactionalMessageResponse:
    """One transactional message.

    Attributes:
        message (TransactionalMessage): A transactional message template (what `send_email` and the other sends name by
            id), without its content. Example: {'id': 3, 'name': 'Password reset', 'description': 'Sends a link to reset a
            password', 'send_to_unsubscribed': True, 'link_tracking': False, 'open_tracking': True, 'hide_message_body':
            False, 'queue_drafts': False, 'created_at': 1552341937, 'updated_at': 1552341937}.
    """

    message: TransactionalMessage
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
        message = TransactionalMessage.from_dict(d.pop("message"), _owned)

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
    from ..models.transactional_message import TransactionalMessage
else:
    from . import _Nested

    TransactionalMessage = _Nested(
        globals(), __package__, "..models.transactional_message", "TransactionalMessage"
    )
