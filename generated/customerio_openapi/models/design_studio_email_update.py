from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioEmailUpdate")


@_attrs_define
class DesignStudioEmailUpdate:
    """What to change in a Design Studio email (at least one field); what is left out stays.

    Attributes:
        name (str | Unset): The email's new display name.
        parent_folder_id (None | str | Unset): The folder to move it into; null for the root.
        is_template (bool | Unset): Whether the email is a reusable template.
        content (DesignStudioEmailContent | Unset): The content of a Design Studio email.
        envelope (DesignStudioEmailEnvelope | Unset): The envelope of a Design Studio email: sender, reply-to,
            recipient, copies and headers.
        transformers (DesignStudioEmailUpdateTransformers | Unset): Transformers to apply to the HTML.
    """

    name: str | Unset = UNSET
    parent_folder_id: None | str | Unset = UNSET
    is_template: bool | Unset = UNSET
    content: DesignStudioEmailContent | Unset = UNSET
    envelope: DesignStudioEmailEnvelope | Unset = UNSET
    transformers: DesignStudioEmailUpdateTransformers | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        is_template = self.is_template

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

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
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
        self.name = d.pop("name", UNSET)

        self.parent_folder_id = d.pop("parent_folder_id", UNSET)

        self.is_template = d.pop("is_template", UNSET)

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
        transformers: DesignStudioEmailUpdateTransformers | Unset
        if isinstance(_transformers, Unset):
            transformers = UNSET
        else:
            transformers = DesignStudioEmailUpdateTransformers.__new__(DesignStudioEmailUpdateTransformers)
            transformers.additional_properties = (
                _transformers if _owned and isinstance(_transformers, dict) else dict(_transformers)
            )

        self.transformers = transformers

        return self


if TYPE_CHECKING:
    from ..models.design_studio_email_content import DesignStudioEmailContent
    from ..models.design_studio_email_envelope import DesignStudioEmailEnvelope
    from ..models.design_studio_email_update_transformers import (
        DesignStudioEmailUpdateTransformers,
    )
else:
    from . import _Nested

    DesignStudioEmailContent = _Nested(
        globals(), __package__, "..models.design_studio_email_content", "DesignStudioEmailContent"
    )
    DesignStudioEmailEnvelope = _Nested(
        globals(), __package__, "..models.design_studio_email_envelope", "DesignStudioEmailEnvelope"
    )
    DesignStudioEmailUpdateTransformers = _Nested(
        globals(),
        __package__,
        "..models.design_studio_email_update_transformers",
        "DesignStudioEmailUpdateTransformers",
    )
