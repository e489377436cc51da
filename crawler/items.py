"""What spiders yield: fetched article pages and fetches that failed. Spiders only parse;
extraction and storage happen in the item pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticlePage:
    """An article page as fetched (plus the further pages of a split article)."""

    outlet: str
    url: str  # final URL, after redirects
    requested_url: str
    status: int  # 304 when a conditional request found the page unchanged (body empty)
    body: bytes
    encoding: str | None
    headers: dict[str, str]
    discovered_via: str  # feed | sitemap | listing | link
    sitemap_lastmod: str | None = None
    # Further pages: (url, body, encoding); body None when that page answered 304.
    more_pages: list[tuple[str, bytes | None, str | None]] = field(default_factory=list)
    more_headers: list[dict[str, str]] = field(default_factory=list)
    not_modified: bool = False
    spec_version: str | None = None
    article: Any = None  # pipeline.article.Article, set by ArticleExtractionPipeline
    not_article_reason: str | None = None
    outcome: str | None = None  # set by the extraction pipeline when there is no article to store:
    #                             unchanged | not-article | irrelevant | failed
    forget_validators: bool = False


@dataclass
class FetchFailure:
    """A URL that could not be fetched or was refused, with the reason."""

    outlet: str
    url: str
    status: int | None
    reason: str
    is_article: bool = True  # False for feeds, sitemaps and listings
    sitemap_lastmod: str | None = None
