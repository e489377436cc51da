"""Crawl-side commands: crawl, run, article, articles, outlets, sample-site."""

from __future__ import annotations

import json
import signal
import sys
import time
import urllib.request
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from crawler.specs import DEFAULT_SAMPLE_URL, SpecError, load_specs
from pipeline import store
from pipeline.cli.errors import fail

console = Console()
err_console = Console(stderr=True)

DB_OPTION = typer.Option(store.DEFAULT_DB, "--db", help="The DuckDB store file.")
SOURCE_OPTION = typer.Option(None, "--source", "-s", help="Outlet to crawl (repeatable); see `ultrafacts outlets`.")
GROUP_OPTION = typer.Option(None, "--group", help="Outlets of a group: sample (default), press or all.")
SAMPLE_URL_OPTION = typer.Option(DEFAULT_SAMPLE_URL, "--sample-url", envvar="ULTRAFACTS_SAMPLE_URL", help="Origin of the bundled sample site (outlet N at port+N).")


def _parse_settings(pairs: list[str] | None) -> dict[str, str]:
    settings = {}
    for pair in pairs or []:
        if "=" not in pair:
            fail(f"--set {pair!r}: expected NAME=VALUE")
        key, value = pair.split("=", 1)
        settings[key.strip()] = value
    return settings


def _crawl(db: Path, sources: list[str] | None, group: str | None, sample_url: str, fast: bool,
           settings: list[str] | None, verbose: bool, command: str) -> dict:
    from pipeline.crawl import FAST_SETTINGS, run_crawl

    overrides: dict = dict(FAST_SETTINGS) if fast else {}
    overrides["LOG_LEVEL"] = "INFO" if verbose else "WARNING"
    overrides.update(_parse_settings(settings))
    # The lock is taken here, before Scrapy starts, so a busy store stops the command at once.
    overrides["ULTRAFACTS_TAKE_WRITER_LOCK"] = False
    try:
        with store.writer_lock(db, command=command):
            summary = run_crawl(db, sources=sources, group=group, sample_url=sample_url, settings=overrides,
                                command=command, progress=sys.stderr.isatty())
    except SpecError as exc:
        fail(str(exc))
    except store.StoreBusy as exc:
        fail(str(exc), code=3)
    except ValueError as exc:
        fail(str(exc))
    counts = summary.counts
    console.print(f"crawl run {summary.run_id} ({', '.join(summary.outlets)}) in {summary.seconds:.1f}s: " + describe_counts(counts))
    if summary.finish_reason not in (None, "finished"):
        fail(f"crawl ended early: {summary.finish_reason}", code=1)
    return counts


# What a crawl summary line reports, in order; zero counts other than the first few are left out.
SUMMARY_COUNTS = (
    ("requests", "requests"), ("new", "new"), ("updated", "updated"), ("unchanged", "unchanged"),
    ("not_modified", "not modified (304)"), ("duplicate", "duplicate"), ("not-article", "not articles"),
    ("irrelevant", "off-topic"), ("failed", "failed"), ("refused", "refused"),
    ("skipped_lastmod", "skipped (sitemap lastmod unchanged)"), ("over_budget", "over the daily budget"),
    ("entry_failed", "entry points failed"),
)


def describe_counts(counts: dict[str, int]) -> str:
    """`52 requests, 32 new, 0 updated, ...`: the always-shown counts, then the non-zero rest."""
    parts = []
    for index, (key, label) in enumerate(SUMMARY_COUNTS):
        value = counts.get(key, 0)
        if index < 4 or value:
            parts.append(f"{value} {label}")
    return ", ".join(parts)


def describe_summary(summary: object) -> str:
    """`read 31, extracted 31, ... in 4.2s` from a stage's summary dataclass."""
    import dataclasses

    if not dataclasses.is_dataclass(summary):
        return str(summary)
    values = dataclasses.asdict(summary)
    seconds = values.pop("seconds", None)
    text = ", ".join(f"{value} {key.replace('_', ' ')}" for key, value in values.items() if not isinstance(value, (list, dict)))
    return text + (f" in {seconds:.1f}s" if isinstance(seconds, float) else "")


