"""How the press writes results and records: sentences unlike the seed and dev articles, so
that the rules are checked on forms rather than on the gold's own strings."""

from __future__ import annotations

import pytest
from facts_support import facts, records, results


def test_win_with_course_record_apposition() -> None:
    out = facts("Courtney Dauwalter won the Hardrock 100 in 26:44:36, a course record.", "2022-07-17")
    assert results(out) == {("Courtney Dauwalter", "Hardrock 100", 2022, 1, "26:44:36")}
    assert records(out) == {("course record", "Hardrock 100", "Courtney Dauwalter", "26:44:36")}


def test_record_time_after_the_cue_and_year_before_the_race() -> None:
    out = facts("Jim Walmsley set a new course record of 14:09:28 at the 2019 Western States 100.", "2019-07-01")
    assert ("course record", "Western States 100", "Jim Walmsley", "14:09:28") in records(out)
    # the fastest time ever run on the course won its edition
    assert ("Jim Walmsley", "Western States 100", 2019, 1, "14:09:28") in results(out)


def test_distance_record_names_the_distance() -> None:
    out = facts("Camille Herron broke the 24-hour world record at Desert Solstice, covering 270.116 km.", "2019-12-15")
    (rec,) = out["records"]
    assert rec["type"] == "world record" and rec["time"] is None and "24 hours" in rec["race_or_route"]


def test_misses_and_intentions_are_no_facts() -> None:
    out = facts("Kilian Jornet missed the course record at Hardrock by 12 seconds. "
                "He hopes to win UTMB next year.", "2023-07-15")
    assert out["records"] == [] and out["results"] == []


def test_a_coachs_plan_for_the_runner_is_no_result() -> None:
    out = facts("Ana Reyes won the Mad City 100K in 7:31:02. Her coach, the former miler Tom Greer, "
                "said he had planned for her to run 7:45.", "2024-04-20")
    assert results(out) == {("Ana Reyes", "Mad City 100K", 2024, 1, "7:31:02")}
    assert out["athletes"] == ["Ana Reyes"]


def test_a_place_after_with_and_an_approximate_time_is_a_place() -> None:
    out = facts("Rhea Lund won the Canyons 100K in 9:02:40, with Kenya's Ruth Wanjiru third in just under 10 hours.", "2024-04-28")
    assert ("Ruth Wanjiru", "Canyons 100K", 2024, 3, None) in results(out)


def test_a_relay_won_by_a_team_is_nobodys_result_and_a_season_is_no_race() -> None:
    text = ("Spring Newsletter\n\nNina Holt won the Sinister 7 Ultra solo race in 19:10:02. "
            "The relay category was won by the team Ridge Goats Collective in 15:40:11.")
    out = facts(text, "2025-07-14")
    assert results(out) == {("Nina Holt", "Sinister 7 Ultra", 2025, 1, "19:10:02")}
    assert out["athletes"] == ["Nina Holt"] and out["races"] == ["Sinister 7 Ultra"]


@pytest.mark.parametrize(("text", "race"), [
    ("Along the Thames Path out of Goring, Ben Mace won the Autumn 100 in 15:20:01.", "Centurion Autumn 100"),
    ("Lea Payet won the 165-kilometre Grand Raid in 25:12:40.", "Grand Raid"),
])
def test_a_race_by_its_short_name_and_a_trail_it_runs_along(text: str, race: str) -> None:
    out = facts(text, "2024-10-20")
    assert out["races"] == [race] and len(out["athletes"]) == 1


def test_both_runners_named_after_run_by_are_athletes() -> None:
    out = facts("Leadville 100 in numbers\n\n17:02:40 and 20:11:09\nLast year's winning times, run by Omar Beck and Tia Grove. "
                "Both return on Saturday.", "2025-08-14")
    assert {"Omar Beck", "Tia Grove"} <= set(out["athletes"])


def test_a_route_counts_when_its_paragraph_talks_records_unless_it_is_the_course() -> None:
    text = ("Ada Crane spent August in Colorado. Nolan's 14 took her 50 hours. That was a women's record.\n\n"
            "In June she won the JFK 50, much of it on the Appalachian Trail. Her time was a masters record.")
    races = facts(text, "2025-09-01")["races"]
    assert "Nolan's 14" in races and "Appalachian Trail" not in races


@pytest.mark.parametrize(("text", "races"), [
    ("Ruth Ames won the Ealing 30 Miles road race in 3:31:09 in 1982.", ["Ealing 30 Miles"]),
    ("He Ran Boston in April. His Next Goal Is 100 Miles in Vermont.", []),
])
def test_a_race_named_with_miles_and_a_headlines_is_before_a_distance(text: str, races: list[str]) -> None:
    assert facts(text, "2024-06-01")["races"] == races


def test_a_runner_coached_by_a_former_runner_keeps_her_place() -> None:
    out = facts("At the Lavaredo Ultra Trail, Eva Lunde won in 13:40:02. Marta Riva, coached by the former "
                "ultrarunner Piero Sala, took a fine second place.", "2024-06-30")
    assert ("Marta Riva", "Lavaredo Ultra Trail", 2024, 2, None) in results(out)
    assert "Piero Sala" not in out["athletes"]


def test_a_runners_own_attempt_shows_her_racing() -> None:
    out = facts("Wonderland Trail FKT history\n\n- Lena Marsh's attempt in July 2022 ended at Sunrise after a sprained ankle.", "2024-09-01")
    assert out["athletes"] == ["Lena Marsh"]


def test_the_runner_not_her_pacer_finished() -> None:
    out = facts("At the Cascade Crest 100, Jo Hale ran the last 20 miles with pacer Rita Voss and finished in 22:10:05, "
                "second woman.", "2025-08-31")
    assert results(out) == {("Jo Hale", "Cascade Crest 100", 2025, 2, "22:10:05")}
    assert out["athletes"] == ["Jo Hale"]


@pytest.mark.parametrize("aside", [
    "Her coach, the former Olympic steeplechase runner Ines Bravo, waited at the finish.",
    "Coached by the former Italian skyrunning champion Ines Bravo.",
    "Her training partner, the three-time national trail champion Ines Bravo, calls her relentless.",
    "Paced over the last climb by her friend Ines Bravo, she never looked back.",
])
def test_coaches_pacers_and_training_partners_described_as_runners_are_no_athletes(aside: str) -> None:
    out = facts(f"Mia Kroll won the Zegama Marathon in 4:31:10. {aside}", "2025-05-25")
    assert out["athletes"] == ["Mia Kroll"]


def test_a_reporter_who_covers_the_race_and_a_medal_named_after_someone_are_no_athletes() -> None:
    out = facts("Sipho Dlamini won the Comrades Marathon in 5:30:12. Ben Zulu, who missed out by one place, had to settle "
                "for a Jackie Mekler medal after finishing 11th in 5:44:01. Dan Pryor, who has covered the race for the Witness since 2001, ran beside "
                "the leaders in a car.", "2025-06-09")
    assert out["athletes"] == ["Sipho Dlamini", "Ben Zulu"]


def test_the_holder_of_a_mark_told_in_passing_is_an_athlete() -> None:
    out = facts("Rosa Kent ran 150.2 km in 12 hours at Tunnel Hill. That erased Anna Berg's 12-hour mark from 2011. "
                "A week later Ada Lin ran 250.1 km in 24 hours, beating the 248.3 km of Japan's Mika Sato from 2016.", "2025-11-20")
    assert {"Anna Berg", "Mika Sato"} <= set(out["athletes"])


def test_a_place_at_last_years_race_is_at_that_race_not_a_point_of_the_course() -> None:
    out = facts("Also watch Norway's Siri Dahl, third at last year's Lavaredo Ultra Trail.", "2025-06-20")
    assert results(out) == {("Siri Dahl", "Lavaredo Ultra Trail", 2024, 3, None)}


@pytest.mark.parametrize("text", [
    "Route notes\n\n- Tour du Mont Blanc FKT: 31:40:11, 2019 (bettered in 2022 by Rafa Ortiz, 30:58:02)",
    "This summer a strong attempt by Rafa Ortiz came up short on the Tour du Mont Blanc.",
    "Club news\n\nA huge effort from Rafa Ortiz, who kept going round the loop until the hooter.",
    "It is a course record at the Tarawera 102K. The old one was Rafa Ortiz's from 2021, 9:40:11.",
])
def test_the_runner_of_a_performance_told_by_its_noun_is_an_athlete(text: str) -> None:
    assert "Rafa Ortiz" in facts(text, "2024-09-01")["athletes"]


def test_a_speaker_who_ran_and_a_runner_with_a_country_in_brackets_who_won_are_athletes() -> None:
    text = ("\"He never walked a step,\" said Len Moore, who ran the 1979 London to Brighton beside him. "
            "Honourable mentions: Pia Holm (Sweden), who won Transvulcania in May. "
            "\"It was magic,\" said Ron Vale, who won the race six times and now commentates.")
    out = facts(text, "2025-12-01")
    assert {"Len Moore", "Pia Holm"} <= set(out["athletes"]) and "Ron Vale" not in out["athletes"]


def test_month_is_anchored_on_the_published_date_and_coach_is_no_athlete() -> None:
    out = facts("In January, Ruth Croft won the Tarawera 102K in 9:32:11. "
                "Her coach, Ben Wright, watched from the finish.", "2023-06-01")
    assert results(out) == {("Ruth Croft", "Tarawera Ultramarathon", 2023, 1, "9:32:11")}
    assert out["athletes"] == ["Ruth Croft"]


@pytest.mark.parametrize("published, year", [("2023-06-01", 2022), ("2023-12-01", 2023)])
def test_last_month_name(published: str, year: int) -> None:
    out = facts("Last October, Ruth Croft won the Javelina Jundred in 14:52:10.", published)
    assert {r["year"] for r in out["results"]} == {year}


def test_category_place_beats_overall_and_lists_share_a_sentence() -> None:
    out = facts("At the Leadville 100 on Saturday, Adrian Macdonald finished third in 16:27:47 and "
                "Rachel Drake was the first woman, 11th overall, in 19:40:17.", "2023-08-21")
    assert results(out) == {("Adrian Macdonald", "Leadville 100", 2023, 3, "16:27:47"),
                            ("Rachel Drake", "Leadville 100", 2023, 1, "19:40:17")}


def test_dnf_is_an_athlete_without_a_result() -> None:
    out = facts("Sage Canaday dropped out of the Lake Sonoma 50 at mile 30 with a hamstring injury.", "2019-04-14")
    assert out["results"] == [] and out["athletes"] == ["Sage Canaday"]


def test_result_table_under_a_race_heading() -> None:
    out = facts("Western States 100\n\nPlace | Runner | Time\n1 | Jane Doe | 15:29:33\n2 | Ann Roe (GBR) | 16:01:02",
                "2024-06-30")
    assert results(out) == {("Jane Doe", "Western States 100", 2024, 1, "15:29:33"),
                            ("Ann Roe", "Western States 100", 2024, 2, "16:01:02")}


def test_pronoun_follows_gender() -> None:
    out = facts("Anna Berg and Tom Ruiz ran together for 60 miles at the Javelina Jundred. "
                "She pulled away and won in 15:02:11. He was second in 15:40:00.", "2023-10-30")
    assert results(out) == {("Anna Berg", "Javelina Jundred", 2023, 1, "15:02:11"),
                            ("Tom Ruiz", "Javelina Jundred", 2023, 2, "15:40:00")}


def test_results_lists_with_sponsors_and_dashes() -> None:
    out = facts("Western States 100 results\n\nMen: 1. Jim Walmsley (Hoka) – 14:09:28; 2. Jared Hazen (Hoka) – 14:26:46.\n\n"
                "1. Courtney Dauwalter (Salomon) 15:29:33\n2. Ruth Croft (The North Face) - 16:18:00", "2019-06-30")
    assert results(out) == {("Jim Walmsley", "Western States 100", 2019, 1, "14:09:28"),
                            ("Jared Hazen", "Western States 100", 2019, 2, "14:26:46"),
                            ("Courtney Dauwalter", "Western States 100", 2019, 1, "15:29:33"),
                            ("Ruth Croft", "Western States 100", 2019, 2, "16:18:00")}
    assert out["races"] == ["Western States 100"]


def test_a_results_column_heading_with_pipes_names_its_section_race() -> None:
    text = ("Results Roundup: Bandera and Rocky Raccoon\n\n"
            "Bandera 100K | Bandera, Texas | January 10\n\n"
            "Cold and dry. Jo Vance won the men's race in 7:33:05.\n\n"
            "The women's race came down to the last loop. Ana Lidia Soto won in 8:41:06.\n\n"
            "Rocky Raccoon 100 | Huntsville, Texas | February 7\n\n"
            "A fast day in the pines. Derek Olsen won in 13:05:48, and Max Feld was second in 13:40:21.")
    out = facts(text, "2026-02-24")
    got = {(r["athlete"], r["race"], r["place"], r["time"]) for r in out["results"]}
    assert ("Ana Lidia Soto", "Bandera 100K", 1, "8:41:06") in got
    assert ("Derek Olsen", "Rocky Raccoon 100", 1, "13:05:48") in got
    assert ("Max Feld", "Rocky Raccoon 100", 2, "13:40:21") in got


def test_a_given_name_that_is_also_a_word_still_names_a_runner() -> None:
    out = facts("The HURT 100 was wet again. Keoni Alapa won in 22:48:10, a new age-group mark "
                            "for him. Mark Ostrander of Oregon was second in 25:31:02.", "2026-02-24")
    assert "Mark Ostrander" in out["athletes"]
    assert any(r["athlete"] == "Mark Ostrander" and r["place"] == 2 for r in out["results"])


def test_a_runners_possessive_before_a_distance_is_no_race_name() -> None:
    out = facts("Priya Raman won the Jed Smith 50K in February. Raman's 50K time was 3:14:05.", "2026-05-12")
    assert "Raman's 50K" not in out["races"]


def test_a_start_list_bullet_drops_its_subject_and_the_headline_race_is_the_story() -> None:
    text = ("CCC 2024: The Elite Start List\n\nThe CCC leaves Courmayeur on Friday. Here is who is on the CCC line.\n\n"
            "Neither of last year's champions is defending. Germain Lenoir, who won the men's race in 10:14:32, is "
            "entered, but the 2023 women's winner, Rosa Lind, has moved up to UTMB.\n\n"
            "• Emily Ross (USA) — The American in the field. Won the Black Canyon 100K in February in 8:31:06.\n"
            "• Ben Hall (IRL) — Fourth at the CCC last year.")
    out = facts(text, "2024-08-22")
    got = {(r["athlete"], r["race"], r["year"], r["place"], r["time"]) for r in out["results"]}
    assert ("Germain Lenoir", "CCC", 2023, 1, "10:14:32") in got
    assert ("Emily Ross", "Black Canyon 100K", 2024, 1, "8:31:06") in got


def test_a_start_list_item_is_about_the_name_that_heads_it() -> None:
    text = ("CCC 2024 preview\n\n• Aiko Mizu (JPN) — Fourth at CCC last year and the winner of the Mt. Fuji 100 "
            "in April in 19:22. Trains in Nagano.\n• Marta Valse (ITA) — The 2023 Lavaredo winner and second at CCC in 2022.")
    out = facts(text, "2024-08-22")
    got = {(r["athlete"], r["race"], r["year"], r["place"], r["time"]) for r in out["results"]}
    assert {("Aiko Mizu", "CCC", 2023, 4, None), ("Marta Valse", "Lavaredo Ultra Trail", 2023, 1, None),
            ("Marta Valse", "CCC", 2022, 2, None)} <= got
    assert any(r["athlete"] == "Aiko Mizu" and r["place"] == 1 and r["time"] == "19:22:00" for r in out["results"])


