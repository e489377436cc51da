"""Results and records carried by lists and flattened tables, the shapes result pages and
results boxes take once their HTML is text."""

from __future__ import annotations

from facts_support import facts, records, results

TABLE = """Ben Rhydding 30 2025 – provisional results

Thanks to all who came out on a cold morning.

Place Name Club Time
1 Owain Pritchard Ilkley Harriers 2:41:09
2 Dafydd Rees Unattached 2:44:51
3 Tom van der Berg Wharfedale Harriers 2:50:02
4 Cai Hughes Eryri Harriers 2:52:40
"""


def test_rows_of_a_flattened_results_table_under_a_results_heading() -> None:
    out = facts(TABLE, "2025-11-09")
    assert results(out) == {
        ("Owain Pritchard", "Ben Rhydding 30", 2025, 1, "2:41:09"),
        ("Dafydd Rees", "Ben Rhydding 30", 2025, 2, "2:44:51"),
        ("Tom van der Berg", "Ben Rhydding 30", 2025, 3, "2:50:02"),
        ("Cai Hughes", "Ben Rhydding 30", 2025, 4, "2:52:40"),
    }
    # the clubs after the names are no part of them
    assert set(out["athletes"]) == {"Owain Pritchard", "Dafydd Rees", "Tom van der Berg", "Cai Hughes"}


def test_two_numbered_lines_are_no_table_and_a_generic_results_heading_names_no_race() -> None:
    out = facts("Selected results\n\n1 Owain Pritchard Ilkley Harriers 2:41:09\n2 Dafydd Rees Unattached 2:44:51\n", "2025-11-09")
    assert out["races"] == [] and out["results"] == []


def test_a_backyards_last_runner_standing_won_and_its_assist_was_second() -> None:
    text = ("Backyard round-up\n\nAt the Fenn Ridge Backyard Ultra, Ada Quill was the last runner standing after 61 yards. "
            "Tom Ruiz took the assist with 60 yards, and Lev Brandt was the third-last runner standing.\n\n"
            "Ina Kolar finished with the assist of her crew at the Harrow Hill 50K in 4:40:02.\n")
    got = results(facts(text, "2025-10-20"))
    assert {("Ada Quill", "Fenn Ridge Backyard Ultra", 2025, 1, None), ("Tom Ruiz", "Fenn Ridge Backyard Ultra", 2025, 2, None),
            ("Ina Kolar", "Harrow Hill 50K", 2025, None, "4:40:02")} == got


def test_a_by_the_numbers_record_set_by_a_runner_in_a_year_is_that_years_result() -> None:
    text = ("Fenn Ridge 100 2026 by the numbers\n\n"
            "16:02:40 — the women's course record, set by Ada Quill in 2021. Nobody came close this time.\n\n"
            "14:48:09 - the men's course record, held by Kai Moss since 2019.\n")
    got = results(facts(text, "2026-07-20"))
    assert {("Ada Quill", "Fenn Ridge 100", 2021, 1, "16:02:40"), ("Kai Moss", "Fenn Ridge 100", 2019, 1, "14:48:09")} == got


def test_the_runner_up_or_the_assist_went_to_a_runner() -> None:
    text = ("Backyard news\n\nTom Ruiz won the Fenn Ridge Backyard Ultra with 44 yards. The assist went to Ada Quill, who stopped after 43.\n\n"
            "Lev Brandt won the Harrow Hill 50K in 3:58:40. The runner-up spot went to Ina Kolar in 4:05:12.\n")
    got = results(facts(text, "2025-10-20"))
    assert {("Tom Ruiz", "Fenn Ridge Backyard Ultra", 2025, 1, None), ("Ada Quill", "Fenn Ridge Backyard Ultra", 2025, 2, None),
            ("Lev Brandt", "Harrow Hill 50K", 2025, 1, "3:58:40"), ("Ina Kolar", "Harrow Hill 50K", 2025, 2, "4:05:12")} == got


def test_a_by_the_numbers_items_opening_time_is_the_win_it_tells() -> None:
    text = ("Fenn Ridge by the numbers\n\n"
            "3:58. The time in which Ada Quill won the Harrow Hill Marathon in May, a month before her first 100.\n\n"
            "1:12:40\nThe winning margin in 2019, when Tom Ruiz won the Fenn Ridge 100.\n")
    got = results(facts(text, "2026-07-20"))
    assert ("Ada Quill", "Harrow Hill Marathon", 2026, 1, "3:58:00") in got
    assert ("Tom Ruiz", "Fenn Ridge 100", 2019, 1, None) in got


def test_a_winning_margin_is_nobodys_win() -> None:
    text = ("Fenn Ridge 100 by the numbers\n\n"
            "1:48 - hours and minutes between winner Ada Quill and runner-up Ina Kolar in 2019, the widest winning margin on record.\n")
    got = results(facts(text, "2026-07-20"))
    assert {("Ada Quill", "Fenn Ridge 100", 2019, 1, None), ("Ina Kolar", "Fenn Ridge 100", 2019, 2, None)} == got


def test_a_bulleted_items_sentences_naming_nobody_are_its_runners() -> None:
    text = ("Harrow Hill 50K start list\n\nWOMEN\n\n"
            "• Ada Quill (GBR) — Cedar Ridge 100K champion in 2023, then a year out injured. Back this spring with F3 at the Fenn Ridge 100 in April. "
            "The 2022 Lakeland 100 winner and second at CCC in 2021.\n")
    got = results(facts(text, "2025-06-01"))
    assert {("Ada Quill", "Cedar Ridge 100K", 2023, 1, None), ("Ada Quill", "Fenn Ridge 100", 2025, 3, None),
            ("Ada Quill", "CCC", 2021, 2, None)} <= got


def test_a_list_items_runner_with_a_long_bracketed_aside_before_the_colon() -> None:
    text = ("Club awards 2025\n\nHonourable mentions\n\n"
            "- Ada Quill (our treasurer, who says she will never run another hundred, and means it): won the Fenn Ridge 100 in 22:14.\n")
    out = facts(text, "2025-12-10")
    assert results(out) == {("Ada Quill", "Fenn Ridge 100", 2025, 1, "22:14:00")}


def test_a_headlines_rounded_time_is_the_reports_exact_one() -> None:
    text = ("Ruiz Runs 4:02 to Win Harrow Hill 50K\n\n"
            "Tom Ruiz won the Harrow Hill 50K on Saturday in 4:02:17, two minutes clear of Lev Brandt.\n")
    assert results(facts(text, "2025-10-20")) == {("Tom Ruiz", "Harrow Hill 50K", 2025, 1, "4:02:17")}


def test_a_single_loop_time_is_a_split_and_a_verb_after_a_who_aside_is_the_subjects() -> None:
    text = ("Fenn Ridge Backyard Ultra 2025\n\n"
            "Ada Quill won with 50 yards on Monday. Ina Kolar of Leeds, who paced Quill through the second night, took the assist with 49 yards.\n\n"
            "- Fastest yard of the weekend: Quill's first loop, run in 39:12.\n\n"
            "At the Harrow Hill 50K, Tom Ruiz was second, finishing the 50-kilometre loop in 4:02:10.\n")
    got = results(facts(text, "2025-09-22"))
    assert {("Ada Quill", "Fenn Ridge Backyard Ultra", 2025, 1, None), ("Ina Kolar", "Fenn Ridge Backyard Ultra", 2025, 2, None),
            ("Tom Ruiz", "Harrow Hill 50K", 2025, 2, "4:02:10")} == got


