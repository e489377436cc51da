"""Load extracted facts into the knowledge tables: bulk, incremental, idempotent.

Three phases, so that the store file is held for writing only briefly (DuckDB lets no other
process open it while a writer has it):

1. read (read-only connection): pick the newest extraction of each article that differs from
   what `kb_loaded` says was loaded, flatten its JSON facts with DuckDB's JSON functions into
   Arrow tables, and read the athlete/race dimension;
2. resolve (no connection): map the batch's distinct names to athletes and races in Python,
   join everything into the final Arrow tables in a scratch in-memory DuckDB;
3. write (one transaction): delete the batch articles' old facts, insert the new ones with
   INSERT ... SELECT from the registered Arrow tables, rewrite the small dimension tables,
   record the batch in `kb_loaded`. A kill at any point leaves the previous state.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from pipeline import store
from pipeline.kb.resolve import Resolver, read_gazetteer

# Test hook, "POINT:PATH" with POINT prepare (read done, nothing open) or tx (inside the write
# transaction): the loader writes its pid to PATH and waits until PATH is removed, so that a
# test can kill -9 it, or run a reader, at that exact moment.
PAUSE_ENV = "ULTRAFACTS_KB_PAUSE"


def _pause(point: str) -> None:
    spec = os.environ.get(PAUSE_ENV, "")
    if not spec.startswith(point + ":"):
        return
    path = Path(spec.split(":", 1)[1])
    path.write_text(str(os.getpid()))
    deadline = time.monotonic() + 600
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)

EXTERNAL_OUTLET = "external"


@dataclass
class LoadSummary:
    """What one load changed."""

    articles: int = 0
    results: int = 0
    records: int = 0
    mentions: int = 0
    new_athletes: int = 0
    new_races: int = 0
    athletes: int = 0
    races: int = 0
    load_run_id: int | None = None
    seconds: float = 0.0

    def line(self) -> str:
        if not self.articles and self.load_run_id is None:
            return (f"load: nothing new ({self.athletes} athletes, {self.races} races in the store)")
        return (f"load: {self.articles} articles -> {self.results} results, {self.records} record "
                f"claims, {self.mentions} mentions; {self.new_athletes} new athletes, "
                f"{self.new_races} new races ({self.athletes} athletes, {self.races} races in the "
                f"store) in {self.seconds:.2f}s")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def to_arrow(con: duckdb.DuckDBPyConnection, sql: str, params: Any = None) -> pa.Table:
    """A query's result as an Arrow table (duckdb 1.x and 2.x spell it differently)."""
    try:
        rel = con.sql(sql, params=params) if params is not None else con.sql(sql)
    except TypeError:  # duckdb without sql(params=...)
        rel = con.execute(sql, params)
    for name in ("to_arrow_table", "fetch_arrow_table", "arrow"):
        method = getattr(rel, name, None)
        if method is not None:
            result = method()
            return result if isinstance(result, pa.Table) else result.read_all()
    raise RuntimeError("duckdb cannot produce Arrow here")


# -- phase 1: read -----------------------------------------------------------------------

