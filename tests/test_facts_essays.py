"""Essays, profiles and encyclopedia-style biographies: headline capitals, career tables,
fixed-time marks told in passing. Sentences written fresh for the tests."""

from __future__ import annotations

from facts_support import facts, results


def test_a_gerund_glued_to_a_name_by_headline_capitals_is_dropped() -> None:
    out = facts("What I Learned Watching Ida Nilsen Never Slow Down\n\n"
                "Ida Nilsen won the Javelina Jundred in 2019 in 15:02:11. Nilsen is still racing.", None)
    assert out["athletes"] == ["Ida Nilsen"]
    assert ("Ida Nilsen", "Javelina Jundred", 2019, 1, "15:02:11") in results(out)


def test_a_headline_verb_after_a_surname_is_no_name() -> None:
    out = facts("Borg Wins at Home, Lindqvist Lowers the Women's Mark\n\n"
                "Erik Borg won the Lake Sonoma 50 on Saturday in 6:12:40. Maja Lindqvist lowers nothing; "
                "she won the women's race in 7:01:09, a course record.", "2025-04-14")
    assert "Lindqvist Lowers" not in out["athletes"]
    assert {"Erik Borg", "Maja Lindqvist"} <= set(out["athletes"])


def test_a_distance_in_24_hours_is_a_fixed_time_mark_not_a_finish_time() -> None:
    out = facts("Rosa Ibarra ran the Desert Solstice in December 2021. She covered 160.2 miles in 24 hours, "
                "which was a national record.", None)
    assert ("Rosa Ibarra", "Desert Solstice", 2021, None, None) in results(out)
    assert {(r["race_or_route"], r["time"]) for r in out["records"]} == {("24 hours", None)}


def test_six_days_is_the_format_of_a_six_day_record() -> None:
    out = facts("At a track in Hungary in 2022, Rosa Ibarra covered 540.1 miles in six days, a world record for the format.", None)
    assert [(r["race_or_route"], r["time"], r["type"]) for r in out["records"]] == [("6 days", None, "world record")]
    assert not any(r["time"] for r in out["results"])


