from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectType")


@_attrs_define
class ObjectType:
    """A kind of object of the workspace (Companies, Accounts...).

    Attributes:
        id (int | str): The object type's id (the API writes it as text).
        name (str): The plural name, as the dashboard shows it.
        singular_name (str | Unset):
        slug (str | Unset):
        singular_slug (str | Unset):
        icon (str | Unset): The dashboard icon's name.
        enabled (bool | Unset):
    """

    id: int | str
    name: str
    singular_name: str | Unset = UNSET
    slug: str | Unset = UNSET
    singular_slug: str | Unset = UNSET
    icon: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        singular_name = self.singular_name

        slug = self.slug

        singular_slug = self.singular_slug

        icon = self.icon

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if singular_slug is not UNSET:
            field_dict["singular_slug"] = singular_slug
        if icon is not UNSET:
            field_dict["icon"] = icon
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.singular_name = d.pop("singular_name", UNSET)

        self.slug = d.pop("slug", UNSET)

        self.singular_slug = d.pop("singular_slug", UNSET)

        self.icon = d.pop("icon", UNSET)

        self.enabled = d.pop("enabled", UNSET)

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
