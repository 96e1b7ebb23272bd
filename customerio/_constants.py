"""Every default of the SDK, named in one place."""

from __future__ import annotations

#: Seconds allowed for each attempt (connect, write, read and pool wait each get this much).
DEFAULT_TIMEOUT = 10.0
#: Replays after the first attempt; 0 disables retries (and automatic event dedupe ids).
DEFAULT_MAX_RETRIES = 3
#: First backoff delay in seconds; it doubles on each replay and is multiplied by a jitter in [1, 2).
INITIAL_RETRY_DELAY = 0.2
#: Cap of one computed backoff delay, in seconds.
MAX_RETRY_DELAY = 5.0
#: Cap of a server-requested ``Retry-After`` delay, in seconds.
MAX_RETRY_AFTER = 60.0
#: Total seconds one call may spend sleeping between attempts before it gives up with the last error.
MAX_TOTAL_BACKOFF = 30.0
#: Redirect hops followed for one attempt before the call fails.
MAX_REDIRECTS = 5
#: Header telling the server (and logs) that a request is a replay, and which one.
RETRY_COUNT_HEADER = "X-Retry-Count"
#: Connection pool size; keep-alive slots match it because httpcore closes surplus idle connections.
MAX_CONNECTIONS = 100
