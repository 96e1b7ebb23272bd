from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateImportRequest")


@_attrs_define
class CreateImportRequest:
    """The body of a new import: `{"import": {...}}`.

    Attributes:
        import_ (ImportInput): A CSV import: the public URL of the file and what its rows are. People and event imports
            name the `identifier` column; object imports name their `object_type_id`.
    """

    import_: ImportInput

    def to_dict(self) -> dict[str, Any]:
        import_ = self.import_.to_dict()

        field_dict: dict[str, Any] = {}

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
        import_ = ImportInput.from_dict(d.pop("import"), _owned)

        self.import_ = import_

        return self


if TYPE_CHECKING:
    from ..models.import_input import ImportInput
else:
    from . import _Nested

    ImportInput = _Nested(globals(), __package__, "..models.import_input", "ImportInput")
