"""Load extracted facts into the knowledge tables: bulk, incremental, idempotent.

Two phases, so that the store file is held for writing only briefly (DuckDB lets no other
process open it while a writer has it):

1. prepare (read-only connection; other readers unaffected): pick the newest extraction of
   each article that differs from what `kb_loaded` says was loaded, parse its JSON facts once
   and flatten them (in parallel parts, one cursor per thread, as Arrow), resolve the batch's distinct names to
   athletes and races in Python (the resolver holds the small athlete/race dimension), and
   build the final results, record claims and mentions by joins, taken out as Arrow tables;
2. write (one transaction): delete the batch articles' old facts, insert the new ones with
   INSERT ... SELECT from the registered Arrow tables, rewrite the small dimension tables,
   merge corroborated athletes, rebuild editions and the consolidated tables, and record the
   batch in `kb_loaded`. A kill at any point leaves the previous state.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
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

# Consolidating tables (migrations 003 ... 012) rebuilt from their *_live views by every load.
SUMMARIES = ("course_record_progression", "source_conflicts")


@dataclass
class LoadSummary:
    """What one load changed."""

    articles: int = 0
    replaced: int = 0  # of those, articles whose earlier facts were replaced (re-extracted)
    results: int = 0
    records: int = 0
    mentions: int = 0
    new_athletes: int = 0
    new_races: int = 0
    athletes: int = 0
    races: int = 0
    load_run_id: int | None = None
    seconds: float = 0.0
    prepare_seconds: float = 0.0  # read + flatten + resolve (store open read-only)
    write_seconds: float = 0.0    # the write transaction (store open for writing)

    def line(self) -> str:
        if not self.articles:
            # a load without new facts may still have applied a changed race gazetteer
            applied = "race gazetteer applied; " if self.load_run_id is not None else ""
            return f"load: nothing new ({applied}{self.athletes} athletes, {self.races} races in the store)"
        again = f" ({self.replaced} re-extracted)" if self.replaced else ""
        return (f"load: {self.articles} articles{again} -> {self.results} results, {self.records} record "
                f"claims, {self.mentions} mentions; {self.new_athletes} new athletes, "
                f"{self.new_races} new races ({self.athletes} athletes, {self.races} races in the "
                f"store) in {self.seconds:.2f}s")

    def __str__(self) -> str:  # `ultrafacts run` prints "load: {summary}"
        return self.line().removeprefix("load: ")

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


def _chunked(table: pa.Table, rows: int = 65_536) -> pa.Table:
    """The same table in record batches of at most `rows` (zero-copy slices): DuckDB scans a
    registered Arrow table one batch per thread, and a query result comes back as batches of
    a million rows, which one thread would then scan alone."""
    return pa.Table.from_batches(table.to_batches(max_chunksize=rows), schema=table.schema)


# -- prepare: read and flatten (read-only session) ----------------------------------------

_MACROS = r"""
CREATE OR REPLACE TEMP MACRO kb_secs(t) AS
    CASE WHEN regexp_full_match(trim(t), '\d{1,3}:[0-5]\d:[0-5]\d')
         THEN CAST(split_part(trim(t), ':', 1) AS INT) * 3600 + CAST(split_part(trim(t), ':', 2) AS INT) * 60
              + CAST(split_part(trim(t), ':', 3) AS INT) END;
CREATE OR REPLACE TEMP MACRO kb_name(x) AS
    nullif(trim(CASE WHEN starts_with(x, '[') THEN json_extract_string(x, '$[0]') ELSE x END), '');
CREATE OR REPLACE TEMP MACRO kb_km(d) AS
    CASE WHEN regexp_matches(d, '^\s*[0-9.]+\s*(mi|mile|miles)\b', 'i')
              THEN round(TRY_CAST(regexp_extract(d, '[0-9.]+') AS DOUBLE) * 1.609344, 3)
         WHEN regexp_matches(d, '^\s*[0-9.]+\s*(k|km|kilomet)', 'i')
              THEN TRY_CAST(regexp_extract(d, '[0-9.]+') AS DOUBLE) END;
-- The part of a sentence around a name (its last word), where "women's" or "she" most likely
-- refer to that athlete; the whole sentence when the name is not in it.
CREATE OR REPLACE TEMP MACRO kb_near(ev, name) AS
    CASE WHEN name IS NOT NULL AND instr(ev, regexp_extract(name, '(\S+)$', 1)) > 0
         THEN substr(ev, greatest(1, instr(ev, regexp_extract(name, '(\S+)$', 1)) - 60), 140)
         ELSE ev END;
