"""Knowledge-store benchmark: bulk Arrow load vs executemany, and named-query latency.

    python bench/store.py [--facts 1000000] [--slice 2000] [--keep DIR]

Generates FACTS.md extractions (results and record claims with evidence) for synthetic articles,
writes them to a fresh store's `extractions` table (not timed: that is the extract stage's
write), then times `load_pending` end to end (read, flatten, resolve, write) and reports it both
as facts/s (results + record claims) and as rows/s counting every fact-table row written
(facts + mentions). Beside it, in the same run and the same store file, `executemany` inserts
a slice of already-resolved result rows one by one. Then every named query runs with its
defaults; the median of several runs is printed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import store  # noqa: E402
from pipeline.kb import queries  # noqa: E402
from pipeline.kb.load import load_pending, to_arrow  # noqa: E402
from pipeline.kb.resolve import read_gazetteer  # noqa: E402
from pipeline.kb.sample import SEED_GAZETTEER, SHARED_GOLD, seed_store  # noqa: E402

FIRST = ("Jim Anna Kilian Courtney Camille Tom Ruth Jasmin Hayden Zach Kaci Dakota Tara Rob Max "
         "Sage Adam Magdalena Katie Jon Mimi Ida Pau Jonas Ragna Eli Hannah Matt Arlen Jared").split()
LAST = ("Walmsley Jornet Dauwalter Bonnet Hawks Evans Miller Croft Kipruto Dunn Sharman Krar King "
        "Canaday Boulet Schide Debats Kremer Tollefson Schlarb Ellis Sarrias Maraudon Nilsson "
        "Patterson Bosio Olsen Hall Fish Sutton Ochs Lee Nakamura Costa Rossi Novak Berg Moreau").split()


def races() -> list[dict]:
    found = read_gazetteer() or SEED_GAZETTEER
    return [r for r in found if r.get("kind", "race") == "race"] or found


def _hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def generate(n_facts: int, per_article: int = 10, seed: int = 7) -> pa.Table:
    """Extraction rows (article_id, content_hash, extractor_version, facts).

    Each article is a race report: one edition (race and year), its top finishers with places
    and times, and now and then a course record by the winner naming the previous holder.
    About a third of the editions are reported by a second outlet, which then states the same
    results, except that one report in a hundred gets a place wrong (a source conflict).
    """
    rng = random.Random(seed)
    names = [f"{f} {ln}" for f in FIRST for ln in LAST]
    race_list = races()
    ids, hashes, facts_col = [], [], []
    made = 0
    editions: dict[tuple[str, int], tuple] = {}
    keys: list[tuple[str, int]] = []
    while made < n_facts:
        if keys and rng.random() < 0.33:
            key = rng.choice(keys)  # another outlet's report of a known edition
        else:
            key = (rng.choice(race_list)["name"], rng.randint(1970, 2024))
        if key not in editions:
            field, start = rng.sample(names, per_article), rng.randint(5 * 3600, 20 * 3600)
            editions[key] = (field, start, rng.choice(names) if rng.random() < 0.2 else None)
            keys.append(key)
        race, year = key
        field, start, record = editions[key]
        results, records = [], []
        seconds = start
        for place, who in enumerate(field, 1):
            if made >= n_facts:
                break
            seconds += 60 * place
            sentence = f"{who} finished {place} at the {year} {race} in {_hms(seconds)}."
            if place == 1 and record:
                records.append({"type": "course record", "race_or_route": race, "athlete": who,
                                "time": _hms(seconds), "year": year, "previous_holder": record,
                                "previous_time": _hms(seconds + 600), "margin": "0:10:00",
                                "evidence": sentence, "start": 0, "end": len(sentence), "confidence": 0.8})
                made += 1
                if made >= n_facts:
                    break
            stated = place + 1 if rng.random() < 0.01 else place
            results.append({"athlete": who, "race": race, "year": year, "place": stated,
                            "time": _hms(seconds), "distance": "100 mi", "evidence": sentence,
                            "start": 0, "end": len(sentence), "confidence": 0.9})
            made += 1
        a = len(ids)
        ids.append(f"bench{a:07d}")
        hashes.append(f"h{a}")
        athletes = sorted({r["athlete"] for r in results} | {r["athlete"] for r in records})
        facts_col.append(json.dumps({"id": ids[-1], "athletes": athletes, "races": [race],
                                     "results": results, "records": records}))
    return pa.table({"article_id": ids, "content_hash": hashes,
                     "extractor_version": ["bench-1"] * len(ids), "facts": facts_col})


def prepare(db: Path, extractions: pa.Table) -> None:
    with store.connect(db) as con:
        con.execute("SELECT 1").fetchall()
        con.register("gen", extractions)
        con.execute("""
            INSERT INTO articles (id, canonical_url, url, outlet, title, published, word_count, first_seen)
            SELECT article_id, 'https://bench.example/' || article_id, 'https://bench.example/' || article_id,
                   'outlet' || (hash(article_id) % 5), 'Bench article ' || article_id,
                   TIMESTAMP '2015-01-01' + INTERVAL (hash(article_id) % 3650) DAY, 400, now()
            FROM gen""")
        con.execute("""
            INSERT INTO extractions SELECT article_id, content_hash, extractor_version,
                   TIMESTAMP '2026-01-01', CAST(facts AS JSON), NULL FROM gen""")
        if SHARED_GOLD.is_dir():
            seed_store(con, SHARED_GOLD)


def bench_executemany(db: Path, n: int) -> tuple[int, float]:
    with store.connect(db) as con:
        rows = con.execute(f"SELECT * FROM results ORDER BY id LIMIT {n}").fetchall()
        con.execute("CREATE TABLE bench_results AS SELECT * FROM results LIMIT 0")
        marks = ", ".join("?" * len(rows[0]))
        start = time.perf_counter()
        con.executemany(f"INSERT INTO bench_results VALUES ({marks})", rows)
        elapsed = time.perf_counter() - start
        con.execute("DROP TABLE bench_results")
    return len(rows), elapsed


def bench_queries(db: Path, repeat: int) -> list[tuple[str, float, int]]:
    timings = []
    with store.connect(db, read_only=True) as con:
        for name, query in queries.available().items():
            params = query.bind({})
            samples, count = [], 0
            for _ in range(repeat):
                start = time.perf_counter()
                count = to_arrow(con, query.sql, params).num_rows
                samples.append((time.perf_counter() - start) * 1000)
            timings.append((name, statistics.median(samples), count))
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--slice", type=int, default=2_000, help="rows for the executemany baseline")
    parser.add_argument("--repeat", type=int, default=7, help="runs per named query")
    parser.add_argument("--keep", type=Path, help="keep the bench store in this directory")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="ufbench-"))
    db = workdir / "bench.duckdb"
    try:
        t0 = time.perf_counter()
        extractions = generate(args.facts)
        prepare(db, extractions)
        print(f"setup: {args.facts:,} facts in {extractions.num_rows:,} extractions written "
              f"in {time.perf_counter() - t0:.1f}s (not timed)")

        summary = load_pending(db, progress=False)
        facts = summary.results + summary.records
        rows = facts + summary.mentions
        rate = facts / summary.seconds      # facts (results + record claims) per second
        row_rate = rows / summary.seconds   # rows written to the fact tables (facts + mentions) per second
        print(f"load_pending end to end (JSON in extractions -> committed tables): {summary.seconds:.2f}s for "
              f"{facts:,} facts ({summary.results:,} results + {summary.records:,} record claims) and "
              f"{summary.mentions:,} mentions")
        print(f"  = {rate:,.0f} facts/s; {row_rate:,.0f} rows/s counting facts + mentions ({rows:,} rows)")
        print(f"  prepare (JSON -> flat facts -> resolved Arrow tables, read-only): {summary.prepare_seconds:.2f}s; "
              f"write transaction: {summary.write_seconds:.2f}s = {rows / summary.write_seconds:,.0f} rows/s "
              f"(facts + mentions; {facts / summary.write_seconds:,.0f} facts/s)")
        n, elapsed = bench_executemany(db, args.slice)
        slow = n / elapsed
        print(f"executemany, {n:,} resolved result rows: {elapsed:.2f}s = {slow:,.0f} rows/s")
        write_rate = rows / summary.write_seconds
        print(f"ratio end to end vs executemany: {rate / slow:,.0f}x counting facts, "
              f"{row_rate / slow:,.0f}x counting facts + mentions")
        print(f"ratio of the insert paths (resolved Arrow rows vs resolved rows one by one): "
              f"{write_rate / slow:,.0f}x; {write_rate:,.0f} rows/s")

        def verdict(per_s: float) -> str:
            return "met" if per_s / slow >= 50 and per_s >= 500_000 else "NOT met"

        print(f"goals (>= 50x executemany and >= 500,000 rows/s): end to end counting facts {verdict(rate)}, "
              f"counting facts + mentions {verdict(row_rate)}; insert path {verdict(write_rate)}")
        again = load_pending(db, progress=False)
        print(f"second load (nothing new): {again.seconds:.2f}s, {again.articles} articles")

        print(f"named queries, median of {args.repeat} runs at this size (goal < 100 ms):")
        worst = 0.0
        for name, ms, count in bench_queries(db, args.repeat):
            worst = max(worst, ms)
            print(f"  {name:<24} {ms:8.1f} ms  {count:>6} rows")
        print(f"slowest named query: {worst:.1f} ms ({'met' if worst < 100 else 'NOT met'})")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(db, args.keep / db.name)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
