from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentMembershipResponse")


@_attrs_define
class SegmentMembershipResponse:
    """One page of a segment's members.

    Attributes:
        identifiers (list[PersonIdentifiers]): The members of this page.
        ids (list[str] | Unset): The members' `id` values (empty text for a member without one); prefer `identifiers`.
        next_ (str | Unset): The cursor of the next page (pass it as `start`); empty or absent on the last page.
    """

    identifiers: list[PersonIdentifiers]
    ids: list[str] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item = identifiers_item_data.to_dict()
            identifiers.append(identifiers_item)

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
            }
        )
        if ids is not UNSET:
            field_dict["ids"] = ids
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        identifiers = []
        _identifiers = d.pop("identifiers")
        for identifiers_item_data in _identifiers:
            identifiers_item = PersonIdentifiers.from_dict(identifiers_item_data, _owned)

            identifiers.append(identifiers_item)

        self.identifiers = identifiers

        ids = cast(list[str], d.pop("ids", UNSET))

        self.ids = ids

        self.next_ = d.pop("next", UNSET)

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
    from ..models.person_identifiers import PersonIdentifiers
else:
    from . import _Nested

    PersonIdentifiers = _Nested(globals(), __package__, "..models.person_identifiers", "PersonIdentifiers")