def test_a_race_named_after_a_place_counts_after_won_or_at() -> None:
    out = facts("Hallie Brand lives near Black Canyon City. She won Black Canyon in "
                            "February in 8:12.", "2025-06-24")
    assert [(r["race"], r["place"], r["time"]) for r in out["results"]] == [("Black Canyon 100K", 1, "8:12:00")]


def test_a_fell_race_results_line_without_dots_in_minutes_and_seconds() -> None:
    text = ("Fell results\n\nMungrisdale Trot (6.5km/1,200ft): 1 Tom Aldridge (Keswick) 31:52; 2 Ben Cowper (CFR) 32:40; "
            "3 Jack Hodgson (Keswick) 33:15.\n\nThe Comrades Marathon was run on Sunday.\n\n"
            "Men: 1 Thabo Mahla 5:19:07; 2 Tendai Muta (Zim) 5:21:40; 4 Sibu Mkhize 5:25:48.")
    out = facts(text, "2026-06-22")
    got = {(r["athlete"], r["race"], r["place"], r["time"]) for r in out["results"]}
    assert {("Tom Aldridge", "Mungrisdale Trot", 1, "0:31:52"), ("Jack Hodgson", "Mungrisdale Trot", 3, "0:33:15"),
            ("Sibu Mkhize", "Comrades Marathon", 4, "5:25:48")} <= got


def test_reaching_an_aid_station_is_a_split_but_reaching_the_finish_to_win_is_not() -> None:
    out = facts("At the Comrades Marathon, Reka Farkas reached Drummond in 2:58 and led. "
                            "Tomas Arroyo reached Whitney Portal in 22 h 14 min 08 s to take the Badwater 135.", "2025-07-20")
    got = {(r["athlete"], r["time"]) for r in out["results"]}
    assert ("Tomas Arroyo", "22:14:08") in got
    assert not any(r["athlete"] == "Reka Farkas" for r in out["results"])


def test_race_report_leads_topics_and_late_moves() -> None:
    text = ("Western States 100 | June 2026\n\nNora Fitzgerald chased the record all day at the Western States 100. "
            "The men's race belonged to Henrik Aas for most of the day before Devin Castillo won in 14:41:02.\n\n"
            "Behind her, Yuki Arai came through late to take third in 16:20:48, overtaking Jenna Whit in the final ten "
            "miles. Castillo, who had dropped at Foresthill in 2024 and finished seventh here last year, was not tired.\n\n"
            "For Fitzgerald, it came down to the last three miles. She came onto the track to a standing ovation and "
            "crossed the line in 15:33:41.")
    out = facts(text, "2026-06-29")
    got = {(r["athlete"], r["year"], r["place"], r["time"]) for r in out["results"]}
    assert ("Yuki Arai", 2026, 3, "16:20:48") in got
    assert ("Devin Castillo", 2025, 7, None) in got
    assert ("Nora Fitzgerald", 2026, None, "15:33:41") in got
    assert not any(r["athlete"] == "Henrik Aas" for r in out["results"])


def test_start_list_item_with_its_own_old_record_and_a_possessive_country_title() -> None:
    text = ("CCC 2024 preview\n\nThe CCC starts on Friday. Neither of last year's champions is defending the CCC. "
            "The 2023 women's winner, Sweden's Rosa Lind, has moved up to UTMB.\n\n"
            "• Carla Mendes (POR) — Madeira's best. Won MIUT in April in 14 h 05 min 22 s, taking 11 minutes off the "
            "course record she had set there herself in 2022.")
    out = facts(text, "2024-08-22")
    got = {(r["athlete"], r["race"], r["year"], r["place"], r["time"]) for r in out["results"]}
    assert {("Rosa Lind", "CCC", 2023, 1, None), ("Carla Mendes", "Madeira Island Ultra-Trail", 2024, 1, "14:05:22")} <= got
    assert "Won Miut" not in out["athletes"]


@pytest.mark.parametrize(("text", "race"), [
    # the IAU championships go by their official plural name, whichever number the text uses
    ("Greta Solberg won the IAU 100 km World Championship in 2019 in 7:20:14.", "IAU 100 km World Championships"),
    ("Piotr Nowak was third at the 24 Hour European Championship in 2021 with 262 km.", "IAU 24 Hour European Championships"),
    ("Tom Pike ran the Yorkshire Marathon in 2:51:10 and the Hardmoors 60 a month later.", "Hardmoors 60"),
    ("Tom Pike ran the Yorkshire Marathon in 2:51:10 and the Hardmoors 60 a month later.", "Yorkshire Marathon"),
    ("In 1987 Ivo Marek won the Westfield Sydney to Melbourne in 5 days, 14 hours.", "Sydney to Melbourne Ultramarathon"),
    ("Ivo Marek covered 1,011 km at the Colac Six Day Race in 1990.", "Colac Six Day Race"),
    ("Ivo Marek ran for Poland at the world 100 km road championships in 1994.", "IAU 100 km World Championships"),
])
def test_gazetteer_names_the_race(text: str, race: str) -> None:
    assert race in facts(text, "2024-06-01")["races"]


@pytest.mark.parametrize(("text", "race"), [
    ("Kay Dunn won the Leeds to Hull 50 Mile in 7:40:12 last spring.", "Leeds to Hull 50 Mile"),
    ("Walmsley Heads Back to Hardrock 100 After Two Years Away", "Hardrock 100"),
    ("She ran from Oslo to Bergen Ultra finishers' party in a cab.", "Bergen Ultra"),
])
def test_a_point_to_point_race_name_and_a_race_after_to(text: str, race: str) -> None:
    assert facts(text, "2025-06-01")["races"] == [race]


def test_a_bare_commonwealth_championships_in_a_24_hour_piece() -> None:
    text = ("Rae Quinn covered 241.2 km at the Hull 24 Hour, a Scottish 24-hour record. "
            "The old mark was set by Jo Lamb at the Commonwealth Championships in 2011.")
    assert "Commonwealth 24 Hour Championships" in facts(text, "2025-06-01")["races"]


@pytest.mark.parametrize(("text", "races"), [
    ("Why Her Next Goal Is 100 Miles", []),
    ("Pia Lund won the Gloucester 24-hour track race with 231.4 km.", ["Gloucester 24-hour"]),
    ("Kim Ray went through Hardrock Hut with a lead of ten minutes.", []),
    ("Ola Berg set a fastest known time on the Chilkoot Trail in 2022, running 7:12:40.", ["Chilkoot Trail"]),
    ("Ola Berg was 12th at the Haworth Hobble in 5:02:11.", ["Haworth Hobble"]),
])
def test_race_names_told_from_a_distance_a_town_or_a_checkpoint(text: str, races: list[str]) -> None:
    assert facts(text, "2025-06-01")["races"] == races


def test_a_race_named_as_a_goal_is_not_the_storys_race() -> None:
    text = ("Boyle runs 61 yards for Irish backyard record\nIssued by the Moss Hill Backyard Ultra press office\n\n"
            "ORANMORE, CO. GALWAY — Galway's Tara Boyle is the new Irish backyard ultra record holder after running 61 yards "
            "at the Moss Hill Backyard Ultra, which served this year as the country's satellite race for the Backyard Ultra "
            "Team World Championships.\n\n"
            "Boyle, a 41-year-old nurse from Oranmore, began the last loop alone at 7 a.m. on Monday and came back in "
            "49 minutes to be declared the winner.\n\n"
            "The old mark of 58 yards was set by Ian Cole at the Ox Mountain Backyard Ultra in 2023.")
    out = facts(text, "2025-10-20")
    assert {r["race"] for r in out["results"] if r["athlete"] == "Tara Boyle"} == {"Moss Hill Backyard Ultra"}


def test_a_paragraph_going_on_about_this_year_leaves_the_race_of_an_old_aside() -> None:
    text = ("Ana Roos won the Pine Hollow 50K on Saturday in 4:12:40.\n\n"
            "The women's race went to Mia Lund in 4:40:10. Lund also won the Cedar Ridge 50K in 2022.\n\n"
            "But the loudest cheer on Saturday was for the second woman, 61-year-old Jo Tate of Leeds, who finished in 4:52:31.")
    out = facts(text, "2025-10-20")
    assert ("Jo Tate", "Pine Hollow 50K", 2025, 2, None) in results(out)
    assert not any(r[0] == "Jo Tate" and r[1] == "Cedar Ridge 50K" for r in results(out))


def test_a_race_stem_ending_another_name_in_prose_is_no_race() -> None:
    assert facts("Ida Moss moved to Truckee and now coaches skiing at Palisades Tahoe in the winter.", "2025-06-01")["races"] == []
    assert facts("Ida Moss ran Tahoe in 2024 and then won the Javelina Jundred.", "2025-06-01")["races"] == ["Tahoe 200", "Javelina Jundred"]


def test_a_route_named_with_a_record_is_listed_a_route_in_passing_is_not() -> None:
    out = facts("Ada Brink's bid for the Paddy Buckley Round record ended at Pen-y-Pass in the rain.", "2024-06-01")
    assert out["races"] == ["Paddy Buckley Round"]
    assert facts("Ada Brink walked the Pennine Way with her family in 2019.", "2024-06-01")["races"] == []


def test_headline_subjects_kinds_of_race_and_places_are_no_race_names() -> None:
    out = facts("Team Runner Ada Brink Wins Cedar Ridge 100 Mile in Record Time\n\n"
                "Read more: How to Train for Your First Road Ultra\n\nRead more: The Big Apple Marathon Training Plans",
                "2024-06-01")
    assert out["races"] == ["Cedar Ridge 100 Mile"]
    out = facts("A graduate of Hardrock Valley High School, Ada Brink ran the lap around Mont Blanc in 2019.", "2024-06-01")
    assert out["races"] == []


def test_a_kept_title_a_numbered_title_and_made_it_a_win_are_this_editions_wins() -> None:
    text = ("Harrow Hill 50K report\n\n"
            "Tom Ruiz retained the men's title he won last year, finishing in 4:02:10 after leading from the start.\n\n"
            "Ada Quill collected her fifth Harrow Hill 50K title, completing the course in 4:31:09.\n\n"
            "At the Cedar Ridge 100K, Lev Brandt made it three wins in four years, running 9:58:40.\n\n"
            "Ina Kolar, famous for her six Harrow Hill 50K wins, was fourth in 4:52:10.\n")
    got = results(facts(text, "2025-04-28"))
    assert got == {("Tom Ruiz", "Harrow Hill 50K", 2025, 1, "4:02:10"), ("Tom Ruiz", "Harrow Hill 50K", 2024, 1, None),
                   ("Ada Quill", "Harrow Hill 50K", 2025, 1, "4:31:09"), ("Lev Brandt", "Cedar Ridge 100K", 2025, 1, "9:58:40"),
                   ("Ina Kolar", "Harrow Hill 50K", 2025, 4, "4:52:10")}


def test_a_relative_clause_about_another_occasion_names_no_race_for_the_result() -> None:
    text = ("Ines Duarte won the Canyons 100K on Saturday in 9:40:10.\n\n"
            "Third was Carla Mendes, 9:58:02, who last year was fourth at the Black Canyon 100K.")
    out = facts(text, "2025-04-28")
    assert ("Carla Mendes", "Canyons 100K", 2025, 3, "9:58:02") in results(out)
    out = facts("Ana Ruiz was second in 7:40:00, behind Mia Lund, who won the Bandera 100K.", "2025-01-12")
    assert ("Ana Ruiz", "Bandera 100K", 2025, 2, "7:40:00") in results(out)


def test_a_national_title_race_is_a_race() -> None:
    out = facts("Ola Berg qualified by winning the Norwegian backyard championship in May with 52 yards.", "2025-10-20")
    assert out["races"] == ["Norwegian backyard championship"]
    assert ("Ola Berg", "Norwegian backyard championship", 2025, 1, None) in results(out)
    out = facts("Kim Ode won the USATF 50 km Trail Championships in 3:31:09.", "2025-10-20")
    assert out["races"] == ["USATF 50 km Trail Championships"]


def test_went_to_a_race_stem_and_a_stems_qualifying_race() -> None:
    out = facts("Ines Duarte won the Bighorn 100 in June. Six weeks later she went to Hardrock and won in 27:10:00.",
                "2023-08-01")
    assert ("Ines Duarte", "Hardrock 100", 2023, 1, "27:10:00") in results(out)
    out = facts("Ines Duarte ran the Bighorn 100 in June, a Leadville qualifying race for many.", "2023-08-01")
    assert "Leadville 100" in out["races"]


def test_a_route_heading_over_a_section_on_its_best_times_is_listed() -> None:
    text = ("Routes worth knowing\n\nThe Long Trail\n\nVermont's spine runs 272 miles. "
            "Ada Brink's 4 days and 10 hours from 2019 is still the best anyone has managed.\n\n"
            "The Pennine Way\n\nWe walked it in 2012 with the dog.")
    assert facts(text, "2024-06-01")["races"] == ["Long Trail"]


def test_won_a_list_of_races_is_a_win_at_each() -> None:
    out = facts("In 2019 Ines Duarte won the Bighorn 100, Leadville and the Wasatch 100 in nine weeks.", "2024-06-01")
    got = results(out)
    assert {("Ines Duarte", "Bighorn 100", 2019, 1, None), ("Ines Duarte", "Leadville 100", 2019, 1, None),
            ("Ines Duarte", "Wasatch 100", 2019, 1, None)} <= got
    out = facts("In 2019 Ines Duarte won the Bighorn 100 and Leadville 100 veterans were left behind.", "2024-06-01")
    assert not any(r["race"] == "Leadville 100" for r in out["results"])


def test_a_city_beside_a_marathon_time_is_its_marathon() -> None:
    out = facts("Mia Lund ran 2:29:50 at Chicago in 2022 and won Berlin a year later in 2:27:02.", "2024-06-01")
    assert {"Chicago Marathon", "Berlin Marathon"} <= set(out["races"])
    assert ("Mia Lund", "Berlin Marathon", 2023, 1, "2:27:02") in results(out)
    assert facts("Mia Lund studied at Chicago in 2012 and now coaches there.", "2024-06-01")["races"] == []


def test_role_noun_in_apposition_names_its_runner() -> None:
    out = facts("Mara Voss won the Javelina Jundred in 15:10:02, nine minutes clear of the runner-up, Ellen Price. "
                "At the Bandera 100K, Tim Hale was third, a minute behind the winner, Jonas Berg, who ran 7:52:11.",
                "2023-11-01")
    assert results(out) == {("Mara Voss", "Javelina Jundred", 2023, 1, "15:10:02"),
                            ("Ellen Price", "Javelina Jundred", 2023, 2, None),
                            ("Tim Hale", "Bandera 100K", 2023, 3, None),
                            ("Jonas Berg", "Bandera 100K", 2023, 1, "7:52:11")}


