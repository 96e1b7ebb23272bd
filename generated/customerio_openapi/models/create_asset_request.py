from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateAssetRequest")


@_attrs_define
class CreateAssetRequest:
    """The upload of a new asset: the file, and optionally its display name and folder.

    Attributes:
        file (File): The file, with its file name and content type (`image/png`, `image/jpeg`, `image/gif`, `image/bmp`
            or `application/pdf`; at most 2 MB, images at most 4096 pixels a side).
        name (str | Unset): The asset's display name; the file name when absent.
        parent_folder_id (str | Unset): The id of the asset folder it goes in (a form field: digits); absent or 0 for
            the root.
    """

    file: File
    name: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        name = self.name

        parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.parent_folder_id, Unset):
            files.append(("parent_folder_id", (None, str(self.parent_folder_id).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        file = File(payload=BytesIO(d.pop("file")))

        self.file = file

        self.name = d.pop("name", UNSET)

        self.parent_folder_id = d.pop("parent_folder_id", UNSET)

        return self
