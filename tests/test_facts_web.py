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


def test_a_penalty_ruling_reorders_the_results() -> None:
    out = facts("The jury handed a 20-minute penalty to Owen Tarrant, who had originally finished second in the "
                "Ennerdale Horseshoe in 3:12:40. Tarrant falls to sixth with an adjusted time of 3:32:40. That promotes "
                "Gareth Lowe of Keswick AC to the win, in 3:20:11. Third goes to Ben Ash in 3:25:02.", "2026-07-08")
    assert results(out) == {("Owen Tarrant", "Ennerdale Horseshoe", 2026, 6, "3:32:40"),
                            ("Gareth Lowe", "Ennerdale Horseshoe", 2026, 1, "3:20:11"),
                            ("Ben Ash", "Ennerdale Horseshoe", 2026, 3, "3:25:02")}


def test_the_official_time_after_a_penalty_replaces_the_line_time() -> None:
    out = facts("Jon Kerr crossed the line first at the Alpine Challenge in 20:10:05. Officials later gave him a one-hour "
                "penalty for outside assistance. With the penalty applied, Kerr's official time is 21:10:05 and he is "
                "listed second.", "2026-03-04")
    assert results(out) == {("Jon Kerr", "Alpine Challenge", 2026, 2, "21:10:05")}


def test_a_podium_in_brackets_with_dotted_times() -> None:
    out = facts("Ffion Pritchard won the Ennerdale Horseshoe in 4:21:38, ahead of Kirsty Mallinson (4.33.02) and "
                "Jo Atherton (4.40.15).", "2026-07-08")
    assert ("Kirsty Mallinson", "Ennerdale Horseshoe", 2026, 2, "4:33:02") in results(out)
    assert ("Jo Atherton", "Ennerdale Horseshoe", 2026, 3, "4:40:15") in results(out)


def test_a_city_marathon_named_in_full_goes_by_its_city() -> None:
    out = facts("Weekly notes: the Spartathlon and more\n\nChicago: a windy one\n\nAmos Kiprono won the Chicago Marathon "
                "on Sunday in 2:05:40.\n\nIn the women's race, Ruth Mwangi ran 2:19:02 to win. It was her second Chicago "
                "title after her 2023 win.\n\nThe Spartathlon\n\nLena Fuchs won the Spartathlon in 25:10:00.", "2026-10-13")
    got = results(out)
    assert ("Ruth Mwangi", "Chicago Marathon", 2026, 1, "2:19:02") in got
    assert ("Ruth Mwangi", "Chicago Marathon", 2023, 1, None) in got
    assert not any(r["athlete"] == "Ruth Mwangi" and r["race"] == "Spartathlon" for r in out["results"])


def test_a_point_to_point_race_named_by_its_two_ends() -> None:
    out = facts("Andrius Kaminskas was second at the Spartathlon last year in 22:48:31, and he won the "
                "Belgrade–Banja Luka ultra in the spring. Tom Hale won the London-Brighton race in 6:01:10.", "2026-09-22")
    got = results(out)
    assert ("Andrius Kaminskas", "Belgrade–Banja Luka", 2026, 1, None) in got
    assert ("Tom Hale", "London-Brighton", 2026, 1, "6:01:10") in got
    assert not any(r["race"] == "Spartathlon" and r["place"] == 1 for r in out["results"])


def test_the_first_man_to_win_since_describes_the_win_just_told() -> None:
    out = facts("Defending champion Nikos Aris (Greece) won the Spartathlon last year in 22:31:05, the first Greek man "
                "to win since 2011.", "2026-09-22")
    assert results(out) == {("Nikos Aris", "Spartathlon", 2025, 1, "22:31:05")}


def test_a_dated_win_after_defending_champion_keeps_its_date() -> None:
    out = facts("Emma Lind (Sweden) returns as defending champion after winning the Spartathlon last year in 26:41:10, "
                "eleventh overall.", "2026-09-22")
    assert results(out) == {("Emma Lind", "Spartathlon", 2025, 1, "26:41:10")}


