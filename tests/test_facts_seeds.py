"""The seed articles' traps (issue 3), each as a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.facts import extract_document

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "gold"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed gold not present")


@pytest.fixture(scope="module")
def seed1() -> dict:
    text = (SEEDS / "000_0675ac09d05886ac.txt").read_text(encoding="utf-8")
    return extract_document({"id": "seed1", "text": text, "published": None, "url": None})


@pytest.fixture(scope="module")
def seed2() -> dict:
    text = (SEEDS / "002_56ea0e3b9624bd44.txt").read_text(encoding="utf-8")
    return extract_document({"id": "seed2", "text": text, "published": None, "url": None})


def test_surname_resolves_to_full_name(seed1: dict) -> None:
    assert "Jim Walmsley" in seed1["athletes"]
    assert "Walmsley" not in seed1["athletes"]
    assert all(r["athlete"] != "Walmsley" for r in seed1["results"])


def test_olsen_course_record_2012(seed1: dict) -> None:
    recs = [r for r in seed1["records"] if r["athlete"] == "Timothy Olsen"]
    assert len(recs) == 1
    assert (recs[0]["type"], recs[0]["race_or_route"], recs[0]["time"], recs[0]["year"]) == (
        "course record", "Western States 100", "14:46:44", 2012)


def test_krar_previous_fkt_holder_and_26_minute_margin(seed1: dict) -> None:
    fkt = [r for r in seed1["records"] if r["type"] == "FKT" and r["athlete"] == "Jim Walmsley"]
    assert len(fkt) == 1
    assert fkt[0]["time"] == "5:55:20"
    assert fkt[0]["previous_holder"] == "Rob Krar"
    assert fkt[0]["margin"] == "0:26:00"
    assert "Grand Canyon" in fkt[0]["race_or_route"]
    assert any(r["type"] == "FKT" and r["athlete"] == "Rob Krar" for r in seed1["records"])


def test_mile_best_is_no_result(seed1: dict) -> None:
    times = [r["time"] for r in seed1["results"]] + [r["time"] for r in seed1["records"]]
    assert "4:03:00" not in times and "0:04:03" not in times


def test_by_16_minutes_is_a_margin(seed1: dict) -> None:
    bandera = [r for r in seed1["records"] if r["race_or_route"] == "Bandera 100K"]
    assert bandera and bandera[0]["time"] == "7:46:37" and bandera[0]["margin"] == "0:16:00"
    assert all(r["time"] != "0:16:00" for r in seed1["results"])


def test_finish_20th_is_a_result(seed1: dict) -> None:
    assert any(r["athlete"] == "Jim Walmsley" and r["race"] == "Western States 100"
               and r["place"] == 20 and r["time"] == "18:45:36" and r["year"] == 2016
               for r in seed1["results"])


def test_training_volume_is_no_result(seed1: dict) -> None:
    assert all("per week" not in r["evidence"] for r in seed1["results"])


def test_ryan_hall_has_no_ultra_result(seed1: dict) -> None:
    assert all(r["athlete"] != "Ryan Hall" for r in seed1["results"] + seed1["records"])


def test_bonnett_is_an_athlete_but_coach_benson_is_not(seed1: dict) -> None:
    assert "James Bonnett" in seed1["athletes"]
    assert "Juli Benson" not in seed1["athletes"]


def test_every_fact_has_provenance(seed1: dict) -> None:
    text = (SEEDS / "000_0675ac09d05886ac.txt").read_text(encoding="utf-8")
    for fact in seed1["results"] + seed1["records"]:
        assert text[fact["start"] : fact["end"]] == fact["evidence"]
        assert 0 < fact["confidence"] <= 1


def test_missed_world_record_is_no_record(seed2: dict) -> None:
    assert all(r["type"] != "world record" for r in seed2["records"])
    assert all(r["year"] != 2020 for r in seed2["records"] + seed2["results"])


def test_fragments_carry_year_race_and_athlete(seed2: dict) -> None:
    got = {(r["race_or_route"], r["year"]) for r in seed2["records"] if r["athlete"] == "Jim Walmsley"}
    assert {("Western States 100", 2018), ("Western States 100", 2019), ("UTMB", 2023)} <= got
    assert any(r["race"] == "Western States 100" and r["year"] == 2017 and r["place"] == 5
               for r in seed2["results"])
