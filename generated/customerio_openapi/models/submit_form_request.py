from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubmitFormRequest")


@_attrs_define
class SubmitFormRequest:
    """A form submission.

    Example:
        {'data': {'id': '42', 'first_name': 'cool', 'last_name': 'person'}}

    Attributes:
        data (SubmitFormRequestData): The submitted fields, with string values. Must contain exactly one identifier,
            `email` or `id` (per your workspace settings), or a field mapped to one; other keys are form fields mapped to
            attributes of the same name by default.
    """

    data: SubmitFormRequestData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        data = SubmitFormRequestData.from_dict(d.pop("data"), _owned)

        self.data = data

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
    from ..models.submit_form_request_data import SubmitFormRequestData
else:
    from . import _Nested

    SubmitFormRequestData = _Nested(
        globals(), __package__, "..models.submit_form_request_data", "SubmitFormRequestData"
    )
