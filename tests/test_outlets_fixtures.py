"""The real-outlet specs against recorded-shape fixtures (tests/fixtures/outlets/<outlet>/).

Each fixture is made up in the shape its outlet publishes (feed, robots.txt, sitemaps, an
article page with the outlet's JSON-LD and page furniture) with the article we expect as JSON.

- offline: each fixture article extracts into the expected article (with the spec's body
  selector, and without it: the selector is only a hint), and the relevance filter keeps or
  rejects it as expected;
- a real crawl: each outlet is served on its own 127.0.0.1 port (the fixture's origin rewritten
  to it), the spec's base_url pointed there; the spider finds the article from the feed and,
  with the feeds removed, from the sitemaps named in robots.txt, skips what the spec skips, and
  stores what the offline test expects. Crawl-delay in robots.txt is obeyed.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_incremental_support import REPO, crawl, query

from crawler.pipelines import read_article
from crawler.specs import load_specs

FIXTURES = REPO / "tests" / "fixtures" / "outlets"
OUTLETS = sorted(p.name for p in FIXTURES.iterdir() if (p / "routes.json").exists())
COMPARED = ("canonical_url", "title", "authors", "published", "modified", "language", "paywalled", "paragraphs", "word_count")
TYPES = {".xml": "application/xml; charset=UTF-8", ".txt": "text/plain; charset=utf-8", ".html": "text/html; charset=UTF-8"}


def manifest(outlet: str) -> dict:
    return json.loads((FIXTURES / outlet / "routes.json").read_text("utf-8"))


def cases() -> list[tuple[str, str, str]]:
    return [(o, path, name) for o in OUTLETS for path, name in manifest(o)["articles"].items()]


def test_at_least_six_press_outlets_with_fixtures() -> None:
    specs = load_specs()
    press = {name for name, spec in specs.items() if spec.group == "press"}
    assert len(press) >= 6 and press <= set(OUTLETS) | press
    assert {"irunfar", "ultrarunning", "trailrunner", "canadianrunning", "runnersworld"} <= press
    assert set(OUTLETS) <= press
    for name in press:
        spec = specs[name]
        assert spec.feeds or spec.sitemaps, name
        assert spec.delay >= 1 and spec.daily_budget and spec.schedule.get("interval"), name
        assert spec.base_url.startswith("https://"), name


@pytest.mark.parametrize(("outlet", "path", "expected_name"), cases())
@pytest.mark.parametrize("with_selectors", [True, False], ids=["spec-selectors", "generic"])
def test_fixture_article_extracts_as_expected(outlet: str, path: str, expected_name: str, with_selectors: bool) -> None:
    spec = load_specs()[outlet]
    if not with_selectors:
        spec.selectors = {}
    routes = manifest(outlet)
    expected = json.loads((FIXTURES / outlet / expected_name).read_text("utf-8"))
    html = (FIXTURES / outlet / routes["routes"][path]).read_text("utf-8")
    article, outcome, reason = read_article(html, routes["origin"] + path, spec)
    if not expected["relevant"]:
        assert outcome == "irrelevant", reason
        return
    assert outcome == "article", reason
    got = article.to_json()
    structured = routes.get("structured", True)  # Blogger pages carry microdata, no JSON-LD
    compared = COMPARED if with_selectors or structured else ("canonical_url", "title", "paragraphs", "word_count")
    assert {k: got[k] for k in compared} == {k: expected[k] for k in compared}
    assert got["structured"] is structured  # metadata read from the outlet's JSON-LD, not guessed


# --- the fixture web server --------------------------------------------------------------------
@dataclass
class FixtureSite:
    """Every fixture outlet on its own port of 127.0.0.1, origins rewritten to the local one."""

    servers: dict[str, ThreadingHTTPServer] = field(default_factory=dict)
    log: list[tuple[str, str, int, float]] = field(default_factory=list)  # outlet, path, status, time
    overrides: dict[tuple[str, str], str] = field(default_factory=dict)  # (outlet, path) -> body served instead

    def start(self) -> FixtureSite:
        for outlet in OUTLETS:
            server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler(outlet))
            server.daemon_threads = True
            self.servers[outlet] = server
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self.servers.values():
            server.shutdown()
            server.server_close()

    def origin(self, outlet: str) -> str:
        return f"http://127.0.0.1:{self.servers[outlet].server_address[1]}"

    def paths(self, outlet: str, status: int | None = None) -> list[str]:
        return [p for o, p, s, _ in self.log if o == outlet and (status is None or s == status)]

    def _handler(self, outlet: str) -> type[BaseHTTPRequestHandler]:
        site = self
        data = manifest(outlet)
        real = data["origin"]
        bare = re.sub(r"//www\.", "//", real)

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                name = data["routes"].get(self.path)
                override = site.overrides.get((outlet, self.path))
                if override is not None:
                    local = site.origin(outlet)
                    status, body, ctype = 200, override.replace(real, local).replace(bare, local).encode("utf-8"), TYPES[Path(name).suffix]
                elif name is None:
                    status, body, ctype = 404, b"<html><body><h1>Not found</h1></body></html>", "text/html"
                else:
                    local = site.origin(outlet)
                    text = (FIXTURES / outlet / name).read_text("utf-8").replace(real, local).replace(bare, local)
                    status, body, ctype = 200, text.encode("utf-8"), TYPES[Path(name).suffix]
                site.log.append((outlet, self.path, status, time.monotonic()))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                return

        return Handler


def _local_specs(site: FixtureSite, directory: Path, *, without_feeds: bool = False) -> None:
    directory.mkdir()
    for outlet in OUTLETS:
        text = (REPO / "crawler" / "outlets" / f"{outlet}.yaml").read_text("utf-8")
        text = re.sub(r'^base_url: .*$', f'base_url: "{site.origin(outlet)}/"', text, flags=re.M)
        # No politeness delay against the local fixtures (robots.txt Crawl-delay still applies).
        text = re.sub(r"delay: [\d.]+", "delay: 0", text)
        if without_feeds:
            if re.search(r"^sitemaps: \[\]", text, flags=re.M):
                continue  # read from its feed only
            text = re.sub(r"^feeds: .*$", "feeds: []", text, flags=re.M)
        (directory / f"{outlet}.yaml").write_text(text, "utf-8")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("outlets")
    site = FixtureSite().start()
    try:
        results = {}
        for label, without_feeds in (("feeds", False), ("sitemaps", True)):
            specs, db = tmp / f"specs-{label}", tmp / f"{label}.duckdb"
            _local_specs(site, specs, without_feeds=without_feeds)
            allowed = ",".join(site.origin(o) for o in OUTLETS)
            site.log.clear()
            crawl(db, "http://127.0.0.1:9", "--group", "press", "--set", f"ALLOWED_PRIVATE_ORIGINS={allowed}",
                  env={"ULTRAFACTS_SPECS_DIR": str(specs)})
            results[label] = (db, list(site.log), {o: site.origin(o) for o in OUTLETS})
        yield results
    finally:
        site.stop()


def _to_real(value: object, local: str, real: str) -> object:
    if isinstance(value, str):
        return value.replace(local, real)
    return value


@pytest.mark.parametrize("route", ["feeds", "sitemaps"])
@pytest.mark.parametrize(("outlet", "path", "expected_name"), cases())
def test_crawl_discovers_and_stores_fixture_article(crawled, route: str, outlet: str, path: str, expected_name: str) -> None:
    if route == "sitemaps" and not load_specs()[outlet].sitemaps:
        pytest.skip(f"{outlet} is read from its feed only")
    db, log, origins = crawled[route]
    expected = json.loads((FIXTURES / outlet / expected_name).read_text("utf-8"))
    assert (outlet, path, 200) in [(o, p, s) for o, p, s, _ in log]
    local_canonical = expected["canonical_url"].replace(re.match(r"https://[^/]+", expected["canonical_url"]).group(0), origins[outlet])
    rows = query(db, "SELECT title, authors, text, paywalled, outlet FROM articles WHERE canonical_url = ?", [local_canonical])
    if not expected["relevant"]:
        assert rows == []
        outcome = query(db, "SELECT outcome, reason FROM pages WHERE url = ?", [origins[outlet] + path])
        assert outcome and outcome[0][0] == "irrelevant", outcome
        return
    assert len(rows) == 1, query(db, "SELECT url, outcome, reason FROM pages WHERE outlet = ?", [outlet])
    title, authors, text, paywalled, stored_outlet = rows[0]
    assert (title, authors, paywalled, stored_outlet) == (expected["title"], expected["authors"], expected["paywalled"], outlet)
    assert text == "\n\n".join(expected["paragraphs"])


def test_crawl_skips_what_specs_skip(crawled) -> None:
    _, log, _ = crawled["feeds"]
    requested = {(o, p) for o, p, _, _ in log}
    # Gear reviews are never fetched (skip_urls), whatever the feed lists.
    assert not [p for o, p in requested if "/gear/" in p]
    # Only the post sitemaps of a sitemap index are read (sitemap_follow).
    assert ("irunfar", "/post-sitemap.xml") in requested
    assert not [p for o, p in requested if o == "irunfar" and re.search(r"/(page|category|author)-sitemap", p)]
    assert not [p for o, p in requested if o == "ultrarunning" and "wp-sitemap-users" in p]


def test_crawl_delay_from_robots_is_obeyed(crawled) -> None:
    _, log, _ = crawled["feeds"]
    times = [t for o, p, _, t in log if o == "trailrunner" and p != "/robots.txt"]
    assert len(times) >= 3
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.9, gaps  # robots.txt: Crawl-delay: 1 (the spec's own delay is 0 here)


def test_outlet_delay_is_a_floor_under_autothrottle(tmp_path: Path) -> None:
    """AutoThrottle lowers a slot's delay towards the server's latency; an outlet's own
    politeness.delay must hold anyway."""
    site = FixtureSite().start()
    try:
        specs = tmp_path / "specs"
        _local_specs(site, specs)
        for other in specs.glob("*.yaml"):
            if other.stem != "ultrarunning":
                other.unlink()
        path = specs / "ultrarunning.yaml"
        path.write_text(path.read_text("utf-8").replace("delay: 0", "delay: 1.2"), "utf-8")
        crawl(tmp_path / "store.duckdb", "http://127.0.0.1:9", "--group", "press",
              "--set", f"ALLOWED_PRIVATE_ORIGINS={site.origin('ultrarunning')}",
              "--set", "AUTOTHROTTLE_ENABLED=True", "--set", "AUTOTHROTTLE_START_DELAY=0",
              "--set", "RANDOMIZE_DOWNLOAD_DELAY=False", env={"ULTRAFACTS_SPECS_DIR": str(specs)})
    finally:
        site.stop()
    # robots.txt is fetched by Scrapy's robots check in a slot of its own, just before the first request.
    times = [t for o, p, _, t in site.log if o == "ultrarunning" and p != "/robots.txt"]
    assert len(times) >= 4
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 1.1, gaps


def test_unchanged_child_sitemaps_are_skipped(tmp_path: Path) -> None:
    """A child sitemap whose lastmod in the index has not moved since a crawl read all of it is
    not fetched again; when the index says it changed, it is."""
    site = FixtureSite().start()
    try:
        specs, db = tmp_path / "specs", tmp_path / "store.duckdb"
        _local_specs(site, specs)
        args = ("--group", "press", "--set", "ALLOWED_PRIVATE_ORIGINS=" + ",".join(site.origin(o) for o in OUTLETS))
        env = {"ULTRAFACTS_SPECS_DIR": str(specs)}
        crawl(db, "http://127.0.0.1:9", *args, env=env)
        first = {(o, p) for o, p, _, _ in site.log}
        site.log.clear()
        crawl(db, "http://127.0.0.1:9", *args, env=env)
        second = {(o, p) for o, p, _, _ in site.log}
        index = (FIXTURES / "irunfar" / "sitemap_index.xml").read_text("utf-8")
        site.overrides[("irunfar", "/sitemap_index.xml")] = index.replace(
            "<lastmod>2026-08-17T14:05:11+00:00</lastmod></sitemap>", "<lastmod>2026-08-18T09:00:00+00:00</lastmod></sitemap>", 1)
        site.log.clear()
        crawl(db, "http://127.0.0.1:9", *args, env=env)
        third = {(o, p) for o, p, _, _ in site.log}
    finally:
        site.stop()
    read_in_full = [("irunfar", "/post-sitemap.xml"), ("canadianrunning", "/post-sitemap.xml"),
                    ("trailrunner", "/sitemap-posts-2026-09.xml"), ("fastrunning", "/post-sitemap.xml")]
    assert all(s in first for s in read_in_full)
    assert not [s for s in read_in_full if s in second]
    assert ("irunfar", "/sitemap_index.xml") in second  # the index itself: every crawl
    assert ("trailrunner", "/sitemap-posts-2026-08.xml") in second  # 404 last time: asked again
    assert ("ultrarunning", "/wp-sitemap-posts-post-1.xml") in second  # its index gives no lastmod
    assert ("irunfar", "/post-sitemap.xml") in third
    assert ("canadianrunning", "/post-sitemap.xml") not in third
    assert query(db, "SELECT count(*) FROM seen_urls WHERE outcome = 'sitemap-read'") == [(4,)]
