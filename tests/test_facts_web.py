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


def test_a_range_of_paces_is_no_finish_time() -> None:
    out = facts("Anna Holt won the Tunnel Hill 100 in 14:02:11 and ran every mile between 7:45 and 8:30 pace.", "2026-11-17")
    assert results(out) == {("Anna Holt", "Tunnel Hill 100", 2026, 1, "14:02:11")}


def test_a_place_on_day_two_is_a_position_mid_race() -> None:
    out = facts("Rafa Quint won the EMU 6 Day Race with 850 km. Tom Reyes had been in third place on day two "
                "and was fourth on the final morning.", "2026-11-17")
    assert not any(r["athlete"] == "Tom Reyes" and r["place"] == 3 for r in out["results"])