-- F or M: the extractor's field when given, else gender words, else pronouns, each only when
-- the text does not point both ways.
CREATE OR REPLACE TEMP MACRO kb_gender(g, ev) AS
    CASE WHEN lower(g) IN ('f', 'w', 'female', 'woman', 'women') THEN 'F'
         WHEN lower(g) IN ('m', 'male', 'man', 'men') THEN 'M'
         -- one cheap test first: many sentences name no gender at all
         WHEN NOT regexp_matches(ev, '(?i)\b(wom[ae]n|m[ae]n|female|male|ladies|[fm]1|s?he|her|his|him)') THEN NULL
         WHEN regexp_matches(ev, '(?i)\b(women|woman|female|ladies|f1)\b')
              AND NOT regexp_matches(ev, '(?i)\b(men|man|male|m1)\b') THEN 'F'
         WHEN regexp_matches(ev, '(?i)\b(men|man|male|m1)\b')
              AND NOT regexp_matches(ev, '(?i)\b(women|woman|female|ladies|f1)\b') THEN 'M'
         WHEN regexp_matches(ev, '(?i)\b(women|woman|female|ladies|f1|men|man|male|m1)\b') THEN NULL
         WHEN regexp_matches(ev, '(?i)\b(she|her|hers|herself)\b')
              AND NOT regexp_matches(ev, '(?i)\b(he|his|him|himself)\b') THEN 'F'
         WHEN regexp_matches(ev, '(?i)\b(he|his|him|himself)\b')
              AND NOT regexp_matches(ev, '(?i)\b(she|her|hers|herself)\b') THEN 'M' END;
CREATE OR REPLACE TEMP MACRO kb_direction(d, ev) AS
    coalesce(lower(d), lower(regexp_extract(ev,
        '(?i)\b(counter-?clockwise|anti-?clockwise|clockwise|northbound|southbound|eastbound|westbound)\b', 1)));
"""

_PENDING = """
CREATE OR REPLACE TEMP TABLE kb_pend AS
WITH cur AS (
    SELECT article_id, extractor_version, content_hash, extracted_at
    FROM extractions
    WHERE error IS NULL AND facts IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY article_id
                               ORDER BY extracted_at DESC NULLS LAST, extractor_version DESC) = 1
)
SELECT cur.*, k.article_id IS NOT NULL AS reloaded
FROM cur LEFT JOIN kb_loaded k USING (article_id)
WHERE k.article_id IS NULL
   OR k.extractor_version IS DISTINCT FROM cur.extractor_version
   OR k.content_hash IS DISTINCT FROM cur.content_hash
   OR k.extracted_at IS DISTINCT FROM cur.extracted_at
"""

# json_transform parses each facts object once into typed structs (extracting sections or
# fields one by one would parse it again each time). Names are read as text: a gold-style
# list of alternative spellings arrives as its JSON text and kb_name takes the first one.
# Scalars are read as text and cast, so a stray "2016" string or a float place does not fail
# the batch; a malformed section becomes NULL and is skipped.
_SHAPE = (
    '{"athletes": ["VARCHAR"], "races": ["VARCHAR"], '
    '"results": [{"athlete": "VARCHAR", "race": "VARCHAR", "year": "VARCHAR", "place": "VARCHAR", '
    '"time": "VARCHAR", "distance": "VARCHAR", "gender": "VARCHAR", "evidence": "VARCHAR", '
    '"start": "VARCHAR", "end": "VARCHAR", "rule": "VARCHAR", "confidence": "VARCHAR"}], '
    '"records": [{"type": "VARCHAR", "race_or_route": "VARCHAR", "athlete": "VARCHAR", "time": "VARCHAR", '
    '"year": "VARCHAR", "previous_holder": "VARCHAR", "previous_time": "VARCHAR", '
    '"margin": "VARCHAR", "gender": "VARCHAR", "scope": "VARCHAR", "direction": "VARCHAR", '
    '"evidence": "VARCHAR", "start": "VARCHAR", "end": "VARCHAR", "rule": "VARCHAR", '
    '"confidence": "VARCHAR"}]}'
)

# The pending facts objects, as JSON text (kb_pend holds only keys).
_RAW = """
SELECT e.article_id, e.extractor_version, CAST(e.facts AS VARCHAR) AS facts
FROM extractions e SEMI JOIN kb_pend p
  ON p.article_id = e.article_id AND p.extractor_version = e.extractor_version
"""

_DOCS = f"SELECT article_id, extractor_version, json_transform(facts, '{_SHAPE}') AS d FROM kb_raw"

# The parsed documents flattened into one row per fact (and per listed name), names cleaned.
_FLAT = {
    "kb_b_results": """
SELECT article_id, extractor_version, CAST(i - 1 AS INTEGER) AS fact_index,
       kb_name(s.athlete) AS athlete, kb_name(s.race) AS race, s
FROM (SELECT article_id, extractor_version, unnest(d.results) AS s,
             generate_subscripts(d.results, 1) AS i
      FROM kb_docs WHERE d.results IS NOT NULL)
WHERE s.athlete IS NOT NULL OR s.race IS NOT NULL OR s.evidence IS NOT NULL""",
    "kb_b_records": """
SELECT article_id, extractor_version, CAST(i - 1 AS INTEGER) AS fact_index,
       kb_name(s.athlete) AS athlete, kb_name(s.previous_holder) AS previous_holder,
       kb_name(s.race_or_route) AS race, s
