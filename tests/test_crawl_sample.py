"""Real crawls of the bundled sample site through Scrapy (in a subprocess, as users run it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.sample_site.content import load_articles, plain_text
from pipeline.sample_site.server import SampleSite
from pipeline.urls import canonical_url

ULTRAFACTS = [sys.executable, "-m", "pipeline.cli"]


def crawl(db: Path, site: SampleSite, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*ULTRAFACTS, "crawl", "--db", str(db), "--sample-url", site.sample_url, "--fast", "--set", "RETRY_BACKOFF_BASE=0.05", *extra],
        capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("crawl") / "store.duckdb"
    with SampleSite(port=0) as site:
        first = crawl(db, site)
        assert first.returncode == 0, first.stderr[-3000:]
        first_log = list(site.log)
        second = crawl(db, site)
        assert second.returncode == 0, second.stderr[-3000:]
        yield db, site, first_log, site.log[len(first_log):], first, second


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def expected_urls(site: SampleSite) -> dict[str, str]:
    urls = {}
    for name in ("trailpost", "ridgeline", "pacenotes"):
        outlet = site.outlet(name)
        for article in outlet.articles:
            urls[article.key] = canonical_url(site.base_urls[name] + outlet.article_path(article))
    return urls


def test_every_sample_article_stored_exactly_once(crawled) -> None:
    db, site, *_ = crawled
    expected = expected_urls(site)
    stored = [r[0] for r in query(db, "SELECT canonical_url FROM articles")]
    assert sorted(stored) == sorted(expected.values())
    assert len(set(r[0] for r in query(db, "SELECT content_hash FROM articles"))) == len(stored)


def test_stored_text_is_the_article_text(crawled) -> None:
    db, site, *_ = crawled
    expected = expected_urls(site)
    for article in load_articles():
        row = query(db, "SELECT text, language, title FROM articles WHERE canonical_url = ?", [expected[article.key]])
        assert row, article.key
        text, language, title = row[0]
        assert text == plain_text(article), article.key  # includes the split article's page 2
        assert language == article.lang and title == article.title


def test_traps_handled(crawled) -> None:
    db, site, first_log, *_ = crawled
    pages = {r[0]: r[1:] for r in query(db, "SELECT url, status, outcome, reason, article_id FROM pages")}
    deleted = site.base_urls["trailpost"] + "/2019/03/02/race-director-interview-deleted/"
    assert pages[deleted][0] == 404 and pages[deleted][1] == "failed"
    draft = site.base_urls["ridgeline"] + "/drafts/embargoed-results-do-not-publish.html"
    assert pages[draft][1] == "refused" and "robots" in pages[draft][2].lower()
    assert not [r for r in first_log if r.path.startswith("/drafts/")], "robots.txt disallow ignored"
    big = site.base_urls["pacenotes"] + "/posts/every-gps-point-from-my-season.html"
    assert pages[big][1] == "refused" and "size limit" in pages[big][2]
    # The 500 was retried and the article stored.
    flaky = site.flaky_path()
    statuses = [r.status for r in first_log if r.outlet == "ridgeline" and r.path == flaky]
    assert statuses[:2] == [500, 200]
    assert any(u.endswith(flaky) and v[1] in ("new", "updated", "unchanged") for u, v in pages.items())
    # The legacy URL redirected to the article; the article is stored under its real URL.
    ridgeline = site.outlet("ridgeline")
    oldest = ridgeline.articles[-1]
    assert any(r.path == ridgeline.legacy_path(oldest) and r.status == 301 for r in first_log)
    # Tag, author and archive pages were never taken for articles.
    assert not query(db, "SELECT url FROM articles WHERE url LIKE '%/tag/%' OR url LIKE '%/author/%' OR url LIKE '%archive%'")


def test_duplicates_collapse(crawled) -> None:
    db, site, first_log, *_ = crawled
    pacenotes = site.outlet("pacenotes")
    oldest = pacenotes.articles[-1]
    old_url = site.base_urls["pacenotes"] + pacenotes.old_permalink(oldest)
    row = query(db, "SELECT p.outcome, a.canonical_url FROM pages p JOIN articles a ON a.id = p.article_id WHERE p.url = ?", [old_url])
    assert row and row[0][1] == canonical_url(site.base_urls["pacenotes"] + pacenotes.article_path(oldest))
    # The feed's tracking-parameter links were fetched once, without the parameters.
    assert not [r for r in first_log if "utm_" in r.path]
    assert query(db, "SELECT duplicate_articles FROM crawl_runs ORDER BY id LIMIT 1")[0][0] >= 1


def test_encodings(crawled) -> None:
    db, site, *_ = crawled
    cp = [a for a in load_articles() if a.encoding.lower() in ("windows-1252", "cp1252")][0]
    url = expected_urls(site)[cp.key]
    text = query(db, "SELECT text FROM articles WHERE canonical_url = ?", [url])[0][0]
    assert text == plain_text(cp) and "\ufffd" not in text
    assert query(db, "SELECT encoding FROM pages WHERE url = ?", [url])[0][0].lower() in ("cp1252", "windows-1252")


def test_second_crawl_stores_nothing_twice(crawled) -> None:
    db, site, _, second_log, first, second = crawled
    runs = query(db, "SELECT id, status, new_articles, updated_articles FROM crawl_runs ORDER BY id")
    assert [r[1] for r in runs] == ["finished", "finished"]
    assert runs[0][2] == len(expected_urls(site)) and runs[1][2] == 0 and runs[1][3] == 0
    assert query(db, "SELECT count(*) FROM articles")[0][0] == len(expected_urls(site))
    assert "0 new" in second.stdout


def test_raw_html_kept_for_reextraction(crawled) -> None:
    db, site, *_ = crawled
    from pipeline.article import extract_article
    from pipeline.article_store import stored_html

    con = duckdb.connect(str(db), read_only=True)
    try:
        url, text = con.execute("SELECT url, text FROM articles WHERE outlet = 'trailpost' LIMIT 1").fetchone()
        html, encoding = stored_html(con, url)
    finally:
        con.close()
    assert extract_article(html.decode(encoding), url).text == text


def test_articles_command_lists_the_store(crawled) -> None:
    db, *_ = crawled
    out = subprocess.run([*ULTRAFACTS, "articles", "--db", str(db), "--format", "json", "--limit", "0"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == query(db, "SELECT count(*) FROM articles")[0][0]
    assert {"id", "outlet", "title", "canonical_url"} <= set(rows[0])