_MACROS = r"""
CREATE OR REPLACE TEMP MACRO kb_secs(t) AS
    CASE WHEN regexp_full_match(trim(t), '\d{1,3}:[0-5]\d:[0-5]\d')
         THEN CAST(split_part(trim(t), ':', 1) AS INT) * 3600 + CAST(split_part(trim(t), ':', 2) AS INT) * 60
              + CAST(split_part(trim(t), ':', 3) AS INT) END;
CREATE OR REPLACE TEMP MACRO kb_name(j) AS
    CASE WHEN json_type(j) = 'ARRAY' THEN j ->> 0 ELSE j ->> '$' END;
CREATE OR REPLACE TEMP MACRO kb_int(j) AS TRY_CAST(j ->> '$' AS INTEGER);
CREATE OR REPLACE TEMP MACRO kb_km(d) AS
    CASE WHEN regexp_matches(d, '^\s*[0-9.]+\s*(mi|mile|miles)\b', 'i')
              THEN round(TRY_CAST(regexp_extract(d, '[0-9.]+') AS DOUBLE) * 1.609344, 3)
         WHEN regexp_matches(d, '^\s*[0-9.]+\s*(k|km|kilomet)', 'i')
              THEN TRY_CAST(regexp_extract(d, '[0-9.]+') AS DOUBLE) END;
CREATE OR REPLACE TEMP MACRO kb_gender(g, ev) AS
    CASE WHEN lower(g) IN ('f', 'w', 'female', 'woman', 'women') THEN 'F'
         WHEN lower(g) IN ('m', 'male', 'man', 'men') THEN 'M'
         WHEN regexp_matches(ev, '(?i)\b(women|woman|female|ladies|f1)\b')
              AND NOT regexp_matches(ev, '(?i)\b(men|man|male|m1)\b') THEN 'F'
         WHEN regexp_matches(ev, '(?i)\b(men|male|m1)\b')
              AND NOT regexp_matches(ev, '(?i)\b(women|woman|female|ladies|f1)\b') THEN 'M' END;
CREATE OR REPLACE TEMP MACRO kb_direction(d, ev) AS
    coalesce(lower(d), lower(regexp_extract(ev,
        '(?i)\b(counter-?clockwise|anti-?clockwise|clockwise|northbound|southbound|eastbound|westbound)\b', 1)));
"""

_PENDING = """
CREATE OR REPLACE TEMP TABLE kb_pend AS
WITH cur AS (
    SELECT article_id, extractor_version, content_hash, extracted_at, facts
    FROM extractions
    WHERE error IS NULL AND facts IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY article_id
                               ORDER BY extracted_at DESC NULLS LAST, extractor_version DESC) = 1
)
SELECT cur.*
FROM cur LEFT JOIN kb_loaded k USING (article_id)
WHERE k.article_id IS NULL
   OR k.extractor_version IS DISTINCT FROM cur.extractor_version
   OR k.content_hash IS DISTINCT FROM cur.content_hash
   OR k.extracted_at IS DISTINCT FROM cur.extracted_at
"""

_RESULTS = """
SELECT article_id, extractor_version, CAST(i - 1 AS INTEGER) AS fact_index,
       kb_name(j -> 'athlete') AS athlete, kb_name(j -> 'race') AS race,
       kb_int(j -> 'year') AS year, kb_int(j -> 'place') AS place,
       j ->> 'time' AS time_text, kb_secs(j ->> 'time') AS time_s,
       kb_gender(j ->> 'gender', j ->> 'evidence') AS gender,
       j ->> 'distance' AS distance_label, kb_km(j ->> 'distance') AS distance_km,
       j ->> 'evidence' AS evidence, kb_int(j -> 'start') AS start, kb_int(j -> 'end') AS "end",
       j ->> 'rule' AS rule, TRY_CAST(j ->> 'confidence' AS DOUBLE) AS confidence
FROM (SELECT article_id, extractor_version, unnest(l) AS j, generate_subscripts(l, 1) AS i
      FROM (SELECT article_id, extractor_version,
                   TRY_CAST(json_extract(facts, '$.results') AS JSON[]) AS l FROM kb_pend))
WHERE json_type(j) = 'OBJECT'
"""

_RECORDS = """
SELECT article_id, extractor_version, CAST(i - 1 AS INTEGER) AS fact_index,
       coalesce(j ->> 'type', 'other') AS record_type, kb_name(j -> 'race_or_route') AS race,
       kb_gender(coalesce(j ->> 'gender', j ->> 'scope'), j ->> 'evidence') AS scope_gender,
       kb_direction(j ->> 'direction', j ->> 'evidence') AS scope_direction,
       kb_name(j -> 'athlete') AS athlete, j ->> 'time' AS time_text, kb_secs(j ->> 'time') AS time_s,
       kb_int(j -> 'year') AS year, kb_name(j -> 'previous_holder') AS previous_holder,
       j ->> 'previous_time' AS previous_time_text, kb_secs(j ->> 'previous_time') AS previous_time_s,
       j ->> 'margin' AS margin_text, kb_secs(j ->> 'margin') AS margin_s,
       j ->> 'evidence' AS evidence, kb_int(j -> 'start') AS start, kb_int(j -> 'end') AS "end",
       j ->> 'rule' AS rule, TRY_CAST(j ->> 'confidence' AS DOUBLE) AS confidence
FROM (SELECT article_id, extractor_version, unnest(l) AS j, generate_subscripts(l, 1) AS i
      FROM (SELECT article_id, extractor_version,
                   TRY_CAST(json_extract(facts, '$.records') AS JSON[]) AS l FROM kb_pend))
WHERE json_type(j) = 'OBJECT'
"""