def test_an_overall_place_after_a_time_is_that_runs() -> None:
    out = facts("Ana Ruiz won the women's race at the Spartathlon in 2023 in 27:01:00, ninth overall.", "2026-09-22")
    assert results(out) == {("Ana Ruiz", "Spartathlon", 2023, 1, "27:01:00")}


def test_a_place_in_both_of_two_years_is_one_per_edition() -> None:
    out = facts("Lisa Berg was runner-up at the Western States 100 in 2019 and 2021. "
                "Marco Gatti finished third at the Spartathlon in both 2022 and 2024.", "2026-09-22")
    got = results(out)
    assert {("Lisa Berg", "Western States 100", 2019, 2, None), ("Lisa Berg", "Western States 100", 2021, 2, None),
            ("Marco Gatti", "Spartathlon", 2022, 3, None), ("Marco Gatti", "Spartathlon", 2024, 3, None)} <= got


def test_a_testers_label_under_a_heading_with_no_blank_line() -> None:
    out = facts("Trail Shoe X Review\nBy Kara Voss and Lee Dunn\n\nFit\nKara: The upper is fine. At Black Canyon 100K in "
                "February the shoes felt great. I ran 11:20:05 and came 34th woman.\n\nGrip\nLee: Sticky rubber. "
                "I wore them at the Chuckanut 50K in March and finished 40th in 5:10:11.", "2026-10-02")
    got = results(out)
    assert ("Kara Voss", "Black Canyon 100K", 2026, 34, "11:20:05") in got
    assert ("Lee Dunn", "Chuckanut 50K", 2026, 40, "5:10:11") in got


def test_a_newsletter_byline_alone_on_its_line_is_the_i() -> None:
    out = facts("The Long Loop — Issue #12: Heroes\nMaren Solberg\nNov 3, 2026\n\nHi friends,\n\n"
                "I ran my first 100-miler at Umstead in 2021, and it took me 27:44:10 to get around. "
                "Dora Lindqvist won Umstead in 1996 in 18:59:40. It was a women's course record.\n\n"
                "This spring I finished the Georgia Death Race in 14 hours and 30 minutes, a personal record of a kind. "
                "I'm entered in the Crawley 6 Hour in the new year.", "2026-11-03")
    got = results(out)
    assert ("Maren Solberg", "Umstead 100", 2021, None, "27:44:10") in got
    assert ("Maren Solberg", "Georgia Death Race", 2026, None, "14:30:00") in got
    assert {(r["athlete"], r["race_or_route"]) for r in out["records"]} == {("Dora Lindqvist", "Umstead 100")}


def test_a_preview_entry_described_under_its_name_heading() -> None:
    out = facts("Comrades Marathon 2026 Preview\n\nThe women\nNadia Okafor (Great Britain)\nThe Manchester-based "
                "physiotherapist was second in 2025 in 6:15:02. She won the Comrades-qualifying Loskop Marathon in "
                "February in 3:20:55.", "2026-06-05")
    got = results(out)
    assert ("Nadia Okafor", "Comrades Marathon", 2025, 2, "6:15:02") in got
    assert ("Nadia Okafor", "Loskop Marathon", 2026, 1, "3:20:55") in got


def test_a_shoe_named_after_a_race_and_a_race_trail_are_no_races() -> None:
    out = facts("Altra Mont Blanc Carbon 2 Review\n\nKara Voss trains on the Western States trail in the Hoka Speedgoat 6. "
                "She won the Canyons 100K in 10:01:12.", "2026-05-01")
    assert out["races"] == ["Canyons 100K"]


def test_headline_words_before_a_known_race_are_no_part_of_its_name() -> None:
    out = facts("Jared Ames Post-2026 Cocodona 250 Interview\n\nJared Ames won the 2026 Cocodona 250 in 59:31:07.", "2026-05-11")
    assert out["races"] == ["Cocodona 250"]


