"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "0123d029f9fdff7423920746c79180f657424247d285535a751386cc21e2d66d"
