from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """One entry of the activity log: something a person did or that happened to them (an event, an attribute change, a
    message sent, opened or clicked...).

    Example:
        {'id': '01AK4N8V8G8KVA4HN8Y50CCZ59', 'type': 'attribute_change', 'name': 'plan', 'timestamp': 1735689600,
            'customer_id': '42', 'customer_identifiers': {'id': '42', 'email': 'person@example.com', 'cio_id': 'a3000001'},
            'data': {'plan': {'from': 'basic', 'to': 'premium'}}}

    Attributes:
        id (str): The activity's id.
        type_ (str): What happened: `event`, `attribute_change`, `sent_email`, `opened_push`... (`_o:<type id>:...` for
            objects).
        timestamp (int): When it happened, in unix seconds.
        name (None | str | Unset): The event's or attribute's name, for events and attribute changes.
        customer_id (None | str | Unset): The person's id (null when they have none).
        customer_identifiers (ActivityCustomerIdentifiersType0 | None | Unset): The person's identifiers (`id`, `email`,
            `cio_id`).
        delivery_id (None | str | Unset): The delivery it concerns, for message activities.
        delivery_type (None | str | Unset): The delivery's channel, for message activities (`email`, `push`...).
        data (ActivityDataType0 | None | Unset): What the activity carries: an event's data, an attribute's `from`/`to`,
            a delivery's state...
    """

    id: str
    type_: str
    timestamp: int
    name: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_identifiers: ActivityCustomerIdentifiersType0 | None | Unset = UNSET
    delivery_id: None | str | Unset = UNSET
    delivery_type: None | str | Unset = UNSET
    data: ActivityDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_identifiers: dict[str, Any] | None | Unset
        if isinstance(self.customer_identifiers, Unset):
            customer_identifiers = UNSET
        elif isinstance(self.customer_identifiers, ActivityCustomerIdentifiersType0):
            customer_identifiers = self.customer_identifiers.to_dict()
        else:
            customer_identifiers = self.customer_identifiers

        delivery_id: None | str | Unset
        if isinstance(self.delivery_id, Unset):
            delivery_id = UNSET
        else:
            delivery_id = self.delivery_id

        delivery_type: None | str | Unset
        if isinstance(self.delivery_type, Unset):
            delivery_type = UNSET
        else:
            delivery_type = self.delivery_type

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ActivityDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "timestamp": timestamp,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_identifiers is not UNSET:
            field_dict["customer_identifiers"] = customer_identifiers
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if delivery_type is not UNSET:
            field_dict["delivery_type"] = delivery_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.type_ = d.pop("type")

        self.timestamp = d.pop("timestamp")

        self.name = d.pop("name", UNSET)

        self.customer_id = d.pop("customer_id", UNSET)

        customer_identifiers_data: Any = d.pop("customer_identifiers", UNSET)
        customer_identifiers: ActivityCustomerIdentifiersType0 | None | Unset = customer_identifiers_data
        if isinstance(customer_identifiers_data, dict):
            try:
                customer_identifiers_type_0 = ActivityCustomerIdentifiersType0.__new__(
                    ActivityCustomerIdentifiersType0
                )
                customer_identifiers_type_0.additional_properties = (
                    customer_identifiers_data
                    if _owned and isinstance(customer_identifiers_data, dict)
                    else dict(customer_identifiers_data)
                )

                customer_identifiers = customer_identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        self.customer_identifiers = customer_identifiers

        self.delivery_id = d.pop("delivery_id", UNSET)

        self.delivery_type = d.pop("delivery_type", UNSET)

        data_data: Any = d.pop("data", UNSET)
        data: ActivityDataType0 | None | Unset = data_data
        if isinstance(data_data, dict):
            try:
                data_type_0 = ActivityDataType0.__new__(ActivityDataType0)
                data_type_0.additional_properties = (
                    data_data if _owned and isinstance(data_data, dict) else dict(data_data)
                )

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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
    from ..models.activity_customer_identifiers_type_0 import (
        ActivityCustomerIdentifiersType0,
    )
    from ..models.activity_data_type_0 import ActivityDataType0
else:
    from . import _Nested

    ActivityCustomerIdentifiersType0 = _Nested(
        globals(),
        __package__,
        "..models.activity_customer_identifiers_type_0",
        "ActivityCustomerIdentifiersType0",
    )
    ActivityDataType0 = _Nested(globals(), __package__, "..models.activity_data_type_0", "ActivityDataType0")
