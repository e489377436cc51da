"""Storing crawled pages and articles: each article once, a changed article updated in place.

An article is identified by its canonical URL; a page whose body is already stored under
another canonical URL (a syndicated copy, an old permalink without a canonical link) is a
duplicate of that article. Callers wrap a batch in one transaction.
"""

from __future__ import annotations

import getpass
import gzip
import hashlib
import json
import socket
from dataclasses import dataclass, field
from datetime import datetime, timezone

import duckdb

from pipeline.article import Article
from pipeline.urls import canonical_url as make_canonical


@dataclass
class PageRecord:
    """One fetched URL and what came of it."""

    url: str
    outlet: str
    status: int | None
    html: bytes | None = None
    encoding: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    sitemap_lastmod: str | None = None
    article: Article | None = None
    outcome: str | None = None  # set for pages without an article: failed, refused, not-article, irrelevant, unchanged
    reason: str | None = None
    # Further pages of a split article: (url, body, encoding); body None when it answered 304.
    extra_pages: list[tuple[str, bytes | None, str | None]] = field(default_factory=list)
    extra_headers: list[dict[str, str]] = field(default_factory=list)  # etag / last-modified per extra page
    requested_url: str | None = None  # before redirects; the seen-store keeps both forms
    spec_version: str | None = None
    remember: bool = True  # update the seen-store (False for pages of the sample's dry runs)
    forget_validators: bool = False  # a 304 we could not use: ask unconditionally next time


@dataclass
class Seen:
    """What the seen-store knows about one URL (see migration 010)."""

    canonical_url: str
    url: str | None
    etag: str | None
    last_modified: str | None
    sitemap_lastmod: str | None
    body_sha256: str | None
    extra_pages: list[str]
    spec_version: str | None
    status: int | None
    outcome: str | None
    reason: str | None
    last_fetched: datetime | None
    article_id: str | None


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def start_run(con: duckdb.DuckDBPyConnection, command: str, outlets: list[str]) -> int:
    """Open a crawl_runs row; earlier runs left 'running' by a killed process are closed first."""
    con.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'")
    return con.execute(
        "INSERT INTO crawl_runs (command, user_name, host, outlets, started_at, status, errors) "
        "VALUES (?, ?, ?, ?, ?, 'running', '[]') RETURNING id",
        [command, getpass.getuser(), socket.gethostname(), outlets, now()],
    ).fetchone()[0]


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, status: str, counts: dict[str, int], errors: list[dict]) -> None:
    con.execute(
        """UPDATE crawl_runs SET finished_at = ?, status = ?, requests = ?, responses = ?,
               new_articles = ?, updated_articles = ?, unchanged_articles = ?, duplicate_articles = ?,
               failed = ?, skipped = ?, errors = ?, not_modified = ?, skipped_lastmod = ?, extracted = ?,
               irrelevant = ?, over_budget = ? WHERE id = ?""",
        [
            now(), status, counts.get("requests", 0), counts.get("responses", 0), counts.get("new", 0),
            counts.get("updated", 0), counts.get("unchanged", 0), counts.get("duplicate", 0),
            counts.get("failed", 0) + counts.get("refused", 0), counts.get("not-article", 0),
            json.dumps(errors[:500]), counts.get("not_modified", 0), counts.get("skipped_lastmod", 0),
            counts.get("extracted", 0), counts.get("irrelevant", 0), counts.get("over_budget", 0), run_id,
        ],
    )


def upsert_outlet(con: duckdb.DuckDBPyConnection, name: str, title: str, home_url: str, version: str) -> None:
    con.execute(
        "INSERT INTO outlets VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
        "title = excluded.title, home_url = excluded.home_url, spec_version = excluded.spec_version, updated_at = excluded.updated_at",
        [name, title, home_url, version, now()],
    )


def _store_page(con: duckdb.DuckDBPyConnection, run_id: int, page: PageRecord, url: str, html: bytes | None,
                encoding: str | None, outcome: str, article_id: str | None, canonical: str | None) -> None:
    compressed = gzip.compress(html, 6) if html is not None else None
    digest = hashlib.sha256(html).hexdigest() if html is not None else None
    con.execute(
        """INSERT INTO pages (url, canonical_url, outlet, status, fetched_at, crawl_run_id, content_type, encoding,
                              etag, last_modified, sitemap_lastmod, body_sha256, size, html_gz, article_id, outcome, reason)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (url) DO UPDATE SET canonical_url = coalesce(excluded.canonical_url, pages.canonical_url),
               status = excluded.status, fetched_at = excluded.fetched_at, crawl_run_id = excluded.crawl_run_id,
               content_type = coalesce(excluded.content_type, pages.content_type),
               encoding = coalesce(excluded.encoding, pages.encoding),
               etag = coalesce(excluded.etag, pages.etag), last_modified = coalesce(excluded.last_modified, pages.last_modified),
               sitemap_lastmod = coalesce(excluded.sitemap_lastmod, pages.sitemap_lastmod),
               body_sha256 = coalesce(excluded.body_sha256, pages.body_sha256), size = coalesce(excluded.size, pages.size),
               html_gz = coalesce(excluded.html_gz, pages.html_gz), article_id = coalesce(excluded.article_id, pages.article_id),
               outcome = excluded.outcome, reason = excluded.reason""",
        [url, canonical, page.outlet, page.status, now(), run_id, page.content_type, encoding, page.etag,
         page.last_modified, page.sitemap_lastmod, digest, len(html) if html is not None else None, compressed,
         article_id, outcome, page.reason],
    )


