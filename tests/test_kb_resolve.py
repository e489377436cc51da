"""Name normalization and entity resolution of the knowledge store."""

from __future__ import annotations

import pytest

from pipeline import store
from pipeline.kb.normalize import (
    distance_km,
    norm,
    number_words,
    significant_words,
    slug,
    time_seconds,
)
from pipeline.kb.resolve import Resolver
from pipeline.kb.sample import SEED_GAZETTEER

NAMES = ["Jim Walmsley", "  Kílian  Jornet ", "O’Brien", "Ultra-Trail du Mont-Blanc®",
         "Sean O'Brien 100K", "Grand Canyon rim-to-rim-to-rim", "Zegama-Aizkorri", "Saintélyon"]


def test_python_and_sql_normalization_agree(tmp_path) -> None:
    # named queries look names up with the uf_norm macro; the loader stores Python's norm()
    with store.connect(tmp_path / "n.duckdb") as con:
        for name in NAMES:
            assert con.execute("SELECT uf_norm(?)", [name]).fetchone()[0] == norm(name), name


def test_norm_slug_and_values() -> None:
    assert norm("Ultra-Trail du Mont-Blanc") == "ultra trail du mont blanc"
    assert norm("O’Brien") == "obrien" and slug("Western States 100") == "western-states-100"
    assert significant_words("Western States Endurance Run") == significant_words("Western States 100")
    assert number_words("Hardrock 100 2023") == {"100"}
    assert time_seconds("14:46:44") == 53204 and time_seconds("0:04:03") == 243
    assert time_seconds("7:00:62") is None and time_seconds("14:46") is None
    assert distance_km("100 mi") == pytest.approx(160.934, abs=0.01) and distance_km("50K") == 50.0


@pytest.fixture()
def resolver() -> Resolver:
    r = Resolver()
    r.apply_gazetteer(SEED_GAZETTEER)
    return r


def test_race_aliases_and_significant_words(resolver: Resolver) -> None:
    for name in ("Western States", "WSER", "western states endurance run", "Western States 100",
                 "Western States Endurance Run 2024 Lottery"):
        assert resolver.race(name) == "western-states-100", name
    assert resolver.race("Bandera") == "bandera-100k"
    assert resolver.race("Bandera 50K") == "bandera-50k"  # another distance: another race
    assert resolver.race("Ultra-Trail du Mont-Blanc") == "utmb"
    assert resolver.races["bandera-50k"].source == "text"


def test_athletes_surnames_resolve_within_their_document(resolver: Resolver) -> None:
    jim = resolver.athlete("Jim Walmsley")
    assert resolver.athlete("Walmsley", ["Jim Walmsley", "Rob Krar"]) == jim == "jim-walmsley"
    assert resolver.athlete("JIM WALMSLEY") == jim
    # a surname two people of the document share stays unresolved to either of them
    assert resolver.athlete("Krar", ["Rob Krar", "Ann Krar"]) == "krar"


def test_gazetteer_absorbs_a_race_first_seen_in_text() -> None:
    r = Resolver()
    assert r.race("Lake Sonoma 50") == "lake-sonoma-50"
    assert r.races["lake-sonoma-50"].source == "text"
    r.apply_gazetteer(SEED_GAZETTEER)
    assert r.races["lake-sonoma-50"].source == "gazetteer"
    assert r.race("Lake Sonoma 50 Mile") == "lake-sonoma-50"
