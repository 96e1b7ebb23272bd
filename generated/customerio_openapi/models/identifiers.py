from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Identifiers")


@_attrs_define
class Identifiers:
    """The person the transactional message belongs to: exactly one of `id`, `email` or `cio_id`. Use `email` if the
    workspace identifies people by email.

    Attributes:
        id (int | str | Unset): The person's id.
        email (str | Unset): The person's email address.
        cio_id (str | Unset): The person's Customer.io-assigned id.
    """

    id: int | str | Unset = UNSET
    email: str | Unset = UNSET
    cio_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email = self.email

        cio_id = self.cio_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id", UNSET)

        self.email = d.pop("email", UNSET)

        self.cio_id = d.pop("cio_id", UNSET)

        return self