FROM (SELECT article_id, extractor_version, unnest(d.records) AS s,
             generate_subscripts(d.records, 1) AS i
      FROM kb_docs WHERE d.records IS NOT NULL)
WHERE s.type IS NOT NULL OR s.athlete IS NOT NULL OR s.race_or_route IS NOT NULL""",
    # the document-level entity lists ("athletes", "races"), in order
    "kb_b_lists": """
SELECT article_id, extractor_version, kind, list_index, name FROM (
    SELECT article_id, extractor_version, 'athlete' AS kind,
           CAST(generate_subscripts(d.athletes, 1) - 1 AS INTEGER) AS list_index,
           kb_name(unnest(d.athletes)) AS name
    FROM kb_docs WHERE d.athletes IS NOT NULL
    UNION ALL
    SELECT article_id, extractor_version, 'race', CAST(generate_subscripts(d.races, 1) - 1 AS INTEGER),
           kb_name(unnest(d.races))
    FROM kb_docs WHERE d.races IS NOT NULL)
WHERE name IS NOT NULL""",
}

# Documents per parallel part: DuckDB runs a scan of fewer rows than a row group (122,880)
# on one thread, and a batch of 100,000 articles is one, so the parsing is split in parts,
# each run by a cursor of its own thread (DuckDB releases the GIL while it works).
_PART_ROWS = 20_000


def _parts(documents: int, threads: int) -> int:
    return max(1, min(threads, documents // _PART_ROWS))


def _flatten_part(cur: duckdb.DuckDBPyConnection, raw: pa.Table) -> dict[str, pa.Table]:
    """Parse and flatten some of the pending documents on a cursor of their own."""
    try:
        cur.execute(_MACROS)
        cur.register("kb_raw", raw)
        cur.register("kb_docs", to_arrow(cur, _DOCS))
        return {name: to_arrow(cur, sql) for name, sql in _FLAT.items()}
    finally:
        cur.close()


def _flatten(con: duckdb.DuckDBPyConnection) -> None:
    """Register kb_b_results, kb_b_records and kb_b_lists (Arrow) for the pending documents."""
    raw = to_arrow(con, _RAW)
    parts = _parts(raw.num_rows, int(con.execute("SELECT current_setting('threads')").fetchall()[0][0] or 1))
    size = -(-raw.num_rows // parts)  # ceiling
    work = [(con.cursor(), raw.slice(i * size, size)) for i in range(parts)]  # cursors made here
    if parts == 1:
        flat = [_flatten_part(*work[0])]
    else:
        with ThreadPoolExecutor(parts) as pool:
            flat = list(pool.map(lambda job: _flatten_part(*job), work))
    for name in _FLAT:
        con.register(name, _chunked(pa.concat_tables([f[name] for f in flat])))


# Distinct names to resolve. A one-word athlete name depends on its document ("Walmsley" is
# the Jim Walmsley the article names), so it is taken per article; longer names once.
_ATHLETE_NAMES = """
WITH n AS (
    SELECT article_id, athlete AS name FROM kb_b_results WHERE athlete IS NOT NULL
    UNION ALL SELECT article_id, athlete FROM kb_b_records WHERE athlete IS NOT NULL
    UNION ALL SELECT article_id, previous_holder FROM kb_b_records WHERE previous_holder IS NOT NULL
    UNION ALL SELECT article_id, name FROM kb_b_lists WHERE kind = 'athlete'
)
SELECT DISTINCT CASE WHEN contains(name, ' ') THEN '' ELSE article_id END AS article_id, name FROM n
"""

_DOC_ATHLETES = """
SELECT article_id, name FROM kb_b_lists
WHERE kind = 'athlete' AND contains(name, ' ') AND article_id IN (SELECT unnest(?))
ORDER BY article_id, list_index
"""

_RACE_NAMES = """
SELECT name, min(distance) AS distance FROM (
    SELECT race AS name, s.distance AS distance FROM kb_b_results WHERE race IS NOT NULL
    UNION ALL SELECT race, NULL FROM kb_b_records WHERE race IS NOT NULL
    UNION ALL SELECT name, NULL FROM kb_b_lists WHERE kind = 'race')
GROUP BY name
"""

_FINAL_RESULTS = """
SELECT r.article_id || ':r' || r.fact_index AS id, r.article_id, r.extractor_version, r.fact_index,
       am.id AS athlete_id, r.athlete AS athlete_name,
       rm.id AS race_id, r.race AS race_name,
       CASE WHEN rm.id IS NOT NULL AND r.year IS NOT NULL THEN rm.id || ':' || r.year END AS edition_id,
       r.year, r.place, r.time_text, r.time_s, r.gender, r.distance_label, r.distance_km,
       r.evidence, r.start, r."end", r.rule, r.confidence
