from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListTransactionalMessagesResponse")


@_attrs_define
class ListTransactionalMessagesResponse:
    """Every transactional message of the workspace.

    Attributes:
        messages (list[TransactionalMessage]):
    """

    messages: list[TransactionalMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = TransactionalMessage.from_dict(messages_item_data, _owned)

            messages.append(messages_item)

        self.messages = messages

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
