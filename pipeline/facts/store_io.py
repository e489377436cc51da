"""Store mode: extract every English article that has no extraction for this extractor
version and its current text, writing `extractions` rows batch by batch.

The writer lock is held for the whole run; the DuckDB file is opened only for one batch at
a time (read the pending ids, then write each batch's rows in one transaction), so that
readers are blocked no longer than one batch.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pipeline import store

from .extract import EXTRACTOR_VERSION, extract_documents

_PENDING = """
SELECT a.id, a.content_hash
FROM articles a
LEFT JOIN extractions e
  ON e.article_id = a.id AND e.extractor_version = ? AND e.content_hash = a.content_hash
WHERE e.article_id IS NULL AND coalesce(a.language, 'en') = 'en' AND a.text IS NOT NULL
ORDER BY a.id
"""


@dataclass
class ExtractSummary:
    read: int = 0
    extracted: int = 0
    failed: int = 0
    skipped_non_english: int = 0
    seconds: float = 0.0
    version: str = EXTRACTOR_VERSION

    def line(self) -> str:
        return (f"extract {self.version}: {self.read} read, {self.extracted} extracted, "
                f"{self.failed} failed, {self.skipped_non_english} skipped (not English) "
                f"in {self.seconds:.1f}s")


def _published(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value)[:10]


def extract_pending(
    db_path: Path | str = store.DEFAULT_DB,
    *,
    limit: int | None = None,
    progress: bool = True,
    batch_size: int = 50,
    n_process: int = 1,
    on_batch: Callable[[int, int], None] | None = None,
) -> ExtractSummary:
    """Extract the store's pending articles; returns counts (read, extracted, failed, ...)."""
    started = time.monotonic()
    summary = ExtractSummary()
    with store.writer_lock(db_path, command="extract"):
        with store.connect(db_path) as con:
            pending = con.execute(_PENDING, [EXTRACTOR_VERSION]).fetchall()
            summary.skipped_non_english = con.execute(
                "SELECT count(*) FROM articles WHERE coalesce(language, 'en') <> 'en'"
            ).fetchone()[0]
        if limit is not None:
            pending = pending[:limit]
        bar = _progress(progress, len(pending))
        try:
            for i in range(0, len(pending), batch_size):
                batch = pending[i : i + batch_size]
                ids = [row[0] for row in batch]
                with store.connect(db_path, read_only=False) as con:
                    placeholders = ",".join("?" for _ in ids)
                    rows = con.execute(
                        f"SELECT id, text, published, url, content_hash FROM articles WHERE id IN ({placeholders})",
                        ids,
                    ).fetchall()
                docs = [{"id": r[0], "text": r[1], "published": _published(r[2]), "url": r[3]} for r in rows]
                hashes = {r[0]: r[4] for r in rows}
                out = list(extract_documents(docs, n_process=n_process))
                now = datetime.now(timezone.utc).replace(tzinfo=None)
                records = []
                for facts in out:
                    summary.read += 1
                    error = facts.get("error")
                    if error:
                        summary.failed += 1
                    else:
                        summary.extracted += 1
                    records.append((facts["id"], hashes.get(facts["id"]) or "", EXTRACTOR_VERSION, now,
                                    json.dumps(facts, ensure_ascii=False), error))
                with store.connect(db_path) as con, store.transaction(con):
                    con.executemany(
                        "INSERT OR REPLACE INTO extractions (article_id, content_hash, extractor_version, "
                        "extracted_at, facts, error) VALUES (?, ?, ?, ?, ?, ?)",
                        records,
                    )
                if bar is not None:
                    bar[0].update(bar[1], advance=len(batch))
                if on_batch is not None:
                    on_batch(summary.read, len(pending))
        finally:
            if bar is not None:
                bar[0].stop()
    summary.seconds = time.monotonic() - started
    return summary


def _progress(enabled: bool, total: int):  # noqa: ANN202 - (Progress, task id) or None
    if not enabled or total == 0:
        return None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   transient=True)
    bar.start()
    return bar, bar.add_task("extract", total=total)