def save_page(con: duckdb.DuckDBPyConnection, run_id: int, page: PageRecord) -> str:
    """Store one fetched page and its article, and remember it in the seen-store; return the
    outcome (new | updated | unchanged | duplicate | not-article | irrelevant | failed | refused)."""
    article = page.article
    if article is None:
        outcome = page.outcome or "failed"
        _store_page(con, run_id, page, page.url, page.html, page.encoding, outcome, None, None)
        for url, body, encoding in page.extra_pages:
            _store_page(con, run_id, page, url, body, encoding, "article-page", None, None)
        if page.remember:
            _remember(con, page, outcome, None, None)
        return outcome
    outcome, article_id = _save_article(con, run_id, article)
    _store_page(con, run_id, page, page.url, page.html, page.encoding, outcome, article_id, article.canonical_url)
    for url, body, encoding in page.extra_pages:
        _store_page(con, run_id, page, url, body, encoding, "article-page", article_id, article.canonical_url)
    if page.remember:
        _remember(con, page, outcome, article_id, article.canonical_url)
    return outcome


def _remember(con: duckdb.DuckDBPyConnection, page: PageRecord, outcome: str, article_id: str | None,
              article_canonical: str | None) -> None:
    """Update the seen-store for the page (under its requested and final URL) and its further pages.

    A body that came back replaces the validators and the hash; a 304 or a failure keeps the
    ones already known, so that a transient error does not cost the next crawl its
    conditional request.
    """
    headers = {"etag": page.etag, "last-modified": page.last_modified}
    extra_urls = [url for url, _, _ in page.extra_pages] or None
    keys = list(dict.fromkeys(make_canonical(u) for u in (page.requested_url or page.url, page.url)))
    for key in keys:
        _upsert_seen(con, key, page, page.url, page.html, headers, outcome, article_id, article_canonical, extra_urls)
    for index, (url, body, _encoding) in enumerate(page.extra_pages):
        extra = page.extra_headers[index] if index < len(page.extra_headers) else {}
        _upsert_seen(con, make_canonical(url), page, url, body, extra, "article-page", article_id, article_canonical, None)


def _upsert_seen(con: duckdb.DuckDBPyConnection, key: str, page: PageRecord, url: str, body: bytes | None,
                 headers: dict[str, str | None], outcome: str, article_id: str | None,
                 article_canonical: str | None, extra_urls: list[str] | None) -> None:
    old = con.execute("SELECT etag, last_modified, body_sha256, last_changed FROM seen_urls WHERE canonical_url = ?", [key]).fetchone()
    digest = hashlib.sha256(body).hexdigest() if body is not None else None
    if body is not None:
        etag, last_modified = headers.get("etag"), headers.get("last-modified")
    elif page.forget_validators:
        etag = last_modified = None
    else:
        etag = headers.get("etag") or (old[0] if old else None)
        last_modified = headers.get("last-modified") or (old[1] if old else None)
    body_sha = digest or (old[2] if old else None)
    changed = now() if digest is not None and (old is None or old[2] != digest) else (old[3] if old else None)
    con.execute(
        """INSERT INTO seen_urls (canonical_url, outlet, url, article_canonical, article_id, etag, last_modified,
                                  sitemap_lastmod, body_sha256, extra_pages, spec_version, status, outcome, reason,
                                  first_seen, last_fetched, last_changed, fetches)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
           ON CONFLICT (canonical_url) DO UPDATE SET outlet = excluded.outlet, url = excluded.url,
               article_canonical = coalesce(excluded.article_canonical, seen_urls.article_canonical),
               article_id = coalesce(excluded.article_id, seen_urls.article_id),
               etag = excluded.etag, last_modified = excluded.last_modified,
               sitemap_lastmod = coalesce(excluded.sitemap_lastmod, seen_urls.sitemap_lastmod),
               body_sha256 = excluded.body_sha256,
               extra_pages = coalesce(excluded.extra_pages, seen_urls.extra_pages),
               spec_version = coalesce(excluded.spec_version, seen_urls.spec_version),
               status = excluded.status, outcome = excluded.outcome, reason = excluded.reason,
               last_fetched = excluded.last_fetched, last_changed = excluded.last_changed,
               fetches = seen_urls.fetches + 1""",
        [key, page.outlet, url, article_canonical, article_id, etag, last_modified, page.sitemap_lastmod, body_sha,
         extra_urls, page.spec_version if page.status in (200, 304) else None, page.status, outcome, page.reason,
         now(), now(), changed],
    )


