"""The `ultrafacts` command line: one Typer app, commands grouped by stage.

Each stage's commands live in their own module and add themselves to the app through
`register(app)`, so that a stage can change without touching the others.
"""

from __future__ import annotations

import importlib
import sys

import typer

app = typer.Typer(
    name="ultrafacts",
    help="Ultrarunning news -> facts -> DuckDB. Crawl the press, extract results and records, query them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Modules that register commands; a missing optional module is skipped so that a stage that is
# not installed yet does not break the others.
COMMAND_MODULES = (
    "pipeline.cli.crawl_commands",
    "pipeline.cli.fact_commands",
    "pipeline.cli.store_commands",
    "pipeline.cli.schedule_commands",
)

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # only tolerate the module itself being absent
        if exc.name != _name:
            raise
        continue
    _module.register(app)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        raise SystemExit(130) from None
