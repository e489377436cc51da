"""Score floors on the seed gold and the development gold: a regression fails CI.

The floors sit a little below what the extractor reaches (see the report in the commit log);
raise them when the rules improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.facts.scoring import evaluate, load_gold_dir

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "gold"
DEV = Path(__file__).resolve().parent / "gold" / "dev"

# kind -> (precision floor, recall floor)
SEED_FLOORS = {"athletes": (0.95, 0.95), "races": (0.95, 0.95), "results": (0.95, 0.95), "records": (0.95, 0.95)}
# The dev set is 237 documents: the 57 first written, 48 in harder styles (essays, previews,
# record histories, international press, forums), 12 carried by lists and flattened tables
# (extra-75 to 86), 12 in the real press's forms (extra-87 to 98), 24 written blind as a
# fresh first look (extra-99 to 122: race reports, fell and fixed-time results, club
# newsletters, record explainers, profiles) and 24 more written blind to a second brief
# (extra-123 to 146: briefs, year reviews, statistics, team releases, obituaries, round-ups,
# translated reports, organiser releases, FKT pages, transcripts, live blogs) and 24 written
# blind to a third brief, as scraped from the web with page debris (extra-147 to 170:
# top-10 lists, previews, profiles, newsletters, listicles, gear reviews, terse round-ups,
# Q&As, penalties, race histories) and 12 records-heavy ones to the same brief (extra-171 to
# 182) and 24 written blind to a fourth brief, records as each outlet writes them (extra-183
# to 206: results with record notes, age-group and national records, FKT news, explainers,
# reviews, newsletters, season reviews, previews); each batch first scored before any tuning,
# then tuned on. Whole-set scores when these floors were set: results P 0.925 R 0.903, records
# P 0.958 R 0.860, athletes P 0.992 R 0.966, races P 0.977 R 0.969.
DEV_FLOORS = {"athletes": (0.99, 0.96), "races": (0.97, 0.96), "results": (0.91, 0.89), "records": (0.95, 0.85)}


def _check(gold: Path, floors: dict[str, tuple[float, float]]) -> None:
    scores = evaluate(gold)
    low = []
    for kind, (p_floor, r_floor) in floors.items():
        s = scores.kinds[kind]
        if s.precision < p_floor or s.recall < r_floor:
            low.append(f"{kind}: P={s.precision:.3f} (floor {p_floor}) R={s.recall:.3f} (floor {r_floor})")
    assert not low, "; ".join(low)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed gold not present")
def test_seed_gold_floor() -> None:
    _check(SEEDS, SEED_FLOORS)


@pytest.mark.skipif(not DEV.is_dir() or len(load_gold_dir(DEV)) < 10, reason="dev gold not present")
def test_dev_gold_floor() -> None:
    _check(DEV, DEV_FLOORS)
