# Generated from customerio/_async by scripts/unasync.py: edit the async source, run `make unasync`.
"""The sync clients, the only hand-written copy: ``scripts/unasync.py`` derives ``customerio/_sync``."""
