"""Contract tests: every request the façade sends conforms to the spec; every documented answer parses."""
