"""Incremental crawling across runs, against the sample site's request log.

- a second crawl asks only for entry points (unconditionally) and for known pages
  conditionally, stores nothing new and extracts nothing;
- after one article's text changes on disk, exactly that article is fetched in full,
  re-extracted and updated;
- a server that ignores conditional requests costs bandwidth but no re-extraction (same body hash);
- sitemap entries whose lastmod has not moved are not requested.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_incremental_support import (
    copy_articles,
    crawl,
    is_entry_point,
    last_run,
    query,
    ultrafacts,
)

from pipeline.sample_site.server import SampleSite

EDITED = "trailpost--lake-sonoma-50-2024-pell-aldana.md"


@pytest.fixture(scope="module")
def three_crawls(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("incremental")
    content = copy_articles(tmp)
    db = tmp / "store.duckdb"
    with SampleSite(port=0, content_dir=content) as site:
        crawl(db, site.sample_url)
        first_log, first_run = list(site.log), last_run(db)
        before = dict(query(db, "SELECT id, updated_at FROM articles"))
        site.log.clear()
        crawl(db, site.sample_url)
        second_log, second_run = list(site.log), last_run(db)
        after_second = dict(query(db, "SELECT id, updated_at FROM articles"))
        # One article's text changes (a correction), nothing else on the site does.
        path = content / EDITED
        path.write_text(path.read_text("utf-8").replace("trimming a little under three minutes", "trimming almost four minutes"), "utf-8")
        site.log.clear()
        crawl(db, site.sample_url)
        third_log, third_run = list(site.log), last_run(db)
        edited_path = site.outlet("trailpost").article_path(next(a for a in site.outlet("trailpost").articles if a.slug == "lake-sonoma-50-2024-pell-aldana"))
    yield {
        "db": db, "logs": (first_log, second_log, third_log), "runs": (first_run, second_run, third_run),
        "before": before, "after_second": after_second, "edited_path": edited_path,
    }


def test_second_crawl_asks_only_entry_points_and_conditional(three_crawls) -> None:
    _, second_log, _ = three_crawls["logs"]
    unconditional = [r.path for r in second_log if not r.conditional]
    assert unconditional and all(is_entry_point(p) for p in unconditional), unconditional
    pages = [r for r in second_log if not is_entry_point(r.path)]
    assert pages and all(r.conditional for r in pages)
    # Every known page answered 304 (the legacy URL its 301 first); no body was sent again.
    assert {r.status for r in pages} <= {304, 301}
    assert not [r for r in second_log if r.status == 404]  # the deleted post: lastmod unchanged, not asked


def test_second_crawl_stores_and_extracts_nothing(three_crawls) -> None:
    first_run, second_run, _ = three_crawls["runs"]
    assert first_run["new_articles"] == 32
    assert second_run["new_articles"] == 0 and second_run["updated_articles"] == 0
    assert second_run["extracted"] == 0
    assert second_run["not_modified"] >= 32
    assert second_run["status"] == "finished"
    assert three_crawls["after_second"] == three_crawls["before"]
    first_log, second_log, _ = three_crawls["logs"]
    assert len(second_log) < len(first_log)
    print(f"requests: first crawl {len(first_log)}, second crawl {len(second_log)} "
          f"({sum(r.conditional for r in second_log)} conditional)")


def test_changed_article_refetched_reextracted_updated(three_crawls) -> None:
    db = three_crawls["db"]
    _, _, third_log = three_crawls["logs"]
    full = [r.path for r in third_log if not is_entry_point(r.path) and r.status == 200]
    assert full == [three_crawls["edited_path"]]
    run = three_crawls["runs"][2]
    assert (run["updated_articles"], run["new_articles"], run["extracted"]) == (1, 0, 1)
    rows = query(db, "SELECT id, text, updated_at FROM articles WHERE canonical_url LIKE '%lake-sonoma-50-2024%'")
    assert len(rows) == 1 and "trimming almost four minutes" in rows[0][1]
    after = dict(query(db, "SELECT id, updated_at FROM articles"))
    changed = [k for k in after if after[k] != three_crawls["before"][k]]
    assert changed == [rows[0][0]]
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 32


class _IgnoresConditionals(SampleSite):
    """A server without ETag support: always answers 200 with the full page."""

    def respond(self, name: str, method: str, raw_path: str, headers: dict[str, str]):  # noqa: ANN201
        return super().respond(name, method, raw_path, {})


def test_unchanged_body_is_not_reextracted(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    with _IgnoresConditionals(port=0) as site:
        crawl(db, site.sample_url)
        crawl(db, site.sample_url)
    run = last_run(db)
    assert run["not_modified"] == 0  # the server never says 304...
    assert run["extracted"] == 0  # ...but the same bytes are not read again
    assert run["unchanged_articles"] >= 32 and run["new_articles"] == 0 and run["updated_articles"] == 0


def test_sitemap_lastmod_unchanged_skips(three_crawls) -> None:
    # trailpost lists its posts in the feed and the sitemap; the deleted post is only in the
    # sitemap, with a lastmod that never moves: asked once, then skipped.
    first_log, second_log, _ = three_crawls["logs"]
    assert [r.status for r in first_log if r.path.startswith("/2019/03/02/")] == [404]
    assert not [r for r in second_log if r.path.startswith("/2019/03/02/")]
    assert three_crawls["runs"][1]["skipped_lastmod"] >= 1


def test_run_reextracts_and_reloads_only_the_changed_article(tmp_path: Path) -> None:
    """`ultrafacts run` (crawl -> extract -> load): after one article changes, only its facts are
    extracted again and only it is loaded again."""
    content = copy_articles(tmp_path)
    db = tmp_path / "store.duckdb"
    with SampleSite(port=0, content_dir=content) as site:
        first = ultrafacts("run", "--db", str(db), "--sample-url", site.sample_url, "--fast")
        assert first.returncode == 0, first.stderr[-2000:]
        extracted = dict(query(db, "SELECT article_id, extracted_at FROM extractions"))
        loads = query(db, "SELECT count(*) FROM load_runs")[0][0]
        second = ultrafacts("run", "--db", str(db), "--sample-url", site.sample_url, "--fast")
        assert second.returncode == 0, second.stderr[-2000:]
        assert dict(query(db, "SELECT article_id, extracted_at FROM extractions")) == extracted
        assert query(db, "SELECT count(*) FROM load_runs")[0][0] == loads  # nothing to load
        path = content / EDITED
        source = path.read_text("utf-8")
        assert "second in 5:58:30" in source
        path.write_text(source.replace("second in 5:58:30", "second in 5:57:30"), "utf-8")
        third = ultrafacts("run", "--db", str(db), "--sample-url", site.sample_url, "--fast")
        assert third.returncode == 0, third.stderr[-2000:]
    edited = query(db, "SELECT id, content_hash FROM articles WHERE canonical_url LIKE '%lake-sonoma-50-2024%'")[0]
    now = query(db, "SELECT article_id, extracted_at, content_hash FROM extractions")
    changed = [row for row in now if extracted.get(row[0]) != row[1]]
    assert [(r[0], r[2]) for r in changed] == [edited]
    assert query(db, "SELECT articles FROM load_runs ORDER BY id DESC LIMIT 1") == [(1,)]


def test_seen_store_keys_are_canonical(three_crawls) -> None:
    db = three_crawls["db"]
    keys = [r[0] for r in query(db, "SELECT canonical_url FROM seen_urls")]
    assert keys and not [k for k in keys if "utm_" in k or "://www." in k or "#" in k]
    # pacenotes' archive links an old permalink of its oldest post; that page's rel=canonical
    # names the post's own URL, and the seen-store keeps both, tied to the one article.
    rows = query(db, "SELECT canonical_url, article_canonical, article_id FROM seen_urls "
                     "WHERE article_canonical <> canonical_url AND outlet = 'pacenotes'")
    assert len(rows) == 1
    old, canonical, article_id = rows[0]
    assert "/posts/" in canonical and "/posts/" not in old
    assert query(db, "SELECT article_id FROM seen_urls WHERE canonical_url = ?", [canonical]) == [(article_id,)]
    assert query(db, "SELECT count(*) FROM articles WHERE id = ?", [article_id]) == [(1,)]
    # The legacy ridgeline URL that redirects is remembered under both its forms.
    legacy = query(db, "SELECT url, status FROM seen_urls WHERE canonical_url LIKE '%/story/%'")
    assert legacy and "/news/" in legacy[0][0] and legacy[0][1] == 304
