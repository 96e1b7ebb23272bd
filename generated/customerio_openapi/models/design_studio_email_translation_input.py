from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioEmailTranslationInput")


@_attrs_define
class DesignStudioEmailTranslationInput:
    """A new translation of a Design Studio email: its `language`, and the content, envelope and transformers that
    differ from the default language's (what is left out is copied from it).

    Attributes:
        language (str): The translation's language code.
        content (DesignStudioEmailContent | Unset): The content of a Design Studio email.
        envelope (DesignStudioEmailEnvelope | Unset): The envelope of a Design Studio email: sender, reply-to,
            recipient, copies and headers.
        transformers (DesignStudioEmailTranslationInputTransformers | Unset): Transformers to apply to the HTML.
    """

    language: str
    content: DesignStudioEmailContent | Unset = UNSET
    envelope: DesignStudioEmailEnvelope | Unset = UNSET
    transformers: DesignStudioEmailTranslationInputTransformers | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language = self.language

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

        field_dict.update(
            {
                "language": language,
            }
        )
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
        transformers: DesignStudioEmailTranslationInputTransformers | Unset
        if isinstance(_transformers, Unset):
            transformers = UNSET
        else:
            transformers = DesignStudioEmailTranslationInputTransformers.__new__(
                DesignStudioEmailTranslationInputTransformers
            )
            transformers.additional_properties = (
                _transformers if _owned and isinstance(_transformers, dict) else dict(_transformers)
            )

        self.transformers = transformers

        return self


if TYPE_CHECKING:
    from ..models.design_studio_email_content import DesignStudioEmailContent
    from ..models.design_studio_email_envelope import DesignStudioEmailEnvelope
    from ..models.design_studio_email_translation_input_transformers import (
        DesignStudioEmailTranslationInputTransformers,
    )
else:
    from . import _Nested

    DesignStudioEmailContent = _Nested(
        globals(), __package__, "..models.design_studio_email_content", "DesignStudioEmailContent"
    )
    DesignStudioEmailEnvelope = _Nested(
        globals(), __package__, "..models.design_studio_email_envelope", "DesignStudioEmailEnvelope"
    )
    DesignStudioEmailTranslationInputTransformers = _Nested(
        globals(),
        __package__,
        "..models.design_studio_email_translation_input_transformers",
        "DesignStudioEmailTranslationInputTransformers",
    )
