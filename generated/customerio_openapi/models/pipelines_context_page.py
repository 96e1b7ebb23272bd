from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesContextPage")


@_attrs_define
class PipelinesContextPage:
    """The web page the message came from.

    Attributes:
        path (str | Unset):
        referrer (str | Unset):
        search (str | Unset):
        title (str | Unset):
        url (str | Unset):
        keywords (list[str] | Unset):
    """

    path: str | Unset = UNSET
    referrer: str | Unset = UNSET
    search: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        referrer = self.referrer

        search = self.search

        title = self.title

        url = self.url

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if search is not UNSET:
            field_dict["search"] = search
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.path = d.pop("path", UNSET)

        self.referrer = d.pop("referrer", UNSET)

        self.search = d.pop("search", UNSET)

        self.title = d.pop("title", UNSET)

        self.url = d.pop("url", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        self.keywords = keywords

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
