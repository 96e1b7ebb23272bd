"""Small public enumerations shared by both APIs."""

from __future__ import annotations

from enum import StrEnum


class IdentifierType(StrEnum):
    """Which kind of identifier a value is: a person's ``id``, ``email`` or ``cio_id``."""

    ID = "id"
    EMAIL = "email"
    CIO_ID = "cio_id"

    def __str__(self) -> str:
        return self.value


def identifier_type(value: object, param: str) -> str:
    """Validate an identifier type given as :class:`IdentifierType` or plain text."""
    if isinstance(value, str):
        try:
            return IdentifierType(value).value
        except ValueError:
            pass
    raise ValueError(f'{param} must be one of "id", "cio_id" or "email", not {value!r}')
