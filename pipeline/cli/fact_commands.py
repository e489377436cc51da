"""Fact-extraction commands: `extract` (files or the store) and `eval` (score against gold)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from pipeline import store
from pipeline.cli.errors import fail

_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SUFFIXES = {".html", ".htm"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


def _html_doc(path: Path) -> dict:
    raw = path.read_bytes()
    url = path.resolve().as_uri()
    try:
        from pipeline.article import extract_article
    except ImportError:  # the article stage is not installed: strip the tags
        extract_article = None
    if extract_article is not None:
        art = extract_article(raw, url=url)
        published = art.published.date().isoformat() if art.published else None
        return {"id": path.stem, "text": art.text, "published": published, "url": url}
    import re
    from html import unescape

    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw.decode("utf-8", "replace"))
    text = re.sub(r"(?i)</?(p|div|br|h\d|li|tr|table|section|article)\b[^>]*>", "\n\n", text)
    text = unescape(re.sub(r"<[^>]+>", " ", text))
    text = "\n\n".join(" ".join(b.split()) for b in text.split("\n\n") if b.strip())
    return {"id": path.stem, "text": text, "published": None, "url": url}


def read_inputs(path: Path) -> Iterator[dict]:
    """Documents from a JSON Lines file, a .txt/.html file, or a folder of them. A line that
    is not JSON becomes a document with an `error`, so that the run goes on."""
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.suffix.lower() in _TEXT_SUFFIXES | _HTML_SUFFIXES | {".jsonl", ".ndjson"}:
                yield from read_inputs(child)
        return
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES:
        try:
            yield _html_doc(path)
        except Exception as exc:  # a broken page is that document's error
            yield {"id": path.stem, "error": f"{path.name}: cannot read HTML ({type(exc).__name__}: {exc})"}
        return
    if suffix in _TEXT_SUFFIXES:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield {"id": path.stem, "error": f"{path.name}: binary content, not UTF-8 text"}
            return
        yield {"id": path.stem, "text": text, "published": None, "url": None}
        return
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                doc = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                reason = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else f"malformed JSON ({exc.msg})"
                yield {"id": f"{path.name}:{lineno}", "error": f"{path.name} line {lineno}: {reason}"}
                continue
            if not isinstance(doc, dict):
                yield {"id": f"{path.name}:{lineno}", "error": f"{path.name} line {lineno}: not a JSON object ({type(doc).__name__})"}
                continue
            if "id" not in doc:
                doc = {**doc, "id": f"{path.name}:{lineno}"}
            yield doc


def _extract_stream(docs: Iterator[dict], gate: bool, n_process: int) -> Iterator[dict]:
    from pipeline.facts.extract import EXTRACTOR_VERSION, extract_documents

    # Documents that failed to parse skip extraction but keep their place in the output.
    pending: list[dict] = []

    def feed() -> Iterator[dict]:
        for doc in docs:
            if isinstance(doc, dict) and doc.get("error") and "text" not in doc:
                pending.append(doc)
                yield {"id": doc["id"], "text": None, "_parse_error": doc["error"]}
            else:
                yield doc

    for facts in extract_documents(feed(), n_process=n_process, gate=gate):
        if pending and facts.get("id") == pending[0]["id"] and facts.get("error"):
            bad = pending.pop(0)
            facts = {"id": bad["id"], "error": bad["error"], "extractor_version": EXTRACTOR_VERSION,
                     "athletes": [], "races": [], "results": [], "records": []}
        yield facts


def extract(
    input: Path | None = typer.Option(None, "--input", "-i", help="Documents: JSON Lines "
                                      "({id, text, published, url} a line), .txt or .html files, "
                                      "or a folder of them. Without it: the store's new articles."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Facts JSON Lines file "
                                       "(default: standard output)."),
    db: Path = typer.Option(store.DEFAULT_DB, "--db", help="DuckDB store file (store mode)."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="At most this many articles (store mode)."),
    n_process: int = typer.Option(1, "--processes", "-j", min=1, max=16, help="Worker processes."),
    full: bool = typer.Option(False, "--full", help="Run the statistical model on every "
                              "sentence instead of only those the cheap rules mark."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, only the summary."),
) -> None:
    """Extract athletes, races, results and records (FACTS.md) from documents or the store."""
    if n_process > 1:
        import os

        # one math thread per worker process: more only contend for the cores
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
            os.environ.setdefault(var, "1")
    if input is None:
        if output is not None:
            fail("--output needs --input (store mode writes to the store)")
        from pipeline.facts.store_io import extract_pending

        try:
            summary = extract_pending(db, limit=limit, progress=not quiet, n_process=n_process)
        except store.StoreBusy as exc:
            fail(str(exc), code=3)
        except store.StoreError as exc:
            fail(str(exc))
        sys.stderr.write(summary.line() + "\n")
        return
    if not input.exists():
        fail(f"{input}: no such file or folder")
    out = sys.stdout if output is None else None
    handle = out or output.open("w", encoding="utf-8")
    n = errors = 0
    progress = None
    if not quiet and output is not None:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        progress = Progress(SpinnerColumn(), TextColumn("extract {task.completed} documents"),
                            TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        progress.start()
        task = progress.add_task("extract", total=None)
    try:
        for facts in _extract_stream(read_inputs(input), gate=not full, n_process=n_process):
            n += 1
            if facts.get("error"):
                errors += 1
                sys.stderr.write(f"error: {facts.get('id')}: {facts['error']}\n")
            handle.write(json.dumps(facts, ensure_ascii=False) + "\n")
            if progress is not None:
                progress.update(task, advance=1)
    finally:
        if progress is not None:
            progress.stop()
        if out is None:
            handle.close()
    sys.stderr.write(f"{n} documents, {errors} errors" + (f" -> {output}" if output else "") + "\n")


def _read_predictions(path: Path) -> dict[str, dict]:
    preds: dict[str, dict] = {}
    for doc in read_inputs(path):
        if isinstance(doc, dict) and doc.get("id") is not None and "athletes" in doc:
            preds[str(doc["id"])] = doc
    return preds


def _fact_shown(fact: Any) -> Any:
    """A fact without the provenance and bookkeeping fields, for error listings."""
    if isinstance(fact, dict):
        return {k: v for k, v in fact.items() if k not in ("evidence", "start", "end", "seconds", "note")}
    return fact


def _write_errors(path: Path, errors: list, kind: str | None) -> None:
    try:
        with path.open("w", encoding="utf-8") as out:
            for e in errors:
                if kind and e.kind != kind:
                    continue
                row = {"document": e.doc, "kind": e.kind, "error": e.error,
                       "fact": _fact_shown(e.fact), "evidence": e.evidence}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as exc:
        fail(f"{path}: cannot write errors ({exc.strerror})")


def eval_command(
    gold_dir: Path = typer.Argument(..., help="Folder of NAME.txt + NAME.json gold pairs (FACTS.md)."),
    show_errors: bool = typer.Option(False, "--show-errors", "-e", help="List every false positive and miss."),
    predictions: Path | None = typer.Option(None, "--predictions", "-p", help="Score this facts "
                                            "JSON Lines file instead of running the extractor."),
    kind: str | None = typer.Option(None, "--kind", help="Only list errors of this kind."),
    full: bool = typer.Option(False, "--full", help="Extract with the model on every sentence."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors_jsonl: Path | None = typer.Option(None, "--errors-jsonl", help="Write every false "
                                             "positive and miss to this file, one JSON object a line."),
) -> None:
    """Score extraction against a gold folder: P/R/F1 per fact kind, micro-averaged."""
    from rich.console import Console
    from rich.table import Table

    from pipeline.facts.scoring import KINDS, evaluate, load_gold_dir

    if not gold_dir.is_dir():
        fail(f"{gold_dir}: not a folder")
    if kind is not None and kind not in KINDS:
        fail(f"--kind must be one of {', '.join(KINDS)}")
    if not load_gold_dir(gold_dir):
        fail(f"{gold_dir}: no NAME.json + NAME.txt gold pairs")
    preds = None
    if predictions is not None:
        if not predictions.exists():
            fail(f"{predictions}: no such predictions file")
        preds = _read_predictions(predictions)
    extractor = None
    if full:
        from pipeline.facts.extract import extract_documents

        def extractor(docs):  # noqa: ANN001, ANN202
            return extract_documents(docs, gate=False)

    scores = evaluate(gold_dir, preds, extractor=extractor)
    if errors_jsonl is not None:
        _write_errors(errors_jsonl, scores.errors, kind)
    if as_json:
        typer.echo(json.dumps(scores.as_dict(), indent=1))
        return
    console = Console()
    table = Table(title=f"{gold_dir} ({scores.documents} documents)")
    for col in ("kind", "precision", "recall", "F1", "matched", "predicted", "gold"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for k, s in scores.kinds.items():
        table.add_row(k, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      str(s.matched), str(s.predicted), str(s.gold))
    console.print(table)
    if show_errors:
        errs = Table(title="errors", show_lines=False)
        for col in ("document", "kind", "error", "fact", "evidence"):
            errs.add_column(col, overflow="fold")
        for e in scores.errors:
            if kind and e.kind != kind:
                continue
            errs.add_row(e.doc, e.kind, e.error, json.dumps(_fact_shown(e.fact), ensure_ascii=False),
                         e.evidence or "")
        console.print(errs)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("eval")(eval_command)
