from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DesignStudioEmailResponse")


@_attrs_define
class DesignStudioEmailResponse:
    """One Design Studio email.

    Attributes:
        email (DesignStudioEmail): A Design Studio email; lists carry its summary, a single email its content and
            envelope too.
    """

    email: DesignStudioEmail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        email = DesignStudioEmail.from_dict(d.pop("email"), _owned)

        self.email = email

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
    from ..models.design_studio_email import DesignStudioEmail
else:
    from . import _Nested

    DesignStudioEmail = _Nested(globals(), __package__, "..models.design_studio_email", "DesignStudioEmail")