# The document-level entity lists ("athletes", "races"), in order.
_LISTS = """
SELECT article_id, extractor_version, kind, CAST(i - 1 AS INTEGER) AS list_index, kb_name(j) AS name
FROM (SELECT article_id, extractor_version, kind, unnest(l) AS j, generate_subscripts(l, 1) AS i
      FROM (SELECT article_id, extractor_version, 'athlete' AS kind,
                   TRY_CAST(json_extract(facts, '$.athletes') AS JSON[]) AS l FROM kb_pend
            UNION ALL
            SELECT article_id, extractor_version, 'race',
                   TRY_CAST(json_extract(facts, '$.races') AS JSON[]) FROM kb_pend))
WHERE kb_name(j) IS NOT NULL AND trim(kb_name(j)) <> ''
"""


@dataclass
class _Batch:
    pending: pa.Table
    results: pa.Table
    records: pa.Table
    lists: pa.Table
    dims: dict[str, list[dict[str, Any]]]


def _read(con: duckdb.DuckDBPyConnection) -> _Batch:
    con.execute(_MACROS)
    con.execute(_PENDING)
    dims = {
        name: to_arrow(con, f"SELECT * FROM {name} ORDER BY 1").to_pylist()
        for name in ("athletes", "athlete_aliases", "races", "race_aliases")
    }
    return _Batch(
        pending=to_arrow(con, "SELECT article_id, extractor_version, content_hash, extracted_at "
                              "FROM kb_pend ORDER BY article_id"),
        results=to_arrow(con, _RESULTS),
        records=to_arrow(con, _RECORDS),
        lists=to_arrow(con, _LISTS),
        dims=dims,
    )


# -- phase 2: resolve ----------------------------------------------------------------------

def _resolve(batch: _Batch, resolver: Resolver) -> tuple[pa.Table, pa.Table]:
    """Name -> id maps for this batch: (article_id or '', kind, name) -> id."""
    doc_athletes: dict[str, list[str]] = {}
    lists = batch.lists.to_pydict()
    for art, kind, name in zip(lists["article_id"], lists["kind"], lists["name"], strict=True):
        if kind == "athlete":
            doc_athletes.setdefault(art, []).append(name)

    athlete_rows: dict[tuple[str, str], str | None] = {}
    race_rows: dict[str, str | None] = {}

    def athlete(article_id: str, name: str | None) -> None:
        if name is None:
            return
        # A one-word name depends on its document ("Walmsley" -> the Jim Walmsley it names);
        # anything longer resolves the same everywhere, so it is keyed once.
        key = (article_id, name) if " " not in name.strip() else ("", name)
        if key not in athlete_rows:
            athlete_rows[key] = resolver.athlete(name, doc_athletes.get(article_id, ()), article_id)

    def race(name: str | None, distance: str | None = None) -> None:
        if name is not None and name not in race_rows:
            race_rows[name] = resolver.race(name, distance)

    # Deterministic order: canonical names and ids do not depend on Arrow chunking.
    for art, kind, name in sorted(zip(lists["article_id"], lists["kind"], lists["name"], strict=True)):
        if kind == "athlete":
            athlete(art, name)
        else:
            race(name)
    res = batch.results.select(["article_id", "athlete", "race", "distance_label"]).to_pydict()
    for art, ath, rac, dist in sorted(zip(res["article_id"], res["athlete"], res["race"],
                                          res["distance_label"], strict=True),
                                      key=lambda t: (t[0], t[1] or "", t[2] or "")):
        athlete(art, ath)
        race(rac, dist)
    rec = batch.records.select(["article_id", "athlete", "previous_holder", "race"]).to_pydict()
    for art, ath, prev, rac in sorted(zip(rec["article_id"], rec["athlete"], rec["previous_holder"],
                                          rec["race"], strict=True),
                                      key=lambda t: tuple(x or "" for x in t)):
        athlete(art, ath)
        athlete(art, prev)
        race(rac)

    amap = pa.table({
        "article_id": [k[0] for k in athlete_rows],
        "name": [k[1] for k in athlete_rows],
        "id": list(athlete_rows.values()),
    }, schema=pa.schema([("article_id", pa.string()), ("name", pa.string()), ("id", pa.string())]))
    rmap = pa.table({"name": list(race_rows), "id": list(race_rows.values())},
                    schema=pa.schema([("name", pa.string()), ("id", pa.string())]))
    return amap, rmap


