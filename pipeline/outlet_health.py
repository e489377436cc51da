"""`ultrafacts check-outlets`: is each outlet still shaped the way its spec expects?

For one outlet: fetch its entry points (feeds, sitemaps named directly or in robots.txt,
listings), pick the most recent article URL they give, fetch and extract it with the spec,
and compare the fields with the outlet's history in the store. Plain urllib, one request at a
time, robots.txt obeyed: a handful of requests per outlet, fine to run by hand or daily.

Requests to one outlet are spaced by its spec delay (or its robots.txt Crawl-delay, if longer);
the CLI checks outlets in parallel, so the whole check takes about as long as the slowest one.

Verdicts: `broken` (nothing to crawl: no entry point answered, no article URL matched, the
article could not be fetched, or no title / no body came out), `degraded` (an entry point
failed, or a field is empty or suspiciously short against history), `ok`.
"""

from __future__ import annotations

import statistics
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.discovery import Entry, feed_entries, listing_links, robots_sitemaps, sitemap_entries
from crawler.middlewares import _addresses, is_private
from crawler.specs import OutletSpec
from pipeline.article import MIN_ARTICLE_WORDS, extract_article
from pipeline.metadata import parse_datetime
from pipeline.urls import strip_tracking

USER_AGENT = "ultrafacts/0.1 (outlet health check; +https://pypi.org/project/ultrafacts/)"
MAX_BYTES = 10 * 1024 * 1024
SITEMAP_MAX_BYTES = 50 * 1024 * 1024
SHORT_RATIO = 0.3  # a body or title under 30% of the outlet's median is suspicious
MAX_CHILD_SITEMAPS = 3


@dataclass
class EntryCheck:
    kind: str  # feed | sitemap | robots | listing
    url: str
    status: int | None = None
    error: str | None = None
    articles: int = 0  # article URLs it gave


@dataclass
class OutletReport:
    outlet: str
    status: str = "ok"  # ok | degraded | broken
    entry_points: list[EntryCheck] = field(default_factory=list)
    article_url: str | None = None
    article_status: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    history: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str, broken: bool = False) -> None:
        self.problems.append(text)
        if broken:
            self.status = "broken"
        elif self.status == "ok":
            self.status = "degraded"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class _Fetcher:
    def __init__(self, spec: OutletSpec, timeout: float) -> None:
        self.spec = spec
        self.timeout = timeout
        self.robots: Any = None
        self.delay = spec.delay
        self._last = 0.0

    def _wait_turn(self) -> None:
        pause = self.delay - (time.monotonic() - self._last)
        if pause > 0:
            time.sleep(pause)
        self._last = time.monotonic()

    def allowed_address(self, url: str) -> bool:
        # The sample site is on 127.0.0.1; every other outlet must be on a public address
        # (a spec or feed naming an internal host is not followed).
        if self.spec.group == "sample":
            return True
        return not any(is_private(a) for a in _addresses(urlsplit(url).hostname or ""))

    def get(self, url: str, limit: int = MAX_BYTES) -> tuple[int | None, bytes, str | None, str]:
        """(status, body, charset, final URL); status None and the reason as charset on failure."""
        if not self.allowed_address(url):
            return None, b"", "refused: private address", url
        if self.robots is not None and not self.robots.can_fetch(url, USER_AGENT):
            return None, b"", "refused: forbidden by robots.txt", url
        self._wait_turn()
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read(limit + 1)
                if len(body) > limit:
                    return None, b"", f"refused: larger than {limit} bytes", url
                return response.status, body, response.headers.get_content_charset(), response.geturl()
        except urllib.error.HTTPError as exc:
            return exc.code, b"", None, url
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            return None, b"", f"{type(exc).__name__}: {reason}", url

    def load_robots(self) -> None:
        from protego import Protego

        status, body, _, _ = self.get(self.spec.absolute("/robots.txt"))
        if status == 200:
            self.robots = Protego.parse(body.decode("utf-8", errors="replace"))
            self.delay = max(self.delay, float(self.robots.crawl_delay(USER_AGENT) or 0))


def _history(db: Path | None, outlet: str) -> dict[str, Any]:
    if db is None:
        return {}
    from pipeline import store

    try:
        with store.connect(db, read_only=True, wait=10) as con:
            rows = con.execute(
                "SELECT word_count, length(coalesce(title, '')), len(coalesce(authors, [])) > 0, published IS NOT NULL "
                "FROM articles WHERE outlet = ? ORDER BY first_seen DESC LIMIT 200",
                [outlet],
            ).fetchall()
    except Exception:  # no store, an older schema, a busy writer: check without history
        return {}
    if not rows:
        return {}
    return {
        "articles": len(rows),
        "median_words": statistics.median(r[0] or 0 for r in rows),
        "median_title_chars": statistics.median(r[1] for r in rows),
        "with_authors": sum(r[2] for r in rows) / len(rows),
        "with_published": sum(r[3] for r in rows) / len(rows),
    }


