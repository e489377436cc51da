"""`ultrafacts schedule` on the sample with intervals scaled down to seconds: several runs,
never overlapping, one crawl_runs row each, a clean exit 0 on SIGTERM; one scheduler per store."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from test_incremental_support import REPO, ULTRAFACTS, query, ultrafacts

from crawler.specs import parse_interval
from pipeline.sample_site.server import SampleSite

# ridgeline's 3h becomes 2.5 s, trailpost's 6h 5 s, pacenotes' 24h 20 s.
SCALE = 2.5 / (3 * 3600)


def _start(db: Path, site: SampleSite, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*ULTRAFACTS, "schedule", "--db", str(db), "--sample-url", site.sample_url, "--fast",
         "--interval-scale", str(SCALE), *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for_runs(db: Path, count: int, timeout: float = 300) -> None:
    # a wait, not a speed test: a loaded machine (CI neighbours) may take minutes for five runs
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if db.exists() and query(db, "SELECT count(*) FROM crawl_runs WHERE status <> 'running'")[0][0] >= count:
                return
        except Exception:  # the store is being written to; ask again
            pass
        time.sleep(0.3)
    raise AssertionError(f"fewer than {count} runs after {timeout}s")


def test_schedule_runs_repeatedly_without_overlap_and_stops_on_sigterm(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    with SampleSite(port=0) as site:
        scheduler = _start(db, site)
        try:
            _wait_for_runs(db, 5)
            # A second scheduler on the same store refuses to start.
            second = ultrafacts("schedule", "--db", str(db), "--sample-url", site.sample_url, "--once")
            assert second.returncode == 3 and "already running" in second.stderr
            scheduler.send_signal(signal.SIGTERM)
            out, err = scheduler.communicate(timeout=120)
        finally:
            if scheduler.poll() is None:
                scheduler.kill()
    assert scheduler.returncode == 0, err[-2000:]
    assert "scheduler stopped" in out
    runs = query(db, "SELECT id, outlets, started_at, finished_at, status, command FROM crawl_runs ORDER BY started_at")
    assert len(runs) >= 5
    assert {r[5] for r in runs} == {"schedule"}
    assert all(r[4] in ("finished", "interrupted") for r in runs), runs  # none left 'running'
    assert all(len(r[1]) == 1 for r in runs)  # one outlet per run
    for earlier, later in zip(runs, runs[1:], strict=False):
        assert earlier[3] <= later[2], f"runs {earlier[0]} and {later[0]} overlap"
    by_outlet = {}
    for r in runs:
        by_outlet.setdefault(r[1][0], []).append(r)
    assert len(by_outlet["ridgeline"]) >= 2  # the shortest interval came round again
    # ...and not before its interval was up.
    gaps = [(b[2] - a[2]).total_seconds() for a, b in zip(by_outlet["ridgeline"], by_outlet["ridgeline"][1:], strict=False)]
    assert min(gaps) >= 2.5 * 0.9
    # Later runs of an outlet are incremental: nothing new after the first.
    assert all(r[0] for r in query(db, "SELECT new_articles = 0 FROM crawl_runs WHERE 'ridgeline' = ANY(outlets) ORDER BY id OFFSET 1"))
    assert query(db, "SELECT count(*), count(DISTINCT canonical_url) FROM articles")[0][0] == 32


def test_schedule_once_runs_each_outlet_once(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    with SampleSite(port=0) as site:
        result = ultrafacts("schedule", "--db", str(db), "--sample-url", site.sample_url, "--fast", "--once")
    assert result.returncode == 0, result.stderr[-2000:]
    runs = query(db, "SELECT outlets[1], status FROM crawl_runs ORDER BY id")
    assert sorted(runs) == [("pacenotes", "finished"), ("ridgeline", "finished"), ("trailpost", "finished")]


def test_sigterm_during_a_run_stops_it_cleanly(tmp_path: Path) -> None:
    db, jobs = tmp_path / "store.duckdb", tmp_path / "jobs"
    slow = '{"trailpost": {"delay": 0.5, "concurrency": 1}}'
    with SampleSite(port=0) as site:
        scheduler = _start(db, site, "--source", "trailpost", "--set", f"DOWNLOAD_SLOTS={slow}", "--jobdir", str(jobs))
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and sum(1 for r in site.log if r.status == 200) < 6:
                time.sleep(0.1)
            scheduler.send_signal(signal.SIGTERM)
            out, err = scheduler.communicate(timeout=120)
        finally:
            if scheduler.poll() is None:
                scheduler.kill()
    assert scheduler.returncode == 0, err[-2000:]
    assert "stopping the current run cleanly" in out
    assert query(db, "SELECT status FROM crawl_runs") == [("interrupted",)]
    # The stopped crawl kept its queue for the next run of that outlet.
    assert (jobs / "trailpost" / "requests.queue").exists()
    assert not (jobs / "trailpost" / "ultrafacts.running").exists()


def test_intervals() -> None:
    assert parse_interval("6h") == 21600 and parse_interval("30m") == 1800 and parse_interval(90) == 90
    assert parse_interval("1d") == 86400 and parse_interval("45s") == 45
