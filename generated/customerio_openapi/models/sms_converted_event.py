from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsConvertedEvent")


@_attrs_define
class SmsConvertedEvent:
    """An SMS led to a conversion (`object_type` `sms`, `metric` `converted`).

    Example:
        {'event_id': '01E4C4CT6YDC7Y5M7FE1GWWPQM', 'object_type': 'sms', 'metric': 'converted', 'timestamp': 1613063127,
            'data': {'delivery_id': 'RPILAgUBcRhIBqSfeiIwdIYJKxTY', 'identifiers': {'id': '42', 'email':
            'person@example.com', 'cio_id': 'd9c106000001'}, 'broadcast_id': 2, 'trigger_id': 1, 'action_id': 40,
            'journey_id': '01GW20GXAAXBKZD8J96M8FNV3S', 'recipient': '+15551234567'}}

    Attributes:
        event_id (str):
        object_type (Literal['sms']):
        metric (Literal['converted']):
        timestamp (int):
        data (RecipientEventData): The message and the address it went to.
    """

    event_id: str
    object_type: Literal["sms"]
    metric: Literal["converted"]
    timestamp: int
    data: RecipientEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        object_type = self.object_type

        metric = self.metric

        timestamp = self.timestamp

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "object_type": object_type,
                "metric": metric,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.event_id = d.pop("event_id")

        object_type = cast(Literal["sms"], d.pop("object_type"))
        if object_type != "sms":
            raise ValueError(f"object_type must match const 'sms', got '{object_type}'")
        self.object_type = object_type

        metric = cast(Literal["converted"], d.pop("metric"))
        if metric != "converted":
            raise ValueError(f"metric must match const 'converted', got '{metric}'")
        self.metric = metric

        self.timestamp = d.pop("timestamp")

        data = RecipientEventData.from_dict(d.pop("data"), _owned)

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
    from ..models.recipient_event_data import RecipientEventData
else:
    from . import _Nested

    RecipientEventData = _Nested(
        globals(), __package__, "..models.recipient_event_data", "RecipientEventData"
    )
