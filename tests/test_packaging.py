"""The built artifacts (`make dist`): what they ship, the metadata PyPI shows, and the wheel installed alone.

Also the changelog and the supported Pythons, which the metadata states.
"""

from __future__ import annotations

import email.message
import email.parser
import json
import re
import subprocess
import tarfile
import tomllib
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version
from readme_renderer.markdown import render

import customerio
from tests._packaging import Installed, run, runtime_closure
from tests.conftest import Dist

ROOT = Path(__file__).resolve().parents[1]
DIST_INFO_SUFFIX = ".dist-info/"
PACKAGES = {
    "customerio": ROOT / "customerio",
    "customerio_openapi": ROOT / "generated" / "customerio_openapi",
}
# What the sdist carries at its top level: the sources, the spec they are generated from, and the documents.
SDIST_TOP = {"customerio", "generated", "spec", "README.md", "CHANGELOG.md", "LICENSE", "pyproject.toml", "PKG-INFO"}
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


@pytest.fixture(scope="session")
def wheel_names(dist: Dist) -> list[str]:
    """Every file name inside the wheel."""
    with zipfile.ZipFile(dist.wheel) as archive:
        return archive.namelist()


@pytest.fixture(scope="session")
def metadata(dist: Dist, wheel_names: list[str]) -> email.message.Message:
    """The wheel's METADATA, parsed."""
    (name,) = [n for n in wheel_names if n.endswith(DIST_INFO_SUFFIX + "METADATA")]
    with zipfile.ZipFile(dist.wheel) as archive:
        return email.parser.Parser().parsestr(archive.read(name).decode())


def supported_pythons() -> list[str]:
    """The ``3.X`` versions of pyproject's classifiers (noxfile.py's matrix reads the same)."""
    found = (
        re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c) for c in PYPROJECT["project"]["classifiers"]
    )
    return sorted((m.group(1) for m in found if m), key=Version)


@pytest.mark.slow
def test_wheel_ships_both_packages_and_their_markers(wheel_names: list[str]) -> None:
    """The wheel contains customerio and customerio_openapi with __init__.py, py.typed, the stamp and the license."""
    expected = {
        "customerio/__init__.py",
        "customerio/py.typed",
        "customerio_openapi/__init__.py",
        "customerio_openapi/py.typed",
        "customerio_openapi/_provenance.py",
    }
    assert expected <= set(wheel_names), sorted(expected - set(wheel_names))
    assert [n for n in wheel_names if n.endswith(DIST_INFO_SUFFIX + "licenses/LICENSE")]


@pytest.mark.slow
def test_wheel_ships_nothing_outside_the_packages(wheel_names: list[str]) -> None:
    """Every wheel entry is in customerio/, customerio_openapi/ or the dist-info: no tests, bench, spec tooling."""
    stray = [
        name
        for name in wheel_names
        if name.split("/", 1)[0] not in PACKAGES and not name.split("/", 1)[0].endswith(".dist-info")
    ]
    assert not stray, stray
    assert not [n for n in wheel_names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in wheel_names if re.search(r"(^|/)(tests|bench|scripts|templates|docs|examples)/", n)]


