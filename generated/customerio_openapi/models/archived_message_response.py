from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArchivedMessageResponse")


@_attrs_define
class ArchivedMessageResponse:
    """The archived copy of one delivery.

    Attributes:
        archived_message (ArchivedMessage): The archived copy of a delivery: what was sent, as it was rendered. Which
            keys are present depends on the channel (an email's `subject` and `body`, a webhook's `url`, `request_method`
            and `headers`...).
    """

    archived_message: ArchivedMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived_message = self.archived_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived_message": archived_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        archived_message = ArchivedMessage.from_dict(d.pop("archived_message"), _owned)

        self.archived_message = archived_message

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
    from ..models.archived_message import ArchivedMessage
else:
    from . import _Nested

    ArchivedMessage = _Nested(globals(), __package__, "..models.archived_message", "ArchivedMessage")
