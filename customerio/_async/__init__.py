"""The async clients: the one hand-written copy; ``scripts/unasync.py`` derives ``customerio/_sync`` from it."""
