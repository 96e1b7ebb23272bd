from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchRequest")


@_attrs_define
class BatchRequest:
    """A batch of v2 operations (≥ 1). Whole request ≤ 500 KB; each operation ≤ 32 KB.

    Example:
        {'batch': [{'type': 'person', 'identifiers': {'id': '42'}, 'action': 'delete'}]}

    Attributes:
        batch (list[V2Operation] | Unset):
    """

    batch: list[V2Operation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batch, Unset):
            batch = []
            for batch_item_data in self.batch:
                batch_item = batch_item_data.to_dict()
                batch.append(batch_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch is not UNSET:
            field_dict["batch"] = batch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _batch = d.pop("batch", UNSET)
        batch: list[V2Operation] | Unset = UNSET
        if _batch is not UNSET:
            batch = []
            for batch_item_data in _batch:
                batch_item = V2Operation.from_dict(batch_item_data, _owned)

                batch.append(batch_item)

        self.batch = batch

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
    from ..models.v2_operation import V2Operation
else:
    from . import _Nested

    V2Operation = _Nested(globals(), __package__, "..models.v2_operation", "V2Operation")
