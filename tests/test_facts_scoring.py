"""The scorer against hand-computed examples (FACTS.md scoring)."""

from __future__ import annotations

import pytest

from pipeline.facts.scoring import evaluate_pairs, race_match, record_match, result_match


def test_race_names_match_on_significant_words() -> None:
    assert race_match("Western States", "Western States 100")
    assert race_match("Western States Endurance Run", ["Western States 100"])
    assert race_match("lake sonoma 50 MILE", "Lake Sonoma 50")
    assert not race_match("Lake Sonoma 50", "Western States 100")
    assert not race_match("Hardrock 100", "Leadville 100")  # numbers are not significant, names are
    assert race_match(None, None) and not race_match("UTMB", None)


def test_result_matching_ignores_null_gold_fields() -> None:
    gold = {"athlete": ["Timothy Olsen", "Timothy Olson"], "race": "Western States 100",
            "year": 2012, "place": None, "time": "14:46:44"}
    assert result_match({"athlete": "Timothy Olson", "race": "Western States", "year": 2012,
                         "place": 1, "time": "14:46:44"}, gold)
    assert not result_match({"athlete": "Timothy Olson", "race": "Western States", "year": 2013,
                             "place": None, "time": "14:46:44"}, gold)


def test_record_matching() -> None:
    gold = {"type": "FKT", "race_or_route": ["Grand Canyon Rim to Rim to Rim", "Grand Canyon"],
            "athlete": "Rob Krar", "time": None}
    assert record_match({"type": "FKT", "race_or_route": "Grand Canyon", "athlete": "Rob Krar",
                         "time": "6:21:47"}, gold)
    assert not record_match({"type": "course record", "race_or_route": "Grand Canyon",
                             "athlete": "Rob Krar", "time": None}, gold)


def test_micro_averaged_precision_recall() -> None:
    # doc 1: 2 predicted results, 1 right; 2 gold. doc 2: 1 predicted, right; 1 gold.
    g1 = {"athletes": ["A B", "C D"], "races": ["X 100"], "results": [
        {"athlete": "A B", "race": "X 100", "year": 2020, "place": 1, "time": None},
        {"athlete": "C D", "race": "X 100", "year": 2020, "place": 2, "time": None}], "records": []}
    p1 = {"id": "1", "athletes": ["A B", "E F"], "races": ["X"], "results": [
        {"athlete": "A B", "race": "X", "year": 2020, "place": 1, "time": "10:00:00"},
        {"athlete": "C D", "race": "X", "year": 2020, "place": 3, "time": None}], "records": []}
    g2 = {"athletes": ["G H"], "races": [], "results": [
        {"athlete": "G H", "race": "Y 50K", "year": None, "place": None, "time": "3:00:00"}], "records": []}
    p2 = {"id": "2", "athletes": ["G H"], "races": [], "results": [
        {"athlete": "G H", "race": "Y 50K", "year": 2021, "place": None, "time": "3:00:00"}], "records": []}
    s = evaluate_pairs([(p1, g1), (p2, g2)])
    res = s.kinds["results"]
    assert (res.matched, res.predicted, res.gold) == (2, 3, 3)
    assert res.precision == pytest.approx(2 / 3) and res.recall == pytest.approx(2 / 3)
    ath = s.kinds["athletes"]
    assert (ath.matched, ath.predicted, ath.gold) == (2, 3, 3)
    assert ath.f1 == pytest.approx(2 / 3)
    assert s.kinds["races"].precision == 1.0
    assert {e.error for e in s.errors if e.kind == "results"} == {"FP", "miss"}


def test_one_prediction_matches_one_gold_only() -> None:
    gold = {"athletes": [], "races": [], "records": [], "results": [
        {"athlete": "A B", "race": "X 100", "year": None, "place": None, "time": None},
        {"athlete": "A B", "race": "X 100", "year": None, "place": None, "time": None}]}
    pred = {"id": "1", "athletes": [], "races": [], "records": [], "results": [
        {"athlete": "A B", "race": "X 100", "year": 2020, "place": 1, "time": None}]}
    res = evaluate_pairs([(pred, gold)]).kinds["results"]
    assert (res.matched, res.predicted, res.gold) == (1, 1, 2)


def test_a_repeated_name_counts_once_but_two_races_alike_in_words_are_two() -> None:
    gold = {"athletes": ["A B"], "races": ["Lakeland 50", "Lakeland 100"], "results": [], "records": []}
    pred = {"id": "1", "athletes": ["A B", "a b"], "races": ["Lakeland 50", "Lakeland 100", "LAKELAND 100"], "results": [], "records": []}
    s = evaluate_pairs([(pred, gold)])
    assert (s.kinds["athletes"].matched, s.kinds["athletes"].predicted) == (1, 1)
    assert (s.kinds["races"].matched, s.kinds["races"].predicted, s.kinds["races"].gold) == (2, 2, 2)
