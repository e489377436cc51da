"""The HTML report: self-contained, and rendered by a real headless browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from pipeline import store
from pipeline.kb.load import load_pending
from pipeline.kb.report import write_report
from pipeline.kb.sample import SEED_GAZETTEER, SHARED_GOLD, seed_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason=f"seed gold files not found at {SHARED_GOLD}")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("kbr")
    gazetteer = tmp / "races.yaml"
    gazetteer.write_text(yaml.safe_dump(SEED_GAZETTEER), encoding="utf-8")
    db = tmp / "store.duckdb"
    with store.connect(db) as con:
        seed_store(con, SHARED_GOLD, published="2016-11-01T00:00:00Z")
    load_pending(db, progress=False, gazetteer=gazetteer)
    return write_report(db, tmp / "report.html")


def test_report_is_one_self_contained_page(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    # nothing fetched: no scripts, stylesheets, images or fonts from anywhere
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(", page, re.I)
    assert page.count("<svg") >= 3  # record progression(s), athlete timeline, coverage
    for section in ("Course-record progression", "Athlete timeline", "Coverage by outlet and month",
                    "Facts and their articles"):
        assert section in page
    assert "Western States 100" in page and "Timothy Olsen" in page and "14:46:44" in page
    # each fact row links to its article
    assert page.count('href="https://seed.example/') >= 16


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (scripts/ensure-chromium.sh installs it)")
def test_report_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1280,2000",
                    report.as_uri()], capture_output=True, timeout=180, check=True)
    assert shot.exists() and shot.stat().st_size > 20_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", report.as_uri()],
                         capture_output=True, text=True, timeout=180, check=True).stdout
    # the browser parsed the charts as SVG and laid out the tables
    assert dom.count("<svg") >= 3 and dom.count("<circle") >= 5 and "Timothy Olsen" in dom
