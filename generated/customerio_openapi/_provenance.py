"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "1eefcbd94a6f46b47b72dbff9a937484292ac4e988fc3c7fa65ef6ff643bed62"
