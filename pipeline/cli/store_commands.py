"""Knowledge-store commands: load, query, export, report."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import typer

from pipeline import store
from pipeline.cli.errors import fail

FORMATS = ("table", "csv", "json", "parquet")


def _db_option() -> Path:
    return typer.Option(store.DEFAULT_DB, "--db", help="DuckDB store file.")


def load(
    db: Path = _db_option(),
    facts: Path | None = typer.Option(None, "--facts", help="Load a FACTS.md JSON Lines file "
                                      "(output of `ultrafacts extract --input`) instead of the "
                                      "store's pending extractions."),
    docs: Path | None = typer.Option(None, "--docs", help="With --facts: the documents the facts "
                                     "were extracted from (JSON Lines or .txt files), giving new "
                                     "external articles their text, URL and date."),
    gazetteer: Path | None = typer.Option(None, "--gazetteer", help="Race gazetteer YAML "
                                          "(default: pipeline/data/races.yaml)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the summary line."),
) -> None:
    """Load new extractions (newest extractor version per article) into the knowledge tables."""
    from pipeline.kb.load import load_facts_file, load_pending

    try:
        if facts is not None:
            if not facts.exists():
                fail(f"{facts}: no such facts file")
            if docs is not None and not docs.exists():
                fail(f"{docs}: no such documents file or folder")
            summary = load_facts_file(db, facts, progress=not quiet, docs=docs, gazetteer=gazetteer)
        else:
            summary = load_pending(db, progress=not quiet, gazetteer=gazetteer)
    except store.StoreBusy as exc:
        fail(str(exc), code=3)
    except (store.StoreError, ValueError) as exc:
        fail(str(exc))
    except duckdb.Error as exc:  # nothing was committed: the load can simply be run again
        fail(f"{db}: load failed, nothing changed ({str(exc).splitlines()[0]})", code=1)
    typer.echo(summary.line())


def _write_table(table: pa.Table, fmt: str, output: Path | None) -> None:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        if output is None:
            fail("--format parquet needs --output FILE")
        pq.write_table(table, str(output))
        sys.stderr.write(f"{table.num_rows} rows -> {output}\n")
        return
    rows = table.to_pylist()
    if fmt == "json":
        text = json.dumps(rows, default=str, ensure_ascii=False, indent=1) + "\n"
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(table.column_names)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row.values()])
        text = buffer.getvalue()
    else:
        text = _render_table(table.column_names, rows, output is None)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        sys.stderr.write(f"{table.num_rows} rows -> {output}\n")


def _clip(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render_table(columns: list[str], rows: list[dict], to_terminal: bool) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        # long evidence sentences would make every row tall: the csv/json formats keep them whole
        table.add_row(*["" if v is None else _clip(str(v)) for v in row.values()])
    width = shutil.get_terminal_size((200, 40)).columns if to_terminal else 200
    console = Console(file=io.StringIO(), width=max(width, 120), force_terminal=False,
                      color_system=None)
    console.print(table)
    console.print(f"{len(rows)} rows")
    return console.file.getvalue()


def query(
    name_or_sql: str | None = typer.Argument(None, metavar="NAME|SQL",
                                             help="A named query (see --list) or SQL text (read-only)."),
    param: list[str] = typer.Option([], "--param", "-p", help="key=value for a named query; repeatable."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | csv | json | parquet"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout."),
    list_: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
    db: Path = _db_option(),
) -> None:
    """Run a named query (`ultrafacts query record_progression --param race=WSER`) or SQL text."""
    from pipeline.kb import queries

    if list_:
        for q in queries.available().values():
            typer.echo(f"{q.name}: {q.title}")
            if q.description:
                typer.echo(f"    {q.description}")
            for p in q.params:
                default = "required" if p.required else f"default {p.default!r}"
                typer.echo(f"    --param {p.name}=<{p.type}> ({default}) {p.help}")
        return
    if not name_or_sql:
        fail("give a query name or SQL text (see `ultrafacts query --list`)")
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    given = {}
    for item in param:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            fail(f"--param {item!r}: expected key=value")
        given[key.strip()] = value
    try:
        with store.connect(db, read_only=True) as con:
            table = queries.run(con, name_or_sql, given)
    except queries.QueryError as exc:
        fail(str(exc))
    except (store.StoreBusy, store.StoreError) as exc:
        fail(str(exc), code=3 if isinstance(exc, store.StoreBusy) else 2)
    except duckdb.Error as exc:
        what = "query " + name_or_sql if queries.is_name(name_or_sql) else "SQL"
        fail(f"{what}: {str(exc).splitlines()[0]}")
    _write_table(table, fmt, output)


def export(
    out: Path = typer.Option(..., "--out", help="Directory to write the dataset to."),
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet | csv | jsonl"),
    db: Path = _db_option(),
) -> None:
    """Write every knowledge table and view as a dataset with datapackage.json and README.md."""
    from pipeline.kb.export import FORMATS as EXPORT_FORMATS
    from pipeline.kb.export import export_dataset

    if fmt not in EXPORT_FORMATS:
        fail(f"unknown format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    try:
        summary = export_dataset(db, out, fmt)
    except (store.StoreBusy, store.StoreError) as exc:
        fail(str(exc), code=3 if isinstance(exc, store.StoreBusy) else 2)
    except (duckdb.Error, OSError) as exc:
        fail(f"export to {out} failed ({str(exc).splitlines()[0]})", code=1)
    typer.echo(f"export: {summary['resources']} resources, {summary['rows']} rows -> {out}")


def report(
    out: Path = typer.Option(Path("report.html"), "--out", help="HTML file to write."),
    athlete: str | None = typer.Option(None, "--athlete", help="Athlete for the timeline "
                                       "(default: the most covered)."),
    db: Path = _db_option(),
) -> None:
    """Write one self-contained HTML page with charts and fact tables linking to articles."""
    from pipeline.kb.report import write_report

    try:
        write_report(db, out, athlete=athlete)
    except (store.StoreBusy, store.StoreError) as exc:
        fail(str(exc), code=3 if isinstance(exc, store.StoreBusy) else 2)
    except (duckdb.Error, OSError) as exc:
        fail(f"report {out} failed ({str(exc).splitlines()[0]})", code=1)
    typer.echo(f"report -> {out}")


def register(app: typer.Typer) -> None:
    """Add the knowledge-store commands to the CLI."""
    app.command("load")(load)
    app.command("query")(query)
    app.command("export")(export)
    app.command("report")(report)
