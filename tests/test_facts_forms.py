"""Sentence forms the press uses for results and records (relative clauses, coordination,
idioms of winning, dates told elsewhere in the sentence), written fresh for the tests."""

from __future__ import annotations

from facts_support import facts, records, results


def test_relative_clause_is_about_the_person_it_hangs_on() -> None:
    out = facts("Tom Ruiz won the Leadville 100 in 17:01:10, well ahead of Pablo Mendes of Salida, "
                "who finished second in 17:40:02.", "2024-08-20")
    assert ("Pablo Mendes", "Leadville 100", 2024, 2, "17:40:02") in results(out)
    assert ("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10") in results(out)


def test_time_after_a_place_is_the_placed_runners() -> None:
    out = facts("Anna Berg won the Leadville 100 in 19:12:40. She held off Maria Holm, third in 19:55:01.", "2024-08-20")
    assert ("Maria Holm", "Leadville 100", 2024, 3, "19:55:01") in results(out)


def test_behind_the_winner_is_no_win() -> None:
    out = facts("Ola Nordby finished the Hardrock 100 in 27:10:00, two hours behind the winner.", "2024-07-15")
    assert {r["place"] for r in out["results"] if r["athlete"] == "Ola Nordby"} <= {None}


def test_won_another_event_is_not_a_win_at_the_story_race() -> None:
    out = facts("Lena Vogt ran the Hardrock 100 in 30:02:11. A year before she won the European Championships in Spain.",
                "2024-07-15")
    assert not any(r["place"] == 1 for r in out["results"])


def test_negated_auxiliary_denies_the_win() -> None:
    out = facts("Jon Aasen was second at the Javelina Jundred in 2023 and had not won a hundred before this year.",
                "2024-11-01")
    assert ("Jon Aasen", "Javelina Jundred", 2023, 2, None) in results(out)
    assert not any(r["place"] == 1 for r in out["results"])


def test_the_womens_race_belonged_to() -> None:
    out = facts("The women's race at the Hardrock 100 belonged to Ines Duarte of Porto, who was ninth overall in 22:30:05.",
                "2024-07-15")
    assert any(r["athlete"] == "Ines Duarte" and r["place"] == 1 and r["time"] == "22:30:05" for r in out["results"])


def test_took_the_race_and_ran_away_with_the_race_are_wins() -> None:
    out = facts("In 2022 Carla Weiss took the Javelina Jundred in 15:40:22. "
                "A year later, Lisa Moor ran away with the race, finishing in 15:02:09.", "2024-11-01")
    got = results(out)
    assert ("Carla Weiss", "Javelina Jundred", 2022, 1, "15:40:22") in got
    assert ("Lisa Moor", "Javelina Jundred", 2023, 1, "15:02:09") in got


def test_years_counted_back_and_until_when() -> None:
    out = facts("Nobody finished the Hardrock 100 until 1996, when Pete Lund came in third in 40:10:00. "
                "Two years earlier, Sam Orr had won it in 41:00:00.", "2024-07-15")
    got = results(out)
    assert ("Pete Lund", "Hardrock 100", 1996, 3, "40:10:00") in got
    assert ("Sam Orr", "Hardrock 100", 1994, 1, "41:00:00") in got


def test_a_title_count_is_no_place() -> None:
    out = facts("Last year Eva Lind won her fourth women's title at the Leadville 100 in 20:10:10.", "2024-08-20")
    assert ("Eva Lind", "Leadville 100", 2023, 1, "20:10:10") in results(out)


def test_first_names_ending_in_er_are_no_demonyms() -> None:
    out = facts("Jennifer Lowe Carter won the Leadville 100 in 19:02:00.", "2024-08-20")
    assert "Jennifer Lowe Carter" in out["athletes"]


def test_held_since_with_time_names_the_holder() -> None:
    out = facts("Rita Sol broke the course record at the Leadville 100, which Ana Paz had held since 2015 with 18:06:24.",
                "2024-08-20")
    assert ("Ana Paz", "Leadville 100", 2015, 1, "18:06:24") in results(out)


def test_coordinated_clause_shares_the_date() -> None:
    out = facts("Nils Berg won the men's race at the Hardrock 100 last summer in 22:40:00, "
                "and Ida Kron took the women's title in 26:50:00.", "2025-01-10")
    assert ("Ida Kron", "Hardrock 100", 2024, 1, "26:50:00") in results(out)


def test_place_at_a_dated_race_and_over_its_distance() -> None:
    out = facts("Mia Kors was fourth at the 2022 Leadville 100 in 21:03:11. This year she went further: "
                "second woman over the 100 miles of the Hardrock 100 in 28:40:00.", "2024-08-01")
    got = results(out)
    assert any(r[1] == "Leadville 100" and r[2] == 2022 and r[3] == 4 and r[4] == "21:03:11" for r in got)
    assert any(r[1] == "Hardrock 100" and r[3] == 2 and r[4] == "28:40:00" for r in got)


def test_fkt_claim_takes_the_performance_just_told() -> None:
    out = facts("The John Muir Trail\n\nIn 2019 Ada Moss ran it supported in 2 days, 21 hours and 2 minutes. "
                "The previous supported record was Joy Fenn's 3 days, 2 hours and 11 minutes from 2016, "
                "so Moss took roughly five hours off.", "2021-03-01")
    recs = {(r["athlete"], r["time"]) for r in out["records"] if r["type"] == "FKT"}
    assert ("Ada Moss", "69:02:00") in recs and ("Joy Fenn", "74:11:00") in recs


def test_fastest_anyone_had_done_it_and_taking_time_off_it() -> None:
    out = facts("The Bob Graham Round\n\nFor twenty years the fastest anyone had done it was Tom Hale's 14:02, from 1999. "
                "Then in 2019 Rui Sato came over and ran 13:31, taking half an hour off it.", "2021-03-01")
    recs = {(r["athlete"], r["race_or_route"], r["time"]) for r in out["records"] if r["type"] == "FKT"}
    assert ("Tom Hale", "Bob Graham Round", "14:02:00") in recs
    assert ("Rui Sato", "Bob Graham Round", "13:31:00") in recs


def test_distance_held_by_a_named_runner_is_the_old_record() -> None:
    out = facts("Ana Lopes ran 262.100 km on the track at the weekend, a new women's national record for 24 hours. "
                "She added 2 km to the previous best, the 260.050 km Spain's Eva Ruiz covered in 2021.", "2024-05-01")
    recs = {(r["type"], r["athlete"], r["race_or_route"]) for r in out["records"]}
    assert ("national record", "Eva Ruiz", "24 hours") in recs


def test_record_distance_and_set_it() -> None:
    out = facts("The men's 24-hour world record was never in danger. Piotr Nowak set it at 310.2 km in 2021, "
                "and nobody came close. In 1990 Ruth Lee set an American women's record for 50 miles, 6:59:10.", "2024-05-01")
    recs = {(r["type"], r["athlete"], r["race_or_route"]) for r in out["records"]}
    assert ("world record", "Piotr Nowak", "24 hours") in recs
    assert ("national record", "Ruth Lee", "50 miles") in recs


def test_the_object_of_holding_off_is_not_the_finisher() -> None:
    out = facts("Omar Haddi won the Marathon des Sables on Saturday, holding off countryman Said Rami through the "
                "final stage to finish with a cumulative time of 21:10:05.", "2024-04-20")
    assert not any(r["athlete"] == "Said Rami" and r["time"] == "21:10:05" for r in out["results"])


