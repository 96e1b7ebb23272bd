"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "5c2bc3a1ef3176e06918e45d39cc031be0248b488cb27d010279206d48a28361"
