from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowActionResponse")


@_attrs_define
class WorkflowActionResponse:
    """One action.

    Attributes:
        action (WorkflowAction): One action of a campaign or broadcast workflow: a message (email, push, SMS, in-app...)
            or a webhook, with its content. Which fields are present depends on `type`.  Example: {'id': 96, 'campaign_id':
            5, 'parent_action_id': None, 'deduplicate_id': '96:1552341937', 'name': 'Welcome email', 'type': 'email',
            'sending_state': 'automatic', 'language': '', 'layout': '<html><body>{{ content }}</body></html>', 'body':
            '<p>Welcome, {{ customer.first_name }}!</p>', 'subject': 'Welcome aboard', 'preheader_text': 'Three things to
            try first', 'from': 'team@example.com', 'from_id': 1, 'reply_to': None, 'reply_to_id': None, 'recipient':
            '{{customer.email}}', 'created': 1552341937, 'updated': 1552341937}.
    """

    action: WorkflowAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        action = WorkflowAction.from_dict(d.pop("action"), _owned)

        self.action = action

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
    from ..models.workflow_action import WorkflowAction
else:
    from . import _Nested

    WorkflowAction = _Nested(globals(), __package__, "..models.workflow_action", "WorkflowAction")