def test_an_age_category_label_in_a_prize_list_names_that_categorys_winner() -> None:
    text = ("Fell results\n\nHarrow Hill Fell Race (8km/400m): 1 Tom Ruiz (Keswick) 41:02; 2 Lev Brandt (CFR) 42:10. "
            "F1 Ada Quill (Borrowdale) 47:15; MV60 Ned Hale (Ambleside) 52:40.\n\n"
            "Ed Marsh, an M40 runner from Leeds, finished the Harrow Hill 50K in 4:31:09.\n")
    got = results(facts(text, "2026-03-10"))
    assert {("Ada Quill", "Harrow Hill Fell Race", 2026, 1, "0:47:15"), ("Ned Hale", "Harrow Hill Fell Race", 2026, 1, "0:52:40"),
            ("Ed Marsh", "Harrow Hill 50K", 2026, None, "4:31:09")} <= got


def test_a_pair_of_winning_times_goes_to_the_pair_of_runners_in_order() -> None:
    text = ("Fenn Ridge 100 by the numbers\n\n"
            "15:02:11 and 17:40:09\nThe winning times from last year, run by Tom Ruiz and Ada Quill. Both are entered again.\n")
    assert results(facts(text, "2026-07-20")) == {("Tom Ruiz", "Fenn Ridge 100", 2025, 1, "15:02:11"),
                                                  ("Ada Quill", "Fenn Ridge 100", 2025, 1, "17:40:09")}


def test_runners_who_arrived_together_but_are_placed_apart_keep_their_own_results() -> None:
    text = ("Fenn Ridge 100 by the numbers\n\n"
            "In 2018 Tom Ruiz and Lev Brandt ran into town together; Ruiz won in 16:02:05 and Brandt was second in 16:02:09.\n")
    assert results(facts(text, "2026-07-20")) == {("Tom Ruiz", "Fenn Ridge 100", 2018, 1, "16:02:05"),
                                                  ("Lev Brandt", "Fenn Ridge 100", 2018, 2, "16:02:09")}


def test_age_categories_are_no_places_and_their_winners_list_gives_wins() -> None:
    text = ("Harrow Hill 50K\n\nM1 Jon Pike 4:02:10\nM2 Sam Reed 4:09:44\nF1 Ana Cole 4:40:02\n\n"
            "Age-group winners\n\nM40 Ed Marsh 4:31:09\nF50 Lyn Hart 5:10:40\n")
    assert results(facts(text, "2025-10-20")) == {
        ("Jon Pike", "Harrow Hill 50K", 2025, 1, "4:02:10"), ("Sam Reed", "Harrow Hill 50K", 2025, 2, "4:09:44"),
        ("Ana Cole", "Harrow Hill 50K", 2025, 1, "4:40:02"), ("Ed Marsh", "Harrow Hill 50K", 2025, 1, "4:31:09"),
        ("Lyn Hart", "Harrow Hill 50K", 2025, 1, "5:10:40")}


def test_an_age_category_in_prose_is_no_place() -> None:
    out = facts("Ed Marsh, an M40 runner from Leeds, finished the Harrow Hill 50K in 4:31:09.", "2025-10-20")
    assert results(out) == {("Ed Marsh", "Harrow Hill 50K", 2025, None, "4:31:09")}


def test_a_favourites_line_dates_each_item_by_its_year_label() -> None:
    text = "Men\n\nOle Brun (NOR) — 2024: 2nd Western States (14:31:07); 2023: won Canyons 100K (8:12:40)\n\nHe is the pick."
    assert results(facts(text, "2025-06-20")) == {("Ole Brun", "Western States 100", 2024, 2, "14:31:07"),
                                                  ("Ole Brun", "Canyons 100K", 2023, 1, "8:12:40")}


def test_a_place_in_brackets_after_a_members_time() -> None:
    text = ("Member results\n\nAnne Hale — Baker Lake 50K — 5:44:12 (23rd)\nJo Tran — Baker Lake 50K — 6:10:01 (4th F40, 61st overall)\n"
            "Kit Moss — Hinson Lake 24 Hour — 112.4 miles (4th)\n")
    got = results(facts(text, "2026-10-01"))
    assert {("Anne Hale", "Baker Lake 50K", 2026, 23, "5:44:12"), ("Jo Tran", "Baker Lake 50K", 2026, 4, "6:10:01")} <= got
    assert ("Kit Moss", "Hinson Lake 24 Hour", 2026, 4, None) in got


def test_a_bracketed_ordinal_without_a_time_is_no_place() -> None:
    out = facts("Anne Hale (23rd birthday this week) ran the Baker Lake 50K in 5:44:12.", "2026-10-01")
    assert results(out) == {("Anne Hale", "Baker Lake 50K", 2026, None, "5:44:12")}


WINNERS = """Otter Creek 100

Past winners

Men
2016 – Tim Ross (USA) 19:12:55
2017 – Lars Berg (NOR) 18:40:02 (CR)

Women
2016: Kay Marr, 23:40:12
2017: Anna Graaf, 22:58:03 (CR)
"""


def test_a_winners_list_split_by_gender_headings_and_its_record_marks() -> None:
    out = facts(WINNERS, "2024-01-01")
    assert results(out) == {("Tim Ross", "Otter Creek 100", 2016, 1, "19:12:55"), ("Lars Berg", "Otter Creek 100", 2017, 1, "18:40:02"),
                            ("Kay Marr", "Otter Creek 100", 2016, 1, "23:40:12"), ("Anna Graaf", "Otter Creek 100", 2017, 1, "22:58:03")}
    assert records(out) == {("course record", "Otter Creek 100", "Lars Berg", "18:40:02"),
                            ("course record", "Otter Creek 100", "Anna Graaf", "22:58:03")}


RECORDS_TABLE = """Ultramarathon world records, updated

The list below is the one we keep up to date. It has the fastest times and the longest distances that
have been run on the road and the track, and it is checked against the federation's own list.

Distance records
Distance | Category | Athlete | Time | Race, year
100 km | Men | Kei Mori (JPN) | 6:05:35 | Lake Saroma, 2026
50 miles | Women | Gail Pryce (GBR) | 5:27:10 | Tunnel Hill 50 Mile, 2024
Time records
Duration | Category | Athlete | Distance | Race, year
24 hours | Men | Dima Hal (UKR) | 321.447 km | Soochow International, 2025
"""