def remember_sitemaps(con: duckdb.DuckDBPyConnection, sitemaps: list[tuple[str, str, str, str, str]]) -> None:
    """Record child sitemaps read in full: (canonical URL, outlet, url, index lastmod, spec version)."""
    for key, outlet, url, lastmod, version in sitemaps:
        con.execute(
            """INSERT INTO seen_urls (canonical_url, outlet, url, sitemap_lastmod, spec_version, status, outcome,
                                      first_seen, last_fetched, fetches)
               VALUES (?, ?, ?, ?, ?, 200, 'sitemap-read', ?, ?, 1)
               ON CONFLICT (canonical_url) DO UPDATE SET url = excluded.url, sitemap_lastmod = excluded.sitemap_lastmod,
                   spec_version = excluded.spec_version, status = 200, outcome = 'sitemap-read',
                   last_fetched = excluded.last_fetched, fetches = seen_urls.fetches + 1""",
            [key, outlet, url, lastmod, version, now(), now()],
        )


def load_seen(con: duckdb.DuckDBPyConnection, outlets: list[str]) -> dict[str, Seen]:
    """The seen-store rows of these outlets, by canonical URL."""
    rows = con.execute(
        """SELECT canonical_url, url, etag, last_modified, sitemap_lastmod, body_sha256, extra_pages, spec_version,
                  status, outcome, reason, last_fetched, article_id
           FROM seen_urls WHERE list_contains(?, outlet)""",
        [outlets],
    ).fetchall()
    return {r[0]: Seen(r[0], r[1], r[2], r[3], r[4], r[5], list(r[6] or []), r[7], r[8], r[9], r[10], r[11], r[12]) for r in rows}


def fetches_today(con: duckdb.DuckDBPyConnection, outlets: list[str]) -> dict[str, int]:
    """Requests already sent today (UTC) per outlet, for the daily page budget."""
    rows = con.execute(
        "SELECT outlet, fetches FROM outlet_fetches WHERE day = ? AND list_contains(?, outlet)", [now().date(), outlets]
    ).fetchall()
    return {outlet: count for outlet, count in rows}


def add_fetches(con: duckdb.DuckDBPyConnection, counts: dict[str, int]) -> None:
    day = now().date()
    for outlet, count in counts.items():
        if count:
            con.execute(
                "INSERT INTO outlet_fetches VALUES (?, ?, ?) ON CONFLICT (outlet, day) DO UPDATE SET fetches = outlet_fetches.fetches + excluded.fetches",
                [outlet, day, count],
            )


def _save_article(con: duckdb.DuckDBPyConnection, run_id: int, article: Article) -> tuple[str, str]:
    existing = con.execute("SELECT content_hash, title, url, crawl_run_id FROM articles WHERE id = ?", [article.id]).fetchone()
    values = [
        article.url, article.page_urls, article.outlet, article.title, article.authors, article.published,
        article.modified, article.language, article.text, article.paragraphs, article.word_count,
        article.content_hash, article.paywalled, article.method,
    ]
    if existing is not None:
        if existing[0] == article.content_hash and existing[1] == article.title:
            # Seen again under another URL in this same run: a second copy, not a re-visit.
            if existing[3] == run_id and existing[2] != article.url:
                return "duplicate", article.id
            return "unchanged", article.id
        con.execute(
            """UPDATE articles SET url = ?, page_urls = ?, outlet = ?, title = ?, authors = ?, published = ?, modified = ?,
                   language = ?, text = ?, paragraphs = ?, word_count = ?, content_hash = ?, paywalled = ?,
                   extraction_method = ?, updated_at = ?, crawl_run_id = ? WHERE id = ?""",
            [*values, now(), run_id, article.id],
        )
        return "updated", article.id
    same_body = con.execute(
        "SELECT id FROM articles WHERE content_hash = ? ORDER BY first_seen LIMIT 1", [article.content_hash]
    ).fetchone()
    if same_body is not None:
        return "duplicate", same_body[0]
    con.execute(
        """INSERT INTO articles (url, page_urls, outlet, title, authors, published, modified, language, text, paragraphs,
               word_count, content_hash, paywalled, extraction_method, id, canonical_url, first_seen, updated_at, crawl_run_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [*values, article.id, article.canonical_url, now(), now(), run_id],
    )
    return "new", article.id


def stored_html(con: duckdb.DuckDBPyConnection, url: str) -> tuple[bytes, str | None] | None:
    """The raw HTML stored for `url` and its encoding, for re-extraction without crawling."""
    row = con.execute("SELECT html_gz, encoding FROM pages WHERE url = ? AND html_gz IS NOT NULL", [url]).fetchone()
    if row is None:
        return None
    return gzip.decompress(row[0]), row[1]