# Final fact tables, built in a scratch in-memory DuckDB from the flattened Arrow tables and
# the name maps; column order is the store's.
_FINAL_RESULTS = """
SELECT r.article_id || ':r' || r.fact_index AS id, r.article_id, r.extractor_version, r.fact_index,
       coalesce(a1.id, a0.id) AS athlete_id, r.athlete AS athlete_name,
       rm.id AS race_id, r.race AS race_name,
       CASE WHEN rm.id IS NOT NULL AND r.year IS NOT NULL THEN rm.id || ':' || r.year END AS edition_id,
       r.year, r.place, r.time_text, r.time_s, r.gender, r.distance_label, r.distance_km,
       r.evidence, r.start, r."end", r.rule, r.confidence
FROM b_results r
LEFT JOIN amap a1 ON a1.article_id = r.article_id AND a1.name = r.athlete
LEFT JOIN amap a0 ON a0.article_id = '' AND a0.name = r.athlete
LEFT JOIN rmap rm ON rm.name = r.race
"""

_FINAL_RECORDS = """
SELECT c.article_id || ':c' || c.fact_index AS id, c.article_id, c.extractor_version, c.fact_index,
       c.record_type, rm.id AS race_id, c.race AS race_name, c.scope_gender, c.scope_direction,
       coalesce(h1.id, h0.id) AS holder_id, c.athlete AS holder_name, c.time_text, c.time_s, c.year,
       coalesce(p1.id, p0.id) AS previous_holder_id, c.previous_holder AS previous_holder_name,
       c.previous_time_text, c.previous_time_s, c.margin_text, c.margin_s,
       c.evidence, c.start, c."end", c.rule, c.confidence
FROM b_records c
LEFT JOIN amap h1 ON h1.article_id = c.article_id AND h1.name = c.athlete
LEFT JOIN amap h0 ON h0.article_id = '' AND h0.name = c.athlete
LEFT JOIN amap p1 ON p1.article_id = c.article_id AND p1.name = c.previous_holder
LEFT JOIN amap p0 ON p0.article_id = '' AND p0.name = c.previous_holder
LEFT JOIN rmap rm ON rm.name = c.race
"""

