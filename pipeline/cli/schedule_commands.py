"""Operation commands: schedule (long-running crawl -> extract -> load per outlet) and
check-outlets (is each outlet's layout still what its spec expects?)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from crawler.specs import DEFAULT_SAMPLE_URL, SpecError, load_specs, select_specs
from pipeline import store
from pipeline.cli.errors import fail

console = Console()

DB_OPTION = typer.Option(store.DEFAULT_DB, "--db", help="The DuckDB store file.")
SOURCE_OPTION = typer.Option(None, "--source", "-s", help="Outlet (repeatable); see `ultrafacts outlets`.")
GROUP_OPTION = typer.Option(None, "--group", help="Outlets of a group: sample (default), press or all.")
SAMPLE_URL_OPTION = typer.Option(DEFAULT_SAMPLE_URL, "--sample-url", envvar="ULTRAFACTS_SAMPLE_URL", help="Origin of the bundled sample site (outlet N at port+N).")


def register(app: typer.Typer) -> None:
    @app.command()
    def schedule(
        source: list[str] | None = SOURCE_OPTION,
        group: str | None = GROUP_OPTION,
        db: Path = DB_OPTION,
        sample_url: str = SAMPLE_URL_OPTION,
        interval_scale: float = typer.Option(1.0, "--interval-scale", help="Multiply every outlet's interval (0.001: hours become seconds, for trying it out)."),
        once: bool = typer.Option(False, "--once", help="Run every outlet once, then exit."),
        fast: bool = typer.Option(False, "--fast", help="No politeness delays (local sample only)."),
        setting: list[str] | None = typer.Option(None, "--set", help="A Scrapy setting NAME=VALUE for every run (repeatable)."),
        grace: float = typer.Option(300.0, "--grace", help="Seconds a run may take to stop after SIGTERM before it is killed."),
        jobdir: Path | None = typer.Option(None, "--jobdir", help="Keep each outlet's crawl queue under DIR/<outlet>, so a run stopped by SIGTERM resumes where it stopped."),
    ) -> None:
        """Run crawl -> extract -> load for each outlet at the interval its spec gives, until SIGTERM.

        Each run is `ultrafacts run --source NAME` in a subprocess, one at a time, with a
        crawl_runs row each. SIGTERM/Ctrl-C stops the current run cleanly and exits 0.
        """
        from pipeline.schedule import Scheduler, SchedulerBusy

        if interval_scale <= 0:
            fail("--interval-scale must be positive")
        try:
            specs = select_specs(load_specs(sample_url=sample_url), source, group or ("all" if source else "sample"))
        except SpecError as exc:
            fail(str(exc))
        if not specs:
            fail(f"no outlets in group {group!r}")
        run_args = ["--sample-url", sample_url]
        if fast:
            run_args.append("--fast")
        for pair in setting or []:
            run_args += ["--set", pair]

        def log(message: str) -> None:
            console.print(message, highlight=False)
            sys.stdout.flush()

        scheduler = Scheduler(db, specs, interval_scale=interval_scale, once=once, run_args=run_args,
                              grace_seconds=grace, jobdir=jobdir, log=log)
        try:
            code = scheduler.run()
        except SchedulerBusy as exc:
            fail(str(exc), code=3)
        raise typer.Exit(code)

    @app.command("check-outlets")
    def check_outlets(
        source: list[str] | None = SOURCE_OPTION,
        group: str | None = typer.Option(None, "--group", help="Outlets of a group: press (default), sample or all."),
        db: Path = DB_OPTION,
        sample_url: str = SAMPLE_URL_OPTION,
        output_format: str = typer.Option("table", "--format", help="table or json."),
        timeout: float = typer.Option(30.0, "--timeout", help="Seconds to wait for each request."),
    ) -> None:
        """Fetch each outlet's feed/sitemap and one recent article; report what answered and which
        article fields came back empty or suspiciously short compared with the outlet's history.

        Exit 1 when an outlet is broken (no entry point answered, no article found or fetched,
        no title or body extracted).
        """
        from pipeline.outlet_health import check_outlet

        try:
            specs = select_specs(load_specs(sample_url=sample_url), source, group or ("all" if source else "press"))
        except SpecError as exc:
            fail(str(exc))
        if not specs:
            fail(f"no outlets in group {group!r}")
        from concurrent.futures import ThreadPoolExecutor

        # Outlets in parallel, each one's requests spaced by its own delay.
        with ThreadPoolExecutor(max_workers=min(8, len(specs))) as pool:
            reports = list(pool.map(lambda spec: check_outlet(spec, db if db.exists() else None, timeout=timeout), specs))
        if output_format == "json":
            sys.stdout.write(json.dumps([r.to_json() for r in reports], indent=1, default=str) + "\n")
        elif output_format == "table":
            table = Table("outlet", "status", "entry points", "article", "problems")
            for r in reports:
                colour = {"ok": "green", "degraded": "yellow", "broken": "red"}[r.status]
                entries = ", ".join(f"{e.kind} {e.status or e.error}" for e in r.entry_points)
                table.add_row(r.outlet, f"[{colour}]{r.status}[/{colour}]", entries, r.article_url or "-",
                              "; ".join(r.problems) or "-")
            console.print(table)
        else:
            fail(f"--format {output_format!r}: use table or json")
        raise typer.Exit(1 if any(r.status == "broken" for r in reports) else 0)
