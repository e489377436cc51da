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
# The dev set is 117 documents: the 57 first written, 48 in harder styles (essays, previews,
# record histories, international press, forums) and 12 carried by lists and flattened tables
# (extra-75 onwards). Whole-set scores when these floors were set: results P 0.871 R 0.842,
# records P 0.901 R 0.743.
DEV_FLOORS = {"athletes": (0.96, 0.92), "races": (0.97, 0.91), "results": (0.85, 0.82), "records": (0.88, 0.72)}


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
