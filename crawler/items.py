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
    status: int
    body: bytes
    encoding: str
    headers: dict[str, str]
    discovered_via: str  # feed | sitemap | listing | link
    sitemap_lastmod: str | None = None
    more_pages: list[tuple[str, bytes, str]] = field(default_factory=list)  # (url, body, encoding)
    article: Any = None  # pipeline.article.Article, set by ArticleExtractionPipeline
    not_article_reason: str | None = None


@dataclass
class FetchFailure:
    """A URL that could not be fetched or was refused, with the reason."""

    outlet: str
    url: str
    status: int | None
    reason: str
