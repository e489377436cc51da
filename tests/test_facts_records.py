"""Records as web pages tell them: listicles of races with their course records, FKT news,
records in Q&As and newsletters, records a text denies. Fresh sentences written for the tests."""

from __future__ import annotations

from facts_support import facts, records, results


def _dated_records(text: str, published: str = "2026-03-01") -> set[tuple]:
    return {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"]) for r in facts(text, published)["records"]}


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


def test_a_records_table_with_a_category_column_under_a_races_course_records_heading() -> None:
    text = ("Hardrock Records: What You Need To Know\n\n"
            "Hardrock 100 Course Records\n\n"
            "Here are the current records at a glance:\n\n"
            "Category | Record Holder | Time | Year\n"
            "Men's course record | Tomas Vik (NOR) | 21:36:24 | 2022\n"
            "Previous women's record | Carla Dunn (USA) | 27:18:24 | 2019\n"
            "Men's 50–59 record | Ken Ito (JPN) | 25:40:12 | 2019\n")
    out = facts(text, "2025-10-06")
    assert records(out) == {("course record", "Hardrock 100", "Tomas Vik", "21:36:24"),
                            ("course record", "Hardrock 100", "Carla Dunn", "27:18:24"),
                            ("age-group record", "Hardrock 100", "Ken Ito", "25:40:12")}
    assert ("Carla Dunn", 2019, "27:18:24") in {(r["athlete"], r["year"], r["time"]) for r in out["results"]}


def test_a_year_told_after_a_later_marks_holder_is_not_the_winners() -> None:
    text = ("Wasdale Horseshoe 2026\n\n"
            "The men's race went to Euan Pryor in 3:44:10, but the men's record of 3:30:05, from Colin Ashby in 1988, is safe.")
    got = results(facts(text, "2026-06-01"))
    assert ("Euan Pryor", "Wasdale Horseshoe", 2026, 1, "3:44:10") in got
    assert ("Colin Ashby", "Wasdale Horseshoe", 1988, None, "3:30:05") in got or ("Colin Ashby", "Wasdale Horseshoe", 1988, 1, "3:30:05") in got


def test_a_missed_own_record_told_with_its_time_and_year() -> None:
    text = ("Wasdale Horseshoe 2026\n\n"
            "Nell Hardy won again in 4:12:40 but missed her own course record, the 4:11:58 she ran in 2023, by 42 seconds.")
    out = facts(text, "2026-06-01")
    assert records(out) == {("course record", "Wasdale Horseshoe", "Nell Hardy", "4:11:58")}
    assert out["records"][0]["year"] == 2023


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


def test_the_old_mark_named_by_its_time_then_its_holder() -> None:
    out = facts("Pia Lund won the Leadville 100 in 19:02:11, 3:16 outside the 18:58:55 record set by Spain's Ana Ruiz in 2017.",
                "2025-08-20")
    assert ("course record", "Leadville 100", "Ana Ruiz", "18:58:55") in records(out)
    out = facts("The Leadville 100 went to Tim Kerr in 16:02:10, breaking the 16:14 mark Jo Berg set in 2021.", "2025-08-20")
    assert ("course record", "Leadville 100", "Jo Berg", "16:14:00") in records(out)


def test_a_time_taken_from_the_record_is_a_margin() -> None:
    out = facts("Tim Kerr won the Leadville 100. His 16:02:10 took 4:45 from the record of 16:06:55 set by Jo Berg in 2021.",
                "2025-08-20")
    got = records(out)
    assert ("course record", "Leadville 100", "Tim Kerr", "16:02:10") in got
    assert not any(r[3] == "4:45:00" for r in got)


def test_a_mark_that_had_stood_to_a_runner_and_a_record_by_a_runner() -> None:
    out = facts("Tim Kerr set the Leadville 100 record of 16:02:10 in August, breaking the mark of 16:06:55 "
                "that had stood to Jo Berg since 2021.", "2025-09-01")
    assert ("course record", "Leadville 100", "Jo Berg", "16:06:55") in records(out)
    out = facts("Leadville 100\n\nThe women's course record, 18:06:24 by Ann Lowe of Canada, was never in danger.", "2025-09-01")
    assert ("course record", "Leadville 100", "Ann Lowe", "18:06:24") in records(out)


def test_a_runs_beating_the_previous_mark_gives_that_mark_to_no_one() -> None:
    text = ("Grizzly Ridge 100K\n"
            "Women: Mia Roth 10:41:07 (CR), Eva Lind 11:02:19\n"
            "Roth's run beat the previous mark of 10:58:40 by more than 17 minutes.")
    out = facts(text, "2026-06-01")
    assert {(r["athlete"], r["time"]) for r in out["records"]} == {("Mia Roth", "10:41:07")}
    assert not any(r["time"] == "10:58:40" for r in out["results"])


def test_a_numbered_item_heading_run_together_with_page_debris_opens_its_section() -> None:
    text = ("The 3 Hardest Ultras in Europe, Ranked\n"
            "1. Lavaredo Ultra Trail (Italy)\n"
            "Distance: 120 km\n"
            "Dolomite passes, one after another, all through the night.\n"
            "Course record: Marco Bellini, 11:58:21 (2023).\n"
            "ADVERTISEMENT\n"
            "2. Spartathlon (Greece)\n"
            "Distance: 246 km\n"
            "Athens to Sparta along the ancient route, with cut-offs at every checkpoint.\n"
            "Course record: Nikos Arvanitis, 21:02:47 (2019).\n")
    got = records(facts(text, "2026-01-10"))
    assert ("course record", "Spartathlon", "Nikos Arvanitis", "21:02:47") in got
    assert ("course record", "Lavaredo Ultra Trail", "Marco Bellini", "11:58:21") in got


def test_the_old_records_year_is_not_the_new_runs() -> None:
    text = ("Tamsin Greer won the Cascade Crest 100 on Saturday and took the course record.\n\n"
            "Greer's 19:02:11 lowered Ilse Varga's 2021 course record of 19:40:05 by 38 minutes.")
    out = facts(text, "2024-08-26")
    # the run is this year's; 2021 is Varga's
    assert ("Tamsin Greer", "Cascade Crest 100", 2021, None, "19:02:11") not in results(out)
    assert {(r["athlete"], r["year"]) for r in out["results"]} == {("Tamsin Greer", 2024), ("Ilse Varga", 2021)}
    assert records(out) == {("course record", "Cascade Crest 100", "Tamsin Greer", "19:02:11"),
                            ("course record", "Cascade Crest 100", "Ilse Varga", "19:40:05")}
    # ... and the run's runner lowered the old record: its holder and time are the previous ones
    greer = next(r for r in out["records"] if r["athlete"] == "Tamsin Greer")
    assert (greer["previous_holder"], greer["previous_time"]) == ("Ilse Varga", "19:40:05")


def test_an_age_group_record_named_with_its_distance_is_over_that_distance() -> None:
    text = ("Harbour Track Classic 2026\n\n"
            "Tom Hale, 66, ran 100 miles in 16:48:51 on Saturday. "
            "That lowers the M65 100-mile track record of 17:02:10 set by Bill Cray in 2011.\n\n"
            "Ana Ruiz, 52, covered 203.6 km to win the women's race, a new USATF women's 50–54 age-group record for 24 hours. "
            "Along the way she passed 12 hours at 118.0 km, a new W50 12-hour American record.\n")
    got = records(facts(text, "2026-03-02"))
    assert ("age-group record", "100 miles", "Bill Cray", "17:02:10") in got
    assert ("age-group record", "24 hours", "Ana Ruiz", None) in got
    assert ("age-group record", "12 hours", "Ana Ruiz", None) in got
    assert not any(r[0] == "national record" for r in got)


def test_a_national_age_group_record_run_en_route_is_over_the_split_distance() -> None:
    text = ("Harbour Track Classic 2026\n\n"
            "Lena Holt, 57, went through 50 miles in 7:11:04, which is a new U.S. women's 55–59 track best for the distance, "
            "the previous listing was 7:20:15. "
            "Rob Quaid, 62, reached 100 kilometers in 9:31:40, an American M60–64 record on the track.\n")
    got = records(facts(text, "2026-03-02"))
    assert ("age-group record", "50 miles", "Lena Holt", "7:11:04") in got
    assert ("age-group record", "100 km", "Rob Quaid", "9:31:40") in got


def test_a_record_told_as_history_with_the_holders_nationality_and_back_in() -> None:
    # "belongs to American X, who ran T back in Y": a standing record; "back in" dates the time
    text = ("Mira Santos won the 2025 Cascade Crest 100 in 20:14:09.\n\n"
            "The women's record belongs to Canadian Ruth Adler, who ran 19:52:40 back in 2018, "
            "and it survives another year.")
    out = facts(text, "2025-08-01")
    assert ("course record", "Cascade Crest 100", "Ruth Adler", "19:52:40") in records(out)
    assert next(r["year"] for r in out["records"] if r["athlete"] == "Ruth Adler") == 2018


def test_a_distance_covered_is_no_record_distance_and_its_old_holder_is_named_by_the_distance() -> None:
    text = ("Kingston's Mira Dale is the new Canadian women's 24-hour record-holder. "
            "Dale, 39, lapped the track at the Lakeshore 24 Hour for 238.7 km, improving on the Canadian record of 231.4 km set by Jo Bright in 2019.\n\n"
            "A week later Sam Orr covered 612.5 km at the Riverbend 6 Day Race, a new Irish six-day record. "
            "The old one, 598 km, belonged to Colm Reidy, who set it at the Cork Ultra Festival back in 2011. "
            "Orr also passed 48 hours at 330.2 km, an Irish 48-hour record, beating Dan Foley's 322.9 km.\n")
    got = records(facts(text, "2026-05-01"))
    assert ("national record", "24 hours", "Jo Bright", None) in got
    assert ("national record", "6 days", "Colm Reidy", None) in got
    assert ("national record", "48 hours", "Dan Foley", None) in got
    assert all(r[1] not in ("238.7 km", "Cork Ultra Festival") for r in got)


def test_an_age_group_best_at_a_fixed_time_race_is_over_its_duration() -> None:
    text = ("Ola Berg, 66, covered 640.2 kilometres at the Riverbend 6 Day Race to set a world best for men aged 65 to 69. "
            "He broke a Norwegian record that was older than his grandchildren: Per Lund's 601 km, run in 1994.\n")
    got = records(facts(text, "2026-05-01"))
    assert ("age-group record", "6 days", "Ola Berg", None) in got
    assert ("national record", "6 days", "Per Lund", None) in got


def test_an_fkt_told_as_the_time_elapsed_since_the_start() -> None:
    text = ("Leah Moreno spent three summers training for the Long Trail.\n\n"
            "Five days, 2 hours and 14 minutes later, Moreno tagged the Canadian border with a new self-supported FKT "
            "for the Long Trail. The record she beat, 5:04:10:00, was set by Ida Brekke in 2022.")
    got = records(facts(text, "2026-09-01"))
    assert ("FKT", "Long Trail", "Leah Moreno", "122:14:00") in got


def test_a_route_records_older_marks_told_with_dashes_possessives_and_standards() -> None:
    text = ("Arturo Velez Sets a Fresh Mark on the Ramsay Round, the Highlands' Longest Day\n\n"
            "Arturo Velez finished the Ramsay Round in 17:40:12, a new supported record for the round. "
            "He broke the 18:02:30 that Moira Dunlop, a Fort William nurse, ran in 2020.\n\n"
            "Other marks look safe. Greta Holm's unsupported anticlockwise time of 21:15:00, set in 2018, remains the women's standard. "
            "The winter record — 23:48:00, by Norway's Eirik Sande in 2017 — has not been approached.")
    out = facts(text, "2026-07-01")
    got = records(out)
    assert ("FKT", "Ramsay Round", "Arturo Velez", "17:40:12") in got
    assert ("FKT", "Ramsay Round", "Moira Dunlop", "18:02:30") in got
    assert ("FKT", "Ramsay Round", "Greta Holm", "21:15:00") in got
    assert ("FKT", "Ramsay Round", "Eirik Sande", "23:48:00") in got
    # "the Highlands' Longest Day" is the headline's epithet for the route, no runner
    assert "Longest Day" not in out["athletes"]


def test_a_previous_mark_that_a_described_runner_set() -> None:
    text = ("Rhys Bevan got round the Paddy Buckley Round in 16:58:20 on Saturday. "
            "That is a new record for the round, beating the 17:21 that Cumbrian fell runner Tom Ashcroft set in 2021.")
    out = facts(text, "2026-07-01")
    got = records(out)
    # "That is a new record": the run on the round just told; the old mark is the described runner's
    assert ("FKT", "Paddy Buckley Round", "Rhys Bevan", "16:58:20") in got
    assert ("FKT", "Paddy Buckley Round", "Tom Ashcroft", "17:21:00") in got
    assert next(r["year"] for r in out["records"] if r["athlete"] == "Tom Ashcroft") == 2021


def test_a_piece_about_a_round_names_a_race_in_passing_its_times_are_no_results_there() -> None:
    text = ("Why the Bob Graham Round Still Matters\n\n"
            "The Bob Graham Round is 42 Lakeland peaks in under 24 hours. Last Saturday, Carys Hale got back to Keswick "
            "in 15 hours, 20 minutes and 5 seconds. That is the fastest anyone has ever completed the round.\n\n"
            "The Bob Graham Round has few rules.\n\n"
            "Hale won the Three Peaks Race in 2024 in 3:14:20.")
    out = facts(text, "2026-07-01")
    assert not any(r["time"] == "15:20:05" for r in out["results"])
    assert ("FKT", "Bob Graham Round", "Carys Hale", "15:20:05") in records(out)


def test_a_backyard_record_table_counted_in_yards_and_a_mark_in_yards_held_by_a_runner() -> None:
    text = ("Backyard Ultra Records Explained\n\n"
            "Backyard Ultra World Record Progression\n\n"
            "Year | Runner | Country | Yards\n"
            "2018 | Tom Bader | USA | 68\n"
            "2022 | Ada Krol | Poland | 91\n\n"
            "The Women's Record\n\n"
            "Lena Moss set a women's backyard world record of 86 yards in 2024, breaking Ada Krol's 80 yards from 2021.\n")
    out = facts(text, "2026-02-01")
    got = records(out)
    assert ("world record", "backyard ultra", "Tom Bader", None) in got
    assert ("world record", "backyard ultra", "Ada Krol", None) in got
    assert {r["year"] for r in out["records"] if r["athlete"] == "Ada Krol"} == {2021, 2022}


def test_a_stopped_watchs_reading_then_that_is_the_fkt_and_the_old_mark_by_a_towns_runner() -> None:
    text = ("Pemi Loop Record Falls\n\n"
            "At dusk on Sunday, Greta Olsson ran down the Lincoln Woods trail, stopped her watch and sat on the bridge. "
            "It read 8:41:17. That is now the fastest known time for the Pemi Loop done self-supported.\n\n"
            "The previous self-supported record, 8:59:02, was set by North Conway's Dana Pruitt in 2024.")
    got = records(facts(text, "2026-06-10"))
    assert ("FKT", "Pemi Loop", "Greta Olsson", "8:41:17") in got
    assert ("FKT", "Pemi Loop", "Dana Pruitt", "8:59:02") in got


def test_a_route_record_book_whose_lines_give_the_mark_before_its_holder() -> None:
    text = ("Zion Traverse: The Fastest Times\n\n"
            "The Zion Traverse crosses the park from Lee Pass to East Entrance.\n\n"
            "The record book\n\n"
            "- Supported, east to west: 6:58:41, Jonah Pratt, 2021.\n"
            "- Women's unsupported: 9:12:05, Hazel Morrow, west to east, 2023.\n")
    got = records(facts(text, "2026-06-10"))
    assert ("FKT", "Zion Traverse", "Jonah Pratt", "6:58:41") in got
    assert ("FKT", "Zion Traverse", "Hazel Morrow", "9:12:05") in got


def test_a_route_that_links_others_keeps_its_record_and_the_old_mark_of_a_towns_runner() -> None:
    text = ("Weber's Four Trails mark\n\n"
            "Jonas Weber finished the HK4TUC, taking in the MacLehose, Wilson, Hong Kong and Lantau trails, in 58 hours, 40 minutes "
            "and 10 seconds. That is a new supported record for the challenge, taking an hour off the 59:41:00 "
            "Sai Kung's Ho Man-kit ran in 2023.")
    out = facts(text, "2026-03-01")
    got = records(out)
    assert ("FKT", "Hong Kong Four Trails Ultra Challenge", "Jonas Weber", "58:40:10") in got
    assert ("FKT", "Hong Kong Four Trails Ultra Challenge", "Ho Man-kit", "59:41:00") in got
    # the trails it links are parts of the route, and "Hong Kong" in their list is no race
    assert out["races"] == ["Hong Kong Four Trails Ultra Challenge"]
    assert out["results"] == []


def test_records_told_as_history_from_a_holder_and_belonging_to_one() -> None:
    text = ("Tom Aske won the 2026 Wasdale Horseshoe in 3:51:02.\n\n"
            "Quick, but the men's record of 3:33:10, from Alan Birkett in 1989, is safe for another year. "
            "The women's old record was 4:20:15, and it belonged to Mary Rigg, who set it in 1997. "
            "The record for the short course is 1:58:40, set by South Africa's Sipho Ncube in 2021.")
    out = facts(text, "2026-06-01")
    got = records(out)
    assert ("course record", "Wasdale Horseshoe", "Alan Birkett", "3:33:10") in got
    assert ("course record", "Wasdale Horseshoe", "Mary Rigg", "4:20:15") in got
    assert next(r["year"] for r in out["records"] if r["athlete"] == "Sipho Ncube") == 2021
    assert "Alan Birkett" in out["athletes"]


def test_the_mark_taken_in_an_age_group_record_sentence_is_that_age_group_record() -> None:
    text = ("Ken Ito, 61, ran 21:12:40 at the Western States 100, a new men's 60–64 age-group record, "
            "taking the mark from Bo Lind, who ran 21:40:02 in 2011.\n")
    got = records(facts(text, "2026-07-01"))
    assert ("age-group record", "Western States 100", "Ken Ito", "21:12:40") in got
    assert ("age-group record", "Western States 100", "Bo Lind", "21:40:02") in got
    assert not any(r[0] == "course record" for r in got)


def test_an_old_mark_counted_in_yards_is_a_backyard_ultras() -> None:
    text = ("Ria Holm outlasted everyone at a backyard in Jutland in May, completing 70 yards for a new Danish backyard record. "
            "The old mark of 64 yards belonged to Jens Berg.\n")
    got = records(facts(text, "2026-07-01"))
    assert ("national record", "backyard ultra", "Jens Berg", None) in got


def test_a_testers_own_fkt_told_for_the_shoe_and_the_old_mark_of_who_set_it() -> None:
    text = ("Altra Lone Peak 9 Review: Two Testers\n"
            "Article by Nina Park and Tom Ellery\n\n"
            "Tom: I wore the Lone Peak for my unsupported Pemi Loop FKT in June 2025, 31 miles counterclockwise in 7:02:11. "
            "At the finish, Rosa Quint, who set the previous unsupported mark of 7:20:05 in 2022, handed me a soda.\n\n"
            "Nina: I ran mostly roads in them.")
    got = records(facts(text, "2026-02-01"))
    assert ("FKT", "Pemi Loop", "Tom Ellery", "7:02:11") in got
    assert ("FKT", "Pemi Loop", "Rosa Quint", "7:20:05") in got
    assert not any(r[2] == "Tom Ellery" and r[3] == "7:20:05" for r in got)


def test_the_open_record_named_in_a_paragraph_on_an_age_group_record_is_the_nations() -> None:
    text = ("Oslo's Kari Berg, 46, ran 8:02:10 at the Lake Saroma 100K for a new Norwegian women's 45–49 record. "
            "Her clubmate Odd Lie was ninth man in 6:51:02, still well outside the oldest mark in the Norwegian books: "
            "the men's 100K record of 6:40:09, set by Per Dahl in 1996.\n")
    got = records(facts(text, "2026-06-30"))
    assert ("national record", "100 km", "Per Dahl", "6:40:09") in got
    assert not any(r[2] == "Per Dahl" and r[0] == "age-group record" for r in got)


def test_record_forms_of_race_reports() -> None:
    # "to break X's course record": the runner broke it; X held it
    out = facts("Pia Lindqvist won the Lake Sonoma 50 in 6:51:17 to break Ruth Alder's course record.", "2026-04-12")
    assert records(out) == {("course record", "Lake Sonoma 50", "Pia Lindqvist", "6:51:17")}
    assert out["records"][0]["previous_holder"] == "Ruth Alder"
    # "... and now holds the course record": the record is the run the sentence told
    assert _dated_records("Theo Grant won the Lavaredo Ultra Trail in 11:41:05 and now holds the course record.") == {
        ("course record", "Lavaredo Ultra Trail", "Theo Grant", "11:41:05", 2026)}
    # "X's T remains the fastest time in <race> history", dated by the result told before
    assert _dated_records("Marek Hlavac won the Western States 100 in 2021. Hlavac's 14:20:12 remains the fastest time in Western States history.") == {
        ("course record", "Western States 100", "Marek Hlavac", "14:20:12", 2021)}
    # "which stands as the race record" and "a record that still stands": the run is the record
    assert _dated_records("Cole Ruiz won the Mad City 100K in 6:22:12, which stands as the race record.") == {
        ("course record", "Mad City 100K", "Cole Ruiz", "6:22:12", 2026)}
    assert _dated_records("Dmitri Varga won the Spartathlon in 1991 in 21:50:00, a record that still stands.") == {
        ("course record", "Spartathlon", "Dmitri Varga", "21:50:00", 1991)}
    # "The time eclipsed the previous best of T0 set by Y": the run just told broke Y's record
    out = facts("Tara Voss won the Lake Sonoma 50 in 6:58:10. The time eclipsed the previous best of 7:01:42 set by Maya Reid in 2019.", "2026-04-12")
    assert records(out) == {("course record", "Lake Sonoma 50", "Tara Voss", "6:58:10"),
                            ("course record", "Lake Sonoma 50", "Maya Reid", "7:01:42")}
    assert ("Tara Voss", "Lake Sonoma 50", 2026, 1, "6:58:10") in results(out)
    # a fronted participle's record is the main clause's runner's, dated by the main clause
    assert _dated_records("Smashing the old mark by over an hour, Ines Aubry finished the Badwater 135 in 22:15:45 in 2025.") == {
        ("course record", "Badwater 135", "Ines Aubry", "22:15:45", 2025)}
    # "the still-standing UTMB mark of T"
    assert _dated_records("Luca Ferri set the still-standing UTMB mark of 19:58:30 in 2022.") == {
        ("course record", "UTMB", "Luca Ferri", "19:58:30", 2022)}


def test_that_time_lowers_a_record_the_run_told_just_before_broke_it() -> None:
    text = ("Harbour Track Classic 2026\n\n"
            "In the men's 65–69 division, Tom Hale ran 100 miles in 16:48:51 and kept going. "
            "That time lowers the M65 100-mile track record of 17:02:10 set by Bill Cray in 2011.\n")
    got = records(facts(text, "2026-03-02"))
    assert ("age-group record", "100 miles", "Tom Hale", "16:48:51") in got
    assert ("age-group record", "100 miles", "Bill Cray", "17:02:10") in got


def test_a_records_set_line_with_an_age_group_label_before_the_distance() -> None:
    text = ("Harbour Track Classic 2026: results\n\n"
            "Ana Ruiz covered 162.4 miles to break the American 24-hour record. Tom Hale, 66, went through 100 miles in 16:48:51.\n\n"
            "Records set (pending USATF certification): Hale, M65–69 100 miles (16:48:51); Ruiz, 24 hours (162.4 mi).\n")
    got = records(facts(text, "2026-03-02"))
    assert ("age-group record", "100 miles", "Tom Hale", "16:48:51") in got
    assert ("national record", "100 miles", "Tom Hale", "16:48:51") not in got


def test_a_record_claim_the_federation_declined_to_accept_is_no_record() -> None:
    text = ("Harbour Track Classic 2026\n\n"
            "Ola Moe went through 50 miles in 5:41:10, a split briefly posted online as a new Norwegian track best for 50 miles, "
            "but the federation has since declined to accept it because the lap count was incomplete.\n")
    got = records(facts(text, "2026-03-02"))
    assert not any(r[2] == "Ola Moe" for r in got)


def test_course_records_told_by_what_the_run_was() -> None:
    # "in a course-record T", "in a record T"
    assert records(facts("At the Cascade Crest 100, Nora Baird finished first in a course-record 20:18:45.", "2026-06-01")) == {
        ("course record", "Cascade Crest 100", "Nora Baird", "20:18:45")}
    assert records(facts("The 2024 Lavaredo Ultra Trail went to Piet Vos in a record 11:20:30.", "2026-06-01")) == {
        ("course record", "Lavaredo Ultra Trail", "Piet Vos", "11:20:30")}
    # "N minutes under the old course record" is a new one
    assert records(facts("Oscar Lind was 12 minutes under the old course record when he won the Tarawera 102K in 8:33:20.", "2026-06-01")) == {
        ("course record", "Tarawera Ultramarathon", "Oscar Lind", "8:33:20")}
    # the record "went to" a runner; "a course record for" a runner
    assert records(facts("The women's course record went to Hana Sato, whose 17:49:13 bettered the old standard by 20 minutes, at the Javelina Jundred.", "2026-06-01")) == {
        ("course record", "Javelina Jundred", "Hana Sato", "17:49:13")}
    assert records(facts("It was a course record for Tim Arlo, who won the Ultra-Trail Snowdonia 100 in 21:03:00.", "2026-06-01")) == {
        ("course record", "Ultra-Trail Snowdonia", "Tim Arlo", "21:03:00")}
    # ... but "under the old record" alone is the superseded one
    assert records(facts("Oscar Lind won the Tarawera 102K in 8:33:20, well short of the old course record.", "2026-06-01")) == set()


def test_a_record_holder_named_first_has_the_time_of_the_run_told_next() -> None:
    text = ("Oslo's Kari Berg breaks Norwegian 100K record in Japan\n\n"
            "Kari Berg of Oslo is the new Norwegian women's 100K record-holder. Berg, 35, ran 7:40:12 at the "
            "Lake Saroma 100K on Sunday, finishing sixth woman.\n")
    got = records(facts(text, "2026-06-30"))
    assert ("national record", "100 km", "Kari Berg", "7:40:12") in got


def test_a_record_that_is_still_a_runners_distance() -> None:
    text = ("I covered 402.1 km in the 48-hour race last weekend. For perspective, the women's 48-hour world record "
            "is still Anna Berg's 435.2 km from Taipei in 2019.\n")
    got = records(facts(text, "2026-05-20"))
    assert ("world record", "48 hours", "Anna Berg", None) in got
