"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "ca152a411db8c480bac50de0e93854785d24a82c3f9447b2226b12b7e6c021e0"
