"""Named queries and dataset exports of the knowledge store."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from pipeline import store
from pipeline.kb import queries
from pipeline.kb.export import export_dataset
from pipeline.kb.load import load_facts_file, load_pending
from pipeline.kb.sample import SEED_GAZETTEER as GAZETTEER
from pipeline.kb.sample import SHARED_GOLD as GOLD
from pipeline.kb.sample import seed_store

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not GOLD.is_dir(), reason=f"seed gold files not found at {GOLD}")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("kbq")
    gazetteer = tmp / "races.yaml"
    gazetteer.write_text(yaml.safe_dump(GAZETTEER), encoding="utf-8")
    path = tmp / "store.duckdb"
    with store.connect(path) as con:
        seed_store(con, GOLD)
    load_pending(path, progress=False, gazetteer=gazetteer)
    return path


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", *args],
                          cwd=REPO, capture_output=True, text=True, timeout=120)


def run(db: Path, name: str, **params: str) -> list[dict]:
    with store.connect(db, read_only=True) as con:
        return queries.run(con, name, params).to_pylist()


def test_at_least_ten_named_queries_with_headers() -> None:
    found = queries.available()
    assert len(found) >= 10
    for query in found.values():
        assert query.title and query.title != query.name, query.name
        assert query.description, query.name
        for param in query.params:
            assert param.type in queries.TYPES and param.help, (query.name, param.name)


def test_every_named_query_runs_with_its_defaults(db: Path) -> None:
    for name in queries.available():
        run(db, name)  # no error


def test_named_queries_return_sensible_rows(db: Path) -> None:
    progression = run(db, "record_progression", race="WSER")
    assert [(r["holder"], r["year"], r["current"]) for r in progression] == [
        ("Timothy Olsen", 2012, False), ("Jim Walmsley", 2018, False), ("Jim Walmsley", 2019, True)]
    assert progression[0]["time"] == "14:46:44" and "14:46:44" in progression[0]["evidence"]
    assert progression[0]["url"].startswith("https://")
    timeline = run(db, "athlete_timeline", athlete="jim walmsley")
    assert {r["year"] for r in timeline} >= {2016, 2017, 2018, 2019, 2023}
    winners = run(db, "race_winners", race="Ultra-Trail du Mont-Blanc")
    assert [(r["year"], r["winner"]) for r in winners] == [(2023, "Jim Walmsley")]
    records = run(db, "records_in_year", year="2016", type="FKT")
    assert [(r["holder"], r["previous_holder"]) for r in records] == [("Jim Walmsley", "Rob Krar")]
    # a spelling two edits away from a known one still finds the athlete (and the race)
    assert run(db, "athlete_facts", athlete="Timothy Olson")[0]["race"] == "Western States 100"
    assert run(db, "race_profile", race="Westren States")[0]["race"] == "Western States 100"
    facts = run(db, "athlete_facts", athlete="Rob Krar")
    assert facts and all(r["evidence"] and r["url"] for r in facts)
    assert any("previous holder" in r["kind"] for r in facts)
    missing = run(db, "incomplete_results")
    assert any(r["athlete"] == "Max King" and "race" in r["missing"] for r in missing)
    top = run(db, "top_athletes_by_year", year="2016")
    assert top[0]["athlete"] == "Jim Walmsley"
    assert run(db, "races_by_coverage")[0]["race"] == "Western States 100"
    assert run(db, "outlet_coverage")[0]["loaded"] == 2
    assert "WSER" in run(db, "race_profile")[0]["aliases"]


def test_disagreeing_sources_show_up(tmp_path: Path, db: Path) -> None:
    copy = tmp_path / "conflict.duckdb"
    copy.write_bytes(db.read_bytes())
    facts = {"id": "other", "athletes": ["Jim Walmsley"], "races": ["WSER"], "records": [],
             "results": [{"athlete": "Jim Walmsley", "race": "WSER", "year": 2016, "place": 19,
                          "time": "18:45:36", "evidence": "Walmsley was 19th at WSER in 2016.",
                          "start": 0, "end": 33}]}
    facts_file = tmp_path / "other.jsonl"
    facts_file.write_text(json.dumps(facts) + "\n", encoding="utf-8")
    gazetteer = tmp_path / "races.yaml"
    gazetteer.write_text(yaml.safe_dump(GAZETTEER), encoding="utf-8")
    load_facts_file(copy, facts_file, progress=False, gazetteer=gazetteer)
    rows = run(copy, "disagreeing_results")
    assert [(r["athlete"], r["year"], r["field"]) for r in rows] == [("Jim Walmsley", 2016, "place")]
    assert rows[0]["claimed_values"] == "19|20" and rows[0]["sources"] == 2
    assert "external:other" in rows[0]["urls"] and "https://" in rows[0]["urls"]


def test_parameters_are_bound_not_pasted(db: Path) -> None:
    assert run(db, "athlete_facts", athlete="x' OR 1=1 --") == []
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM athletes").fetchone()[0] == 6


def test_cli_query_formats_and_one_line_errors(db: Path, tmp_path: Path) -> None:
    listed = cli("query", "--list")
    assert listed.returncode == 0 and "record_progression" in listed.stdout
    as_json = cli("query", "record_progression", "--param", "race=western-states-100",
                  "--format", "json", "--db", str(db))
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)[0]["holder"] == "Timothy Olsen"
    as_csv = cli("query", "SELECT id FROM athletes ORDER BY id", "--format", "csv", "--db", str(db))
    assert as_csv.stdout.splitlines()[:2] == ["id", "james-bonnett"]
    out = tmp_path / "w.parquet"
    as_parquet = cli("query", "race_winners", "-p", "race=UTMB", "--format", "parquet", "-o", str(out),
                     "--db", str(db))
    assert as_parquet.returncode == 0 and pq.read_table(out).num_rows == 1
    table = cli("query", "store_counts", "--db", str(db))
    assert table.returncode == 0 and "record_claims" in table.stdout
    for args, words in [
        (("query", "no_such_query"), "unknown query"),
        (("query", "race_winners", "--param", "nope=1"), "no parameter"),
        (("query", "records_in_year", "--param", "year=soon"), "must be INTEGER"),
        (("query", "SELEC nonsense FROM"), "SQL"),
        (("query", "DELETE FROM results"), "SQL"),  # the store is opened read-only
    ]:
        result = cli(*args, "--db", str(db))
        assert result.returncode != 0, args
        assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr, result.stderr
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM results").fetchone()[0] == 7


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_is_deterministic_and_valid(db: Path, tmp_path: Path, fmt: str) -> None:
    frictionless = pytest.importorskip("frictionless")
    first, second = tmp_path / "a", tmp_path / "b"
    export_dataset(db, first, fmt)
    export_dataset(db, second, fmt)
    assert _digest(first) == _digest(second)
    package = json.loads((first / "datapackage.json").read_text())
    names = {r["name"] for r in package["resources"]}
    assert {"athletes", "races", "race-aliases", "record-claims", "course-record-progression"} <= names
    readme = (first / "README.md").read_text()
    assert "gold-1" in readme and "| results | 7 |" in readme
    if fmt == "parquet":
        parts = sorted(p.relative_to(first).as_posix() for p in first.glob("results/year=*/*.parquet"))
        assert parts[0].startswith("results/year=2012/")
        assert sum(pq.read_table(first / p).num_rows for p in parts) == 7
    if fmt == "csv":
        report = frictionless.validate(str(first / "datapackage.json"))
        assert report.valid, report.flatten(["resourceName", "type", "note"])[:5]
    else:
        # Frictionless here reads neither JSON Lines nor Parquet without extra packages, so the
        # rows are read with pyarrow / json and validated inline against the same schemas.
        for entry in package["resources"]:
            path = first / entry["path"]
            if fmt == "parquet":
                data = pq.read_table(path).to_pylist()
            else:
                data = [json.loads(line) for line in path.read_text().splitlines() if line]
            schema = {k: v for k, v in entry["schema"].items() if k != "foreignKeys"}
            header = [f["name"] for f in schema["fields"]]
            table = [header] + [[_cell(row.get(h)) for h in header] for row in data]
            resource = frictionless.Resource(data=table, schema=frictionless.Schema.from_descriptor(schema))
            report = frictionless.validate(resource)
            assert report.valid, (entry["name"], report.flatten(["type", "note"])[:3])


def _cell(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def test_cli_export(db: Path, tmp_path: Path) -> None:
    result = cli("export", "--out", str(tmp_path / "ds"), "--format", "csv", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ds" / "datapackage.json").exists()


def test_run_named_query_for_other_stages(db: Path) -> None:
    columns, rows = queries.run_named_query(db, "winners_by_year", {"race": "UTMB"})
    assert columns[:3] == ["year", "gender", "winner"] and rows[0][2] == "Jim Walmsley"
    columns, rows = queries.run_named_query(db, "course_record_progression", {"race": "Western States 100"})
    assert [r[columns.index("holder")] for r in rows] == ["Timothy Olsen", "Jim Walmsley", "Jim Walmsley"]


def test_query_header_parsing_and_required_parameters() -> None:
    query = queries.parse("q", "-- title: T\n-- description: D\n--   more.\n"
                               "-- param: race VARCHAR -- required\n"
                               "-- param: top INTEGER = 5 -- optional\nSELECT $race, $top")
    assert (query.title, query.description) == ("T", "D more.")
    assert [(p.name, p.type, p.required, p.default) for p in query.params] == [
        ("race", "VARCHAR", True, None), ("top", "INTEGER", False, 5)]
    with pytest.raises(queries.QueryError, match="needs --param race"):
        query.bind({})
    assert query.bind({"race": "WSER", "top": "3"}) == {"race": "WSER", "top": 3}


def test_the_summary_shows_each_timeline_rows_race_and_each_covered_race(db: Path) -> None:
    """`ultrafacts summary` (the end of `make run`) leaves out wide columns and the one its
    title names, never the race of an athlete's timeline or of the coverage ranking."""
    done = subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", "summary", "--db", str(db)],
                          cwd=REPO, capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "160"})
    assert done.returncode == 0, done.stderr
    timeline = done.stdout.split("timeline", 1)[1].split("Most-covered", 1)[0]
    assert "Western States" in timeline
    coverage = done.stdout.split("Most-covered", 1)[1]
    assert "Western States 100" in coverage and "articles" in coverage
