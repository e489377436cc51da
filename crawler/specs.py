"""Outlet specs: one YAML file per publisher under crawler/outlets/, read into OutletSpec.

Adding an outlet is adding a file. A spec says where the outlet announces its articles
(feeds, sitemaps, listing pages), which URLs are articles, and optionally how to read them
(selectors, date format). Sample outlets name their origin as `sample:N`, resolved against the
sample site's address at crawl time.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import yaml

SPEC_PACKAGE = "crawler.outlets"
DEFAULT_SAMPLE_URL = "http://127.0.0.1:8765"
_KNOWN_KEYS = {
    "name", "title", "version", "group", "base_url", "language", "feeds", "sitemaps", "listings",
    "listing_next", "max_listing_pages", "article_urls", "skip_urls", "article_next_page",
    "selectors", "date_format", "politeness", "schedule", "relevance", "notes", "paywall",
    "sitemap_follow", "sitemap_since",
}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class SpecError(ValueError):
    """A spec file that cannot be used; the message names the file and the problem."""


@dataclass
class OutletSpec:
    name: str
    title: str
    version: str
    base_url: str
    group: str = "press"
    language: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    listing_next: str | None = None
    max_listing_pages: int = 10
    article_urls: list[str] = field(default_factory=list)
    skip_urls: list[str] = field(default_factory=list)
    article_next_page: str | None = None
    selectors: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    politeness: dict[str, Any] = field(default_factory=dict)
    schedule: dict[str, Any] = field(default_factory=dict)
    relevance: dict[str, Any] | None = None
    paywall: dict[str, Any] = field(default_factory=dict)
    sitemap_follow: list[str] = field(default_factory=list)
    sitemap_since: str | None = None  # ISO date: older sitemap entries (the archive) are not crawled
    notes: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        self._article_res = [re.compile(p) for p in self.article_urls]
        self._skip_res = [re.compile(p) for p in self.skip_urls]
        self._follow_res = [re.compile(p) for p in self.sitemap_follow]

    def follows_sitemap(self, url: str, lastmod: str | None = None) -> bool:
        """Should a child sitemap of an index be read? (all of them unless sitemap_follow says;
        not one last modified before sitemap_since)"""
        if self.too_old(lastmod):
            return False
        return not self._follow_res or any(r.search(url) for r in self._follow_res)

    def too_old(self, lastmod: str | None) -> bool:
        """A sitemap lastmod before sitemap_since (W3C dates compare as text)."""
        return bool(self.sitemap_since and lastmod and lastmod.strip()[:10] < self.sitemap_since)

    @property
    def interval_seconds(self) -> float:
        """How often the scheduler runs this outlet (schedule.interval; default 24h)."""
        return parse_interval(self.schedule.get("interval", "24h"))

    @property
    def origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    def absolute(self, path_or_url: str) -> str:
        return urljoin(self.base_url.rstrip("/") + "/", path_or_url)

    def same_site(self, url: str) -> bool:
        """Is `url` on this outlet's host (www. and port-less forms of the same host included)?"""
        mine, theirs = urlsplit(self.base_url), urlsplit(url)
        if theirs.scheme not in ("http", "https"):
            return False
        host = lambda p: (p.hostname or "").removeprefix("www.")  # noqa: E731
        return host(mine) == host(theirs) and (mine.port == theirs.port or self.group != "sample")

    def is_article_url(self, url: str) -> bool:
        if not self.same_site(url):
            return False
        path = urlsplit(url).path or "/"
        if any(r.search(path) for r in self._skip_res):
            return False
        return any(r.search(path) for r in self._article_res)

    @property
    def delay(self) -> float:
        return float(self.politeness.get("delay", 1.0))

    @property
    def concurrency(self) -> int:
        return int(self.politeness.get("concurrency", 1))

    @property
    def daily_budget(self) -> int | None:
        value = self.politeness.get("daily_budget")
        return int(value) if value else None


