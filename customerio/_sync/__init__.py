# Generated from customerio/_async by scripts/unasync.py: edit the async source, then run `make unasync`.
"""The sync clients: the one hand-written copy; ``scripts/unasync.py`` derives ``customerio/_sync`` from it."""
