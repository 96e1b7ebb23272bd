from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListDesignStudioEmailTranslationsResponse")


@_attrs_define
class ListDesignStudioEmailTranslationsResponse:
    """Every translation of a Design Studio email.

    Attributes:
        email_translations (list[DesignStudioEmailTranslation]):
    """

    email_translations: list[DesignStudioEmailTranslation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_translations = []
        for email_translations_item_data in self.email_translations:
            email_translations_item = email_translations_item_data.to_dict()
            email_translations.append(email_translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_translations": email_translations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        email_translations = []
        _email_translations = d.pop("email_translations")
        for email_translations_item_data in _email_translations:
            email_translations_item = DesignStudioEmailTranslation.from_dict(
                email_translations_item_data, _owned
            )

            email_translations.append(email_translations_item)

        self.email_translations = email_translations

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
    from ..models.design_studio_email_translation import DesignStudioEmailTranslation
else:
    from . import _Nested

    DesignStudioEmailTranslation = _Nested(
        globals(), __package__, "..models.design_studio_email_translation", "DesignStudioEmailTranslation"
    )