def _discover(fetcher: _Fetcher, spec: OutletSpec, report: OutletReport) -> list[Entry]:
    found: list[Entry] = []

    def articles(entries: list[Entry], base: str) -> list[Entry]:
        keep = []
        for entry in entries:
            url = strip_tracking(spec.absolute(urllib.parse.urljoin(base, entry.url)))
            if spec.is_article_url(url):
                keep.append(Entry(url, entry.date))
        return keep

    def read_sitemap(url: str, kind: str, depth: int = 0) -> None:
        check = EntryCheck(kind, url)
        report.entry_points.append(check)
        status, body, error, final = fetcher.get(url, SITEMAP_MAX_BYTES)
        check.status, check.error = status, error if status is None else None
        if status != 200:
            return
        parsed = sitemap_entries(body)
        if parsed is None:
            check.error = "not a sitemap"
            return
        kind_, entries = parsed
        if kind_ == "sitemapindex":
            children = [e for e in entries if spec.follows_sitemap(e.url, e.date)]
            # Most recently modified child sitemaps first: they hold the newest posts.
            children.sort(key=lambda e: e.date or "", reverse=True)
            for child in children[:MAX_CHILD_SITEMAPS] if depth < 2 else []:
                read_sitemap(child.url, "sitemap", depth + 1)
        else:
            keep = articles(entries, final)
            check.articles = len(keep)
            found.extend(keep)

    for feed in spec.feeds:
        url = spec.absolute(feed)
        check = EntryCheck("feed", url)
        report.entry_points.append(check)
        status, body, error, final = fetcher.get(url)
        check.status, check.error = status, error if status is None else None
        if status == 200:
            entries = feed_entries(body)
            if entries is None:
                check.error = "not a feed"
            else:
                keep = articles(entries, final)
                check.articles = len(keep)
                found.extend(keep)
    for sitemap in spec.sitemaps:
        url = spec.absolute(sitemap)
        if url.endswith("/robots.txt"):
            check = EntryCheck("robots", url)
            report.entry_points.append(check)
            status, body, error, final = fetcher.get(url)
            check.status, check.error = status, error if status is None else None
            named = robots_sitemaps(body, final) if status == 200 else []
            if status == 200 and not named:
                check.error = "names no sitemap"
            for child in named[:MAX_CHILD_SITEMAPS]:
                read_sitemap(child, "sitemap")
        else:
            read_sitemap(url, "sitemap")
    for listing in spec.listings:
        url = spec.absolute(listing)
        check = EntryCheck("listing", url)
        report.entry_points.append(check)
        status, body, error, final = fetcher.get(url)
        check.status, check.error = status, error if status is None else None
        if status == 200:
            keep = articles([Entry(u) for u in listing_links(body, final)], final)
            check.articles = len(keep)
            found.extend(keep)
    return found


def _most_recent(entries: list[Entry]) -> list[str]:
    """Candidate article URLs, newest first (undated ones after, in the order given)."""
    unique: dict[str, Entry] = {}
    for entry in entries:
        unique.setdefault(entry.url, entry)
    dated = []
    for index, entry in enumerate(unique.values()):
        when = parse_datetime(entry.date) if entry.date else None
        dated.append((when.timestamp() if when else float("-inf"), -index, entry.url))
    return [url for *_, url in sorted(dated, reverse=True)]


def check_outlet(spec: OutletSpec, db: Path | None = None, *, timeout: float = 30.0) -> OutletReport:
    """Fetch the outlet's entry points and one recent article; judge against the store's history."""
    report = OutletReport(spec.name)
    fetcher = _Fetcher(spec, timeout)
    fetcher.load_robots()
    candidates = _most_recent(_discover(fetcher, spec, report))
    answered = [e for e in report.entry_points if e.status == 200 and not e.error]
    if not answered:
        report.problem("no feed, sitemap or listing answered", broken=True)
        return report
    for entry in report.entry_points:
        if entry.status != 200 or entry.error:
            report.problem(f"{entry.kind} {entry.url}: {entry.error or f'HTTP {entry.status}'}")
    if not candidates:
        report.problem("entry points answered but gave no URL matching article_urls (did the URL shape change?)", broken=True)
        return report
    report.history = _history(db, spec.name)
    for url in candidates[:3]:  # a recent post may be deleted already; try the next
        status, body, charset, final = fetcher.get(url)
        report.article_url, report.article_status = url, status
        if status == 200:
            break
    else:
        report.problem(f"article {report.article_url}: {charset if status is None else f'HTTP {status}'}", broken=True)
        return report
    try:
        article = extract_article(body.decode(charset or "utf-8", errors="replace"), final, spec=spec)
    except ValueError as exc:
        report.problem(f"article {final}: unreadable ({exc})", broken=True)
        return report
    report.fields = {
        "title": article.title, "authors": article.authors,
        "published": article.published.isoformat() if article.published else None,
        "words": article.word_count, "language": article.language, "canonical_url": article.canonical_url,
        "paywalled": article.paywalled, "method": article.method,
    }
    _judge_fields(report, article)
    return report


def _judge_fields(report: OutletReport, article: Any) -> None:
    history = report.history
    median_words = history.get("median_words")
    if not article.title:
        report.problem("title: empty", broken=True)
    elif history.get("median_title_chars") and len(article.title) < SHORT_RATIO * history["median_title_chars"]:
        report.problem(f"title: suspiciously short ({len(article.title)} chars, history median {history['median_title_chars']:.0f})")
    if article.word_count == 0:
        report.problem("body: empty", broken=True)
    elif article.word_count < MIN_ARTICLE_WORDS and not article.paywalled:
        report.problem(f"body: {article.word_count} words, below an article's {MIN_ARTICLE_WORDS}", broken=True)
    elif median_words and article.word_count < SHORT_RATIO * median_words and not article.paywalled:
        report.problem(f"body: suspiciously short ({article.word_count} words, history median {median_words:.0f})")
    for name, value, share in (("authors", article.authors, history.get("with_authors")),
                               ("published", article.published, history.get("with_published"))):
        if value:
            continue
        if share is None:
            report.problem(f"{name}: empty")
        elif share >= 0.5:
            report.problem(f"{name}: empty (present in {share:.0%} of stored articles)")
