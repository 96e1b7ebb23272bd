"""Data regions: a region name maps to the Track, App and Data Pipelines API base URLs."""

from __future__ import annotations

import attrs


@attrs.frozen
class Region:
    """A Customer.io data region; use :data:`RegionUS` or :data:`RegionEU`."""

    #: Short name, ``"us"`` or ``"eu"``.
    name: str
    #: Track API v1 root, e.g. ``https://track.customer.io/api/v1``.
    track_url: str
    #: App API root, e.g. ``https://api.customer.io/v1``.
    api_url: str
    #: Data Pipelines API root, e.g. ``https://cdp.customer.io/v1``.
    pipelines_url: str

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
