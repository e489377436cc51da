"""The three outlets of the sample site, each with its own HTML template and structure.

- trailpost: a WordPress-style magazine (RSS with tracking parameters, wp-sitemap.xml index,
  Yoast-style JSON-LD @graph, tag and author archives, share bar, related posts, comments).
- ridgeline: a news site (NewsArticle JSON-LD and OpenGraph, paginated listings, articles
  split over two pages, ad slots, inline promos; robots.txt disallows /drafts/).
- pacenotes: a personal blog (Atom feed, no sitemap, no structured data, dates written out
  in the text, bare links for related posts, an old permalink duplicating a post).

Each returns Response objects; the server adds conditional-request handling and the traps
that depend on request history (a 500 served once).
"""

from __future__ import annotations

import abc
import hashlib
import html
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from urllib.parse import parse_qs

from pipeline.sample_site.content import Block, SampleArticle, Span, inline_text

OVERSIZE_BYTES = 11 * 1024 * 1024  # beyond the crawler's 10 MB DOWNLOAD_MAXSIZE


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _page(status: int, text: str, content_type: str = "text/html; charset=utf-8", **kw: object) -> Response:
    return Response(status, text.encode("utf-8"), content_type, **kw)  # type: ignore[arg-type]


def not_found(path: str) -> Response:
    return _page(404, f"<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>404</h1><p>No page at {esc(path)}.</p></body></html>")


def _iso(dt: datetime) -> str:
    return dt.isoformat()


def _updated(article: SampleArticle) -> datetime:
    return article.modified or article.published


class Outlet(abc.ABC):
    """Shared plumbing: article lookup, robots.txt, tags, authors; templates are per outlet."""

    name = ""
    title = ""
    robots = "User-agent: *\nDisallow:\n"

    def __init__(self, articles: list[SampleArticle], base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.articles = sorted(articles, key=lambda a: a.published, reverse=True)
        self.by_path = {self.article_path(a): a for a in self.articles}

    # --- structure -------------------------------------------------------------------------
    @abc.abstractmethod
    def article_path(self, article: SampleArticle) -> str:
        """Per outlet."""

    def url(self, path: str) -> str:
        return self.base_url + path

    def tags(self) -> dict[str, list[SampleArticle]]:
        found: dict[str, list[SampleArticle]] = {}
        for article in self.articles:
            for tag in article.tags:
                found.setdefault(tag, []).append(article)
        return found

    def authors(self) -> dict[str, list[SampleArticle]]:
        found: dict[str, list[SampleArticle]] = {}
        for article in self.articles:
            for author in article.authors:
                found.setdefault(_slug(author), []).append(article)
        return found

    def related_for(self, article: SampleArticle, n: int = 3) -> list[SampleArticle]:
        return [a for a in self.articles if a is not article][:n]

    @abc.abstractmethod
    def handle(self, path: str, query: str) -> Response:
        """Per outlet."""

    # --- rendering helpers -----------------------------------------------------------------
    def inline(self, spans: tuple[Span, ...]) -> str:
        out = []
        for span in spans:
            if span.related:
                out.append(self.inline_related(span))
            elif span.href:
                out.append(f'<a href="{esc(span.href)}">{esc(span.text)}</a>')
            else:
                out.append(esc(span.text))
        return "".join(out)

    @abc.abstractmethod
    def inline_related(self, span: Span) -> str:
        """Per outlet."""

    @abc.abstractmethod
    def related_widget(self, span: Span) -> str:
        """Per outlet."""

    def blocks_html(self, blocks: list[Block]) -> str:
        parts = []
        for block in blocks:
            if block.kind == "paragraph":
                parts.append(f"<p>{self.inline(block.spans)}</p>")
            elif block.kind == "heading":
                level = min(max(block.level, 2), 4)
                parts.append(f"<h{level}>{self.inline(block.spans)}</h{level}>")
            elif block.kind == "quote":
                parts.append(f"<blockquote><p>{self.inline(block.spans)}</p></blockquote>")
            elif block.kind == "list":
                items = "".join(f"<li>{self.inline(item)}</li>" for item in block.items)
                parts.append(f"<ul>{items}</ul>")
            elif block.kind == "table":
                parts.append(self.table_html(block))
            elif block.kind == "related":
                parts.append(self.related_widget(block.spans[0]))
        return "\n".join(parts)

    def table_html(self, block: Block) -> str:
        head, *rows = block.rows
        th = "".join(f"<th>{esc(c)}</th>" for c in head)
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _slug(text: str) -> str:
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in text).split())


