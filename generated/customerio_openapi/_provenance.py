"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "0e3f982aca4707b5d430d680105dc210f21421b60ec3eee51ca84c7960bc8490"
