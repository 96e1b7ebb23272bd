from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomersAttributesRequest")


@_attrs_define
class CustomersAttributesRequest:
    """The body of a lookup of several people: `{"ids": [...]}`, at most 100 ids.

    Attributes:
        ids (list[int | str]): The people's ids (1 to 100); ids that match nobody are left out of the answer.
    """

    ids: list[int | str]

    def to_dict(self) -> dict[str, Any]:
        ids = []
        for ids_item_data in self.ids:
            ids_item: int | str
            ids_item = ids_item_data
            ids.append(ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        ids = []
        _ids = d.pop("ids")
        for ids_item_data in _ids:
            ids_item: int | str = ids_item_data

            ids.append(ids_item)

        self.ids = ids

        return self
