"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "c0ccaf3d51a761f66efb22a458be646c0a38cc291bf66269b87fcf5cef02a941"
