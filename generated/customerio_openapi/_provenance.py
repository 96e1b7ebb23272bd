"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "245dac9e6e311d15dbc15c4c8865285a448823133f850d4e1815aff41416ea79"
