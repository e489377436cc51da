"""The sample site: outlets on their own origins, robots, feeds, conditional requests."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from pipeline.sample_site.content import load_articles
from pipeline.sample_site.generate import generate_articles
from pipeline.sample_site.server import SampleSite


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def site():
    with SampleSite(port=0) as running:
        yield running


def test_sample_has_thirty_articles_over_three_outlets() -> None:
    articles = load_articles()
    assert len(articles) >= 30
    assert {a.outlet for a in articles} == {"trailpost", "ridgeline", "pacenotes"}
    assert any(a.lang != "en" for a in articles) and any(a.encoding != "utf-8" for a in articles)
    assert any(len(a.pages) > 1 for a in articles)


def test_each_outlet_has_its_own_robots(site: SampleSite) -> None:
    robots = {name: fetch(url + "/robots.txt")[2].decode() for name, url in site.base_urls.items()}
    assert "Disallow: /drafts/" in robots["ridgeline"]
    assert "Sitemap:" in robots["trailpost"] and "Sitemap:" not in robots["pacenotes"]


def test_feeds_and_sitemaps(site: SampleSite) -> None:
    assert b"<rss" in fetch(site.base_urls["trailpost"] + "/feed/")[2]
    assert b"<sitemapindex" in fetch(site.base_urls["trailpost"] + "/wp-sitemap.xml")[2]
    assert b"http://www.w3.org/2005/Atom" in fetch(site.base_urls["pacenotes"] + "/atom.xml")[2]
    assert fetch(site.base_urls["pacenotes"] + "/wp-sitemap.xml")[0] == 404


def test_conditional_requests_answer_304(site: SampleSite) -> None:
    outlet = site.outlet("trailpost")
    url = site.base_urls["trailpost"] + outlet.article_path(outlet.articles[0])
    status, headers, _ = fetch(url)
    assert status == 200 and headers.get("ETag") and headers.get("Last-Modified")
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(url, {"If-None-Match": '"stale"'})[0] == 200


def test_flaky_article_fails_once(site: SampleSite) -> None:
    path = site.flaky_path()
    url = site.base_urls["ridgeline"] + path
    assert fetch(url)[0] == 500
    assert fetch(url)[0] == 200


def test_generator_scales_the_sample() -> None:
    articles = generate_articles(1000)
    assert len(articles) == 1000 and len({a.key for a in articles}) == 1000
    assert generate_articles(5)[0].title == generate_articles(5)[0].title  # deterministic
    with SampleSite(port=0, articles=articles[:60], flaky=False) as big:
        ridgeline = big.outlet("ridgeline")
        assert len(ridgeline.articles) == 20
        assert fetch(big.base_urls["ridgeline"] + ridgeline.article_path(ridgeline.articles[0]))[0] == 200
