"""Item pipelines, each doing one thing: extract the article from the fetched HTML (unless the
page is unchanged since the last crawl); store pages and articles in DuckDB in batched
transactions, keep the seen-store, the daily fetch counts and the crawl_runs row."""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import Counter
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.items import ArticlePage, FetchFailure
from crawler.relevance import judge, page_tags
from pipeline import store
from pipeline.article import Article, extract_article, looks_like_article
from pipeline.article_store import (
    PageRecord,
    add_fetches,
    finish_run,
    remember_sitemaps,
    save_page,
    start_run,
    stored_html,
    upsert_outlet,
)
from pipeline.urls import canonical_url

# Outcomes after which an unchanged page needs no new extraction: the result stands.
SETTLED_OUTCOMES = {"new", "updated", "unchanged", "duplicate", "not-article", "irrelevant"}

logger = logging.getLogger(__name__)


class ArticleExtractionPipeline:
    """HTML -> Article (metadata + clean body). Pages that are not stories are marked, not dropped,
    so the store can record why they were skipped."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleExtractionPipeline:
        return cls(crawler)

    def process_item(self, item: object) -> object:
        if not isinstance(item, ArticlePage):
            return item
        spider = self.crawler.spider
        spec = spider.specs.get(item.outlet) if spider is not None else None
        if getattr(spider, "incremental", False) and self._unchanged(item, spec, spider.seen):
            # Same bytes (or 304) and same spec version: the stored extraction stands.
            item.outcome = "unchanged"
            return item
        pages = self._bodies(item)
        if pages is None:
            return item
        (url, body, encoding), more = pages[0], pages[1:]
        html = body.decode(encoding or "utf-8", errors="replace")
        more_html = [(u, b.decode(e or "utf-8", errors="replace")) for u, b, e in more]
        article, outcome, reason = read_article(html, url, spec, more_html)
        if not (reason or "").startswith("unreadable"):
            self.crawler.stats.inc_value("ultrafacts/extracted")
        item.article, item.outcome, item.not_article_reason = article, outcome if article is None else None, reason
        return item

    @staticmethod
    def _unchanged(item: ArticlePage, spec: Any, seen: dict) -> bool:
        first = seen.get(canonical_url(item.requested_url)) or seen.get(canonical_url(item.url))
        if first is None or first.outcome not in SETTLED_OUTCOMES or first.spec_version != getattr(spec, "version", None):
            return False
        pages = [(item.url, None if item.not_modified else item.body, first)]
        pages += [(u, b, seen.get(canonical_url(u))) for u, b, _ in item.more_pages]
        for _url, body, known in pages:
            if known is None:
                return False
            if body is not None and hashlib.sha256(body).hexdigest() != known.body_sha256:
                return False
        return True

    def _bodies(self, item: ArticlePage) -> list[tuple[str, bytes, str | None]] | None:
        """Every page's body: fetched now, or from the store for pages that answered 304."""
        pages = [(item.url, None if item.not_modified else item.body, item.encoding)] + list(item.more_pages)
        missing = [i for i, (_, body, _) in enumerate(pages) if body is None]
        if missing:
            with store.connect(self.crawler.settings.get("ULTRAFACTS_DB")) as con:
                for i in missing:
                    stored = stored_html(con, pages[i][0])
                    if stored is None:
                        item.outcome = "failed"
                        item.not_article_reason = f"not modified, but no stored copy of {pages[i][0]}; the next crawl asks unconditionally"
                        item.forget_validators = True
                        return None
                    pages[i] = (pages[i][0], stored[0], stored[1])
        return pages  # type: ignore[return-value]


