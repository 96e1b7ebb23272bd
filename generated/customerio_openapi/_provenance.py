"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "03b4500e6d06bd3bf2651235b6906e925b04ee47931f553716e069aa5a761bd0"
