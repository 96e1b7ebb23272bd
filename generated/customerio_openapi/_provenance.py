"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "3a3719e98cc21a48ca0be6e5af0ed44a7d9dcb7b866b3894b94878e58710e27a"
