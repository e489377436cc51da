"""First-person race reports from runners' own blogs: who the "I" is, and what is and is not
the writer's result. Sentences written fresh for the tests."""

from __future__ import annotations

from facts_support import facts, results


def test_the_announcer_calling_the_name_names_the_writer() -> None:
    out = facts("On Saturday I ran the Leadville 100 for the third time. Coming down Sixth Street the announcer "
                "shouted \"Dana Whitcomb, all the way from Ohio!\" and I started crying.\n\n"
                "My official time was 24:12:09, and I was 31st woman.", "2025-08-20")
    assert ("Dana Whitcomb", "Leadville 100", 2025, 31, "24:12:09") in results(out)
    assert "Dana Whitcomb" in out["athletes"]


def test_a_results_page_quoted_surname_first_names_the_writer() -> None:
    out = facts("Saturday was the Javelina Jundred, my first hundred.\n\n"
                "The results page now says \"Okafor, Ruth — 26:40:18\" and I was the 40th woman.", "2024-10-31")
    assert "Ruth Okafor" in out["athletes"]
    assert ("Ruth Okafor", "Javelina Jundred", 2024, 40, None) in results(out) or \
        ("Ruth Okafor", "Javelina Jundred", 2024, 40, "26:40:18") in results(out)


def test_a_time_closing_a_quotation_ends_the_quotation() -> None:
    out = facts("By Ruth Okafor\n\nSaturday was the Javelina Jundred.\n\n"
                "The tracker read \"26:40:18\" and I was the 40th woman.", "2024-10-31")
    assert any(r["athlete"] == "Ruth Okafor" and r["place"] == 40 for r in out["results"])


def test_not_knowing_who_won_is_no_win() -> None:
    out = facts("By Ruth Okafor\n\nI finished the Bear 100 in 33:10:45 on Saturday. "
                "As for the front of the race, I honestly have no idea who won.", "2025-09-30")
    assert not any(r["place"] == 1 for r in out["results"])


def test_a_position_after_a_loop_is_mid_race() -> None:
    out = facts("By Ruth Okafor\n\nSaturday was the Javelina Jundred. After loop three I was ninth woman, "
                "and then my stomach quit. I finished in 25:02:10.", "2024-10-31")
    assert not any(r["place"] == 9 for r in out["results"])


def test_in_a_minute_is_no_finish_time() -> None:
    out = facts("By Ruth Okafor\n\nSaturday was the Javelina Jundred. Loop five was ugly. More on that in a minute.",
                "2024-10-31")
    assert not any(r["time"] == "0:01:00" for r in out["results"])


def test_a_race_stem_followed_by_a_time_phrase_is_the_race() -> None:
    out = facts("By Ruth Okafor\n\nSaturday was the Javelina Jundred, and I finished in 21:58:14. That is two hours "
                "faster than Leadville two summers ago (23:41).", "2024-10-31")
    assert any(r["race"] == "Leadville 100" and r["time"] == "23:41:00" for r in out["results"])


def test_the_race_of_an_old_record_told_in_the_lead_is_not_the_writers_race() -> None:
    text = ("Forty-eight hours on a loop\nBy Maren Holt\n\n"
            "Last weekend I ran for two days straight at the Riverside 48 Hour, and when the horn went I had covered "
            "351.2 km. That is a new Danish record. The old one, 340 km, belonged to Jens Dahl, who set it at the "
            "Kingsgate Ultra Festival back in 2014.\n\n"
            "I finished second woman. The race was won by Norway's Siri Bakke with 372.0 km.\n\n"
            "Next up is the Harbor Lights 100K in June, where my friend Ane Lund set the Danish women's record "
            "of 7:40:12 in 2022.")
    out = facts(text, "2031-04-08")
    assert ("Maren Holt", "Riverside 48 Hour", 2031, 2, None) in results(out)
    assert ("Siri Bakke", "Riverside 48 Hour", 2031, 1, None) in results(out)
    assert not any(r["race"].startswith("Kingsgate") and r["year"] == 2031 for r in out["results"])