def test_a_records_table_gives_a_record_per_row() -> None:
    out = facts(RECORDS_TABLE, "2026-11-20")
    got = {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"]) for r in out["records"]}
    assert got == {("world record", "Lake Saroma 100K", "Kei Mori", "6:05:35", 2026),
                   ("world record", "Tunnel Hill 50 Mile", "Gail Pryce", "5:27:10", 2024),
                   ("world record", "24 hours", "Dima Hal", None, 2025)}
    assert ("Kei Mori", "Lake Saroma 100K", 2026, 1, "6:05:35") in results(out)  # a record run wins its race


def test_a_bulleted_year_in_review_line() -> None:
    text = ("January\n\n• Rosa Vidal took the women's race at Bandera in 8:49:20, holding off Tess Lind, who was second in 8:52:03.\n"
            "• Jun Takeda won the Bandera 100K men's race in 7:38:51.\n")
    assert results(facts(text, "2025-12-20")) == {("Rosa Vidal", "Bandera 100K", 2025, 1, "8:49:20"),
                                                  ("Tess Lind", "Bandera 100K", 2025, 2, "8:52:03"),
                                                  ("Jun Takeda", "Bandera 100K", 2025, 1, "7:38:51")}


def test_in_may_before_a_surname_is_the_month() -> None:
    text = "Harriet Oyelaran had a fine season. In May Oyelaran won the Thames Path 100 in 15:36:49."
    assert results(facts(text, "2024-12-01")) == {("Harriet Oyelaran", "Thames Path 100", 2024, 1, "15:36:49")}


LISTICLE = """The five quickest 50-mile runs of the decade

Plenty of people have tried. These are the runs that stand.

1. Tomas Rehak (CZE) — 5:01:44, Moravian Ridge 50, 2022

He led from the gun and won by twenty minutes on a cold, still morning.

2. Ines Calvo (ESP), Sierra Blanca 50, 2019

The Spaniard ran 5:38:20 despite a fall and was second, three minutes behind the winner.
"""


def test_a_list_items_heading_dates_and_places_the_run_its_paragraph_tells() -> None:
    got = results(facts(LISTICLE, "2026-03-01"))
    assert ("Tomas Rehak", "Moravian Ridge 50", 2022, 1, "5:01:44") in got
    assert ("Ines Calvo", "Sierra Blanca 50", 2019, 2, "5:38:20") in got
    assert not any(r[2] == 2026 for r in got)


def test_a_pattern_race_name_before_a_comma_or_a_full_stop() -> None:
    out = facts("Marta Lind won the Otter Ridge 100, her first win at the distance. A year later she was second at the Pine Flats 50.", "2025-07-01")
    assert {"Otter Ridge 100", "Pine Flats 50"} <= set(out["races"])


def test_a_ranked_list_items_record_line_takes_the_items_time_and_year() -> None:
    out = facts("The fastest 100-mile runs ever\n"
                "1. Piet Maes (BEL) — 10:52:30, Tunnel Hill 100, 2024\n"
                "The current world record. Maes ran alone for the last forty miles.\n"
                "2. Jon Arvid (NOR) — 11:16:02, Desert Solstice, 2023\n"
                "Arvid's run on the Arizona track was a Norwegian record. He won by an hour.\n"
                "3. Sam Okoro (USA) — 11:21:45, Tunnel Hill 100, 2022\n"
                "An American record. Okoro won comfortably that day.", "2025-03-01")
    got = records(out)
    assert ("world record", "100 miles", "Piet Maes", "10:52:30") in got
    assert any(r[0] == "national record" and r[2:] == ("Jon Arvid", "11:16:02") for r in got)
    assert ("national record", "100 miles", "Sam Okoro", "11:21:45") in got


def test_a_race_cell_the_gazetteer_does_not_know_names_that_race() -> None:
    text = ("Masters records\nDistance | Athlete | Time | Race, year\n"
            "50 km | Nils Berg (SWE) | 3:01:12 | Runified 50K, 2024\n"
            "100 km | Karin Holm (NOR) | 7:40:55 | Vestfold 6 Day Race, 2023\n")
    got = results(facts(text, "2025-02-01"))
    # the second row's race is its own cell, not the first row's race
    assert ("Karin Holm", "Vestfold 6 Day Race", 2023, None, "7:40:55") in got
    assert not any(r[0] == "Karin Holm" and r[1] == "Runified 50K" for r in got)


def test_category_rows_with_clubs_under_a_category_winners_heading() -> None:
    text = ("Carn Dearg 50 2025 – provisional results\nThanks to all the marshals for a long cold day on the hill, and to everyone who came to run it.\nOverall\nPlace Name Club Time\n"
            "1 Hamish Rennie Lomond Hill Runners 3:50:02\n2 Ross Baird Unattached 3:55:40\n3 Kate Imrie Fife AC 4:01:19\n"
            "Category winners\nCat Name Club Time\n"
            "MV50 Alan Gow Stirling Road Runners 4:20:11\nFV50 Moira Kerr Unattached 4:44:05\nMV60 Dougie Reid Perth Road Runners 4:58:30\n")
    got = results(facts(text, "2025-10-12"))
    # the club after the name is no part of it, and each category's row is its winner
    assert {("Alan Gow", "Carn Dearg 50", 2025, 1, "4:20:11"), ("Moira Kerr", "Carn Dearg 50", 2025, 1, "4:44:05"),
            ("Dougie Reid", "Carn Dearg 50", 2025, 1, "4:58:30")} <= got
    assert not any(r[0].endswith(("Unattached", "Perth", "Stirling")) for r in got)


def test_a_bullet_list_belongs_to_the_runner_its_opening_line_names() -> None:
    text = ("Team news\n\nLena Vogt won the Zugspitz Ultra on Saturday in 14:02:11. Vogt, 29, led from the start. "
            "Vogt now takes a break, and Vogt will race again in spring. Her teammate Jonas Weber was fifth.\n\n"
            "Jonas Weber – 2025 highlights:\n• 2nd, Transvulcania, May 2025 – 7:40:10\n• 5th, Zugspitz Ultra, June 2025\n")
    got = results(facts(text, "2025-06-30"))
    # the bullets are Weber's, though the piece is mostly about Vogt
    assert ("Jonas Weber", "Transvulcania", 2025, 2, "7:40:10") in got
    assert not any(r[0] == "Lena Vogt" and r[1] == "Transvulcania" for r in got)


def test_a_winners_table_with_a_men_and_a_women_column_group() -> None:
    text = ("Glacier 50 race guide\n\nPast winners\n\n"
            "Year | Men's winner | Time | Women's winner | Time\n"
            "2025 | Ian Coyle (USA) | 7:02:10 | Mia Sato (Japan) | 7:58:44\n"
            "2024 | Ben Faro (Italy) | 7:09:15 | Ruth Kiptoo (Kenya) | 8:01:02\n")
    assert results(facts(text, "2026-01-10")) == {("Ian Coyle", "Glacier 50", 2025, 1, "7:02:10"),
                                                  ("Mia Sato", "Glacier 50", 2025, 1, "7:58:44"),
                                                  ("Ben Faro", "Glacier 50", 2024, 1, "7:09:15"),
                                                  ("Ruth Kiptoo", "Glacier 50", 2024, 1, "8:01:02")}


def test_a_results_table_laid_out_with_spaces() -> None:
    text = ("Kentmere Horseshoe 2026 results\n\n"
            "Pos  Name              Club                Cat   Time\n"
            "1    Ewan Tarrant      Kendal AC           MO    1.58.40\n"
            "2    Rory Blamire      Howgill Harriers    M40   2.01.12\n"
            "3    Nadia Scholes     Pudsey & Bramley    FO    2.04.55\n"
            "4    Joel Haigh                            M50   2.06.30\n")
    out = facts(text, "2026-07-12")
    assert results(out) == {("Ewan Tarrant", "Kentmere Horseshoe", 2026, 1, "1:58:40"),
                            ("Rory Blamire", "Kentmere Horseshoe", 2026, 2, "2:01:12"),
                            ("Nadia Scholes", "Kentmere Horseshoe", 2026, 3, "2:04:55"),
                            ("Joel Haigh", "Kentmere Horseshoe", 2026, 4, "2:06:30")}
    # the club column is no part of a name
    assert set(out["athletes"]) == {"Ewan Tarrant", "Rory Blamire", "Nadia Scholes", "Joel Haigh"}


def test_a_club_is_no_runner() -> None:
    text = ("Ravenglass Harriers newsletter\n\nHello Ravenglass! At the Buttermere Horseshoe, Tess Ockley (Eskdale Fellrunners) "
            "was third in 5:12:09. It was a proud day for Duddon Valley AC, and for all of Duddon Valley.\n\n"
            "Ted Holme ran the Coniston Challenge in 4:01:44, a new Duddon Valley record.")
    out = facts(text, "2026-06-01")
    assert "Tess Ockley" in out["athletes"]
    assert not {"Eskdale Fellrunners", "Duddon Valley", "Hello Ravenglass", "Coniston Challenge"} & set(out["athletes"])


def test_a_table_under_a_winners_heading_gives_wins() -> None:
    text = ("Glacier 50 race guide\n\nRoll of honour\n\n"
            "Year | Men | Time | Women | Time\n"
            "2025 | Ian Coyle (USA) | 7:02:10 | Mia Sato (Japan) | 7:58:44\n"
            "2024 | Ben Faro (Italy) | 7:09:15 | Ruth Kiptoo (Kenya) | 8:01:02\n\n"
            "Masters champions\n\n"
            "Year | Name | Time\n2025 | Olle Brandt | 7:40:31\n2024 | Tim Moro | 7:51:09\n")
    assert results(facts(text, "2026-01-10")) == {("Ian Coyle", "Glacier 50", 2025, 1, "7:02:10"),
                                                  ("Mia Sato", "Glacier 50", 2025, 1, "7:58:44"),
                                                  ("Ben Faro", "Glacier 50", 2024, 1, "7:09:15"),
                                                  ("Ruth Kiptoo", "Glacier 50", 2024, 1, "8:01:02"),
                                                  ("Olle Brandt", "Glacier 50", 2025, 1, "7:40:31"),
                                                  ("Tim Moro", "Glacier 50", 2024, 1, "7:51:09")}


def test_numbered_lines_with_a_home_town_a_distance_or_a_note_after_the_mark() -> None:
    text = ("Crooked Creek 24 Hour results\n\n"
            "Mara Lenz won the women's race with 201.3 km.\n\n"
            "Top five\n"
            "1. Piet Osei (NED) 231.442 km — course record\n"
            "2. Ravi Kumaran (IND) 222.010 km\n"
            "3. Mara Lenz (GER) 201.300 km — 1st woman\n"
            "4. Lotte Brink (NED) 199.876 km\n\n"
            "Clover Hills 50K results\n\n"
            "1. Sam Okoro, Dayton, OH — 3:31:09\n"
            "2. Joel Varga, Akron, OH — 3:35:40\n")
    got = results(facts(text, "2026-05-03"))
    assert {("Piet Osei", "Crooked Creek 24 Hour", 2026, 1, None), ("Ravi Kumaran", "Crooked Creek 24 Hour", 2026, 2, None),
            ("Mara Lenz", "Crooked Creek 24 Hour", 2026, 1, None), ("Lotte Brink", "Crooked Creek 24 Hour", 2026, 4, None),
            ("Sam Okoro", "Clover Hills 50K", 2026, 1, "3:31:09"), ("Joel Varga", "Clover Hills 50K", 2026, 2, "3:35:40")} <= got
    assert not any(r[0] == "Mara Lenz" and r[3] == 3 for r in got)


def test_a_distance_in_a_numbered_line_is_no_result_of_a_race_to_a_distance() -> None:
    text = "Clover Hills 50K results\n\n1. Sam Okoro (USA) 50 km — course record\n2. Joel Varga (USA) 50 km\n"
    assert results(facts(text, "2026-05-03")) == set()


def test_a_list_item_labelled_by_its_race_and_a_club_records_list() -> None:
    text = ("Fenside Joggers news\n\nIt has been a busy spring for the club, and here is what the members have been up to.\n\nMore results\n\n"
            "- Fenland Canal Forty (March): Ada Quill, 6:12:40, 4th.\n"
            "- Hollow Ridge Fifty (May): Bram Oduya, 8:40:02.\n\n"
            "Club records\n\n"
            "- 50K: Cora Vint, 3:58:11 (2019)\n"
            "- 100 miles: Ada Quill, 24:10:09 (2025)\n"
            "- 24 hours: Ned Pryor, 190.2 km (2021)\n")
    out = facts(text, "2026-06-01")
    assert results(out) == {("Ada Quill", "Fenland Canal Forty", 2026, 4, "6:12:40"),
                            ("Bram Oduya", "Hollow Ridge Fifty", 2026, None, "8:40:02")}
    assert records(out) == {("other", "50 km", "Cora Vint", "3:58:11"), ("other", "100 miles", "Ada Quill", "24:10:09"),
                            ("other", "24 hours", "Ned Pryor", None)}


def test_a_winners_podium_told_with_marks_in_brackets() -> None:
    text = ("The Pell River 24 Hour was won by Austria's Gerti Holm with 214.6 km, ahead of Norway's Siri Dahl (205.3 km) "
            "and Lisa Tamm (199.0 km).\n\nRuben Oyelaran won the Pell River 50K in 3:21:44, ahead of Dan Pike (3:25:10) "
            "and Eli Marr (3:29:01). At the Pell River 50K, Ida Sole beat Ama Kwei (4:01:09) and Ella Roos (3:58:00).")
    got = results(facts(text, "2026-04-12"))
    assert {("Siri Dahl", "Pell River 24 Hour", 2026, 2, None), ("Lisa Tamm", "Pell River 24 Hour", 2026, 3, None),
            ("Dan Pike", "Pell River 50K", 2026, 2, "3:25:10"), ("Eli Marr", "Pell River 50K", 2026, 3, "3:29:01")} <= got
    # no win, no podium; and marks out of order are no ranking
    assert not any(r[0] in ("Ama Kwei", "Ella Roos") and r[3] is not None for r in got)


def test_a_results_lists_dnf_lines_name_runners_and_a_team_after_the_is_no_runner() -> None:
    text = ("Club results\n\nHere is how the members got on at the Harrow Hill 50K this month.\n\n"
            "- Nia Brook — Harrow Hill 50K — 5:12:40 (14th)\n"
            "- Omar Lutz — Harrow Hill 50K — DNF (hamstring)\n"
            "- Ravi Patel — DNS, sadly\n\n"
            "Did not finish\nDNF Gwen Tosh Ilkley Harriers\n\n"
            "The relay was won by the Ridge Raptors in 4:01:12, and the Ridge Raptors were thrilled.")
    out = facts(text, "2026-03-02")
    assert {"Nia Brook", "Omar Lutz", "Gwen Tosh"} <= set(out["athletes"])
    assert "Ridge Raptors" not in out["athletes"]
    assert not any(r["athlete"] in ("Omar Lutz", "Ravi Patel", "Ridge Raptors") for r in out["results"])


def test_gender_and_results_headings_keep_their_sections_race() -> None:
    text = ("Weekend round-up\n\nTwo races and a lot of mud, as the spring season got going.\n\n"
            "Fenn Ridge 100 — Fort Collins\n\nTia Lund won the Fenn Ridge 100 in 19:01:44, the fastest Fenn Ridge 100 in years.\n\n"
            "Harrow Hill 50K — Leeds\n\nJon Pike won in 3:40:12 and Sam Reed was second in 3:44:50.\n\n"
            "Top results\n\nMen\n1. Jon Pike (GBR) — 3:40:12\n2. Sam Reed (GBR) — 3:44:50\n3. Ola Berg (NOR) — 3:51:07\n\n"
            "Women\n1. Ana Cole (GBR) — 4:10:02\n2. Liv Moss (GBR) — 4:15:40\n")
    got = results(facts(text, "2026-04-20"))
    assert {("Ola Berg", "Harrow Hill 50K", 2026, 3, "3:51:07"), ("Liv Moss", "Harrow Hill 50K", 2026, 2, "4:15:40")} <= got


def test_runners_who_finish_together_share_the_result() -> None:
    text = ("Club news\n\nA busy month for the club at the Harrow Hill 50K, with plenty of members out on the course.\n\n"
            "Nia Brook, Omar Lutz and Cai Rees all finished the Harrow Hill 50K together in 6:02:10.\n\n"
            "In May, Tess and Rob Allard ran the Fenn Ridge 100 together, crossing the line hand in hand in 27:40:05.\n\n"
            "At the Oak Hill 100K, Lena Voss and Ida Krum ran together through the first loop; Voss won in 8:01:12.")
    out = facts(text, "2026-06-10")
    got = results(out)
    assert {("Nia Brook", "Harrow Hill 50K", 2026, None, "6:02:10"), ("Omar Lutz", "Harrow Hill 50K", 2026, None, "6:02:10"),
            ("Cai Rees", "Harrow Hill 50K", 2026, None, "6:02:10"), ("Tess Allard", "Fenn Ridge 100", 2026, None, "27:40:05"),
            ("Rob Allard", "Fenn Ridge 100", 2026, None, "27:40:05")} <= got
    assert not any(r[0] == "Ida Krum" for r in got)


def test_a_place_among_the_women_stands_over_an_age_group_place() -> None:
    for text in ("Ada Quill finished the Fenn Ridge 100 in 30:12:44, sixth woman and first F50.",
                 "Ada Quill finished the Fenn Ridge 100 in 30:12:44, first F50 and sixth woman."):
        assert results(facts(text, "2026-07-30")) == {("Ada Quill", "Fenn Ridge 100", 2026, 6, "30:12:44")}, text
    assert results(facts("Ada Quill finished the Fenn Ridge 100 in 30:12:44, first F50.", "2026-07-30")) == {
        ("Ada Quill", "Fenn Ridge 100", 2026, 1, "30:12:44")}


def test_a_home_towns_state_abbreviation_ends_no_line() -> None:
    text = ("Harrow Hill 50K results\n\nA fast day on the ridge, with the course dry for once.\n\n"
            "1. Cole Brandt (Bend, Ore.) 3:28:14\n2. Rhys Talbot (Squamish, B.C.) 3:33:02\n3. Dan Seeley (Boulder, Colo.) 3:35:40\n\n"
            "Brandt lives in Bend, Ore. He has won here twice.")
    assert results(facts(text, "2026-02-20")) >= {("Cole Brandt", "Harrow Hill 50K", 2026, 1, "3:28:14"),
                                                   ("Rhys Talbot", "Harrow Hill 50K", 2026, 2, "3:33:02"),
                                                   ("Dan Seeley", "Harrow Hill 50K", 2026, 3, "3:35:40")}
    from pipeline.facts.text import sentences
    assert [s.text for s in sentences("Brandt lives in Bend, Ore. He has won here twice.")] == ["Brandt lives in Bend, Ore.", "He has won here twice."]


def test_a_results_lines_note_calls_its_mark_a_record() -> None:
    text = ("Crooked Creek 24 Hour results\n\nA cold night on the track did not stop the fast times.\n\n"
            "1. Piet Osei (NED) 231.442 km — Dutch record\n2. Ravi Kumaran (IND) 222.010 km\n3. Mara Lenz (GER) 201.300 km — W55 world best\n\n"
            "Harrow Hill 50K results\n\n1. Cole Brandt (Bend, Ore.) 3:28:14 CR\n2. Rhys Talbot (USA) 3:33:02\n")
    got = records(facts(text, "2026-05-03"))
    assert {("national record", "24 hours", "Piet Osei", None), ("age-group record", "24 hours", "Mara Lenz", None),
            ("course record", "Harrow Hill 50K", "Cole Brandt", "3:28:14")} <= got
    assert not any(r[2] in ("Ravi Kumaran", "Rhys Talbot") for r in got)


def test_a_by_the_numbers_lines_time_is_its_runners() -> None:
    text = ("Fenn Ridge 100 2026 by the numbers\n"
            "The race is run for another year, and here it is in figures.\n"
            "19:02:44 — Tia Lund's winning time, the third-fastest in race history.\n"
            "18:40:10 — Kai Moss's course record from 2021, which survived again.\n"
            "17:58:03 — the women's course record, set by Ada Quill in 2019.\n"
            "412 — starters on Saturday morning.\n")
    out = facts(text, "2026-07-20")
    assert {("Tia Lund", "Fenn Ridge 100", 2026, 1, "19:02:44"), ("Kai Moss", "Fenn Ridge 100", 2021, 1, "18:40:10")} <= results(out)
    assert ("course record", "Fenn Ridge 100", "Ada Quill", "17:58:03") in records(out)


def test_a_start_lists_first_bullet_is_no_heading_and_here_is_the_pieces_race() -> None:
    text = ("CCC preview\n\nThe CCC starts on Friday morning in Courmayeur, and the field is deep this year.\n\n"
            "Others to watch\n\n- Giulia Zanetti (Italy) — third here last year\n- Marta Riva (Italy) — fifth here in 2024\n")
    out = facts(text, "2026-06-20")
    assert results(out) == {("Giulia Zanetti", "CCC", 2025, 3, None), ("Marta Riva", "CCC", 2024, 5, None)}


def test_a_markdown_rule_row_under_the_header_keeps_the_table_and_each_column_group_names_an_athlete() -> None:
    out = facts("Cedar Ridge 100K: past winners\n\n"
                "| Year | Men | Time | Women | Time |\n"
                "|---|---|---|---|---|\n"
                "| 2024 | Arlo Pennington (USA) | 8:12:40 | Mirela Costa (BRA) | 9:30:05 |\n"
                "| 2023 | Tobin Ashe (CAN) | 8:20:11 | Greta Lindahl (SWE) | 9:41:52 |\n", "2025-01-10")
    assert set(out["athletes"]) == {"Arlo Pennington", "Mirela Costa", "Tobin Ashe", "Greta Lindahl"}
    assert {("Mirela Costa", "Cedar Ridge 100K", 2024, 1, "9:30:05"), ("Tobin Ashe", "Cedar Ridge 100K", 2023, 1, "8:20:11")} <= results(out)


def test_a_selection_lines_category_place_before_the_race_is_its_runners() -> None:
    # "3rd woman, Race": the race, not a runner, follows the category place
    out = facts("Team named\n\nMarta Quinlan (Ennis AC) - 201.4 km, 3rd woman, Belfast 24 Hour, July 2024.\n\n"
                "Una Fahy (Tuam AC) - 195.0 km, 5th woman, Albi 24 Hour, France, October 2023.", "2024-10-01")
    assert {("Marta Quinlan", "Belfast 24 Hour", 2024, 3, None), ("Una Fahy", "Albi 24 Hour", 2023, 5, None)} <= results(out)


def test_a_record_pages_history_lines_and_current_holders_are_records_on_its_route() -> None:
    text = ("Bob Graham Round: the record history\n"
            "The round links 42 Lakeland summits in a loop from Keswick.\n\n"
            "Current records\n"
            "Men: Hugh Tarrant - 12:52:10 - June 2024\n"
            "Women (supported): Isla Venn, 14:20:33 (July 2023)\n\n"
            "History - men\n"
            "1999 - Colm Reddy - 14 hours 5 minutes. A wet night on the Helvellyn range.\n"
            "2011 - Piers Aldous - 13:31:08, half an hour under Reddy.\n"
            "2024 - Hugh Tarrant - 12:52:10.\n")
    out = facts(text, "2025-01-15")
    assert records(out) == {("FKT", "Bob Graham Round", "Hugh Tarrant", "12:52:10"), ("FKT", "Bob Graham Round", "Isla Venn", "14:20:33"),
                            ("FKT", "Bob Graham Round", "Colm Reddy", "14:05:00"), ("FKT", "Bob Graham Round", "Piers Aldous", "13:31:08")}
    assert results(out) == set()  # an FKT is no race result


def test_a_course_record_progression_list_gives_records_and_results_but_a_winners_list_no_records() -> None:
    text = ("Fenn Ridge 100\n\nCourse record progression\n"
            "2009 - Tam Okafor - 19:44:02\n2016 - Ruben Salo - 18:57:30\n\n"
            "Past winners\n2024 - Ivo Brandt - 20:02:11\n")
    out = facts(text, "2025-03-01")
    assert records(out) == {("course record", "Fenn Ridge 100", "Tam Okafor", "19:44:02"),
                            ("course record", "Fenn Ridge 100", "Ruben Salo", "18:57:30")}
    assert {("Tam Okafor", "Fenn Ridge 100", 2009, "19:44:02"), ("Ruben Salo", "Fenn Ridge 100", 2016, "18:57:30")} <= {
        (r[0], r[1], r[2], r[4]) for r in results(out)}


def test_a_table_of_holders_on_an_fkt_page_is_about_the_pages_route() -> None:
    text = ("Pennine Way: fastest known times\n\nHolders\n\n"
            "Style | Holder | Time | Year\n"
            "Supported | Nell Atherton | 2d 13h 20m | 2021\n"
            "Unsupported | Joss Harker | 70:12 | 2019\n")
    out = facts(text, "2025-02-01")
    assert records(out) == {("FKT", "Pennine Way", "Nell Atherton", "61:20:00"), ("FKT", "Pennine Way", "Joss Harker", "70:12:00")}


def test_an_all_time_list_ranks_no_places_and_a_winning_times_list_gives_wins() -> None:
    text = ("Fenn Ridge 100 in figures\n\nThe numbers behind the race, as the field gathers.\n\n"
            "FASTEST TIMES IN RACE HISTORY\n1. Odo Varga (2019) - 15:12:40\n2. Lev Brandt (2023) - 15:30:05\n3. Rui Salas (2017) - 15:41:19\n\n"
            "Brandt's 2023 win was the closest anyone has come to Varga.\n\n"
            "The three fastest winning times by women\n1. Ines Kolar (2022) - 17:02:11\n2. Tova Reyes (2018) - 17:20:40\n")
    got = results(facts(text, "2026-07-20"))
    assert {("Odo Varga", "Fenn Ridge 100", 2019, None, "15:12:40"), ("Lev Brandt", "Fenn Ridge 100", 2023, 1, "15:30:05"),
            ("Rui Salas", "Fenn Ridge 100", 2017, None, "15:41:19"), ("Ines Kolar", "Fenn Ridge 100", 2022, 1, "17:02:11"),
            ("Tova Reyes", "Fenn Ridge 100", 2018, 1, "17:20:40")} == got


def test_a_by_the_numbers_line_after_a_plain_hyphen_and_a_tally_for_a_runner() -> None:
    text = ("Fenn Ridge 100 by the numbers\n\n"
            "16:48:12 - the men's course record, set by Kai Moss in 2021.\n\n"
            "4 - wins for Ada Quill, the most by anyone. The Bristol nurse won in 2015, 2016, 2018 and 2020.\n\n"
            "3 - victories for Tom Ruiz, all of them in the 2000s.\n")
    out = facts(text, "2026-07-20")
    assert ("course record", "Fenn Ridge 100", "Kai Moss", "16:48:12") in records(out)
    assert {("Ada Quill", "Fenn Ridge 100", y, 1, None) for y in (2015, 2016, 2018, 2020)} <= results(out)
    assert {"Kai Moss", "Ada Quill", "Tom Ruiz"} <= set(out["athletes"])


def test_a_category_heading_over_a_results_list_is_no_race() -> None:
    text = ("Harrow Hill Ultra 2026 results\n\nThe organisers of the Harrow Hill Ultra thank every runner.\n\n"
            "MEN'S SOLO 100 MILE\n1. Cole Brandt (Bend, OR) — 17:40:02\n2. Rhys Talbot (Leeds) — 18:03:15\n\n"
            "Women's Masters 50K\n1. Lyn Hart (York) — 5:10:40\n2. Ana Cole (Hull) — 5:22:09\n")
    out = facts(text, "2026-07-20")
    assert out["races"] == ["Harrow Hill Ultra"]
    assert {("Cole Brandt", "Harrow Hill Ultra", 2026, 1, "17:40:02"), ("Rhys Talbot", "Harrow Hill Ultra", 2026, 2, "18:03:15"),
            ("Lyn Hart", "Harrow Hill Ultra", 2026, 1, "5:10:40"), ("Ana Cole", "Harrow Hill Ultra", 2026, 2, "5:22:09")} == results(out)


def test_a_record_progression_split_by_men_and_women_subheadings() -> None:
    text = ("The Fenn Ridge 100 course records\n\nRecord progression\n\n"
            "Men\n2012 – Aldo Brun – 19:10:05\n2018 – Kofi Mensah – 18:31:40\n\n"
            "Women\n2012 – Ilse Rood – 22:02:19\n")
    assert records(facts(text, "2025-03-01")) == {("course record", "Fenn Ridge 100", "Aldo Brun", "19:10:05"),
                                                  ("course record", "Fenn Ridge 100", "Kofi Mensah", "18:31:40"),
                                                  ("course record", "Fenn Ridge 100", "Ilse Rood", "22:02:19")}


ROUNDUP = """Weekend Results Roundup
Posted March 9, 2026
HOLLOW OAK 50K – Marlow, Okla. (Mar. 7)
Women: Dana Prell 4:11:40 (CR); Ruth Okafor 4:20:05; Lisa Mott 4:31:59
Men: Glen Harker 3:39:12, Omar Seddiq 3:44:30
Notes: Prell had the lead from the gun.
Tamarack Flats 12 Hour (Ely, Minn.) — Mar. 7–8
Men: Piet Vos 71.3 mi; Ike Brannon 66.0 mi
Women: Jess Arndt 64.8 mi (F50-54 AGR)
Winner: Corin Delacroix, 38 yards (254.5 km)
"""


def test_terse_field_lines_under_roundup_headings_rank_their_runners() -> None:
    out = facts(ROUNDUP, "2026-03-09")
    got = results(out)
    assert {
        ("Dana Prell", "Hollow Oak 50K", 2026, 1, "4:11:40"), ("Ruth Okafor", "Hollow Oak 50K", 2026, 2, "4:20:05"),
        ("Lisa Mott", "Hollow Oak 50K", 2026, 3, "4:31:59"), ("Glen Harker", "Hollow Oak 50K", 2026, 1, "3:39:12"),
        ("Omar Seddiq", "Hollow Oak 50K", 2026, 2, "3:44:30"),
        ("Piet Vos", "Tamarack Flats 12 Hour", 2026, 1, None), ("Ike Brannon", "Tamarack Flats 12 Hour", 2026, 2, None),
        ("Jess Arndt", "Tamarack Flats 12 Hour", 2026, 1, None), ("Corin Delacroix", "Tamarack Flats 12 Hour", 2026, 1, None),
    } == got
    assert {r["athlete"]: r["distance"] for r in out["results"] if r["time"] is None}["Piet Vos"] == "71.3 mi"
    # the heading's race in capitals before its town and date, and the notes' records
    assert {"Hollow Oak 50K", "Tamarack Flats 12 Hour"} == set(out["races"])
    assert {("course record", "Hollow Oak 50K", "Dana Prell", "4:11:40"),
            ("age-group record", "Tamarack Flats 12 Hour", "Jess Arndt", None)} == records(out)


def test_a_heading_with_a_town_and_a_date_names_a_race_that_says_no_kind() -> None:
    text = ("Results from the weekend\n\nBRICK KILN TRACK 24 – Salina, Kan. (Apr. 11–12)\n"
            "Women: Nell Apgar 121.4 mi (CR); Tova Rusk 109.9 mi\n\n"
            "Cedar Knob Classic (Ames, Iowa) — Apr. 12\nMen: Rory Tatum 2:58:41; Sven Lidd 3:02:17\n")
    out = facts(text, "2026-04-14")
    assert {("Nell Apgar", "BRICK KILN TRACK 24", 2026, 1, None), ("Tova Rusk", "BRICK KILN TRACK 24", 2026, 2, None),
            ("Rory Tatum", "Cedar Knob Classic", 2026, 1, "2:58:41"), ("Sven Lidd", "Cedar Knob Classic", 2026, 2, "3:02:17")} == results(out)
    assert ("course record", "BRICK KILN TRACK 24", "Nell Apgar", None) in records(out)


def test_a_field_line_out_of_order_gives_no_places_and_a_lone_runner_won_her_field() -> None:
    text = ("Ridgeback 50K (Bend, Ore.) — May 2\n"
            "Men: Abel Tran 3:50:10, Cyrus Hale 3:41:22\n"
            "Women: Kay Lund 4:02:44 (5th overall)\n")
    got = results(facts(text, "2026-05-04"))
    assert {("Abel Tran", "Ridgeback 50K", 2026, None, "3:50:10"), ("Cyrus Hale", "Ridgeback 50K", 2026, None, "3:41:22"),
            ("Kay Lund", "Ridgeback 50K", 2026, 1, "4:02:44")} == got


def test_ordinal_lines_with_a_dash_or_colon_after_the_place() -> None:
    text = ("Larch Hollow 50 Mile results\n\n1st – Vera Ostrom (Brooks) – 7:02:19\n2nd: Hana Pell, 7:15:48\n"
            "3rd - Ines Cato - 7:31:02\n")
    assert {("Vera Ostrom", "Larch Hollow 50 Mile", 2026, 1, "7:02:19"), ("Hana Pell", "Larch Hollow 50 Mile", 2026, 2, "7:15:48"),
            ("Ines Cato", "Larch Hollow 50 Mile", 2026, 3, "7:31:02")} == results(facts(text, "2026-06-01"))


def test_a_podium_line_with_bracketed_times_and_a_winners_line() -> None:
    text = ("Osprey Point 50K\n\nWomen's podium: 1. Tilde Marr (4:02:10), 2. Zoe Kint (4:11:35), 3. Bea Lusk (4:19:00)\n\n"
            "Heron Marsh Marathon\n\nWinners: Uma Delane (3:12:40) and Rafe Corbin (2:49:05).\n")
    assert {("Tilde Marr", "Osprey Point 50K", 2026, 1, "4:02:10"), ("Zoe Kint", "Osprey Point 50K", 2026, 2, "4:11:35"),
            ("Bea Lusk", "Osprey Point 50K", 2026, 3, "4:19:00"), ("Uma Delane", "Heron Marsh Marathon", 2026, 1, "3:12:40"),
            ("Rafe Corbin", "Heron Marsh Marathon", 2026, 1, "2:49:05")} == results(facts(text, "2026-06-01"))


def test_unnumbered_lines_under_a_field_heading_are_ranked() -> None:
    text = ("Granite Gap 100 Mile results\nMen\nOtto Wendt, 36, Leadville, Colo. 17:40:12\nAbe Sorensen, 44, Salida, Colo. 18:02:55\n"
            "Top three women:\nGwen Atkins – 19:11:30 (CR)\nLiv Harlan – 20:40:02\n")
    out = facts(text, "2026-06-01")
    assert {("Otto Wendt", "Granite Gap 100 Mile", 2026, 1, "17:40:12"), ("Abe Sorensen", "Granite Gap 100 Mile", 2026, 2, "18:02:55"),
            ("Gwen Atkins", "Granite Gap 100 Mile", 2026, 1, "19:11:30"), ("Liv Harlan", "Granite Gap 100 Mile", 2026, 2, "20:40:02")} == results(out)
    assert records(out) == {("course record", "Granite Gap 100 Mile", "Gwen Atkins", "19:11:30")}


def test_a_list_in_markdown_bold_and_a_category_code_after_a_mark() -> None:
    text = ("Wolf Creek 100K results\n\n**1. Nils Aberg** – 9:01:44\n**2. Rune Falk** – 9:12:09\n\n"
            "Saltmarsh 24 Hour results\n\n1. Ivo Kranz (AUT) 240.2 km\n2. Ada Brunn (GER) 231.7 km – F1\n3. Pádraig Ó Ceallaigh (IRL) 220.5 km\n")
    out = facts(text, "2026-06-01")
    assert {("Nils Aberg", "Wolf Creek 100K", 2026, 1, "9:01:44"), ("Rune Falk", "Wolf Creek 100K", 2026, 2, "9:12:09"),
            ("Ivo Kranz", "Saltmarsh 24 Hour", 2026, 1, None), ("Ada Brunn", "Saltmarsh 24 Hour", 2026, 1, None),
            ("Pádraig Ó Ceallaigh", "Saltmarsh 24 Hour", 2026, 3, None)} == results(out)
    assert all("**" in r["evidence"] for r in out["results"] if r["race"] == "Wolf Creek 100K")  # the text's own evidence


def test_results_rows_with_sex_age_and_town_and_times_with_tenths() -> None:
    text = ("Fox Hollow 50K results\n\n1. Wren Adler F 31 Ogden UT 4:10:45.2\n2. Dina Marsh F 27 Provo UT 4:18:02.9\n"
            "3. Lou Becket F 45 Moab UT 4:22:11.0\n")
    assert {("Wren Adler", "Fox Hollow 50K", 2026, 1, "4:10:45"), ("Dina Marsh", "Fox Hollow 50K", 2026, 2, "4:18:02"),
            ("Lou Becket", "Fox Hollow 50K", 2026, 3, "4:22:11")} == results(facts(text, "2026-06-01"))


def test_ranked_lines_told_as_a_top_n_label_or_sentence() -> None:
    text = ("Gull Island 100K\n\nTop 5 Men: 1) Rex Olund 8:40:10 2) Finn Darby 8:52:31 3) Hal Ives 9:01:02\n\n"
            "Results (top three): Mei Sato 9:30:44, Ola Berg 9:41:20, Ida Holm 9:59:03.\n\n"
            "Over in the 25K, nothing much changed. The top three women were Pia Lund (2:10:33), Kia Dorn (2:14:02) and Eve Sand (2:20:40).\n")
    got = results(facts(text, "2026-06-01"))
    assert {("Rex Olund", 1, "8:40:10"), ("Finn Darby", 2, "8:52:31"), ("Hal Ives", 3, "9:01:02"), ("Mei Sato", 1, "9:30:44"),
            ("Ola Berg", 2, "9:41:20"), ("Ida Holm", 3, "9:59:03"), ("Pia Lund", 1, "2:10:33"), ("Kia Dorn", 2, "2:14:02"),
            ("Eve Sand", 3, "2:20:40")} == {(a, p, t) for a, _, _, p, t in got}


def test_a_list_lines_note_names_the_record_it_broke() -> None:
    text = "Basalt Rim 50K, April 18\n\n1. Tove Lind, 3:44:12 (course record, previous 3:49:55 by Ana Ruiz, 2022)\n2. Mae Lowe, 3:52:40\n"
    out = facts(text, "2026-04-20")
    assert {("Tove Lind", "Basalt Rim 50K", 2026, 1, "3:44:12"), ("Mae Lowe", "Basalt Rim 50K", 2026, 2, "3:52:40")} <= results(out)
    assert {("course record", "Basalt Rim 50K", "Tove Lind", "3:44:12"), ("course record", "Basalt Rim 50K", "Ana Ruiz", "3:49:55")} == records(out)
    assert {r["athlete"]: r["year"] for r in out["records"]} == {"Tove Lind": 2026, "Ana Ruiz": 2022}


def test_a_races_course_named_by_its_kind_and_distance_is_no_race() -> None:
    text = ("Ridge Runner 2026: Kell wins\n\nJo Kell won the Ridge Runner Ultra in 11:02:41.\n\n"
            "Full results: Ridge Runner 2026 – Ultra 95K (live timing)\n")
    assert facts(text, "2026-06-01")["races"] == ["Ridge Runner Ultra"]


def test_a_related_headline_opens_no_section_and_tells_no_result() -> None:
    text = ("Moss wins the Cairn Ridge 100K\n"
            "Ola Moss won the Cairn Ridge 100K on Saturday in 9:12:40.\n"
            "Related: Hardrock 100 2026: Five Things to Watch\n"
            "Further back, veteran Tom Reece, 64, finished in 14:50:19.\n"
            "Read more: Dale Voss won the Bighorn 100 in 22:01:13 last month, and he is not done yet.\n"
            "Tags: Cairn Ridge 100K, Ola Moss, results\n")
    out = facts(text, "2026-07-20")
    assert {("Ola Moss", "Cairn Ridge 100K", 2026, 1, "9:12:40"), ("Tom Reece", "Cairn Ridge 100K", 2026, None, "14:50:19")} == results(out)
    assert "Hardrock 100" in out["races"] and "Dale Voss" not in out["athletes"]


def test_terse_items_with_age_and_town_a_dnf_item_and_a_category_note_on_a_numbered_line() -> None:
    text = ("It was a cold weekend, and the wind on the ridge made it hard for all of the runners in both of the races.\n\n"
            "Sage Flat 50K results\n\nMen: Cody Hale, 32, Flagstaff, Ariz., 3:41:07; Tom Lark, 30, Boulder, Colo., 3:49:52; Abe Rusk DNF\n\n"
            "Pine Knob 50K results\n\n1. Kai Lindt (CAN) 3:44:10\n2. Sol Arce (MEX) 3:50:22\n3. Tom Vey (USA) 3:52:40\n"
            "4. Ana Pires (BRA) 3:55:09 – first woman\n")
    out = facts(text, "2026-05-10")
    assert {("Cody Hale", "Sage Flat 50K", 2026, 1, "3:41:07"), ("Tom Lark", "Sage Flat 50K", 2026, 2, "3:49:52"),
            ("Kai Lindt", "Pine Knob 50K", 2026, 1, "3:44:10"), ("Sol Arce", "Pine Knob 50K", 2026, 2, "3:50:22"),
            ("Tom Vey", "Pine Knob 50K", 2026, 3, "3:52:40"), ("Ana Pires", "Pine Knob 50K", 2026, 1, "3:55:09")} == results(out)
    assert "Abe Rusk" in out["athletes"]


def test_markdown_heading_marks_and_a_race_named_before_its_field_labels() -> None:
    text = ("## Weekend round-up\n\nEarly snow made for a hard weekend, and both races in the hills were run in the cold.\n\n"
            "### Alder Gap 100K\n\nTim Rowe won in 8:40:02.\n\n#### Women\n1. Lin Odell 9:40:11\n2. Kay Mott 9:52:40\n\n"
            "### Round-up\n\nHolly Pines 50K (Ely, Minn.) — Women: Jo Marks 4:02:11, Ada Lyle 4:09:40. Men: Rob Tull 3:40:02.\n")
    assert {("Tim Rowe", "Alder Gap 100K", 2026, 1, "8:40:02"), ("Lin Odell", "Alder Gap 100K", 2026, 1, "9:40:11"),
            ("Kay Mott", "Alder Gap 100K", 2026, 2, "9:52:40"), ("Jo Marks", "Holly Pines 50K", 2026, 1, "4:02:11"),
            ("Ada Lyle", "Holly Pines 50K", 2026, 2, "4:09:40"), ("Rob Tull", "Holly Pines 50K", 2026, 1, "3:40:02")} == results(facts(text, "2026-05-10"))


def test_a_bulleted_season_list_opening_with_the_place_then_the_race() -> None:
    text = ("Nadia Okafor had the best year of her career.\n\n"
            "Okafor's 2030 highlights:\n"
            "• 1st, Quarry Hills 50K — 4:10:55\n"
            "• 3rd, Redwood Crest 100K — 9:44:02")
    out = facts(text, "2030-12-10")
    assert ("Nadia Okafor", "Quarry Hills 50K", 2030, 1, "4:10:55") in results(out)
    assert ("Nadia Okafor", "Redwood Crest 100K", 2030, 3, "9:44:02") in results(out)
