"""``python -m customerio``: the command line (see ``customerio._cli``)."""

from customerio._cli import console_script

if __name__ == "__main__":
    console_script()
