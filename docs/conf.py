"""Sphinx configuration of the API reference (``make docs``; ``make test`` builds it with warnings as errors).

The reference is generated from the docstrings (autodoc; they are reStructuredText), the narrative pages are
Markdown (MyST) that include the README's sections, so the README stays the one place that prose is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

import customerio

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

project = "customerio-py"
author = "The customerio-py contributors"
copyright = "2026, The customerio-py contributors"
release = version = customerio.__version__

extensions = [
    "sphinx.ext.autodoc",
    "myst_parser",
    "reference",  # docs/_ext/reference.py: the public API is all documented, links use public names
]

# `text` in a docstring (the spec's descriptions are Markdown-minded) reads as code, not as italics.
default_role = "code"
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
# The README's sections start at "##" and "###" headings; included under a page's own title they skip a level.
suppress_warnings = ["myst.header"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

# autodoc: the public names as users import them (customerio.TrackClient), in source order, with type hints.
add_module_names = False
python_use_unqualified_type_names = True
python_maximum_signature_line_length = 90  # longer signatures get one parameter per line
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_class_signature = "mixed"
autodoc_default_options = {"members": True, "exclude-members": "__init__, __new__"}

html_theme = "furo"
html_title = f"customerio-py {release}"
html_show_sourcelink = False
html_static_path = ["_static"]
html_css_files = ["customerio.css"]
html_theme_options = {"navigation_with_keys": True}