def test_a_title_phrase_is_not_the_paragraphs_race_and_a_possessive_win_counts() -> None:
    out = facts("The Hardrock 100 starts on Friday. Ana Ruiz, the 2022 Leadville 100 champion, arrives fit. "
                "And don't count out Jo Kim, the 2019 champion. For perspective, Eli Moreno's 23:01:10 win in 2023 was a surprise.",
                "2024-07-10")
    got = results(out)
    assert ("Jo Kim", "Hardrock 100", 2019, 1, None) in got
    assert ("Eli Moreno", "Hardrock 100", 2023, 1, "23:01:10") in got


def test_position_when_the_field_went_through_and_as_the_winner() -> None:
    out = facts("Jon Ibarra had waited years for this. On Saturday he came down the finishing straight alone, "
                "as the winner of the Leadville 100. "
                "He covered the course in 17:55:02. Ibarra was fifth when the field went through Twin Lakes.",
                "2024-08-20")
    got = results(out)
    assert ("Jon Ibarra", "Leadville 100", 2024, 1, "17:55:02") in got
    assert not any(r[3] == 5 for r in got)


def test_that_was_good_for_a_place_refers_to_the_result_just_told() -> None:
    out = facts("Ray Ortiz finished the Leadville 100 in 28 hours, 2 minutes and 5 seconds. "
                "That was good for 301st place among 640 finishers.", "2024-08-20")
    assert ("Ray Ortiz", "Leadville 100", 2024, 301, "28:02:05") in results(out)


def test_interview_i_is_the_interviewee() -> None:
    out = facts("This week we spoke with Dana Kowalski, who lives in Boulder.\n\nQ: How did your season go?\n\n"
                "A: I won the Leadville 100 in 2019 in 16:21:00. Then I was third at the Hardrock 100 in 2021.", "2024-09-01")
    got = results(out)
    assert ("Dana Kowalski", "Leadville 100", 2019, 1, "16:21:00") in got
    assert ("Dana Kowalski", "Hardrock 100", 2021, 3, None) in got


def test_diary_i_is_its_author() -> None:
    out = facts("Race diary by Marta Lind.\n\nI finished the Western States 100 in 18:02:11 and placed fifth. "
                "My time at the Hardrock 100 was 27:10:00.", "2024-09-01")
    assert {r["athlete"] for r in out["results"]} == {"Marta Lind"}
    assert any(r["race"] == "Western States 100" and r["time"] == "18:02:11" for r in out["results"])


def test_i_with_two_people_in_the_intro_is_nobody() -> None:
    out = facts("We spoke with Dana Kowalski and Pablo Mendes after the race.\n\n"
                "I won the Leadville 100 in 2019 in 16:21:00. I was third at the Hardrock 100 in 2021.", "2024-09-01")
    assert not out["results"]


def test_unnumbered_wire_list_ranks_its_items() -> None:
    out = facts("Leadville 100 (Saturday)\n\nMen: Tom Ruiz (USA) 17:01:10, Pablo Mendes (ESP) 17:40:02, "
                "Ola Nordby (NOR) 18:02:33.", "2024-08-20")
    got = results(out)
    assert ("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10") in got
    assert ("Ola Nordby", "Leadville 100", 2024, 3, "18:02:33") in got


def test_names_with_times_after_a_verb_are_no_ranking() -> None:
    out = facts("At the Leadville 100, Anna Berg beat Tom Ruiz (USA) 17:01:10, Pablo Mendes (ESP) 17:40:02, "
                "Ola Nordby (NOR) 18:02:33.", "2024-08-20")
    assert not any(r["place"] in (2, 3) for r in out["results"])


def test_live_blog_positions_are_no_results_but_the_finish_is() -> None:
    out = facts("Live: Leadville 100\n\n10:42 a.m. — Tom Ruiz leads at mile 40, Pablo Mendes is second.\n\n"
                "14:05 — Ruiz still first at Twin Lakes in 9:12:00.\n\n"
                "7:58 p.m. — Tom Ruiz wins the Leadville 100 in 17:01:10!\n\n"
                "Final results\n\n1. Tom Ruiz 17:01:10\n2. Pablo Mendes 17:40:02", "2024-08-20")
    assert results(out) == {("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10"),
                            ("Pablo Mendes", "Leadville 100", 2024, 2, "17:40:02")}


def test_mid_race_place_in_a_stamped_entry_is_no_result() -> None:
    out = facts("Live: Leadville 100\n\n9:15 a.m. — Anna Berg is third at Twin Lakes in 4:10:00, Maria Holm fifth.", "2024-08-20")
    assert not out["results"]


def test_records_told_without_the_word_record() -> None:
    assert ("course record", "Leadville 100", "Rosa Diaz", "15:40:00") in records(
        facts("Rosa Diaz won the Leadville 100 in 15:40:00, the best mark in the race's history.", "2024-08-20"))
    assert ("course record", "Leadville 100", "Rosa Diaz", "15:40:00") in records(
        facts("Rosa Diaz won the Leadville 100 in 15:40:00, the quickest time in the event's history.", "2024-08-20"))
    assert ("course record", "Javelina Jundred", "Kenji Sato", "12:38:10") in records(
        facts("Kenji Sato won the Javelina Jundred in 12:38:10, the fastest time ever run on the course.", "2024-11-01"))
    assert {r["type"] for r in facts("Rosa Diaz ran the Colorado Trail in 8 days, 3 hours, a new best for the route.",
                                     "2024-08-20")["records"]} == {"FKT"}


def test_previous_best_for_the_route_is_not_a_new_fkt() -> None:
    out = facts("Rosa Diaz won the Leadville 100 in 15:40:00, a course record, lowering the previous best for the route by 21 minutes.",
                "2024-08-20")
    assert {r["type"] for r in out["records"]} == {"course record"}


def test_faster_than_anyone_before_is_a_record_faster_than_a_named_runner_is_not() -> None:
    assert ("course record", "Leadville 100", "Rosa Diaz", "15:40:00") in records(
        facts("Rosa Diaz won the Leadville 100 in 15:40:00, faster than anyone before her.", "2024-08-20"))
    assert not facts("Rosa Diaz won the Leadville 100 in 15:40:00, though no one has ever run the course faster than Ann Trason.",
                     "2024-08-20")["records"]


def test_transcript_speaker_label_is_the_i() -> None:
    out = facts("Pablo Mendes and Tom Ruiz talked to us after the race.\n\nPABLO MENDES: I was second at the Leadville 100 in 17:40:02.\n\n"
                "TOM RUIZ: I won the Leadville 100 in 17:01:10.", "2024-08-20")
    assert results(out) == {("Pablo Mendes", "Leadville 100", 2024, 2, "17:40:02"), ("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10")}


def test_first_person_essay_byline_names_the_i_and_my_is_no_name() -> None:
    out = facts("My Leadville 100, by Tom Ruiz\n\nI crossed the line at the Leadville 100 in 17:01:10, in first place. "
                "My friend Pablo Mendes was second.", "2024-08-20")
    assert ("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10") in results(out)
    assert "My Leadville" not in out["athletes"]


def test_list_lines_with_bracket_or_ordinal_ranks() -> None:
    for text in ("Leadville 100 results\n\n1) Tom Ruiz, USA, 17:01:10\n2) Pablo Mendes, Spain, 17:40:02\n",
                 "Leadville 100 results\n\n1st Tom Ruiz 17:01:10\n2nd Pablo Mendes 17:40:02\n"):
        assert results(facts(text, "2024-08-20")) == {("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10"),
                                                       ("Pablo Mendes", "Leadville 100", 2024, 2, "17:40:02")}


