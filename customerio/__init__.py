"""customerio-py: the Python SDK for Customer.io's Track and App APIs."""

__all__: list[str] = []
