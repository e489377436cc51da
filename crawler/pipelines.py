"""Item pipelines, each doing one thing: extract the article from the fetched HTML; store
pages and articles in DuckDB in batched transactions and keep the crawl_runs row."""

from __future__ import annotations

import logging
import time
from collections import Counter

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.items import ArticlePage, FetchFailure
from pipeline import store
from pipeline.article import extract_article, looks_like_article
from pipeline.article_store import PageRecord, finish_run, save_page, start_run, upsert_outlet

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
        try:
            html = item.body.decode(item.encoding, errors="replace")
            more = [(url, body.decode(enc, errors="replace")) for url, body, enc in item.more_pages]
            article = extract_article(html, item.url, spec=spec, more_pages=more)
        except ValueError as exc:
            item.not_article_reason = f"unreadable page: {exc}"
            return item
        if not looks_like_article(article):
            item.not_article_reason = f"not an article: {article.word_count} words of body text"
        else:
            item.article = article
        return item


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
            record = PageRecord(
                url=item.url, outlet=item.outlet, status=item.status, html=item.body, encoding=item.encoding,
                content_type=item.headers.get("content-type"), etag=item.headers.get("etag"),
                last_modified=item.headers.get("last-modified"), sitemap_lastmod=item.sitemap_lastmod,
                article=item.article, extra_pages=item.more_pages,
            )
            if item.article is None:
                record.outcome, record.reason = "not-article", item.not_article_reason
        elif isinstance(item, FetchFailure):
            outcome = "refused" if item.reason.startswith("refused") else "failed"
            record = PageRecord(url=item.url, outlet=item.outlet, status=item.status, outcome=outcome, reason=item.reason)
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
        with store.connect(self.db_path) as con, store.transaction(con):
            outcomes = [save_page(con, self.run_id, record) for record in batch]
        for record, outcome in zip(batch, outcomes):
            self.counts[outcome] += 1
            self.crawler.stats.inc_value(f"ultrafacts/{outcome}")
            if record.reason:
                logger.info("%s %s: %s", outcome, record.url, record.reason)
        self.last_flush = time.monotonic()

    def close_spider(self) -> None:
        self.flush()

    def spider_closed(self, spider: object, reason: str) -> None:
        try:
            if self.run_id is None:
                return
            self.flush()
            stats = self.crawler.stats
            counts = dict(self.counts)
            counts["requests"] = stats.get_value("downloader/request_count", 0)
            counts["responses"] = stats.get_value("downloader/response_count", 0)
            status = "finished" if reason == "finished" else "interrupted" if reason in ("shutdown", "cancelled") else "failed"
            with store.connect(self.db_path) as con, store.transaction(con):
                finish_run(con, self.run_id, status, counts, self.errors)
        finally:
            if self._lock_cm is not None:
                self._lock_cm.__exit__(None, None, None)
                self._lock_cm = None