def read_article(html: str, url: str, spec: Any, more_pages: list[tuple[str, str]] | None = None) -> tuple[Article | None, str, str | None]:
    """Extraction as the crawl does it: (article or None, outcome, reason).

    outcome is `article` (relevant, paywall marked), `not-article` (unreadable or too short to
    be a story) or `irrelevant` (the outlet's relevance filter rejected it).
    """
    try:
        article = extract_article(html, url, spec=spec, more_pages=more_pages)
    except ValueError as exc:
        return None, "not-article", f"unreadable page: {exc}"
    mark_paywall(article, html, getattr(spec, "paywall", None) or {})
    # A paywalled story declared as an article is kept however short its teaser: marked, so
    # that readers of the store know the text stops early.
    teaser = article.paywalled and article.structured and article.word_count > 0
    if not looks_like_article(article) and not teaser:
        return None, "not-article", f"not an article: {article.word_count} words of body text"
    relevant, why = judge(getattr(spec, "relevance", None), title=article.title, text=article.text,
                          url=article.canonical_url, tags=page_tags(html))
    if not relevant:
        return None, "irrelevant", f"irrelevant: {why}"
    return article, "article", None


def mark_paywall(article: Article, html: str, rules: dict[str, Any]) -> None:
    """Mark an article that is paywalled or truncated; it is stored as served, never worked around.

    Besides what extraction already reads (JSON-LD isAccessibleForFree, a `paywall` class,
    selectors.paywall): the spec's `paywall.selector` (a subscriber wall element),
    `paywall.text` (phrases such as "Subscribe to keep reading" at the end of the body), and a
    JSON-LD wordCount well above the words we got (the page serves a teaser).
    """
    if article.paywalled:
        return
    from pipeline.main_content import parse_html
    from pipeline.metadata import jsonld_article

    tree = parse_html(html)
    selector = rules.get("selector")
    if selector:
        try:
            if tree.cssselect(selector):
                article.paywalled = True
                return
        except Exception:
            pass
    tail = " ".join(article.paragraphs[-3:])
    for pattern in rules.get("text") or []:
        if re.search(pattern, tail, re.IGNORECASE):
            article.paywalled = True
            return
    declared = jsonld_article(tree).get("wordCount")
    try:
        declared = int(declared)
    except (TypeError, ValueError):
        return
    ratio = float(rules.get("truncated_ratio", 0.6))
    if declared > 0 and article.word_count < declared * ratio and declared - article.word_count > 50:
        article.paywalled = True


