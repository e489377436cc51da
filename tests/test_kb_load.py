"""Knowledge store loading: resolution, idempotence, re-extraction, facts files, crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from pipeline import store
from pipeline.kb.load import PAUSE_ENV, load_facts_file, load_pending
from pipeline.kb.sample import SEED_GAZETTEER, SHARED_GOLD, gold_to_facts, seed_store

REPO = Path(__file__).resolve().parent.parent
GOLD = SHARED_GOLD
TABLES = ("athletes", "athlete_aliases", "races", "race_aliases", "race_editions", "mentions",
          "results", "record_claims", "kb_loaded", "load_runs")

GAZETTEER = SEED_GAZETTEER

pytestmark = pytest.mark.skipif(not GOLD.is_dir(), reason=f"seed gold files not found at {GOLD}")


@pytest.fixture()
def gazetteer(tmp_path: Path) -> Path:
    path = tmp_path / "races.yaml"
    path.write_text(yaml.safe_dump(GAZETTEER), encoding="utf-8")
    return path


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    with store.connect(path) as con:
        seed_store(con, GOLD)
    return path


def counts(db: Path) -> dict[str, int]:
    with store.connect(db, read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with store.connect(db, read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_seed_facts_resolve_to_one_athlete_and_one_race(db: Path, gazetteer: Path) -> None:
    summary = load_pending(db, progress=False, gazetteer=gazetteer)
    assert summary.articles == 2 and summary.results == 7 and summary.records == 9
    assert rows(db, "SELECT id, name FROM athletes WHERE norm_name LIKE '%walmsley%'") == [
        ("jim-walmsley", "Jim Walmsley")]
    # every Walmsley fact of both articles hangs off the one athlete
    assert rows(db, "SELECT count(DISTINCT article_id) FROM results WHERE athlete_id = 'jim-walmsley'") == [(2,)]
    western = rows(db, "SELECT id FROM races WHERE norm_name LIKE '%western states%'")
    assert western == [("western-states-100",)]
    aliases = {r[0] for r in rows(db, "SELECT alias FROM race_aliases WHERE race_id = 'western-states-100'")}
    assert {"Western States", "WSER", "Western States Endurance Run", "Western States 100"} <= aliases
    # the 2012 course record by Timothy Olsen, with its evidence sentence and offsets
    claim = rows(db, """
        SELECT c.holder_id, c.time_s, c.evidence, c.start, c."end", a.text
        FROM record_claims c JOIN articles a ON a.id = c.article_id
        WHERE c.race_id = 'western-states-100' AND c.year = 2012 AND c.record_type = 'course record'""")
    assert len(claim) == 1
    holder, seconds, evidence, start, end, text = claim[0]
    assert holder == "timothy-olsen" and seconds == 14 * 3600 + 46 * 60 + 44
    assert "14:46:44" in evidence and "Timothy Olsen" in evidence
    assert text[start:end] == evidence
    progression = rows(db, "SELECT holder_id, year, is_current FROM course_record_progression "
                           "WHERE race_id = 'western-states-100' ORDER BY step")
    assert progression == [("timothy-olsen", 2012, False), ("jim-walmsley", 2018, False),
                           ("jim-walmsley", 2019, True)]
    # every fact is traceable to its article and sentence
    assert rows(db, "SELECT count(*) FROM results WHERE article_id IS NULL OR evidence IS NULL") == [(0,)]
    assert rows(db, "SELECT count(*) FROM mentions m ANTI JOIN articles a ON a.id = m.article_id") == [(0,)]


def test_loading_twice_changes_nothing(db: Path, gazetteer: Path) -> None:
    load_pending(db, progress=False, gazetteer=gazetteer)
    before = counts(db)
    snapshot = rows(db, "SELECT * FROM results ORDER BY id")
    again = load_pending(db, progress=False, gazetteer=gazetteer)
    assert again.articles == 0 and again.load_run_id is None
    assert counts(db) == before
    assert rows(db, "SELECT * FROM results ORDER BY id") == snapshot


def test_reextraction_replaces_an_articles_facts(db: Path, gazetteer: Path) -> None:
    load_pending(db, progress=False, gazetteer=gazetteer)
    facts = gold_to_facts(GOLD / "002_56ea0e3b9624bd44.json")
    facts["results"] = facts["results"][:1]
    facts["results"][0]["place"] = 4  # the new extractor reads a different place
    facts["results"][0]["athlete"] = "Walmsley"  # surname only: resolves within the document
    with store.connect(db) as con:
        con.execute("INSERT INTO extractions VALUES ('002_56ea0e3b9624bd44', "
                    "(SELECT content_hash FROM articles WHERE id = '002_56ea0e3b9624bd44'), "
                    "'gold-2', TIMESTAMP '2026-02-01', ?, NULL)", [json.dumps(facts)])
    summary = load_pending(db, progress=False, gazetteer=gazetteer)
    assert summary.articles == 1
    assert rows(db, "SELECT athlete_id, place, extractor_version FROM results "
                    "WHERE article_id = '002_56ea0e3b9624bd44'") == [("jim-walmsley", 4, "gold-2")]
    # the other article is untouched, and nothing of version gold-1 remains for this one
    assert rows(db, "SELECT count(*) FROM results WHERE article_id = '000_0675ac09d05886ac'") == [(5,)]
    assert rows(db, "SELECT count(*) FROM mentions WHERE article_id = '002_56ea0e3b9624bd44' "
                    "AND extractor_version <> 'gold-2'") == [(0,)]
    assert rows(db, "SELECT extractor_version FROM kb_loaded WHERE article_id = '002_56ea0e3b9624bd44'") == [
        ("gold-2",)]


def test_text_races_are_created_and_later_fold_into_the_gazetteer(db: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.yaml"
    small.write_text(yaml.safe_dump(GAZETTEER[:1]), encoding="utf-8")
    load_pending(db, progress=False, gazetteer=small)
    assert rows(db, "SELECT source FROM races WHERE id = 'bandera-100k'") == [("text",)]
    assert rows(db, "SELECT source FROM races WHERE id = 'western-states-100'") == [("gazetteer",)]
    # the full gazetteer arrives: Ultra-Trail du Mont-Blanc spellings and UTMB become one race
    full = tmp_path / "full.yaml"
    full.write_text(yaml.safe_dump(GAZETTEER), encoding="utf-8")
    before = counts(db)
    load_pending(db, progress=False, gazetteer=full)
    assert rows(db, "SELECT source FROM races WHERE id = 'bandera-100k'") == [("gazetteer",)]
    after = counts(db)
    assert {k: after[k] for k in ("results", "record_claims", "mentions")} == \
        {k: before[k] for k in ("results", "record_claims", "mentions")}


def test_facts_file_loads_external_articles_idempotently(tmp_path: Path, gazetteer: Path) -> None:
    db = tmp_path / "ext.duckdb"
    facts_file = tmp_path / "facts.jsonl"
    with facts_file.open("w", encoding="utf-8") as handle:
        for path in sorted(GOLD.glob("*.json")):
            handle.write(json.dumps(gold_to_facts(path)) + "\n")
    first = load_facts_file(db, facts_file, progress=False, gazetteer=gazetteer, docs=GOLD)
    assert first.articles == 2 and first.results == 7
    assert rows(db, "SELECT count(*) FROM articles WHERE outlet = 'external' "
                    "AND canonical_url LIKE 'external:%'") == [(2,)]
    # the documents gave the synthetic articles their text, so evidence offsets check out
    assert rows(db, """SELECT count(*) FROM results r JOIN articles a ON a.id = r.article_id
                       WHERE substr(a.text, r.start + 1, r."end" - r.start) = r.evidence""") == [(7,)]
    before = counts(db)
    second = load_facts_file(db, facts_file, progress=False, gazetteer=gazetteer)
    assert second.articles == 0
    assert counts(db) == before
    # the rows carry the article text's hash, like the extract stage's rows
    assert rows(db, "SELECT count(*) FROM extractions e JOIN articles a ON a.id = e.article_id "
                    "WHERE e.content_hash = a.content_hash") == [(2,)]
    # a changed line is a re-extraction of that article only
    lines = facts_file.read_text(encoding="utf-8").splitlines()
    changed = json.loads(lines[1])
    changed["results"][0]["place"] = 3
    facts_file.write_text("\n".join([lines[0], json.dumps(changed)]) + "\n", encoding="utf-8")
    third = load_facts_file(db, facts_file, progress=False, gazetteer=gazetteer)
    assert (third.articles, third.replaced) == (1, 1)
    assert rows(db, f"SELECT place FROM results WHERE id = '{changed['id']}:r0'") == [(3,)]


def _cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from pipeline.cli import main; main()", *args],
                            cwd=REPO, env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"loader ended early: {proc.communicate()}")
        if time.monotonic() > deadline:
            raise AssertionError("loader never reached the pause point")
        time.sleep(0.05)


def test_kill_9_during_load_leaves_no_partial_or_duplicate_facts(db: Path, gazetteer: Path,
                                                                 tmp_path: Path) -> None:
    before = counts(db)
    flag = tmp_path / "in-tx"
    proc = _cli("load", "--db", str(db), "--gazetteer", str(gazetteer),
                env={PAUSE_ENV: f"tx:{flag}"})
    _wait_for(flag, proc)  # facts inserted, transaction not committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert counts(db) == before  # nothing of the killed load is visible
    done = _cli("load", "--db", str(db), "--gazetteer", str(gazetteer))
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    after = counts(db)
    assert after["results"] == 7 and after["record_claims"] == 9 and after["kb_loaded"] == 2
    for table in ("results", "record_claims", "mentions"):
        assert rows(db, f"SELECT count(*) - count(DISTINCT id) FROM {table}") == [(0,)]


def test_second_writer_is_told_the_store_is_busy(db: Path) -> None:
    with store.writer_lock(db, command="test holder"):
        proc = _cli("load", "--db", str(db))
        out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert len(err.strip().splitlines()) == 1 and "store is busy" in err


def test_readers_keep_working_while_a_load_runs(db: Path, gazetteer: Path, tmp_path: Path) -> None:
    flag = tmp_path / "prepared"
    loader = _cli("load", "--db", str(db), "--gazetteer", str(gazetteer),
                  env={PAUSE_ENV: f"prepare:{flag}"})
    _wait_for(flag, loader)  # the load is under way (writer lock held, facts prepared)
    reader = _cli("query", "SELECT count(*) AS n FROM articles", "--format", "csv", "--db", str(db))
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert out.splitlines() == ["n", "2"]
    flag.unlink()
    _, err = loader.communicate(timeout=120)
    assert loader.returncode == 0, err

    # a reader that arrives during the short write transaction waits for it instead of failing
    flag = tmp_path / "in-tx"
    with store.connect(db) as con:
        con.execute("UPDATE extractions SET extracted_at = TIMESTAMP '2026-03-01'")
    loader = _cli("load", "--db", str(db), "--gazetteer", str(gazetteer), env={PAUSE_ENV: f"tx:{flag}"})
    _wait_for(flag, loader)
    reader = _cli("query", "store_counts", "--format", "json", "--db", str(db))
    time.sleep(1.0)
    flag.unlink()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert {r["table"]: r["rows"] for r in json.loads(out)}["results"] == 7
    loader.communicate(timeout=120)


def test_spellings_corroborated_by_the_same_result_become_one_athlete(db: Path, gazetteer: Path,
                                                                      tmp_path: Path) -> None:
    load_pending(db, progress=False, gazetteer=gazetteer)
    other = {"id": "olson-table", "athletes": ["Timothy Olson", "Tim Olsen Jr"], "races": ["WSER"],
             "records": [],
             "results": [{"athlete": "Timothy Olson", "race": "WSER", "year": 2012, "place": 1,
                          "time": "14:46:44", "evidence": "2012 | Timothy Olson | 14:46:44",
                          "start": 0, "end": 31},
                         # a similar name without a corroborating result stays its own athlete
                         {"athlete": "Tim Olsen Jr", "race": "WSER", "year": 2013, "place": 9,
                          "time": "17:00:00", "evidence": "Tim Olsen Jr was ninth.", "start": 32, "end": 55}]}
    facts_file = tmp_path / "olson.jsonl"
    facts_file.write_text(json.dumps(other) + "\n", encoding="utf-8")
    load_facts_file(db, facts_file, progress=False, gazetteer=gazetteer)
    assert rows(db, "SELECT id FROM athletes WHERE norm_name LIKE '%ols%' ORDER BY id") == [
        ("tim-olsen-jr",), ("timothy-olsen",)]
    assert rows(db, "SELECT athlete_id, source FROM athlete_aliases WHERE alias_norm = 'timothy olson'") == [
        ("timothy-olsen", "matched")]
    assert rows(db, "SELECT count(DISTINCT article_id) FROM results WHERE athlete_id = 'timothy-olsen'") == [(2,)]
    assert rows(db, "SELECT count(*) - count(DISTINCT id) FROM mentions") == [(0,)]
    before = counts(db)
    load_facts_file(db, facts_file, progress=False, gazetteer=gazetteer)
    assert counts(db) == before


def test_odd_facts_do_not_fail_the_batch(tmp_path: Path, gazetteer: Path) -> None:
    db = tmp_path / "odd.duckdb"
    docs = [
        {"id": "a", "athletes": "not a list", "races": [None, "", ["WSER", "Western States"]],
         "results": [{"athlete": ["Jim Walmsley", "J. Walmsley"], "race": "WSER", "year": "2019",
                      "place": 1.0, "time": "14:09:28", "evidence": "He won.", "start": 0, "end": 7},
                     "a string, not a fact", None,
                     {"athlete": "Nobody Known", "race": None, "year": None, "place": None,
                      "time": "7:00:62", "evidence": "Bad time.", "start": 8, "end": 17}],
         "records": {"type": "course record"}},
        {"id": "b", "error": "could not read the document", "athletes": [], "races": [],
         "results": [], "records": []},
        {"id": "c"},
    ]
    facts_file = tmp_path / "odd.jsonl"
    facts_file.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    summary = load_facts_file(db, facts_file, progress=False, gazetteer=gazetteer)
    assert summary.articles == 2 and summary.results == 2 and summary.records == 0  # b has an error
    assert rows(db, "SELECT athlete_id, race_id, year, place, time_s FROM results ORDER BY id") == [
        ("jim-walmsley", "western-states-100", 2019, 1, 14 * 3600 + 9 * 60 + 28),
        ("nobody-known", None, None, None, None)]
    assert load_pending(db, progress=False, gazetteer=gazetteer).articles == 0


def test_cli_load_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "results": []}\nnot json at all\n', encoding="utf-8")
    for args, words in [(("--facts", str(tmp_path / "missing.jsonl")), "no such facts file"),
                        (("--facts", str(bad)), "bad.jsonl:2: not JSON")]:
        proc = _cli("load", "--db", str(db), *args)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2, err
        assert len(err.strip().splitlines()) == 1 and words in err, err
    proc = _cli("load", "--db", str(db), "--quiet")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and out.startswith("load: nothing new"), (out, err)


def test_documents_parsed_in_parallel_parts_load_the_same_rows(db: Path, gazetteer: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.kb import load

    other = tmp_path / "parts.duckdb"
    with store.connect(other) as con:
        seed_store(con, GOLD)
    load_pending(db, progress=False, gazetteer=gazetteer)
    monkeypatch.setattr(load, "_parts", lambda documents, threads: max(1, documents))  # one per document
    load_pending(other, progress=False, gazetteer=gazetteer)
    for table in TABLES[:-2]:
        assert rows(db, f"SELECT * FROM {table} ORDER BY ALL") == rows(other, f"SELECT * FROM {table} ORDER BY ALL")
    assert rows(other, "SELECT count(*) FROM results")[0][0] == 7