# One mention per entity per evidence sentence; listed entities that no fact names get a
# mention of their own (span found in the text later, when the text is at hand).
_FINAL_MENTIONS = """
WITH m AS (
    SELECT article_id, extractor_version, 'athlete' AS entity_type, athlete_id AS entity_id,
           athlete_name AS surface, start, "end", evidence AS sentence,
           coalesce(rule, 'result') AS rule, confidence, 0 AS src, fact_index
    FROM f_results WHERE athlete_id IS NOT NULL
    UNION ALL
    SELECT article_id, extractor_version, 'race', race_id, race_name, start, "end", evidence,
           coalesce(rule, 'result'), confidence, 1, fact_index
    FROM f_results WHERE race_id IS NOT NULL
    UNION ALL
    SELECT article_id, extractor_version, 'athlete', holder_id, holder_name, start, "end", evidence,
           coalesce(rule, 'record'), confidence, 2, fact_index
    FROM f_records WHERE holder_id IS NOT NULL
    UNION ALL
    SELECT article_id, extractor_version, 'athlete', previous_holder_id, previous_holder_name,
           start, "end", evidence, coalesce(rule, 'record'), confidence, 3, fact_index
    FROM f_records WHERE previous_holder_id IS NOT NULL
    UNION ALL
    SELECT article_id, extractor_version, 'race', race_id, race_name, start, "end", evidence,
           coalesce(rule, 'record'), confidence, 4, fact_index
    FROM f_records WHERE race_id IS NOT NULL
),
firsts AS (
    SELECT * FROM m
    QUALIFY row_number() OVER (PARTITION BY article_id, entity_type, entity_id, start
                               ORDER BY src, fact_index) = 1
),
listed AS (
    SELECT l.article_id, l.extractor_version, l.kind AS entity_type,
           coalesce(a1.id, a0.id, rm.id) AS entity_id, l.name AS surface,
           CAST(NULL AS INTEGER) AS start, CAST(NULL AS INTEGER) AS "end",
           CAST(NULL AS VARCHAR) AS sentence, 'list' AS rule, CAST(NULL AS DOUBLE) AS confidence,
           9 AS src, l.list_index AS fact_index
    FROM b_lists l
    LEFT JOIN amap a1 ON l.kind = 'athlete' AND a1.article_id = l.article_id AND a1.name = l.name
    LEFT JOIN amap a0 ON l.kind = 'athlete' AND a0.article_id = '' AND a0.name = l.name
    LEFT JOIN rmap rm ON l.kind = 'race' AND rm.name = l.name
    QUALIFY row_number() OVER (PARTITION BY l.article_id, l.kind, entity_id ORDER BY l.list_index) = 1
),
unnamed AS (
    SELECT listed.* FROM listed
    ANTI JOIN firsts f USING (article_id, entity_type, entity_id)
    WHERE listed.entity_id IS NOT NULL
)
SELECT article_id || ':m' || lpad(CAST(row_number() OVER (PARTITION BY article_id
                                                ORDER BY src, fact_index, entity_type, entity_id) AS VARCHAR), 4, '0') AS id,
       article_id, extractor_version, entity_type, entity_id, surface, start, "end", sentence,
       rule, confidence
FROM (SELECT * FROM firsts UNION ALL SELECT * FROM unnamed)
"""


def _build(batch: _Batch, amap: pa.Table, rmap: pa.Table) -> dict[str, pa.Table]:
    scratch = duckdb.connect()
    try:
        scratch.register("b_results", batch.results)
        scratch.register("b_records", batch.records)
        scratch.register("b_lists", batch.lists)
        scratch.register("amap", amap)
        scratch.register("rmap", rmap)
        results = to_arrow(scratch, _FINAL_RESULTS)
        records = to_arrow(scratch, _FINAL_RECORDS)
        scratch.register("f_results", results)
        scratch.register("f_records", records)
        mentions = to_arrow(scratch, _FINAL_MENTIONS)
    finally:
        scratch.close()
    return {"results": results, "record_claims": records, "mentions": mentions}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _locate(text: str, name: str) -> tuple[int, int, str] | None:
    """Span of the sentence where `name` (or its last word) first appears in `text`."""
    if not text or not name:
        return None
    low = text.lower()
    pos = low.find(name.lower())
    if pos < 0:
        last = name.split()[-1].lower()
        pos = low.find(last) if len(last) > 2 else -1
    if pos < 0:
        return None
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, pos):
        start = match.end()
    nxt = _SENTENCE_END.search(text, pos)
    end = nxt.start() if nxt else len(text)
    return start, end, text[start:end]


def _locate_listed(con: duckdb.DuckDBPyConnection, mentions: pa.Table) -> pa.Table:
    """Give listed-only mentions the sentence of the entity's first appearance in the text."""
    rows = mentions.filter(pc.equal(mentions["rule"], "list")).select(["article_id"])
    if rows.num_rows == 0:
        return mentions
    ids = sorted(set(rows["article_id"].to_pylist()))
    texts = dict(con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))",
                             [ids]).fetchall())
    data = mentions.to_pydict()
    for i, rule in enumerate(data["rule"]):
        if rule != "list":
            continue
        found = _locate(texts.get(data["article_id"][i]) or "", data["surface"][i] or "")
        if found:
            data["start"][i], data["end"][i], data["sentence"][i] = found
    return pa.table(data, schema=mentions.schema)


