from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BroadcastResponse")


@_attrs_define
class BroadcastResponse:
    """One broadcast.

    Attributes:
        broadcast (Broadcast): An API-triggered broadcast, without its actions' content. Example: {'id': 3,
            'deduplicate_id': '3:1520467200', 'name': 'Roadrunner sightings', 'type': 'triggered_broadcast', 'state':
            'running', 'active': True, 'actions': [{'id': 11, 'type': 'email'}, {'id': 12, 'type': 'push'}], 'tags':
            ['alerts'], 'created': 1520467200, 'updated': 1520467200, 'first_started': 1520467200, 'created_by':
            'person@example.com'}.
    """

    broadcast: Broadcast
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broadcast = self.broadcast.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "broadcast": broadcast,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        broadcast = Broadcast.from_dict(d.pop("broadcast"), _owned)

        self.broadcast = broadcast

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
    from ..models.broadcast import Broadcast
else:
    from . import _Nested

    Broadcast = _Nested(globals(), __package__, "..models.broadcast", "Broadcast")