class StorePipeline:
    """Pages and articles into the DuckDB store, in transactions of BATCH items.

    The file is opened only while a batch is written, so readers can use the store between
    batches; the writer lock is held for the whole crawl so that two writers never interleave.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.db_path = settings.get("ULTRAFACTS_DB")
        self.batch_size = settings.getint("ULTRAFACTS_STORE_BATCH", 25)
        self.batch_seconds = settings.getfloat("ULTRAFACTS_STORE_SECONDS", 3.0)
        self.command = settings.get("ULTRAFACTS_COMMAND", "scrapy")
        self.hold_lock = settings.getbool("ULTRAFACTS_TAKE_WRITER_LOCK", True)
        self.buffer: list[PageRecord] = []
        self.counts: Counter[str] = Counter()
        self.errors: list[dict] = []
        self.last_flush = time.monotonic()
        self.run_id: int | None = None
        self._lock_cm = None
        self._fetches_saved: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        pipeline = cls(crawler)
        # The run is closed on spider_closed, the first moment the finish reason is known.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        if self.hold_lock:
            self._lock_cm = store.writer_lock(self.db_path, command=self.command)
            self._lock_cm.__enter__()
        with store.connect(self.db_path) as con, store.transaction(con):
            for spec in spider.specs.values():
                upsert_outlet(con, spec.name, spec.title, spec.base_url, spec.version)
            self.run_id = start_run(con, self.command, sorted(spider.specs))
        spider.crawl_run_id = self.run_id
        self.crawler.stats.set_value("ultrafacts/crawl_run_id", self.run_id)

    def process_item(self, item: object) -> object:
        if isinstance(item, ArticlePage):
            unchanged = item.outcome == "unchanged"
            record = PageRecord(
                url=item.url, outlet=item.outlet, status=item.status,
                # An unchanged page's bytes are already stored; a 304 has none.
                html=None if unchanged or item.not_modified else item.body, encoding=item.encoding,
                content_type=item.headers.get("content-type"), etag=item.headers.get("etag"),
                last_modified=item.headers.get("last-modified"), sitemap_lastmod=item.sitemap_lastmod,
                article=item.article, extra_pages=[(u, None if unchanged else b, e) for u, b, e in item.more_pages],
                extra_headers=item.more_headers, requested_url=item.requested_url, spec_version=item.spec_version,
                forget_validators=item.forget_validators,
            )
            if item.article is None:
                record.outcome, record.reason = item.outcome or "not-article", item.not_article_reason
        elif isinstance(item, FetchFailure):
            outcome = "refused" if item.reason.startswith("refused") else "failed"
            record = PageRecord(url=item.url, outlet=item.outlet, status=item.status, outcome=outcome, reason=item.reason,
                                remember=item.is_article, sitemap_lastmod=item.sitemap_lastmod)
            self.errors.append({"url": item.url, "status": item.status, "reason": item.reason})
        else:
            raise DropItem(f"unknown item type {type(item).__name__}")
        self.buffer.append(record)
        if len(self.buffer) >= self.batch_size or time.monotonic() - self.last_flush > self.batch_seconds:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.buffer:
            return
        batch, self.buffer = self.buffer, []
        fetched = Counter(getattr(self.crawler.spider, "fetched_per_outlet", {}))
        new_fetches = {k: v - self._fetches_saved[k] for k, v in fetched.items()}
        with store.connect(self.db_path) as con, store.transaction(con):
            outcomes = [save_page(con, self.run_id, record) for record in batch]
            add_fetches(con, new_fetches)
        self._fetches_saved = fetched
        for record, outcome in zip(batch, outcomes, strict=True):
            self.counts[outcome] += 1
            self.crawler.stats.inc_value(f"ultrafacts/{outcome}")
            if record.reason:
                logger.info("%s %s: %s", outcome, record.url, record.reason)
        self.last_flush = time.monotonic()

    def close_spider(self) -> None:
        self.flush()
        self._save_fetch_counts()

    def _remember_sitemaps(self) -> None:
        """Child sitemaps read in full by a finished crawl (no entry dropped by the daily budget,
        none failed): the next crawl may skip them while their lastmod in the index holds."""
        spider = self.crawler.spider
        complete = [(key, outlet, url, lastmod, spider.specs[outlet].version)
                    for key, outlet, url, lastmod in spider.complete_sitemaps()] if hasattr(spider, "complete_sitemaps") else []
        if complete:
            with store.connect(self.db_path) as con, store.transaction(con):
                remember_sitemaps(con, complete)

    def _save_fetch_counts(self) -> None:
        """Fetches not yet counted (entry points after the last page batch) for the daily budget."""
        fetched = Counter(getattr(self.crawler.spider, "fetched_per_outlet", {}))
        new_fetches = {k: v - self._fetches_saved[k] for k, v in fetched.items() if v - self._fetches_saved[k]}
        if new_fetches and self.run_id is not None:
            with store.connect(self.db_path) as con, store.transaction(con):
                add_fetches(con, new_fetches)
            self._fetches_saved = fetched

    def spider_closed(self, spider: object, reason: str) -> None:
        try:
            if self.run_id is None:
                return
            self.flush()
            self._save_fetch_counts()
            stats = self.crawler.stats
            counts = dict(self.counts)
            counts["requests"] = stats.get_value("downloader/request_count", 0)
            counts["responses"] = stats.get_value("downloader/response_count", 0)
            for key in ("not_modified", "skipped_lastmod", "extracted", "over_budget"):
                counts[key] = stats.get_value(f"ultrafacts/{key}", 0)
            if reason == "finished":
                self._remember_sitemaps()
            status = "finished" if reason == "finished" else "interrupted" if reason in ("shutdown", "cancelled") else "failed"
            with store.connect(self.db_path) as con, store.transaction(con):
                finish_run(con, self.run_id, status, counts, self.errors)
        finally:
            if self._lock_cm is not None:
                self._lock_cm.__exit__(None, None, None)
                self._lock_cm = None
