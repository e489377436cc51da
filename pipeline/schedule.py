"""`ultrafacts schedule`: crawl -> extract -> load for each outlet at the interval its spec gives.

One long-running process. Each run is `ultrafacts run --source NAME` in a subprocess (a fresh
Twisted reactor per crawl, and a crash in one run cannot take the scheduler down). Runs are
strictly one at a time, and a scheduler lock file next to the store keeps a second scheduler
off the same store; the crawl's own writer lock keeps manual crawls from interleaving too.

SIGTERM or SIGINT: a scheduler waiting between runs exits at once; one in the middle of a run
asks the run to stop (SIGINT: Scrapy closes the crawl cleanly and its crawl_runs row says
`interrupted`), waits for it, and exits 0. A second signal stops the run without waiting.

Every run leaves a crawl_runs row: the crawl writes its own (command `schedule`); a run that
died before it could (store busy, bad spec) gets a `failed` row from the scheduler.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from crawler.specs import OutletSpec
from pipeline import store

STORE_BUSY_EXIT = 3  # `ultrafacts run` exit code when another process holds the writer lock
BUSY_RETRY_SECONDS = 300.0


class SchedulerBusy(RuntimeError):
    """Another scheduler is running on this store."""


@dataclass
class Plan:
    name: str
    interval: float  # seconds, already scaled
    due: float  # time.time() of the next run
    runs: int = 0


@dataclass
class RunResult:
    outlet: str
    started: float
    finished: float
    exit_code: int
    stopped: bool  # stopped by a shutdown signal


@dataclass
class Scheduler:
    db: Path
    specs: list[OutletSpec]
    interval_scale: float = 1.0
    once: bool = False
    run_args: list[str] = field(default_factory=list)  # extra `ultrafacts run` arguments (--sample-url, --fast...)
    grace_seconds: float = 300.0  # how long a stopping run may take before it is killed
    jobdir: Path | None = None  # per-outlet Scrapy JOBDIR under it: a stopped run resumes next time
    log: Callable[[str], None] = print
    results: list[RunResult] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stopping = False
        self.signals = 0
        self.child: subprocess.Popen | None = None

    # --- signals -------------------------------------------------------------------------
    def _on_signal(self, signum: int, _frame: object) -> None:
        self.signals += 1
        self.stopping = True
        child = self.child
        if child is None or child.poll() is not None:
            return
        if self.signals == 1:
            self.log(f"{signal.Signals(signum).name}: stopping the current run cleanly (again to kill it)")
            child.send_signal(signal.SIGINT)  # Scrapy's clean shutdown
        else:
            child.kill()

    @contextlib.contextmanager
    def _signal_handlers(self) -> Iterator[None]:
        previous = {s: signal.signal(s, self._on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    # --- planning ------------------------------------------------------------------------
    def plans(self) -> list[Plan]:
        """Each outlet is due one interval after its last finished run (now if never run)."""
        now = time.time()
        last = {} if self.once else self._last_runs()
        plans = []
        for spec in self.specs:
            interval = max(spec.interval_seconds * self.interval_scale, 0.1)
            started = last.get(spec.name)
            due = now if started is None else min(now + interval, max(now, started + interval))
            plans.append(Plan(spec.name, interval, due))
        return plans

    def _last_runs(self) -> dict[str, float]:
        if not self.db.exists():
            return {}
        try:
            with store.connect(self.db, read_only=True, wait=5) as con:
                rows = con.execute(
                    "SELECT o.outlet, max(started_at) FROM crawl_runs, unnest(outlets) AS o(outlet) "
                    "WHERE status = 'finished' GROUP BY 1"
                ).fetchall()
        except (store.StoreBusy, store.StoreError, Exception):  # no history is not fatal
            return {}
        return {name: _naive_utc_to_epoch(started) for name, started in rows if started is not None}

    # --- running -------------------------------------------------------------------------
    def command(self, outlet: str) -> list[str]:
        argv = [sys.executable, "-c", "from pipeline.cli import main; main()", "run", "--source", outlet,
                "--db", str(self.db), "--set", "ULTRAFACTS_COMMAND=schedule", *self.run_args]
        if self.jobdir is not None:
            argv += ["--set", f"JOBDIR={self.jobdir / outlet}"]
        return argv

    def run_outlet(self, outlet: str) -> RunResult:
        before = self._max_run_id()
        started = time.time()
        self.log(f"{_stamp(started)} run {outlet}: starting")
        # Own session: a Ctrl-C in the terminal reaches the scheduler, which decides what the run gets.
        self.child = subprocess.Popen(self.command(outlet), start_new_session=True)
        stopped_at: float | None = None
        while True:
            try:
                code = self.child.wait(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if self.stopping and stopped_at is None:
                    stopped_at = time.time()
                if stopped_at is not None and time.time() - stopped_at > self.grace_seconds:
                    self.log(f"run {outlet}: still running {self.grace_seconds:.0f}s after the stop request; killing it")
                    self.child.kill()
        self.child = None
        result = RunResult(outlet, started, time.time(), code, self.stopping)
        self.results.append(result)
        state = "stopped" if result.stopped else "finished" if code == 0 else f"failed (exit {code})"
        self.log(f"{_stamp(result.finished)} run {outlet}: {state} after {result.finished - started:.1f}s")
        if self._max_run_id() == before:
            self._record_failed_run(outlet, started, code)
        return result

    def _max_run_id(self) -> int:
        if not self.db.exists():
            return 0
        try:
            with store.connect(self.db, read_only=True, wait=10) as con:
                exists = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'crawl_runs'").fetchone()[0]
                return con.execute("SELECT coalesce(max(id), 0) FROM crawl_runs").fetchone()[0] if exists else 0
        except Exception:
            return -1

    def _record_failed_run(self, outlet: str, started: float, code: int) -> None:
        """The run ended before its crawl wrote a crawl_runs row: write one saying so."""
        try:
            with store.writer_lock(self.db, command="schedule"), store.connect(self.db) as con, store.transaction(con):
                con.execute(
                    "INSERT INTO crawl_runs (command, user_name, host, outlets, started_at, finished_at, status, errors) "
                    "VALUES ('schedule', ?, ?, ?, ?, ?, 'failed', ?)",
                    [os.environ.get("USER", ""), os.uname().nodename, [outlet], _epoch_to_naive_utc(started),
                     _epoch_to_naive_utc(time.time()), json.dumps([{"url": None, "status": None, "reason": f"`ultrafacts run` exited with {code} before crawling"}])],
                )
        except (store.StoreBusy, store.StoreError) as exc:
            self.log(f"run {outlet}: could not record the failed run ({exc})")

    def _sleep_until(self, when: float) -> None:
        while not self.stopping and time.time() < when:
            time.sleep(min(0.2, max(0.0, when - time.time())))

    def run(self) -> int:
        """Run until stopped (or, with once, until every outlet ran once); 0 on a clean stop."""
        with scheduler_lock(self.db), self._signal_handlers():
            plans = self.plans()
            for plan in plans:
                self.log(f"{plan.name}: every {_human(plan.interval)}, next run {_stamp(plan.due)}")
            while not self.stopping:
                pending = [p for p in plans if not (self.once and p.runs)]
                if not pending:
                    break
                plan = min(pending, key=lambda p: p.due)
                self._sleep_until(plan.due)
                if self.stopping:
                    break
                result = self.run_outlet(plan.name)
                plan.runs += 1
                if result.exit_code == STORE_BUSY_EXIT and not self.once:
                    plan.due = time.time() + min(plan.interval, BUSY_RETRY_SECONDS)
                else:
                    # The next run is one interval after this one started, never in the past.
                    plan.due = max(result.started + plan.interval, time.time())
        self.log("scheduler stopped")
        return 0


def scheduler_lock(db: Path) -> contextlib.AbstractContextManager[None]:
    """One scheduler per store: an advisory lock file beside it (released if the process dies)."""
    return store.exclusive_file_lock(
        db.with_name(db.name + ".schedule.lock"),
        "schedule",
        lambda holder: SchedulerBusy(f"{db}: a scheduler is already running ({holder})"),
    )


def _stamp(epoch: float) -> str:
    return datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M:%S")


def _human(seconds: float) -> str:
    return str(timedelta(seconds=round(seconds, 1))).removesuffix("00").removesuffix(".")


def _naive_utc_to_epoch(value: datetime) -> float:
    from datetime import timezone

    return value.replace(tzinfo=timezone.utc).timestamp()


def _epoch_to_naive_utc(epoch: float) -> datetime:
    from datetime import timezone

    return datetime.fromtimestamp(epoch, timezone.utc).replace(tzinfo=None)
