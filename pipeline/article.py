"""Article extraction: one page (or the pages of a split article) -> a clean Article.

Order of trust: structured metadata (JSON-LD, OpenGraph, <meta>), then the outlet's own
selectors, then the generic main-content extractor. Callable on stored HTML, so extraction
can be re-run without crawling again.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from lxml import html as lxml_html

from pipeline.main_content import extract_blocks, parse_html
from pipeline.metadata import parse_datetime, structured_metadata
from pipeline.urls import canonical_url as make_canonical

# Below this many words a "story" is a stub, a teaser or a listing page, not an article.
MIN_ARTICLE_WORDS = 80


@dataclass
class Article:
    url: str
    canonical_url: str
    outlet: str | None
    title: str | None
    authors: list[str]
    published: datetime | None
    modified: datetime | None
    language: str | None
    paragraphs: list[str]
    word_count: int
    content_hash: str
    method: str
    page_urls: list[str] = field(default_factory=list)
    paywalled: bool = False
    structured: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def id(self) -> str:
        return article_id(self.canonical_url)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        data["text"] = self.text
        for key in ("published", "modified"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def article_id(canonical: str) -> str:
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]


def content_hash(paragraphs: list[str]) -> str:
    """Hash of the body text, blind to whitespace and Unicode form differences."""
    normal = unicodedata.normalize("NFC", " ".join(" ".join(paragraphs).split()))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def _select_text(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    """Text (or an attribute with `::attr(name)`) of the first element a CSS selector finds."""
    if not selector:
        return None
    attr = None
    match = re.search(r"::attr\(([\w:-]+)\)$", selector)
    if match:
        selector, attr = selector[: match.start()], match.group(1)
    try:
        found = tree.cssselect(selector)
    except Exception:
        return None
    if not found:
        return None
    value = found[0].get(attr) if attr else " ".join(" ".join(found[0].itertext()).split())
    return value.strip() if value else None


def _select_all(tree: lxml_html.HtmlElement, selector: str | None) -> list[str]:
    if not selector:
        return []
    try:
        found = tree.cssselect(selector)
    except Exception:
        return []
    return [" ".join(" ".join(e.itertext()).split()) for e in found if "".join(e.itertext()).strip()]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text by statistics, for pages that do not declare it."""
    if len(text.split()) < 20:
        return None
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0  # langdetect is random unless seeded
        return detect(text[:3000])
    except Exception:
        return None


def _spec_value(spec: Any, key: str) -> Any:
    if spec is None:
        return None
    if isinstance(spec, dict):
        return spec.get(key)
    return getattr(spec, key, None)


def extract_article(
    html: str | bytes,
    url: str,
    *,
    spec: Any = None,
    more_pages: list[tuple[str, str | bytes]] | None = None,
) -> Article:
    """Extract the article on `html` (fetched from `url`), joining `more_pages` (url, html) after it.

    `spec` is the outlet spec (crawler.specs.OutletSpec or a dict) giving `name`, `selectors`
    and `date_format`; without one the generic extractor does the work.
    """
    tree = parse_html(html)
    tree.make_links_absolute(url, resolve_base_href=True)
    meta = structured_metadata(tree)
    selectors = _spec_value(spec, "selectors") or {}
    date_format = _spec_value(spec, "date_format")

    title = meta["title"] or _select_text(tree, selectors.get("title")) or _select_text(tree, "h1") or _select_text(tree, "title")
    authors = meta["authors"] or _select_all(tree, selectors.get("author"))
    published = meta["published"] or parse_datetime(_select_text(tree, selectors.get("published")), date_format)
    if published is None:
        published = parse_datetime(_select_text(tree, "time[datetime]::attr(datetime)"))
    modified = meta["modified"] or parse_datetime(_select_text(tree, selectors.get("modified")), date_format)

    paragraphs, method = extract_blocks(tree, body_selector=selectors.get("body"), base_url=url, title=title)
    page_urls = [url]
    for page_url, page_html in more_pages or []:
        page_tree = parse_html(page_html)
        page_tree.make_links_absolute(page_url, resolve_base_href=True)
        more, _ = extract_blocks(page_tree, body_selector=selectors.get("body"), base_url=page_url, title=title)
        paragraphs.extend(more)
        page_urls.append(page_url)

    canonical = make_canonical(meta["canonical_url"] or url, base=url)
    body_text = "\n\n".join(paragraphs)
    language = (meta["language"] or "").split("-")[0].split("_")[0].lower() or detect_language(body_text)
    paywalled = bool(meta["paywalled"]) or bool(tree.xpath('//*[contains(@class, "paywall")]'))
    if selectors.get("paywall") and _select_text(tree, selectors["paywall"]) is not None:
        paywalled = True
    return Article(
        url=url,
        canonical_url=canonical,
        outlet=_spec_value(spec, "name"),
        title=" ".join(title.split()) if title else None,
        authors=authors,
        published=published,
        modified=modified,
        language=language or None,
        paragraphs=paragraphs,
        word_count=len(body_text.split()),
        content_hash=content_hash(paragraphs),
        method=("structured+" if meta["has_structured_article"] else "") + method,
        page_urls=page_urls,
        paywalled=paywalled,
        structured=meta["has_structured_article"],
    )


def looks_like_article(article: Article) -> bool:
    """Enough prose to be a story (listing, tag and author pages are not)."""
    return article.word_count >= MIN_ARTICLE_WORDS
