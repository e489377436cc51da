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
    outcome: str | None = None  # set for pages without an article: failed, refused, not-article
    reason: str | None = None
    extra_pages: list[tuple[str, bytes, str]] = field(default_factory=list)


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
               failed = ?, skipped = ?, errors = ? WHERE id = ?""",
        [
            now(), status, counts.get("requests", 0), counts.get("responses", 0), counts.get("new", 0),
            counts.get("updated", 0), counts.get("unchanged", 0), counts.get("duplicate", 0),
            counts.get("failed", 0) + counts.get("refused", 0), counts.get("not-article", 0),
            json.dumps(errors[:500]), run_id,
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
           ON CONFLICT (url) DO UPDATE SET canonical_url = excluded.canonical_url, status = excluded.status,
               fetched_at = excluded.fetched_at, crawl_run_id = excluded.crawl_run_id, content_type = excluded.content_type,
               encoding = excluded.encoding, etag = excluded.etag, last_modified = excluded.last_modified,
               sitemap_lastmod = coalesce(excluded.sitemap_lastmod, pages.sitemap_lastmod),
               body_sha256 = coalesce(excluded.body_sha256, pages.body_sha256), size = coalesce(excluded.size, pages.size),
               html_gz = coalesce(excluded.html_gz, pages.html_gz), article_id = coalesce(excluded.article_id, pages.article_id),
               outcome = excluded.outcome, reason = excluded.reason""",
        [url, canonical, page.outlet, page.status, now(), run_id, page.content_type, encoding, page.etag,
         page.last_modified, page.sitemap_lastmod, digest, len(html) if html is not None else None, compressed,
         article_id, outcome, page.reason],
    )


def save_page(con: duckdb.DuckDBPyConnection, run_id: int, page: PageRecord) -> str:
    """Store one fetched page and its article; return the outcome
    (new | updated | unchanged | duplicate | not-article | failed | refused)."""
    article = page.article
    if article is None:
        outcome = page.outcome or "failed"
        _store_page(con, run_id, page, page.url, page.html, page.encoding, outcome, None, None)
        return outcome
    outcome, article_id = _save_article(con, run_id, article)
    _store_page(con, run_id, page, page.url, page.html, page.encoding, outcome, article_id, article.canonical_url)
    for url, body, encoding in page.extra_pages:
        _store_page(con, run_id, page, url, body, encoding, "article-page", article_id, article.canonical_url)
    return outcome


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
