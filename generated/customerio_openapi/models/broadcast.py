from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Broadcast")


@_attrs_define
class Broadcast:
    """An API-triggered broadcast, without its actions' content.

    Example:
        {'id': 3, 'deduplicate_id': '3:1520467200', 'name': 'Roadrunner sightings', 'type': 'triggered_broadcast',
            'state': 'running', 'active': True, 'actions': [{'id': 11, 'type': 'email'}, {'id': 12, 'type': 'push'}],
            'tags': ['alerts'], 'created': 1520467200, 'updated': 1520467200, 'first_started': 1520467200, 'created_by':
            'person@example.com'}

    Attributes:
        id (int): The broadcast's id.
        name (str): The broadcast's name.
        deduplicate_id (str | Unset): The id and the unix time of its last change, `id:time`.
        type_ (str | Unset): Always `triggered_broadcast`.
        state (str | Unset): `running`, `draft` or `stopped`.
        active (bool | Unset): Whether the broadcast can be triggered.
        actions (list[WorkflowActionRef] | Unset): The broadcast's actions, by id and kind.
        tags (list[str] | None | Unset): The broadcast's tags.
        created (int | Unset): When the broadcast was created, in unix seconds.
        updated (int | Unset): When the broadcast last changed, in unix seconds.
        first_started (int | None | Unset): When the broadcast was first triggered, in unix seconds.
        created_by (str | Unset): Who created the broadcast.
    """

    id: int
    name: str
    deduplicate_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    state: str | Unset = UNSET
    active: bool | Unset = UNSET
    actions: list[WorkflowActionRef] | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    first_started: int | None | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        deduplicate_id = self.deduplicate_id

        type_ = self.type_

        state = self.state

        active = self.active

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created = self.created

        updated = self.updated

        first_started: int | None | Unset
        if isinstance(self.first_started, Unset):
            first_started = UNSET
        else:
            first_started = self.first_started

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if active is not UNSET:
            field_dict["active"] = active
        if actions is not UNSET:
            field_dict["actions"] = actions
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if first_started is not UNSET:
            field_dict["first_started"] = first_started
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.deduplicate_id = d.pop("deduplicate_id", UNSET)

        self.type_ = d.pop("type", UNSET)

        self.state = d.pop("state", UNSET)

        self.active = d.pop("active", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[WorkflowActionRef] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = WorkflowActionRef.from_dict(actions_item_data, _owned)

                actions.append(actions_item)

        self.actions = actions

        def _parse_tags(data: object, _owned: bool = False) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        self.tags = tags

        self.created = d.pop("created", UNSET)

        self.updated = d.pop("updated", UNSET)

        self.first_started = d.pop("first_started", UNSET)

        self.created_by = d.pop("created_by", UNSET)

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
    from ..models.workflow_action_ref import WorkflowActionRef
else:
    from . import _Nested

    WorkflowActionRef = _Nested(globals(), __package__, "..models.workflow_action_ref", "WorkflowActionRef")
