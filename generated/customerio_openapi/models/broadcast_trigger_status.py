from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastTriggerStatus")


@_attrs_define
class BroadcastTriggerStatus:
    """How far one trigger of a broadcast has been processed.

    Example:
        {'id': 17, 'broadcast_id': 3, 'created_at': 1735689600, 'processed_at': 1735689612, 'recipients_count': 1250,
            'workflow_action_ids': [11, 12], 'data_file_position': 0, 'data_file_processed': False, 'data_file_error_count':
            0, 'recipients_filter': {'data': {'headline': 'Roadrunner spotted in Albuquerque!'}}}

    Attributes:
        id (int | str | Unset): The trigger's id.
        broadcast_id (int | Unset): The broadcast it triggered.
        created_at (int | Unset): When it was triggered, in unix seconds.
        processed_at (int | None | Unset): When it was processed, in unix seconds (null until then).
        recipients_count (int | Unset): How many people it was sent to.
        workflow_action_ids (list[int] | Unset): The broadcast actions it ran.
        data_file_position (int | Unset): How far a `data_file_url` file has been read.
        data_file_processed (bool | Unset): Whether a `data_file_url` file has been read in full.
        data_file_error_count (int | Unset): How many rows of the data file failed (see the trigger's errors).
        recipients_filter (BroadcastTriggerStatusRecipientsFilterType0 | None | Unset): The audience and data the
            trigger was given.
    """

    id: int | str | Unset = UNSET
    broadcast_id: int | Unset = UNSET
    created_at: int | Unset = UNSET
    processed_at: int | None | Unset = UNSET
    recipients_count: int | Unset = UNSET
    workflow_action_ids: list[int] | Unset = UNSET
    data_file_position: int | Unset = UNSET
    data_file_processed: bool | Unset = UNSET
    data_file_error_count: int | Unset = UNSET
    recipients_filter: BroadcastTriggerStatusRecipientsFilterType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        broadcast_id = self.broadcast_id

        created_at = self.created_at

        processed_at: int | None | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        recipients_count = self.recipients_count

        workflow_action_ids: list[int] | Unset = UNSET
        if not isinstance(self.workflow_action_ids, Unset):
            workflow_action_ids = self.workflow_action_ids

        data_file_position = self.data_file_position

        data_file_processed = self.data_file_processed

        data_file_error_count = self.data_file_error_count

        recipients_filter: dict[str, Any] | None | Unset
        if isinstance(self.recipients_filter, Unset):
            recipients_filter = UNSET
        elif isinstance(self.recipients_filter, BroadcastTriggerStatusRecipientsFilterType0):
            recipients_filter = self.recipients_filter.to_dict()
        else:
            recipients_filter = self.recipients_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if recipients_count is not UNSET:
            field_dict["recipients_count"] = recipients_count
        if workflow_action_ids is not UNSET:
            field_dict["workflow_action_ids"] = workflow_action_ids
        if data_file_position is not UNSET:
            field_dict["data_file_position"] = data_file_position
        if data_file_processed is not UNSET:
            field_dict["data_file_processed"] = data_file_processed
        if data_file_error_count is not UNSET:
            field_dict["data_file_error_count"] = data_file_error_count
        if recipients_filter is not UNSET:
            field_dict["recipients_filter"] = recipients_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id", UNSET)

        self.broadcast_id = d.pop("broadcast_id", UNSET)

        self.created_at = d.pop("created_at", UNSET)

        self.processed_at = d.pop("processed_at", UNSET)

        self.recipients_count = d.pop("recipients_count", UNSET)

        workflow_action_ids = cast(list[int], d.pop("workflow_action_ids", UNSET))

        self.workflow_action_ids = workflow_action_ids

        self.data_file_position = d.pop("data_file_position", UNSET)

        self.data_file_processed = d.pop("data_file_processed", UNSET)

        self.data_file_error_count = d.pop("data_file_error_count", UNSET)

        recipients_filter_data: Any = d.pop("recipients_filter", UNSET)
        recipients_filter: BroadcastTriggerStatusRecipientsFilterType0 | None | Unset = recipients_filter_data
        if isinstance(recipients_filter_data, dict):
            try:
                recipients_filter_type_0 = BroadcastTriggerStatusRecipientsFilterType0.__new__(
                    BroadcastTriggerStatusRecipientsFilterType0
                )
                recipients_filter_type_0.additional_properties = (
                    recipients_filter_data
                    if _owned and isinstance(recipients_filter_data, dict)
                    else dict(recipients_filter_data)
                )

                recipients_filter = recipients_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        self.recipients_filter = recipients_filter

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
    from ..models.broadcast_trigger_status_recipients_filter_type_0 import (
        BroadcastTriggerStatusRecipientsFilterType0,
    )
else:
    from . import _Nested

    BroadcastTriggerStatusRecipientsFilterType0 = _Nested(
        globals(),
        __package__,
        "..models.broadcast_trigger_status_recipients_filter_type_0",
        "BroadcastTriggerStatusRecipientsFilterType0",
    )