def test_a_race_town_in_a_dateline_is_no_race() -> None:
    out = facts("CORTINA D'AMPEZZO - Lena Vogt won the Lavaredo Ultra Trail on Saturday in 14:10:02, "
                "and the 120 km of Cortina never looked easier.", "2025-06-29")
    assert out["races"] == ["Lavaredo Ultra Trail"]


def test_results_column_headings_in_capitals_name_their_races() -> None:
    text = ("HIGH MOSS HORSESHOE (June)\n\nTom Pike won the High Moss Horseshoe in 2:41:10, his third win.\n\n"
            "CEDAR RIDGE 50K (July)\n\nAnna Lund knocked ten minutes off her best here, running 4:31:10 for 12th.\n\n"
            "BRIGHT WATER PARKRUN (Saturday)\n\nSam Holt was second.\n\nCLUB CHAMPIONSHIP\n\nTwo races left.")
    out = facts(text, "2025-08-01")
    assert {"Cedar Ridge 50K", "Bright Water Parkrun"} <= set(out["races"])
    assert "Club Championship" not in out["races"]
    assert ("Anna Lund", "Cedar Ridge 50K", 2025, 12, "4:31:10") in results(out)


def test_a_race_town_with_its_province_is_the_town() -> None:
    out = facts("On the women's side, Squamish, B.C.'s Ana Ruiz won the Black Canyon 100K in 8:12:40, "
                "and Leadville, Colo. runner Kim Ode was second.", "2025-02-16")
    assert out["races"] == ["Black Canyon 100K"]
    assert ("Ana Ruiz", "Black Canyon 100K", 2025, 1, "8:12:40") in results(out)


def test_time_after_a_dated_win_shares_its_year() -> None:
    out = facts("In 2019 Lena Fisk won the Leadville 100 for the third time, in 19:02:11, with Ada Roy second again.",
                "2024-05-01")
    assert ("Lena Fisk", "Leadville 100", 2019, 1, "19:02:11") in results(out)
    # a place in an apposed aside keeps its own year; the time is this year's
    out = facts("Tom Ruiz, seventh at the Leadville 100 in 2021, clocked 18:22:31.", "2024-08-20")
    assert results(out) == {("Tom Ruiz", "Leadville 100", 2021, 7, None), ("Tom Ruiz", "Leadville 100", 2024, None, "18:22:31")}


def test_a_race_someone_qualified_for_is_not_where_the_result_was_run() -> None:
    text = ("Ines Duarte won the Canyons 100K on Saturday in 9:40:10.\n\n"
            "Carla Mendes, who finished second in 9:52:30, earned a golden ticket into this June's Western States 100. "
            "Ruth Lind, third in 9:58:02, may yet get a Western States entry if a winner declines.")
    out = facts(text, "2025-04-28")
    got = results(out)
    assert ("Carla Mendes", "Canyons 100K", 2025, 2, "9:52:30") in got
    assert ("Ruth Lind", "Canyons 100K", 2025, 3, "9:58:02") in got
    assert not any(r["race"] == "Western States 100" for r in out["results"])


def test_record_breaking_verbs_in_their_ing_and_down_forms() -> None:
    got = records(facts("Mara Quill won the Hardrock 100 in 25:40:10, taking down Ada Lorne's record.", None))
    assert ("course record", "Hardrock 100", "Mara Quill", "25:40:10") in got
    got = records(facts("Tessa Brand won UTA100 in 10:19:40, smashing the women's record held by Kim Ode.", None))
    assert ("course record", "Ultra-Trail Australia", "Tessa Brand", "10:19:40") in got


def test_time_removed_from_a_record_is_a_margin() -> None:
    out = facts("Lena Wirth ran the Tres Rios 100 in 20:11:05 in 2021 and removed 1 hour, 12 minutes and 4 seconds "
                "from the record Ida Falk had set in 2016.", None)
    assert {r["time"] for r in out["records"] if r["athlete"] == "Lena Wirth"} == {"20:11:05"}


def test_a_national_age_group_record_is_over_its_distance() -> None:
    got = records(facts("Nell Ortiz won the Chicago Marathon in 2:39:02 in 2019. Five years later she ran 3:16:40, "
                        "an American women's 40-44 age-group record for 50K on the road.", None))
    assert ("age-group record", "50 km", "Nell Ortiz", "3:16:40") in got


def test_fastest_by_a_woman_in_the_race_s_history() -> None:
    got = records(facts("Joan Avery won the Jed Smith 50K in 3:15:50, the fastest by a woman in the race's history.", None))
    assert ("course record", "Jed Smith 50K", "Joan Avery", "3:15:50") in got


def test_an_interview_answer_goes_on_with_the_questions_race() -> None:
    text = ("A talk with Ada Brink\n\nAda Brink won the Waldo 100K in 2019 and has raced widely since.\n\n"
            "Q: What got you started?\n\nBrink: A friend, mostly. I won Waldo at my first try.\n\n"
            "Q: Then came the Hardrock 100.\n\nBrink: Yes. I got in on my fourth lottery ticket in 2022 and "
            "finished ninth woman in 33 hours, 10 minutes.\n\nQ: What next?\n\nBrink: Rest.")
    out = facts(text, "2024-09-01")
    assert ("Ada Brink", "Hardrock 100", 2022, 9, "33:10:00") in results(out)


def test_a_race_stem_after_a_place_at_or_a_trip_to_is_the_race() -> None:
    out = facts("Ines Duarte made her only trip to Hardrock in 2019 and came away fourth woman in 32:10:00. "
                "She finished third at Leadville less than a month later.", "2024-05-01")
    got = results(out)
    assert ("Ines Duarte", "Hardrock 100", 2019, 4, "32:10:00") in got
    assert ("Ines Duarte", "Leadville 100", 2019, 3, None) in got
    out = facts('Ola Berg won the Bighorn 100 in 2023. "Hardrock is the plan," he said.', "2024-05-01")
    assert "Hardrock 100" in out["races"]


def test_a_time_for_another_distance_is_no_result_at_the_race() -> None:
    text = ("Nils Brand won the Western States 100 in June. At college he ran 14:02 for 5,000 meters, "
            "and in 2019 he added a 2:14:31 marathon. On a track in 2021 he ran 50 miles in 5:02:11.")
    out = facts(text, "2024-07-01")
    assert results(out) == {("Nils Brand", "Western States 100", 2024, 1, None)}
    # the race's own distance beside the time is the race
    out = facts("Ivy Lund won the Lake Sonoma 50 in April, running the 50 miles in 7:02:10.", "2024-05-01")
    assert results(out) == {("Ivy Lund", "Lake Sonoma 50", 2024, 1, "7:02:10")}


def test_taking_down_a_record_that_had_stood_is_a_new_record() -> None:
    got = records(facts("Ravi Solis won the Rattlesnake Ridge 50K in 3:57:02, taking down a course record that had stood since 2014.", None))
    assert ("course record", "Rattlesnake Ridge 50K", "Ravi Solis", "3:57:02") in got


def test_a_run_that_erased_an_older_record_belongs_to_the_runner_named_before() -> None:
    out = facts("Comrades report\n\nLina Moyo won the Comrades Marathon on Sunday in 6:01:10. She was well outside the women's "
                "down-run record of 5:44:10 that Nomsa Dlamini set two years ago, a run that finally erased "
                "Anke van der Berg's 5:53:40 from 1990.", "2025-06-10")
    got = {(r["athlete"], r["time"], r["previous_holder"]) for r in out["records"]}
    assert ("Nomsa Dlamini", "5:44:10", "Anke van der Berg") in got
    assert ("Anke van der Berg", "5:53:40", None) in got
    assert not any(r["athlete"] == "Lina Moyo" for r in out["records"])


def test_the_two_oceans_names_the_race() -> None:
    out = facts("Kerry Nel won the Two Oceans that spring in 3:31:20.", "2024-04-20")
    assert ("Kerry Nel", "Two Oceans Marathon", 2024, 1, "3:31:20") in results(out)


def test_bare_championships_are_the_iau_ones_of_the_distance_told() -> None:
    text = ("24 hours\n\nThe 24-hour mark has moved often. Piotr Nowak won the European Championships in Verona "
            "in 2021 with 301.2 km, and Lena Fisk won the 2023 World Championships in Taipei with 262.4 km.")
    out = facts(text, "2024-05-01")
    assert {"IAU 24 Hour European Championships", "IAU 24 Hour World Championships"} <= set(out["races"])
    assert ("Piotr Nowak", "IAU 24 Hour European Championships", 2021, 1, None) in results(out)
    out = facts("Ada Brink ran 7:20:11 for 100 km to win the European Championships in 2022.", "2024-05-01")
    assert "IAU 100 km European Championships" in out["races"]
    out = facts("She won the World Championships in the marathon in 2022.", "2024-05-01")
    assert out["races"] == []


def test_a_by_the_numbers_item_opens_on_the_record_time() -> None:
    out = facts("Bear Ridge 100 by the Numbers\n\n14:51:07. The course record, set by Owen Tarr in 2011. Nobody has come close.\n\n"
                "17:40:22. Lise Amundsen's women's record from 2008. She won here twice.", "2023-08-01")
    got = records(out)
    assert ("course record", "Bear Ridge 100", "Owen Tarr", "14:51:07") in got
    assert ("course record", "Bear Ridge 100", "Lise Amundsen", "17:40:22") in got


def test_a_time_outside_the_record_and_a_race_that_belonged_to_someone_are_no_records() -> None:
    out = facts("Tara Voss won the Lake Sonoma 50 in 6:55:02. Voss' 6:55:02 was about nine minutes outside the women's "
                "course record. The men's race belonged to Norway's Per Lunde for most of the day.", "2026-04-12")
    assert out["records"] == []


def test_a_course_record_run_is_the_categorys_win() -> None:
    out = facts("Maren Okafor reached the finish of the Leadville 100 in 18:40:12. "
                "Nobody had ever run the course faster: it was a new course record.", "2025-08-20")
    assert ("Maren Okafor", "Leadville 100", 2025, 1, "18:40:12") in results(out)


def test_a_course_record_does_not_overrule_a_stated_place() -> None:
    out = facts("Dmitri Vasko finished second at the Leadville 100 in 15:58:40, under the old "
                "course record, behind a new course record of 15:40:11 by Tobias Lind.", "2025-08-20")
    assert ("Dmitri Vasko", "Leadville 100", 2025, 2, "15:58:40") in results(out)


@pytest.mark.parametrize("sentence", [
    "Rosa Ibarra opened her season with a win at the Tarawera Ultramarathon in February, clocking 9:12:44.",
    "Rosa Ibarra took out the Tarawera Ultramarathon in 9:12:44.",
    "In the Tarawera Ultramarathon, victory for the Mexican Rosa Ibarra in 9:12:44.",
    "Rosa Ibarra took top honours at the Tarawera Ultramarathon in 9:12:44.",
    "Rosa Ibarra topped the women's field at the Tarawera Ultramarathon in 9:12:44.",
    "Rosa Ibarra crossed the line at the Tarawera Ultramarathon in 9:12:44, twenty minutes clear of the field.",
])
def test_wins_told_as_nouns_and_idioms(sentence: str) -> None:
    assert results(facts(sentence, "2025-03-01")) == {("Rosa Ibarra", "Tarawera Ultramarathon", 2025, 1, "9:12:44")}


def test_a_win_for_the_sport_is_no_place() -> None:
    out = facts("Rosa Ibarra finished the Tarawera Ultramarathon in 9:12:44, a big win for the sport.", "2025-03-01")
    assert results(out) == {("Rosa Ibarra", "Tarawera Ultramarathon", 2025, None, "9:12:44")}


@pytest.mark.parametrize("text, want", [
    ("Back for the Bandera 100K are Omar Reyes (second, 7:41:02) and Lea Hahn (third, 8:02:15).",
     {("Omar Reyes", "Bandera 100K", 2024, 2, "7:41:02"), ("Lea Hahn", "Bandera 100K", 2024, 3, "8:02:15")}),
    ("Dan Pike finished the Bighorn 100 in 29:12:40, 61st out of 140 finishers.",
     {("Dan Pike", "Bighorn 100", 2024, 61, "29:12:40")}),
])
def test_places_told_beside_a_time_or_a_field_size(text: str, want: set) -> None:
    assert results(facts(text, "2024-12-01")) == want


@pytest.mark.parametrize("sentence", [
    "Ines Varga took the title at the Lavaredo Ultra Trail in 2015, 2017 and 2019.",
    "Ines Varga won the Lavaredo Ultra Trail in 2015, 2017, and 2019.",
    "Ines Varga won the Lavaredo Ultra Trail in 2015, in 2017 and again in 2019.",
])
def test_a_win_in_a_list_of_years_is_one_result_per_edition(sentence: str) -> None:
    assert results(facts(sentence, "2024-01-10")) == {
        ("Ines Varga", "Lavaredo Ultra Trail", y, 1, None) for y in (2015, 2017, 2019)}


def test_a_win_and_a_place_in_two_years_stay_apart() -> None:
    out = facts("Ines Varga won the Lavaredo Ultra Trail in 2015 and finished second in 2017.", "2024-01-10")
    assert results(out) == {("Ines Varga", "Lavaredo Ultra Trail", 2015, 1, None),
                            ("Ines Varga", "Lavaredo Ultra Trail", 2017, 2, None)}


def test_a_placed_finisher_title_is_that_editions_place() -> None:
    out = facts("Back at the Hardrock 100 is last year's fourth-place finisher, Odile Marchand.", "2025-07-01")
    assert results(out) == {("Odile Marchand", "Hardrock 100", 2024, 4, None)}
    out = facts("The 2021 second-place finisher Odile Marchand returns to the Hardrock 100.", "2025-07-01")
    assert results(out) == {("Odile Marchand", "Hardrock 100", 2021, 2, None)}


def test_demonym_nouns_and_conjunctions_are_not_part_of_a_name() -> None:
    out = facts("At the Western States 100, Spaniard Hugo Marchal was fifth in 16:02:11. "
                "If Marchal's run was steady, it was not what he had hoped for.", "2024-06-30")
    assert out["athletes"] == ["Hugo Marchal"]
    assert results(out) == {("Hugo Marchal", "Western States 100", 2024, 5, "16:02:11")}


@pytest.mark.parametrize("sentence", [
    "At the Comrades Marathon, Sipho Dlamini had gone through Drummond, the halfway mark, in 2:41:09.",
    "At the Lake Sonoma 50, Ben Oakes reached the turnaround at roughly the 25-mile mark in 2:49.",
])
def test_splits_told_with_the_point_reached_are_no_results(sentence: str) -> None:
    assert results(facts(sentence, "2024-06-30")) == set()


@pytest.mark.parametrize("sentence", [
    "Piet Smit was runner-up to American Joe Lang at the Comrades Marathon in 2019.",
    "Piet Smit finished second to the defending champion Joe Lang at the Comrades Marathon in 2019.",
])
def test_runner_up_to_someone_makes_them_the_winner(sentence: str) -> None:
    assert results(facts(sentence, "2024-06-10")) == {("Piet Smit", "Comrades Marathon", 2019, 2, None),
                                                      ("Joe Lang", "Comrades Marathon", 2019, 1, None)}


def test_a_possessive_winning_time_is_the_runners() -> None:
    out = facts("Sara Lind won the Lavaredo Ultra Trail. Maya Roth's winning 13 h 58 min 02 s in 2019 came on "
                "an older course.", "2024-06-30")
    assert ("Maya Roth", "Lavaredo Ultra Trail", 2019, 1, "13:58:02") in results(out)