FROM (SELECT article_id, extractor_version, fact_index, athlete, race,
             TRY_CAST(TRY_CAST(s.year AS DOUBLE) AS INTEGER) AS year,
             TRY_CAST(TRY_CAST(s.place AS DOUBLE) AS INTEGER) AS place,
             s.time AS time_text, kb_secs(s.time) AS time_s, kb_gender(s.gender, kb_near(s.evidence, athlete)) AS gender,
             s.distance AS distance_label, kb_km(s.distance) AS distance_km, s.evidence,
             TRY_CAST(s.start AS INTEGER) AS start, TRY_CAST(s."end" AS INTEGER) AS "end", s.rule,
             TRY_CAST(s.confidence AS DOUBLE) AS confidence
      FROM kb_b_results) r
-- one join: a one-word name is keyed by its article, a longer one by '' (see _ATHLETE_NAMES)
LEFT JOIN kb_amap am ON am.article_id = CASE WHEN contains(r.athlete, ' ') THEN '' ELSE r.article_id END
     AND am.name = r.athlete
LEFT JOIN kb_rmap rm ON rm.name = r.race
"""

_FINAL_RECORDS = """
SELECT c.article_id || ':c' || c.fact_index AS id, c.article_id, c.extractor_version, c.fact_index,
       c.record_type, rm.id AS race_id, c.race AS race_name, c.scope_gender, c.scope_direction,
       h.id AS holder_id, c.athlete AS holder_name, c.time_text, c.time_s, c.year,
       p.id AS previous_holder_id, c.previous_holder AS previous_holder_name,
       c.previous_time_text, c.previous_time_s, c.margin_text, c.margin_s,
       c.evidence, c.start, c."end", c.rule, c.confidence
FROM (SELECT article_id, extractor_version, fact_index, athlete, previous_holder, race,
             coalesce(nullif(trim(s.type), ''), 'other') AS record_type,
             kb_gender(coalesce(s.gender, s.scope), kb_near(s.evidence, athlete)) AS scope_gender,
             kb_direction(s.direction, s.evidence) AS scope_direction,
             s.time AS time_text, kb_secs(s.time) AS time_s,
             TRY_CAST(TRY_CAST(s.year AS DOUBLE) AS INTEGER) AS year,
             s.previous_time AS previous_time_text, kb_secs(s.previous_time) AS previous_time_s,
             s.margin AS margin_text, kb_secs(s.margin) AS margin_s, s.evidence,
             TRY_CAST(s.start AS INTEGER) AS start, TRY_CAST(s."end" AS INTEGER) AS "end", s.rule,
             TRY_CAST(s.confidence AS DOUBLE) AS confidence
      FROM kb_b_records) c
LEFT JOIN kb_amap h ON h.article_id = CASE WHEN contains(c.athlete, ' ') THEN '' ELSE c.article_id END
     AND h.name = c.athlete
LEFT JOIN kb_amap p ON p.article_id = CASE WHEN contains(c.previous_holder, ' ') THEN '' ELSE c.article_id END
     AND p.name = c.previous_holder
LEFT JOIN kb_rmap rm ON rm.name = c.race
"""

# Mentions: one row per article and entity it names. Its span and sentence are those of the
# first fact naming the entity (k orders facts: results, then records as holder/race, then as
# previous holder, then the document's lists); an entity only listed in the athletes/races gets its sentence
# from the text afterwards (_locate_listed).
_FINAL_MENTIONS = """
WITH named AS (
    SELECT article_id, 'athlete' AS entity_type, athlete_id AS entity_id, fact_index AS k
    FROM kb_f_results WHERE athlete_id IS NOT NULL
    UNION ALL SELECT article_id, 'race', race_id, fact_index FROM kb_f_results WHERE race_id IS NOT NULL
    UNION ALL SELECT article_id, 'athlete', holder_id, 100000 + fact_index FROM kb_f_records
              WHERE holder_id IS NOT NULL
    UNION ALL SELECT article_id, 'race', race_id, 100000 + fact_index FROM kb_f_records
              WHERE race_id IS NOT NULL
    UNION ALL SELECT article_id, 'athlete', previous_holder_id, 200000 + fact_index FROM kb_f_records
              WHERE previous_holder_id IS NOT NULL
    -- the document's lists, after every fact: an entity only they name has its min(k) here
    UNION ALL SELECT l.article_id, l.kind, coalesce(am.id, rm.id), 300000 + l.list_index
    FROM kb_b_lists l
    LEFT JOIN kb_amap am ON l.kind = 'athlete' AND am.name = l.name
         AND am.article_id = CASE WHEN contains(l.name, ' ') THEN '' ELSE l.article_id END
    LEFT JOIN kb_rmap rm ON l.kind = 'race' AND rm.name = l.name
    WHERE coalesce(am.id, rm.id) IS NOT NULL
),
firsts AS (
    SELECT article_id, entity_type, entity_id, min(k) AS k, count(*) FILTER (WHERE k < 300000) AS facts
    FROM named GROUP BY ALL
)
SELECT f.article_id || ':m' || left(f.entity_type, 1) || ':' || f.entity_id AS id, f.article_id,
       coalesce(r.extractor_version, c.extractor_version) AS extractor_version,
       f.entity_type, f.entity_id,
       CASE WHEN f.k < 100000 THEN (CASE f.entity_type WHEN 'athlete' THEN r.athlete_name ELSE r.race_name END)
            WHEN f.k >= 200000 THEN c.previous_holder_name
            WHEN f.entity_type = 'athlete' THEN c.holder_name ELSE c.race_name END AS surface,
       coalesce(r.start, c.start) AS start, coalesce(r."end", c."end") AS "end",
       coalesce(r.evidence, c.evidence) AS sentence,
       coalesce(r.rule, c.rule, CASE WHEN f.k < 100000 THEN 'result' ELSE 'record' END) AS rule,
       coalesce(r.confidence, c.confidence) AS confidence, CAST(f.facts AS INTEGER) AS facts
