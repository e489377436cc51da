"""The one generic news spider, driven by outlet specs (crawler/outlets/*.yaml).

It only finds and fetches: feeds, sitemaps (including those named in robots.txt) and listing
pages lead to article URLs; article pages (with their further pages, for split stories) are
yielded as ArticlePage items. Extraction and storage are item pipelines.

Incremental: entry points are fetched on every crawl; an article URL known to the seen-store
(pipeline.article_store.load_seen) is skipped when its sitemap lastmod has not moved and is
otherwise asked for conditionally, a 304 becoming an ArticlePage with `not_modified` set.
Each outlet's daily page budget is taken from here, request by request.

    scrapy crawl news -a source=trailpost,ridgeline [-a sample_url=http://127.0.0.1:8765] -s ULTRAFACTS_DB=store.duckdb
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import scrapy
from scrapy import signals
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.discovery import feed_entries, listing_links, robots_sitemaps, sitemap_entries
from crawler.items import ArticlePage, FetchFailure
from crawler.specs import DEFAULT_SAMPLE_URL, OutletSpec, load_specs, select_specs
from pipeline.urls import canonical_url, strip_tracking

SITEMAP_MAXSIZE = 50 * 1024 * 1024  # sitemaps may be larger than pages (sitemaps.org limit)
# Statuses after which a URL whose sitemap lastmod has not moved is not asked for again.
SETTLED_STATUSES = {200, 304, 404, 410}
# A page refused for its size is refused again; ask at most this often unless its date moves.
REFUSED_RETRY = timedelta(days=7)


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, source: str | None = None, group: str | None = None, sample_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        sample_url = sample_url or DEFAULT_SAMPLE_URL
        names = [s.strip() for s in source.split(",") if s.strip()] if source else None
        all_specs = load_specs(sample_url=sample_url)
        self.specs: dict[str, OutletSpec] = {s.name: s for s in select_specs(all_specs, names, group or ("all" if names else "sample"))}
        self.sample_url = sample_url
        self.crawl_run_id: int | None = None
        self.seen: dict = {}  # canonical URL -> pipeline.article_store.Seen, loaded at start
        self.incremental = True
        self.budget_left: dict[str, int | None] = {}
        self.lastmods: dict[str, str] = {}  # canonical URL -> sitemap lastmod seen this run
        self.fetched_per_outlet: Counter[str] = Counter()  # requests that reached the downloader
        self.requested: set[str] = set()  # canonical URLs of articles asked for in this run
        self.entry_urls: set[str] = set()  # entry points asked for in this run
        # Child sitemaps read this run: (canonical URL, outlet, url, the index's lastmod, entries).
        self.sitemaps_read: list[tuple[str, str, str, str, set[str]]] = []
        self.failed_articles: set[str] = set()  # canonical URLs of articles that could not be fetched

    @classmethod
    def from_crawler(cls, crawler: scrapy.crawler.Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # Per-outlet politeness: each outlet is its own download slot with its own delay.
        slots = dict(crawler.settings.getdict("DOWNLOAD_SLOTS"))
        for spec in spider.specs.values():
            slots.setdefault(spec.name, {"delay": spec.delay, "concurrency": spec.concurrency})
        crawler.settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        sample_origins = [s.origin for s in spider.specs.values() if s.group == "sample"]
        allowed = list(crawler.settings.getlist("ALLOWED_PRIVATE_ORIGINS")) + sample_origins
        crawler.settings.set("ALLOWED_PRIVATE_ORIGINS", allowed, priority="spider")
        spider.incremental = crawler.settings.getbool("ULTRAFACTS_INCREMENTAL", True)
        crawler.signals.connect(spider._reached_downloader, signal=signals.request_reached_downloader)
        return spider

    def _reached_downloader(self, request: scrapy.Request, spider: Any = None) -> None:
        outlet = request.meta.get("outlet")
        if outlet:
            self.fetched_per_outlet[outlet] += 1

    def _load_state(self) -> None:
        """The seen-store and today's fetch counts, read once before the first request."""
        from pipeline import store
        from pipeline.article_store import fetches_today, load_seen

        db_path = self.crawler.settings.get("ULTRAFACTS_DB")
        outlets = sorted(self.specs)
        with store.connect(db_path) as con:
            self.seen = load_seen(con, outlets) if self.incremental else {}
            today = fetches_today(con, outlets)
        for spec in self.specs.values():
            budget = spec.daily_budget
            self.budget_left[spec.name] = None if budget is None else max(0, budget - today.get(spec.name, 0))
        self.crawler.stats.set_value("ultrafacts/seen_urls", len(self.seen))

    # --- requests ------------------------------------------------------------------------------
    def _within_budget(self, spec: OutletSpec) -> bool:
        """Take one request from the outlet's daily budget; False (request not made) when spent."""
        left = self.budget_left.get(spec.name)
        if left is None:
            return True
        if left <= 0:
            if not self.crawler.stats.get_value(f"ultrafacts/over_budget/{spec.name}"):
                self.logger.warning("%s: daily page budget of %s spent; no more requests today", spec.name, spec.daily_budget)
            self.crawler.stats.inc_value(f"ultrafacts/over_budget/{spec.name}")
            self.crawler.stats.inc_value("ultrafacts/over_budget")
            return False
        self.budget_left[spec.name] = left - 1
        return True

    def _request(self, url: str, spec: OutletSpec, callback: Any, *, dont_filter: bool = False,
                 headers: dict[str, str] | None = None, **meta: Any) -> scrapy.Request | None:
        if not self._within_budget(spec):
            return None
        meta = {"outlet": spec.name, "download_slot": spec.name, **meta}
        return scrapy.Request(url, callback=callback, errback=self.fetch_failed, meta=meta, headers=headers,
                              dont_filter=dont_filter)

    def _entry_request(self, url: str, spec: OutletSpec, callback: Any, **meta: Any) -> scrapy.Request | None:
        # Entry points are fetched on every crawl, resumed ones included (dont_filter): they are
        # what tells the crawl what is new. Once per run, though: a sitemap index that lists
        # itself or listings that page in a circle must not loop.
        if url in self.entry_urls:
            return None
        self.entry_urls.add(url)
        return self._request(url, spec, callback, dont_filter=True, **meta)

    def conditional_headers(self, seen: Any) -> dict[str, str]:
        headers = {}
        if seen is not None and seen.etag:
            headers["If-None-Match"] = seen.etag
        if seen is not None and seen.last_modified:
            headers["If-Modified-Since"] = seen.last_modified
        return headers

    def article_request(self, url: str, spec: OutletSpec, via: str, lastmod: str | None = None) -> scrapy.Request | None:
        url = strip_tracking(spec.absolute(url))
        if not spec.is_article_url(url):
            return None
        key = canonical_url(url)
        if lastmod:
            self.lastmods[key] = lastmod
        if key in self.requested:
            # The same article under another spelling (www., http/https, tracking): once per run.
            return None
        seen = self.seen.get(key)
        headers: dict[str, str] = {}
        if seen is not None and self.incremental:
            if (via == "sitemap" and lastmod and seen.sitemap_lastmod == lastmod and seen.status in SETTLED_STATUSES
                    and seen.spec_version in (spec.version, None)):
                self.crawler.stats.inc_value("ultrafacts/skipped_lastmod")
                return None
            if (seen.outcome == "refused" and "larger than" in (seen.reason or "") and seen.last_fetched
                    and (lastmod is None or lastmod == seen.sitemap_lastmod)
                    and seen.last_fetched > _utcnow() - REFUSED_RETRY):
                self.crawler.stats.inc_value("ultrafacts/skipped_refused")
                return None
            if seen.status in (200, 304) and seen.body_sha256:
                headers = self.conditional_headers(seen)
        meta: dict[str, Any] = {"via": via, "sitemap_lastmod": lastmod or self.lastmods.get(key)}
        if headers:
            meta["handle_httpstatus_list"] = [304]
            meta["conditional"] = True
        request = self._request(url, spec, self.parse_article, headers=headers, **meta)
        if request is not None:
            self.requested.add(key)
        return request

    async def start(self) -> Any:
        self._load_state()
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[scrapy.Request]:
        for spec in self.specs.values():
            requests = []
            for feed in spec.feeds:
                requests.append(self._entry_request(spec.absolute(feed), spec, self.parse_feed))
            for sitemap in spec.sitemaps:
                url = spec.absolute(sitemap)
                callback = self.parse_robots if url.endswith("/robots.txt") else self.parse_sitemap
                requests.append(self._entry_request(url, spec, callback, download_maxsize=SITEMAP_MAXSIZE))
            for listing in spec.listings:
                requests.append(self._entry_request(spec.absolute(listing), spec, self.parse_listing, listing_page=1))
            yield from (r for r in requests if r is not None)

    # --- discovery -----------------------------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        for url in robots_sitemaps(response.body, response.url):
            request = self._entry_request(url, spec, self.parse_sitemap, download_maxsize=SITEMAP_MAXSIZE)
            if request is not None:
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        parsed = sitemap_entries(response.body)
        if parsed is None:
            self.logger.warning("unreadable sitemap %s", response.url)
            return
        kind, entries = parsed
        key = canonical_url(response.url)
        for entry in entries:
            if kind == "sitemapindex":
                if not spec.follows_sitemap(entry.url, entry.date):
                    continue
                if self._sitemap_unchanged(entry.url, entry.date, spec):
                    self.crawler.stats.inc_value("ultrafacts/skipped_sitemaps")
                    continue
                request = self._entry_request(entry.url, spec, self.parse_sitemap, download_maxsize=SITEMAP_MAXSIZE,
                                              index_lastmod=entry.date)
            elif spec.too_old(entry.date):
                self.crawler.stats.inc_value("ultrafacts/skipped_old")
                continue
            else:
                request = self.article_request(entry.url, spec, "sitemap", entry.date)
            if request is not None:
                yield request
        if kind == "urlset" and response.meta.get("index_lastmod"):
            listed = {canonical_url(strip_tracking(spec.absolute(e.url))) for e in entries}
            self.sitemaps_read.append((key, spec.name, response.url, response.meta["index_lastmod"], listed))

    def complete_sitemaps(self) -> list[tuple[str, str, str, str]]:
        """Child sitemaps read this run of which every listed article was fetched or settled;
        called when the crawl finished."""
        return [(key, outlet, url, lastmod) for key, outlet, url, lastmod, listed in self.sitemaps_read
                if not listed & self.failed_articles
                and not self.crawler.stats.get_value(f"ultrafacts/over_budget/{outlet}")]

    def _sitemap_unchanged(self, url: str, lastmod: str | None, spec: OutletSpec) -> bool:
        """A child sitemap whose lastmod in the index has not moved since a crawl read it and
        fetched everything it listed (big WordPress sites keep years of posts in sitemaps that
        never change again)."""
        if not (self.incremental and lastmod):
            return False
        seen = self.seen.get(canonical_url(url))
        return (seen is not None and seen.outcome == "sitemap-read" and seen.sitemap_lastmod == lastmod
                and seen.spec_version == spec.version)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        entries = feed_entries(response.body)
        if entries is None:
            self.logger.warning("unreadable feed %s", response.url)
            return
        for entry in entries:
            request = self.article_request(response.urljoin(entry.url), spec, "feed")
            if request is not None:
                yield request

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        if not isinstance(response, TextResponse):
            return
        for href in listing_links(response.body, response.url):
            request = self.article_request(href, spec, "listing")
            if request is not None:
                yield request
        page = response.meta.get("listing_page", 1)
        if spec.listing_next and page < spec.max_listing_pages:
            next_href = response.css(spec.listing_next).get()
            if next_href:
                url = response.urljoin(next_href)
                if spec.same_site(url):
                    request = self._entry_request(url, spec, self.parse_listing, listing_page=page + 1)
                    if request is not None:
                        yield request

    # --- articles ------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[ArticlePage | scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        not_modified = response.status == 304
        if not_modified:
            self.crawler.stats.inc_value("ultrafacts/not_modified")
        elif not isinstance(response, TextResponse):
            yield FetchFailure(spec.name, response.url, response.status, "not-article: not an HTML page")
            return
        item = ArticlePage(
            outlet=spec.name,
            url=response.url,
            requested_url=(response.meta.get("redirect_urls") or [response.url])[0],
            status=response.status,
            body=b"" if not_modified else response.body,
            encoding=None if not_modified else response.encoding,
            headers=_headers(response),
            discovered_via=response.meta.get("via", "link"),
            sitemap_lastmod=response.meta.get("sitemap_lastmod") or self.lastmods.get(canonical_url(response.url)),
            not_modified=not_modified,
            spec_version=spec.version,
        )
        yield from self._next_page_or_item(response, spec, item)

    def parse_article_page(self, response: Response) -> Iterator[ArticlePage | scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        item: ArticlePage = response.meta["article_item"]
        if response.status == 304:
            item.more_pages.append((response.url, None, None))
            item.more_headers.append(_headers(response))
        elif isinstance(response, TextResponse):
            item.more_pages.append((response.url, response.body, response.encoding))
            item.more_headers.append(_headers(response))
        yield from self._next_page_or_item(response, spec, item)

    def _next_url(self, response: Response, spec: OutletSpec, item: ArticlePage) -> str | None:
        """The article's next page: from the page itself, or, after a 304, from the seen-store."""
        if response.status == 304:
            seen = self.seen.get(canonical_url(item.requested_url)) or self.seen.get(canonical_url(item.url))
            known = seen.extra_pages if seen is not None else []
            index = len(item.more_pages)
            return known[index] if index < len(known) else None
        if isinstance(response, TextResponse):
            next_href = response.css(spec.article_next_page).get()
            return response.urljoin(next_href) if next_href else None
        return None

    def _next_page_or_item(self, response: Response, spec: OutletSpec, item: ArticlePage) -> Iterator[ArticlePage | scrapy.Request]:
        if spec.article_next_page and len(item.more_pages) < 20:
            url = self._next_url(response, spec, item)
            if url:
                seen_urls = {item.url, *(u for u, _, _ in item.more_pages)}
                if url not in seen_urls and spec.same_site(url):
                    seen = self.seen.get(canonical_url(url)) if self.incremental else None
                    headers = self.conditional_headers(seen) if seen is not None and seen.body_sha256 else {}
                    request = self._request(url, spec, self.parse_article_page, headers=headers, article_item=item,
                                            handle_httpstatus_list=[304])
                    if request is not None:
                        request.errback = self._page_failed
                        yield request
                        return
        yield item

    def _page_failed(self, failure: Failure) -> Iterator[ArticlePage]:
        """A later page of a split story failed: keep the pages we have."""
        item: ArticlePage = failure.request.meta["article_item"]
        self.logger.warning("page %s of %s failed: %s", len(item.more_pages) + 2, item.url, failure.getErrorMessage())
        yield item

    def fetch_failed(self, failure: Failure) -> Iterator[FetchFailure]:
        request = failure.request
        outlet = request.meta.get("outlet", "?")
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            reason = f"HTTP {status}"
        elif failure.check(scrapy.exceptions.IgnoreRequest):
            message = str(failure.value)
            reason = message if message.startswith("refused") else f"refused: {message or 'forbidden by robots.txt'}"
        else:
            message = failure.getErrorMessage() or failure.type.__name__
            if "maxsize" in message.lower() or "max size" in message.lower() or failure.type.__name__ == "CancelledError":
                limit = request.meta.get("download_maxsize") or self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
                reason = f"refused: larger than the download size limit ({limit} bytes)"
            else:
                reason = f"{failure.type.__name__}: {message}"
        self.logger.info("could not fetch %s: %s", request.url, reason)
        is_article = request.callback in (self.parse_article, self.parse_article_page)
        if is_article and not (status and status in SETTLED_STATUSES):
            # Its sitemap is read again next time: this entry deserves another try.
            self.failed_articles.add(canonical_url((request.meta.get("redirect_urls") or [request.url])[0]))
        if not is_article:
            # An entry point (feed, sitemap, listing) that failed: counted for check-outlets.
            self.crawler.stats.inc_value("ultrafacts/entry_failed")
            self.crawler.stats.inc_value(f"ultrafacts/entry_failed/{outlet}")
        yield FetchFailure(outlet, request.url, status, reason, is_article=is_article,
                           sitemap_lastmod=request.meta.get("sitemap_lastmod"))


def _headers(response: Response) -> dict[str, str]:
    return {k.decode().lower(): v[0].decode("latin-1") for k, v in response.headers.items() if v}


def _utcnow() -> Any:
    from pipeline.article_store import now

    return now()
