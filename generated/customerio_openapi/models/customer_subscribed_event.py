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

T = TypeVar("T", bound="CustomerSubscribedEvent")


@_attrs_define
class CustomerSubscribedEvent:
    """A person subscribed: their `unsubscribed` attribute became false (`metric` `subscribed`; `object_type`
    `customer`, or the channel it came from).

    Example:
        {'event_id': '01E4C4CT6YDC7Y5M7FE1GWWPQJ', 'object_type': 'customer', 'metric': 'subscribed', 'timestamp':
            1613063089, 'data': {'customer_id': '42', 'email_address': 'person@example.com', 'identifiers': {'id': '42',
            'email': 'person@example.com', 'cio_id': 'd9c106000001'}}}

    Attributes:
        event_id (str):
        object_type (str): `customer`, or the channel of the message the change came from.
        metric (Literal['subscribed']):
        timestamp (int):
        data (PersonEventData): The person whose subscription changed.
    """

    event_id: str
    object_type: str
    metric: Literal["subscribed"]
    timestamp: int
    data: PersonEventData
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

        self.object_type = d.pop("object_type")

        metric = cast(Literal["subscribed"], d.pop("metric"))
        if metric != "subscribed":
            raise ValueError(f"metric must match const 'subscribed', got '{metric}'")
        self.metric = metric

        self.timestamp = d.pop("timestamp")

        data = PersonEventData.from_dict(d.pop("data"), _owned)

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
    from ..models.person_event_data import PersonEventData
else:
    from . import _Nested

    PersonEventData = _Nested(globals(), __package__, "..models.person_event_data", "PersonEventData")