# -- phase 3: write --------------------------------------------------------------------------

_EDITIONS = """
INSERT INTO race_editions
WITH f AS (
    SELECT race_id, year, distance_km, distance_label, article_id FROM results
    WHERE race_id IS NOT NULL AND year IS NOT NULL
    UNION ALL
    SELECT race_id, year, NULL, NULL, article_id FROM record_claims
    WHERE race_id IS NOT NULL AND year IS NOT NULL
)
SELECT f.race_id || ':' || f.year, f.race_id, f.year,
       coalesce(mode(f.distance_km), any_value(r.distance_km)),
       coalesce(mode(f.distance_label), any_value(r.distance_label)),
       count(DISTINCT f.article_id)
FROM f LEFT JOIN races r ON r.id = f.race_id
GROUP BY f.race_id, f.year
"""

_GC = """
DELETE FROM athletes WHERE id NOT IN (
    SELECT athlete_id FROM results WHERE athlete_id IS NOT NULL
    UNION SELECT holder_id FROM record_claims WHERE holder_id IS NOT NULL
    UNION SELECT previous_holder_id FROM record_claims WHERE previous_holder_id IS NOT NULL
    UNION SELECT entity_id FROM mentions WHERE entity_type = 'athlete');
DELETE FROM athlete_aliases WHERE athlete_id NOT IN (SELECT id FROM athletes);
DELETE FROM races WHERE source <> 'gazetteer' AND id NOT IN (
    SELECT race_id FROM results WHERE race_id IS NOT NULL
    UNION SELECT race_id FROM record_claims WHERE race_id IS NOT NULL
    UNION SELECT entity_id FROM mentions WHERE entity_type = 'race');
DELETE FROM race_aliases WHERE race_id NOT IN (SELECT id FROM races);
"""


def _settle(con: duckdb.DuckDBPyConnection) -> None:
    """duckdb 2 refuses register() while a fetchone() result (from migrate) is unfinished."""
    con.execute("SELECT 1").fetchall()


def _dim_table(rows: list[dict[str, Any]], columns: list[str], types: dict[str, pa.DataType]) -> pa.Table:
    return pa.table({c: pa.array([r.get(c) for r in rows], type=types.get(c, pa.string()))
                     for c in columns})


