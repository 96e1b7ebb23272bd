"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "f5d2a5ff11880805daae8a70360235deb1f9a175e2dada0529b29f6dde1820c9"
