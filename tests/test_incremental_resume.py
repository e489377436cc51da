"""Killed, paused and budget-limited crawls of the sample site.

- SIGKILL in the middle of a crawl leaves a store that opens and reads; the next crawl with
  the same JOBDIR completes it with every article stored once;
- a crawl paused with SIGINT (JOBDIR) resumes and completes;
- a daily page budget stops requests for the day, across crawls.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import duckdb
from test_incremental_support import REPO, ULTRAFACTS, crawl, is_entry_point, last_run, query

from pipeline.sample_site.server import SampleSite

# Slow enough to be stopped in the middle: one request at a time, 0.15 s apart, per outlet.
SLOW = {name: {"delay": 0.15, "concurrency": 1} for name in ("trailpost", "ridgeline", "pacenotes")}


def _start_slow_crawl(db: Path, site: SampleSite, jobdir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*ULTRAFACTS, "crawl", "--db", str(db), "--sample-url", site.sample_url, "--fast",
         "--set", f"DOWNLOAD_SLOTS={json.dumps(SLOW)}", "--set", f"JOBDIR={jobdir}",
         "--set", "ULTRAFACTS_STORE_BATCH=3", "--set", "ULTRAFACTS_STORE_SECONDS=0.5"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for_pages(site: SampleSite, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(1 for r in site.log if not is_entry_point(r.path) and r.status == 200) >= count:
            return
        time.sleep(0.05)
    raise AssertionError("the crawl did not get far enough")


def test_sigkill_leaves_usable_store_and_resumes_without_duplicates(tmp_path: Path) -> None:
    db, jobdir = tmp_path / "store.duckdb", tmp_path / "job"
    with SampleSite(port=0) as site:
        process = _start_slow_crawl(db, site, jobdir)
        _wait_for_pages(site, 12)
        time.sleep(0.8)  # let a batch or two reach the store
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        # The store opens and reads right away; what was committed is there.
        con = duckdb.connect(str(db), read_only=True)
        stored_before = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert con.execute("SELECT status FROM crawl_runs").fetchall() == [("running",)]
        con.close()
        assert 0 < stored_before < 32
        assert (jobdir / "ultrafacts.running").exists()
        site.log.clear()
        result = crawl(db, site.sample_url, "--set", f"JOBDIR={jobdir}")
        resumed_log = list(site.log)
    assert "killed" in result.stderr
    assert query(db, "SELECT count(*), count(DISTINCT canonical_url), count(DISTINCT content_hash) FROM articles")[0] == (32, 32, 32)
    assert query(db, "SELECT status FROM crawl_runs ORDER BY id") == [("interrupted",), ("finished",)]
    # Pages stored before the kill were asked for conditionally, not downloaded again.
    assert sum(1 for r in resumed_log if r.status == 304) >= stored_before
    assert not (jobdir / "ultrafacts.running").exists()


def test_paused_crawl_resumes(tmp_path: Path) -> None:
    db, jobdir = tmp_path / "store.duckdb", tmp_path / "job"
    with SampleSite(port=0) as site:
        process = _start_slow_crawl(db, site, jobdir)
        _wait_for_pages(site, 8)
        process.send_signal(signal.SIGINT)  # Ctrl-C: Scrapy stops cleanly and keeps its queue
        process.communicate(timeout=60)
        assert last_run(db)["status"] == "interrupted"
        assert (jobdir / "requests.queue").exists()
        paused_pages = {r.path for r in site.log if r.status == 200 and not is_entry_point(r.path)}
        site.log.clear()
        crawl(db, site.sample_url, "--set", f"JOBDIR={jobdir}")
        resumed = [r for r in site.log if r.status == 200 and not is_entry_point(r.path)]
    assert query(db, "SELECT count(*), count(DISTINCT canonical_url) FROM articles")[0] == (32, 32)
    assert last_run(db)["status"] == "finished"
    assert not {r.path for r in resumed} & paused_pages  # nothing downloaded twice


def test_daily_budget(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    for name in ("trailpost", "ridgeline", "pacenotes"):
        text = (REPO / "crawler" / "outlets" / f"{name}.yaml").read_text("utf-8")
        if name == "trailpost":
            text = text.replace("daily_budget: 2000", "daily_budget: 6")
        (specs / f"{name}.yaml").write_text(text, "utf-8")
    db = tmp_path / "store.duckdb"
    env = {"ULTRAFACTS_SPECS_DIR": str(specs)}
    with SampleSite(port=0) as site:
        crawl(db, site.sample_url, env=env)
        first = [r for r in site.log if r.outlet == "trailpost" and r.path != "/robots.txt"]
        site.log.clear()
        crawl(db, site.sample_url, env=env)
        second = [r for r in site.log if r.outlet == "trailpost"]
    # Six requests made: the spider's robots.txt (for its Sitemap line, answered from the copy
    # the robots check fetched) and five pages/entry points.
    assert len(first) == 5
    assert second == []  # the day's budget is spent: not even robots.txt is asked for
    assert last_run(db)["over_budget"] > 0
    assert query(db, "SELECT fetches FROM outlet_fetches WHERE outlet = 'trailpost'")[0][0] <= 6
    assert os.environ.get("ULTRAFACTS_SPECS_DIR") is None
