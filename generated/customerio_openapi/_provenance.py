"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "70ac629b4e4e63738b15a505c001ea1b035f27f9b65225dc26713542b4a87a45"
