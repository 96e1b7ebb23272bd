"""Property-based fuzzing of every public client method against the OpenAPI spec."""
