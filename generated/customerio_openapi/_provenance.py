"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "c5993242d48120903d3d3d28afafe20263efb42a2a16681988d07be0ac07d859"
