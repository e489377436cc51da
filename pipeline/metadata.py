"""Article metadata from structured markup: JSON-LD, OpenGraph / article:* and <meta> tags.

Structured data is what publishers maintain for search engines, so it is read first and
trusted over anything scraped from the visible page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import dateparser
from lxml import html as lxml_html

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "posting",
    "socialmediaposting",
    "liveblogposting",
    "techarticle",
    "scholarlyarticle",
}


def _walk_jsonld(node: Any) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
            if key in node:
                yield from _walk_jsonld(node[key])


def _types(node: dict) -> set[str]:
    value = node.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values}


def jsonld_objects(tree: lxml_html.HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page, @graph flattened; broken blocks are skipped."""
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            # Some CMSs emit trailing commas or control characters; one lenient retry.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except json.JSONDecodeError:
                continue
        objects.extend(_walk_jsonld(data))
    return objects


def jsonld_article(tree: lxml_html.HtmlElement) -> dict:
    """The page's Article-like JSON-LD object, or {}."""
    for obj in jsonld_objects(tree):
        if _types(obj) & ARTICLE_TYPES:
            return obj
    return {}


def _names(value: Any, graph: dict[str, dict]) -> list[str]:
    """Author names from a JSON-LD author value: string, Person, list, or @id reference."""
    if value is None:
        return []
    if isinstance(value, list):
        return [n for v in value for n in _names(v, graph)]
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        if "name" not in value and value.get("@id") in graph:
            value = graph[value["@id"]]
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return [name.strip()]
    return []


def meta_content(tree: lxml_html.HtmlElement) -> dict[str, list[str]]:
    """<meta property|name=... content=...> values, keys lower-cased."""
    found: dict[str, list[str]] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key:
            found.setdefault(key, []).append(meta.get("content", "").strip())
    return found


def parse_datetime(value: str | None, date_format: str | None = None) -> datetime | None:
    """A timestamp from ISO text, or from text in the outlet's date format; UTC when no zone."""
    if not value:
        return None
    value = value.strip()
    parsed: datetime | None = None
    if date_format:
        try:
            parsed = datetime.strptime(value, date_format)
        except ValueError:
            parsed = None
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = dateparser.parse(
                value, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
            )
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def structured_metadata(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """title, authors, published, modified, canonical_url, language, paywalled from markup."""
    article = jsonld_article(tree)
    graph = {o["@id"]: o for o in jsonld_objects(tree) if isinstance(o.get("@id"), str)}
    meta = meta_content(tree)

    def first(*keys: str) -> str | None:
        for key in keys:
            for value in meta.get(key, []):
                if value:
                    return value
        return None

    canonical = None
    for link in tree.xpath('//link[@rel and @href]'):
        if "canonical" in link.get("rel", "").lower().split():
            canonical = link.get("href").strip()
            break
    authors = _names(article.get("author"), graph)
    if not authors:
        authors = [a for a in meta.get("author", []) + meta.get("article:author", []) if a and "://" not in a]
    headline = article.get("headline") or article.get("name")
    language = article.get("inLanguage") or tree.get("lang") or first("og:locale", "language", "content-language")
    free = article.get("isAccessibleForFree")
    return {
        "title": headline if isinstance(headline, str) else first("og:title", "twitter:title"),
        "authors": list(dict.fromkeys(authors)),
        "published": parse_datetime(article.get("datePublished") or first("article:published_time", "date", "dc.date", "pubdate")),
        "modified": parse_datetime(article.get("dateModified") or first("article:modified_time", "og:updated_time")),
        "canonical_url": canonical or first("og:url"),
        "language": language if isinstance(language, str) else None,
        "paywalled": str(free).lower() in ("false", "0"),
        "has_structured_article": bool(article) or first("og:type") == "article",
    }