def parse_interval(value: str | int | float) -> float:
    """Seconds in an interval written as 90, '90s', '30m', '6h' or '1d'."""
    if isinstance(value, (int, float)):
        return float(value)
    match = _INTERVAL.match(str(value))
    if not match:
        raise ValueError(f"bad interval {value!r}: use a number with s, m, h or d (e.g. 6h)")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


def _spec_files(directory: Path | None) -> list[tuple[str, str]]:
    if directory is not None:
        return [(str(p), p.read_text("utf-8")) for p in sorted(directory.glob("*.y*ml"))]
    files = resources.files(SPEC_PACKAGE)
    return [(f"crawler/outlets/{e.name}", e.read_text("utf-8")) for e in sorted(files.iterdir(), key=lambda e: e.name) if e.name.endswith((".yaml", ".yml"))]


def parse_spec(text: str, source: str, sample_url: str = DEFAULT_SAMPLE_URL) -> OutletSpec:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SpecError(f"{source}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise SpecError(f"{source}: a spec is a mapping of keys to values")
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise SpecError(f"{source}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("name", "title", "version", "base_url", "article_urls"):
        if not data.get(key):
            raise SpecError(f"{source}: missing required key {key!r}")
    if not (data.get("feeds") or data.get("sitemaps") or data.get("listings")):
        raise SpecError(f"{source}: give at least one of feeds, sitemaps or listings")
    base = str(data["base_url"])
    match = re.fullmatch(r"sample:(\d+)", base)
    if match:
        sample = urlsplit(sample_url)
        base = f"{sample.scheme}://{sample.hostname}:{(sample.port or 80) + int(match.group(1))}/"
    data["base_url"] = base
    data["version"] = str(data["version"])
    for key in ("article_urls", "skip_urls", "sitemap_follow"):
        for pattern in data.get(key) or []:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise SpecError(f"{source}: bad regular expression in {key}: {pattern!r} ({exc})") from None
    if "schedule" in data and data["schedule"] is not None:
        if not isinstance(data["schedule"], dict):
            raise SpecError(f"{source}: schedule is a mapping, e.g. {{interval: 6h}}")
        try:
            parse_interval(data["schedule"].get("interval", "24h"))
        except ValueError as exc:
            raise SpecError(f"{source}: schedule: {exc}") from None
    since = data.get("sitemap_since")
    if since is not None:
        since = since.isoformat() if hasattr(since, "isoformat") else str(since)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
            raise SpecError(f"{source}: sitemap_since {since!r}: use a date, YYYY-MM-DD")
        data["sitemap_since"] = since
    for key in ("politeness", "paywall", "relevance"):
        if data.get(key) is not None and not isinstance(data[key], dict):
            raise SpecError(f"{source}: {key} is a mapping of keys to values")
    known = {k: v for k, v in data.items() if v is not None}
    return OutletSpec(**known, source=source)


def load_specs(directory: Path | str | None = None, sample_url: str = DEFAULT_SAMPLE_URL) -> dict[str, OutletSpec]:
    """Every outlet spec, by name; a broken spec raises SpecError naming its file.

    `directory` replaces the bundled specs (tests, users with their own outlets); the
    ULTRAFACTS_SPECS_DIR environment variable does the same for subprocesses.
    """
    directory = directory or os.environ.get("ULTRAFACTS_SPECS_DIR") or None
    directory = Path(directory) if directory else None
    specs: dict[str, OutletSpec] = {}
    for source, text in _spec_files(directory):
        spec = parse_spec(text, source, sample_url)
        if spec.name in specs:
            raise SpecError(f"{source}: outlet name {spec.name!r} is used by {specs[spec.name].source} too")
        specs[spec.name] = spec
    return specs


def select_specs(
    specs: dict[str, OutletSpec], names: list[str] | None = None, group: str | None = None
) -> list[OutletSpec]:
    """The outlets named (error for an unknown name), else those of `group` ('all' for every one)."""
    if names:
        unknown = [n for n in names if n not in specs]
        if unknown:
            raise SpecError(f"unknown outlet {unknown[0]!r}; known: {', '.join(sorted(specs))}")
        return [specs[n] for n in names]
    return [s for s in specs.values() if group in (None, "all") or s.group == group]