def _human_date(dt: datetime) -> str:
    return f"{dt.strftime('%B')} {dt.day}, {dt.year}"


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


# ----------------------------------------------------------------------------------------------
class TrailPost(Outlet):
    name = "trailpost"
    title = "Trail Post"
    robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"
    deleted_path = "/2019/03/02/race-director-interview-deleted/"

    def article_path(self, article: SampleArticle) -> str:
        return f"/{article.published:%Y/%m/%d}/{article.slug}/"

    def inline_related(self, span: Span) -> str:
        # The CMS drops the promo anchor straight into the sentence, no spaces kept.
        return f'<a href="{esc(span.href)}" data-vars-event="inline-link">{esc(span.text)}</a>'

    def related_widget(self, span: Span) -> str:
        return f'<p class="has-small-font-size"><strong>Related:</strong> <a href="{esc(span.href)}">{esc(span.text)}</a></p>'

    def table_html(self, block: Block) -> str:
        return f'<figure class="wp-block-table">{super().table_html(block)}<figcaption>Top finishers. Source: race results.</figcaption></figure>'

    def chrome(self, title: str, head: str, main: str, body_class: str) -> str:
        recent = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in self.articles[:5])
        tags = "".join(f'<li><a href="/tag/{t}/">{esc(t)}</a></li>' for t in sorted(self.tags())[:8])
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Trail Post</title>
<link rel="alternate" type="application/rss+xml" title="Trail Post &raquo; Feed" href="{self.url('/feed/')}">
<link rel="stylesheet" href="/wp-content/themes/trailpost/style.css">
{head}
</head>
<body class="{body_class} has-sidebar">
<div id="cookie-notice" class="cookie-notice" role="dialog"><p>We use cookies to improve your experience and to show you relevant race gear offers.</p><button>Accept all</button></div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/">Trail Post</a></p><p class="site-description">Dispatches from the long trail</p>
  <nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/tag/race-report/">Race Reports</a></li><li><a href="/tag/fkt/">FKTs</a></li><li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
{main}
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_search"><form role="search" action="/"><input type="search" name="s"><button>Search</button></form></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section>
  <section class="widget widget_mc4wp"><h2 class="widget-title">The Weekly Dispatch</h2><p>Results, records and long reads from the ultra world every Friday. No spam, unsubscribe at any time.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></section>
  <section class="widget widget_tag_cloud"><h2 class="widget-title">Topics</h2><ul>{tags}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2026 Trail Post Media. Proudly powered by WordPress.</p><p><a href="/privacy-policy/">Privacy Policy</a> &middot; <a href="/advertise/">Advertise with us</a></p></footer>
</body>
</html>"""

    def render_article(self, article: SampleArticle) -> str:
        path = self.article_path(article)
        url = self.url(path)
        author_ids = [f"{self.base_url}/#/schema/person/{_slug(a)}" for a in article.authors]
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "@id": f"{self.base_url}/#website", "url": self.base_url + "/", "name": "Trail Post"},
                {"@type": "WebPage", "@id": url, "url": url, "name": article.title, "isPartOf": {"@id": f"{self.base_url}/#website"}},
                {
                    "@type": "BlogPosting",
                    "@id": url + "#article",
                    "headline": article.title,
                    "datePublished": _iso(article.published),
                    "dateModified": _iso(_updated(article)),
                    "author": [{"@id": i} for i in author_ids],
                    "mainEntityOfPage": {"@id": url},
                    "keywords": article.tags,
                    "inLanguage": "en-US",
                },
                *[{"@type": "Person", "@id": i, "name": a} for i, a in zip(author_ids, article.authors, strict=True)],
            ],
        }
        head = f"""<link rel="canonical" href="{url}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Trail Post">