def register(app: typer.Typer) -> None:
    @app.command()
    def crawl(
        source: list[str] | None = SOURCE_OPTION,
        group: str | None = GROUP_OPTION,
        db: Path = DB_OPTION,
        sample_url: str = SAMPLE_URL_OPTION,
        fast: bool = typer.Option(False, "--fast", help="No politeness delays (local sample and benchmarks only)."),
        setting: list[str] | None = typer.Option(None, "--set", help="A Scrapy setting NAME=VALUE (repeatable)."),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="Log every request."),
    ) -> None:
        """Crawl outlets into the store (the bundled sample unless --source/--group say otherwise).

        Sample outlets are served on 127.0.0.1 automatically when nothing answers at --sample-url.
        """
        _crawl(db, source, group, sample_url, fast, setting, verbose, "crawl")

    @app.command()
    def run(
        source: list[str] | None = SOURCE_OPTION,
        group: str | None = GROUP_OPTION,
        db: Path = DB_OPTION,
        sample_url: str = SAMPLE_URL_OPTION,
        fast: bool = typer.Option(False, "--fast", help="No politeness delays (local sample only)."),
        show: bool = typer.Option(False, "--show", help="Print a few named queries afterwards."),
        setting: list[str] | None = typer.Option(None, "--set", help="A Scrapy setting NAME=VALUE (repeatable)."),
        verbose: bool = typer.Option(False, "--verbose", "-v"),
    ) -> None:
        """Crawl, extract and load in one incremental pass; print what is new."""
        _crawl(db, source, group, sample_url, fast, setting, verbose, "run")
        from pipeline.facts.store_io import extract_pending
        from pipeline.kb.load import load_pending

        try:
            console.print(f"extract: {describe_summary(extract_pending(db, progress=sys.stderr.isatty()))}")
            console.print(f"load: {load_pending(db, progress=sys.stderr.isatty())}")
        except store.StoreBusy as exc:
            fail(str(exc), code=3)
        if show:
            _show_overview(db)

    @app.command()
    def article(
        path_or_url: str = typer.Argument(..., help="An HTML file, or an http(s) URL to fetch once."),
        outlet: str | None = typer.Option(None, "--outlet", help="Read it with this outlet's spec."),
        base_url: str | None = typer.Option(None, "--url", help="The page's URL, for a local file."),
    ) -> None:
        """Print the article extracted from one HTML file or page, as JSON."""
        from pipeline.article import extract_article

        spec = None
        if outlet:
            specs = load_specs()
            if outlet not in specs:
                fail(f"--outlet {outlet!r}: unknown outlet; known: {', '.join(sorted(specs))}")
            spec = specs[outlet]
        if path_or_url.startswith(("http://", "https://")):
            request = urllib.request.Request(path_or_url, headers={"User-Agent": "ultrafacts/0.1 (article check)"})
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    raw = response.read(10 * 1024 * 1024 + 1)
                    charset = response.headers.get_content_charset()
                    url = response.geturl()
            except OSError as exc:
                fail(f"{path_or_url}: cannot fetch ({exc})")
            html = raw.decode(charset or "utf-8", errors="replace")
        else:
            path = Path(path_or_url)
            if not path.is_file():
                fail(f"{path_or_url}: no such file")
            raw = path.read_bytes()
            html = _decode(raw)
            url = base_url or path.resolve().as_uri()
        try:
            result = extract_article(html, url, spec=spec)
        except ValueError as exc:
            fail(f"{path_or_url}: {exc}")
        console.print_json(json.dumps(result.to_json(), ensure_ascii=False))

    @app.command()
    def articles(
        db: Path = DB_OPTION,
        outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet."),
        limit: int = typer.Option(50, "--limit", help="At most this many rows (0: all)."),
        output_format: str = typer.Option("table", "--format", help="table, csv or json."),
    ) -> None:
        """List the stored articles, newest first."""
        sql = ("SELECT id, outlet, published::DATE AS published, language, word_count AS words, title, canonical_url "
               "FROM articles WHERE ($outlet IS NULL OR outlet = $outlet) ORDER BY published DESC NULLS LAST, id")
        if limit:
            sql += f" LIMIT {int(limit)}"
        try:
            with store.connect(db, read_only=True) as con:
                cursor = con.execute(sql, {"outlet": outlet})
                columns = [d[0] for d in cursor.description]
                rows = cursor.fetchall()
        except (store.StoreError, store.StoreBusy) as exc:
            fail(str(exc))
        if output_format == "table":  # a terminal is narrow: the URL and language go to csv/json only
            keep = [i for i, c in enumerate(columns) if c not in ("canonical_url", "language")]
            columns, rows = [columns[i] for i in keep], [tuple(r[i] for i in keep) for r in rows]
        print_rows(columns, rows, output_format)

    @app.command()
    def outlets(sample_url: str = SAMPLE_URL_OPTION) -> None:
        """List the outlet specs: discovery entry points and politeness."""
        try:
            specs = load_specs(sample_url=sample_url)
        except SpecError as exc:
            fail(str(exc))
        table = Table("name", "group", "version", "site", "discovery", "delay", "interval")
        for spec in specs.values():
            discovery = ", ".join(f"{k}:{len(v)}" for k, v in (("feeds", spec.feeds), ("sitemaps", spec.sitemaps), ("listings", spec.listings)) if v)
            table.add_row(spec.name, spec.group, spec.version, spec.base_url, discovery, f"{spec.delay:g}s", str(spec.schedule.get("interval", "")))
        console.print(table)

    @app.command()
    def summary(db: Path = DB_OPTION) -> None:
        """Articles per outlet and a few named queries over the facts: what `make run` shows."""
        try:
            _show_overview(db)
        except (store.StoreError, store.StoreBusy) as exc:
            fail(str(exc))

    @app.command("sample-site")
    def sample_site(
        port: int = typer.Option(8765, "--port", help="First outlet's port; the others follow (port+1, port+2)."),
        articles_count: int = typer.Option(0, "--articles", help="Serve N generated articles instead of the bundled ones."),
    ) -> None:
        """Serve the bundled offline sample of the ultrarunning press on 127.0.0.1 until Ctrl-C."""
        from pipeline.sample_site.server import SampleSite

        generated = None
        if articles_count:
            from pipeline.sample_site.generate import generate_articles

            generated = generate_articles(articles_count)
        try:
            site = SampleSite(port=port, articles=generated).start()
        except OSError as exc:
            fail(f"--port {port}: cannot listen ({exc.strerror})")
        for name, url in site.base_urls.items():
            console.print(f"{name:10} {url}/")
        console.print("serving; Ctrl-C to stop")
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            site.stop()


