"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "d20726d15f8f15653e4f400dbaff67a8e2e03716d1efd5ee3b2cd049b916cb72"
