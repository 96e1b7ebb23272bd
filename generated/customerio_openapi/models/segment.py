from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A segment of the workspace, data-driven or manual.

    Example:
        {'id': 7, 'deduplicate_id': '7:1735689600', 'name': 'Purchased flowers', 'description': 'People who bought at
            least once', 'state': 'finished', 'progress': None, 'type': 'dynamic', 'tags': ['retail']}

    Attributes:
        id (int): The segment's id.
        name (str): The segment's name.
        type_ (str): `dynamic` (data-driven) or `manual`.
        deduplicate_id (str | Unset): The id and the time of the segment's last change, `id:unix seconds`.
        description (str | Unset): The segment's description.
        state (str | Unset): How far a data-driven segment is built: `events`, `build` or `finished`.
        progress (int | None | Unset): Percent built while `state` is `build`; null otherwise.
        tags (list[str] | None | Unset): The segment's tags.
    """

    id: int
    name: str
    type_: str
    deduplicate_id: str | Unset = UNSET
    description: str | Unset = UNSET
    state: str | Unset = UNSET
    progress: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        deduplicate_id = self.deduplicate_id

        description = self.description

        state = self.state

        progress: int | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if progress is not UNSET:
            field_dict["progress"] = progress
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")

        self.name = d.pop("name")

        self.type_ = d.pop("type")

        self.deduplicate_id = d.pop("deduplicate_id", UNSET)

        self.description = d.pop("description", UNSET)

        self.state = d.pop("state", UNSET)

        self.progress = d.pop("progress", UNSET)

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