def test_unnumbered_result_lines_rank_by_order_under_each_heading() -> None:
    out = facts("Leadville 100\n\nMen\nTom Ruiz (USA) 17:01:10\nPablo Mendes (ESP) 17:40:02\nOla Nordby (NOR) 18:02:33\n\n"
                "Women\nAnna Berg (SWE) 19:12:40\nMaria Holm (DEN) 19:55:01\nIda Lund (NOR) 20:01:00", "2024-08-20")
    got = {(r["athlete"], r["place"]) for r in out["results"]}
    assert {("Tom Ruiz", 1), ("Ola Nordby", 3), ("Anna Berg", 1), ("Ida Lund", 3)} <= got


def test_two_lines_are_no_ranking() -> None:
    out = facts("Leadville 100\n\nTom Ruiz (USA) 17:01:10\nPablo Mendes (ESP) 17:40:02", "2024-08-20")
    assert {r["place"] for r in out["results"]} <= {None}


def test_mid_race_leads_and_running_time_so_far_are_no_results() -> None:
    for text in ("At the Leadville 100, Tom Ruiz led at Twin Lakes in 4:10:00.",
                 "Update (2:15 p.m.): Tom Ruiz is now second at the Leadville 100 after 9:12:00 of running.",
                 "Live: Leadville 100\n\n14:05 Tom Ruiz is second at the Leadville 100 after 9:12:00 of running."):
        assert not facts(text, "2024-08-20")["results"], text


def test_a_stamp_is_no_finish_time_and_leading_then_winning_is_a_win() -> None:
    assert results(facts("Live: Leadville 100\n\n10:05 Tom Ruiz won the Leadville 100 in 17:01:10.", "2024-08-20")) == {
        ("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10")}
    assert results(facts("Tom Ruiz led at Twin Lakes and went on to win the Leadville 100 in 17:01:10.", "2024-08-20")) == {
        ("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10")}


def test_more_records_told_without_the_word_record() -> None:
    cr = ("course record", "Leadville 100", "Rosa Diaz", "15:40:00")
    for tail in (", the best time ever recorded there.", ", the fastest ever by a woman on the course.",
                 ", an all-time best for the race.", " to become the fastest finisher in its history.",
                 ", the quickest winning time the race has seen."):
        assert cr in records(facts("Rosa Diaz won the Leadville 100 in 15:40:00" + tail, "2024-08-20")), tail
    assert {r["type"] for r in facts("Rosa Diaz ran the Colorado Trail in 8 days, 3 hours, the fastest anyone has covered the route.",
                                     "2024-08-20")["records"]} == {"FKT"}


def test_ranked_or_missed_fastest_and_best_placing_are_no_records() -> None:
    for tail in (", the third-fastest time ever run on the course.", ", missing the fastest time ever run on the course by a minute.",
                 ", the best overall placing by a woman at the race in years."):
        assert not facts("Rosa Diaz won the Leadville 100 in 15:40:00" + tail, "2024-08-20")["records"], tail


def test_first_person_quote_is_its_speakers() -> None:
    for text in ('Dana Kowalski is back in Colorado.\n\n"I won the Leadville 100 in 2019 in 16:21:00," Kowalski said.',
                 'Dana Kowalski is back in Colorado.\n\n"I won the Leadville 100 in 2019 in 16:21:00," she said.'):
        assert results(facts(text, "2024-09-01")) == {("Dana Kowalski", "Leadville 100", 2019, 1, "16:21:00")}, text
    assert ("Dana Kowalski", "Leadville 100", 2019, 3, None) in results(facts(
        'Dana Kowalski is back.\n\n"I was third at the Leadville 100 in 2019," said Kowalski.', "2024-09-01"))


def test_quoted_hopes_and_mid_race_places_stay_out() -> None:
    assert not facts('Dana Kowalski is back.\n\n"I thought I could run 16:00:00 at the Leadville 100," Kowalski said.',
                     "2024-09-01")["results"]
    out = facts('Tom Ruiz won the Leadville 100 in 17:01:10.\n\n"I was in fourth at halfway and I was hurting," Ruiz said.', "2024-08-20")
    assert results(out) == {("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10")}


def test_questions_for_headline_names_the_i() -> None:
    out = facts("Ten questions for Dana Kowalski\n\nWhat is your best result?\nI won the Leadville 100 in 2019 in 16:21:00.", "2024-09-01")
    assert results(out) == {("Dana Kowalski", "Leadville 100", 2019, 1, "16:21:00")}


def test_her_win_there_is_a_win_her_win_streak_is_not() -> None:
    assert ("Anna Berg", "Leadville 100", 2022, 1, "19:12:40") in results(
        facts("Anna Berg is back at the Leadville 100. Her win there in 2022 came in 19:12:40.", "2024-08-20"))
    out = facts("Anna Berg won the Leadville 100 in 2022 in 19:12:40. Her win streak ended at the Hardrock 100 in 2023.", "2024-08-20")
    assert not any(r["race"] == "Hardrock 100" and r["place"] == 1 for r in out["results"])


def test_tab_separated_results_table() -> None:
    out = facts("Leadville 100 results\n\nPlace\tName\tCountry\tTime\n1\tTom Ruiz\tUSA\t17:01:10\n2\tPablo Mendes\tESP\t17:40:02\n",
                "2024-08-20")
    assert results(out) == {("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10"), ("Pablo Mendes", "Leadville 100", 2024, 2, "17:40:02")}


def test_agate_and_comma_separated_list_lines() -> None:
    for text in ("Leadville 100 results\n\n1, Tom Ruiz, USA, 17:01:10\n2, Pablo Mendes, ESP, 17:40:02\n",
                 "Leadville 100 results\n\n1. Tom Ruiz, Leadville, Colo., 17:01:10\n2. Pablo Mendes, Madrid, Spain, 17:40:02\n"):
        assert results(facts(text, "2024-08-20")) == {("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10"),
                                                       ("Pablo Mendes", "Leadville 100", 2024, 2, "17:40:02")}, text


def test_self_introduced_or_signed_report_names_the_i() -> None:
    for text in ("Hi, I'm Marta Lind, and this is my race report.\n\nI finished the Western States 100 in 18:02:11 and placed fifth.",
                 "My name is Marta Lind. I finished the Western States 100 in 18:02:11 and placed fifth.",
                 "Race report: Western States 100\n\nI finished the Western States 100 in 18:02:11 and placed fifth. It was a long day.\n\n— Marta Lind"):
        assert results(facts(text, "2024-07-01")) == {("Marta Lind", "Western States 100", 2024, 5, "18:02:11")}, text


def test_report_summary_fragment_is_the_narrators_and_halfway_place_is_not_a_result() -> None:
    out = facts("Hi, I'm Marta Lind and I ran the Western States 100 on Saturday. Summary: 18:02:11, 9th woman, 40th overall.\n\n"
                "At the halfway point I was 23rd woman, then I started passing people.", "2024-07-01")
    assert results(out) == {("Marta Lind", "Western States 100", 2024, 9, "18:02:11")}


def test_live_blog_wins_in_time_and_wins_exclaimed() -> None:
    for text in ("Live: Leadville 100\n\n10:42 a.m. — Tom Ruiz leads at mile 40.\n\n7:58 p.m. — Ruiz wins in 17:01:10!",
                 "Live: Leadville 100\n\n7:58 p.m. — Tom Ruiz wins! His time: 17:01:10."):
        assert results(facts(text, "2024-08-20")) == {("Tom Ruiz", "Leadville 100", 2024, 1, "17:01:10")}, text


