from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionInput")


@_attrs_define
class CollectionInput:
    """A collection's name and its data: the rows themselves (`data`) or the address of a CSV or JSON file to download
    them from (`url`). At most 10 MB in all and 10 KB per row.

    Attributes:
        name (str | Unset): The collection's name, as messages reference it.
        data (list[CollectionInputDataItem] | Unset): The rows, one object each.
        url (str | Unset): The address of a CSV or JSON file holding the rows.
    """

    name: str | Unset = UNSET
    data: list[CollectionInputDataItem] | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name", UNSET)

        _data = d.pop("data", UNSET)
        data: list[CollectionInputDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                _data_item = data_item_data
                data_item = CollectionInputDataItem.__new__(CollectionInputDataItem)
                data_item.additional_properties = (
                    _data_item if _owned and isinstance(_data_item, dict) else dict(_data_item)
                )

                data.append(data_item)

        self.data = data

        self.url = d.pop("url", UNSET)

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
    from ..models.collection_input_data_item import CollectionInputDataItem
else:
    from . import _Nested

    CollectionInputDataItem = _Nested(
        globals(), __package__, "..models.collection_input_data_item", "CollectionInputDataItem"
    )
