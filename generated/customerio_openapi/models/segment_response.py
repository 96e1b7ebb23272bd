from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SegmentResponse")


@_attrs_define
class SegmentResponse:
    """One segment.

    Attributes:
        segment (Segment): A segment of the workspace, data-driven or manual. Example: {'id': 7, 'deduplicate_id':
            '7:1735689600', 'name': 'Purchased flowers', 'description': 'People who bought at least once', 'state':
            'finished', 'progress': None, 'type': 'dynamic', 'tags': ['retail']}.
    """

    segment: Segment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment = self.segment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment": segment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        segment = Segment.from_dict(d.pop("segment"), _owned)

        self.segment = segment

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
    from ..models.segment import Segment
else:
    from . import _Nested

    Segment = _Nested(globals(), __package__, "..models.segment", "Segment")
