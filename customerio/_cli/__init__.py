"""The ``customerio`` command line (console script and ``python -m customerio``).

This module is the console script's entry point, so it imports nothing but the standard library before it
has checked that the CLI's optional libraries (the ``cli`` extra: click and rich) are installed: without them
it prints how to install them instead of a traceback. The commands live in ``customerio._cli._commands``.
"""

from __future__ import annotations

import importlib.util
import sys

#: The libraries of the ``cli`` extra, checked before anything imports them.
REQUIRED = ("click", "rich")

#: Exit status: every row was sent and accepted, or the command succeeded.
EXIT_OK = 0
#: Exit status: the command failed (an API error, a connection failure, an unreadable file).
EXIT_ERROR = 1
#: Exit status: bad usage (an unknown option, a missing credential, invalid JSON in a flag); nothing was sent.
EXIT_USAGE = 2
#: Exit status: the import finished, but some rows failed (invalid or rejected; see the failures file).
EXIT_ROWS_FAILED = 3
#: Exit status: the CLI's libraries are not installed (``pip install "customerio-py[cli]"``).
EXIT_MISSING_EXTRA = 4
#: Exit status: interrupted (Ctrl-C); an import saved its checkpoint and resumes when run again.
EXIT_INTERRUPTED = 130


def missing() -> list[str]:
    """The libraries of the ``cli`` extra that are not installed."""
    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return its exit status (see the ``EXIT_*`` constants)."""
    absent = missing()
    if absent:
        sys.stderr.write(
            f"customerio: the command line needs {' and '.join(absent)}, which are not installed.\n"
            'Install the CLI extra:  pip install "customerio-py[cli]"\n'
        )
        return EXIT_MISSING_EXTRA
    from ._commands import run  # only now: click and rich are known to be importable

    return run(argv)


def console_script() -> None:
    """The ``customerio`` console script: run and exit with the command's status."""
    sys.exit(main())