def test_record_marked_on_a_list_item() -> None:
    for text in ("Leadville 100 results\n\n1. Tom Ruiz (USA) 17:01:10 (CR)\n2. Pablo Mendes (ESP) 17:40:02\n",
                 "Leadville 100: 1. Tom Ruiz (USA) 17:01:10 (course record); 2. Pablo Mendes (ESP) 17:40:02."):
        assert records(facts(text, "2024-08-20")) == {("course record", "Leadville 100", "Tom Ruiz", "17:01:10")}, text


def test_course_best_time_lowered_and_fastest_the_race_has_been_run() -> None:
    cr = {("course record", "Leadville 100", "Tom Ruiz", "17:01:10")}
    assert records(facts("Tom Ruiz won the Leadville 100 in 17:01:10, lowering the course's best time by four minutes.", "2024-08-20")) == cr
    assert records(facts("Tom Ruiz won the Leadville 100 in 17:01:10. It is the fastest the race has ever been run.", "2024-08-20")) == cr


def test_a_title_with_an_edition_is_that_editions_result() -> None:
    out = facts("The Bear 100 started on Friday. Tamsin Yearwood, the 2023 women's winner, was third in 24:12:50.", "2024-09-30")
    assert ("Tamsin Yearwood", "Bear 100", 2023, 1, None) in results(out)
    assert ("Tamsin Yearwood", "Bear 100", 2024, 3, "24:12:50") in results(out)


def test_last_years_winner_who_dropped_keeps_last_years_win_only() -> None:
    out = facts("The Javelina Jundred went off on Saturday. Last year's winner, Jared Pham, dropped at mile 62.", "2025-10-27")
    assert results(out) == {("Jared Pham", "Javelina Jundred", 2024, 1, None)}


def test_a_runner_up_title_before_the_name() -> None:
    out = facts("At the Javelina Jundred, 2019 runner-up Kelsey Arvidson withdrew after 60 miles.", "2021-10-31")
    assert results(out) == {("Kelsey Arvidson", "Javelina Jundred", 2019, 2, None)}


def test_place_codes_handed_out_with_went_to_and_an_ellipsis() -> None:
    out = facts("The Javelina Jundred was held on Saturday. Ben Fox won in 13:02:11. "
                "M2 went to Tom Weir (13:21:47) and M3 to Eli Brandt (13:35:10).", "2025-10-27")
    assert {("Tom Weir", "Javelina Jundred", 2025, 2, "13:21:47"), ("Eli Brandt", "Javelina Jundred", 2025, 3, "13:35:10")} <= results(out)


def test_a_passive_win_shared_by_two_winners() -> None:
    out = facts("Elsewhere, the Tarawera 100 Mile was won by Australia's Sam Dorr in 15:02:44 and by New Zealander "
                "Kate Burr in 17:40:19.", "2025-02-10")
    assert {("Sam Dorr", "Tarawera 100 Mile", 2025, 1, "15:02:44"), ("Kate Burr", "Tarawera 100 Mile", 2025, 1, "17:40:19")} <= results(out)


def test_winner_before_a_name_is_that_runners_win() -> None:
    out = facts("Rocky Raccoon 100 | Huntsville, Texas\n\nThe course is known as a place to run sub-14, and winner "
                "Derek Olsen did it comfortably, finishing in 13:05:48.", "2026-02-24")
    assert ("Derek Olsen", "Rocky Raccoon 100", 2026, 1, "13:05:48") in results(out)


def test_a_place_used_as_a_modifier_names_the_runner_after_it() -> None:
    out = facts("The men's race at the Bighorn 100 was won by Jonah Petti in 18:49:30, an hour clear of second-place Ricky Ng.",
                "2024-06-25")
    assert ("Ricky Ng", "Bighorn 100", 2024, 2, None) in results(out)


def test_a_season_year_in_an_aside_does_not_date_the_result() -> None:
    out = facts("Hemi Walker won the Tarawera 102K on Saturday in 8:41:27. Ken Mori held on for second in 8:47:05, "
                "after a broken foot ended his 2024 season in August.", "2025-02-09")
    assert ("Ken Mori", "Tarawera Ultramarathon", 2025, 2, "8:47:05") in results(out) or \
        any(r["athlete"] == "Ken Mori" and r["year"] == 2025 and r["place"] == 2 for r in out["results"])


def test_four_weeks_after_opens_a_clause_of_its_own() -> None:
    out = facts("At the Frankfurt Marathon on Sunday, Owen Tarr clocked 2:19:08, a big PR, four weeks after he won the "
                "Bear 100 in 19:41:22.", "2025-10-27")
    assert {("Owen Tarr", "Frankfurt Marathon", 2025, None, "2:19:08"), ("Owen Tarr", "Bear 100", 2025, 1, "19:41:22")} <= results(out)


def test_last_years_title_in_apposition_does_not_date_the_paragraph() -> None:
    out = facts("Mia Stone, last year's champion, and Ada Fox ran together for hours at the Hardrock 100. "
                "Eva Roth was fourth in 29:10:44.", "2025-07-14")
    assert ("Eva Roth", "Hardrock 100", 2025, 4, "29:10:44") in results(out)


def test_a_place_last_year_in_an_aside_does_not_date_the_paragraph() -> None:
    out = facts("Lea Holm, fifth last year, took second at the Hardrock 100 in 27:40:02. "
                "Nora Ek was third in 28:01:19.", "2025-07-14")
    got = results(out)
    assert ("Nora Ek", "Hardrock 100", 2025, 3, "28:01:19") in got


def test_last_years_edition_as_subject_dates_what_follows() -> None:
    out = facts("Neither of last year's winners at the Lavaredo Ultra Trail is back. "
                "Tom Sala, who won the men's race in 12:10:33, is injured.", "2025-06-20")
    assert ("Tom Sala", "Lavaredo Ultra Trail", 2024, 1, "12:10:33") in results(out)


def test_the_year_of_a_record_someone_set_earlier_is_not_the_story_year() -> None:
    out = facts("Owen Pike won the Leadville 100 in 16:40:10, taking a minute off the course record he set himself in 2021. "
                "Jo Hart was second in 17:02:45.", "2024-08-20")
    got = results(out)
    assert ("Owen Pike", "Leadville 100", 2024, 1, "16:40:10") in got
    assert ("Jo Hart", "Leadville 100", 2024, 2, "17:02:45") in got


def test_an_old_course_record_from_a_year_does_not_date_the_next_result() -> None:
    out = facts("Kim Lowe won the Leadville 100 in 18:50:00 and talked about chasing Ann Dale's course record of 18:06:24 from 2019. "
                "Rae Moss, who was second in 19:20:00, agreed.", "2024-08-20")
    assert ("Rae Moss", "Leadville 100", 2024, 2, "19:20:00") in results(out)


def test_that_year_points_back_to_the_year_just_written() -> None:
    out = facts("Lia Neri won the Black Canyon 100K in 7:40:05 and lowered Kate Lund's record of 7:57:31 from 2023. "
                "Neri was second to Lund that year.", "2025-02-16")
    assert ("Lia Neri", "Black Canyon 100K", 2023, 2, None) in results(out)


def test_a_decade_after_that_counts_ten_years() -> None:
    out = facts("In 1990 Ruth Ames ran 8:10:00 at the JFK 50 Mile. "
                "A decade after that, she won the Umstead 100 in 19:40:00.", None)
    assert ("Ruth Ames", "Umstead 100", 2000, 1, "19:40:00") in results(out)