def test_an_events_races_go_by_their_short_names_in_a_piece_on_the_event() -> None:
    from facts_support import records
    text = ("Pikes Peak Marathon 2025: Two Races, One Mountain\n\n"
            "Ellis Varga won the Pikes Peak Marathon in 3:28:40 on Sunday. "
            "A day earlier, Mina Cole won the women's Ascent in 2:25:11, lowering the course record of 2:26:30 set by Jo Brandt in 2019.\n\n"
            "Men's Ascent\n\n"
            "The men's Ascent went to Tariq Bello in 2:12:05.\n")
    out = facts(text, "2025-08-20")
    got = results(out)
    assert ("Mina Cole", "Pikes Peak Ascent", 2025, 1, "2:25:11") in got
    assert ("Tariq Bello", "Pikes Peak Ascent", 2025, 1, "2:12:05") in got
    assert ("Ellis Varga", "Pikes Peak Marathon", 2025, 1, "3:28:40") in got
    assert ("course record", "Pikes Peak Ascent", "Jo Brandt", "2:26:30") in records(out)
    # a piece that names none of the event's races: "Ascent" is only a word
    other = facts("Ruth Ames won the Ascent in 1:02:11, a hill climb near her home.", "2025-08-20")
    assert "Pikes Peak Ascent" not in other["races"]


def test_title_words_are_no_race_names() -> None:
    # a title's words run into a known race's name, an explainer's "About The 100K", a headline verb
    text = ("Hardrock Records: All You Should Know About The 100K Loop And Its History\n\n"
            "Related: Maya Dorn Pre-2025 Lavaredo Ultra Trail Interview\n\n"
            "Round-Up: Okoro Outlasts Backyard Field In Ohio\n\n"
            "Maya Dorn won the 2025 Lavaredo Ultra Trail in 13:02:44.")
    assert facts(text, "2025-06-30")["races"] == ["Hardrock 100", "Lavaredo Ultra Trail"]


def test_the_worlds_oldest_ultramarathon_is_comrades() -> None:
    text = ("How Lindi Moyo Won the World's Oldest Ultramarathon\n\n"
            "Lindi Moyo crossed the line in Durban in 5:49:30 on Sunday to win the world's oldest ultramarathon.")
    out = facts(text, "2025-06-10")
    assert out["races"] == ["Comrades Marathon"]
    assert ("Lindi Moyo", "Comrades Marathon", 2025, 1, "5:49:30") in results(out)


def test_a_comparison_year_and_an_age_group_place_in_a_testers_report() -> None:
    out = facts("Sam Rowe won the Way Too Cool 50K in 3:40:00. At the Canyons 100K Sam Rowe finished in 11:42:10, "
                "27th overall and third in his 40-44 age group, about 20 minutes faster than he ran there in 2024. "
                "His marathon PR is 2:41.", "2026-04-22")
    got = results(out)
    assert ("Sam Rowe", "Canyons 100K", 2026, 3, "11:42:10") in got
    assert not any(r["time"] == "2:41:00" for r in out["results"])


def test_followed_that_with_a_win_elsewhere_is_another_race() -> None:
    out = facts("Comrades Marathon 2026 Preview\n\nThe men\nSipho Dube (South Africa)\nDube won the last up run, in 2025, "
                "in 5:29:47, and followed that with a win at the Two Oceans Ultra Marathon in April.", "2026-06-05")
    got = results(out)
    assert ("Sipho Dube", "Comrades Marathon", 2025, 1, "5:29:47") in got
    assert not any(r["race"] == "Two Oceans Marathon" and r["time"] == "5:29:47" for r in out["results"])


def test_runner_up_a_margin_back_in_a_time() -> None:
    out = facts("Tendai Moyo was runner-up to Sipho Dube at the Comrades Marathon last year, just 49 seconds back in 5:30:36.",
                "2026-06-05")
    assert ("Tendai Moyo", "Comrades Marathon", 2025, 2, "5:30:36") in results(out)


