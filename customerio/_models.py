"""Building the generated layer's attrs models from caller payloads, with the SDK's error types."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs
import httpx

from customerio_openapi.types import UNSET

from ._exceptions import MissingParamError

if TYPE_CHECKING:
    from customerio_openapi.client import Client

M = TypeVar("M", covariant=True)
R = TypeVar("R")


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
    object belongs, say) or a scalar of the wrong JSON type raises ``TypeError``. The generated models
    silently drop keys a closed schema does not allow (identifiers, audience filters), so a typo such
    as ``{"segmnt": ...}`` would widen a filter to everyone: the built model must serialise back to
    exactly ``payload``, else ``ValueError``.
    """
    instance = _from_dict(model, payload, param)
    check_types(instance, param)
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


@functools.cache
def parser_client() -> Client:
    """The client the generated parsers are given: they consult it only for ``raise_on_unexpected_status``.

    Made on first use: Track calls that ignore the response body never load the generated client module.
    """
    from customerio_openapi.client import Client

    return Client(base_url="", raise_on_unexpected_status=True)


def parser(endpoint: Any, model: type[R]) -> Callable[[httpx.Response], R]:
    """A response parser of a generated endpoint module that insists on its documented 2xx model."""

    def parse(response: httpx.Response) -> R:
        parsed = endpoint._parse_response(client=parser_client(), response=response)
        if not isinstance(parsed, model):
            raise TypeError(f"expected a {model.__name__} body")
        return parsed

    return parse


# JSON types of the generated models' scalar annotations. ``bool`` is an ``int`` in Python, not in JSON.
_SCALARS: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}


_Check = tuple[str, tuple[type, ...], bool, "tuple[type, ...] | None"]


@functools.cache
def _field_checks(cls: type) -> tuple[tuple[_Check, ...], tuple[str, ...]]:
    """For a generated model class: the checks of its plainly typed fields, and its other fields' names.

    A check is (name, allowed types, bool refused, allowed list item types). The other fields hold
    nested models, lists of them, or Literal enums (which ``from_dict`` itself checks).
    """
    checks: list[_Check] = []
    nested: list[str] = []
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        parts = [p.strip().rsplit(".", 1)[-1] for p in _union_parts(str(field.type))]
        parts = [p for p in parts if p not in ("Unset", "None")]
        allowed: list[type] = [type(None)] if "None" in str(field.type) else []
        items: tuple[type, ...] | None = None
        for part in parts:
            inner = [i.strip() for i in part[5:-1].split("|")] if part.startswith("list[") else []
            if part in _SCALARS:
                allowed.extend(_SCALARS[part])
            elif inner and all(i in _SCALARS for i in inner):  # list[str], list[int | str]...
                allowed.append(list)
                items = tuple(t for i in inner for t in _SCALARS[i])
            else:
                allowed = []
                break
        if allowed:
            checks.append((field.name, tuple(allowed), "bool" not in parts, items))
        else:
            nested.append(field.name)
    return tuple(checks), tuple(nested)


def _union_parts(annotation: str) -> list[str]:
    """The members of a union annotation, split at its top level: ``list[int | str] | Unset`` → 2 parts."""
    parts: list[str] = []
    depth = start = 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(annotation[start:index])
            start = index + 1
    return [*parts, annotation[start:]]


def check_types(instance: Any, param: str) -> None:
    """Refuse scalars of the wrong JSON type: the generated models do not validate at runtime.

    Only fields the spec types plainly (text, integers, numbers, booleans, lists of them) are checked,
    recursively through nested models; free-form attributes are the caller's.
    """
    kind: type = type(instance)
    checks, nested = _field_checks(kind)
    for name, allowed, no_bool, items in checks:
        value = getattr(instance, name)
        if value is UNSET:
            continue
        bad = not isinstance(value, allowed) or (no_bool and isinstance(value, bool))
        place = f"{param}.{wire_name(name)}"
        if not bad and items is not None and isinstance(value, list):
            for index, item in enumerate(value):
                if not isinstance(item, items) or isinstance(item, bool) != (bool in items):
                    bad, place, value = True, f"{place}[{index}]", item
                    break
        if bad:
            raise TypeError(f"{place} has the wrong type ({type(value).__name__}) for the API")
    for name in nested:
        value = getattr(instance, name)
        if value is UNSET:
            continue
        if attrs.has(type(value)):
            check_types(value, f"{param}.{wire_name(name)}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if attrs.has(type(item)):
                    check_types(item, f"{param}.{wire_name(name)}[{index}]")


def wire_name(name: str) -> str:
    """The JSON key of a generated field name (``type_`` → ``type``, ``field_update`` → ``_update``)."""
    if name.startswith("field_"):
        return name[len("field") :]
    return name.rstrip("_")