def test_a_finish_after_coming_through_an_aid_station_is_no_split() -> None:
    out = facts("At the Hardrock 100, Ada Voss came through Grouse Gulch 20 minutes down and finished third in 29:40:11.",
                "2024-07-14")
    assert results(out) == {("Ada Voss", "Hardrock 100", 2024, 3, "29:40:11")}


def test_a_results_box_run_on_one_line_and_a_year_told_in_the_paragraph_before() -> None:
    text = ("Ferraro steals Black Canyon\n"
            "Luca Ferraro won the Black Canyon 100K on Saturday. Ana Ruiz, who won the race in 2023, was third.\n"
            "RESULTS\n"
            "Men: 1. Luca Ferraro (ITA) 7:12:09 2. Owen Castle (USA) 7:18:40 3. Jon White (CAN) 7:26:15\n"
            "Women: 1. Ida Soll (NOR) 8:04:51 2. Freya Oak (GBR) 8:17:30 3. Ana Ruiz (USA) 8:22:06\n")
    got = results(facts(text, "2026-02-16"))
    assert {("Luca Ferraro", "Black Canyon 100K", 2026, 1, "7:12:09"), ("Owen Castle", "Black Canyon 100K", 2026, 2, "7:18:40"),
            ("Jon White", "Black Canyon 100K", 2026, 3, "7:26:15"), ("Ida Soll", "Black Canyon 100K", 2026, 1, "8:04:51"),
            ("Freya Oak", "Black Canyon 100K", 2026, 2, "8:17:30"), ("Ana Ruiz", "Black Canyon 100K", 2026, 3, "8:22:06")} <= got


def test_a_pacer_in_a_fronted_participle_phrase_is_not_the_pronoun() -> None:
    text = ("Omar Reyes won the Bighorn 100 in June. A month later he went to the Leadville 100. "
            "Helped up Hope Pass by his brother Luis Reyes, he pulled clear on the return and won in 16:20:44.")
    out = facts(text, "2024-09-01")
    assert ("Omar Reyes", "Leadville 100", 2024, 1, "16:20:44") in results(out)
    assert not any(r[0] == "Luis Reyes" for r in results(out))


def test_the_runner_a_record_was_taken_from_is_a_person() -> None:
    out = facts("The Thames Path 100 is flat. In May Ruth Okoro was first woman in 15:40:02, taking the course record "
                "from Siân Pryor, whose 16:01:19 had lasted since 2018.", "2024-12-01")
    got = records(out)
    assert ("course record", "Thames Path 100", "Siân Pryor", "16:01:19") in got
    assert "Siân Pryor" in out["athletes"]


def test_a_record_set_on_a_course_in_a_year_by_someone() -> None:
    out = facts("Japan's Ken Arai broke the men's 100 km world record at the Lake Saroma Ultramarathon on Sunday in 6:04:10. "
                "He also holds the Japanese 24-hour record. The previous world best of 6:12:50 was set on the same course "
                "in 1997 by Toru Sato.", "2026-06-28")
    got = records(out)
    assert ("world record", "100 km", "Toru Sato", "6:12:50") in got


def test_a_podium_in_brackets_after_the_winners_sentence() -> None:
    text = ("Lake Sonoma 50\n\nTeo Marsh took control at the turnaround, winning in 6:08:44. The chase stayed close "
            "for ten miles. (2. Dirk Archer 6:11:19, 3. Matt Rinaldo 6:12:02)")
    assert results(facts(text, "2026-04-14")) == {("Teo Marsh", "Lake Sonoma 50", 2026, 1, "6:08:44"),
                                                  ("Dirk Archer", "Lake Sonoma 50", 2026, 2, "6:11:19"),
                                                  ("Matt Rinaldo", "Lake Sonoma 50", 2026, 3, "6:12:02")}


def test_a_mark_at_an_unnamed_event_is_no_result_at_the_paragraphs_race() -> None:
    text = ("Lena Fisk won the Western States 100 in 2022. In 2023 she ran 14:41:09 on a flat loop course "
            "near Basel. In 2024 she ran the Western States 100 on a course that had been rerouted, finishing in 16:12:40.")
    got = results(facts(text, "2024-07-01"))
    assert ("Lena Fisk", "Western States 100", 2024, None, "16:12:40") in got
    assert not any(r[4] == "14:41:09" for r in got)


def test_record_phrasings_for_age_groups_and_course_bests() -> None:
    got = records(facts("Sipho Nkosi, 45, was the first runner over 40 to finish the Comrades Marathon, 12th overall in "
                        "5:51:20, a new up-run best for the veterans' category.", "2025-06-10"))
    assert ("age-group record", "Comrades Marathon", "Sipho Nkosi", "5:51:20") in got
    got = records(facts("The fastest time by a runner aged 60 or over at the Tres Rios 100 is 24:10:05 by Carl Dunning of "
                        "Taos, who was 61 when he finished ninth in 2020.", None))
    assert ("age-group record", "Tres Rios 100", "Carl Dunning", "24:10:05") in got
    got = records(facts("At the Javelina Jundred in 2019 Ruth Amsel won in 15:01:22, a time that was then the fastest "
                        "ever run by a woman on that course.", None))
    assert ("course record", "Javelina Jundred", "Ruth Amsel", "15:01:22") in got
    got = records(facts("On the up run of the Comrades Marathon in 2021 Thandi Khoza ran 6:01:10, a new women's best for it.", None))
    assert ("course record", "Comrades Marathon", "Thandi Khoza", "6:01:10") in got


def test_a_surname_in_capitals_first_is_the_runners_surname() -> None:
    out = facts("Only local runner TANAKA Yui was faster at the Mt. Fuji 100. Tanaka, a 41-year-old teacher, "
                "won in 21h 50m 12s.", "2025-04-28")
    assert out["athletes"] == ["Yui Tanaka"]
    assert results(out) == {("Yui Tanaka", "Ultra-Trail Mt. Fuji", 2025, 1, "21:50:12")}


