"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "5adf8b592f6619ab4aa1476136f67316a88423ad2b960298795f3abade70fc85"
