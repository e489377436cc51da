"""Bad input, the public API and the commands end to end (files and the store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import store
from pipeline.cli import app
from pipeline.facts import EXTRACTOR_VERSION, extract_document, extract_documents
from pipeline.facts.store_io import extract_pending

REPORT = ("Jim Walmsley won the Western States 100 in 14:09:28, a course record. "
          "Jared Hazen was second in 14:26:46.")
runner = CliRunner()


def test_bad_documents_yield_errors_and_the_batch_goes_on() -> None:
    docs = [
        {"id": "empty", "text": ""},
        {"id": "huge", "text": "word " * 1_100_000},
        {"id": "german", "text": "Der Läufer gewann das Rennen am Samstag mit großem Vorsprung vor "
                                 "allen anderen Teilnehmern, obwohl es regnete und kalt war, und "
                                 "feierte danach mit seiner Familie im Ziel bei Kuchen und Kaffee."},
        {"id": "binary", "text": "\x00\x01\x02\x03binary\x00junk\x07" * 50},
        "not a dict",
        {"id": "ok", "text": REPORT, "published": "2019-06-30"},
    ]
    out = list(extract_documents(docs))
    assert [o.get("id") for o in out] == ["empty", "huge", "german", "binary", None, "ok"]
    for o in out[:5]:
        assert o["error"] and "\n" not in o["error"]
        assert o["results"] == [] and o["athletes"] == []
    assert "error" not in out[5]
    assert {r["athlete"] for r in out[5]["results"]} == {"Jim Walmsley", "Jared Hazen"}


def test_extract_document_shape() -> None:
    facts = extract_document({"id": "x", "text": REPORT, "published": "2019-06-30", "url": None})
    assert set(facts) >= {"id", "athletes", "races", "results", "records"}
    assert facts["extractor_version"] == EXTRACTOR_VERSION
    win = next(r for r in facts["results"] if r["athlete"] == "Jim Walmsley")
    assert (win["race"], win["year"], win["place"], win["time"]) == ("Western States 100", 2019, 1, "14:09:28")
    rec = facts["records"][0]
    assert (rec["type"], rec["athlete"], rec["time"]) == ("course record", "Jim Walmsley", "14:09:28")


def test_cli_extract_jsonl_with_a_malformed_line(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "a", "text": REPORT, "published": "2019-06-30"}) + "\n{oops\n"
                   + json.dumps({"id": "b", "text": "   "}) + "\n", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    res = runner.invoke(app, ["extract", "--input", str(src), "--output", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "docs.jsonl:2", "b"]
    assert "malformed JSON" in rows[1]["error"] and rows[2]["error"] == "empty text"
    assert rows[0]["results"]


def test_cli_extract_txt_and_html(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "two.html").write_text(f"<html><body><article><p>{REPORT}</p></article></body></html>",
                                       encoding="utf-8")
    for name in ("one.txt", "two.html"):
        out = tmp_path / (name + ".jsonl")
        res = runner.invoke(app, ["extract", "-i", str(tmp_path / name), "-o", str(out), "-q"])
        assert res.exit_code == 0, res.output
        facts = json.loads(out.read_text(encoding="utf-8"))
        assert "Jim Walmsley" in facts["athletes"], facts


def test_cli_bad_invocations(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract", "--input", str(tmp_path / "missing.jsonl")]).exit_code == 2
    assert runner.invoke(app, ["extract", "--output", str(tmp_path / "x.jsonl")]).exit_code == 2
    assert runner.invoke(app, ["eval", str(tmp_path / "nowhere")]).exit_code == 2
    assert runner.invoke(app, ["eval", str(tmp_path)]).exit_code == 2  # no gold pairs


def test_cli_eval_on_predictions(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d1.txt").write_text(REPORT, encoding="utf-8")
    (gold / "d1.json").write_text(json.dumps({"published": "2019-06-30", "gold": {
        "athletes": ["Jim Walmsley", "Jared Hazen"], "races": ["Western States"],
        "results": [{"athlete": "Jim Walmsley", "race": "Western States 100", "year": 2019,
                     "place": 1, "time": "14:09:28"}],
        "records": []}}), encoding="utf-8")
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps({"id": "d1", "athletes": ["Jim Walmsley"], "races": [],
                                 "results": [], "records": []}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["eval", str(gold), "--predictions", str(preds), "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.output)
    assert scores["athletes"]["precision"] == 1.0 and scores["athletes"]["recall"] == 0.5
    assert scores["results"]["recall"] == 0.0
    res = runner.invoke(app, ["eval", str(gold), "--show-errors"])
    assert res.exit_code == 0 and "athletes" in res.output
    errors = tmp_path / "errors.jsonl"
    res = runner.invoke(app, ["eval", str(gold), "--predictions", str(preds), "--json",
                              "--errors-jsonl", str(errors), "--kind", "results"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"document": "d1", "kind": "results", "error": "miss", "evidence": None,
                     "fact": {"athlete": "Jim Walmsley", "race": "Western States 100",
                              "year": 2019, "place": 1, "time": "14:09:28"}}]


def test_store_mode_extracts_pending_once(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with store.connect(db) as con:
        con.execute(
            "INSERT INTO articles (id, canonical_url, url, language, text, published, content_hash) VALUES "
            "('a1', 'u1', 'u1', 'en', ?, '2019-06-30', 'h1'), ('a2', 'u2', 'u2', 'fr', 'Bonjour', NULL, 'h2'),"
            "('a3', 'u3', 'u3', 'en', '', NULL, 'h3')", [REPORT])
    first = extract_pending(db, progress=False)
    assert (first.read, first.extracted, first.failed, first.skipped_non_english) == (2, 1, 1, 1)
    again = extract_pending(db, progress=False)
    assert again.read == 0
    with store.connect(db) as con:
        con.execute("UPDATE articles SET content_hash = 'h1b' WHERE id = 'a1'")
    assert extract_pending(db, progress=False).read == 1  # changed text is read again
    with store.connect(db, read_only=True) as con:
        facts = json.loads(con.execute("SELECT facts FROM extractions WHERE article_id = 'a1'").fetchone()[0])
    assert facts["results"]
    res = runner.invoke(app, ["extract", "--db", str(db), "--quiet"])
    assert res.exit_code == 0


@pytest.mark.parametrize("n_process", [2])
def test_multiprocess_matches_single(n_process: int) -> None:
    docs = [{"id": str(i), "text": REPORT, "published": "2019-06-30"} for i in range(4)]
    assert list(extract_documents(docs, n_process=n_process)) == list(extract_documents(docs))


def test_pathological_text_stays_fast() -> None:
    import time

    junk = "a" * 100_000 + " 1:2:3 " + "Ab Cd " * 10_000 + "|" * 2_000
    started = time.monotonic()
    out = extract_document({"id": "junk", "text": REPORT + " " + junk, "published": "2019-06-30"})
    # a guard against runaway regex backtracking (minutes, not seconds), not a speed goal:
    # speed is measured in bench/extract.py
    assert time.monotonic() - started < 120
    assert "error" not in out and out["results"]
