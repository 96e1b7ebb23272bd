"""The async clients, the only hand-written copy: ``scripts/unasync.py`` derives ``customerio/_sync``."""