FROM firsts f
LEFT JOIN kb_f_results r ON f.k < 100000 AND r.article_id = f.article_id AND r.fact_index = f.k
LEFT JOIN kb_f_records c ON f.k >= 100000 AND c.article_id = f.article_id AND c.fact_index = f.k % 100000
WHERE f.k < 300000
UNION ALL
-- an entity only the lists name: the spelling listed first, the sentence found later
SELECT f.article_id || ':m' || left(f.entity_type, 1) || ':' || f.entity_id, f.article_id,
       l.extractor_version, f.entity_type, f.entity_id, l.name, CAST(NULL AS INTEGER),
       CAST(NULL AS INTEGER), CAST(NULL AS VARCHAR), 'list', CAST(NULL AS DOUBLE), 0
FROM firsts f JOIN kb_b_lists l ON l.article_id = f.article_id AND l.kind = f.entity_type
     AND l.list_index = f.k - 300000
WHERE f.k >= 300000
"""


@dataclass
class _Batch:
    pending: pa.Table
    results: pa.Table
    records: pa.Table
    mentions: pa.Table
    reloaded: int
    dims: dict[str, list[dict[str, Any]]]


def _read_and_build(con: duckdb.DuckDBPyConnection, resolver_for: Any) -> _Batch:
    """Everything that needs the store, in one read-only session: flatten, resolve, join.

    Intermediate results are Arrow tables registered in this session (the flattened facts
    built in parallel parts, the name maps, the final results and records that the mentions
    are joined from); the final tables leave it as Arrow.
    """
    con.execute(_MACROS)
    con.execute(_PENDING)
    dims = {
        name: to_arrow(con, f"SELECT * FROM {name} ORDER BY 1").to_pylist()
        for name in ("athletes", "athlete_aliases", "races", "race_aliases")
    }
    resolver = resolver_for(dims)
    _flatten(con)
    amap, rmap = _resolve(con, resolver)
    con.register("kb_amap", amap)
    con.register("kb_rmap", rmap)
    # The final tables go straight to Arrow (no temp table to fill and read back); mentions
    # are built from the registered results and records.
    results = to_arrow(con, _FINAL_RESULTS)
    con.register("kb_f_results", _chunked(results))
    records = to_arrow(con, _FINAL_RECORDS)
    con.register("kb_f_records", _chunked(records))
    mentions = to_arrow(con, _FINAL_MENTIONS)
    mentions = _locate_listed(con, mentions)
    return _Batch(
        pending=to_arrow(con, "SELECT article_id, extractor_version, content_hash, extracted_at "
                              "FROM kb_pend ORDER BY article_id"),
        results=results,
        records=records,
        mentions=mentions,
        reloaded=con.execute("SELECT count(*) FROM kb_pend WHERE reloaded").fetchone()[0],
        dims=dims,
    )


# -- prepare: resolve names ---------------------------------------------------------------

def _resolve(con: duckdb.DuckDBPyConnection, resolver: Resolver) -> tuple[pa.Table, pa.Table]:
    """Name -> id maps for this batch: (article_id or '', name) -> athlete id, name -> race id."""
    names = con.execute(_ATHLETE_NAMES).fetchall()
    singles = sorted({art for art, _ in names if art})
    doc_athletes: dict[str, list[str]] = {}
    if singles:
        for art, name in con.execute(_DOC_ATHLETES, [singles]).fetchall():
            doc_athletes.setdefault(art, []).append(name)
    # Sorted, so that canonical names and ids do not depend on row order: of two spellings of
    # one name the capitalised one sorts first and becomes the display name.
    amap = {}
    for art, name in sorted(names, key=lambda t: (t[0] != "", t[1], t[0])):
        amap[(art, name)] = resolver.athlete(name, doc_athletes.get(art, ()), art or None)
    rmap = {}
    for name, distance in sorted(con.execute(_RACE_NAMES).fetchall()):
        rmap[name] = resolver.race(name, distance)
    athletes = pa.table({
        "article_id": [k[0] for k in amap], "name": [k[1] for k in amap], "id": list(amap.values()),
    }, schema=pa.schema([("article_id", pa.string()), ("name", pa.string()), ("id", pa.string())]))
    races = pa.table({"name": list(rmap), "id": list(rmap.values())},
                     schema=pa.schema([("name", pa.string()), ("id", pa.string())]))
    return athletes, races


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
    """Give listed-only mentions the sentence of the entity's first appearance in the text.

    They are few: their start, end and sentence are replaced in place, chunk by chunk, and
    the chunks without any are kept as they are (no copy of a million mentions)."""
    is_list = pc.equal(mentions["rule"], "list")  # never NULL: every mention has a rule
    listed = mentions.filter(is_list)
    if not listed.num_rows:
        return mentions
    ids = sorted(set(listed["article_id"].to_pylist()))
    texts = dict(con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))",
                             [ids]).fetchall())
    data = listed.select(["article_id", "surface", "start", "end", "sentence"]).to_pydict()
    for i in range(listed.num_rows):
        found = _locate(texts.get(data["article_id"][i]) or "", data["surface"][i] or "")
        if found:
            data["start"][i], data["end"][i], data["sentence"][i] = found
    for name in ("start", "end", "sentence"):
        column = mentions[name]
        values = pa.array(data[name], type=column.type)
        chunks, used, offset = [], 0, 0
        for chunk in column.chunks:
            mask = is_list.slice(offset, len(chunk)).combine_chunks()
            offset += len(chunk)
            count = pc.sum(mask).as_py() or 0
            if count:
                chunk = pc.replace_with_mask(chunk, mask, values.slice(used, count))
                used += count
            chunks.append(chunk)
        mentions = mentions.set_column(mentions.schema.get_field_index(name), name,
                                       pa.chunked_array(chunks, type=column.type))
    return mentions


# -- write: one transaction -------------------------------------------------------------

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

# Two spellings of one athlete ("Timothy Olsen", "Timothy Olson") become one when the facts
# corroborate it: the same race, year and finish time, the same first name and names at most
# two edits apart. The athlete with more facts (then the smaller id) keeps its id; the other's
# spellings become its aliases. Only pairs involving this batch's facts are looked for.
_ATHLETE_MERGES = """
CREATE OR REPLACE TEMP TABLE kb_athlete_merge AS
WITH facts AS (
    SELECT athlete_id AS a, race_id, year, time_s FROM results
    WHERE athlete_id IS NOT NULL AND race_id IS NOT NULL AND year IS NOT NULL AND time_s IS NOT NULL
    UNION ALL
    SELECT holder_id, race_id, year, time_s FROM record_claims
    WHERE holder_id IS NOT NULL AND race_id IS NOT NULL AND year IS NOT NULL AND time_s IS NOT NULL
),
batch AS (
    SELECT athlete_id AS a, race_id, year, time_s FROM kb_results
    WHERE athlete_id IS NOT NULL AND race_id IS NOT NULL AND year IS NOT NULL AND time_s IS NOT NULL
    UNION ALL
    SELECT holder_id, race_id, year, time_s FROM kb_record_claims
    WHERE holder_id IS NOT NULL AND race_id IS NOT NULL AND year IS NOT NULL AND time_s IS NOT NULL
),
-- the names first (a few thousand athletes), then only their facts: joining every batch fact
-- with every stored fact on race, year and time first cost most of this statement
near_names AS (
    SELECT ax.id AS x, ay.id AS y FROM athletes ax JOIN athletes ay
        ON split_part(ax.norm_name, ' ', 1) = split_part(ay.norm_name, ' ', 1) AND ax.id <> ay.id
    WHERE contains(ax.norm_name, ' ') AND least(length(ax.norm_name), length(ay.norm_name)) >= 8
      AND levenshtein(ax.norm_name, ay.norm_name) <= 2
      AND ax.id IN (SELECT a FROM batch)
),
alike AS (
    SELECT DISTINCT b.a AS x, f.a AS y
    FROM (SELECT * FROM batch WHERE a IN (SELECT x FROM near_names)) b
    JOIN (SELECT * FROM facts WHERE a IN (SELECT y FROM near_names)) f USING (race_id, year, time_s)
    SEMI JOIN near_names s ON s.x = b.a AND s.y = f.a
),
weight AS (SELECT a, count(*) AS n FROM facts GROUP BY a),
directed AS (
    SELECT CASE WHEN wx.n > wy.n OR (wx.n = wy.n AND s.x < s.y) THEN s.y ELSE s.x END AS source,
           CASE WHEN wx.n > wy.n OR (wx.n = wy.n AND s.x < s.y) THEN s.x ELSE s.y END AS target
    FROM alike s JOIN weight wx ON wx.a = s.x JOIN weight wy ON wy.a = s.y
)
SELECT DISTINCT source, first(target ORDER BY target) OVER (PARTITION BY source) AS target
FROM directed
WHERE source NOT IN (SELECT target FROM directed)  -- no chains: a later load finishes them
"""

_APPLY_ATHLETE_MERGES = """
UPDATE results SET athlete_id = m.target FROM kb_athlete_merge m WHERE athlete_id = m.source;
UPDATE record_claims SET holder_id = m.target FROM kb_athlete_merge m WHERE holder_id = m.source;
UPDATE record_claims SET previous_holder_id = m.target FROM kb_athlete_merge m
    WHERE previous_holder_id = m.source;
