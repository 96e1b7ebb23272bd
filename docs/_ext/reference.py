"""Sphinx extension of the reference: all of the public API documented, under the names users import.

Public modules are ``customerio`` and every submodule whose dotted name has no ``_`` segment; their public
names are their ``__all__``. When the build has read every page, each public name (and each public method of
each public class) that no page documents is reported as a warning, which ``make docs`` (``-W``) turns into a
failure naming what to add: a new client or exception needs one directive on a page; a new method of a
documented class appears by itself (``:members:``).

Signatures and docstrings name types by where they are defined (``customerio._regions.Region``); such a
reference is resolved to the documented public name of the same object (``customerio.Region``).

The generated package's docstrings are Google style (``Attributes:`` sections); Napoleon converts those only,
since it would read the SDK's own reStructuredText docstrings (``#: The path, decoded: ...``) as typed fields.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.ext.napoleon import Config as NapoleonConfig
from sphinx.ext.napoleon.docstring import GoogleDocstring
from sphinx.util import logging

logger = logging.getLogger(__name__)

ROOT_PACKAGE = "customerio"
GENERATED_PACKAGE = "customerio_openapi"


def public_modules() -> Iterator[ModuleType]:
    """``customerio`` and its public submodules (no ``_`` segment) that declare ``__all__``."""
    root = importlib.import_module(ROOT_PACKAGE)
    yield root
    for info in pkgutil.walk_packages(root.__path__, f"{ROOT_PACKAGE}."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        module = importlib.import_module(info.name)
        if hasattr(module, "__all__"):
            yield module


def public_names() -> dict[str, Any]:
    """Every public name (``module.name``) mapped to its object; dunders such as ``__version__`` excluded."""
    found: dict[str, Any] = {}
    for module in public_modules():
        for name in module.__all__:
            if not name.startswith("__"):
                found[f"{module.__name__}.{name}"] = getattr(module, name)
    return found


def is_ours(obj: Any) -> bool:
    """Whether a class or function is defined in the SDK's hand-written package (not the generated one)."""
    module = getattr(obj, "__module__", "") or ""
    return module == ROOT_PACKAGE or module.startswith(f"{ROOT_PACKAGE}.")


def public_methods(cls: type) -> Iterator[str]:
    """The public methods and properties a class defines or inherits from the SDK's own classes."""
    for klass in cls.__mro__:
        if not is_ours(klass):
            continue  # Exception's and object's members, and the generated models' methods, are not ours
        for attr, member in vars(klass).items():
            if attr.startswith("_"):
                continue
            if inspect.isfunction(member) or isinstance(member, (property, classmethod, staticmethod)):
                yield attr


def documented(env: BuildEnvironment) -> set[str]:
    """Full names of every Python object the pages document."""
    return set(env.get_domain("py").objects)


def check_coverage(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about each public name, and each public method of a public class, that no page documents."""
    have = documented(env)
    for full_name, obj in sorted(public_names().items()):
        if full_name not in have:
            directive = "autoexception" if inspect.isclass(obj) and issubclass(obj, BaseException) else "autoclass"
            if not inspect.isclass(obj):
                directive = "autofunction" if callable(obj) else "autodata"
            logger.warning(
                "%s is public but no page documents it: add `%s:: %s` to a page under docs/ (or document its "
                "module with automodule)",
                full_name,
                directive,
                full_name,
                type="reference",
                subtype="undocumented",
            )
            continue
        if inspect.isclass(obj) and is_ours(obj):
            for method in public_methods(obj):
                if f"{full_name}.{method}" not in have:
                    logger.warning(
                        "%s.%s is public but not in the reference: give it a docstring, and document %s with "
                        ":members: (and :inherited-members: if it comes from a base class)",
                        full_name,
                        method,
                        full_name,
                        type="reference",
                        subtype="undocumented",
                    )


@functools.cache
def public_ids() -> dict[int, str]:
    """The public name of each public class and function, by object identity."""
    return {id(obj): full for full, obj in public_names().items() if inspect.isclass(obj) or callable(obj)}


def public_name_of(target: str) -> str | None:
    """The documented public name of the object a private dotted path such as ``customerio._regions.Region`` names."""
    module_name, _, attr = target.rpartition(".")
    try:
        obj = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError, ValueError):
        return None
    return public_ids().get(id(obj))


def resolve_private_path(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Element | None:
    """Resolve a reference to a private path of the SDK (in a signature or a docstring) to its public name."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith(f"{ROOT_PACKAGE}._"):
        return None
    public = public_name_of(target)
    if public is None:
        return None
    domain = env.get_domain("py")
    return domain.resolve_xref(env, node["refdoc"], app.builder, node.get("reftype", "obj"), public, node, contnode)


def google_style_for_generated(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """Convert a generated object's Google-style docstring to reStructuredText, in place."""
    module = getattr(obj, "__module__", None) or ""
    # The App API methods that scripts/facade.py writes document their arguments Google style as well.
    if module == GENERATED_PACKAGE or module.startswith(f"{GENERATED_PACKAGE}.") or module in FACADE_MODULES:
        converted = GoogleDocstring(lines, NapoleonConfig(), app, what, name, obj, options)
        lines[:] = converted.lines()


#: The modules of the App API methods written from the spec by scripts/facade.py.
FACADE_MODULES = frozenset({"customerio._sync._app", "customerio._async._app"})

UNSET_REPR = re.compile(rf"<{GENERATED_PACKAGE}\.types\.Unset object(?: at 0x[0-9a-fA-F]+)?>")


def unset_by_name(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, signature: str | None, return_annotation: str | None
) -> tuple[str | None, str | None] | None:
    """Show the generated models' default ``UNSET`` by its name rather than as ``<...Unset object>``."""
    if signature is None or "Unset object" not in signature:
        return None
    return UNSET_REPR.sub("UNSET", signature), return_annotation


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the coverage check, the private-path resolver and the generated models' presentation."""
    app.connect("env-check-consistency", check_coverage)
    app.connect("missing-reference", resolve_private_path)
    app.connect("autodoc-process-docstring", google_style_for_generated)
    app.connect("autodoc-process-signature", unset_by_name)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
