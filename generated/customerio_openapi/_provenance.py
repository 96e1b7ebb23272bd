"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "cb3985b078336ecba47ab82ce31012b1ca2f15c38cb522670d47ac2b5e344681"
