"""Results as web pages write them: the typography of scraped text, previews, reviews and
newsletters, penalties. Sentences written fresh for the tests."""

from __future__ import annotations

from facts_support import facts, results


def test_curly_apostrophes_read_like_plain_ones() -> None:
    out = facts("Nora Lindahl took the women’s race at the Hardrock 100 in 27:40:12, ninth overall. "
                "Sean O’Hare was second in 24:10:00.", "2024-07-15")
    got = results(out)
    assert ("Nora Lindahl", "Hardrock 100", 2024, 1, "27:40:12") in got
    assert "Sean O’Hare" in out["athletes"]
    assert all("’" in r["evidence"] for r in out["results"])