UPDATE mentions SET entity_id = m.target, id = article_id || ':ma:' || m.target
    FROM kb_athlete_merge m WHERE entity_type = 'athlete' AND entity_id = m.source;
DELETE FROM mentions WHERE rowid IN (
    SELECT rowid FROM (
        SELECT rowid, row_number() OVER (PARTITION BY id ORDER BY start NULLS LAST, rule) AS n
        FROM mentions WHERE entity_type = 'athlete' AND entity_id IN (SELECT target FROM kb_athlete_merge))
    WHERE n > 1);
UPDATE athlete_aliases SET athlete_id = m.target, source = 'matched'
    FROM kb_athlete_merge m WHERE athlete_id = m.source;
DELETE FROM athletes WHERE id IN (SELECT source FROM kb_athlete_merge);
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


def _write(con: duckdb.DuckDBPyConnection, batch: _Batch, resolver: Resolver,
           summary: LoadSummary, source: str) -> None:
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
    # row order inside a table carries no meaning here (every export sorts): let DuckDB append
    # Arrow batches in parallel
    con.execute("SET preserve_insertion_order = false")
    final = {"results": batch.results, "record_claims": batch.records, "mentions": batch.mentions}
    for name, table in {**final, **{f"d_{k}": v for k, v in dims.items()},
                        "b_pending": batch.pending, "merged": merged}.items():
        con.register(f"kb_{name}", _chunked(table))
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
        con.execute(_ATHLETE_MERGES)
        merged_athletes = con.execute("SELECT count(*) FROM kb_athlete_merge").fetchone()[0]
        if merged_athletes:
            con.execute(_APPLY_ATHLETE_MERGES)
        if batch.reloaded or merged.num_rows or merged_athletes:
            # only replaced or merged facts can leave an athlete or text race unreferenced
            con.execute(_GC)
        con.execute("DELETE FROM race_editions")
        con.execute(_EDITIONS)
        for table in SUMMARIES:
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} SELECT * FROM {table}_live")
        con.execute("DELETE FROM kb_loaded WHERE article_id IN (SELECT article_id FROM kb_b_pending)")
        con.execute("""
            INSERT INTO kb_loaded
            SELECT p.article_id, p.extractor_version, p.content_hash, p.extracted_at, $run,
                   coalesce(r.n, 0), coalesce(c.n, 0), coalesce(m.n, 0),
                   coalesce(year(a.published), greatest(r.y, c.y), r.y, c.y)
            FROM kb_b_pending p
            LEFT JOIN articles a ON a.id = p.article_id
            LEFT JOIN (SELECT article_id, count(*) AS n, max(year) AS y FROM kb_results GROUP BY 1) r
                   USING (article_id)
            LEFT JOIN (SELECT article_id, count(*) AS n, max(year) AS y FROM kb_record_claims GROUP BY 1) c
                   USING (article_id)
            LEFT JOIN (SELECT article_id, count(*) AS n FROM kb_mentions GROUP BY 1) m USING (article_id)""",
                    {"run": run_id})
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
    entries = read_gazetteer(gazetteer)
    resolver = Resolver()
    before: tuple = ()

    def prepare(dims: dict[str, list[dict[str, Any]]]) -> Resolver:
        nonlocal before
        resolver.add_existing(dims["athletes"], dims["athlete_aliases"], dims["races"],
                              dims["race_aliases"])
        before = _dim_state(resolver)
        resolver.apply_gazetteer(entries)
        return resolver

    with store.connect(db_path, read_only=True) as con:
        batch = _read_and_build(con, prepare)
    summary = LoadSummary(articles=batch.pending.num_rows, replaced=batch.reloaded,
                          results=batch.results.num_rows,
                          records=batch.records.num_rows, mentions=batch.mentions.num_rows,
                          new_athletes=resolver.new_athletes, new_races=resolver.new_races,
                          athletes=len(resolver.athletes), races=len(resolver.races))
    _say(progress, f"load: {summary.articles} articles with new facts prepared in "
                   f"{time.time() - t0:.2f}s")
    if not summary.articles and before == _dim_state(resolver):
        summary.seconds = time.time() - t0
        return summary  # nothing to write: the store is not opened for writing at all
    summary.seconds = summary.prepare_seconds = time.time() - t0
    _pause("prepare")
    t1 = time.time()
    with store.connect(db_path) as con:
        _write(con, batch, resolver, summary, source)
    summary.write_seconds = time.time() - t1
    summary.seconds = time.time() - t0
    return summary