def test_a_fact_box_records_line_gives_each_holder() -> None:
    out = facts("Bear Ridge 100\n\nLocation: Taos, New Mexico\nDistance: 100.2 mi\n"
                "Course records: Ana Pruitt, 19:02:11 (2022); Leo Marsh, 17:48:09 (2024)\n\nHistory\n\n"
                "The race was first held in 2009.", None)
    got = {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"]) for r in out["records"]}
    assert ("course record", "Bear Ridge 100", "Ana Pruitt", "19:02:11", 2022) in got
    assert ("course record", "Bear Ridge 100", "Leo Marsh", "17:48:09", 2024) in got


def test_age_group_category_places_beat_overall_places() -> None:
    out = facts("Jane Holt had a fine run at the Hardmoors 60 along the Pennine Way, 12:02:10 and first FV50, 20th overall.",
                "2025-11-20")
    assert results(out) == {("Jane Holt", "Hardmoors 60", 2025, 1, "12:02:10")}
    assert out["athletes"] == ["Jane Holt"]
    out = facts("Tom Pike ran the Round Rotherham 50 in 9:40:02 for 31st. Tom was also first MV60.", "2025-11-20")
    assert results(out) == {("Tom Pike", "Round Rotherham 50", 2025, 1, "9:40:02")}


def test_racing_for_second_is_a_goal_not_a_place() -> None:
    out = facts("Mia Sato won the Hardrock 100 in 2024. If she is as fit as her coach Lara Quist thinks, "
                "the rest of the field at the Hardrock 100 is running for second.", "2025-07-01")
    assert results(out) == {("Mia Sato", "Hardrock 100", 2024, 1, None)}


@pytest.mark.parametrize("sentence", [
    "At the Bandera 100K Nora Vidal won so often that the race began to feel like her training run.",
    "At Big's Backyard Ultra the winner must run one more loop alone, so when Kai Berg stopped, Nils Oja went out by himself.",
])
def test_habits_and_rules_are_no_win_of_an_edition(sentence: str) -> None:
    assert not any(r[3] == 1 for r in results(facts(sentence, "2024-10-30")))


def test_an_en_dash_age_group_record_for_24_hours() -> None:
    out = facts("Lena Okoro ran 141.5 miles at the Jackpot Ultra Running Festival 24-hour race in February. That distance is "
                "a new American W50–54 record for 24 hours and beats the 138.0 miles that Kara Dunne ran in 2021.", "2026-02-20")
    got = {(r["type"], r["race_or_route"], r["athlete"]) for r in out["records"]}
    assert ("age-group record", "24 hours", "Kara Dunne") in got


def test_a_record_held_by_someone_who_went_a_time() -> None:
    got = records(facts("Nia Holt set a new women's FKT on the Wonderland Trail on Sunday in 22:58. The previous women's mark "
                        "was held by Jo Brandt, who went 23:41 in 2021.", "2025-08-04"))
    assert ("FKT", "Wonderland Trail", "Jo Brandt", "23:41:00") in got


def test_a_year_ago_in_july_is_last_years() -> None:
    out = facts("• Kate Moss (GBR) — Won the Lakeland 100 a year ago in July, running 24:05:11 in the rain.", "2024-08-22")
    assert ("Kate Moss", "Lakeland 100", 2023, 1, "24:05:11") in results(out)


def test_a_record_distance_that_belonged_to_someone_is_their_record() -> None:
    out = facts("In Belgium, Lotte Maes covered 255.1 km at the Gent 24 Hour, a Belgian national record. "
                "The old record of 247.3 km belonged to Ine Claes from 2016.", "2025-05-12")
    got = {(r["type"], r["race_or_route"], r["athlete"]) for r in out["records"]}
    assert ("national record", "24 hours", "Ine Claes") in got
    assert len([r for r in out["records"] if r["athlete"] == "Ine Claes"]) == 1  # one record, told by distance and by event


def test_a_holders_mark_given_in_apposition() -> None:
    out = facts("Omar Reyes set a new FKT on the Appalachian Trail on Friday in 40 days, 9 hours and 12 minutes, taking "
                "a day off the record Ida Brun had held since 2019. Brun's mark, 41 days, 8 hours and 2 minutes, had "
                "itself been a leap.", "2026-09-20")
    got = records(out)
    assert ("FKT", "Appalachian Trail", "Ida Brun", "992:02:00") in got


def test_in_may_dates_a_result_before_a_january_piece() -> None:
    got = results(facts("Lena Ortiz finished fourth at the Cedar Peak 50K in May.", "2026-01-10"))
    assert got == {("Lena Ortiz", "Cedar Peak 50K", 2025, 4, None)}


def test_two_results_of_one_runner_in_one_clause_stay_apart() -> None:
    text = "Lena Ortiz finished sixth at the Cedar Peak 50K in April before surprising herself by taking second at the Pine Flats 50 in June in 8:02:10."
    assert results(facts(text, "2025-09-01")) == {("Lena Ortiz", "Cedar Peak 50K", 2025, 6, None),
                                                  ("Lena Ortiz", "Pine Flats 50", 2025, 2, "8:02:10")}


def test_and_came_home_opens_a_clause_with_its_own_date() -> None:
    text = "Tom Reyna finished ninth in the Otter Ridge 100 in 2023 in 25hr 40min and came home third at the Glen Fell Race last July."
    assert results(facts(text, "2025-03-02")) == {("Tom Reyna", "Otter Ridge 100", 2023, 9, "25:40:00"),
                                                  ("Tom Reyna", "Glen Fell Race", 2024, 3, None)}


def test_the_date_of_an_aside_result_does_not_date_the_main_one() -> None:
    text = ("The Birch Lake 50 was run in heavy rain on Saturday.\n\n"
            "Paul Mwangi, fourth on last year's course, lost his way near the lake and finished ninth.")
    got = results(facts(text, "2025-05-12"))
    assert ("Paul Mwangi", "Birch Lake 50", 2025, 9, None) in got


def test_a_paragraph_opening_on_her_does_not_date_its_months_by_the_last_paragraphs_year() -> None:
    text = ("In 2022, Ana Reis tried the route and turned back at the second river.\n\n"
            "Her form has come back since. In March she won the Pine Flats 50 in 7:40:12.")
    assert results(facts(text, "2025-09-01")) == {("Ana Reis", "Pine Flats 50", 2025, 1, "7:40:12")}


def test_her_own_year_mark_is_the_old_records_date() -> None:
    got = results(facts("Ana Reis won the Pine Flats 50 in 7:01:10, beating her own 2021 mark by three minutes.", "2025-04-20"))
    assert got == {("Ana Reis", "Pine Flats 50", 2025, 1, "7:01:10")}


@pytest.mark.parametrize("sentence", [
    "Ana Reis pulled clear after the second climb and crossed the line in 7:01:10 at the Pine Flats 50, her fourth win in a row.",
    "Ana Reis added a third victory this season with 7:01:10 at the Pine Flats 50.",
    "At the Pine Flats 50 it was Ana Reis wire to wire, 7:01:10.",
])
def test_wins_told_as_an_apposition_an_added_victory_or_wire_to_wire(sentence: str) -> None:
    assert results(facts(sentence, "2025-04-20")) == {("Ana Reis", "Pine Flats 50", 2025, 1, "7:01:10")}


def test_the_third_place_went_to() -> None:
    got = results(facts("At the Pine Flats 50, the third place went to Norway's Ola Berg in 6:58:02.", "2025-04-20"))
    assert got == {("Ola Berg", "Pine Flats 50", 2025, 3, "6:58:02")}


def test_a_race_the_runner_now_heads_to_is_not_the_one_the_list_after_tells() -> None:
    text = ("Cedar Peak 50K\n\nIda Lunde won the women's race in 4:40:10 and now heads to the Pine Flats 50. "
            "(2. Mia Holt 4:44:02, 3. Eva Stam 4:51:30)")
    got = results(facts(text, "2025-05-04"))
    assert ("Mia Holt", "Cedar Peak 50K", 2025, 2, "4:44:02") in got and not any(r[1] == "Pine Flats 50" for r in got)


def test_a_clause_opening_on_but_and_a_past_verb_shares_the_subject() -> None:
    text = "Ola Berg sat back early at the Cedar Peak 50K. He was ninth at the first aid station but climbed steadily and crossed the line in 3:58:40."
    assert ("Ola Berg", "Cedar Peak 50K", 2025, None, "3:58:40") in results(facts(text, "2025-05-04"))


def test_the_winner_told_as_the_one_a_race_belonged_to_is_who_she_is() -> None:
    text = ("Tom Reyna was third at the Cedar Peak 50K. The women's race belonged to Ida Lunde. "
            "She led from the start and crossed the line in 4:40:10.")
    got = results(facts(text, "2025-05-04"))
    assert ("Ida Lunde", "Cedar Peak 50K", 2025, 1, "4:40:10") in got and not any(r[0] == "Tom Reyna" and r[4] for r in got)


def test_last_years_winner_in_apposition_does_not_date_the_paragraph() -> None:
    text = ("Cedar Peak 50K\n\nIda Lunde won in 4:40:10. Last year's winner, Mia Holt, dropped at the halfway point. "
            "(2. Eva Stam 4:44:02, 3. Kari Dahl 4:51:30)")
    assert ("Eva Stam", "Cedar Peak 50K", 2025, 2, "4:44:02") in results(facts(text, "2025-05-04"))


def test_a_headline_record_names_the_subject_of_record_talk_far_below() -> None:
    out = facts("Moss knocks twenty minutes off Paddy Buckley record\n\n"
                "Runner crosses 47 Welsh summits as Pryce wins a muddy Snowdon Race\n\n"
                "Dai Pryce won the Snowdon Race on Saturday in 1:05:10. The Snowdon Race had a big field.\n\n"
                "Eva Moss had been warned about the wind. It did not matter much.\n\n"
                "She ran the route over 47 Snowdonia peaks in a little over 17 hours.\n\n"
                "Her friends met her at the end with tea.\n\n"
                "The overall record is still Tom Reese's 16hr 41min from 2021. Reese took 20 minutes off Ian Lloyd's 17:01 "
                "from 2019, which in turn had ended the long reign of Alan Hughes, whose 17:40 in 1985 became a famous mark.\n\n"
                "Dai Pryce won the Snowdon Race in 1:05:10, a minute outside the course record. Pryce finished fourth in the "
                "Snowdon Race in 2024, then won it last year.", "2026-07-01")
    got = records(out)
    assert ("FKT", "Paddy Buckley Round", "Tom Reese", "16:41:00") in got
    assert ("FKT", "Paddy Buckley Round", "Ian Lloyd", "17:01:00") in got
    assert ("FKT", "Paddy Buckley Round", "Alan Hughes", "17:40:00") in got
    assert not any(r[0] == "course record" for r in got)




def test_a_race_stem_before_fells_is_the_place_not_the_race() -> None:
    out = facts("Ivy Rowe was fifth in the Lakeland 100 in 2024.\n\n"
                "On Saturday she touched the Moot Hall door after 14hr 10min, to set a new women's record for the Bob Graham Round, "
                "a circuit of 42 Lakeland fells. That took 20 minutes off the 14hr 30min set by Ann Pike in 2021.", "2026-06-20")
    assert not any(r["race_or_route"] == "Lakeland 100" for r in out["records"])


def test_jfk_alone_names_the_jfk_50_mile() -> None:
    got = results(facts("Ana Reis won the women's race at JFK in 6:20:44.", "2025-11-25"))
    assert got == {("Ana Reis", "JFK 50 Mile", 2025, 1, "6:20:44")}


def test_a_plural_headline_verb_ends_the_names_before_a_race() -> None:
    text = "Reis and Berg Win Pine Flats 50 Titles\n\nAna Reis and Ola Berg won the Pine Flats 50 on Saturday."
    assert set(facts(text, "2025-05-04")["races"]) == {"Pine Flats 50"}


def test_two_records_joined_with_both_of_one_time_set_by_the_old_holder() -> None:
    out = facts("OSAKA (Reuters) - Japan's Ken Sato won the Lake Saroma 100K on Sunday in 6:04:10, a world record.\n\n"
                "The run also erased the Japanese record and the Saroma course record, both of 6:10:20, set here by Takeshi Morimoto in 2017.",
                "2026-06-28")
    got = records(out)
    assert {("national record", "100 km", "Takeshi Morimoto", "6:10:20"), ("course record", "Lake Saroma 100K", "Takeshi Morimoto", "6:10:20"),
            ("national record", "100 km", "Ken Sato", "6:04:10"), ("course record", "Lake Saroma 100K", "Ken Sato", "6:04:10")} <= got


def test_and_had_been_opens_a_clause_with_its_own_date() -> None:
    got = results(facts("Ida Lunde won the Cedar Peak 50K in May and had been second at the Pine Flats 50 in 2021.", "2025-09-14"))
    assert got == {("Ida Lunde", "Cedar Peak 50K", 2025, 1, None), ("Ida Lunde", "Pine Flats 50", 2021, 2, None)}


def test_stage_wins_are_no_race_results() -> None:
    text = ("Ana Reis won the Dune Crossing 200K in 21:40:12. Mia Holt, who won three stages, finished second overall in 22:02:51.\n\n"
            "Stage 2 (38 km): Holt won the stage in 3:11:09, with Reis third.")
    got = results(facts(text, "2025-04-20"))
    assert got == {("Ana Reis", "Dune Crossing 200K", 2025, 1, "21:40:12"), ("Mia Holt", "Dune Crossing 200K", 2025, 2, "22:02:51")}


def test_masters_records_told_by_decade_and_by_category_with_a_fixed_time() -> None:
    out = facts("Masters marks of the year\n\nIn October, Germany's Hans Becker, 61, ran 21:10:05 at the Javelina Jundred, "
                "the fastest ever by a man in his 60s.\n\n"
                "At Desert Solstice in December, Oregon's Ruth Landry, 52, covered 138.2 miles on the track to set a new American "
                "W50 24-hour record, beating the 131.0 miles Jane Cobb ran in 2018.", "2025-01-10")
    got = records(out)
    assert ("age-group record", "Javelina Jundred", "Hans Becker", "21:10:05") in got
    assert ("age-group record", "24 hours", "Ruth Landry", None) in got
    assert not any(r[0] == "course record" for r in got)


def test_lowering_her_own_course_record_of_a_time_keeps_the_old_mark_as_hers() -> None:
    out = facts("Ana Reis won the Pine Flats 50 in 6:02:10, lowering her own course record of 6:15:44 from 2022 by 13 minutes.", "2025-05-04")
    got = {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"], r["previous_time"]) for r in out["records"]}
    assert ("course record", "Pine Flats 50", "Ana Reis", "6:02:10", 2025, "6:15:44") in got
    assert ("course record", "Pine Flats 50", "Ana Reis", "6:15:44", 2022, None) in got


def test_a_holders_dated_mark_of_a_time_told_in_words_is_the_holders() -> None:
    out = facts("Long Trail\n\nAna Birch finished the Long Trail unsupported in 4 days, 2 hours and 10 minutes, a new FKT. "
                "Tom Reyes's 2019 mark of 4 days, 9 hours and 40 minutes had looked safe; Birch took more than seven hours off it.",
                "2025-09-01")
    got = records(out)
    assert ("FKT", "Long Trail", "Tom Reyes", "105:40:00") in got
    assert not any(r[2] == "Ana Birch" and r[3] == "105:40:00" for r in got)


def test_the_month_a_race_is_named_with_dates_the_result_told_next() -> None:
    text = "Ida Lunde first tried an ultra last September, running the Cedar Peak 50K near her home. She finished fourth in 5:02:11."
    assert results(facts(text, "2025-07-20")) == {("Ida Lunde", "Cedar Peak 50K", 2024, 4, "5:02:11")}


def test_good_for_a_place_after_a_run_is_that_runs_place() -> None:
    text = "Ola Berg was fourth at the 2021 Pine Flats 50 in 7:10:00, then ran 3:58:40 at the Cedar Peak 50K in 2022, good for ninth among the men."
    assert results(facts(text, "2025-03-01")) == {("Ola Berg", "Pine Flats 50", 2021, 4, "7:10:00"), ("Ola Berg", "Cedar Peak 50K", 2022, 9, "3:58:40")}


@pytest.mark.parametrize("text, race", [
    ("Marta Kowal won the Danube 6 Day Race with 801.2 km.", "Danube 6 Day Race"),
    ("Marta Kowal won the Danube Six-Day Race with 801.2 km.", "Danube Six-Day Race"),
    ("Luca Ferri won the Pizzo d'Orso 100 km in 7:02:11.", "Pizzo d'Orso 100K"),
    ("Luca Ferri won the Valmalenco Skyrace in 2:41:09.", "Valmalenco Skyrace"),
    ("Luca Ferri was the only finisher of the Vistula 1000 km in 5d 20h 11min.", "Vistula 1000K"),
])
def test_fixed_time_multiday_and_elided_race_names(text: str, race: str) -> None:
    assert facts(text, "2025-06-01")["races"] == [race]


def test_a_fixed_time_race_is_over_its_hours_or_days_not_miles() -> None:
    out = facts("Marta Kowal won the Danube 6 Day Race on Sunday.", "2025-06-01")
    assert [r["distance"] for r in out["results"]] == ["6 days"]
    out = facts("Ivo Brandt won the Harbour 24 Hour on Sunday.", "2025-06-01")
    assert [r["distance"] for r in out["results"]] == ["24 hours"]


def test_a_race_familys_stem_before_another_fixed_time_is_not_the_familys_other_race() -> None:
    out = facts("Nora Lind won the Self-Transcendence 12-hour race in Ottawa with 121.4 km.", "2025-06-01")
    assert "Self-Transcendence 3100 Mile Race" not in out["races"]
    assert all(r["race"] != "Self-Transcendence 3100 Mile Race" for r in out["results"])


def test_previous_best_belonged_to_a_possessive_holder() -> None:
    out = facts("Ana Ruiz won the Bighorn 100 in 20:11:05. The previous best on the course belonged to "
                "Missoula's Jo Tate, who ran 20:40:12 in 2019.", "2024-06-16")
    assert ("course record", "Bighorn 100", "Jo Tate", "20:40:12") in records(out)
    # the record's holder is no winner of this year's race
    assert not any(r[0] == "Jo Tate" and r[2] == 2024 for r in results(out))


def test_standing_age_group_record_over_the_distance_of_the_sentence_before() -> None:
    out = facts("Ron Bale ran 8:02:10 at the Tunnel Hill 50 Mile in November, missing the American men's "
                "75-79 record for 50 miles by a minute. That record, 8:01:02, has been held by Tim Orr since 2016.",
                "2025-01-10")
    assert ("age-group record", "50 miles", "Tim Orr", "8:01:02") in records(out)


def test_a_record_field_and_a_runner_also_under_the_old_record_claim_no_record() -> None:
    out = facts("Organizer Dana Lyle said 540 runners started, a record field for the race.", "2024-05-01")
    assert out["records"] == []
    out = facts("The Bighorn 100 course record stood for years until 2023. That year Eli Ward won in 19:02:11, "
                "under the old record. Sam Birch was second in 19:20:40, also under the old record.", "2024-06-16")
    assert not any(r[2] == "Sam Birch" for r in records(out))


def test_the_subject_of_holds_holds_the_record_whose_time_follows() -> None:
    out = facts("Second was Lena Moss in 22:10:05. Moss won the Bighorn 100 in 2021 and still holds the "
                "women's course record, 21:33:40, from that year.", "2024-06-16")
    assert ("course record", "Bighorn 100", "Lena Moss", "21:33:40") in records(out)
    assert not records(facts("Lena Moss never held the course record of 21:33:40 at the Bighorn 100.", "2024-06-16"))


def test_a_club_record_is_type_other_over_its_distance() -> None:
    out = facts("Kim Tully ran 18:44:02 at the Bighorn 100. That is a new club record for 100 miles, beating the "
                "19:30:11 that Rob Hale ran at the Umstead 100 in 2015.", "2024-06-20")
    assert ("other", "100 miles", "Rob Hale", "19:30:11") in records(out)
    assert not any(r[0] == "course record" for r in records(out))
    out = facts("Al Dent covered 190.2 km at the Harbour 24 Hour, a new club 24-hour record.", "2024-06-20")
    assert {(r[0], r[1]) for r in records(out)} == {("other", "24 hours")}


def test_minutes_off_a_personal_best_is_no_record() -> None:
    text = ("The club 24-hour record fell in 2023 to Al Dent. "
            "Jo Marsh took 40 minutes off her previous best at the Harbour 50, running 8:21:45 for 12th.")
    assert not any(r[2] == "Jo Marsh" for r in records(facts(text, "2024-06-20")))


def test_last_years_champion_in_apposition_does_not_date_this_years_place() -> None:
    text = ("Tom Arle won the Bighorn 100 in 19:40:12. Last year's champion, Rui Santos, could not match Arle "
            "after Footbridge and settled for second in 20:05:47.")
    got = results(facts(text, "2025-06-16"))
    assert ("Rui Santos", "Bighorn 100", 2025, 2, "20:05:47") in got
    assert ("Rui Santos", "Bighorn 100", 2024, 1, None) in got
    assert not any(r[0] == "Tom Arle" and r[3] == 2 for r in got)


def test_last_years_runner_up_as_a_predicate_dates_its_time() -> None:
    text = "At the Bighorn 100, Ines Moreau was last year's runner-up in 23:10:05."
    assert results(facts(text, "2025-06-01")) == {("Ines Moreau", "Bighorn 100", 2024, 2, "23:10:05")}


def test_a_trailing_where_clause_about_another_edition_does_not_date_the_paragraph() -> None:
    text = ("Penyagolosa Trails CSP 115\n\nOn Saturday, Spain's Pau Vidal won the CSP 115 in 11h12m40s, the fastest time of his career on this "
            "course, where he was third in 2023. Spain's Ana Gil won the women's race in 12h55m02s, seventh overall.")
    got = results(facts(text, "2025-04-28"))
    assert ("Ana Gil", "Penyagolosa Trails CSP", 2025, 1, "12:55:02") in got
    assert ("Pau Vidal", "Penyagolosa Trails CSP", 2023, 3, None) in got


def test_behind_winner_gives_the_winner_a_win_and_each_runner_their_own_time() -> None:
    text = ("Lena Fox won the Vermont 50 in 2022. A year later she went to Arizona for the Javelina Jundred and finished "
            "third woman in 16:02:44 behind winner Carla Diaz of Tucson, who ran 15:30:18.")
    got = results(facts(text, "2025-01-10"))
    assert ("Lena Fox", "Javelina Jundred", 2023, 3, "16:02:44") in got
    assert ("Carla Diaz", "Javelina Jundred", 2023, 1, "15:30:18") in got


def test_a_spot_in_the_following_years_race_does_not_date_the_result() -> None:
    text = ("In 2020 Mara Holt was 14th woman at Western States in 21:10:10. She returned in 2021 with a new crew "
            "and came home seventh woman in 19:02:33, good for a spot in the following year's race.")
    got = results(facts(text, "2025-03-01"))
    assert ("Mara Holt", "Western States 100", 2021, 7, "19:02:33") in got


def test_that_day_and_then_refer_to_the_race_just_told_in_a_profile() -> None:
    text = ("Ada Lind's first ultra was the Bromont Ultra 50K in 2016.\n\n"
            "In October 2022 Lind won the Javelina Jundred in 15:01:09. Eva Stone of Phoenix was second that day in 15:40:31.\n\n"
            "A year later Lind went to the Black Canyon 100K and finished second woman in 9:31:12 behind winner Carla Diaz. "
            "Lind was then 14th overall.")
    got = results(facts(text, "2025-02-01"))
    assert ("Eva Stone", "Javelina Jundred", 2022, 2, "15:40:31") in got
    assert ("Ada Lind", "Black Canyon 100K", 2023, 2, "9:31:12") in got
    assert not any(r[3] == 14 for r in got)


def test_a_rounds_record_stays_an_fkt_when_a_race_was_named_in_passing() -> None:
    text = ("The Paddy Buckley Round: a guide\n\n"
            "The Paddy Buckley Round is a loop of 47 Welsh summits, and anyone may run it.\n\n"
            "The women's record has moved often. Nia Rowe, the runner who later won the Barkley Marathons, "
            "ran 17:10 in 2017. That time lasted three years: in 2020, Gwen Pryce ran 16:41, lowering Rowe's "
            "mark by 29 minutes.")
    got = records(facts(text, "2024-06-20"))
    assert ("FKT", "Paddy Buckley Round", "Gwen Pryce", "16:41:00") in got
    assert ("FKT", "Paddy Buckley Round", "Nia Rowe", "17:10:00") in got
    assert not any(r[0] == "course record" for r in got)


@pytest.mark.parametrize("text", [
    "Ana Roos won the USATF 50 Mile Trail Championships at the Cedar Ridge 50 Mile in 6:12:40.",
    "The Cedar Ridge 50 Mile near Asheville served again as the USATF 50 Mile Trail Championships, and Ana Roos won in 6:12:40.",
    "Ana Roos won the Cedar Ridge 50 Mile in 6:12:40. The race also hosted the 2025 USATF 50 Mile Trail Championships.",
    "USATF 50 Mile Trail Championships\nHosted this year by the Cedar Ridge 50 Mile, the title went to Ana Roos in 6:12:40.",
])
def test_a_championship_held_at_a_race_is_that_race(text: str) -> None:
    out = facts(text, "2025-06-01")
    assert out["races"] == ["Cedar Ridge 50 Mile"]
    assert {r["race"] for r in out["results"]} == {"Cedar Ridge 50 Mile"}


def test_a_satellite_race_for_a_championship_is_not_the_championship() -> None:
    out = facts("Ana Roos ran 61 yards at the Moss Hill Backyard Ultra, which served as a qualifier for the Backyard Ultra "
                "Team World Championship.", "2025-06-01")
    assert set(out["races"]) == {"Moss Hill Backyard Ultra", "Backyard Ultra Team World Championships"}


def test_a_race_goes_by_the_full_name_the_text_gives_it() -> None:
    out = facts("Ana Roos won the Mont Blanc Marathon in 4:41:10 on Sunday.", "2025-06-30")
    assert out["races"] == ["Mont Blanc Marathon"]
    assert results(out) == {("Ana Roos", "Mont Blanc Marathon", 2025, 1, "4:41:10")}
    # the gazetteer's own name when the text writes it too, and no odd casing or abbreviation
    out = facts("Ana Roos won the Marathon du Mont-Blanc in 4:41:10. The Mont Blanc Marathon was her first win.", "2025-06-30")
    assert out["races"] == ["Marathon du Mont-Blanc"]
    assert facts("ana roos won WSER in 15:41:10 on sunday.", "2025-06-30")["races"] == ["Western States 100"]
    assert facts("Ana Roos won the BARKLEY Marathons in 2025.", "2025-06-30")["races"] == ["Barkley Marathons"]


def test_a_titles_year_does_not_date_the_runners_result_this_year() -> None:
    text = ("Zegama-Aizkorri\n\nMuch of the talk was about the return of Ana Lutz, the 2022 champion, after a long injury. "
            "Lutz ran with the leaders until Aratz, but she fell on the descent and finished eighth in 4h41'10''.")
    assert ("Ana Lutz", "Zegama-Aizkorri Mountain Marathon", 2025, 8, "4:41:10") in results(facts(text, "2025-05-19"))


def test_the_year_of_a_drop_does_not_date_the_place_told_after_it() -> None:
    text = ("Spartathlon\n\nClub captain Neil Obi finished the Spartathlon in 35:10:44. It was his third attempt; he was "
            "pulled at the 160 km checkpoint in 2023. Neil was 131st of 250 finishers.")
    assert results(facts(text, "2025-10-02")) == {("Neil Obi", "Spartathlon", 2025, 131, "35:10:44")}


def test_anothers_past_told_mid_paragraph_does_not_date_the_report() -> None:
    text = ("Sinister 7\n\nSecond woman was Banff's Tara Lowe in 21:12:01. Lowe won the race in 2022 and holds the "
            "women's course record from that year. Third went to Calgary's Meg Dunn in 22:03:40.")
    got = results(facts(text, "2025-07-14"))
    assert ("Meg Dunn", "Sinister 7 Ultra", 2025, 3, "22:03:40") in got
    assert ("Tara Lowe", "Sinister 7 Ultra", 2022, 1, None) in got


def test_a_which_clause_is_dated_with_the_race_it_hangs_on() -> None:
    text = "Ola Berg's only previous ultra was the Cedar Peak 50K last year, which he won in 4:11:09."
    assert results(facts(text, "2025-09-20")) == {("Ola Berg", "Cedar Peak 50K", 2024, 1, "4:11:09")}


def test_an_opening_phrase_with_a_month_dates_the_paragraph() -> None:
    text = ("At the JFK 50 Mile in Maryland last November, Ray Obi, 61, ran 6:58:10 to set a new masters course record "
            "for men 60 and over. He finished 44th overall.")
    assert results(facts(text, "2025-03-01")) == {("Ray Obi", "JFK 50 Mile", 2024, 44, "6:58:10")}


def test_the_year_before_counts_from_the_year_the_sentence_told() -> None:
    text = "Tim Roe won the Waldo 100K in 2023 in 10:02:12 and was third at the Cedar Peak 50K the year before, in 4:12:40."
    got = results(facts(text, "2025-08-01"))
    assert got == {("Tim Roe", "Waldo 100K", 2023, 1, "10:02:12"), ("Tim Roe", "Cedar Peak 50K", 2022, 3, "4:12:40")}


def test_a_runners_possessive_glued_to_a_race_in_a_heading_is_the_runner() -> None:
    text = ("2. Ines Marlow's Hardrock (July)\n\n"
            "Marlow had been third at the Hardrock 100 in 2023. This year she came back and won it in 27:01:40.")
    out = facts(text, "2025-12-15")
    assert out["athletes"] == ["Ines Marlow"]
    assert ("Ines Marlow", "Hardrock 100", 2025, 1, "27:01:40") in results(out)


def test_clear_of_runner_up_x_is_a_win_and_the_runner_up_is_x() -> None:
    text = ("Omar Reyes ran 13:04:10 at the Rocky Raccoon 100, finishing 18 minutes clear of runner-up Luis Ortega (13:22:31), "
            "with two-time runner-up Sam Hale third in 13:40:02.")
    got = results(facts(text, "2025-02-03"))
    assert ("Omar Reyes", "Rocky Raccoon 100", 2025, 1, "13:04:10") in got
    assert ("Luis Ortega", "Rocky Raccoon 100", 2025, 2, "13:22:31") in got
    assert ("Sam Hale", "Rocky Raccoon 100", 2025, 3, "13:40:02") in got


def test_the_previous_mark_held_by_x_is_of_the_new_records_type() -> None:
    text = ("At the Ennerdale Horseshoe, Ann Kerr ran 4.02.11 to set a new FV50 record for the race, bettering the "
            "previous mark of 4.09.40 held by Liz Dow since 2014.")
    got = records(facts(text, "2024-06-20"))
    assert ("age-group record", "Ennerdale Horseshoe", "Ann Kerr", "4:02:11") in got
    assert ("age-group record", "Ennerdale Horseshoe", "Liz Dow", "4:09:40") in got
    assert not any(r[0] == "course record" for r in got)


def test_beating_his_own_mark_from_a_year_is_the_same_record_and_the_old_one() -> None:
    text = ("At the Two Oceans Marathon, Sam Pillay, 71, set a new men's 70-74 best, finishing in 5:01:09 "
            "to beat his own mark from 2022 by six minutes.")
    out = facts(text, "2024-04-01")
    got = {(r["type"], r["athlete"], r["time"], r["year"]) for r in out["records"]}
    assert got == {("age-group record", "Sam Pillay", "5:01:09", 2024), ("age-group record", "Sam Pillay", None, 2022)}
    assert all(r[2] != 2022 for r in results(out))



def test_a_relative_date_told_after_an_anchor_is_its_own_before_a_later_year() -> None:
    text = "Kim Rowe won the Borrowdale Fell Race last August in 3:01:10 and was runner-up at the Ennerdale Horseshoe in 2023 with 3:35:12."
    got = results(facts(text, "2025-06-02"))
    assert ("Kim Rowe", "Borrowdale Fell Race", 2024, 1, "3:01:10") in got
    assert ("Kim Rowe", "Ennerdale Horseshoe", 2023, 2, "3:35:12") in got


def test_a_titles_year_and_place_stay_with_the_title() -> None:
    text = ("Ana Bell won the Tooting Bec 24 Hour with 230.100 km. Hungary's Eva Kis was second woman with 211.020 km, "
            "and the 2024 winner, Leeds's Jo Hart, third with 199.310 km.")
    got = results(facts(text, "2025-09-20"))
    assert ("Jo Hart", "Tooting Bec 24 Hour", 2024, 1, None) in got
    assert ("Jo Hart", "Tooting Bec 24 Hour", 2025, 3, None) in got
    assert not any(r[0] == "Eva Kis" and r[2] == 2024 for r in got)


def test_a_headline_about_one_record_type_types_the_bare_record_and_was_set_by_keeps_the_time() -> None:
    text = ("Why Masters Records Matter: A 61-Year-Old's Day at the Bighorn 100\n\n"
            "Tom Reyes won his age group at the Bighorn 100 in June.\n\n"
            "The record Reyes broke there, 24:40:05, was set by Al Munk at the same race in 2011.")
    got = records(facts(text, "2024-07-01"))
    assert ("age-group record", "Bighorn 100", "Al Munk", "24:40:05") in got
    assert not any(r[0] == "course record" for r in got)


def test_this_same_race_is_the_storys_race_not_the_one_named_before_it() -> None:
    text = ("Emil Varga finished second at the EMU 6 Day Race on Saturday with 880.1 km. Varga won the EMU 6 Day Race in 2022. "
            "He finished the Spartathlon in 2021 in 34:10:20, placing 52nd, and came fourth in this same six-day race in 2023 with 801.5 km.")
    got = results(facts(text, "2025-05-10"))
    assert ("Emil Varga", "EMU 6 Day Race", 2023, 4, None) in got
    assert not any(r[1] == "Spartathlon" and r[2] == 2023 for r in got)


def test_to_take_the_womens_race_is_a_category_win_over_the_overall_place() -> None:
    text = "At the Tooting Bec 24 Hour, Leeds's Amy Hale covered 218.400 km to take the women's race and finish fifth overall."
    assert results(facts(text, "2025-09-20")) == {("Amy Hale", "Tooting Bec 24 Hour", 2025, 1, None)}


def test_a_time_thought_untouchable_until_is_a_record_chain_step() -> None:
    text = ("Ola Dahl Lowers Timberline Trail FKT\n\n"
            "Ola Dahl ran the Timberline Trail in 8:01:10 on Sunday, a new supported FKT.\n\n"
            "For years the mark barely moved. Ian Ross ran 8 hours and 40 minutes in 2016, a time most locals "
            "thought would last a generation until Kai Roy went round in 8:22:05 three summers later.")
    got = records(facts(text, "2024-08-20"))
    assert ("FKT", "Timberline Trail", "Ian Ross", "8:40:00") in got
    assert ("FKT", "Timberline Trail", "Kai Roy", "8:22:05") in got


def test_the_distance_x_recorded_is_a_standing_fixed_time_record() -> None:
    text = ("Explainer: the Welsh 24-hour record\n\n"
            "The Welsh 24-hour record belonged to Huw Bevan until Sunday. His run took five kilometres off the "
            "231.4 km Rhys Lloyd recorded at the Harbour 24 Hour in 2009.")
    got = records(facts(text, "2024-08-20"))
    assert any(r[2] == "Rhys Lloyd" and r[0] == "national record" for r in got)


def test_taking_the_record_from_x_names_x_and_his_time_next_is_xs() -> None:
    text = ("Liam Ort won the Montane Winter Spine Race in January, with Sam Vey second.\n\n"
            "Ort knows the Pennine Way well: he holds the supported record for it. In 2022 Ort ran the whole Pennine Way "
            "in 2 days, 20 hours and 2 minutes, which took the record from Dale Hume. His 2d 21h 10m had stood since "
            "2019 and Ort beat it by 68 minutes.")
    got = records(facts(text, "2024-02-01"))
    assert ("FKT", "Pennine Way", "Dale Hume", "69:10:00") in got
    assert not any(r[2] == "Sam Vey" for r in got)


def test_owned_the_record_since_a_year_when_and_belongs_to_a_described_runner() -> None:
    got = records(facts("Nell Ash had owned the women's course record at the Bighorn 100 since 2021, when she ran 21:02:18. "
                        "This June she won again in 22:40:10.", "2024-06-20"))
    assert ("course record", "Bighorn 100", "Nell Ash", "21:02:18") in got
    got = records(facts("The men's record at the Bighorn 100 belongs to Welsh runner Ifan Rees, who won the 2022 edition "
                        "in 18h 12m 09s.", "2024-06-20"))
    assert ("course record", "Bighorn 100", "Ifan Rees", "18:12:09") in got


def test_it_was_a_fixed_time_record_refers_to_the_run_over_that_time_just_told() -> None:
    text = ("At the Desert Solstice track meet, Koji Mori ran 401.2 kilometres in the 48-hour race, winning easily. "
            "It was the best 48-hour mark of the year and, at 52, a Japanese age-group record for men 50-54.")
    got = records(facts(text, "2025-12-20"))
    assert ("age-group record", "48 hours", "Koji Mori", None) in got


def test_a_route_named_twice_is_listed_once_by_the_name_its_record_uses() -> None:
    out = facts("In October, Mara Quint beat the fastest known time for running from one rim of the Grand Canyon "
                "to the other and back, finishing in 6:40:12.\n\n"
                "“I told her to try the shorter crossing first,” said her coach, Ben Ortiz. “But she called me when "
                "she was done and said, ‘Okay, I took your advice and got the rim-to-rim record, but then just "
                "decided to go back.’”", "2026-11-02")
    assert out["races"] == ["Grand Canyon"]
    assert [(r["type"], r["race_or_route"], r["athlete"]) for r in out["records"]] == [("FKT", "Grand Canyon", "Mara Quint")]


def test_a_tally_of_what_a_runner_has_is_no_record_claim() -> None:
    text = ("Ruth Oyelaran ran the Western States 100 in 2022. She has a course record, two Hardrock finishes "
            "and a dog called Pip.")
    assert not records(facts(text, "2024-06-20"))


def test_bare_world_championships_under_their_own_heading_are_the_ones_the_piece_names() -> None:
    text = ("Squad announced for the IAU 100 km World Championships\n\nFive runners travel to Bengaluru.\n\n"
            "NOT SELECTED\n\nLiam Corr, who was sixth at the 2022 World Championships in Berlin in 6:58:40, is injured.")
    out = facts(text, "2024-09-01")
    assert ("Liam Corr", "IAU 100 km World Championships", 2022, 6, "6:58:40") in results(out)


def test_a_best_for_an_age_bracket_is_an_age_group_record() -> None:
    out = facts("At the Two Oceans Marathon, Themba Khumalo, 66, ran 4:58:10 to set a new best for the 65-69 age category, "
                "lowering the 5:04:47 that Rolf Dekker ran in 2018.", "2025-04-20")
    assert records(out) == {("age-group record", "Two Oceans Marathon", "Themba Khumalo", "4:58:10"),
                            ("age-group record", "Two Oceans Marathon", "Rolf Dekker", "5:04:47")}


def test_a_record_for_the_route_is_an_fkt_on_a_national_trail() -> None:
    text = ("In 1988 Wyn Parry was fifth at the Comrades Marathon in 6:10:21.\n\n"
            "In 1995 he turned to the Cleveland Way, the national trail around the North York Moors, and set a record for the route "
            "of 20h41. The record stood for eleven years, until Carys Bevan broke it in 2006.")
    assert records(facts(text, "2024-02-01")) == {("FKT", "Cleveland Way", "Wyn Parry", "20:41:00"), ("FKT", "Cleveland Way", "Carys Bevan", None)}


def test_the_record_that_stood_is_the_fkt_just_told_not_an_older_race_time() -> None:
    text = ("Wyn Parry, who has died aged 80, ran his first ultra at 35.\n\n"
            "In 1989 he took 14th place at the Comrades Marathon in six hours, two minutes and 47 seconds.\n\n"
            "He ran the Spartathlon five times.\n\n"
            "In 1995 he turned his attention to the Pennine Way and set a record for the route "
            "of 62h41. The record stood for eleven years, until Carys Bevan broke it in 2006.")
    assert records(facts(text, "2024-02-01")) == {("FKT", "Pennine Way", "Wyn Parry", "62:41:00"), ("FKT", "Pennine Way", "Carys Bevan", None)}


def test_record_setters_and_record_books_are_no_record_claims() -> None:
    out = facts("Hugo Lindqvist won the Black Canyon 100K in 6:55:02, a course record.\n\n"
                "In December Ruth Adair ran 100 miles in 13:31:02 at Desert Solstice, a new British record.\n\n"
                "The record books were busy all year. Several of this year's record-setters, Lindqvist and Adair among them, "
                "will defend their titles in 2026.", "2025-12-20")
    assert not any(r[2] == "Hugo Lindqvist" and r[0] != "course record" for r in records(out))


def test_a_by_the_numbers_line_set_off_by_a_hyphen() -> None:
    out = facts("The Bighorn 100 by the numbers\n\n"
                "21:14:50 - the women's course record, set by Nell Barrow in 2019.\n", "2025-06-20")
    assert ("course record", "Bighorn 100", "Nell Barrow", "21:14:50") in records(out)


def test_a_runners_distance_that_is_a_new_record_is_hers() -> None:
    out = facts("Orla Nash won the Belfast 24 Hour in July with 229.4 km. Nash's distance is a new Irish women's 24-hour record.", "2024-10-01")
    assert records(out) == {("national record", "24 hours", "Orla Nash", None)}


def test_the_record_of_t_she_set_before_is_her_own_old_record() -> None:
    out = facts("Mara Tollis won the Bear 100 in 21:40:12, improving on the course record of 22:03:55 she set when she first won the race in 2021.",
                "2024-09-30")
    assert records(out) == {("course record", "Bear 100", "Mara Tollis", "21:40:12"), ("course record", "Bear 100", "Mara Tollis", "22:03:55")}


@pytest.mark.parametrize("text", [
    "Hardrock's women's course record fell on Sunday.",
    "Tove Lind was a Lavaredo rookie in 2019 and is back.",
    "Next summer Tove Lind will go back to Leadville for another try.",
    "Tove Lind dropped out of Hardrock in 2023 with altitude sickness.",
])
def test_a_races_bare_stem_with_its_own_things_names_the_race(text: str) -> None:
    assert facts(text, "2024-06-01")["races"]


def test_translated_record_phrasing_names_the_old_holder_and_time() -> None:
    # "the record of the course, the T realised by the Spaniard X"; "the preceding limit of T, that the Italian Y had established"
    out = facts("Lucas Ferrer won the Transgrancanaria in 13:40:02. His time remains far from the record of the course, "
                "the 13:05:51 realised by the Spaniard Pau Ribas in 2021.", "2024-02-25")
    assert records(out) == {("course record", "Transgrancanaria", "Pau Ribas", "13:05:51")}
    assert ("Lucas Ferrer", "Transgrancanaria", 2021, None, "13:05:51") not in results(out)
    out = facts("Ana Sola won the Canyons 100K in 9:30:12, new record of the course. She improved by 4'11\" the preceding limit "
                "of 9:34:23, that the Italian Lia Grant had established in 2023.", "2024-04-28")
    assert records(out) == {("course record", "Canyons 100K", "Ana Sola", "9:30:12"), ("course record", "Canyons 100K", "Lia Grant", "9:34:23")}


def test_the_mark_a_nationality_and_name_set_is_that_runners() -> None:
    out = facts("Ana Sola won the Canyons 100K in 9:30:12 and broke the course record, taking eight minutes off the mark "
                "American Lia Grant set in 2022.", "2024-04-28")
    assert ("course record", "Canyons 100K", "Lia Grant", None) in records(out)


def test_a_time_limit_is_still_a_cutoff() -> None:
    out = facts("Rhea Pike won the Cocodona 250 in 79:02:11, well inside the limit of 125:00:00.", "2024-05-10")
    assert results(out) == {("Rhea Pike", "Cocodona 250", 2024, 1, "79:02:11")}


def test_a_race_in_the_runners_title_is_not_where_an_fkt_fell() -> None:
    text = ("Bob Graham Round: history and fastest known times\n\nThe round links 42 fells around Keswick.\n\nHISTORY: SUPPORTED\n\n"
            "In 2009 Alf Dunn ran 14:45:30, more than an hour under the old time. Tom Sayle lowered it again in 2016 to 13:20:11, and "
            "for years that looked like the limit. In June, Ewan Crook, a three-time winner of the Lakeland 100, went round in "
            "12:58:40, taking 21 minutes off Sayle's time.")
    got = records(facts(text, "2025-03-01"))
    assert {("FKT", "Bob Graham Round", "Ewan Crook", "12:58:40"), ("FKT", "Bob Graham Round", "Tom Sayle", "13:20:11")} <= got
    assert not any(r[1] == "Lakeland 100" for r in got)


def test_winning_times_run_by_runners_are_no_records() -> None:
    out = facts("Western States 100 by the numbers\n\n15:02:11 and 17:40:09\nThe winning times from last year, run by Tom Morrow and Anna Fisk.",
                "2025-06-20")
    assert records(out) == set()
    assert "Tom Morrow" in out["athletes"]


def test_beating_her_own_dated_mark_is_her_old_record_too() -> None:
    out = facts("Tova Lind won the Lake Sonoma 50 in 7:01:10, a course record, beating her own 2022 mark by three minutes.", "2024-04-15")
    assert records(out) == {("course record", "Lake Sonoma 50", "Tova Lind", "7:01:10"), ("course record", "Lake Sonoma 50", "Tova Lind", None)}
    assert len(out["records"]) == 2


def test_ran_t_to_break_the_record_that_another_held() -> None:
    out = facts("Rui Matos ran 16:58:02 at Western States to break the men's 50-59 age-group record, which Karl Voss had held since 2017 "
                "with 17:20:41.", "2024-06-30")
    assert records(out) == {("age-group record", "Western States 100", "Rui Matos", "16:58:02"),
                            ("age-group record", "Western States 100", "Karl Voss", "17:20:41")}


def test_taking_the_old_mark_of_t_from_its_holder() -> None:
    out = facts("Ethan Marsh won the JFK 50 Mile in 5:29:48, a course record, taking the old mark of 5:32:10 from Gabe Pruitt, "
                "who won in 2019.", "2024-11-25")
    assert ("course record", "JFK 50 Mile", "Gabe Pruitt", "5:32:10") in records(out)


def test_running_as_though_he_intended_to_break_the_record_sets_none() -> None:
    out = facts("Jonas Pfeil was second at the Hardrock 100 in 23:01:15.\n\nPfeil went through the first climbs as though he intended "
                "to break the course record.", "2025-07-14")
    assert records(out) == set()


def test_a_loop_run_by_someone_with_no_mark_named_is_no_record() -> None:
    text = ("Tahoe Rim Trail: record history\n\nHISTORY\n\nThe first fast loop on file was run in 1999 by Gus Ferrante, a Reno "
            "mail carrier, in \"about 40 hours.\" The route's record now belongs to Ivy Chen, who ran 32:10:45 in 2021.")
    out = facts(text, "2025-01-01")
    assert not any(r[2] == "Gus Ferrante" for r in records(out))
    assert "Gus Ferrante" in out["athletes"]


def test_a_route_pieces_earlier_run_gives_the_time_of_the_mark_taken_off_later() -> None:
    text = ("The Ramsay Round: 23 summits and the few who went fast\n"
            "Every summer a few parties set off from Glen Nevis to try the Ramsay Round, Lochaber's long hill challenge.\n\n"
            "The records\n\n"
            "For years one name mattered. In 1989 the shepherd Angus Rorie went round in 18 hours and 23 minutes. It was a huge time, "
            "and it stood.\n\n"
            "It took three decades to move it. In 2019, Mairi Fyfe ran the round in 17 hours 40 minutes, taking 43 minutes off "
            "Rorie's mark.")
    got = records(facts(text, "2024-05-01"))
    assert ("FKT", "Ramsay Round", "Angus Rorie", "18:23:00") in got
    assert ("FKT", "Ramsay Round", "Mairi Fyfe", "17:40:00") in got


def test_that_is_a_new_record_for_24_hours_after_a_24_hour_run_and_its_own_older_mark() -> None:
    out = facts("At the North Coast 24 Hour in Cleveland, 66-year-old Walt Dunmore covered 201.4 kilometres in 24 hours. That is a new American M65 "
                "age-group record for 24 hours, beating his own mark from 2021 by two kilometres.", "2023-10-02")
    got = {(r["type"], r["race_or_route"], r["athlete"], r["year"]) for r in out["records"]}
    assert got == {("age-group record", "24 hours", "Walt Dunmore", 2023), ("age-group record", "24 hours", "Walt Dunmore", 2021)}


def test_a_near_miss_of_his_own_record_names_that_standing_record() -> None:
    out = facts("Sipho Dlamini won the Ultra-Trail Cape Town in 10:40:02, just 30 seconds outside his own course record from 2021.",
                "2024-11-30")
    got = {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"]) for r in out["records"]}
    assert got == {("course record", "Ultra-Trail Cape Town", "Sipho Dlamini", None, 2021)}


def test_a_surname_that_is_also_a_landform_is_a_runner_when_the_text_treats_it_as_one() -> None:
    out = facts("Mara Kell and Lena Park both finished the Badwater 135 on Wednesday. Park was fourth woman "
                "in 29:01:02 and Kell sixth.", "2026-07-09")
    assert ("Lena Park", "Badwater 135", 2026, 4, "29:01:02") in results(out)
    assert "Lena Park" in out["athletes"]
    out = facts("Anna Hill (GBR) won the Lakeland 100 in 26:10:44.", "2025-07-28")
    assert results(out) == {("Anna Hill", "Lakeland 100", 2025, 1, "26:10:44")}
    # a climb or a lake of the course is no one, even when something happens on it
    out = facts("Tom Ruiz led the Comrades Marathon at halfway, but the long drag of Cowies Hill broke him "
                "and he finished fifth in 5:41:10. Runners refilled at Mowich Lake.", "2025-06-09")
    assert out["athletes"] == ["Tom Ruiz"]


def test_a_known_races_stem_that_opens_another_name_is_not_that_race() -> None:
    # "Kettle" is the stem of the Kettle Moraine 100 ("Kettle 100"); "Kettle Hollow" is another race
    text = ("Forty years of the Kettle Hollow 100\n\n"
            "Nine men started that first Kettle Hollow in September of 1981, and only two of them finished. "
            "Roy Castell won the 1988 Kettle Hollow 100 in 21:14:09, a course record.")
    out = facts(text, "2026-05-01")
    assert out["races"] == ["Kettle Hollow 100"]
    assert results(out) == {("Roy Castell", "Kettle Hollow 100", 1988, 1, "21:14:09")}


def test_a_second_race_and_time_after_and_then_is_its_own_result() -> None:
    out = facts("In the spring Hailey Sand won the Race to the King in 7:12:00 and then the Race to the Stones in 7:41:30.", "2026-08-01")
    assert results(out) == {("Hailey Sand", "Race to the King", 2026, 1, "7:12:00"),
                            ("Hailey Sand", "Race to the Stones", 2026, 1, "7:41:30")}


def test_a_clause_opening_on_a_place_shares_the_subject_before_it() -> None:
    out = facts("Marta Ruiz was second at Transgrancanaria in 14:02:11 and third at Madeira Island Ultra-Trail in 16:40:09.", "2026-05-01")
    assert results(out) == {("Marta Ruiz", "Transgrancanaria", 2026, 2, "14:02:11"),
                            ("Marta Ruiz", "Madeira Island Ultra-Trail", 2026, 3, "16:40:09")}
    # ... but a clause that names its own runner keeps them
    out = facts("Marta Ruiz was second at Transgrancanaria in 14:02:11 and third was Ines Kahl in 14:30:00.", "2026-05-01")
    assert ("Ines Kahl", "Transgrancanaria", 2026, 3, "14:30:00") in results(out)


def test_a_title_before_a_full_name_is_not_part_of_it() -> None:
    out = facts("Dr. Sarah Pinkett, an emergency physician from Charleston, won the Old Dominion 100 in 24:17:02 in 1997. "
                "She won it again in 1998.", "2026-05-01")
    assert out["athletes"] == ["Sarah Pinkett"]
    assert ("Sarah Pinkett", "Old Dominion 100", 1997, 1, "24:17:02") in results(out)


def test_a_time_in_compound_number_words_and_a_rough_time() -> None:
    out = facts("Nadia Osei won the Comrades Marathon in six hours, twenty-nine minutes and thirty seconds.", "2026-06-10")
    assert results(out) == {("Nadia Osei", "Comrades Marathon", 2026, 1, "6:29:30")}
    # a time told roughly has no exact value
    out = facts("Dana Kent won the Leadville 100 in twenty-seven hours and something. Jo Ames won the Vermont 100 in 19:50-ish.", "2025-09-01")
    assert results(out) == {("Dana Kent", "Leadville 100", 2025, 1, None), ("Jo Ames", "Vermont 100", 2025, 1, None)}


def test_a_runners_possessive_before_a_distance_is_no_race_name_even_when_the_runner_is_new() -> None:
    out = facts("Aleksandr Sorokin's 100 km world record of 6:05:41, set in 2021, remains untouched.", "2025-03-01")
    assert out["races"] == [] and out["athletes"] == ["Aleksandr Sorokin"]
    assert records(out) == {("world record", "100 km", "Aleksandr Sorokin", "6:05:41")}
    # a race whose own name has a possessive keeps it
    out = facts("Priya Raman won the Devil's Lake 50K in 4:01:10.", "2025-09-01")
    assert out["races"] == ["Devil's Lake 50K"]


def test_a_standing_record_held_with_no_time_or_with_its_time_after_at() -> None:
    out = facts("Camille Herron holds the women's 24-hour world record of 270.116 km. "
                "Kilian Jornet holds the course record at Hardrock.", "2025-03-01")
    assert records(out) == {("world record", "24 hours", "Camille Herron", None), ("course record", "Hardrock 100", "Kilian Jornet", None)}
    out = facts("Both records at the Canadian Death Race are old. Tom Pell set the men's record of "
                "11:08:31 in 2014; Ana Voss holds the women's record at 13:27:19 from 2019.", "2025-03-01")
    assert {("course record", "Canadian Death Race", "Tom Pell", "11:08:31"), ("course record", "Canadian Death Race", "Ana Voss", "13:27:19")} <= records(out)
    # a tally or a hope is no record
    out = facts("Karl Meltzer holds the record for most finishes at Hardrock. Sara Cole hopes to hold the course record at Hardrock.", "2025-03-01")
    assert out["records"] == []


def test_taking_a_record_down_to_a_time_sets_it() -> None:
    out = facts("In 2017 Zach Miller took the Lake Sonoma 50 course record down to 6:05:40.", "2025-03-01")
    assert records(out) == {("course record", "Lake Sonoma 50", "Zach Miller", "6:05:40")}


def test_a_relative_date_before_a_place_beats_a_year_that_belongs_to_a_later_place() -> None:
    out = facts("Last month Sophie Lenz was fourth at the Maxi-Race, her best result since finishing second at the 2022 CCC.", "2025-06-20")
    assert ("Sophie Lenz", "Maxi-Race Annecy", 2025, 4, None) in results(out)
    assert ("Sophie Lenz", "CCC", 2022, 2, None) in results(out)


def test_a_race_that_went_to_a_runner_is_her_win() -> None:
    out = facts("In its 2023 running, the Eiger Ultra Trail went to Nina Kobler in 11:41:09.", "2025-06-20")
    assert results(out) == {("Nina Kobler", "Eiger Ultra Trail", 2023, 1, "11:41:09")}
    assert facts("The shuttle from the Eiger Ultra Trail went to Grindelwald.", "2025-06-20")["results"] == []


def test_the_years_of_a_tally_of_wins_in_brackets_are_wins() -> None:
    out = facts("Ruth Croft, a three-time winner at Lavaredo (2018, 2019, 2022), returns to the Dolomites.", "2025-06-20")
    assert results(out) == {("Ruth Croft", "Lavaredo Ultra Trail", y, 1, None) for y in (2018, 2019, 2022)}
    out = facts("Ruth Croft has won Lavaredo twice (2019 and 2022) but has three finishes there (2018, 2019, 2022).", "2025-06-20")
    assert results(out) == {("Ruth Croft", "Lavaredo Ultra Trail", y, 1, None) for y in (2019, 2022)}


def test_a_race_named_in_full_goes_by_its_name_without_the_format() -> None:
    text = ("Chen Li-wen covered 248.3 km at the Soochow 24 Hour on Sunday.\n\n"
            "At the Spanish 100 km championships in Santander, Pilar Ortega won in 7:21:44.\n\n"
            "The men's race at Soochow went to Kenji Sato with 270.2 km.")
    out = facts(text, "2026-11-10")
    assert ("Kenji Sato", "Soochow 24 Hour", 2026, 1, None) in results(out)
    # a stem two races of the piece share names neither
    out = facts("Ava Lund won the Squamish 50 Mile in 8:55:03. Rob Hale won the Squamish 50K in 4:02:11 "
                "and crossed the line at the Squamish Oceanfront.", "2025-08-20")
    assert results(out) == {("Ava Lund", "Squamish 50", 2025, 1, "8:55:03"), ("Rob Hale", "Squamish 50K", 2025, 1, "4:02:11")}


def test_a_continental_record_is_other_and_a_format_record_is_over_its_hours() -> None:
    out = facts("Chen Li-wen ran 248.3 km at the Soochow 24 Hour on Sunday, an Asian record for the format.", "2026-11-10")
    assert records(out) == {("other", "24 hours", "Chen Li-wen", None)}
    out = facts("Sam Reed set a new American record for 24 hours at Desert Solstice, covering 270 km.", "2025-12-15")
    assert records(out) == {("national record", "24 hours", "Sam Reed", None)}


def test_a_record_only_tried_for_does_not_type_the_record_talk_after_it() -> None:
    text = ("In 1981 Dan Marsh covered 238.6 km at the Etobicoke 24 Hour, a Canadian record. Two years later he tried to "
            "add the North American 48-hour best in Ohio but stopped at 30 hours.\n\n"
            "The 24-hour record lasted until 1994, when Rene Poirier of Sherbrooke ran 251.3 km in Montreal.")
    got = {(r["type"], r["athlete"]) for r in facts(text, "2025-03-01")["records"]}
    assert ("national record", "Rene Poirier") in got and not any(t == "other" for t, _ in got)


def test_an_fkt_held_with_its_time_in_brackets_and_the_route_of_the_piece() -> None:
    text = ("Mara Voss Sets Women's FKT on the Grand Canyon R2R2R\n\n"
            "Mara Voss completed the Grand Canyon Rim-to-Rim-to-Rim on Tuesday in 6:38:12, a new women's fastest known time.\n\n"
            "Voss also holds the women's FKT on the Zion Traverse (7:05:20, 2024).\n\n"
            "The overall record on the route remains Jim Walmsley's 5:55:20 from 2017.")
    out = facts(text, "2026-03-12")
    got = {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"]) for r in out["records"]}
    assert ("FKT", "Zion Traverse", "Mara Voss", "7:05:20", 2024) in got
    assert ("FKT", "Grand Canyon Rim-to-Rim-to-Rim", "Jim Walmsley", "5:55:20", 2017) in got


def test_a_fact_box_record_line_in_its_other_orders() -> None:
    text = ("The 10 hardest ultras on Earth\n\n"
            "1. Hardrock 100 (Colorado, USA)\nCourse record: 21:36:24 (Kilian Jornet, 2022); women: 26:14:12, Courtney Dauwalter (2022)\n\n"
            "2. Leadville Trail 100\nRecord holders: Matt Carpenter (15:42:59, 2005) and Ann Trason (18:06:24, 1994)\n\n"
            "3. Badwater 135\nFastest time: Yoshihiko Ishikawa, 21:33:01 (2019)\n\n"
            "4. Tor des Géants\nThe men's record is 66:43:00 (Franco Collé, 2019); the women's is 77:00:00 (Sabine Verheyen, 2022).")
    got = {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"]) for r in facts(text, "2025-03-01")["records"]}
    assert got == {("course record", "Hardrock 100", "Kilian Jornet", "21:36:24", 2022),
                   ("course record", "Hardrock 100", "Courtney Dauwalter", "26:14:12", 2022),
                   ("course record", "Leadville 100", "Matt Carpenter", "15:42:59", 2005),
                   ("course record", "Leadville 100", "Ann Trason", "18:06:24", 1994),
                   ("course record", "Badwater 135", "Yoshihiko Ishikawa", "21:33:01", 2019),
                   ("course record", "Tor des Géants", "Franco Collé", "66:43:00", 2019),
                   ("course record", "Tor des Géants", "Sabine Verheyen", "77:00:00", 2022)}


def test_more_listicle_record_lines_and_a_possessive_that_opens_its_own_clause() -> None:
    text = ("Seven ultras that will break you\n\n"
            "5. Barkley Marathons, Tennessee\nThe fastest finish is Brett Maune's 52:03:08 from 2012.\n\n"
            "7. Cocodona 250, Arizona\nRecord: men, Dan Green in 58:37:54 (2024); women, Rachel Entrekin in 62:46:09 (2024).\n\n"
            "8. The Spine Race, England\nJohn Kelly holds the course record, 80:12:23, set in 2024, while Jasmin Paris's 83:12:23 "
            "from 2019 was the first outright win by a woman.")
    got = {(r["type"], r["race_or_route"], r["athlete"], r["time"], r["year"]) for r in facts(text, "2025-03-01")["records"]}
    assert got == {("course record", "Barkley Marathons", "Brett Maune", "52:03:08", 2012),
                   ("course record", "Cocodona 250", "Dan Green", "58:37:54", 2024),
                   ("course record", "Cocodona 250", "Rachel Entrekin", "62:46:09", 2024),
                   ("course record", "Spine Race", "John Kelly", "80:12:23", 2024)}


def test_a_time_told_as_the_value_of_a_record_is_nobodys_run() -> None:
    text = ("Tess Rourke broke the women's course record at the Lakeland 100 on Saturday, finishing in 23:41:10. "
            "She knew Beth Pascall had run 21:36 there in 2019, so she went for the women's record, which was 24:03.")
    got = results(facts(text, "2025-07-28"))
    assert ("Tess Rourke", "Lakeland 100", 2025, 1, "23:41:10") in got
    assert not any(r[4] == "24:03:00" for r in got)


def test_a_byline_a_circuit_race_a_fixed_time_national_record_and_a_holder_with_an_apposed_time() -> None:
    text = ("Fifty years of the Cairngorm Circuit\nApril 2, 2026 | History | By Kelsey Amari, staff writer\n\n"
            "In 1979 Hamish MacRae won the Cairngorm Circuit in 7:41:20, a course record.")
    out = facts(text, "2026-04-02")
    assert "Kelsey Amari" not in out["athletes"] and not any("By " in a for a in out["athletes"])
    assert records(out) == {("course record", "Cairngorm Circuit", "Hamish MacRae", "7:41:20")}
    out = facts("Aoife Brennan covered 258.4 kilometers at the Albi 24 Hour in France last weekend, finishing second woman "
                "and setting an Irish record.", "2026-05-20")
    assert records(out) == {("national record", "24 hours", "Aoife Brennan", None)}
    out = facts("Walmsley's win at UTMB lowered the record set by Kilian Jornet, 19:49:30, in 2008.", "2023-09-03")
    assert ("course record", "UTMB", "Kilian Jornet", "19:49:30") in records(out)


def test_a_category_place_with_its_overall_place_apposed_is_one_run() -> None:
    out = facts("In 2018 Maya Thornbury was second woman, eighth overall, in 17:58:04 at the Western States 100.", "2026-09-20")
    assert results(out) == {("Maya Thornbury", "Western States 100", 2018, 2, "17:58:04")}


def test_hours_and_minutes_run_together() -> None:
    out = facts("Morag Lindsay won the Cairngorm Circuit in 9h58m in 1981.", "2026-05-05")
    assert results(out) == {("Morag Lindsay", "Cairngorm Circuit", 1981, 1, "9:58:00")}
    # ... not the tail of a count of days
    out = facts("Mark Duggan ran the Pennine Way in 2d 14h 20m in 2020, a new FKT.", "2026-05-05")
    assert records(out) == {("FKT", "Pennine Way", "Mark Duggan", "62:20:00")}


def test_a_described_subject_in_a_newsletter_is_not_its_writer() -> None:
    text = ("Notes from the long run\nBy Kelsey Amari\n\nI ran the Chicago Lakefront 50K last year. "
            "The Milwaukee teacher, who runs a 2:31 marathon, set the course record at the Chicago Lakefront 50K last September in 2:58:12.")
    out = facts(text, "2026-04-02")
    assert out["athletes"] == [] and out["records"] == [] and out["results"] == []


def test_no_break_and_narrow_spaces_of_web_text_read_as_spaces() -> None:
    text = ("Jim\u00a0Walmsley won the Western\u00a0States\u00a0100 in 14:09:28 on Saturday.\n\n"
            "Aleksandr Sorokin set the 100\u00a0km world record of 6:05:41 in 2021.")
    out = facts(text, "2023-06-26")
    assert results(out) == {("Jim Walmsley", "Western States 100", 2023, 1, "14:09:28")}
    assert records(out) == {("world record", "100 km", "Aleksandr Sorokin", "6:05:41")}
    # the evidence is the text's own
    assert out["results"][0]["evidence"].startswith("Jim\u00a0Walmsley")


def test_invisible_characters_of_web_text_do_not_split_words() -> None:
    # soft hyphens (from hyphenating CMSs), zero-width spaces, word joiners and a leading BOM
    text = ("\ufeffRace day notes\n\nJim Walm\u00adsley won the Western\u200b States 100 in 14:09:28 on Saturday.\n\n"
            "Aleksandr\u2060 Sorokin set the 100 km world record of 6:05:41 in 2021.")
    out = facts(text, "2023-06-26")
    assert results(out) == {("Jim Walmsley", "Western States 100", 2023, 1, "14:09:28")}
    assert records(out) == {("world record", "100 km", "Aleksandr Sorokin", "6:05:41")}
    # offsets and evidence still point into the text as given, invisible characters and all
    for fact in out["results"] + out["records"]:
        assert text[fact["start"]:fact["end"]] == fact["evidence"]
    assert out["results"][0]["evidence"].startswith("Jim Walm\u00adsley")


def test_a_given_name_outweighs_one_pronoun_after_it() -> None:
    # "she" follows Callum Reed's name, but Callum is a man's name: she is Maria Soto
    text = ("Valley notes\n\nMaria Soto and Callum Reed ran the Cascade Crest 100 last weekend. "
            "Reed led early, but she took over at halfway and won in 21:04:33.")
    out = facts(text, "2024-09-01")
    assert results(out) == {("Maria Soto", "Cascade Crest 100", 2024, 1, "21:04:33")}


def test_the_first_pronoun_of_a_sentence_naming_no_one_continues_the_last_subject() -> None:
    # the piece's protagonist (Holm, named most) is not whose "his" this is: the runner the
    # sentence before introduced is
    text = ("Forty years of the Larch Hill 100\n\nOle Holm founded the Larch Hill 100 in 1985, and Holm ran it twice. "
            "Holm still marks the course, and he hands out the buckles. Holm's son directs it now.\n\n"
            "The first winner was Per Lund, who ran 23:10. Lund won again in 1987, and he never trained.\n\n"
            "In 1990 Ruth Ames became the first woman to win outright; she ran 22:05.\n\n"
            "The era's best runner was Ivo Marsh, a plumber who won three times in the '90s. "
            "The first of those wins, in 1994, was also the first under 20 hours: his 19:40:12 stood for a decade.")
    out = facts(text, "2025-06-01")
    assert {(r["athlete"], r["year"]) for r in out["results"] if r["time"] == "19:40:12"} == {("Ivo Marsh", 1994)}


def test_a_shoe_or_watch_named_by_its_brand_is_no_runner() -> None:
    # a review's line about the shoe reads like a results line about a runner
    text = ("Race-tested: the Saucony Peregrine\n\nSaucony Peregrine, 11th at the Jemez Mountain 50K in 6:12:40, "
            "and the shoe held up. The Garmin Forerunner logged 3,000 m of climbing.")
    out = facts(text, "2025-06-01")
    assert out["athletes"] == [] and out["results"] == []


def test_the_interviewers_you_is_the_runner_interviewed() -> None:
    text = ("Five questions for Nadia Ferro after her Canyons 100K win\n\n"
            "Nadia Ferro won the Canyons 100K on Saturday in 9:58:40. We caught up with her at the finish.\n\n"
            "Q: You were fourth here last year in 10:31:02. What changed?\nA: Mostly patience.\n\n"
            "Q: At Lake Sonoma in April you ran 7:44:10 for second. Was that the sign?\nA: It told me the fitness was there.")
    out = facts(text, "2026-04-27")
    assert results(out) == {("Nadia Ferro", "Canyons 100K", 2026, 1, "9:58:40"),
                            ("Nadia Ferro", "Canyons 100K", 2025, 4, "10:31:02"),
                            ("Nadia Ferro", "Lake Sonoma 50", 2026, 2, "7:44:10")}
    # ... never the writer whose byline heads the piece
    text = ("Talking with Ferro\nBy Jo Marquez | April 28, 2026\n\n"
            "Q: You were fourth at the Canyons 100K last year in 10:31:02. What changed?\nNadia Ferro: Patience.")
    out = facts(text, "2026-04-28")
    assert not any(r["athlete"] == "Jo Marquez" for r in out["results"])