def test_the_following_summer_in_a_clause_beats_the_year_of_the_clause_before() -> None:
    out = facts("Marco Testa was fourth at UTMB in 2021 and won the Lavaredo Ultra Trail the following summer.", "2024-08-01")
    got = results(out)
    assert ("Marco Testa", "UTMB", 2021, 4, None) in got
    assert ("Marco Testa", "Lavaredo Ultra Trail", 2022, 1, None) in got


def test_a_counted_date_opening_the_clause_beats_a_later_years_race_title() -> None:
    out = facts("In 2016 Dana Ruiz ran her first marathon. "
                "Three years later she ran 2:31:10 at the Chicago Marathon, a qualifier for the 2020 Olympic Trials.", "2025-03-01")
    assert ("Dana Ruiz", "Chicago Marathon", 2019, None, "2:31:10") in results(out)


def test_a_mark_from_a_year_earlier() -> None:
    out = facts("The record belongs to Eli Shaw, who ran 15:50:10 in 2021 at the Leadville 100 to lower his own 16:02:11 from a year earlier.",
                "2024-08-20")
    assert ("Eli Shaw", "Leadville 100", 2020, None, "16:02:11") in results(out)


def test_a_year_earlier_counts_from_the_result_just_told() -> None:
    out = facts("Sam Boyd won the JFK 50 Mile in November in 5:40:12. "
                "A year earlier he had run 2:14:30 at the California International Marathon.", "2026-01-14")
    got = results(out)
    assert ("Sam Boyd", "JFK 50 Mile", 2025, 1, "5:40:12") in got
    assert ("Sam Boyd", "California International Marathon", 2024, None, "2:14:30") in got


def test_a_mark_from_a_year_is_that_years() -> None:
    out = facts("Nobody came close at the Leadville 100 on Saturday. Luis Pena's 15:42:59 from 2021 survives.", "2025-08-18")
    assert ("Luis Pena", "Leadville 100", 2021, None, "15:42:59") in results(out)


def test_a_mark_set_when_he_won_last_year() -> None:
    out = facts("Tom Hale won the Cocodona 250 on Wednesday in 61:02:10. "
                "Rik Vos's 58:21:07, set when he won last year, survives.", "2026-05-12")
    assert ("Rik Vos", "Cocodona 250", 2025, 1, "58:21:07") in results(out)


def test_a_place_here_last_year_keeps_its_own_date_before_a_month() -> None:
    out = facts("Ugo Ferri won UTMB on Saturday in 20:01:10. Ida Moen, third here last year and the "
                "Lavaredo Ultra Trail champion in June, caught him on the last climb.", "2026-08-30")
    assert ("Ida Moen", "UTMB", 2025, 3, None) in results(out)


def test_a_place_of_another_edition_in_a_trailing_after_clause_does_not_date_the_paragraph() -> None:
    out = facts("At the Leadville 100 on Saturday, Ben Ortiz placed third in 17:46:10, his first podium at his home race "
                "after finishing sixth in 2021. The race was won by Cole Marsh in 16:21:44.", "2024-08-20")
    got = results(out)
    assert ("Ben Ortiz", "Leadville 100", 2021, 6, None) in got
    assert ("Cole Marsh", "Leadville 100", 2024, 1, "16:21:44") in got


def test_a_place_last_year_opening_a_sentence_does_not_date_the_paragraph() -> None:
    out = facts("The men's race at the Bighorn 100 went to Jon Pike in 18:49:30. Pike was fourth last year and said he "
                "had learned the downhills. The women's race went to Ava Kerr, who won in 21:37:08.", "2024-06-25")
    got = results(out)
    assert ("Jon Pike", "Bighorn 100", 2023, 4, None) in got
    assert ("Ava Kerr", "Bighorn 100", 2024, 1, "21:37:08") in got


def test_a_year_after_than_is_a_comparison_not_the_date() -> None:
    out = facts("Then came the 2024 edition of the Comrades Marathon. Lia Botha went out more cautiously than in 2019 "
                "and won in 5:49:46.", "2025-06-17")
    assert ("Lia Botha", "Comrades Marathon", 2024, 1, "5:49:46") in results(out)


def test_an_apposed_old_record_from_a_year_does_not_date_the_paragraph() -> None:
    out = facts("In 2022 Rosa Lim went back to the Cascade Crest 100. The record then was Ada Roe's, 21:39:35, from 2019. "
                "Lim won it by an hour.", "2024-11-04")
    assert ("Rosa Lim", "Cascade Crest 100", 2022, 1, None) in results(out)


def test_first_man_under_a_time_or_in_years_to_do_something_is_no_place() -> None:
    text = ("Mara Quist won the Pine Ridge 100 in 17:02:11. Her teammate Jon Rask became the first man under "
            "16 hours on the course, and Ivo Sand was the first man in a decade to finish all three loops.")
    got = results(facts(text, "2025-05-04"))
    assert ("Mara Quist", "Pine Ridge 100", 2025, 1, "17:02:11") in got
    assert not any(r[0] in ("Jon Rask", "Ivo Sand") for r in got)


def test_being_made_champion_is_a_win() -> None:
    text = ("Odile Faure covered 248.1 km at the Lyon 24 Hour on Sunday. "
            "It made the 41-year-old from Grenoble the French 24-hour champion.")
    assert ("Odile Faure", "Lyon 24 Hour", 2025, 1, None) in results(facts(text, "2025-09-16"))


def test_the_race_a_runner_now_heads_to_is_not_the_one_just_won() -> None:
    text = ("Hana Sato won the Kodama Trail 100 on Saturday. The runner-up, Mei Abe, was fifth overall in 19:02:44 "
            "and now heads to Hardrock.")
    got = results(facts(text, "2025-06-02"))
    assert ("Mei Abe", "Kodama Trail 100", 2025, 2, "19:02:44") in got
    assert not any(r[1] == "Hardrock 100" for r in got)


def test_habits_are_no_editions() -> None:
    text = ("Kofi Mensah won the Volta Trail 100 in 2019. He was runner-up to Mensah more than once, Ama Boateng "
            "recalled of her brother Yaw Boateng, and she herself, the woman who won all the desert races, was "
            "winning nearly everything in those years.")
    got = results(facts(text, "2025-01-10"))
    assert got == {("Kofi Mensah", "Volta Trail 100", 2019, 1, None)}


def test_for_a_second_is_a_moment() -> None:
    text = "Lisa Moor won the Harz Trail 100 in 19:22:10. Think about that for a second: Anja Berg, her rival, never ran under 20 hours."
    assert results(facts(text, "2025-04-01")) == {("Lisa Moor", "Harz Trail 100", 2025, 1, "19:22:10")}


def test_moved_up_to_a_longer_race_is_the_race_ahead() -> None:
    text = "The Glacier 50 start list\n\nLast year's winner, Norway's Siri Lunde, has moved up to UTMB."
    got = results(facts(text, "2025-08-01"))
    assert not any(r[1] == "UTMB" for r in got)


def test_here_beside_the_result_is_the_story_race_not_one_named_further_on() -> None:
    text = ("Glacier 50 preview\n\nThe Glacier 50 is back. Britta Holm, who won here in 7:41:02 last year and "
            "lowered the course record at the Canyons 100K in April, had been injured.")
    assert results(facts(text, "2025-08-01")) == {("Britta Holm", "Glacier 50", 2024, 1, "7:41:02")}


def test_positions_and_times_during_the_race_are_no_results() -> None:
    text = ("Rhiannon Pugh won the Cambrian Way 100 on Sunday in 22:40:10. I reached Dolgellau at 9 hours, 12 minutes "
            "into the race. Carys Lloyd was 4th lady at the Machynlleth checkpoint, and Sian Rees was third among the "
            "women after the first two days before fading.")
    assert results(facts(text, "2025-05-20")) == {("Rhiannon Pugh", "Cambrian Way 100", 2025, 1, "22:40:10")}


