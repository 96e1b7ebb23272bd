from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportResponse")


@_attrs_define
class ImportResponse:
    """One import.

    Attributes:
        import_ (Import): A bulk import and how far it got. Example: {'id': 30, 'name': 'account-object-import',
            'description': 'importing accounts', 'created_at': 1706081641, 'updated_at': 1706081645, 'rows_to_import': 3,
            'rows_imported': 3, 'state': 'imported', 'type': 'object', 'data_to_process': 'all', 'people_to_process': 'all',
            'object_type_id': 1}.
    """

    import_: Import
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_ = self.import_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import": import_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        import_ = Import.from_dict(d.pop("import"), _owned)

        self.import_ = import_

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
    from ..models.import_ import Import
else:
    from . import _Nested

    Import = _Nested(globals(), __package__, "..models.import_", "Import")
