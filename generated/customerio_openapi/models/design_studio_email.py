from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioEmail")


@_attrs_define
class DesignStudioEmail:
    """A Design Studio email; lists carry its summary, a single email its content and envelope too.

    Attributes:
        id (str): The email's id.
        name (str): The email's display name.
        is_template (bool | Unset): Whether the email is a reusable template.
        is_linked (bool | Unset): Whether the email is linked to a workflow (campaign, broadcast...).
        has_translations (bool | Unset): Whether the email has translations (in lists).
        parent_folder_id (None | str | Unset): The folder it is in; null at the root.
        available_languages (list[str] | Unset): The languages it is translated to.
        created (int | Unset): When the email was created, in unix seconds.
        updated (int | Unset): When the email last changed, in unix seconds.
        content (DesignStudioEmailContent | Unset): The content of a Design Studio email.
        envelope (DesignStudioEmailEnvelope | Unset): The envelope of a Design Studio email: sender, reply-to,
            recipient, copies and headers.
        transformers (DesignStudioEmailTransformers | Unset): The transformers applied to the HTML (`url_parameters`,
            `css_inliner`, `accessibility`...).
    """

    id: str
    name: str
    is_template: bool | Unset = UNSET
    is_linked: bool | Unset = UNSET
    has_translations: bool | Unset = UNSET
    parent_folder_id: None | str | Unset = UNSET
    available_languages: list[str] | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    content: DesignStudioEmailContent | Unset = UNSET
    envelope: DesignStudioEmailEnvelope | Unset = UNSET
    transformers: DesignStudioEmailTransformers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_template = self.is_template

        is_linked = self.is_linked

        has_translations = self.has_translations

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
                "id": id,
                "name": name,
            }
        )
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if is_linked is not UNSET:
            field_dict["is_linked"] = is_linked
        if has_translations is not UNSET:
            field_dict["has_translations"] = has_translations
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
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.is_template = d.pop("is_template", UNSET)

        self.is_linked = d.pop("is_linked", UNSET)

        self.has_translations = d.pop("has_translations", UNSET)

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
        transformers: DesignStudioEmailTransformers | Unset
        if isinstance(_transformers, Unset):
            transformers = UNSET
        else:
            transformers = DesignStudioEmailTransformers.__new__(DesignStudioEmailTransformers)
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
    from ..models.design_studio_email_transformers import DesignStudioEmailTransformers
else:
    from . import _Nested

    DesignStudioEmailContent = _Nested(
        globals(), __package__, "..models.design_studio_email_content", "DesignStudioEmailContent"
    )
    DesignStudioEmailEnvelope = _Nested(
        globals(), __package__, "..models.design_studio_email_envelope", "DesignStudioEmailEnvelope"
    )
    DesignStudioEmailTransformers = _Nested(
        globals(), __package__, "..models.design_studio_email_transformers", "DesignStudioEmailTransformers"
    )
