from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransactionalContentResponse")


@_attrs_define
class TransactionalContentResponse:
    """One content of a transactional message.

    Attributes:
        content (TransactionalContent): One content of a transactional message: its default message or a translation
            (`language`). Which fields are present depends on the channel.  Example: {'id': 139, 'name': 'Password reset',
            'type': 'email', 'language': '', 'body': '<p>Reset your password: {{ trigger.password_reset_url }}</p>',
            'subject': 'Reset your password', 'from': 'support@example.com', 'from_id': 1, 'reply_to': None, 'reply_to_id':
            None, 'recipient': '{{customer.email}}', 'created': 1552341937, 'updated': 1552341937}.
    """

    content: TransactionalContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        content = TransactionalContent.from_dict(d.pop("content"), _owned)

        self.content = content

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
    from ..models.transactional_content import TransactionalContent
else:
    from . import _Nested

    TransactionalContent = _Nested(
        globals(), __package__, "..models.transactional_content", "TransactionalContent"
    )
