"""Provenance of this generated package: which spec and which generator produced it."""

GENERATOR = "openapi-python-client 0.29.1"
SPEC_SHA256 = "b21be0bfd2f64e9db545822304e015941fe61312808b78d112b3e6b05079a11a"
