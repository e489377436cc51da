"""Value finders and normalizers: every press form of a finish time, and what is not one."""

from __future__ import annotations

import pytest

from pipeline.facts.normalize import distance, fold, parse_hms, person_name, time_value
from pipeline.facts.values import find_distances, find_places, find_record_cues, find_times


def finish_times(text: str) -> list[str]:
    return [v.hms for v in find_times(text) if v.role == "finish"]


def roles(text: str) -> list[tuple[str, str]]:
    return [(v.text, v.role) for v in find_times(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He won in 14:46:44.", "14:46:44"),
        ("She finished in 7:46.", "7:46:00"),
        ("finishing in 14 hours, 30 minutes", "14:30:00"),
        ("a winning 7h46'37\" on the day", "7:46:37"),
        ("crossed the line in 19 h 01 min 54 s", "19:01:54"),
        ("he ran 5hr 35min 34sec", "5:35:34"),
        ("the down run in 5.24.39", "5:24:39"),
        ("he finished in 5d 16h 17min", "136:17:00"),
        ("completed the loop in 3 days, 1 hour and 17 minutes", "73:17:00"),
        ("won in eight hours, 22 minutes and 31 seconds", "8:22:31"),
        ("was home in four hours, forty-two minutes and fifty-six seconds", "4:42:56"),
        ("won in twenty-two hours and nine minutes", "22:09:00"),
    ],
)
def test_finish_time_forms(text: str, expected: str) -> None:
    assert finish_times(text) == [expected]


def test_impossible_times_are_rejected() -> None:
    assert find_times("a result of 7:00:62") == []
    assert time_value(7, 0, 62) is None
    assert time_value(5, 75, 0) is None


def test_clock_pace_margin_split_are_not_finish_times() -> None:
    assert roles("The race started at 5:00 a.m. on Saturday") == [("5:00", "clock")]
    assert roles("averaging 7:30 per mile") == [("7:30", "pace")]
    assert roles("he lowered the course record by 16 minutes to 7:46:37") == [
        ("16 minutes", "margin"), ("7:46:37", "finish")]
    assert roles("clocked a 4:01 split during a relay")[0][1] == "split"
    assert roles("a 45-minute car ride")[0][1] == "duration"
    assert roles("with a lead of six minutes")[0][1] == "margin"


def test_track_mile_is_minutes_seconds_and_never_a_finish() -> None:
    vals = find_times("he clocked a 4:03 mile")
    assert [(v.hms, v.role) for v in vals] == [("0:04:03", "track")]


def test_sub_24_is_a_bound() -> None:
    assert roles("a sub-24 finish") == [("sub-24", "bound")]


def test_distances_and_training_volume() -> None:
    d = find_distances("135 miles (217 km) and 140 miles per week of training, and a 50K")
    assert [(x.label, x.role) for x in d] == [("135 mi", "race"), ("217 km", "race"),
                                             ("140 mi", "training"), ("50 km", "race")]
    assert distance(100, "mile") == (160.93, "100 mi")


def test_places() -> None:
    got = [(v.text, v.number, v.role) for v in find_places("She was first woman and 11th overall.")]
    assert ("first", 1, "category") in got and ("11th", 11, "overall") in got
    assert [v.number for v in find_places("He slogged his way to finish 20th in 18:45:36.")] == [20]
    assert [v.number for v in find_places("Sofia Lindqvist was F2 in 16:40:10.")] == [2]
    assert [v.number for v in find_places("Marisol Ybarra completed the podium in 17:05:31.")] == [3]
    assert find_places("the second half of the race was faster") == []
    assert find_places("moved from sixth to third between Green Gate and the river") == []


def test_record_cues() -> None:
    types = [v.role for v in find_record_cues(
        "a course record, the FKT, a world best, an American record, a masters record and a CR")]
    assert types == ["course record", "FKT", "world record", "national record",
                     "age-group record", "course record"]
    assert [v.role for v in find_record_cues("a new men's over-60 record")] == ["age-group record"]
    # fell-running categories, five-year bands and "aged" phrasing are age groups; a race's
    # own distance ("the Lake Sonoma 50 record") is not
    for phrase in ("a new FV50 record", "the MV40 best", "the women's 65-69 record", "a world best for women aged 60 and over"):
        assert [v.role for v in find_record_cues(phrase)] == ["age-group record"], phrase
    assert [v.role for v in find_record_cues("the Bighorn 50 course record")] == ["course record"]
    assert [v.role for v in find_record_cues("the Lake Sonoma 50 record")] == ["generic"]
    # a nation's record in a kind of running ("the Irish backyard ultra record", "a British trail best")
    assert [v.role for v in find_record_cues("the new Dutch backyard ultra record holder")] == ["national record"]
    assert [v.role for v in find_record_cues("a new Welsh trail best")] == ["national record"]


