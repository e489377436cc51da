"""The store: versioned migrations, the writer lock, clear errors for unusable files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline import store


def test_migrations_apply_once_in_order(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with store.connect(db) as con:
        applied = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert applied == sorted(applied) and applied[0] == 1
    assert {"outlets", "crawl_runs", "pages", "articles", "extractions"} <= tables
    with store.connect(db) as con:
        assert store.migrate(con) == []  # nothing left to apply


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with store.connect(db) as con:
        con.execute("INSERT INTO schema_migrations (version, name) VALUES (999, '999_future.sql')")
    with pytest.raises(store.StoreError, match="newer than this ultrafacts"):
        with store.connect(db):
            pass


def test_second_writer_is_told_the_store_is_busy(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with store.writer_lock(db, command="crawl"):
        with pytest.raises(store.StoreBusy, match="store is busy"):
            with store.writer_lock(db):
                pass
    with store.writer_lock(db):  # released
        pass


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are my notes, not a database\n")
    with pytest.raises(store.StoreError, match="notes.duckdb"):
        with store.connect(bogus):
            pass
    assert bogus.read_text() == "these are my notes, not a database\n"  # nothing lost


def test_missing_store_for_reading(tmp_path: Path) -> None:
    with pytest.raises(store.StoreError, match="no store here yet"):
        with store.connect(tmp_path / "absent.duckdb", read_only=True):
            pass


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, timeout=120)

    out = run("article", str(tmp_path / "missing.html"))
    assert out.returncode == 2 and out.stderr.strip().splitlines() == [f"error: {tmp_path / 'missing.html'}: no such file"]
    out = run("articles", "--db", str(tmp_path / "absent.duckdb"))
    assert out.returncode == 2 and "no store here yet" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    out = run("crawl", "--source", "nosuchoutlet", "--db", str(tmp_path / "x.duckdb"))
    assert out.returncode == 2 and "unknown outlet 'nosuchoutlet'" in out.stderr
    empty = tmp_path / "empty.html"
    empty.write_text("")
    out = run("article", str(empty))
    assert out.returncode == 2 and "empty page" in out.stderr


def test_article_command_prints_json(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = " ".join(["Walmsley ran the Western States 100 in 14:09:28 to win again."] * 12)
    page.write_text(f'<html lang="en"><head><title>Report</title><meta name="author" content="A. Writer"></head><body><nav>Home</nav><article><h1>Report</h1><p>{body}</p><p>Second paragraph. {body}</p></article></body></html>')
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", "article", str(page)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    import json

    data = json.loads(out.stdout)
    assert data["title"] == "Report" and data["authors"] == ["A. Writer"] and data["language"] == "en"
    assert len(data["paragraphs"]) == 2 and data["word_count"] > 100 and "Home" not in data["text"]


def test_crawl_command_refuses_busy_store(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    with store.writer_lock(db, command="another crawl"):
        out = subprocess.run([sys.executable, "-m", "pipeline.cli", "crawl", "--db", str(db), "--sample-url", "http://127.0.0.1:9", "--fast"],
                             capture_output=True, text=True, timeout=120)
    assert out.returncode == 3 and "store is busy" in out.stderr
    con = duckdb.connect(str(db), read_only=True) if db.exists() else None
    if con is not None:
        con.close()