<meta property="article:published_time" content="{_iso(article.published)}">
<meta property="article:modified_time" content="{_iso(_updated(article))}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>"""
        byline = ", ".join(f'<a class="url fn n" href="/author/{_slug(a)}/">{esc(a)}</a>' for a in article.authors)
        tag_links = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(t)}</a>' for t in article.tags)
        related = "".join(
            f'<div class="jp-relatedposts-post"><h4><a href="{self.article_path(a)}">{esc(a.title)}</a></h4><p>{esc(_human_date(a.published))}</p></div>'
            for a in self.related_for(article)
        )
        main = f"""<article id="post-{_numeric_id(article)}" class="post type-post status-publish format-standard hentry">
<header class="entry-header">
<h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><span class="byline">By {byline}</span> <span class="posted-on"><time class="entry-date published" datetime="{_iso(article.published)}">{_human_date(article.published)}</time></span></div>
</header>
<div class="entry-content">
{self.blocks_html(article.blocks)}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_links}</span></footer>
</article>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="https://twitter.com/intent/tweet?url={url}">Twitter</a></li><li><a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a></li><li><a href="mailto:?subject={esc(article.title)}">Email</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>{related}</div>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on &ldquo;{esc(article.title)}&rdquo;</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">trailrat88</b> says:</footer><div class="comment-content"><p>What a race. I was at the finish line and the crowd went wild when the winner came through the track, nobody saw that time coming this year.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Marguerite</b> says:</footer><div class="comment-content"><p>Great write-up as always. Any word on whether the course will change next year because of the snow?</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><button>Post Comment</button></form></div>
</div>"""
        return self.chrome(article.title, head, main, "post-template-default single single-post")

    def listing(self, title: str, articles: list[SampleArticle], body_class: str) -> str:
        items = "".join(
            f'<article class="post hentry"><h2 class="entry-title"><a href="{self.article_path(a)}">{esc(a.title)}</a></h2>'
            f'<div class="entry-summary"><p>{esc(_first_words(a, 30))}&hellip;</p></div></article>'
            for a in articles
        )
        return self.chrome(title, "", f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>{items}', body_class)

    def feed(self) -> str:
        items = []
        for a in self.articles:
            link = self.url(self.article_path(a)) + "?utm_source=rss&utm_medium=rss&utm_campaign=" + a.slug[:20]
            items.append(
                f"<item><title>{esc(a.title)}</title><link>{esc(link)}</link>"
                f"<dc:creator><![CDATA[{', '.join(a.authors)}]]></dc:creator>"
                f"<pubDate>{format_datetime(a.published.astimezone(timezone.utc))}</pubDate>"
                f'<guid isPermaLink="false">{self.base_url}/?p={_numeric_id(a)}</guid>'
                f"<description><![CDATA[{_first_words(a, 40)}...]]></description></item>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>Trail Post</title><link>{self.base_url}/</link><description>Dispatches from the long trail</description>"
            + "".join(items)
            + "</channel></rss>"
        )

    def sitemap_index(self) -> str:
        maps = ["/wp-sitemap-posts-post-1.xml", "/wp-sitemap-taxonomies-post_tag-1.xml", "/wp-sitemap-users-1.xml"]
        entries = "".join(f"<sitemap><loc>{self.url(m)}</loc></sitemap>" for m in maps)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'

    def sitemap_posts(self) -> str:
        urls = [(self.url(self.article_path(a)), _iso(_updated(a))) for a in self.articles]
        urls.append((self.url(self.deleted_path), "2019-03-02T10:00:00+00:00"))  # a post deleted since
        return _urlset(urls)

    def handle(self, path: str, query: str) -> Response:
        if path == "/robots.txt":
            return _page(200, self.robots.format(base=self.base_url), "text/plain; charset=utf-8")
        if path == "/feed/":
            return _page(200, self.feed(), "application/rss+xml; charset=UTF-8")
        if path == "/wp-sitemap.xml":
            return _page(200, self.sitemap_index(), "application/xml; charset=UTF-8")
        if path == "/wp-sitemap-posts-post-1.xml":
            return _page(200, self.sitemap_posts(), "application/xml; charset=UTF-8")
        if path == "/wp-sitemap-taxonomies-post_tag-1.xml":
            return _page(200, _urlset([(self.url(f"/tag/{t}/"), None) for t in sorted(self.tags())]), "application/xml; charset=UTF-8")
        if path == "/wp-sitemap-users-1.xml":
            return _page(200, _urlset([(self.url(f"/author/{a}/"), None) for a in sorted(self.authors())]), "application/xml; charset=UTF-8")
        if path == "/":
            return _page(200, self.listing("Latest", self.articles[:10], "home blog"))
        if path.startswith("/tag/"):
            tag = path.split("/")[2]
            if tag in self.tags():
                return _page(200, self.listing(f"Tag: {tag}", self.tags()[tag], "archive tag"))
        if path.startswith("/author/"):
            author = path.split("/")[2]
            if author in self.authors():
                return _page(200, self.listing(f"Author: {author}", self.authors()[author], "archive author"))
        article = self.by_path.get(path)
        if article is not None:
            return _page(200, self.render_article(article), last_modified=_updated(article))
        return not_found(path)


# ----------------------------------------------------------------------------------------------
class Ridgeline(Outlet):
    name = "ridgeline"
    title = "Ridgeline News"
    robots = "User-agent: *\nDisallow: /drafts/\nDisallow: /search\n"
    per_page = 5
    draft_path = "/drafts/embargoed-results-do-not-publish.html"

    def article_path(self, article: SampleArticle) -> str:
        return f"/news/{article.published:%Y}/{article.slug}-{_numeric_id(article)}.html"

    def legacy_path(self, article: SampleArticle) -> str:
        return f"/story/{_numeric_id(article)}"

    def inline_related(self, span: Span) -> str:
        return f' <span class="rl-embed"><a href="{esc(span.href)}">{esc(span.text)}</a></span> '

    def related_widget(self, span: Span) -> str:
        return (
            f'<div class="inline-promo"><span class="kicker">Read more</span>'
            f'<a href="{esc(span.href)}"><h3>{esc(span.text)}</h3></a></div>'
        )

    def chrome(self, title: str, head: str, main: str) -> str:
        return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Ridgeline News</title>
{head}
</head>
<body>
<div class="consent-banner" id="gdpr-consent"><p>Ridgeline News and our partners use cookies. By continuing you accept our use of cookies.</p><a href="#">Manage preferences</a></div>
<div class="topbar"><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/results/">Results</a></li><li><a href="/events/">Events</a></li><li><a href="/search">Search</a></li></ul></div>
<div class="breaking-ticker"><span>Breaking:</span> <a href="/news/">Registration lotteries open for next season's major hundreds</a></div>
<div class="page">
{main}
</div>
<div class="site-footer"><ul><li><a href="/about">About Ridgeline</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms</a></li></ul><p>Ridgeline News &copy; 2026. Independent trail and ultra reporting.</p></div>
</body>
</html>"""

    def render_article(self, article: SampleArticle, page: int) -> str:
        pages = article.pages
        path = self.article_path(article)
        url = self.url(path)
        this_url = url if page == 1 else f"{url}?page={page}"
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "datePublished": _iso(article.published),
            "dateModified": _iso(_updated(article)),
            "author": [{"@type": "Person", "name": a} for a in article.authors],
            "publisher": {"@type": "Organization", "name": "Ridgeline News"},
            "mainEntityOfPage": url,
            "inLanguage": article.lang,
            "isAccessibleForFree": True,
        }
        head = [
            f'<link rel="canonical" href="{this_url}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{esc(article.title)}">',
            f'<meta property="og:url" content="{this_url}">',
            f'<meta property="article:published_time" content="{_iso(article.published)}">',
            f'<meta name="author" content="{esc(", ".join(article.authors))}">',
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>',
        ]
        nav = ""
        if page < len(pages):
            head.append(f'<link rel="next" href="{url}?page={page + 1}">')
            nav = f'<div class="article-pagination"><a class="next-page" rel="next" href="{url}?page={page + 1}">Continue to page {page + 1}</a></div>'
        if page > 1:
            head.append(f'<link rel="prev" href="{url if page == 2 else f"{url}?page={page - 1}"}">')
        body_blocks = pages[page - 1]
        body = self.blocks_html(body_blocks[:2]) + '\n<div class="ad-slot" data-slot="mid-1">Advertisement</div>\n' + self.blocks_html(body_blocks[2:])
        authors = " and ".join(esc(a) for a in article.authors)
        main = f"""<div class="article-wrap">
<h1 class="headline">{esc(article.title)}</h1>
<p class="dateline">By <span class="author-name">{authors}</span> &mdash; {article.published:%d %b %Y, %H:%M}</p>
<ul class="share-tools"><li>Share</li><li><a href="#">Copy link</a></li></ul>
<div class="article-body" itemprop="articleBody">
{body}
</div>
{nav}
<div class="author-bio"><p>{authors} covers trail and mountain running for Ridgeline News from the Alps and the American West.</p></div>
<div class="newsletter-box"><h4>Race-day alerts</h4><p>Get results the moment the winners cross the line.</p><form><input type="email"><button>Sign up</button></form></div>
</div>
<div class="more-stories"><h2>More stories</h2>{''.join(f'<a href="{self.article_path(a)}">{esc(a.title)}</a>' for a in self.related_for(article, 4))}</div>"""
        return self.chrome(article.title, "\n".join(head), main)

    def listing(self, page: int) -> Response:
        # Generated samples of thousands of stories keep to ~15 listing pages, as real sites do.
        per_page = max(self.per_page, -(-len(self.articles) // 15))
        start = (page - 1) * per_page
        chunk = self.articles[start : start + per_page]
        if not chunk:
            return not_found(f"/news/?page={page}")
        items = []
        for a in chunk:
            # The oldest story is only linked under its legacy URL, which redirects.
            href = self.legacy_path(a) if a is self.articles[-1] else self.article_path(a)
            items.append(f'<li class="story"><a class="story-link" href="{href}">{esc(a.title)}</a><span class="teaser">{esc(_first_words(a, 20))}...</span></li>')
        if page == 1:
            items.append(f'<li class="story"><a class="story-link" href="{self.draft_path}">Embargoed: draft results</a></li>')
        head = []
        pager = []
        if start + per_page < len(self.articles):
            head.append(f'<link rel="next" href="/news/?page={page + 1}">')
            pager.append(f'<a class="next" rel="next" href="/news/?page={page + 1}">Older stories</a>')
        if page > 1:
            pager.append(f'<a class="prev" href="/news/?page={page - 1}">Newer stories</a>')
        main = f'<h1>Latest news</h1><ul class="story-list">{"".join(items)}</ul><div class="pager">{" ".join(pager)}</div>'
        return _page(200, self.chrome("Latest news", "\n".join(head), main))

    def handle(self, path: str, query: str) -> Response:
        params = parse_qs(query)
        if path == "/robots.txt":
            return _page(200, self.robots, "text/plain")
        if path in ("/", "/news/", "/news"):
            try:
                page = int(params.get("page", ["1"])[0])
            except ValueError:
                return not_found(path)
            return self.listing(page)
        if path == self.draft_path:
            return _page(200, self.chrome("Draft", "", "<p>Embargoed draft. If a crawler reads this, it ignored robots.txt.</p>"))
        for article in self.articles:
            if path == self.legacy_path(article):
                return Response(301, b"", headers={"Location": self.url(self.article_path(article))})
        article = self.by_path.get(path)
        if article is not None:
            try:
                page = int(params.get("page", ["1"])[0])
            except ValueError:
                page = 0
            if not 1 <= page <= len(article.pages):
                return not_found(path)
            return _page(200, self.render_article(article, page), last_modified=_updated(article))
        return not_found(path)


# ----------------------------------------------------------------------------------------------
class PaceNotes(Outlet):
    name = "pacenotes"
    title = "Pace Notes"
    oversized_path = "/posts/every-gps-point-from-my-season.html"

    def article_path(self, article: SampleArticle) -> str:
        return f"/posts/{article.slug}.html"

    def old_permalink(self, article: SampleArticle) -> str:
        return f"/{article.published:%Y/%m}/{article.slug}.html"

    def inline_related(self, span: Span) -> str:
        return f'<a href="{esc(span.href)}">{esc(span.text)}</a>'

    def related_widget(self, span: Span) -> str:
        return f'<p><a href="{esc(span.href)}">{esc(span.text)}</a></p>'

    def chrome(self, title: str, head: str, main: str, charset: str = "utf-8") -> str:
        blogroll = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in self.articles[:6])
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title)} - Pace Notes</title>
<link rel="alternate" type="application/atom+xml" href="/atom.xml">
{head}
</head>
<body>
<div id="wrapper">
<div id="header"><a href="/">Pace Notes</a> &mdash; <i>miles, mountains and the people who run them</i></div>
<div id="main">
{main}
</div>
<div id="sidebar">
<h3>About me</h3><p>Coach, mid-pack hundred-miler, and chronic over-thinker of taper weeks.</p>
<h3>Recent posts</h3><ul>{blogroll}</ul>
<h3>Archive</h3><ul><li><a href="/archive.html">All posts</a></li></ul>
</div>
<div id="footer">Pace Notes is a hobby. Opinions are mine, typos too.</div>
</div>
</body>
</html>"""

    def render_article(self, article: SampleArticle, canonical_path: str | None = None) -> str:
        head = f'<meta name="author" content="{esc(", ".join(article.authors))}">\n<meta name="keywords" content="{esc(", ".join(article.tags))}">'
        if canonical_path:
            head += f'\n<link rel="canonical" href="{self.url(canonical_path)}">'
        tags = " ".join(f'<a href="/tags/{t}.html">#{esc(t)}</a>' for t in article.tags)
        main = f"""<div class="post">
<h1>{esc(article.title)}</h1>
<p class="date">{_human_date(article.published)}</p>
<div class="post-body">
{self.blocks_html(article.blocks)}
</div>
<p class="post-tags">Filed under {tags}</p>
</div>
<div id="comments">
<h3>4 comments</h3>
<div class="comment"><p><b>Sam</b>: Loved this one. Are you running it again next year or was once enough?</p></div>
<div class="comment"><p><b>Pace Notes</b>: Ask me again in January when the lottery opens.</p></div>
</div>"""
        return self.chrome(article.title, head, main, article.encoding)

    def atom(self) -> str:
        entries = []
        for a in self.articles:
            entries.append(
                f"<entry><title>{esc(a.title)}</title><link rel=\"alternate\" href=\"{self.url(self.article_path(a))}\"/>"
                f"<id>tag:pacenotes,{a.published:%Y}:{a.slug}</id><published>{_iso(a.published)}</published>"
                f"<updated>{_iso(_updated(a))}</updated><author><name>{esc(', '.join(a.authors))}</name></author>"
                f"<summary>{esc(_first_words(a, 30))}</summary></entry>"
            )
        entries.append(
            f'<entry><title>Every GPS point from my season</title><link rel="alternate" href="{self.url(self.oversized_path)}"/>'
            "<id>tag:pacenotes,2024:gps</id><updated>2024-12-30T12:00:00Z</updated></entry>"
        )
        updated = _iso(max(_updated(a) for a in self.articles)) if self.articles else "2024-01-01T00:00:00Z"
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>Pace Notes</title><link href="{self.base_url}/"/><updated>{updated}</updated><id>tag:pacenotes,2019:feed</id>'
            + "".join(entries)
            + "</feed>"
        )

    def archive(self) -> str:
        rows = []
        for a in self.articles:
            # The archive still links the old permalink of the oldest post (same post, old URL).
            href = self.old_permalink(a) if a is self.articles[-1] else self.article_path(a)
            rows.append(f'<li>{_human_date(a.published)} &middot; <a href="{href}">{esc(a.title)}</a></li>')
        return self.chrome("Archive", "", f"<h1>Archive</h1><ul>{''.join(rows)}</ul>")

    def oversized(self) -> Response:
        line = b"<tr><td>2024-06-29T05:00:00Z</td><td>39.1965</td><td>-120.2357</td><td>1890.4</td></tr>\n"
        head = b"<html><head><title>Every GPS point from my season</title></head><body><table>\n"
        body = head + line * (OVERSIZE_BYTES // len(line) + 1) + b"</table></body></html>"
        return Response(200, body)

    def handle(self, path: str, query: str) -> Response:
        if path == "/robots.txt":
            return _page(200, "User-agent: *\nDisallow:\n", "text/plain")
        if path == "/atom.xml":
            return _page(200, self.atom(), "application/atom+xml; charset=utf-8")
        if path in ("/", "/index.html"):
            teasers = "".join(f'<div class="teaser"><h2><a href="{self.article_path(a)}">{esc(a.title)}</a></h2><p>{esc(_first_words(a, 40))}...</p></div>' for a in self.articles[:5])
            return _page(200, self.chrome("Home", "", teasers))
        if path == "/archive.html":
            return _page(200, self.archive())
        if path.startswith("/tags/"):
            tag = path[len("/tags/") :].removesuffix(".html")
            if tag in self.tags():
                links = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in self.tags()[tag])
                return _page(200, self.chrome(f"#{tag}", "", f"<h1>Posts tagged {esc(tag)}</h1><ul>{links}</ul>"))
        if path == self.oversized_path:
            return self.oversized()
        for article in self.articles:
            if path == self.old_permalink(article):
                return self._encoded(article, self.article_path(article))
        article = self.by_path.get(path)
        if article is not None:
            return self._encoded(article, None)
        return not_found(path)

    def _encoded(self, article: SampleArticle, canonical_path: str | None) -> Response:
        text = self.render_article(article, canonical_path)
        body = text.encode(article.encoding, errors="xmlcharrefreplace")
        return Response(200, body, f"text/html; charset={article.encoding}", last_modified=_updated(article))


# ----------------------------------------------------------------------------------------------
def _numeric_id(article: SampleArticle) -> int:
    return int(hashlib.sha1(article.slug.encode()).hexdigest()[:6], 16) % 900000 + 100000


def _first_words(article: SampleArticle, n: int) -> str:
    for block in article.blocks:
        if block.kind == "paragraph":
            return " ".join(inline_text(block.spans).split()[:n])
    return ""


def _urlset(urls: list[tuple[str, str | None]]) -> str:
    entries = "".join(
        f"<url><loc>{esc(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>" for u, lm in urls
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


OUTLETS: dict[str, type[Outlet]] = {cls.name: cls for cls in (TrailPost, Ridgeline, PaceNotes)}
OUTLET_ORDER = ["trailpost", "ridgeline", "pacenotes"]  # port offsets 0, 1, 2
ETAG = _etag
