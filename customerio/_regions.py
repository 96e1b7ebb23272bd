"""Data regions: a region name maps to the Track, App and Data Pipelines API base URLs."""

from __future__ import annotations

from typing import Any


class Region:
    """A Customer.io data region; use :data:`RegionUS` or :data:`RegionEU`.

    A small immutable value written out by hand rather than with attrs: ``import customerio`` builds the two
    regions, and attrs alone would cost that import about 18 ms.
    """

    __slots__ = ("api_url", "name", "pipelines_url", "track_url")

    #: Short name, ``"us"`` or ``"eu"``.
    name: str
    #: Track API v1 root, e.g. ``https://track.customer.io/api/v1``.
    track_url: str
    #: App API root, e.g. ``https://api.customer.io/v1``.
    api_url: str
    #: Data Pipelines API root, e.g. ``https://cdp.customer.io/v1``.
    pipelines_url: str

    def __init__(self, name: str, track_url: str, api_url: str, pipelines_url: str) -> None:
        for attr, value in (("name", name), ("track_url", track_url), ("api_url", api_url)):
            object.__setattr__(self, attr, value)
        object.__setattr__(self, "pipelines_url", pipelines_url)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Region is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Region is immutable; cannot delete {name!r}")

    def _fields(self) -> tuple[str, str, str, str]:
        return (self.name, self.track_url, self.api_url, self.pipelines_url)

    def __eq__(self, other: object) -> bool:
        return other._fields() == self._fields() if isinstance(other, Region) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Region(name={self.name!r}, track_url={self.track_url!r}, api_url={self.api_url!r}, "
            f"pipelines_url={self.pipelines_url!r})"
        )

    @property
    def track_v2_url(self) -> str:
        """Track API v2 root, derived from the v1 root as the Node client does."""
        return self.track_url.replace("/api/v1", "/api/v2")


#: The US region (the default).
RegionUS = Region("us", "https://track.customer.io/api/v1", "https://api.customer.io/v1", "https://cdp.customer.io/v1")
#: The EU region.
RegionEU = Region(
    "eu", "https://track-eu.customer.io/api/v1", "https://api-eu.customer.io/v1", "https://cdp-eu.customer.io/v1"
)

_BY_NAME = {RegionUS.name: RegionUS, RegionEU.name: RegionEU}


def resolve_region(region: Region | str | None) -> Region:
    """Accept a :class:`Region`, its name (``"us"``/``"eu"``, any case) or ``None`` (US)."""
    if region is None:
        return RegionUS
    if isinstance(region, Region):
        return region
    if isinstance(region, str) and region.lower() in _BY_NAME:
        return _BY_NAME[region.lower()]
    raise ValueError(f"region must be RegionUS, RegionEU, 'us' or 'eu', not {region!r}")
