from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SenderIdentityResponse")


@_attrs_define
class SenderIdentityResponse:
    """One sender.

    Attributes:
        sender_identity (SenderIdentity): A sender, who messages are from. Example: {'id': 4534, 'deduplicate_id':
            '4534:1478035647', 'name': 'Cher Ami', 'email': 'test@example.com', 'address': 'Cher Ami <test@example.com>',
            'template_type': 'email', 'auto_generated': False}.
    """

    sender_identity: SenderIdentity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_identity = self.sender_identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_identity": sender_identity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        sender_identity = SenderIdentity.from_dict(d.pop("sender_identity"), _owned)

        self.sender_identity = sender_identity

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
    from ..models.sender_identity import SenderIdentity
else:
    from . import _Nested

    SenderIdentity = _Nested(globals(), __package__, "..models.sender_identity", "SenderIdentity")