def _dim_state(resolver: Resolver) -> tuple:
    return (resolver.athlete_rows(), resolver.athlete_alias_rows(), resolver.race_rows(),
            resolver.race_alias_rows())


def read_documents(path: Path | str) -> dict[str, dict[str, Any]]:
    """FACTS.md input documents by id: a JSON Lines file ({id, text, published, url}), a .txt
    file, or a folder of .txt files (id = file name without .txt)."""
    path = Path(path)
    docs: dict[str, dict[str, Any]] = {}
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    for file in files:
        if file.suffix.lower() == ".txt":
            docs[file.stem] = {"id": file.stem, "text": file.read_text(encoding="utf-8", errors="replace")}
            continue
        with open(file, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{file}:{number}: not JSON ({exc.msg})") from None
                if isinstance(doc, dict) and doc.get("id"):
                    docs[str(doc["id"])] = doc
    return docs


def load_facts_file(db_path: Path | str, facts_path: Path | str, *, progress: bool = True,
                    extractor_version: str | None = None, docs: Path | str | None = None,
                    gazetteer: Path | str | None = None) -> LoadSummary:
    """Load a FACTS.md JSON Lines file (`ultrafacts extract --input` output).

    Each object becomes an `extractions` row of its article (matched by id), or of a synthetic
    article marked external (outlet 'external', canonical_url its url or 'external:<id>') when
    the store has no article of that id; `docs`, the documents the facts were extracted from,
    gives such articles their text, URL and date. Then the normal incremental load runs.
    Unchanged lines are not rewritten, so loading the same file twice changes nothing.
    """
    db_path = Path(db_path)
    facts_docs: list[dict[str, Any]] = []
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
            facts_docs.append(obj)
    sources = read_documents(docs) if docs else {}
    rows = []
    for obj in facts_docs:
        version = str(extractor_version or obj.get("extractor_version") or "external")
        text = json.dumps(obj, sort_keys=True, ensure_ascii=False)
        doc = sources.get(str(obj["id"]), {})
        body = doc.get("text") or None
        rows.append({"article_id": str(obj["id"]), "extractor_version": version,
                     "facts_hash": hashlib.sha256(text.encode()).hexdigest(), "facts": text,
                     "error": str(obj["error"]) if obj.get("error") else None,
                     "text": body, "url": doc.get("url") or None,
                     "published": str(doc["published"]) if doc.get("published") else None,
                     "title": (body.strip().splitlines()[0][:120] if body and body.strip() else None)})
    names = ("article_id", "extractor_version", "facts_hash", "facts", "error", "text", "url",
             "published", "title")
    table = pa.table({k: [r[k] for r in rows] for k in names},
                     schema=pa.schema([(k, pa.string()) for k in names]))
    with store.writer_lock(db_path, command="ultrafacts load --facts"):
        with store.connect(db_path) as con:
            _settle(con)
            con.register("kb_file", table)
            with store.transaction(con):
                con.execute("""
                    INSERT INTO articles (id, canonical_url, url, outlet, title, published, text, word_count,
                                          content_hash, extraction_method, first_seen, updated_at)
                    SELECT f.article_id,
                           CASE WHEN f.url IS NOT NULL AND f.url NOT IN (SELECT canonical_url FROM articles)
                                THEN f.url ELSE 'external:' || f.article_id END,
                           f.url, $outlet, coalesce(f.title, f.article_id), TRY_CAST(f.published AS TIMESTAMPTZ),
                           f.text, len(string_split(trim(f.text), ' ')), sha256(f.text), 'external',
                           now()::TIMESTAMP, now()::TIMESTAMP
                    FROM kb_file f WHERE f.article_id NOT IN (SELECT id FROM articles)""",
                            {"outlet": EXTERNAL_OUTLET})
                # documents given later fill in an external article's missing text, URL, date
                con.execute("""
                    UPDATE articles a SET text = f.text, url = coalesce(a.url, f.url),
                           published = coalesce(a.published, TRY_CAST(f.published AS TIMESTAMPTZ)),
                           title = coalesce(f.title, a.title)
                    FROM kb_file f
                    WHERE a.id = f.article_id AND a.outlet = $outlet AND a.text IS NULL AND f.text IS NOT NULL""",
                            {"outlet": EXTERNAL_OUTLET})
                # The row carries the article's content hash, as the extract stage's rows do,
                # so that `ultrafacts extract` does not take the article for unread; the facts
                # hash stands in when the store has no text of it. A line whose facts differ
                # from the row of its version replaces it (a re-extraction); an unchanged one
                # is left alone, extraction time included (idempotent).
                con.execute("""
                    CREATE OR REPLACE TEMP TABLE kb_file_rows AS
                    SELECT f.*, coalesce(a.content_hash, f.facts_hash) AS content_hash
                    FROM kb_file f LEFT JOIN articles a ON a.id = f.article_id""")
                con.execute("""
                    DELETE FROM extractions e USING kb_file_rows f
                    WHERE e.article_id = f.article_id AND e.extractor_version = f.extractor_version
                      AND (CAST(e.facts AS VARCHAR) IS DISTINCT FROM f.facts
                           OR e.error IS DISTINCT FROM f.error)""")
                con.execute("""
                    INSERT INTO extractions (article_id, content_hash, extractor_version, extracted_at, facts, error)
                    SELECT f.article_id, f.content_hash, f.extractor_version, now()::TIMESTAMP, f.facts::JSON, f.error
                    FROM kb_file_rows f ANTI JOIN extractions e
                      ON e.article_id = f.article_id AND e.extractor_version = f.extractor_version""")
        return _load(db_path, progress, gazetteer, f"file:{Path(facts_path).name}")
