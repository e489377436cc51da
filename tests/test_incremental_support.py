"""Helpers for the incremental-crawl, outlet and schedule tests (no tests here).

Crawls run in a subprocess (one Twisted reactor per process) against a SampleSite served
from this process, whose request log tells what the crawler asked for.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from pipeline.sample_site.content import ARTICLES_DIR

REPO = Path(__file__).resolve().parents[1]
ULTRAFACTS = [sys.executable, "-c", "from pipeline.cli import main; main()"]
# Paths of the sample that are entry points (robots, feeds, sitemaps, listings): fetched on
# every crawl, unconditionally.
ENTRY_PATHS = ("/robots.txt", "/feed/", "/atom.xml", "/archive.html", "/wp-sitemap")
ENTRY_PREFIXES = ("/news/?page=", "/wp-sitemap")


def is_entry_point(path: str) -> bool:
    return path in ENTRY_PATHS or path in ("/news/", "/news") or path.startswith(ENTRY_PREFIXES)


def copy_articles(tmp_path: Path) -> Path:
    target = tmp_path / "articles"
    shutil.copytree(ARTICLES_DIR, target)
    return target


def ultrafacts(*args: str, env: dict[str, str] | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([*ULTRAFACTS, *args], capture_output=True, text=True, cwd=REPO, timeout=timeout,
                          env={**os.environ, **(env or {})})


def crawl(db: Path, sample_url: str, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    result = ultrafacts("crawl", "--db", str(db), "--sample-url", sample_url, "--fast", *extra, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def last_run(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1")
        columns = [d[0] for d in cursor.description]
        return dict(zip(columns, cursor.fetchone(), strict=True))
    finally:
        con.close()
