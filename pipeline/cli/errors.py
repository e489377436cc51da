"""One-line user errors: a message naming the input and what is wrong, and a non-zero exit."""

from __future__ import annotations

import sys

import typer


class UserError(Exception):
    """An error caused by the user's input; shown as one line, exit code 2."""


def fail(message: str, code: int = 2) -> None:
    """Print `error: message` on stderr and exit with `code`."""
    sys.stderr.write(f"error: {message}\n")
    raise typer.Exit(code)
