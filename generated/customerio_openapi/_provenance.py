"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "fd2ecce2d052f6ccc1a378c1b9bd8b774dc18522cb46a3070e13d9a14f921d20"