@pytest.mark.slow
def test_wheel_ships_every_source_file_of_both_packages(wheel_names: list[str]) -> None:
    """The wheel's package files are exactly the repository's (nothing of generated/ is left out)."""
    for package, source in PACKAGES.items():
        on_disk = {
            f"{package}/{p.relative_to(source).as_posix()}"
            for p in source.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        in_wheel = {n for n in wheel_names if n.startswith(package + "/")}
        assert in_wheel == on_disk, {
            "missing": sorted(on_disk - in_wheel),
            "extra": sorted(in_wheel - on_disk),
        }


@pytest.mark.slow
def test_sdist_ships_the_sources_spec_and_documents(dist: Dist) -> None:
    """The sdist holds the packages, the spec, README, CHANGELOG, LICENSE and pyproject; no tests, bench or tools."""
    with tarfile.open(dist.sdist) as archive:
        names = [m.name.split("/", 1)[1] for m in archive.getmembers() if "/" in m.name]
    top = {name.split("/", 1)[0] for name in names}
    assert top - {".gitignore"} == SDIST_TOP, sorted(top ^ SDIST_TOP)
    assert "generated/customerio_openapi/py.typed" in names
    assert "spec/openapi.yaml" in names


@pytest.mark.slow
def test_wheel_requires_only_httpx_attrs_and_sniffio(metadata: email.message.Message) -> None:
    """The runtime Requires-Dist names httpx, attrs and sniffio, each by range; the rest is behind the extras."""
    requirements = [Requirement(r) for r in metadata.get_all("Requires-Dist") or []]
    runtime = [r for r in requirements if r.marker is None]
    assert {canonicalize_name(r.name) for r in runtime} == {"httpx", "attrs", "sniffio"}, requirements
    assert all(r.specifier for r in runtime), runtime
    sniffio = next(r for r in runtime if r.name == "sniffio")
    assert sniffio.specifier.contains("1.3.1")
    assert not sniffio.specifier.contains("2.0")
    extras = sorted(metadata.get_all("Provides-Extra") or [])
    assert extras == ["aiohttp", "cli", "testing"]
    optional = [r for r in requirements if r.marker is not None]
    assert optional
    assert all(any(r.marker.evaluate({"extra": name}) for name in extras) for r in optional)


@pytest.mark.slow
def test_wheel_declares_the_console_script(dist: Dist) -> None:
    """The wheel's entry points name the ``customerio`` console script (its module imports only stdlib first)."""
    with zipfile.ZipFile(dist.wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(DIST_INFO_SUFFIX + "entry_points.txt"))
        text = archive.read(name).decode()
    assert "[console_scripts]\ncustomerio = customerio._cli:console_script" in text


@pytest.mark.slow
def test_metadata_is_complete_and_versioned_from_one_place(metadata: email.message.Message) -> None:
    """Name, the version from customerio/_version.py, summary, license, URLs and Python classifiers are all set."""
    assert metadata["Name"] == "customerio-py"
    assert metadata["Version"] == customerio.__version__
    assert metadata["Summary"]
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    urls = metadata.get_all("Project-URL") or []
    assert urls
    assert all(u.split(", ", 1)[1].startswith("https://") for u in urls), urls
    assert metadata["Requires-Python"] == f">={supported_pythons()[0]}"
    classifiers = metadata.get_all("Classifier") or []
    assert [c.rsplit(" :: ", 1)[1] for c in classifiers if re.fullmatch(r".*:: 3\.\d+", c)] == supported_pythons()
    assert "Typing :: Typed" in classifiers
    assert metadata["Description-Content-Type"] == "text/markdown"


def test_supported_pythons_are_consecutive_from_the_baseline() -> None:
    """The classifiers name 3.11 (the baseline) up to at least 3.13 with no gap, and requires-python matches."""
    versions = [Version(v) for v in supported_pythons()]
    assert versions[0] == Version("3.11")
    assert versions[-1] >= Version("3.13")
    assert [v.minor for v in versions] == list(range(versions[0].minor, versions[-1].minor + 1))
    assert SpecifierSet(PYPROJECT["project"]["requires-python"]) == SpecifierSet(f">={versions[0]}")


class _Links(HTMLParser):
    """Collects the href and src attributes of rendered HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.targets += [value for name, value in attrs if name in ("href", "src") and value]


@pytest.mark.slow
def test_long_description_renders_as_pypi_shows_it(metadata: email.message.Message) -> None:
    """PyPI's renderer turns the long description into HTML with its tables and code, and every link is absolute."""
    html = render(metadata.get_payload(), variant="GFM")
    assert html is not None, "readme_renderer could not render the long description"
    assert html.count("<table>") >= 5
    assert "<pre" in html
    assert "```" not in html
    assert re.search(r"<h1[^>]*>customerio-py<", html)
    links = _Links()
    links.feed(html)
    relative = [t for t in links.targets if not t.startswith(("https://", "http://", "#", "mailto:"))]
    assert not relative, f"links PyPI cannot follow: {relative}"


def test_changelog_keeps_a_changelog_and_knows_the_version() -> None:
    """CHANGELOG.md is in Keep a Changelog form, and the package's version is its newest release or a later one.

    It opens with Unreleased, then released versions newest first with ISO dates, under the usual sections.
    """
    text = (ROOT / "CHANGELOG.md").read_text()
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings[0] == "[Unreleased]", headings
    released = [re.fullmatch(r"\[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})", h) for h in headings[1:]]
    assert all(released), headings
    versions = [Version(m.group(1)) for m in released if m]
    assert versions == sorted(versions, reverse=True)
    sections = set(re.findall(r"^### (.+)$", text, re.MULTILINE))
    assert sections <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}, sections
    current = Version(customerio.__version__)
    assert not versions or current >= versions[0], f"{current} is older than the newest release {versions[0]}"


@pytest.mark.slow
def test_wheel_installed_alone_imports_from_its_venv(installed: Installed, tmp_path: Path) -> None:
    """In a fresh venv with only the runtime dependencies, both packages import from there, typed.

    The distribution installs its two packages and nothing else: no tests, bench or spec tooling.
    """
    probe = """
import importlib.metadata as md, importlib.util, json, customerio, customerio_openapi, customerio_openapi._provenance as p
from customerio_openapi import AuthenticatedClient
from pathlib import Path
print(json.dumps({
    "facade": customerio.__file__, "generated": customerio_openapi.__file__, "sha": p.SPEC_SHA256,
    "version": customerio.__version__,
    "typed": [(Path(m.__file__).parent / "py.typed").is_file() for m in (customerio, customerio_openapi)],
    "files": sorted({str(f).split("/", 1)[0] for f in md.files("customerio-py")}),
    "dists": sorted(d.metadata["Name"] for d in md.distributions()),
    "strays": [n for n in ("tests", "bench", "scripts", "examples", "openapi_python_client") if importlib.util.find_spec(n)],
}))
"""
    found = json.loads(run(installed.python, "-I", "-c", probe, cwd=tmp_path).stdout)

    prefix = installed.venv.resolve()
    assert Path(found["facade"]).resolve().is_relative_to(prefix), found["facade"]
    assert Path(found["generated"]).resolve().is_relative_to(prefix), found["generated"]
    assert len(found["sha"]) == 64
    assert found["version"] == customerio.__version__
    assert found["typed"] == [True, True]
    # ".." is the console script, installed into the venv's bin/.
    assert [f for f in found["files"] if not f.endswith(".dist-info")] == ["..", "customerio", "customerio_openapi"]
    assert found["strays"] == []
    # Without the cli extra the console script says how to install it (its status: EXIT_MISSING_EXTRA, 4).
    script = subprocess.run([str(installed.python.parent / "customerio")], capture_output=True, text=True, check=False)
    assert script.returncode == 4, script.stderr
    assert 'pip install "customerio-py[cli]"' in script.stderr
    installed_dists = {canonicalize_name(n) for n in found["dists"]} - {"pip", "setuptools"}
    assert installed_dists == {"customerio-py", *runtime_closure()}, installed_dists
