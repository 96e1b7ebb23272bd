"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "a8f9bf7de3c453a008d86b60fb30b222f2ea74502fbf333b7c671fd19e52b820"
