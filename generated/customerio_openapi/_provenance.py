"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "00d0d7adbd95022fc2acde5cb877b0849719f23485f20cee46abe468d1f81ccd"
