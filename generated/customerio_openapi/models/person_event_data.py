from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonEventData")


@_attrs_define
class PersonEventData:
    """The person whose subscription changed.

    Attributes:
        identifiers (EventIdentifiers): The person an event is about: `id` always (null when they have none), `email`
            and `cio_id` where the workspace uses them.
        email_address (None | str): The person's email address.
        customer_id (None | str | Unset): The person's id (deprecated: read `identifiers`; empty once the person is
            deleted).
    """

    identifiers: EventIdentifiers
    email_address: None | str
    customer_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers = self.identifiers.to_dict()

        email_address: None | str
        email_address = self.email_address

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
                "email_address": email_address,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        identifiers = EventIdentifiers.from_dict(d.pop("identifiers"), _owned)

        self.identifiers = identifiers

        self.email_address = d.pop("email_address")

        self.customer_id = d.pop("customer_id", UNSET)

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
    from ..models.event_identifiers import EventIdentifiers
else:
    from . import _Nested

    EventIdentifiers = _Nested(globals(), __package__, "..models.event_identifiers", "EventIdentifiers")
