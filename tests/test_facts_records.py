"""Records as web pages tell them: listicles of races with their course records, FKT news,
records in Q&As and newsletters, records a text denies. Fresh sentences written for the tests."""

from __future__ import annotations

from facts_support import facts, records


def test_a_listicle_items_fact_lines_keep_its_heading_race_for_the_record_line() -> None:
    text = ("The 5 Hardest Ultras You Can Enter This Year\n\n"
            "1. Hardrock 100 (Colorado)\n\n"
            "Distance: 100.5 miles\n\n"
            "Elevation gain: 10,000 m\n\n"
            "A loop through the San Juans that climbs and climbs.\n\n"
            "Course record: Tomas Brandt, 22:41:05 (2021).\n\n"
            "2. Badwater 135 (California)\n\n"
            "Distance: 135 miles (give or take)\n"
            "Finish rate: about 85%\n\n"
            "Heat like nowhere else on the calendar.\n\n"
            "Course record: Ines Varga, 23:10:44 (2019), who took forty minutes off the 23:50:12 run by Carl Moser in 2011.\n")
    got = records(facts(text, "2026-01-10"))
    assert ("course record", "Hardrock 100", "Tomas Brandt", "22:41:05") in got
    assert ("course record", "Badwater 135", "Ines Varga", "23:10:44") in got
    assert ("course record", "Badwater 135", "Carl Moser", "23:50:12") in got
    assert all(r[1] is not None for r in got)


def test_a_records_box_goes_on_about_its_record_in_the_next_sentence() -> None:
    text = ("Leadville 100 (Colorado)\n"
            "Distance: 100 miles\n"
            "Course records: Ravi Menon, 15:51:20 (2022); Hanna Olsen, 18:02:33 (2024). "
            "Olsen's run lowered Kate Byrne's 18:40:09 from 2015 by more than half an hour.\n")
    got = records(facts(text, "2026-01-10"))
    assert ("course record", "Leadville 100", "Kate Byrne", "18:40:09") in got
    assert ("course record", "Leadville 100", "Hanna Olsen", "18:02:33") in got


def test_two_records_told_in_the_halves_of_one_sentence() -> None:
    text = ("Grizzly Ridge 100K\n\n"
            "Omar Haddad set the men's record of 9:12:40 in 2017; Lea Fontaine holds the women's record at 10:48:05 from 2022.")
    got = records(facts(text, "2026-02-01"))
    assert ("course record", "Grizzly Ridge 100K", "Omar Haddad", "9:12:40") in got
    assert ("course record", "Grizzly Ridge 100K", "Lea Fontaine", "10:48:05") in got


def test_record_taken_down_to_a_time_and_its_clause_dated_by_its_opener() -> None:
    text = ("Grizzly Ridge 100K\n\n"
            "Paul Weber's 9:02:11 from 2018 is the men's record; last year, Kim Sato took the women's record down to 10:31:27.")
    out = facts(text, "2026-02-01")
    assert ("course record", "Grizzly Ridge 100K", "Kim Sato", "10:31:27") in records(out)
    assert {r["year"] for r in out["records"] if r["athlete"] == "Kim Sato"} == {2025}


def test_ran_a_time_to_break_a_named_runners_record() -> None:
    text = ("Grizzly Ridge 100K\n\n"
            "Niko Laine ran 8:55:30 in 2021 to break Aaron Pike's record of 9:02:11, and nobody has been close since.")
    got = records(facts(text, "2026-02-01"))
    assert ("course record", "Grizzly Ridge 100K", "Niko Laine", "8:55:30") in got
    assert ("course record", "Grizzly Ridge 100K", "Aaron Pike", "9:02:11") in got


def test_a_record_holders_title_with_the_mark_in_brackets() -> None:
    text = ("Grizzly Ridge 100K\n\n"
            "Course record holder Dana Moss (10:02:44, 2020) says the final climb is the cruellest in the province.")
    assert ("course record", "Grizzly Ridge 100K", "Dana Moss", "10:02:44") in records(facts(text, "2026-02-01"))
