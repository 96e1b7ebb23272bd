"""The SDK's version (also the package metadata's, read by hatchling)."""

__version__ = "0.1.0"
