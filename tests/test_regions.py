"""Regions: values that compare, hash and print by their URLs, and cannot be changed."""

from __future__ import annotations

import pytest

from customerio import Region, RegionEU, RegionUS


def test_regions_compare_and_hash_by_value() -> None:
    """A Region equals another with the same name and URLs, and hashes alike; the two built-ins differ."""
    copy = Region(RegionEU.name, RegionEU.track_url, RegionEU.api_url, RegionEU.pipelines_url)
    assert copy == RegionEU
    assert hash(copy) == hash(RegionEU)
    assert RegionUS != RegionEU
    assert {RegionUS, copy, RegionEU} == {RegionUS, RegionEU}
    assert RegionUS != "us"


def test_regions_are_immutable() -> None:
    """Setting or deleting a field raises; a region cannot gain new attributes either."""
    with pytest.raises(AttributeError):
        RegionUS.track_url = "https://evil.example/api/v1"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del RegionUS.name  # type: ignore[misc]
    with pytest.raises(AttributeError):
        RegionUS.extra = 1  # type: ignore[attr-defined]
    assert RegionUS.track_url == "https://track.customer.io/api/v1"


def test_region_repr_and_v2_root() -> None:
    """The repr names every URL; the v2 root is derived from the v1 root as the Node client does."""
    assert "track-eu.customer.io" in repr(RegionEU)
    assert RegionEU.track_v2_url == "https://track-eu.customer.io/api/v2"