def _decode(raw: bytes) -> str:
    """Decode a local HTML file by its BOM or <meta charset>, else UTF-8, else windows-1252."""
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode(None, raw)
    return text


def print_rows(columns: list[str], rows: list[tuple], output_format: str) -> None:
    """Rows as a Rich table, CSV or JSON on stdout."""
    if output_format == "json":
        sys.stdout.write(json.dumps([dict(zip(columns, r, strict=True)) for r in rows], default=str, ensure_ascii=False, indent=1) + "\n")
    elif output_format == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif output_format == "table":
        table = Table(*columns)
        for row in rows:
            table.add_row(*["" if v is None else str(v) for v in row])
        console.print(table)
    else:
        fail(f"--format {output_format!r}: use table, csv or json")


# What `ultrafacts summary` shows after the store counts: (title, named query, parameters).
SUMMARY_QUERIES = (
    ("Western States 100 winners", "race_winners", {"race": "Western States 100"}),
    ("Western States 100 course-record progression", "record_progression", {"race": "Western States 100"}),
    ("Jim Walmsley's timeline", "athlete_timeline", {"athlete": "Jim Walmsley"}),
    ("Most-covered races", "races_by_coverage", {"top": 8}),
)
# Wide columns left out of the summary tables (`ultrafacts query NAME` shows them all), and a
# column that repeats the query's parameter (the title names that race or athlete already).
_WIDE = ("evidence", "url", "sentence", "article", "aliases")
_WIDE_EXACT = {"start", "end", "id"}


def _summary_column(column: str, params: dict) -> bool:
    c = column.lower()
    wide = any(c == w or c.startswith(w + "_") or c.endswith("_" + w) for w in _WIDE)
    return not (wide or c in _WIDE_EXACT or c in params)


def _show_overview(db: Path) -> None:
    """Articles per outlet, then facts through a few named queries when they are loaded."""
    with store.connect(db, read_only=True) as con:
        rows = con.execute(
            "SELECT outlet, count(*) AS articles, sum(word_count) AS words, min(published)::DATE AS oldest, "
            "max(published)::DATE AS newest FROM articles GROUP BY outlet ORDER BY outlet"
        ).fetchall()
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    console.rule("Articles")
    print_rows(["outlet", "articles", "words", "oldest", "newest"], rows, "table")
    if "results" not in tables:
        return
    from pipeline.kb.queries import run_named_query

    for title, name, params in SUMMARY_QUERIES:
        try:
            columns, result = run_named_query(db, name, params)
        except Exception as exc:  # one failing query must not hide the rest of the summary
            err_console.print(f"({name}: {exc})")
            continue
        keep = [i for i, c in enumerate(columns) if _summary_column(c, params)]
        console.rule(f"{title}  [dim](ultrafacts query {name})[/dim]")
        shown = [tuple(_short(row[i]) for i in keep) for row in result[:12]]
        print_rows([columns[i] for i in keep], shown, "table")


def _short(value: object, width: int = 40) -> object:
    text = str(value) if value is not None else None
    if text is not None and len(text) > width:
        return text[: width - 1] + "…"
    return value
