"""`ultrafacts check-outlets` against the local sample site, healthy and broken."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_incremental_support import REPO, crawl, ultrafacts

from pipeline.sample_site.outlets import Response
from pipeline.sample_site.server import SampleSite


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one crawl of the sample: the outlets' history."""
    db = tmp_path_factory.mktemp("health") / "store.duckdb"
    with SampleSite(port=0) as site:
        crawl(db, site.sample_url)
    return db


def check(db: Path, site: SampleSite, env: dict[str, str] | None = None) -> tuple[int, dict[str, dict]]:
    result = ultrafacts("check-outlets", "--group", "sample", "--db", str(db), "--sample-url", site.sample_url,
                        "--format", "json", "--timeout", "10", env=env)
    return result.returncode, {r["outlet"]: r for r in json.loads(result.stdout)}


def test_healthy_sample(history: Path) -> None:
    with SampleSite(port=0) as site:
        code, reports = check(history, site)
    assert code == 0
    assert {name: r["status"] for name, r in reports.items()} == {"trailpost": "ok", "ridgeline": "ok", "pacenotes": "ok"}
    for report in reports.values():
        assert report["fields"]["title"] and report["fields"]["words"] > 80
        assert report["history"]["articles"] >= 8
    # The newest article is the one checked (trailpost's feed and sitemap are dated).
    assert "ilse-brandt-24-hour-world-record" in reports["trailpost"]["article_url"]


class _Redesigned(SampleSite):
    """ridgeline's article template lost its body; pacenotes dropped its author meta."""

    def respond(self, name: str, method: str, raw_path: str, headers: dict[str, str]) -> Response:
        response = super().respond(name, method, raw_path, headers)
        if name == "ridgeline" and raw_path.startswith("/news/20") and response.status == 200:
            title = re.search(rb"<title>.*?</title>", response.body).group(0)
            return Response(200, b"<html><head>" + title + b"</head><body><div id=app></div></body></html>")
        if name == "pacenotes" and raw_path.startswith("/posts/") and response.status == 200:
            return Response(200, re.sub(rb'<meta name="author"[^>]*>', b"", response.body), response.content_type)
        return response


def test_redesigned_outlets_reported(history: Path) -> None:
    with _Redesigned(port=0) as site:
        code, reports = check(history, site)
    assert code == 1
    assert reports["ridgeline"]["status"] == "broken"
    assert "body: empty" in reports["ridgeline"]["problems"]
    assert reports["pacenotes"]["status"] == "degraded"
    assert any(p.startswith("authors: empty (present in 100%") for p in reports["pacenotes"]["problems"])
    assert reports["trailpost"]["status"] == "ok"


def test_moved_entry_points_and_urls(history: Path, tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    for name in ("trailpost", "ridgeline", "pacenotes"):
        text = (REPO / "crawler" / "outlets" / f"{name}.yaml").read_text("utf-8")
        if name == "trailpost":  # the feed and sitemap moved
            text = text.replace("feeds: [/feed/]", "feeds: [/rss/]").replace("sitemaps: [/robots.txt]", "sitemaps: [/sitemap.xml]")
        if name == "pacenotes":  # the permalink shape changed
            text = re.sub(r"article_urls: .*", "article_urls: ['^/blog/']", text)
        (specs / f"{name}.yaml").write_text(text, "utf-8")
    with SampleSite(port=0) as site:
        code, reports = check(history, site, env={"ULTRAFACTS_SPECS_DIR": str(specs)})
    assert code == 1
    assert reports["trailpost"]["status"] == "broken"
    assert reports["trailpost"]["problems"] == ["no feed, sitemap or listing answered"]
    assert [e["status"] for e in reports["trailpost"]["entry_points"]] == [404, 404]
    assert reports["pacenotes"]["status"] == "broken"
    assert "no URL matching article_urls" in reports["pacenotes"]["problems"][0]
    assert reports["ridgeline"]["status"] == "ok"


def test_no_sample_site_answering(tmp_path: Path) -> None:
    site = SampleSite(port=0).start()
    url = site.sample_url
    site.stop()
    result = ultrafacts("check-outlets", "--group", "sample", "--db", str(tmp_path / "none.duckdb"),
                        "--sample-url", url, "--timeout", "3")
    assert result.returncode == 1
    assert result.stdout.count("broken") == 3