def test_having_won_an_event_more_than_once_is_no_edition() -> None:
    text = "Rhiannon Pugh won the Cambrian Way 100 in 2024. Pugh and Mair Evans are the only runners to have won the event more than once."
    assert results(facts(text, "2025-05-20")) == {("Rhiannon Pugh", "Cambrian Way 100", 2024, 1, None)}


def test_a_holders_record_from_a_year_dates_the_run() -> None:
    text = "The Cambrian Way 100 by the numbers\n\n19:41:03. Mair Evans's women's record from 2016. Nobody has come within an hour of it."
    assert ("Mair Evans", "Cambrian Way 100", 2016, None, "19:41:03") in {r[:2] + (r[2], None, r[4]) for r in results(facts(text, "2025-05-20"))}


def test_top_woman_and_first_solo_woman_are_category_wins() -> None:
    out = facts("The Fat Dog 120 ran last weekend. Nelson's Ruth Okafor was the top woman in 31:12:09. "
                "Kim Tessier was the first solo woman in 27:40:02. "
                "Paul Eng beat the top man by an hour and finished in 28:01:00.", "2025-08-20")
    got = results(out)
    assert ("Ruth Okafor", "Fat Dog 120", 2025, 1, "31:12:09") in got
    assert any(a == "Kim Tessier" and p == 1 for a, _, _, p, _ in got)
    assert not any(a == "Paul Eng" and p == 1 for a, _, _, p, _ in got)


def test_medals_are_places_and_a_lead_told_first_is_no_win() -> None:
    out = facts("The IAU 100K World Championships were held in Bengaluru on Sunday.\n\n"
                "For the first half, the race belonged to Belgium's Tom Vos, who went through 50K in 3:05:11. "
                "Vos held on for bronze in 6:25:37. Kenya took team gold.", "2024-09-10")
    assert results(out) == {("Tom Vos", "IAU 100 km World Championships", 2024, 3, "6:25:37")}
    # Comrades' medals are time standards: "earned a silver medal" is no place
    out = facts("Sipho Dube ran the Comrades Marathon in 7:20:11 and earned a silver medal.", "2024-06-10")
    assert results(out) == {("Sipho Dube", "Comrades Marathon", 2024, None, "7:20:11")}


def test_an_aside_race_after_a_name_is_not_the_results_race() -> None:
    out = facts("The IAU 100K World Championships were held in Bengaluru on Sunday.\n\n"
                "Lena Moss, fourth at Comrades in June, made her move at 85K and won in 6:18:44. "
                "Ida Berg was second in 6:21:10.", "2024-09-10")
    got = results(out)
    assert ("Lena Moss", "IAU 100 km World Championships", 2024, 1, "6:18:44") in got
    assert ("Ida Berg", "IAU 100 km World Championships", 2024, 2, "6:21:10") in got


def test_an_unlabelled_interview_answer_goes_on_with_its_questions_race() -> None:
    text = ("A Conversation with Nandi Zulu\n\nNandi Zulu has three Comrades medals. In June she runs Western States. "
            "We caught up with her at home.\n\nWhen did Comrades become your race?\n\n2018. I was ninth on the up run.\n\n"
            "What changed after that?\n\nI trained on hills.\n\nLast June you were back at Comrades.\n\nI won in 6:01:10.\n\n"
            "Why Western States?\n\nI have watched it for years.")
    got = results(facts(text, "2026-03-01"))
    assert ("Nandi Zulu", "Comrades Marathon", 2018, 9, None) in got
    assert ("Nandi Zulu", "Comrades Marathon", 2025, 1, "6:01:10") in got
    assert not any(r[1] == "Western States 100" for r in got)


def test_live_coverage_positions_and_aid_station_times_are_no_results() -> None:
    text = ("Western States 100 live\n\nRobinson Flat (mile 30). Hugo Reyes is still out front in 4:41 and looking smooth. "
            "Tom Echo is fourth, four minutes back.\n\nForesthill (mile 62). Echo arrives first in 9:02 and picks up his pacer. "
            "Sara Kenn leaves Foresthill in 10:37, fifteenth overall and eleven minutes clear of Mia Thao.\n\n"
            "Finish. Echo crosses the line in 14:19:33 to win. Kenn wins the women's title in 16:31:45, and Ana Lobo is third in 17:12:09.")
    assert results(facts(text, "2026-06-28")) == {("Tom Echo", "Western States 100", 2026, 1, "14:19:33"),
                                                  ("Sara Kenn", "Western States 100", 2026, 1, "16:31:45"),
                                                  ("Ana Lobo", "Western States 100", 2026, 3, "17:12:09")}


def test_a_disqualified_runner_keeps_no_result_of_that_edition() -> None:
    text = ("Glacier 50 results revised\n\nOrganizers of the Glacier 50 have revised the results. Officials said on Monday that "
            "Ian Coyle, who crossed the line first on Saturday in 7:02:10, has been disqualified for cutting the course. "
            "Ben Faro, second across the line in 7:09:15, is now the winner. Coyle won the Glacier 50 in 2023.")
    got = results(facts(text, "2025-08-12"))
    assert ("Ben Faro", "Glacier 50", 2025, 1, "7:09:15") in got
    assert not any(r[0] == "Ian Coyle" and r[2] == 2025 for r in got)
    assert ("Ian Coyle", "Glacier 50", 2023, 1, None) in got


def test_stage_wins_and_stage_places_are_no_results() -> None:
    text = ("Marathon des Sables 2025\n\nLeila Amrani won the Marathon des Sables in 21h10'04\".\n\n"
            "Stage 1 (32 km): Sara Haddou won the opener in 2:41:08. The surprise was Britain's Mia Stone in third.\n\n"
            "Sara Haddou, who won two stages including the long one, finished second overall in 21h40'12\".")
    assert results(facts(text, "2025-04-20")) == {("Leila Amrani", "Marathon des Sables", 2025, 1, "21:10:04"),
                                                  ("Sara Haddou", "Marathon des Sables", 2025, 2, "21:40:12")}


def test_a_parkrun_time_is_minutes_and_seconds() -> None:
    got = results(facts("Owen Pike was first finisher at Birch Hill parkrun on Saturday in 17:21.", "2025-03-02"))
    assert got == {("Owen Pike", "Birch Hill parkrun", 2025, 1, "0:17:21")}


def test_the_interviewee_is_the_one_the_qa_title_names_though_the_lead_names_a_place_like_a_person() -> None:
    text = ("Q&A with Bob Graham record holder Finlay Ross\n\n"
            "Finlay Ross won the Lakeland 100 in July 2025, running from Coniston round to Dale Head in record time. "
            "We spoke to him a week later.\n\nHow did you start?\n\n"
            "My first big one was the Highland Fling in 2019, where I was fourth, and then I was second at the "
            "Dragon's Back Race in 2022, behind a Danish runner called Mads Holm.")
    got = results(facts(text))
    assert ("Finlay Ross", "Highland Fling", 2019, 4, None) in got
    assert ("Finlay Ross", "Dragon's Back Race", 2022, 2, None) in got
    assert ("Mads Holm", "Dragon's Back Race", 2022, 1, None) in got


def test_without_a_published_date_the_year_the_lead_tells_dates_the_story() -> None:
    text = ("Ewa Nowak won the Lakeland 100 in July 2025 at her third attempt.\n\n"
            "She had dropped out in 2023 and again in 2024, when the heat got to her. In 2024 she also ran "
            "the Fellsman.\n\nThe runner-up, Kate Birch, finished second, about two hours behind.")
    got = results(facts(text))
    assert ("Kate Birch", "Lakeland 100", 2025, 2, None) in got


