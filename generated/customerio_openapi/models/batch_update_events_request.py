from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BatchUpdateEventsRequest")


@_attrs_define
class BatchUpdateEventsRequest:
    """Up to 100 event descriptions: `{"events": [...]}` (the API refuses more).

    Attributes:
        events (list[DataIndexEvent]):
    """

    events: list[DataIndexEvent]

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = DataIndexEvent.from_dict(events_item_data, _owned)

            events.append(events_item)

        self.events = events

        return self


if TYPE_CHECKING:
    from ..models.data_index_event import DataIndexEvent
else:
    from . import _Nested

    DataIndexEvent = _Nested(globals(), __package__, "..models.data_index_event", "DataIndexEvent")
