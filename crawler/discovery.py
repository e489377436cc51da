"""Reading entry points: feeds, sitemaps, robots.txt and listing pages -> candidate URLs.

Plain functions over bytes, shared by the spider and by `ultrafacts check-outlets` (which
fetches without Scrapy), so both read an outlet's entry points the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class Entry:
    url: str
    date: str | None = None  # sitemap <lastmod>, RSS <pubDate> or Atom <updated>, as given


def feed_entries(body: bytes) -> list[Entry] | None:
    """Item links of an RSS or Atom feed, in feed order; None when it is not a readable feed."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    entries: list[Entry] = []
    for item in root.iter("{*}item"):  # RSS 2.0 and RSS 1.0
        link = (item.findtext("{*}link") or "").strip()
        if link:
            entries.append(Entry(link, item.findtext("{*}pubDate") or item.findtext("{*}date")))
    for entry in root.iter(f"{ATOM}entry"):
        for link in entry.iter(f"{ATOM}link"):
            if link.get("rel", "alternate") == "alternate" and link.get("href"):
                entries.append(Entry(link.get("href").strip(), entry.findtext(f"{ATOM}updated") or entry.findtext(f"{ATOM}published")))
                break
    tag = root.tag if isinstance(root.tag, str) else ""
    if not entries and not tag.endswith(("rss", "feed", "RDF")):
        return None
    return entries


def sitemap_entries(body: bytes) -> tuple[str, list[Entry]] | None:
    """('sitemapindex' | 'urlset', entries) of a sitemap; None when it is not one."""
    try:
        sitemap = Sitemap(body)
    except Exception:
        return None
    if sitemap.type not in ("sitemapindex", "urlset"):
        return None
    entries = [Entry(e["loc"].strip(), e.get("lastmod")) for e in sitemap if e.get("loc", "").strip()]
    return sitemap.type, entries


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """Sitemap URLs announced in a robots.txt."""
    return list(sitemap_urls_from_robots(body, base_url=base_url))


def listing_links(html: str | bytes, base_url: str) -> list[str]:
    """Every link on a listing page, absolute."""
    if not html:
        return []
    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    tree.make_links_absolute(base_url, resolve_base_href=True)
    return [a.get("href") for a in tree.iter("a") if a.get("href")]
