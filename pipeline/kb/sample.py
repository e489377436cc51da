"""Facts with provenance made from gold files, for tests, the bench and demos.

Gold files (FACTS.md) carry no evidence; this picks for each gold fact the sentence of the
text that best supports it (its time, year and names), so the store can be exercised with
the seed facts before the spaCy stage writes real extractions.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import duckdb

from pipeline.kb.normalize import norm

# The project's shared/ folder sits beside the repository (here and in CI).
SHARED_GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold"

# A small gazetteer in the races.yaml shape, so tests do not depend on the full one.
SEED_GAZETTEER = [
    {"name": "Western States 100", "aliases": ["Western States", "WSER", "Western States Endurance Run"],
     "distance_km": 161, "distance_label": "100 mi", "country": "US", "kind": "race", "discipline": "trail"},
    {"name": "Bandera 100K", "aliases": [], "distance_km": 100, "distance_label": "100 km",
     "country": "US", "kind": "race", "discipline": "trail"},
    {"name": "Lake Sonoma 50", "aliases": ["Lake Sonoma 50 Mile"], "distance_km": 80,
     "distance_label": "50 mi", "country": "US", "kind": "race", "discipline": "trail"},
    {"name": "UTMB", "aliases": ["Ultra-Trail du Mont-Blanc"], "distance_km": 171,
     "distance_label": "171 km", "country": "FR", "kind": "race", "discipline": "trail"},
    {"name": "Grand Canyon Rim to Rim to Rim", "aliases": ["R2R2R"], "distance_km": 68,
     "distance_label": "42 mi", "country": "US", "kind": "route", "discipline": "trail"},
]
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]?|$)")


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) of each sentence; offsets index `text`."""
    found = []
    for match in _SENT.finditer(text):
        raw = match.group(0)
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = match.start() + lead
            found.append((start, start + len(body), body))
    return found


def _evidence(text: str, fact: dict[str, Any], sents: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    names = [_first(fact.get(k)) for k in ("athlete", "race", "race_or_route", "previous_holder")]
    words = {w for n in names if isinstance(n, str) for w in norm(n).split() if len(w) > 3}
    best, best_score = sents[0], -1.0
    for sent in sents:
        low = norm(sent[2])
        score = 0.0
        for key, weight in (("time", 5), ("year", 2), ("margin", 1)):
            value = fact.get(key)
            if value and str(value).lstrip("0:") and str(value).lstrip("0:") in sent[2]:
                score += weight
        score += sum(1 for w in words if w in low.split())
        if score > best_score:
            best, best_score = sent, score
    return best


def gold_to_facts(json_path: Path | str) -> dict[str, Any]:
    """A FACTS.md output object (first spelling of each name, evidence/start/end) from gold."""
    json_path = Path(json_path)
    gold = json.loads(json_path.read_text(encoding="utf-8"))["gold"]
    text = json_path.with_suffix(".txt").read_text(encoding="utf-8")
    sents = sentences(text)
    facts: dict[str, Any] = {
        "id": json_path.stem,
        "athletes": [_first(a) for a in gold.get("athletes", [])],
        "races": [_first(r) for r in gold.get("races", [])],
        "results": [],
        "records": [],
    }
    for kind in ("results", "records"):
        for item in gold.get(kind, []):
            fact = {k: _first(v) for k, v in item.items() if k != "note"}
            start, end, sentence = _evidence(text, fact, sents)
            fact.update(evidence=sentence, start=start, end=end, confidence=0.9, rule="gold")
            facts[kind].append(fact)
    return facts


def seed_store(con: duckdb.DuckDBPyConnection, gold_dir: Path | str = SHARED_GOLD, *,
               extractor_version: str = "gold-1", outlet: str = "seed",
               published: str | None = None) -> list[str]:
    """Insert an article and an extraction row for each gold file; return the article ids."""
    ids = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        facts = gold_to_facts(path)
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()
        url = f"https://seed.example/{path.stem}"
        title = text.strip().splitlines()[0][:120]
        con.execute("DELETE FROM articles WHERE id = ?", [path.stem])
        con.execute(
            "INSERT INTO articles (id, canonical_url, url, outlet, title, published, text, "
            "word_count, content_hash, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "TIMESTAMP '2026-01-01', TIMESTAMP '2026-01-01')",
            [path.stem, url, url, outlet, title, published, text, len(text.split()), digest])
        con.execute(
            "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, TIMESTAMP '2026-01-02', ?, NULL)",
            [path.stem, digest, extractor_version, json.dumps(facts)])
        ids.append(path.stem)
    return ids
