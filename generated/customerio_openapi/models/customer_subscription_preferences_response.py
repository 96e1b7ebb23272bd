from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSubscriptionPreferencesResponse")


@_attrs_define
class CustomerSubscriptionPreferencesResponse:
    """A person's subscription preferences as their subscription center shows them: the page's header and each topic
    with its name, description and whether the person is subscribed (translated when a `language` is asked for). The
    shape inside `customer` is kept open.

    Attributes:
        customer (CustomerSubscriptionPreferencesResponseCustomer | Unset): The person (`id`, `identifiers`) and their
            preferences (header, topics).
    """

    customer: CustomerSubscriptionPreferencesResponseCustomer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _customer = d.pop("customer", UNSET)
        customer: CustomerSubscriptionPreferencesResponseCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerSubscriptionPreferencesResponseCustomer.__new__(
                CustomerSubscriptionPreferencesResponseCustomer
            )
            customer.additional_properties = (
                _customer if _owned and isinstance(_customer, dict) else dict(_customer)
            )

        self.customer = customer

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
    from ..models.customer_subscription_preferences_response_customer import (
        CustomerSubscriptionPreferencesResponseCustomer,
    )
else:
    from . import _Nested

    CustomerSubscriptionPreferencesResponseCustomer = _Nested(
        globals(),
        __package__,
        "..models.customer_subscription_preferences_response_customer",
        "CustomerSubscriptionPreferencesResponseCustomer",
    )
