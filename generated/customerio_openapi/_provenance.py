"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "074f49afb45bf7c0dfca9694995cbc1b78e7f383a0b9930eb659a5819ffeebd1"
