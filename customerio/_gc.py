"""Pausing Python's cyclic garbage collector while objects that stay alive are made in bulk.

Shared by the App API's typed answers (a large page's models) and the command line's import (the rows it
holds between checkpoints for its failure reports). The collections such allocations trigger can free
nothing, yet each walks every young object, and later the whole heap. Allocations still count while paused,
so the collector runs as soon as the last pause ends: a collection is deferred, never skipped. Nested or
concurrent pauses (threads) pause it once; a collector the application had disabled stays disabled.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0  # pauses in progress, across threads
_resume = False  # whether the collector was enabled when the first of them paused it


def pause() -> None:
    """Pause the collector (until the matching :func:`resume`)."""
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            if _resume:
                gc.disable()
        _pauses += 1


def resume() -> None:
    """End one :func:`pause`; the last one to end re-enables the collector if it was enabled."""
    global _pauses
    with _lock:
        _pauses -= 1
        if _pauses == 0 and _resume:
            gc.enable()


def pauses() -> int:
    """Pauses in progress (0 when the collector is as the application left it)."""
    return _pauses


@contextmanager
def paused() -> Iterator[None]:
    """The collector paused for the block (given back however the block ends)."""
    pause()
    try:
        yield
    finally:
        resume()
