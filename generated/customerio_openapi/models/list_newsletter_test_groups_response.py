from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListNewsletterTestGroupsResponse")


@_attrs_define
class ListNewsletterTestGroupsResponse:
    """The A/B test groups of a newsletter.

    Attributes:
        test_groups (list[NewsletterTestGroup]):
    """

    test_groups: list[NewsletterTestGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_groups = []
        for test_groups_item_data in self.test_groups:
            test_groups_item = test_groups_item_data.to_dict()
            test_groups.append(test_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_groups": test_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        test_groups = []
        _test_groups = d.pop("test_groups")
        for test_groups_item_data in _test_groups:
            test_groups_item = NewsletterTestGroup.from_dict(test_groups_item_data, _owned)

            test_groups.append(test_groups_item)

        self.test_groups = test_groups

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
    from ..models.newsletter_test_group import NewsletterTestGroup
else:
    from . import _Nested

    NewsletterTestGroup = _Nested(
        globals(), __package__, "..models.newsletter_test_group", "NewsletterTestGroup"
    )
