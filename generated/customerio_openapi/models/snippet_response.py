from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SnippetResponse")


@_attrs_define
class SnippetResponse:
    """One snippet.

    Attributes:
        snippet (Snippet): A snippet, a reusable piece of content that messages reference by name. Example: {'name':
            'address', 'value': '<strong>My Company</strong><br/>1234 Fake St<br/>Fake, NY 10111', 'updated_at':
            1582500000}.
    """

    snippet: Snippet
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snippet = self.snippet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snippet": snippet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        snippet = Snippet.from_dict(d.pop("snippet"), _owned)

        self.snippet = snippet

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
    from ..models.snippet import Snippet
else:
    from . import _Nested

    Snippet = _Nested(globals(), __package__, "..models.snippet", "Snippet")
