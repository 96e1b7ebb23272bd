"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "8bed23f13ea90ca8bcd8838bf7610538e8e816380b7a23996ca1029f49b7ef96"