def test_second_in_a_full_time_behind_a_named_runner_is_a_finish_and_a_win_for_them() -> None:
    text = "Maria Lopez won the Hardrock 100. Anna Frost finished second at the Hardrock 100 in 28:01:00 behind Maria Lopez."
    got = results(facts(text, "2025-07-20"))
    assert ("Anna Frost", "Hardrock 100", 2025, 2, "28:01:00") in got
    assert ("Maria Lopez", "Hardrock 100", 2025, 1, None) in got


def test_live_blog_entry_splits_are_no_results_but_placed_finishes_are() -> None:
    text = ("LIVE: Hardrock 100 as it happens\n\n"
            "6:00 a.m. - The field of 145 leaves Silverton. Last year's runner-up is Nora Falk.\n\n"
            "11:12 a.m. - KT CHECKPOINT (mile 11). Ivo Brandt and Luca Serra come through together in 2:12 elapsed. "
            "Nora Falk leads the women in 2:40.\n\n"
            "4:30 p.m. - OURAY (mile 43). Brandt arrives alone in 10:30 elapsed and changes his shoes.\n\n"
            "1:20 a.m. - Ivo Brandt wins the Hardrock 100 in 25:20:14!\n\n"
            "2:05 a.m. - Serra is second in 26:05:40 and kisses the rock.\n\n"
            "2:50 a.m. - Third is Norway's Erik Lunde in 26:50:02.\n\n"
            "3:30 a.m. - Pia Rossi completes the podium in 27:30:11.\n\n"
            "6:15 a.m. - Nora Falk holds on for second woman in 30 hours, 15 minutes and 9 seconds after a hard night.")
    got = results(facts(text, "2025-07-12"))
    assert ("Ivo Brandt", "Hardrock 100", 2025, 1, "25:20:14") in got
    assert ("Luca Serra", "Hardrock 100", 2025, 2, "26:05:40") in got
    assert ("Erik Lunde", "Hardrock 100", 2025, 3, "26:50:02") in got
    assert ("Pia Rossi", "Hardrock 100", 2025, 3, "27:30:11") in got
    assert ("Nora Falk", "Hardrock 100", 2025, 2, "30:15:09") in got
    assert ("Nora Falk", "Hardrock 100", 2024, 2, None) in got
    assert not any(r[4] in ("2:12:00", "2:40:00", "10:30:00") for r in got)


def test_an_irish_o_particle_stays_in_the_name_and_a_bracketed_club_is_no_runner() -> None:
    out = facts("Squad named\n\nCiarán Ó Dálaigh (Dingle Vikings) — 230.4 km, 2nd, Belfast 24 Hour, July 2024.\n\n"
                "Eimear Nic Gearailt (Kerry Hillbillies) — 201.7 km, 3rd woman, Albi 24 Hour, France, October 2023.", "2024-10-01")
    assert set(out["athletes"]) == {"Ciarán Ó Dálaigh", "Eimear Nic Gearailt"}
    assert {("Ciarán Ó Dálaigh", "Belfast 24 Hour", 2024, 2, None), ("Eimear Nic Gearailt", "Albi 24 Hour", 2023, 3, None)} <= results(out)


def test_translated_report_places_before_their_runners() -> None:
    text = ("Zegama: the Basque Zubia conquers the mountain\n\n"
            "In the male race, the victory has gone to the Basque Iker Zubia, who cut the line in 3h58'12\". "
            "Second the French Paul Morel in 4h01'30\". Is arrived third the Swiss Marc Keller in 4h03'11\".\n\n"
            "The female race has seen the victory of the Norwegian Ida Lund in 4h40'02\", in front of the Italian "
            "Sara Conti (4h44'51\") and of the Spanish Ana Gil (4h49'03\").\n\n"
            "The Zegama Marathon of the juniors has been won by the Portuguese Rui Costa, 4h20'15\".")
    got = results(facts(text, "2025-05-25"))
    for row in [("Iker Zubia", 1, "3:58:12"), ("Paul Morel", 2, "4:01:30"), ("Marc Keller", 3, "4:03:11"),
                ("Ida Lund", 1, "4:40:02"), ("Sara Conti", 2, "4:44:51"), ("Ana Gil", 3, "4:49:03"), ("Rui Costa", 1, "4:20:15")]:
        assert any(r[0] == row[0] and r[3] == row[1] and r[4] == row[2] for r in got), row


def test_a_title_apposed_after_a_result_names_another_race() -> None:
    text = ("Lavaredo Ultra Trail report\n\nMarta Ruiz won the Lavaredo Ultra Trail in 14:01:10. "
            "Third was Lena Hof, 14:37:50, winner of the Transgrancanaria in 2024.")
    got = results(facts(text, "2025-06-29"))
    assert ("Lena Hof", "Lavaredo Ultra Trail", 2025, 3, "14:37:50") in got
    assert ("Lena Hof", "Transgrancanaria", 2024, 1, None) in got


def test_names_with_central_european_letters_are_names() -> None:
    out = facts("At the Spartathlon, Jonas Weber won in 22:10:05. Poland's Łukasz Wróbel was second and "
                "Czechia's Ondřej Šťastný third. Later Weber said Wróbel had pushed him all night.", "2025-09-28")
    assert {"Łukasz Wróbel", "Ondřej Šťastný"} <= set(out["athletes"])
    assert {("Łukasz Wróbel", "Spartathlon", 2025, 2, None), ("Ondřej Šťastný", "Spartathlon", 2025, 3, None)} <= results(out)


def test_a_transcript_answer_goes_on_with_the_race_its_question_names() -> None:
    text = ("The Dirt Road Podcast, Episode 40 - Mara Quist\n\n"
            "LEO BANKS: Welcome back. My guest today is Mara Quist. Mara, first ultra?\n\n"
            "MARA QUIST: The Lake Sonoma 50, in 2018. I was ninth woman and I loved it.\n\n"
            "LEO BANKS: And then this summer, the Hardrock 100.\n\n"
            "MARA QUIST: It was brutal. I was fourth woman, and I walked most of the last night.\n\n"
            "LEO BANKS: Thanks, Mara.")
    got = results(facts(text, "2025-09-01"))
    assert ("Mara Quist", "Lake Sonoma 50", 2018, 9, None) in got
    assert ("Mara Quist", "Hardrock 100", 2025, 4, None) in got


def test_a_transcript_speaker_named_by_given_name_and_the_hosts_restated_time() -> None:
    text = ("Trail Talk, episode 9: Nina Farrow\n"
            "[NINA is Nina Farrow, a runner from Ouray. OWEN is the host, Owen Tate.]\n\n"
            "OWEN: Nina, welcome. Let's talk about the Bighorn 100.\n\n"
            "NINA: Sure. In 2022 I was fifth woman there in 29:40. Then in 2023 I came back and won it. Twenty-six ten twelve.\n\n"
            "OWEN: For listeners, that's 26 hours, 10 minutes and 12 seconds.\n\n"
            "NINA: Thanks, Owen.")
    got = results(facts(text, "2024-03-01"))
    assert ("Nina Farrow", "Bighorn 100", 2022, 5, "29:40:00") in got
    assert ("Nina Farrow", "Bighorn 100", 2023, 1, "26:10:12") in got


