from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateSegmentRequest")


@_attrs_define
class CreateSegmentRequest:
    """The body of a new manual segment: `{"segment": {...}}`.

    Attributes:
        segment (SegmentInput): A new manual segment.
    """

    segment: SegmentInput

    def to_dict(self) -> dict[str, Any]:
        segment = self.segment.to_dict()

        field_dict: dict[str, Any] = {}

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
        segment = SegmentInput.from_dict(d.pop("segment"), _owned)

        self.segment = segment

        return self


if TYPE_CHECKING:
    from ..models.segment_input import SegmentInput
else:
    from . import _Nested

    SegmentInput = _Nested(globals(), __package__, "..models.segment_input", "SegmentInput")
