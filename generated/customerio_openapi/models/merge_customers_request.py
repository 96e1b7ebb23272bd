from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MergeCustomersRequest")


@_attrs_define
class MergeCustomersRequest:
    """The person to keep (`primary`) and the person merged into it and deleted (`secondary`).

    Example:
        {'primary': {'id': '42'}, 'secondary': {'email': 'cperson@gmail.com'}}

    Attributes:
        primary (PersonIdentifier): A person named by exactly one of `id`, `email` or `cio_id`. Example: {'email':
            'cool.person@company.com'}.
        secondary (PersonIdentifier): A person named by exactly one of `id`, `email` or `cio_id`. Example: {'email':
            'cool.person@company.com'}.
    """

    primary: PersonIdentifier
    secondary: PersonIdentifier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary = self.primary.to_dict()

        secondary = self.secondary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primary": primary,
                "secondary": secondary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        primary = PersonIdentifier.from_dict(d.pop("primary"), _owned)

        self.primary = primary

        secondary = PersonIdentifier.from_dict(d.pop("secondary"), _owned)

        self.secondary = secondary

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
    from ..models.person_identifier import PersonIdentifier
else:
    from . import _Nested

    PersonIdentifier = _Nested(globals(), __package__, "..models.person_identifier", "PersonIdentifier")
