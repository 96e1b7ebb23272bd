"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "b2b036b7fe65c27c4983a6129663f7930fbd70e3c64962f8b2e2be90bc54822f"