def _write(con: duckdb.DuckDBPyConnection, batch: _Batch, final: dict[str, pa.Table],
           resolver: Resolver, summary: LoadSummary, source: str) -> None:
    dims = {
        "athletes": _dim_table(resolver.athlete_rows(), ["id", "name", "norm_name", "first_article_id"], {}),
        "athlete_aliases": _dim_table(resolver.athlete_alias_rows(),
                                      ["alias_norm", "alias", "athlete_id", "source"], {}),
        "races": _dim_table(resolver.race_rows(),
                            ["id", "name", "norm_name", "kind", "discipline", "country",
                             "distance_km", "distance_label", "source"],
                            {"distance_km": pa.float64()}),
        "race_aliases": _dim_table(resolver.race_alias_rows(),
                                   ["alias_norm", "alias", "race_id", "source"], {}),
    }
    merged = pa.table({"old": list(resolver.merged_races), "new": list(resolver.merged_races.values())},
                      schema=pa.schema([("old", pa.string()), ("new", pa.string())]))
    started = time.time()
    _settle(con)
    for name, table in {**final, **{f"d_{k}": v for k, v in dims.items()},
                        "b_pending": batch.pending, "merged": merged}.items():
        con.register(f"kb_{name}", table)
    with store.transaction(con):
        run_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM load_runs").fetchone()[0]
        for table in ("results", "record_claims", "mentions"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM kb_b_pending)")
        if merged.num_rows:
            for table, column in (("results", "race_id"), ("record_claims", "race_id")):
                con.execute(f"UPDATE {table} SET {column} = m.new FROM kb_merged m WHERE {column} = m.old")
            con.execute("UPDATE results SET edition_id = race_id || ':' || year "
                        "WHERE race_id IN (SELECT new FROM kb_merged) AND year IS NOT NULL")
            con.execute("UPDATE mentions SET entity_id = m.new FROM kb_merged m "
                        "WHERE entity_type = 'race' AND entity_id = m.old")
        for name in ("athletes", "athlete_aliases", "races", "race_aliases"):
            con.execute(f"DELETE FROM {name}")
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM kb_d_{name}")
        for table in ("results", "record_claims", "mentions"):
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM kb_{table}")
        _pause("tx")
        con.execute(_GC)
        con.execute("DELETE FROM race_editions")
        con.execute(_EDITIONS)
        con.execute("DELETE FROM kb_loaded WHERE article_id IN (SELECT article_id FROM kb_b_pending)")
        con.execute("""
            INSERT INTO kb_loaded
            SELECT p.article_id, p.extractor_version, p.content_hash, p.extracted_at, $run,
                   (SELECT count(*) FROM kb_results r WHERE r.article_id = p.article_id),
                   (SELECT count(*) FROM kb_record_claims c WHERE c.article_id = p.article_id),
                   (SELECT count(*) FROM kb_mentions m WHERE m.article_id = p.article_id)
            FROM kb_b_pending p""", {"run": run_id})
        summary.athletes = con.execute("SELECT count(*) FROM athletes").fetchone()[0]
        summary.races = con.execute("SELECT count(*) FROM races").fetchone()[0]
        summary.load_run_id = run_id
        summary.seconds = time.time() - started + summary.seconds
        con.execute(
            "INSERT INTO load_runs VALUES ($id, to_timestamp($started)::TIMESTAMP, now()::TIMESTAMP, "
            "$source, $articles, $results, $records, $mentions, $new_athletes, $new_races)",
            {"id": run_id, "started": started, "source": source, "articles": summary.articles,
             "results": summary.results, "records": summary.records, "mentions": summary.mentions,
             "new_athletes": summary.new_athletes, "new_races": summary.new_races})


# -- entry points --------------------------------------------------------------------------

def _held_by_me(db_path: Path) -> bool:
    """True when this process already holds the writer lock (e.g. `ultrafacts run`)."""
    lock = db_path.with_name(db_path.name + ".lock")
    try:
        return lock.read_text().startswith(f"pid {os.getpid()} ") or \
            lock.read_text().strip() == f"pid {os.getpid()}"
    except OSError:
        return False


def _say(progress: bool, message: str) -> None:
    if progress:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()


def load_pending(db_path: Path | str = store.DEFAULT_DB, *, progress: bool = True,
                 gazetteer: Path | str | None = None, source: str = "extractions") -> LoadSummary:
    """Load every article whose newest extraction is not loaded yet; return what changed.

    Takes the store's writer lock unless this process already holds it; raises
    pipeline.store.StoreBusy when another process does.
    """
    db_path = Path(db_path)
    if _held_by_me(db_path):
        return _load(db_path, progress, gazetteer, source)
    with store.writer_lock(db_path, command="ultrafacts load"):
        return _load(db_path, progress, gazetteer, source)


