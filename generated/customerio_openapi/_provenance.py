"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "4a21dece0d9177387b4743ccadcdba3e6d5ebe1a6f7e414d214714315246d4c5"
