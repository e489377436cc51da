"""Crawl + extraction throughput on a generated sample, beside `scrapy bench` in the same run.

    python bench/crawl.py [--articles 1200] [--repeat 3]

Serves N generated articles on 127.0.0.1, crawls them with `ultrafacts crawl --fast` (full
pipeline: discovery, fetch, article extraction, DuckDB store) in a subprocess, and reports
pages/s as the median of --repeat runs; then runs `scrapy bench` (Scrapy's own local
link-following benchmark, no processing) for the reference figure. Only loopback is used.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.sample_site.generate import generate_articles  # noqa: E402
from pipeline.sample_site.server import SampleSite  # noqa: E402


def ultrafacts_crawl(site: SampleSite, db: Path) -> tuple[float, int, int]:
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "crawl", "--db", str(db), "--sample-url", site.sample_url, "--fast"],
        capture_output=True, text=True, cwd=ROOT, timeout=1800,
    )
    seconds = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"crawl failed: {out.stderr[-2000:]}")
    requests = int(re.search(r"(\d+) requests", out.stdout).group(1))
    new = int(re.search(r"(\d+) new", out.stdout).group(1))
    return seconds, requests, new


def scrapy_bench() -> float:
    """pages/s of `scrapy bench` (it reports pages/min every 10 s; take the best steady figure)."""
    out = subprocess.run(
        [sys.executable, "-m", "scrapy", "bench", "-s", "CLOSESPIDER_TIMEOUT=20", "-s", "LOGSTATS_INTERVAL=5"],
        capture_output=True, text=True, timeout=300, cwd=tempfile.gettempdir(),
    )
    rates = [int(m) for m in re.findall(r"at (\d+) pages/min", out.stderr)]
    if not rates:
        raise SystemExit(f"scrapy bench printed no rate: {out.stderr[-1500:]}")
    steady = rates[1:] or rates
    return statistics.median(steady) / 60.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = generate_articles(args.articles)
    rates = []
    with SampleSite(port=0, articles=articles, flaky=False) as site, tempfile.TemporaryDirectory() as tmp:
        for run in range(args.repeat):
            db = Path(tmp) / f"bench-{run}.duckdb"
            seconds, requests, new = ultrafacts_crawl(site, db)
            rates.append(requests / seconds)
            print(f"run {run + 1}: {requests} requests, {new} articles stored in {seconds:.1f}s = {requests / seconds:.1f} pages/s (process start included)")
    ours = statistics.median(rates)
    reference = scrapy_bench()
    print(f"ultrafacts crawl+extract+store: median {ours:.1f} pages/s over {args.repeat} runs of {args.articles} articles")
    print(f"scrapy bench (fetch + follow links only): {reference:.1f} pages/s")
    print(f"ratio: {ours / reference:.2f} (goal >= 0.50)")


if __name__ == "__main__":
    main()