def records(out: dict) -> set[tuple]:
    return {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"], r["previous_holder"]) for r in out["records"]}


def test_a_record_history_passes_the_mark_from_runner_to_runner() -> None:
    out = facts("World records, explained\n\n50 miles\n\n"
                "The men's 50-mile world record is an old one. Dan Pruett ran 4:52:10 on a lakefront loop in 1981, "
                "and it survived for almost four decades. It fell in 2019, when Joe Harlan ran 4:50:30 near Sacramento.\n\n"
                "For women, Ida Marsh's 5:41:02 from 1990 stood until Lea Brandt ran 5:33:40 in 2018.", "2024-01-15")
    got = records(out)
    assert ("world record", "50 miles", "Dan Pruett", "4:52:10", 1981, None) in got
    assert ("world record", "50 miles", "Joe Harlan", "4:50:30", 2019, "Dan Pruett") in got
    assert ("world record", "50 miles", "Ida Marsh", "5:41:02", 1990, None) in got
    assert ("world record", "50 miles", "Lea Brandt", "5:33:40", 2018, "Ida Marsh") in got


def test_a_fixed_time_record_moved_twice_by_one_runner() -> None:
    out = facts("Women's world records at fixed times\n\n24 hours\n\n"
                "The women's 24-hour world record has moved often. Mei Tanabe of Japan set 255.3 km in 2011. "
                "Rosa Ibarra moved it to 262.2 km in December 2018 and then to 270.1 km in 2019.", "2024-01-15")
    got = {(r["race_or_route"], r["athlete"], r["year"]) for r in out["records"]}
    assert {("24 hours", "Mei Tanabe", 2011), ("24 hours", "Rosa Ibarra", 2018), ("24 hours", "Rosa Ibarra", 2019)} <= got


def test_a_month_in_a_dated_biography_paragraph_is_that_years() -> None:
    out = facts("Ida Nilsen\n\n2017. The year made her name. At the Moab 240 in October she won outright in "
                "2 days, 9 hours and 59 minutes.", "2024-02-10")
    assert ("Ida Nilsen", "Moab 240", 2017, 1, "57:59:00") in results(out)


def test_that_december_is_the_paragraphs_year() -> None:
    out = facts("Ida Nilsen ran the Boston Marathon in 2023 in 2:31:48. Her best came at the California "
                "International Marathon that December, when she finished ninth in 2:29:58.", "2026-05-12")
    assert ("Ida Nilsen", "California International Marathon", 2023, 9, "2:29:58") in results(out)


def test_a_career_table_line_is_the_profiles_subjects_result() -> None:
    out = facts("Ida Nilsen is a Norwegian ultrarunner. Nilsen grew up in Bergen. Nilsen taught school.\n\n"
                "Results\n\n2017 – Moab 240 – 1st – 57:59:00\n2018 – Big's Backyard Ultra – 2nd – 67 yards", "2025-10-27")
    assert ("Ida Nilsen", "Moab 240", 2017, 1, "57:59:00") in results(out)
    assert ("Ida Nilsen", "Big's Backyard Ultra", 2018, 2, None) in results(out)


def test_wins_over_a_range_of_editions() -> None:
    out = facts("Scott Lund won the Spartathlon three years in a row, from 2006 to 2008.", None)
    assert results(out) == {("Scott Lund", "Spartathlon", y, 1, None) for y in (2006, 2007, 2008)}


def test_lines_of_a_winners_list_are_wins() -> None:
    out = facts("Tres Rios 100\n\nThe Tres Rios 100 is a trail race in New Mexico.\n\nWinners\n\n"
                "2009: Eli Montoya (USA) 26:41:05; Carla Benavidez (USA) 30:12:48\n"
                "2010: Eli Montoya (USA) 25:02:37; Renee Salazar (USA) 29:40:15", None)
    got = results(out)
    assert {("Eli Montoya", "Tres Rios 100", 2009, 1, "26:41:05"), ("Carla Benavidez", "Tres Rios 100", 2009, 1, "30:12:48"),
            ("Renee Salazar", "Tres Rios 100", 2010, 1, "29:40:15")} <= got


def test_last_october_told_earlier_in_the_sentence_dates_the_win() -> None:
    out = facts("Mateo Ruiz is a Mexican runner. His 100-mile debut came at the Javelina Jundred last October, and he won it in 12:31:48.",
                "2026-01-14")
    assert any(r["race"] == "Javelina Jundred" and r["year"] == 2025 and r["place"] == 1 for r in out["results"])


def test_a_record_named_without_its_route_is_the_paragraphs_route() -> None:
    out = facts("Isla Fen set a new women's record for the Bob Graham Round on Saturday, in 14hr 02min 18sec. "
                "That took 31min 42sec off the 14hr 34min set by Beth Pask in 2020.", "2026-06-15")
    got = {(r["athlete"], r["race_or_route"], r["time"]) for r in out["records"]}
    assert ("Beth Pask", "Bob Graham Round", "14:34:00") in got
    assert not any(r["race"] for r in out["results"] if r["athlete"] == "Beth Pask")


def test_a_standing_record_told_with_its_time_and_holder() -> None:
    out = facts("Rosa Reyes won the Hardrock 100 in 25:58:06. That is 16 minutes faster than the women's course record "
                "Courtney Dauwalter set on the clockwise loop in 2022, 26:14:12, a mark many assumed would stand.\n\n"
                "It was not a record at Western States — Jim Walmsley's 14:09:28 from 2019 remains untouched.", "2026-07-15")
    got = {(r["athlete"], r["race_or_route"], r["year"], r["time"]) for r in out["records"]}
    assert {("Courtney Dauwalter", "Hardrock 100", 2022, "26:14:12"), ("Jim Walmsley", "Western States 100", 2019, "14:09:28")} <= got


def test_a_numbered_title_in_a_year_and_nobody_faster_is_a_record() -> None:
    out = facts("Bruce Ford won the Comrades Marathon many times. His sixth title, in 1986, came on the down run, and "
                "he ran it in 5:24:07. Nobody had ever been faster in that direction.", "2020-06-14")
    assert results(out) == {("Bruce Ford", "Comrades Marathon", 1986, 1, "5:24:07")}
    assert [(r["type"], r["year"], r["time"]) for r in out["records"]] == [("course record", 1986, "5:24:07")]


def test_a_bare_race_name_without_its_generic_word_and_by_year_openers() -> None:
    out = facts("Gerda Stein first ran Comrades in 2015. By 2017 she was on the podium, third behind the American "
                "Camille Heron, who won that year's up run. That took 9:07 off nothing.", "2025-06-17")
    got = results(out)
    assert ("Gerda Stein", "Comrades Marathon", 2017, 3, None) in got
    assert ("Camille Heron", "Comrades Marathon", 2017, 1, None) in got
    assert not any(r["time"] == "9:07:00" for r in out["results"])


def test_that_course_record_survived_refers_to_the_run_just_told() -> None:
    out = facts("Yannis Kouri won the Spartathlon in 1984. The course record is the thing people remember. "
                "That year he ran 20:25:00 from Athens to Sparta. That course record survived for 39 years, until "
                "Fotis Zisi ran 19:55:09 in 2023.", None)
    got = {(r["athlete"], r["race_or_route"], r["time"], r["previous_holder"]) for r in out["records"]}
    assert ("Yannis Kouri", "Spartathlon", "20:25:00", None) in got
    assert ("Fotis Zisi", "Spartathlon", "19:55:09", "Yannis Kouri") in got


def test_a_course_record_chain_after_an_fkt_paragraph_takes_the_race() -> None:
    out = facts("Ida Lund set the FKT on the Colorado Trail in 2019.\n\n"
                "Ann Trayson won the Western States 100 in 1994 in 17:37:51. "
                "That course record then lasted until 2012, when Ellie Green won the Western States 100 in 16:47:19.", None)
    got = {(r["athlete"], r["race_or_route"], r["type"]) for r in out["records"]}
    assert ("Ellie Green", "Western States 100", "course record") in got


def test_a_race_named_in_a_title_is_not_the_record_s_race() -> None:
    out = facts("A history of the Badwater 135 record\n\nThe early years\n\n"
                "Ruth Calder won the Badwater 135 in 2010 in 26:40:11, a course record.\n\nThe Varga years\n\n"
                "Then came Noel Varga, already a four-time winner of the Leadville 100, to the desert. "
                "In 2012 he ran 25:12:40, taking 28 minutes off Calder's mark.", None)
    got = {(r["athlete"], r["race_or_route"]) for r in out["records"]}
    assert ("Noel Varga", "Badwater 135") in got
    assert not any(r["race_or_route"] == "Leadville 100" for r in out["records"])


def test_a_world_best_is_over_the_distance_its_time_is_for() -> None:
    out = facts("Petra Lind won the Comrades Marathon twice. In 1987, on a park loop in Boston, she ran 50 miles "
                "in 5:38:10, a world best. At a 12-hour track race in 1990 she passed 100 miles in 13:51:02, "
                "which was also a world record.", None)
    got = {(r["type"], r["race_or_route"], r["athlete"], r["time"]) for r in out["records"]}
    assert ("world record", "50 miles", "Petra Lind", "5:38:10") in got
    assert ("world record", "100 miles", "Petra Lind", "13:51:02") in got
    assert not any(r["race_or_route"] == "Comrades Marathon" for r in out["records"])


def test_earlier_that_spring_opening_a_paragraph_is_the_year_just_told() -> None:
    out = facts("Rita Vale had a big year in 2019. In June Rita Vale won the Comrades Marathon in 6:10:00.\n\n"
                "Earlier that spring she won the Two Oceans Marathon as well.", "2025-03-01")
    assert ("Rita Vale", "Two Oceans Marathon", 2019, 1, None) in results(out)


def test_that_month_opening_a_sentence_is_the_paragraphs_year() -> None:
    out = facts("Nils Aune moved to San Francisco in 2013. That December he won the North Face Endurance Challenge 50 Mile.",
                "2019-03-12")
    assert ("Nils Aune", "The North Face Endurance Challenge 50", 2013, 1, None) in results(out)


def test_an_fkt_is_on_the_piece_s_route_not_at_its_race() -> None:
    out = facts("Ninety-nine seconds\n\nMaud Kerr won the Barkley Marathons in March. Before that she was a fell runner. "
                "In 2015 she set a women's record on the Bob Graham Round in 15:40. "
                "The women's record moved on: Tess Orme ran 14:50 in 2019, a mark that finally retired Kerr's 15:40.", None)
    got = {(r["type"], r["race_or_route"], r["athlete"]) for r in out["records"]}
    assert ("FKT", "Bob Graham Round", "Tess Orme") in got
    assert not any(r["type"] == "FKT" and r["race_or_route"] == "Barkley Marathons" for r in out["records"])


def test_a_fixed_time_event_s_record_in_a_world_records_piece_is_over_its_duration() -> None:
    out = facts("World records, explained\n\n48 hours\n\nThe men's 48-hour world record is Ken Sato's 470.1 km from 1995.\n\n"
                "Six days\n\nThe six-day race is the oldest form of ultrarunning. The modern record is Tom Ruhl's 1,010.2 km, "
                "set at the Colac Six Day Race in 2004. The women's record, 870.4 km, was set by Ines Farr of "
                "Canada at Campbelltown in 1991 and still stands.", None)
    got = {(r["type"], r["race_or_route"], r["athlete"]) for r in out["records"]}
    assert ("world record", "6 days", "Ines Farr") in got


def test_a_route_record_that_stood_until_a_year_when_another_runner_went_round() -> None:
    out = facts("Route records\n\nTahoe Rim Trail\n\nThe lake loop is the most popular FKT in the region. "
                "Marco Veil's 38:12 from 2014 stood until 2019, when Hanna Stroud went through in 35:40, more than two hours faster.\n\n"
                "Colorado Trail\n\nThe long route also has a record chain. Dana Holm ran 8 days, 2 hours and 10 minutes in 2016, "
                "a time that seemed safe until Rui Costa ran 7 days, 20 hours and 5 minutes in 2020.", "2024-01-15")
    got = records(out)
    assert ("FKT", "Tahoe Rim Trail", "Marco Veil", "38:12:00", 2014, None) in got
    assert ("FKT", "Tahoe Rim Trail", "Hanna Stroud", "35:40:00", 2019, "Marco Veil") in got
    assert ("FKT", "Colorado Trail", "Dana Holm", "194:10:00", 2016, None) in got
    assert ("FKT", "Colorado Trail", "Rui Costa", "188:05:00", 2020, "Dana Holm") in got


def test_a_supported_mark_set_then_brought_down_and_the_year_it_was_set() -> None:
    out = facts("Long Trail\n\nThe Vermont trail has a long record chain. Ana Birch set the supported mark in 2012 with "
                "4 days, 10 hours and 5 minutes. Three years later Tom Reyes brought it down to 4 days, 3 hours and 30 minutes.\n\n"
                "Pacific Crest Trail\n\nThe supported FKT moved too. Lars Moe set it in 2015 at 55 days, 2 hours and 1 minute, "
                "and it held until 2020, when Ida Kern, a three-time winner of Hardrock in 2010 and 2011, reached the Canadian border in 54 days, 1 hour and 9 minutes.",
                "2024-01-15")
    got = records(out)
    assert ("FKT", "Long Trail", "Ana Birch", "106:05:00", 2012, None) in got
    assert any(r[2] == "Tom Reyes" and r[3] == "99:30:00" for r in got)
    assert ("FKT", "Pacific Crest Trail", "Lars Moe", "1322:01:00", 2015, None) in got
    assert ("FKT", "Pacific Crest Trail", "Ida Kern", "1297:09:00", 2020, "Lars Moe") in got


def test_a_time_set_by_the_old_holder_is_not_the_new_runners() -> None:
    out = facts("Sato breaks 100km world record\n\nTokyo - Japan's Ken Sato broke the 100 km world record on Sunday, "
                "clocking 6:04:10.\n\nThe time took 40 seconds off the previous mark of 6:04:50 set by Kenya's Paul Rono in 2022.\n\n"
                "The women's record has a history too. The overall record is still Mia Holt's 7:02:11 from 2019. "
                "Holt took 9 minutes off Ana Ruiz's 7:11:40 from 2015, which in turn had ended the long reign of Eva Lind, whose 7:20:05 in 1994 was famous.",
                "2024-06-02")
    got = records(out)
    assert not any(r[2] == "Ken Sato" and r[3] == "6:04:50" for r in got)
    assert ("world record", "100 km", "Paul Rono", "6:04:50", 2022, None) in got
    assert not any(r[2] == "Mia Holt" and r[3] == "7:20:05" for r in got)


def test_a_runner_lowering_her_own_mark_and_a_holder_broken_after_the_name() -> None:
    out = facts("Track nights\n\nIn March 2016 Lena Orr ran 100 miles in 12:58:10 at a track meet, an American record. "
                "A year later she came back and lowered her own 100-mile mark to 12:49:30.\n\n"
                "The trail\n\nIn November 2019 Orr went to the Tunnel Hill 100 and won it in 12:41:00. "
                "The previous world best, 12:45:02, had belonged to the Briton Ruth Gale since 2005, and Orr took four minutes off it.",
                "2020-05-01")
    got = records(out)
    assert ("national record", "100 miles", "Lena Orr", "12:49:30", 2017, "Lena Orr") in got
    assert ("world record", "100 miles", "Ruth Gale", "12:45:02", 2005, None) in got
    assert any(r[0] == "world record" and r[2] == "Lena Orr" and r[3] == "12:41:00" and r[5] == "Ruth Gale" for r in got)


def test_breaking_another_runners_bests_names_the_old_holder_not_the_new_one() -> None:
    out = facts("World records\n\nIn 2020 Pavel Novak, the Czech who has run most of the long track marks, ran a 12-hour race "
                "and passed 100 miles in 11:16:40, breaking both of Tim Hale's world bests on the same day.", "2021-01-10")
    got = records(out)
    assert ("world record", "100 miles", "Pavel Novak", "11:16:40", 2020, "Tim Hale") in got
    assert not any(r[2] == "Tim Hale" and r[3] == "11:16:40" for r in got)



def test_a_route_record_moved_on_by_a_run_hours_faster_later_in_its_section() -> None:
    out = facts("Routes I love\n\nThe Long Trail\n\nIt runs the length of Vermont, about 272 miles of mud and roots. "
                "The supported record has a history.\n\nIt is a hard trail to run fast. Nobody goes there for the views.\n\n"
                "Hikers mostly take a month. The shelters are basic.\n\n"
                "Ana Birch set the mark at 4 days, 10 hours and 5 minutes in 2012. Then in 2016 Tom Reyes went north in "
                "4 days, 3 hours and 30 minutes, more than six hours faster. In 2019 Eva Lind ran 3 days, 22 hours and 2 minutes, "
                "an improvement of five hours.", "2021-01-10")
    got = records(out)
    assert any(r[:5] == ("FKT", "Long Trail", "Tom Reyes", "99:30:00", 2016) for r in got)
    assert ("FKT", "Long Trail", "Eva Lind", "94:02:00", 2019, "Tom Reyes") in got


def test_world_records_explained_by_distance_with_the_race_they_were_run_at() -> None:
    out = facts("World records, explained\n\nUltra world records come in two kinds, times and distances.\n\n100 km\n\nThe women's 100 km record is the oldest here: Ana Sato's 6:40:12, "
                "also run at Lake Saroma, in 2001.\n\n100 miles\n\nAt a 12-hour race in Turin in 2021 Marco Bell passed 100 miles "
                "in 11:02:10, a world best by almost ten minutes over Ivo Lind's 11:11:50, run at the Six Days in the Dome event in 2018.\n\n"
                "48 hours\n\nThe women's best belongs to Eva Moss, who ran 421.5 km in 2022, taking the record from Rui Tanaka, "
                "whose 380.25 km had stood since 2009.\n\nSix days\n\nThe modern record is Pavel Ruud's 1,001.5 km, set at the "
                "Colac Six Day Race in 2004.", "2024-01-10")
    got = records(out)
    assert ("world record", "100 km", "Ana Sato", "6:40:12", 2001, None) in got
    assert any(r[:5] == ("world record", "100 miles", "Marco Bell", "11:02:10", 2021) and r[5] == "Ivo Lind" for r in got)
    assert any(r[:5] == ("world record", "48 hours", "Eva Moss", None, 2022) for r in got)
    assert any(r[:5] == ("world record", "48 hours", "Rui Tanaka", None, 2009) for r in got)
    assert any(r[:5] == ("world record", "6 days", "Pavel Ruud", None, 2004) for r in got)
    assert not any(r[0] == "course record" for r in got)
    assert ("Ana Sato", "Lake Saroma 100K", 2001, None, "6:40:12") in results(out)


def test_a_year_written_without_its_century() -> None:
    got = results(facts("Ruth Olsen won the Pine Flats 50 in '91. She won the Pine Flats 50 again in '04.", "2025-05-04"))
    assert got == {("Ruth Olsen", "Pine Flats 50", 1991, 1, None), ("Ruth Olsen", "Pine Flats 50", 2004, 1, None)}


def test_a_numbered_section_heading_names_the_race_of_its_section() -> None:
    out = facts("Ida Holm: a life in the hills\n\nI. The Barkley\n\nHolm finished the Barkley Marathons in 2023 in 59:10:02.\n\n"
                "II. The Spine\n\nIn January 2025 she started the Montane Spine Race in deep snow.\n\n"
                "Nobody expected much. She won the race outright in 90:01:12, beating the course record that Pia Lund had set "
                "in 2019, 95:40, by five hours.\n\nShe has been setting records in the hills for years, often in races nobody watched.",
                "2025-03-01")
    got = records(out)
    assert ("course record", "Spine Race", "Ida Holm", "90:01:12", 2025, "Pia Lund") in got
    assert ("course record", "Spine Race", "Pia Lund", "95:40:00", 2019, None) in got
    assert not any(r[1] == "Barkley Marathons" for r in got)
    assert len([r for r in got if r[2] == "Ida Holm"]) == 1  # "has been setting records for years" is no record


def test_a_base_form_headline_verb_after_a_surname_is_no_name() -> None:
    out = facts("Across the Years: Moreau and Halvorsen Lead a Record New Year in Phoenix\n\n"
                "The 24-hour race started at 9 a.m. on Saturday. France's Claire Moreau won the 24-hour race with 148.2 miles, "
                "a course record. Norway's Anders Halvorsen won the men's race with 160.4 miles.", "2026-01-03")
    assert sorted(out["athletes"]) == ["Anders Halvorsen", "Claire Moreau"]


def test_a_national_record_named_by_its_fixed_time_is_over_that_time_not_the_race() -> None:
    out = facts("Orla Brady won the 48-hour race at Across the Years with 231.4 miles, a new Irish women's 48-hour record. "
                "A month later Ilona Kertesz covered 512.4 miles at a track meet, a new Hungarian women's six-day record.", "2026-02-10")
    got = {(r["type"], r["race_or_route"], r["athlete"]) for r in out["records"]}
    assert got == {("national record", "48 hours", "Orla Brady"), ("national record", "6 days", "Ilona Kertesz")}


def test_a_sub_heading_that_opens_with_a_year_dates_its_section() -> None:
    out = facts("Fifty Years of the Brackenfell 50\nHow a village dare became a classic, edition by edition.\n"
                "1977: Mud and moonlight\n"
                "Only nine runners finished. Harold Quayle was first home in 9:02:11, and Bernard Ogle was second in 9:40:05.\n"
                "1989: The women arrive\n"
                "Greta Ainslie came fourth overall in 8:12:40.", "2027-03-02")
    got = results(out)
    assert ("Harold Quayle", "Brackenfell 50", 1977, 1, "9:02:11") in got
    assert ("Bernard Ogle", "Brackenfell 50", 1977, 2, "9:40:05") in got
    assert ("Greta Ainslie", "Brackenfell 50", 1989, 4, "8:12:40") in got


def test_a_sentence_opening_on_the_winner_names_the_winner_after_the_verb() -> None:
    out = facts("The Brackenfell 50 was first run in 1977. The winner of that first edition was Harold Quayle, "
                "a shepherd from Alston, who took 9:02:11. The Brackenfell 50 returned in 1990. "
                "The winner that year was Yorkshire's Elsie Marwood in 8:21:30. The winner was never in doubt.", "2027-03-02")
    got = results(out)
    assert ("Harold Quayle", "Brackenfell 50", 1977, 1, "9:02:11") in got
    assert ("Elsie Marwood", "Brackenfell 50", 1990, 1, "8:21:30") in got


def test_the_year_of_the_old_mark_a_runner_s_time_came_from_does_not_date_the_win() -> None:
    out = facts("The Brackenfell 50 has a long history. The 1993 edition was the fastest yet. Owen Pryce won in 6:41:20, "
                "a record that took 9:05 off Tegwen Hale's time from 1988. Hale held on for second in 6:50:02.", "2027-03-02")
    got = results(out)
    assert ("Owen Pryce", "Brackenfell 50", 1993, 1, "6:41:20") in got
    assert ("Tegwen Hale", "Brackenfell 50", 1993, 2, "6:50:02") in got


def test_a_time_that_stood_as_the_course_record_was_a_record() -> None:
    out = facts("Elin Dahl is a Swedish mountain runner. She won the Glen Coe Skyline in 2016 in 7:51:40, which stood as "
                "the women's course record for three years. She went back to the Brackenfell 50 in 2014 and came third "
                "overall in 8:02:17, and for a decade that stood as the women's course record.", "2026-05-01")
    assert records(out) == {("course record", "Glen Coe Skyline", "Elin Dahl", "7:51:40", 2016, None),
                            ("course record", "Brackenfell 50", "Elin Dahl", "8:02:17", 2014, None)}


def test_the_romsdalseggen_race_is_known_by_its_short_name() -> None:
    out = facts("Ingrid Vold won Romsdalseggen in 2021 and was second at the Tromsø Skyrace a month later.", "2025-01-01")
    assert ("Ingrid Vold", "Romsdalseggen Løpet", 2021, 1, None) in results(out)


def test_the_year_after_counts_from_the_year_just_told() -> None:
    out = facts("Nora Quist was a librarian from Hull. In 1979 she ran 12th at the Comrades Marathon. "
                "The year after, she won the London to Brighton in 8:04:12.", "2026-01-01")
    assert ("Nora Quist", "London to Brighton", 1980, 1, "8:04:12") in results(out)


def test_a_finish_time_set_off_by_a_dash_after_the_win_is_the_wins() -> None:
    out = facts("Ane Etxeberria is a Basque runner. Last month, at the Transvulcania, she won again – 7:58:11, "
                "grinning at every aid station.", "2026-06-02")
    assert ("Ane Etxeberria", "Transvulcania", 2026, 1, "7:58:11") in results(out)


def test_the_old_record_told_before_its_holder_who_had_set_it_in_a_year() -> None:
    out = facts("Ane Etxeberria won the Lavaredo Ultra Trail in 2024 in 13:01:09, a course record. "
                "The previous record, 13:20:44, belonged to the Austrian Lena Maier, who had set it in 2018.", "2026-06-02")
    assert ("Lena Maier", "Lavaredo Ultra Trail", 2018, None, "13:20:44") in results(out)


def test_a_past_perfect_aside_does_not_redate_the_paragraph() -> None:
    out = facts("Piet Botha ran his first Comrades Marathon in 1975.\n\n"
                "By 1983 he was a contender. Jan Claassen had won the race in 1979, 1980 and 1981, and nobody expected "
                "him to lose. That June Claassen held on for another title. Botha came in second, four minutes down.", "2026-01-01")
    assert ("Piet Botha", "Comrades Marathon", 1983, 2, None) in results(out)


def test_a_paragraph_opening_on_the_same_race_keeps_its_year() -> None:
    out = facts("Piet Botha ran his first Comrades Marathon in 1975.\n\n"
                "In 1986 Botha did not start. Koos Meyer won instead.\n\n"
                "Further back in that same race, Annelie Roux ran 6:01:12 and was first woman by half an hour.", "2026-01-01")
    assert ("Annelie Roux", "Comrades Marathon", 1986, 1, "6:01:12") in results(out)


def test_taking_a_runners_record_by_a_margin_sets_the_record() -> None:
    out = facts("The Brackenfell 50 began in 1977. In 2001 Tegwen Hale won in 6:50:02, a course record.\n\n"
                "Owen Pryce lined up in 2018. He won in 6:41:20, taking Hale's record by 8:42.", "2026-01-01")
    assert ("course record", "Brackenfell 50", "Owen Pryce", "6:41:20", 2018, "Tegwen Hale") in records(out)


def test_a_count_of_wins_smaller_than_the_span_is_not_a_win_every_year() -> None:
    out = facts("Tegwen Hale won the Brackenfell 50 four times in five years between 2001 and 2005.", "2026-01-01")
    assert not out["results"]


def test_a_record_a_runner_had_set_with_a_time_told_after() -> None:
    out = facts("Elin Dahl is a Swedish runner. In 2023 she won the Glen Coe Skyline in 7:44:02, a minute outside the course "
                "record that Scotland's Fiona Baird had set in 2018 with 7:43:01.", "2026-05-01")
    assert ("course record", "Glen Coe Skyline", "Fiona Baird", "7:43:01", 2018, None) in records(out)


def test_a_return_with_a_place_at_a_race() -> None:
    out = facts("Elin Dahl is a Swedish runner. Dahl came back in 2022 with third at Zegama-Aizkorri, and in 2023 she won the Glen Coe Skyline.",
                "2026-05-01")
    assert ("Elin Dahl", "Zegama-Aizkorri Mountain Marathon", 2022, 3, None) in results(out)


def test_a_race_won_by_one_runner_and_by_another_gives_each_their_time() -> None:
    out = facts("The Brackenfell 50 is a fell race. Last year's edition was won by Cumbria's Owen Pryce in 6:41:20 "
                "and by Tegwen Hale in 7:02:55, who was ninth overall.", "2026-02-15")
    got = results(out)
    assert ("Owen Pryce", "Brackenfell 50", 2025, 1, "6:41:20") in got
    assert ("Tegwen Hale", "Brackenfell 50", 2025, 1, "7:02:55") in got


def test_a_while_inside_a_relative_aside_does_not_cut_the_runner_from_the_verb() -> None:
    out = facts("The Brackenfell 50 is a fell race. In 2014 Tegwen Hale, who was teaching in Leeds while training at night, "
                "ran 6:38:09.", "2026-02-15")
    assert ("Tegwen Hale", "Brackenfell 50", 2014, None, "6:38:09") in results(out)


def test_a_fixed_time_race_named_with_h_for_hours() -> None:
    out = facts("Ines Varela covered 231.6 km at the Lakeshore 24H in Porto last weekend and finished second woman. "
                "Tom Aalto won the Kestrel 12h with 142.0 km.", "2031-05-12")
    assert {"Lakeshore 24H", "Kestrel 12h"} <= set(out["races"])
    assert ("Ines Varela", "Lakeshore 24H", 2031, 2, None) in results(out)
    assert ("Tom Aalto", "Kestrel 12h", 2031, 1, None) in results(out)
    assert all(r["distance"] not in ("24 hours", "12 hours") for r in out["results"])


def test_the_holder_of_an_fkt_and_the_fastest_winter_round() -> None:
    from facts_support import records
    text = ("Mountain notes\n\n"
            "Sipho Dlamini (South Africa) won the Otter Trail Run in 2024. He's also the holder of the fastest known time "
            "for the Platteklip Gorge up-and-down on Table Mountain, 1:02:40, set in 2022.\n\n"
            "Closer to home, Megan Rhys went round the Ramsay Round in January in 21:40, which the club has confirmed "
            "as the fastest winter round by a woman.")
    got = records(facts(text, "2026-03-01"))
    assert ("FKT", "Platteklip Gorge up-and-down", "Sipho Dlamini", "1:02:40") in got
    assert ("FKT", "Ramsay Round", "Megan Rhys", "21:40:00") in got


def test_a_faster_run_told_right_after_a_routes_record_is_the_next_record() -> None:
    from facts_support import records
    text = ("The Ramsay Round\n\n"
            "For two decades its record belonged to Iain Munro, who ran it in 18 hours 23 minutes in 1998. "
            "Then in 2019 Ailsa Grant, the Skye hill runner, went round in 16 hours 50 minutes.")
    out = facts(text, "2026-03-01")
    assert ("FKT", "Ramsay Round", "Ailsa Grant", "16:50:00") in records(out)
    grant = next(r for r in out["records"] if r["athlete"] == "Ailsa Grant")
    assert (grant["previous_holder"], grant["previous_time"]) == ("Iain Munro", "18:23:00")
