"""The one generic news spider, driven by outlet specs (crawler/outlets/*.yaml).

It only finds and fetches: feeds, sitemaps (including those named in robots.txt) and listing
pages lead to article URLs; article pages (with their further pages, for split stories) are
yielded as ArticlePage items. Extraction and storage are item pipelines.

    scrapy crawl news -a source=trailpost,ridgeline [-a sample_url=http://127.0.0.1:8765]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from lxml import etree
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler.items import ArticlePage, FetchFailure
from crawler.specs import DEFAULT_SAMPLE_URL, OutletSpec, load_specs, select_specs
from pipeline.urls import strip_tracking

SITEMAP_MAXSIZE = 50 * 1024 * 1024  # sitemaps may be larger than pages (sitemaps.org limit)


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
        return spider

    # --- requests ------------------------------------------------------------------------------
    def _request(self, url: str, spec: OutletSpec, callback: Any, **meta: Any) -> scrapy.Request:
        meta = {"outlet": spec.name, "download_slot": spec.name, **meta}
        return scrapy.Request(url, callback=callback, errback=self.fetch_failed, meta=meta)

    def article_request(self, url: str, spec: OutletSpec, via: str, lastmod: str | None = None) -> scrapy.Request | None:
        url = strip_tracking(spec.absolute(url))
        if not spec.is_article_url(url):
            return None
        return self._request(url, spec, self.parse_article, via=via, sitemap_lastmod=lastmod)

    async def start(self) -> Any:
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[scrapy.Request]:
        for spec in self.specs.values():
            for feed in spec.feeds:
                yield self._request(spec.absolute(feed), spec, self.parse_feed)
            for sitemap in spec.sitemaps:
                url = spec.absolute(sitemap)
                callback = self.parse_robots if url.endswith("/robots.txt") else self.parse_sitemap
                yield self._request(url, spec, callback, download_maxsize=SITEMAP_MAXSIZE)
            for listing in spec.listings:
                yield self._request(spec.absolute(listing), spec, self.parse_listing, listing_page=1)

    # --- discovery -----------------------------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        for url in sitemap_urls_from_robots(response.text, base_url=response.url):
            yield self._request(url, spec, self.parse_sitemap, download_maxsize=SITEMAP_MAXSIZE)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        try:
            sitemap = Sitemap(response.body)
        except Exception:
            self.logger.warning("unreadable sitemap %s", response.url)
            return
        for entry in sitemap:
            loc = entry.get("loc", "").strip()
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield self._request(loc, spec, self.parse_sitemap, download_maxsize=SITEMAP_MAXSIZE)
            else:
                request = self.article_request(loc, spec, "sitemap", entry.get("lastmod"))
                if request is not None:
                    yield request

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            self.logger.warning("unreadable feed %s", response.url)
            return
        links: list[tuple[str, str | None]] = []
        for item in root.iter("{*}item"):  # RSS
            link = item.findtext("{*}link") or ""
            links.append((link.strip(), item.findtext("{*}pubDate")))
        for entry in root.iter("{http://www.w3.org/2005/Atom}entry"):
            for link in entry.iter("{http://www.w3.org/2005/Atom}link"):
                if link.get("rel", "alternate") == "alternate" and link.get("href"):
                    links.append((link.get("href").strip(), entry.findtext("{*}updated")))
                    break
        for url, _date in links:
            request = self.article_request(response.urljoin(url), spec, "feed")
            if request is not None:
                yield request

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        if not isinstance(response, TextResponse):
            return
        for href in response.css("a::attr(href)").getall():
            request = self.article_request(response.urljoin(href), spec, "listing")
            if request is not None:
                yield request
        page = response.meta.get("listing_page", 1)
        if spec.listing_next and page < spec.max_listing_pages:
            next_href = response.css(spec.listing_next).get()
            if next_href:
                url = response.urljoin(next_href)
                if spec.same_site(url):
                    yield self._request(url, spec, self.parse_listing, listing_page=page + 1)

    # --- articles ------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[ArticlePage | scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        if not isinstance(response, TextResponse):
            yield FetchFailure(spec.name, response.url, response.status, "not-article: not an HTML page")
            return
        item = ArticlePage(
            outlet=spec.name,
            url=response.url,
            requested_url=response.request.url if response.request else response.url,
            status=response.status,
            body=response.body,
            encoding=response.encoding,
            headers={k.decode().lower(): v[0].decode("latin-1") for k, v in response.headers.items() if v},
            discovered_via=response.meta.get("via", "link"),
            sitemap_lastmod=response.meta.get("sitemap_lastmod"),
        )
        yield from self._next_page_or_item(response, spec, item)

    def parse_article_page(self, response: Response) -> Iterator[ArticlePage | scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        item: ArticlePage = response.meta["article_item"]
        if isinstance(response, TextResponse):
            item.more_pages.append((response.url, response.body, response.encoding))
        yield from self._next_page_or_item(response, spec, item)

    def _next_page_or_item(self, response: Response, spec: OutletSpec, item: ArticlePage) -> Iterator[ArticlePage | scrapy.Request]:
        if spec.article_next_page and isinstance(response, TextResponse) and len(item.more_pages) < 20:
            next_href = response.css(spec.article_next_page).get()
            if next_href:
                url = response.urljoin(next_href)
                seen = {item.url, *(u for u, _, _ in item.more_pages)}
                if url not in seen and spec.same_site(url):
                    request = self._request(url, spec, self.parse_article_page, article_item=item)
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
        yield FetchFailure(outlet, request.url, status, reason)