def test_normalizers() -> None:
    assert parse_hms("14:46:44") == 53204
    assert fold("Rémi  Castagnet-Ü!") == "remi castagnetu"
    assert person_name("Walmsley’s") == "Walmsley"


def test_registered_components_shape_the_pipeline() -> None:
    from pipeline.facts.components import load_nlp

    nlp = load_nlp(values=True)
    names = nlp.pipe_names
    assert names.index("uf_race_ruler") < names.index("ner")
    doc = nlp("Jim Walmsley won the Western States Endurance Run in 14:09:28, a course record.")
    races = [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "RACE"]
    assert races == [("Western States Endurance Run", "Western States 100")]
    labels = {s.label_ for s in doc.spans["uf_values"]}
    assert {"time:finish", "record:course record", "win"} <= labels


def test_text_without_blank_lines_has_a_paragraph_a_line() -> None:
    from pipeline.facts.text import blocks

    text = ("Headline\nThe first paragraph has two sentences. It is still the first.\nA second paragraph follows it here.\n"
            "Results\n1. Ann Lee 7:01:02\n2. Bo Kim 7:09:40\nA last paragraph closes the story.")
    assert [text[a:b] for a, b in blocks(text)] == [
        "Headline", "The first paragraph has two sentences. It is still the first.", "A second paragraph follows it here.",
        "Results\n1. Ann Lee 7:01:02\n2. Bo Kim 7:09:40", "A last paragraph closes the story."]
    text = "Para one\nwrapped line.\n\nPara two."
    assert [text[a:b] for a, b in blocks(text)] == ["Para one\nwrapped line.", "Para two."]


def test_a_time_won_in_on_a_weekday_is_a_finish_and_at_a_time_on_a_weekday_is_a_clock() -> None:
    assert [(v.text, v.role) for v in find_times("Ines Paz won in 9:12:40 on Sunday.")] == [("9:12:40", "finish")]
    assert [(v.text, v.role) for v in find_times("The gun went at 5:30 on Sunday.")] == [("5:30", "clock")]


def test_pattern_prefilters_are_necessary_conditions() -> None:
    """A prefiltered pattern answers 'no match' without running when no trigger is in the text:
    on every dev sentence the bare regex must agree (a trigger list that is too short fails)."""
    from pathlib import Path

    from pipeline.facts.resources import PrefilteredPattern, pattern, raw_patterns
    from pipeline.facts.text import sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "gold" / "dev").glob("*.txt"))]
    texts.append("in May she ran for 6 hours, two years later; that same fall, this weekend, the 24-hour and six-day races")
    names = list(raw_patterns()["prefilters"])
    assert names
    for name in names:
        rx = pattern(name)
        assert isinstance(rx, PrefilteredPattern), name
        for text in texts:
            for s in sentences(text):
                assert [m.span() for m in rx.finditer(s.text)] == [m.span() for m in rx.rx.finditer(s.text)], (name, s.text)


def test_a_rough_time_and_a_fixed_time_in_words_are_no_finish() -> None:
    assert finish_times("I came in at twenty-six hours and something, no idea of the rest.") == []
    assert finish_times("She finished in 9:41 and change.") == []
    assert finish_times("He was done in thirty hours or so.") == []
    assert finish_times("She covered 141 miles in twenty-four hours.") == []
    assert finish_times("She finished in 9:41 and changed shoes.") == ["9:41:00"]


def test_a_time_the_margin_is_said_to_be_is_no_finish() -> None:
    assert roles("The margin was 3:07.") == [("3:07", "margin")]
    assert roles("Her winning margin was nine minutes.") == [("nine minutes", "margin")]


def test_a_list_item_opening_with_its_place() -> None:
    assert [v.number for v in find_places("• 2nd, Canyon Rim 60K — 5:02:11")] == [2]
    assert [v.number for v in find_places("4th: Pine Lake 50 Mile, 7:20:40")] == [4]
    assert find_places("Second, the course was long.") == []  # an argument's "second", no place


def test_a_precise_time_counted_from_the_start_is_the_efforts_finish() -> None:
    # "N hours, M minutes and S seconds later, she ...": told from the start, the run's own time
    assert roles("Nine hours, 12 minutes and 40 seconds later, Ruiz tagged the summit cairn.") == [
        ("Nine hours, 12 minutes and 40 seconds", "finish")]
    assert roles("She reached the far trailhead 31 hours, 5 minutes and 2 seconds after she had left Hope Pass.") == [
        ("31 hours, 5 minutes and 2 seconds", "finish")]
    # ... but a gap to the one before, or a vague stretch of time, stays what it was
    assert roles("Okafor crossed the line 1 hour, 4 minutes and 10 seconds later.")[0][1] == "margin"
    assert roles("Two hours later, the rain came.")[0][1] != "finish"
