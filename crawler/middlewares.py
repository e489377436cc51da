"""Downloader middlewares: refuse private addresses, obey robots.txt including its Crawl-delay,
and retry with exponential backoff."""

from __future__ import annotations

import ipaddress
import logging
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)


@lru_cache(maxsize=4096)
def _addresses(host: str) -> tuple[str, ...]:
    try:
        return (str(ipaddress.ip_address(host)),)
    except ValueError:
        pass
    try:
        return tuple({info[4][0] for info in socket.getaddrinfo(host, None)})
    except OSError:
        return ()  # let the downloader report the DNS failure itself


def is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified


class PrivateAddressGuard:
    """Refuse requests to loopback, private and link-local addresses (SSRF through a feed that
    links an internal host), except the origins listed in ALLOWED_PRIVATE_ORIGINS (the sample
    site)."""

    def __init__(self, allowed: list[str]) -> None:
        self.allowed = {a.rstrip("/") for a in allowed}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressGuard:
        return cls(crawler.settings.getlist("ALLOWED_PRIVATE_ORIGINS"))

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        parts = urlsplit(request.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self.allowed:
            return None
        for address in _addresses(parts.hostname or ""):
            if is_private(address):
                raise IgnoreRequest(f"refused: {parts.hostname} is a private address ({address})")
        return None


class CrawlDelayRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, plus delay floors: the request's download slot (one per
    outlet) never waits less than the robots.txt Crawl-delay, whatever the outlet spec, --fast
    or AutoThrottle say, nor less than the outlet's own configured delay (AutoThrottle may
    lower a slot's delay, so the floor is re-applied on every request)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.crawl_delays: dict[str, float] = {}
        self.robots_responses: dict[str, Response] = {}

    async def process_request(self, request: Request, spider: Spider | None = None) -> Response | None:
        parts = urlsplit(request.url)
        if parts.netloc not in self._parsers and not request.meta.get("dont_obey_robotstxt"):
            # robots.txt is about to be fetched for this request: it counts against the
            # outlet's daily budget like any other request.
            counter = getattr(self.crawler.spider, "fetched_per_outlet", None)
            if counter is not None and request.meta.get("outlet"):
                counter[request.meta["outlet"]] += 1
        await super().process_request(request)
        cached = self.robots_responses.get(parts.netloc) if parts.path == "/robots.txt" else None
        if cached is not None and not request.meta.get("dont_obey_robotstxt"):
            # The spider reads robots.txt for its Sitemap lines: hand it the copy fetched for
            # the robots check instead of asking the site twice.
            return cached.replace(url=request.url, request=request)
        return None

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        self.robots_responses[netloc] = response
        await super()._parse_robots(response, netloc, request)
        parser = self._parsers.get(netloc)
        useragent = self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)
        try:
            delay = parser.crawl_delay(useragent) if parser is not None else None
        except Exception:  # a parser without Crawl-delay support
            delay = None
        if delay:
            self.crawl_delays[netloc] = float(delay)
            logger.info("%s asks for a Crawl-delay of %ss; obeyed", netloc, delay)

    def process_request_2(self, rp, request: Request) -> None:  # noqa: ANN001 (Scrapy RobotParser)
        super().process_request_2(rp, request)
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        configured = downloader.per_slot_settings.setdefault(key, {})
        crawl_delay = self.crawl_delays.get(urlsplit(request.url).netloc, 0.0)
        if crawl_delay > float(configured.get("delay", 0.0)):
            # Not yet created slots start from the site's delay; no jitter below it.
            configured["delay"], configured["jitter"] = crawl_delay, 0.0
            self.crawler.stats.set_value(f"ultrafacts/crawl_delay/{key}", crawl_delay)
        floor = float(configured.get("delay", 0.0))
        slot = downloader.slots.get(key)
        if slot is not None and floor and slot.delay < floor:
            # AutoThrottle lowers a slot's delay towards the server's latency, down to the global
            # DOWNLOAD_DELAY; the outlet's own delay (spec politeness.delay or Crawl-delay) is a floor.
            slot.delay = floor
            if crawl_delay >= floor:
                slot.jitter = 0.0


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, waiting base * 2**n seconds (or the server's Retry-After) before retrying
    429 and 5xx answers, so a struggling server is given room."""

    def __init__(self, settings) -> None:  # noqa: ANN001 (Scrapy Settings)
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        attempt = request.meta.get("retry_times", 0)
        delay = min(self.cap, self.base * (2**attempt))
        retry_after = response.headers.get(b"Retry-After")
        if retry_after and retry_after.isdigit():
            delay = min(self.cap, float(retry_after))
        if delay > 0:
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        reason = f"{response.status}"
        retried = self._retry(request, reason)
        return retried or response
