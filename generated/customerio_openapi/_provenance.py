"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "cb8fe1deb1c2af71c9eb4eb17057ed3f0fca8334f5f84cedf7e9038177b4f208"