def test_one_runner_clear_of_the_winner_with_a_bracketed_time_is_second() -> None:
    out = facts("Ana Roth won the women's race at the Canyons 100K in 9:30:10, some six minutes clear of "
                "Norway's Kari Dahl (9:36:44).", "2025-04-27")
    assert ("Kari Dahl", "Canyons 100K", 2025, 2, "9:36:44") in results(out)


def test_the_defending_champion_won_the_last_edition() -> None:
    got = results(facts("Bear 100 report\n\nIda Moss won the Bear 100 in 22:10:05. Defending women's champion Lea Dunn of Utah "
                        "dropped at mile 60, and the defending champion, Norway's Ola Berg, was fifth.", "2025-09-28"))
    assert ("Lea Dunn", "Bear 100", 2024, 1, None) in got
    assert ("Ola Berg", "Bear 100", 2024, 1, None) in got


def test_an_obituarys_she_is_its_subject_and_a_time_behind_the_winner_is_a_finish() -> None:
    text = ("Ruth Calder, 1948–2024: the Fife nurse who ran a hundred miles at sixty\n"
            "Ruth Calder, who has died aged 76, came late to running. In 1984 she was third in 7hr 12min 5sec behind "
            "the winner, Jo Benn, at the London to Brighton.\n\n"
            "In 1990 she was beaten into second at the Spartathlon by Isla Grant, who took the women's title. "
            "\"Ruth was the best of us,\" Grant said this week.\n\n"
            "In 1995 she finished fourth woman at the Western States 100 in 22:10:41.")
    got = results(facts(text, "2024-03-01"))
    assert ("Ruth Calder", "London to Brighton", 1984, 3, "7:12:05") in got
    assert ("Ruth Calder", "Western States 100", 1995, 4, "22:10:41") in got
    assert not any(r[0] == "Isla Grant" and r[1] == "Western States 100" for r in got)


def test_translated_winner_cut_first_the_line_and_a_margin_on_the_runner_up() -> None:
    text = ("Ultra Trail Cortina: the Austrian Berger conquers the Dolomites\n\n"
            "In the Lavaredo Ultra Trail it was the Austrian Jakob Berger to cut first the finish line, in the time of 12h01'10\", "
            "in front of the Italian Pietro Sala (12h20'41\") and of the Swiss Urs Frei (12h31'02\"). In the feminine race, triumph of "
            "the Slovenian Maja Novak in 14h02'17\", with a margin of almost ten minutes on the German Lena Kraus (14h11'50\").")
    got = results(facts(text, "2025-06-29"))
    assert {("Jakob Berger", 1, "12:01:10"), ("Pietro Sala", 2, "12:20:41"), ("Urs Frei", 3, "12:31:02"),
            ("Maja Novak", 1, "14:02:17"), ("Lena Kraus", 2, "14:11:50")} <= {(r[0], r[3], r[4]) for r in got}


def test_translated_was_arrived_fourth_is_a_place() -> None:
    got = results(facts("Zegama Marathon: Lund writes the record\n\nIda Lund won the Zegama Marathon in 4h02'11\". "
                        "Last year Lund was arrived only fourth, and she has told that this result gave her the hunger.", "2025-05-25"))
    assert ("Ida Lund", "Zegama Marathon", 2024, 4, None) in got


def test_a_date_written_before_a_name_without_a_comma_is_not_part_of_it() -> None:
    out = facts("In October Ines Barrow won the Grand Raid in 26:14:09. Last August Hugo Lenz was fourth at the "
                "Lakeland 100 in 25:40:33. On Sunday Mara Quist took the Lakeland 50 in 9:02:51.", "2026-11-02")
    assert {"Ines Barrow", "Hugo Lenz", "Mara Quist"} <= set(out["athletes"])
    assert ("Hugo Lenz", "Lakeland 100", 2026, 4, "25:40:33") in results(out)
    assert any(r[0] == "Mara Quist" and r[3] == 1 and r[4] == "9:02:51" for r in results(out))
    assert not any(a.split()[0] in ("October", "August", "Sunday", "Last") for a in out["athletes"])


def test_the_distance_covered_at_a_fixed_time_race_is_a_result() -> None:
    out = facts("Ruth Kerr covered 214.7 km at the Belfast 24 Hour, a personal best. At the Tooting Bec 24 Hour "
                "in October, Sean Doyle logged 187.3 km. Ana Bell had hoped to cover 200 km at the Belfast 24 Hour.",
                "2026-11-02")
    got = out["results"]
    assert any(r["athlete"] == "Ruth Kerr" and r["race"] == "Belfast 24 Hour" and r["distance"] == "214.7 km" for r in got)
    assert any(r["athlete"] == "Sean Doyle" and r["race"] == "Tooting Bec 24 Hour" and r["distance"] == "187.3 km" for r in got)
    assert not any(r["athlete"] == "Ana Bell" for r in got)  # a hope is no result


def test_a_distance_at_a_race_over_a_set_distance_is_no_result() -> None:
    out = facts("Ruth Kerr ran 60 km at the Lakeland 100 before she stopped with a sore knee.", "2026-08-02")
    assert not out["results"]


def test_a_clause_opening_on_a_date_then_its_verb_shares_the_subject() -> None:
    out = facts("Lena Brauer started her year at the Hollow Pine 50K, where she ran 4:21:09, "
                "and three weeks later won the Ridgeback 100K in 9:02:44.", "2031-11-02")
    assert ("Lena Brauer", "Ridgeback 100K", 2031, 1, "9:02:44") in results(out)
    out = facts("Omar Haddad was fifth at the Ember Valley 50 Mile, where he ran 7:58:00, "
                "and the following month took second at the Stone Gap 100K.", "2031-11-02")
    assert ("Omar Haddad", "Stone Gap 100K", 2031, 2, None) in results(out)


def test_a_year_in_the_marks_own_stretch_beats_a_nearer_one_in_an_aside() -> None:
    out = facts("Lucia Ferro, a nurse who moved to Chamonix in 2019, had won the Aosta Skyrace in 2028 in 3:10:44.", "2031-02-01")
    assert results(out) == {("Lucia Ferro", "Aosta Skyrace", 2028, 1, "3:10:44")}


def test_a_coordinated_was_and_a_place_shares_the_subject() -> None:
    out = facts("Greta Lind won the Fjordline 80K in 8:12:30, a course record, and was fourth at the Nordkapp 100 in 2029.", "2031-06-01")
    assert ("Greta Lind", "Nordkapp 100", 2029, 4, None) in results(out)


def test_a_month_told_before_last_year_is_last_years() -> None:
    out = facts("Ravi Menon was third at the Coral Coast 100 in March last year.", "2031-06-01")
    assert results(out) == {("Ravi Menon", "Coral Coast 100", 2030, 3, None)}


def test_had_to_settle_for_a_place_behind_someone_is_the_subjects_place() -> None:
    out = facts("At the Salt Creek 100 last year, Wren Abbott ran inside the old record, finishing in 19:40:02, "
                "but had to settle for third behind a flying Iris Mbeki.", "2031-05-01")
    assert ("Wren Abbott", "Salt Creek 100", 2030, 3, "19:40:02") in results(out)
    assert not any(r["athlete"] == "Iris Mbeki" and r["place"] == 3 for r in out["results"])


def test_and_was_second_behind_someone_shares_the_subject_before_it() -> None:
    out = facts("Noor Haddad won the Cedar Bluff 50K in June in 4:12:09, breaking the course record by four minutes, "
                "and was second at the Iron Lake 100K behind Yuki Sato.", "2031-09-01")
    assert ("Noor Haddad", "Iron Lake 100K", 2031, 2, None) in results(out)
    assert ("Yuki Sato", "Iron Lake 100K", 2031, 1, None) in results(out)
