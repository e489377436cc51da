"""Article extraction on the sample templates and on the seed texts wrapped as web pages.

The seeds from ../shared/gold carry the noise they had on the web: a related-article headline
between paragraphs, and another injected inside a sentence. Each is rendered into every sample
template (and into layouts the templates do not use) and must come out with every paragraph and
neither headline.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from crawler.specs import load_specs
from pipeline.article import extract_article
from pipeline.main_content import parse_html
from pipeline.sample_site.content import (
    Block,
    SampleArticle,
    Span,
    load_articles,
    parse_body,
    plain_text,
)
from pipeline.sample_site.outlets import OUTLETS, PaceNotes, Ridgeline, TrailPost

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "gold"
BETWEEN = "Chappell Roan: I Love Running. But Not Anymore."
INLINE = "Are Average Runners Getting Faster? It Depends"
BASE = "http://127.0.0.1:9999"


def _fold(text: str) -> str:
    return " ".join(text.split())


def seed_article(name: str, outlet: str) -> tuple[SampleArticle, list[str]]:
    """A seed text as a sample article with its web noise as markers; and the paragraphs
    that must come out."""
    text = (SEED_DIR / f"{name}.txt").read_text(encoding="utf-8")
    blocks: list[Block] = []
    expected: list[str] = []
    for block in parse_body(text):
        joined = "".join(s.text for s in block.spans)
        if block.kind == "paragraph" and joined.strip() == BETWEEN:
            blocks.append(Block("related", spans=(Span(BETWEEN, "/2024/05/01/chappell-roan-i-love-running-but-not-anymore/", related=True),)))
            continue
        if block.kind == "paragraph" and INLINE in joined:
            before, after = joined.split(INLINE)
            spans = (Span(before), Span(INLINE, "/2024/04/12/are-average-runners-getting-faster-it-depends/", related=True), Span(after))
            blocks.append(Block("paragraph", spans=spans))
            expected.append(_fold(before + after))
            continue
        blocks.append(block)
        expected.extend(_fold(t) for t in [joined] if block.kind in ("paragraph", "heading"))
    article = SampleArticle(
        outlet=outlet, slug=f"seed-{name[:3]}", title="What Makes Jim Walmsley Run",
        authors=["Sample Writer"], published=datetime(2016, 11, 10, tzinfo=timezone.utc), modified=None,
        tags=["profile"], lang="en", encoding="utf-8", blocks=blocks,
    )
    return article, expected


def render(outlet_name: str, article: SampleArticle) -> tuple[str, str]:
    outlet = OUTLETS[outlet_name]([article], BASE)
    url = BASE + outlet.article_path(article)
    if isinstance(outlet, Ridgeline):
        return outlet.render_article(article, 1), url
    return outlet.render_article(article), url


SEEDS = sorted(p.stem for p in SEED_DIR.glob("*.txt"))


@pytest.mark.parametrize("outlet", ["trailpost", "ridgeline", "pacenotes"])
@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("use_spec", [True, False], ids=["spec", "generic"])
def test_seed_in_template_keeps_every_paragraph_and_no_headline(seed: str, outlet: str, use_spec: bool) -> None:
    article, expected = seed_article(seed, outlet)
    html, url = render(outlet, article)
    spec = load_specs()[outlet] if use_spec else None
    result = extract_article(html, url, spec=spec)
    got = [_fold(p) for p in result.paragraphs]
    missing = [p for p in expected if p not in got]
    assert not missing, f"lost {len(missing)} paragraph(s), first: {missing[0][:90]!r}"
    body = "\n".join(got)
    assert BETWEEN not in body and INLINE not in body
    assert "cookie" not in body.lower() and "Subscribe" not in body and "Leave a Reply" not in body
    assert result.title == "What Makes Jim Walmsley Run"


UNSEEN_LAYOUTS = {
    # Layouts the sample templates do not use: the headline must still go, by what it is.
    "aside-in-paragraph": '<p>{before}<aside class="inline-link"><a href="/news/a1234/{slug}/">{headline}</a></aside>{after}</p>',
    "spaced-plain-anchor": '<p>{before} <a href="https://www.example-news.com/news/a1234/{slug}/">{headline}</a> {after}</p>',
    "strong-wrapped": '<p>{before}<strong><a href="/2016/10/{slug}.html">{headline}</a></strong>{after}</p>',
    "promo-card": '<p>{before}{after}</p><div class="story-card"><a href="/news/{slug}-123456"><span>{headline}</span></a></div>',
}


@pytest.mark.parametrize("layout", sorted(UNSEEN_LAYOUTS))
def test_unseen_layouts_drop_the_injected_headline(layout: str) -> None:
    text = (SEED_DIR / "000_0675ac09d05886ac.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip() and p.strip() != BETWEEN]
    body = []
    for p in paragraphs:
        if INLINE in p:
            before, after = p.split(INLINE)
            slug = re.sub(r"[^a-z0-9]+", "-", INLINE.lower()).strip("-")
            body.append(UNSEEN_LAYOUTS[layout].format(before=before, after=after, headline=INLINE, slug=slug))
        else:
            body.append(f"<p>{p}</p>")
    related = '<div><a href="https://www.example-news.com/entertainment/a5678/chappell-roan-running/">' + BETWEEN + "</a></div>"
    body.insert(1, related)
    html = (
        "<html><head><title>Walmsley</title></head><body><nav><a href='/'>Home</a><a href='/news/'>News</a></nav>"
        f"<div class='content'><h1>Walmsley</h1>{''.join(body)}</div>"
        "<div class='footer'><p>Copyright 2016 Example Media. All rights reserved. Terms of use and privacy.</p></div></body></html>"
    )
    result = extract_article(html, "https://www.example-news.com/news/a1111/walmsley-profile/")
    joined = "\n".join(result.paragraphs)
    assert INLINE not in joined and BETWEEN not in joined
    expected = [_fold(p.replace(INLINE, "")) for p in paragraphs]
    got = [_fold(p) for p in result.paragraphs]
    assert [p for p in expected if p not in got] == []


def test_race_name_links_and_citations_are_kept() -> None:
    html = """<html><body><article><h1>Report</h1>
    <p>Walmsley won the <a href="/races/western-states-endurance-run/">Western States Endurance Run</a> in 14:09:28, a course record.</p>
    <p>He lowered the mark set at the <a href="/2018/06/western-states-100-results-walmsley-wins/">Western States 100</a> a year earlier, as
    <a href="https://www.wser.org/results/">the official results page</a> shows. This paragraph has more words to look like prose.</p>
    </article></body></html>"""
    result = extract_article(html, "https://news.example.org/2019/06/walmsley-report/")
    assert "Walmsley won the Western States Endurance Run in 14:09:28, a course record." in result.paragraphs
    assert any("mark set at the Western States 100 a year earlier, as the official results page shows" in p for p in result.paragraphs)


def test_every_sample_article_extracts_to_its_source_text() -> None:
    specs = load_specs()
    for article in load_articles():
        outlet = OUTLETS[article.outlet]([article], BASE)
        url = BASE + outlet.article_path(article)
        pages = article.pages
        if isinstance(outlet, Ridgeline):
            html = outlet.render_article(article, 1)
            more = [(f"{url}?page={n}", outlet.render_article(article, n)) for n in range(2, len(pages) + 1)]
        else:
            html, more = outlet.render_article(article), []
        result = extract_article(html, url, spec=specs[article.outlet], more_pages=more)
        assert result.paragraphs == plain_text(article).split("\n\n"), article.key
        assert result.title == article.title
        assert result.authors == article.authors
        assert result.language == article.lang
        assert result.published is not None and result.published.date() == article.published.date()


def test_metadata_from_each_template() -> None:
    article = load_articles()[0]
    article.outlet = "trailpost"
    html, url = render("trailpost", article)
    result = extract_article(html, url)
    assert result.method.startswith("structured+")
    assert result.modified is not None and result.canonical_url == url.replace("http://", "http://")
    pace = PaceNotes([article], BASE)
    result = extract_article(pace.render_article(article), BASE + pace.article_path(article), spec=load_specs()["pacenotes"])
    assert result.published.date() == article.published.date()  # from "June 30, 2024" text
    assert TrailPost and result.authors == article.authors


def test_windows_1252_page_decodes() -> None:
    cp = [a for a in load_articles() if a.encoding.lower() in ("windows-1252", "cp1252")]
    assert cp, "the sample must hold a windows-1252 article"
    article = cp[0]
    pace = PaceNotes([article], BASE)
    raw = pace.render_article(article).encode("windows-1252", errors="xmlcharrefreplace")
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode("text/html; charset=windows-1252", raw)
    result = extract_article(text, BASE + pace.article_path(article), spec=load_specs()["pacenotes"])
    assert result.paragraphs == plain_text(article).split("\n\n")
    assert "\ufffd" not in result.text


def test_bad_html_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="empty page"):
        extract_article("   ", "http://x.example/")
    with pytest.raises(ValueError):
        parse_html(b"")
