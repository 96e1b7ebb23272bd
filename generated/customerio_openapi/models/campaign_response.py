from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CampaignResponse")


@_attrs_define
class CampaignResponse:
    """One campaign.

    Attributes:
        campaign (Campaign): A campaign (a workflow people enter on a trigger), without its actions' content. Example:
            {'id': 5, 'deduplicate_id': '5:1552341937', 'name': 'Trial onboarding', 'description': 'Welcome series for new
            trial signups', 'type': 'segment', 'state': 'running', 'active': True, 'actions': [{'id': 96, 'type': 'email'},
            {'id': 97, 'type': 'webhook'}], 'tags': ['onboarding'], 'trigger_segment_ids': [90], 'filter_segment_ids': [21,
            42], 'created': 1552341937, 'updated': 1552341937, 'first_started': 1552341937, 'created_by':
            'person@example.com'}.
    """

    campaign: Campaign
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        campaign = Campaign.from_dict(d.pop("campaign"), _owned)

        self.campaign = campaign

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
    from ..models.campaign import Campaign
else:
    from . import _Nested

    Campaign = _Nested(globals(), __package__, "..models.campaign", "Campaign")
