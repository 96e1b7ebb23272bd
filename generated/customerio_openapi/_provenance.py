"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "694ee1cf615623df5aab541f73fb3935aaa2c9c92f73f444594e5ef263f79715"