def _load(db_path: Path, progress: bool, gazetteer: Path | str | None, source: str) -> LoadSummary:
    t0 = time.time()
    with store.connect(db_path):  # brief: applies pending migrations
        pass
    with store.connect(db_path, read_only=True) as con:
        batch = _read(con)
    summary = LoadSummary(articles=batch.pending.num_rows)
    _say(progress, f"load: {summary.articles} articles with new facts")

    resolver = Resolver()
    d = batch.dims
    resolver.add_existing(d["athletes"], d["athlete_aliases"], d["races"], d["race_aliases"])
    before = (resolver.athlete_rows(), resolver.athlete_alias_rows(), resolver.race_rows(),
              resolver.race_alias_rows())
    resolver.apply_gazetteer(read_gazetteer(gazetteer))
    amap, rmap = _resolve(batch, resolver)
    final = _build(batch, amap, rmap)
    after = (resolver.athlete_rows(), resolver.athlete_alias_rows(), resolver.race_rows(),
             resolver.race_alias_rows())
    summary.results = final["results"].num_rows
    summary.records = final["record_claims"].num_rows
    summary.mentions = final["mentions"].num_rows
    summary.new_athletes = resolver.new_athletes
    summary.new_races = resolver.new_races
    summary.athletes = len(after[0])
    summary.races = len(after[2])
    if not summary.articles and before == after:
        summary.seconds = time.time() - t0
        return summary  # nothing to write: the store is not opened for writing at all
    if final["mentions"].num_rows and pc.any(
            pc.equal(final["mentions"]["rule"], "list")).as_py():
        with store.connect(db_path, read_only=True) as con:
            final["mentions"] = _locate_listed(con, final["mentions"])
    summary.seconds = time.time() - t0
    _pause("prepare")
    with store.connect(db_path) as con:
        _write(con, batch, final, resolver, summary, source)
    summary.seconds = time.time() - t0
    return summary


def load_facts_file(db_path: Path | str, facts_path: Path | str, *, progress: bool = True,
                    extractor_version: str | None = None,
                    gazetteer: Path | str | None = None) -> LoadSummary:
    """Load a FACTS.md JSON Lines file (`ultrafacts extract --input` output).

    Each object becomes an `extractions` row of its article (matched by id), or of a synthetic
    article marked external (outlet 'external', canonical_url 'external:<id>') when the store
    has no article of that id; then the normal incremental load runs. Unchanged lines are not
    rewritten, so loading the same file twice changes nothing.
    """
    db_path = Path(db_path)
    docs: list[dict[str, Any]] = []
    with open(facts_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{facts_path}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or not obj.get("id"):
                raise ValueError(f"{facts_path}:{number}: a facts object needs an \"id\"")
            docs.append(obj)
    rows = []
    for obj in docs:
        version = str(extractor_version or obj.get("extractor_version") or "external")
        text = json.dumps(obj, sort_keys=True, ensure_ascii=False)
        rows.append({"article_id": str(obj["id"]), "extractor_version": version,
                     "facts_hash": hashlib.sha256(text.encode()).hexdigest(), "facts": text})
    table = pa.table({k: [r[k] for r in rows] for k in
                      ("article_id", "extractor_version", "facts_hash", "facts")},
                     schema=pa.schema([(k, pa.string()) for k in
                                       ("article_id", "extractor_version", "facts_hash", "facts")]))
    with store.writer_lock(db_path, command="ultrafacts load --facts"):
        with store.connect(db_path) as con:
            _settle(con)
            con.register("kb_file", table)
            with store.transaction(con):
                con.execute("""
                    INSERT INTO articles (id, canonical_url, outlet, title, extraction_method, first_seen, updated_at)
                    SELECT f.article_id, 'external:' || f.article_id, $outlet, f.article_id, 'external',
                           now()::TIMESTAMP, now()::TIMESTAMP
                    FROM kb_file f WHERE f.article_id NOT IN (SELECT id FROM articles)""",
                            {"outlet": EXTERNAL_OUTLET})
                # content_hash of an external row is the hash of its facts line: a changed line
                # is a re-extraction, an unchanged one is left alone (idempotent).
                con.execute("""
                    DELETE FROM extractions e USING kb_file f
                    WHERE e.article_id = f.article_id AND e.extractor_version = f.extractor_version
                      AND e.content_hash <> f.facts_hash""")
                con.execute("""
                    INSERT INTO extractions (article_id, content_hash, extractor_version, extracted_at, facts)
                    SELECT f.article_id, f.facts_hash, f.extractor_version, now()::TIMESTAMP, f.facts::JSON
                    FROM kb_file f ANTI JOIN extractions e
                      ON e.article_id = f.article_id AND e.extractor_version = f.extractor_version""")
        return _load(db_path, progress, gazetteer, f"file:{Path(facts_path).name}")
