"""Main-content quality: ultrafacts' extractor beside trafilatura on the sample pages.

    python bench/extraction_quality.py

For every sample article rendered through its outlet template (and the two seed texts wrapped
in each template with their web noise), compares the extracted blocks with the source text:
block recall (source blocks found), block precision (extracted blocks that are source text),
articles reproduced exactly, and injected headlines leaked into the body.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import trafilatura  # noqa: E402

from pipeline.article import extract_article  # noqa: E402
from pipeline.sample_site.content import load_articles, plain_text  # noqa: E402
from pipeline.sample_site.outlets import OUTLETS, Ridgeline  # noqa: E402


def fold(text: str) -> str:
    return " ".join(text.split())


def cases() -> list[tuple[str, str, str, list[str], list[str]]]:
    """(name, html, url, expected blocks, noise headlines)."""
    base = "http://127.0.0.1:9999"
    out = []
    for article in load_articles():
        outlet = OUTLETS[article.outlet]([article], base)
        url = base + outlet.article_path(article)
        html = outlet.render_article(article, 1) if isinstance(outlet, Ridgeline) else outlet.render_article(article)
        if isinstance(outlet, Ridgeline):  # the only template that splits stories: page 1 here
            expected = plain_text(article.__class__(**{**article.__dict__, "blocks": article.pages[0]})).split("\n\n")
        else:
            expected = plain_text(article).split("\n\n")
        noise = [s.text for b in article.blocks for s in (b.spans or ()) if s.related]
        out.append((article.key, html, url, expected, noise))
    from test_article_extraction import BETWEEN, INLINE, SEEDS, render, seed_article

    for seed in SEEDS:
        for name in ("trailpost", "ridgeline", "pacenotes"):
            article, expected = seed_article(seed, name)
            html, url = render(name, article)
            out.append((f"seed {seed[:3]} in {name}", html, url, expected, [BETWEEN, INLINE]))
    return out


def ours(html: str, url: str) -> list[str]:
    return extract_article(html, url).paragraphs


def traf(html: str, url: str) -> list[str]:
    text = trafilatura.extract(html, url=url, include_tables=True, include_comments=False, favor_precision=False) or ""
    return [line for line in text.split("\n") if line.strip()]


def score(extractor, all_cases) -> dict[str, float]:
    recalls, precisions, exact, leaks, seconds = [], [], 0, 0, []
    for _name, html, url, expected, noise in all_cases:
        started = time.perf_counter()
        got = [fold(b) for b in extractor(html, url)]
        seconds.append(time.perf_counter() - started)
        expected_f = [fold(e) for e in expected]
        body = " ".join(got)
        found = sum(1 for e in expected_f if e in got or e in body)
        recalls.append(found / len(expected_f))
        precisions.append(sum(1 for g in got if any(g in e for e in expected_f)) / max(1, len(got)))
        exact += got == expected_f
        leaks += sum(1 for n in noise if n in body)
    return {
        "block recall": statistics.mean(recalls),
        "block precision": statistics.mean(precisions),
        "exact articles": exact,
        "headlines leaked": leaks,
        "ms per page (median)": statistics.median(seconds) * 1000,
    }


def main() -> None:
    all_cases = cases()
    results = {"ultrafacts": score(ours, all_cases), "trafilatura": score(traf, all_cases)}
    print(f"{len(all_cases)} pages (sample articles + seeds wrapped in each template)")
    print(f"{'metric':24} {'ultrafacts':>12} {'trafilatura':>12}")
    for metric in results["ultrafacts"]:
        a, b = results["ultrafacts"][metric], results["trafilatura"][metric]
        print(f"{metric:24} {a:12.3f} {b:12.3f}" if isinstance(a, float) else f"{metric:24} {a:12} {b:12}")


if __name__ == "__main__":
    main()
