"""Scoring as FACTS.md defines it: per fact kind, micro-averaged over documents.

Names match after folding (case, accents, punctuation, spaces); race names also match when
the significant words of one contain those of the other. Gold names may be lists of
alternatives. Results match on athlete + race, and year/place/time wherever gold is not null;
records on type + race_or_route, and athlete/time wherever gold is not null.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .normalize import fold, normalize_time_string

KINDS = ("athletes", "races", "results", "records")
GENERIC_RACE_WORDS = {
    "the", "race", "run", "endurance", "trail", "ultra", "mile", "miles", "k", "km",
}


def _alts(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def significant(name: str) -> set[str]:
    words = fold(name).split()
    sig = {w for w in words if w not in GENERIC_RACE_WORDS and not w.isdigit()}
    return sig or set(words)


def name_match(pred: Any, gold: Any) -> bool:
    """Exact match on folded names, any alternative."""
    p = {fold(x) for x in _alts(pred)}
    return any(fold(g) in p for g in _alts(gold))


def race_match(pred: Any, gold: Any) -> bool:
    """Folded equality, or significant words of one contain those of the other."""
    if gold is None or pred is None:
        return gold is None and pred is None
    for p in _alts(pred):
        fp, sp = fold(p), significant(p)
        for g in _alts(gold):
            if fold(g) == fp:
                return True
            sg = significant(g)
            if sp and sg and (sp <= sg or sg <= sp):
                return True
    return False


def _opt_name_match(pred: Any, gold: Any) -> bool:
    return gold is None or (pred is not None and name_match(pred, gold))


def _eq_time(pred: Any, gold: Any) -> bool:
    return gold is None or normalize_time_string(pred) == normalize_time_string(gold)


def _eq(pred: Any, gold: Any) -> bool:
    if gold is None:
        return True
    try:
        return pred is not None and int(pred) == int(gold)
    except (TypeError, ValueError):
        return pred == gold


def result_match(pred: dict, gold: dict) -> bool:
    return (
        name_match(pred.get("athlete"), gold.get("athlete"))
        and race_match(pred.get("race"), gold.get("race"))
        and _eq(pred.get("year"), gold.get("year"))
        and _eq(pred.get("place"), gold.get("place"))
        and _eq_time(pred.get("time"), gold.get("time"))
    )


def record_match(pred: dict, gold: dict) -> bool:
    return (
        (pred.get("type") or "").lower() == (gold.get("type") or "").lower()
        and race_match(pred.get("race_or_route"), gold.get("race_or_route"))
        and _opt_name_match(pred.get("athlete"), gold.get("athlete"))
        and _eq_time(pred.get("time"), gold.get("time"))
    )


@dataclass
class KindScore:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Error:
    doc: str
    kind: str
    error: str  # FP | miss
    fact: Any
    evidence: str | None = None


@dataclass
class Scores:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    errors: list[Error] = field(default_factory=list)
    documents: int = 0

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            k: {"precision": s.precision, "recall": s.recall, "f1": s.f1,
                "matched": s.matched, "predicted": s.predicted, "gold": s.gold}
            for k, s in self.kinds.items()
        }


def _match_lists(pred: list, gold: list, same) -> tuple[int, list[int], list[int]]:
    """Greedy one-to-one matching; returns matched count, unmatched pred and gold indexes."""
    used: set[int] = set()
    matched_pred: set[int] = set()
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if gi not in used and same(p, g):
                used.add(gi)
                matched_pred.add(pi)
                break
    return (
        len(used),
        [i for i in range(len(pred)) if i not in matched_pred],
        [i for i in range(len(gold)) if i not in used],
    )


def score_document(pred: dict, gold: dict, scores: Scores, doc_id: str = "") -> None:
    """Add one document's comparison to `scores`."""
    scores.documents += 1
    for kind in KINDS:
        p_items = list(pred.get(kind) or [])
        g_items = list(gold.get(kind) or [])
        if kind == "athletes":
            same = name_match
        elif kind == "races":
            same = race_match
        elif kind == "results":
            same = result_match
        else:
            same = record_match
        if kind in ("athletes", "races"):
            # A set of normalized names: a predicted name that repeats counts once. Only the
            # same name repeats: "Lakeland 50" and "Lakeland 100" are two races, though each
            # would match the other's gold by their significant words.
            seen: list = []
            for p in p_items:
                if not any(name_match(p, q) for q in seen):
                    seen.append(p)
            p_items = seen
        matched, fps, misses = _match_lists(p_items, g_items, same)
        ks = scores.kinds[kind]
        ks.matched += matched
        ks.predicted += len(p_items)
        ks.gold += len(g_items)
        for i in fps:
            fact = p_items[i]
            ev = fact.get("evidence") if isinstance(fact, dict) else None
            scores.errors.append(Error(doc_id, kind, "FP", fact, ev))
        for i in misses:
            scores.errors.append(Error(doc_id, kind, "miss", g_items[i]))


def load_gold_dir(gold_dir: Path | str) -> list[tuple[str, str, dict, dict]]:
    """(name, text, meta, gold) for every NAME.json with a NAME.txt beside it."""
    gold_dir = Path(gold_dir)
    out = []
    for js in sorted(gold_dir.glob("*.json")):
        txt = js.with_suffix(".txt")
        if not txt.exists():
            continue
        data = json.loads(js.read_text(encoding="utf-8"))
        out.append((js.stem, txt.read_text(encoding="utf-8"), data, data.get("gold") or {}))
    return out


def evaluate(
    gold_dir: Path | str,
    predictions: dict[str, dict] | None = None,
    *,
    extractor: Any = None,
) -> Scores:
    """Score predictions (by document name) against a gold folder; extract when not given."""
    docs = load_gold_dir(gold_dir)
    if predictions is None:
        from .extract import extract_documents

        inputs = [{"id": name, "text": text, "published": meta.get("published"), "url": None}
                  for name, text, meta, _ in docs]
        run = extractor or extract_documents
        predictions = {p["id"]: p for p in run(inputs)}
    scores = Scores()
    for name, _text, _meta, gold in docs:
        score_document(predictions.get(name) or {}, gold, scores, name)
    return scores


def evaluate_pairs(pairs: Iterable[tuple[dict, dict]]) -> Scores:
    """Score (prediction, gold) pairs directly."""
    scores = Scores()
    for i, (pred, gold) in enumerate(pairs):
        score_document(pred, gold, scores, str(pred.get("id", i)))
    return scores
