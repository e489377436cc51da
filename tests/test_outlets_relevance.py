"""The relevance filter, paywall marks and spec validation, on small made-up inputs."""

from __future__ import annotations

import pytest

from crawler.pipelines import mark_paywall, read_article
from crawler.relevance import judge, page_tags
from crawler.specs import SpecError, load_specs, parse_spec

RULES = {
    "body_hits": 3,
    "exclude_title": [r"\breview\b", r"\bbest\b.*\bshoes?\b"],
    "exclude_tags": ["gear"],
    "exclude_urls": ["^/gear/"],
}
FILLER = "Runners gathered at the start before dawn and the field spread out quickly over the first hour. " * 12


@pytest.mark.parametrize(
    ("title", "text", "url", "tags", "relevant"),
    [
        ("Okafor Wins the Sawtooth 100K", FILLER, "https://x.org/news/okafor-wins/", [], True),  # a distance in the title
        ("A Long Day in the Mountains", FILLER, "https://x.org/news/long-day/", ["Ultrarunning"], True),  # tag
        ("A Long Day", FILLER + " ultra " * 3, "https://x.org/news/long-day/", [], True),  # body mentions
        ("A Long Day", FILLER + " ultra ", "https://x.org/news/long-day/", [], False),  # one mention is not enough
        ("Five Tempo Workouts for Your Marathon", FILLER, "https://x.org/training/tempo/", ["Training"], False),
        ("The Best Trail Shoes of 2026", FILLER, "https://x.org/news/best-trail-shoes/", [], False),  # cue, but a buyer's guide
        ("Trail Shoe Review: The Grip 3", FILLER, "https://x.org/news/grip-3/", [], False),
        ("Leadville Gear List", FILLER, "https://x.org/gear/leadville-list/", [], False),
        ("What I Carried at Leadville", FILLER, "https://x.org/news/carried/", ["Gear"], False),
        ("Notes from the Trail Running Section", FILLER, "https://x.org/sections/trail-running/notes/", [], True),
    ],
)
def test_judge(title: str, text: str, url: str, tags: list[str], relevant: bool) -> None:
    assert judge(RULES, title=title, text=text, url=url, tags=tags)[0] is relevant


def test_no_rules_keeps_everything() -> None:
    assert judge(None, title="Tempo workouts", text="", url="https://x.org/", tags=[]) == (True, "no relevance filter")


def test_page_tags() -> None:
    html = """<html><head><meta property="article:tag" content="Western States">
    <meta name="keywords" content="ultra, results"><script type="application/ld+json">
    {"@graph": [{"@type": "NewsArticle", "keywords": ["100 miles"], "articleSection": "Races"}]}</script></head>
    <body><a rel="tag" href="/tag/hardrock/">Hardrock</a></body></html>"""
    assert page_tags(html) == ["Western States", "ultra", "results", "100 miles", "Races", "Hardrock"]


def _page(extra_head: str = "", body_end: str = "", jsonld: str = "") -> str:
    paragraphs = "".join(f"<p>{FILLER}</p>" for _ in range(2))
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Trail Race"{jsonld}}}</script>'
    return f"<html><head><title>Trail Race</title>{ld}{extra_head}</head><body><article><h1>Trail Race</h1>{paragraphs}{body_end}</article></body></html>"


def test_paywall_marks() -> None:
    spec = {"name": "x", "selectors": {}}
    free, _, _ = read_article(_page(), "https://x.org/a/trail-race/", spec)
    assert free is not None and not free.paywalled
    # The outlet says so in JSON-LD.
    locked, _, _ = read_article(_page(jsonld=', "isAccessibleForFree": "False"'), "https://x.org/a/trail-race/", spec)
    assert locked.paywalled
    # A wall element named by the spec.
    walled, _, _ = read_article(_page(body_end='<div class="members-only-gate">Join to read on</div>'), "https://x.org/a/trail-race/", spec)
    assert not walled.paywalled
    mark_paywall(walled, _page(body_end='<div class="members-only-gate">Join</div>'), {"selector": ".members-only-gate"})
    assert walled.paywalled
    # A teaser: far fewer words than the JSON-LD wordCount declares.
    teaser, _, _ = read_article(_page(jsonld=', "wordCount": 2400'), "https://x.org/a/trail-race/", spec)
    assert teaser.paywalled
    # "Subscribe to keep reading" at the end of the body, by the spec's text patterns.
    tail, _, _ = read_article(_page(body_end="<p>Subscribe to keep reading this story.</p>"), "https://x.org/a/trail-race/", spec)
    assert not tail.paywalled
    mark_paywall(tail, "<html></html>", {"text": ["subscribe to (?:continue|keep) reading"]})
    assert tail.paywalled


def test_short_paywalled_teaser_is_kept_and_marked() -> None:
    teaser = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Night at Blue Lakes",'
              ' "isAccessibleForFree": false}</script></head><body><article><h1>Night at Blue Lakes</h1>'
              "<p>At 2 a.m. on the shoulder of the mountain, the aid station was quiet.</p>"
              '<div class="paywall">Members only</div></article></body></html>')
    article, outcome, _ = read_article(teaser, "https://x.org/a/night/", {"name": "x", "selectors": {}})
    assert outcome == "article" and article.paywalled and article.word_count < 80
    # The same length without a paywall is not a story (a stub or a listing).
    free = teaser.replace("false", "true").replace('<div class="paywall">Members only</div>', "")
    assert read_article(free, "https://x.org/a/night/", {"name": "x", "selectors": {}})[1] == "not-article"


def test_spec_validation() -> None:
    base = "name: x\ntitle: X\nversion: '1'\nbase_url: https://x.org/\narticle_urls: ['^/a/']\nfeeds: [/feed]\n"
    assert parse_spec(base + "schedule: {interval: 90m}\n", "x.yaml").interval_seconds == 5400
    with pytest.raises(SpecError, match="schedule"):
        parse_spec(base + "schedule: {interval: often}\n", "x.yaml")
    with pytest.raises(SpecError, match="sitemap_follow"):
        parse_spec(base + "sitemap_follow: ['(']\n", "x.yaml")
    with pytest.raises(SpecError, match="relevance is a mapping"):
        parse_spec(base + "relevance: [ultra]\n", "x.yaml")
    spec = parse_spec(base + "sitemaps: [/robots.txt]\nsitemap_follow: ['post-sitemap']\n", "x.yaml")
    assert spec.follows_sitemap("https://x.org/post-sitemap2.xml") and not spec.follows_sitemap("https://x.org/page-sitemap.xml")


def test_sitemap_since() -> None:
    base = "name: x\ntitle: X\nversion: '1'\nbase_url: https://x.org/\narticle_urls: ['^/a/']\nsitemaps: [/s.xml]\n"
    spec = parse_spec(base + "sitemap_since: 2020-01-01\n", "x.yaml")  # YAML reads it as a date
    assert spec.sitemap_since == "2020-01-01"
    assert spec.too_old("2019-12-31T23:00:00+00:00") and not spec.too_old("2020-01-01") and not spec.too_old(None)
    assert not spec.follows_sitemap("https://x.org/post-sitemap9.xml", "2012-05-01T00:00:00Z")
    with pytest.raises(SpecError, match="sitemap_since"):
        parse_spec(base + "sitemap_since: last year\n", "x.yaml")


def test_every_bundled_spec_loads_and_has_an_interval() -> None:
    for spec in load_specs().values():
        assert spec.interval_seconds >= 3600, spec.name
