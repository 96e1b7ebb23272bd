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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        segment = SegmentInput.from_dict(d.pop("segment"))

        create_segment_request = cls(
            segment,
        )

        return create_segment_request


if TYPE_CHECKING:
    from ..models.segment_input import SegmentInput
else:
    from . import _Nested

    SegmentInput = _Nested(globals(), __package__, "..models.segment_input", "SegmentInput")
