"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "bdea5c483a97f2474c994f4a5a05027cd40d54da210328be3bbea95a39915ed2"
