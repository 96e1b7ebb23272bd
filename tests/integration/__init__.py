"""Real-HTTP tests against a Prism mock server started from the spec."""
