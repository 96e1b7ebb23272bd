"""Building the generated layer's attrs models from caller payloads, with the SDK's error types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import httpx

from ._exceptions import MissingParamError

M = TypeVar("M", covariant=True)


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


MT = TypeVar("MT", bound=_Model)


class _FromDict(Protocol[M]):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> M: ...


def build(model: type[_FromDict[MT]], payload: Mapping[str, Any], param: str) -> MT:
    """``model.from_dict(payload)``, turning the generated code's failures into clear argument errors.

    A missing required key raises :class:`MissingParamError` (``"<param>.<key> is required"``); a
    value outside a documented enum raises ``ValueError``; a wrongly shaped value (a list where an
    object belongs, say) raises ``TypeError``. The generated models silently drop keys a closed schema
    does not allow (identifiers, audience filters), so a typo such as ``{"segmnt": ...}`` would widen a
    filter to everyone: the built model must serialise back to exactly ``payload``, else ``ValueError``.
    """
    instance = _from_dict(model, payload, param)
    if instance.to_dict() != payload:
        raise ValueError(f"{param} has keys or values the API does not accept")
    return instance


def _from_dict(model: type[_FromDict[MT]], payload: Mapping[str, Any], param: str) -> MT:
    try:
        return model.from_dict(payload)
    except KeyError as exc:
        raise MissingParamError(f"{param}.{exc.args[0]}" if param else str(exc.args[0])) from None
    except TypeError as exc:
        if str(exc).startswith("Unexpected value"):
            raise ValueError(f"{param}: {exc}") from None
        raise TypeError(f"{param} has a value of the wrong type: {exc}") from None
    except (AttributeError, ValueError) as exc:
        raise TypeError(f"{param} has a value of the wrong shape: {exc}") from None


def json_body(response: httpx.Response) -> Any:
    """The response's JSON, or ``{}`` for an empty body (Customer.io answers some calls with nothing)."""
    return response.json() if response.content.strip() else {}