def test_a_relative_clause_after_a_name_in_brackets_is_about_that_name() -> None:
    out = facts("Emma Lind won the Spartathlon last year in 26:41:10. Her biggest challenge should come from Hiroko Sato "
                "(Japan), who set a Japanese 24-hour record of 255.4 km last year and was runner-up at the Spartathlon in "
                "2024 in 27:05:38.", "2026-09-22")
    assert ("Hiroko Sato", "Spartathlon", 2024, 2, "27:05:38") in results(out)
    assert not any(r["athlete"] == "Emma Lind" and r["year"] == 2024 for r in out["results"])


def test_a_course_record_of_t_after_a_win_in_a_relative_clause() -> None:
    out = facts("Rob Kerr first ran the Western States 100 in 2013. He finished runner-up in 15:22:33, five minutes behind "
                "Tim Olsen, who had won the year before in a course record of 14:46:44.", "2024-06-01")
    assert {(r["athlete"], r["time"]) for r in out["records"]} == {("Tim Olsen", "14:46:44")}


def test_holding_off_a_runner_by_seconds_makes_them_second() -> None:
    out = facts("Ethiopia's Abel Tesfaye won the Berlin Marathon on Sunday in 2:03:11, holding off Kenya's Brian Kibet by "
                "six seconds in a sprint. Ana Holt won the Leadville 100 in 19:01:00, holding off a late charge from Mia Lund.",
                "2026-09-28")
    got = results(out)
    assert ("Brian Kibet", "Berlin Marathon", 2026, 2, None) in got
    assert not any(r["athlete"] == "Mia Lund" for r in out["results"])


def test_a_season_review_out_the_next_january_dates_its_undated_results_by_the_season() -> None:
    text = ("The Year in Ultras: Our Picks for 2031\n\n"
            "Tomas Ferreira won the Badger Ridge 100 in 16:40:12 and was third at the Cascade Crest 100. "
            "In December he won the Rio Verde 50K in 3:58:40.")
    out = facts(text, "2032-01-18")
    assert ("Tomas Ferreira", "Badger Ridge 100", 2031, 1, "16:40:12") in results(out)
    assert ("Tomas Ferreira", "Rio Verde 50K", 2031, 1, "3:58:40") in results(out)
    # the same paragraph in a piece whose headline is about this year is this year's
    out = facts(text.replace("Picks for 2031", "Picks So Far"), "2032-06-18")
    assert ("Tomas Ferreira", "Badger Ridge 100", 2032, 1, "16:40:12") in results(out)


def test_a_place_in_an_awards_vote_is_no_race_result() -> None:
    out = facts("Runner of the Year 2031\n\nRosa Lindqvist, who finished fourth in the women's voting, "
                "won the Iron Hollow 100 in 20:01:00. Pavel Kurz was second in the men's balloting. "
                "He won the Saltmarsh 50K in 3:30:10.", "2032-01-20")
    assert results(out) == {("Rosa Lindqvist", "Iron Hollow 100", 2031, 1, "20:01:00"),
                            ("Pavel Kurz", "Saltmarsh 50K", 2031, 1, "3:30:10")}


def test_a_pronoun_in_a_previews_runner_item_is_that_runners() -> None:
    text = ("Granite Peak 100 Preview\n\n"
            "Men's Race\n\n"
            "Tobias Lenz (Austria) — The defending champion won the Granite Peak 100 last year in 21:10:05. "
            "Lenz is fit, Lenz is rested, and Lenz has a new coach.\n\n"
            "Aurel Ruiz (Spain) — The veteran is back at 44. He was sixth here in 2027.")
    out = facts(text, "2031-07-01")
    assert ("Aurel Ruiz", "Granite Peak 100", 2027, 6, None) in results(out)
    assert not any(r["athlete"] == "Tobias Lenz" and r["place"] == 6 for r in out["results"])
