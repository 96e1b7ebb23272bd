from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioEmailTranslation")


@_attrs_define
class DesignStudioEmailTranslation:
    """One language of a Design Studio email: its content, envelope and transformers in that language.

    Attributes:
        language (str): The translation's language code.
        id (str | Unset): The translation's id.
        name (str | Unset): The email's display name.
        language_group_id (str | Unset): The id shared by an email and all its translations.
        is_template (bool | Unset): Whether the email is a reusable template.
        is_linked (bool | Unset): Whether the email is linked to a workflow.
        parent_folder_id (None | str | Unset): The folder it is in; null at the root.
        available_languages (list[str] | Unset): The email's languages.
        created (int | Unset): When the translation was created, in unix seconds.
        updated (int | Unset): When the translation last changed, in unix seconds.
        content (DesignStudioEmailContent | Unset): The content of a Design Studio email.
        envelope (DesignStudioEmailEnvelope | Unset): The envelope of a Design Studio email: sender, reply-to,
            recipient, copies and headers.
        transformers (DesignStudioEmailTranslationTransformers | Unset): The transformers applied to the HTML.
    """

    language: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    language_group_id: str | Unset = UNSET
    is_template: bool | Unset = UNSET
    is_linked: bool | Unset = UNSET
    parent_folder_id: None | str | Unset = UNSET
    available_languages: list[str] | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    content: DesignStudioEmailContent | Unset = UNSET
    envelope: DesignStudioEmailEnvelope | Unset = UNSET
    transformers: DesignStudioEmailTranslationTransformers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        id = self.id

        name = self.name

        language_group_id = self.language_group_id

        is_template = self.is_template

        is_linked = self.is_linked

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        available_languages: list[str] | Unset = UNSET
        if not isinstance(self.available_languages, Unset):
            available_languages = self.available_languages

        created = self.created

        updated = self.updated

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        envelope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envelope, Unset):
            envelope = self.envelope.to_dict()

        transformers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transformers, Unset):
            transformers = self.transformers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if language_group_id is not UNSET:
            field_dict["language_group_id"] = language_group_id
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if is_linked is not UNSET:
            field_dict["is_linked"] = is_linked
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if available_languages is not UNSET:
            field_dict["available_languages"] = available_languages
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if content is not UNSET:
            field_dict["content"] = content
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if transformers is not UNSET:
            field_dict["transformers"] = transformers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.language = d.pop("language")

        self.id = d.pop("id", UNSET)

        self.name = d.pop("name", UNSET)

        self.language_group_id = d.pop("language_group_id", UNSET)

        self.is_template = d.pop("is_template", UNSET)

        self.is_linked = d.pop("is_linked", UNSET)

        self.parent_folder_id = d.pop("parent_folder_id", UNSET)

        available_languages = cast(list[str], d.pop("available_languages", UNSET))

        self.available_languages = available_languages

        self.created = d.pop("created", UNSET)

        self.updated = d.pop("updated", UNSET)

        _content = d.pop("content", UNSET)
        content: DesignStudioEmailContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = DesignStudioEmailContent.from_dict(_content, _owned)

        self.content = content

        _envelope = d.pop("envelope", UNSET)
        envelope: DesignStudioEmailEnvelope | Unset
        if isinstance(_envelope, Unset):
            envelope = UNSET
        else:
            envelope = DesignStudioEmailEnvelope.from_dict(_envelope, _owned)

        self.envelope = envelope

        _transformers = d.pop("transformers", UNSET)
        transformers: DesignStudioEmailTranslationTransformers | Unset
        if isinstance(_transformers, Unset):
            transformers = UNSET
        else:
            transformers = DesignStudioEmailTranslationTransformers.__new__(
                DesignStudioEmailTranslationTransformers
            )
            transformers.additional_properties = (
                _transformers if _owned and isinstance(_transformers, dict) else dict(_transformers)
            )

        self.transformers = transformers

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
    from ..models.design_studio_email_content import DesignStudioEmailContent
    from ..models.design_studio_email_envelope import DesignStudioEmailEnvelope
    from ..models.design_studio_email_translation_transformers import (
        DesignStudioEmailTranslationTransformers,
    )
else:
    from . import _Nested

    DesignStudioEmailContent = _Nested(
        globals(), __package__, "..models.design_studio_email_content", "DesignStudioEmailContent"
    )
    DesignStudioEmailEnvelope = _Nested(
        globals(), __package__, "..models.design_studio_email_envelope", "DesignStudioEmailEnvelope"
    )
    DesignStudioEmailTranslationTransformers = _Nested(
        globals(),
        __package__,
        "..models.design_studio_email_translation_transformers",
        "DesignStudioEmailTranslationTransformers",
    )
