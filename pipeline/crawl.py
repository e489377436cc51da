"""Running a crawl from Python: the news spider for the chosen outlets, into the store.

Scrapy's reactor runs once per process, so `run_crawl` is called once per process (the CLI
and `ultrafacts run` do so); tests and schedulers run it in a subprocess.

Pause and resume: with the JOBDIR setting (`--set JOBDIR=crawls/press`), Ctrl-C (or one
SIGTERM/SIGINT) stops the crawl cleanly and the next crawl with the same JOBDIR continues its
queue. A crawl killed outright (SIGKILL, power cut) leaves a queue Scrapy cannot trust (its
queue index is written only on a clean stop), so the next crawl notices, discards that queue
and starts again from the entry points; the seen-store turns the already-fetched pages into
cheap conditional requests and the store keeps every article once.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.specs import DEFAULT_SAMPLE_URL, OutletSpec, load_specs, select_specs

logger = logging.getLogger(__name__)
RUNNING_MARKER = "ultrafacts.running"  # in JOBDIR while a crawl uses it; left behind by a killed one

FAST_SETTINGS = {
    # For benchmarks and the local sample only: no politeness delays.
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "CONCURRENT_REQUESTS": 32,
    "RETRY_BACKOFF_BASE": 0.2,
}


@dataclass
class CrawlSummary:
    run_id: int | None
    outlets: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    finish_reason: str | None = None
    seconds: float = 0.0


def sample_site_answers(sample_url: str) -> bool:
    parts = urlsplit(sample_url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 80), timeout=0.5):
            return True
    except OSError:
        return False


@contextlib.contextmanager
def job_directory(jobdir: str | None) -> Iterator[bool]:
    """Guard a JOBDIR for one crawl; yields True when the previous crawl there was killed
    (its queue was discarded)."""
    if not jobdir:
        yield False
        return
    path = Path(jobdir)
    marker = path / RUNNING_MARKER
    killed = marker.exists()
    if killed:
        logger.warning("%s: the previous crawl was killed; discarding its request queue, resuming from the store", path)
        for name in ("requests.queue", "requests.seen", "spider.state"):
            target = path / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    path.mkdir(parents=True, exist_ok=True)
    marker.write_text("a crawl is using this job directory\n")
    try:
        yield killed
    finally:
        # Only a crawl that got here stopped cleanly (finished or paused); SIGKILL never does.
        marker.unlink(missing_ok=True)


@contextlib.contextmanager
def sample_site_if_needed(specs: list[OutletSpec], sample_url: str, serve: bool | None) -> Iterator[str]:
    """Serve the bundled sample at `sample_url` when sample outlets are crawled and nothing answers
    there (serve=None), always (True) or never (False); yields the sample URL in use."""
    wants_sample = any(s.group == "sample" for s in specs)
    if serve is False or not wants_sample or (serve is None and sample_site_answers(sample_url)):
        yield sample_url
        return
    from pipeline.sample_site.server import SampleSite

    port = urlsplit(sample_url).port or 0
    with SampleSite(port=port) as site:
        yield site.sample_url


def run_crawl(
    db_path: Path | str,
    *,
    sources: list[str] | None = None,
    group: str | None = None,
    sample_url: str = DEFAULT_SAMPLE_URL,
    serve_sample: bool | None = None,
    settings: dict[str, Any] | None = None,
    command: str = "crawl",
    progress: bool = False,
) -> CrawlSummary:
    """Crawl the chosen outlets into the store at `db_path` (blocking)."""
    import time

    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    specs = select_specs(load_specs(sample_url=sample_url), sources, group or ("all" if sources else "sample"))
    if not specs:
        raise ValueError(f"no outlets in group {group!r}")
    started = time.monotonic()
    with sample_site_if_needed(specs, sample_url, serve_sample) as live_url:
        project = get_project_settings()
        project.set("ULTRAFACTS_DB", str(db_path), priority="cmdline")
        project.set("ULTRAFACTS_COMMAND", command, priority="cmdline")
        for key, value in (settings or {}).items():
            project.set(key, value, priority="cmdline")
        process = CrawlerProcess(project)
        crawler = process.create_crawler("news")
        reporter = _ProgressReporter(crawler) if progress else None
        process.crawl(crawler, source=",".join(s.name for s in specs), sample_url=live_url)
        with job_directory(project.get("JOBDIR")) as killed:
            if reporter:
                with reporter:
                    process.start()
            else:
                process.start()
        stats = crawler.stats.get_stats() if crawler.stats else {}
        if project.get("JOBDIR") and stats.get("finish_reason") == "finished":
            # A finished job leaves nothing to resume; its duplicate filter would otherwise keep
            # the next crawl from re-checking every page it already knows.
            for name in ("requests.queue", "requests.seen", "spider.state"):
                target = Path(project.get("JOBDIR")) / name
                if target.is_dir():
                    shutil.rmtree(target)
                elif target.exists():
                    target.unlink()
        if killed:
            stats["ultrafacts/resumed_after_kill"] = 1
    counts = {k.split("/", 1)[1]: v for k, v in stats.items() if k.startswith("ultrafacts/") and isinstance(v, int)}
    counts["requests"] = stats.get("downloader/request_count", 0)
    return CrawlSummary(
        run_id=stats.get("ultrafacts/crawl_run_id"),
        outlets=[s.name for s in specs],
        counts=counts,
        finish_reason=stats.get("finish_reason"),
        seconds=time.monotonic() - started,
    )


class _ProgressReporter:
    """A Rich status line fed by Scrapy signals: requests, articles stored, failures."""

    def __init__(self, crawler: Any) -> None:
        from scrapy import signals

        self.crawler = crawler
        self.counts = {"requests": 0, "items": 0}
        crawler.signals.connect(self._request, signal=signals.request_reached_downloader)
        crawler.signals.connect(self._item, signal=signals.item_scraped)

    def __enter__(self) -> _ProgressReporter:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True)
        self.progress.__enter__()
        self.task = self.progress.add_task("crawling", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(*exc)

    def _update(self) -> None:
        self.progress.update(self.task, description=f"crawling: {self.counts['requests']} requests, {self.counts['items']} pages stored")

    def _request(self, request: Any, spider: Any) -> None:
        self.counts["requests"] += 1
        self._update()

    def _item(self, item: Any, response: Any, spider: Any) -> None:
        self.counts["items"] += 1
        self._update()
