"""Publishable dataset: one file per knowledge table or view, datapackage.json, README.md.

Deterministic by construction: one DuckDB thread, every file ordered by its key (or by all
columns), and no export-time clock anywhere (the README dates the data by its last load), so
two exports of the same store are byte-identical.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipeline import store

FORMATS = ("parquet", "csv", "jsonl")


@dataclass
class Spec:
    name: str
    select: str
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)  # (field, resource, field)
    description: str = ""
    order: str = ""


_ARTICLE = [("article_id", "articles", "id")]
SPECS = [
    Spec("articles",
         "SELECT id, canonical_url, url, outlet, title, array_to_string(authors, '; ') AS authors, "
         "published, modified, language, word_count, content_hash, crawl_run_id FROM articles",
         ["id"], [], "Articles the facts come from (metadata only; the text stays with the outlet)."),
    Spec("athletes", "SELECT * FROM athletes", ["id"], []),
    Spec("athlete_aliases", "SELECT * FROM athlete_aliases", ["alias_norm"],
         [("athlete_id", "athletes", "id")]),
    Spec("races", "SELECT * FROM races", ["id"], []),
    Spec("race_aliases", "SELECT * FROM race_aliases", ["alias_norm"], [("race_id", "races", "id")]),
    Spec("race_editions", "SELECT * FROM race_editions", ["id"], [("race_id", "races", "id")]),
    Spec("mentions", "SELECT * FROM mentions", ["id"], _ARTICLE),
    Spec("results", "SELECT * FROM results", ["id"],
         [("athlete_id", "athletes", "id"), ("race_id", "races", "id"),
          ("edition_id", "race_editions", "id"), *_ARTICLE]),
    Spec("record_claims", "SELECT * FROM record_claims", ["id"],
         [("holder_id", "athletes", "id"), ("previous_holder_id", "athletes", "id"),
          ("race_id", "races", "id"), *_ARTICLE]),
    Spec("results_consolidated", "SELECT * FROM results_consolidated", [],
         [("athlete_id", "athletes", "id"), ("race_id", "races", "id")],
         "One row per athlete x race x year: number of sources and whether they agree.",
         "athlete_id, race_id NULLS FIRST, year NULLS FIRST"),
    Spec("course_record_progression", "SELECT * FROM course_record_progression", [],
         [("race_id", "races", "id"), ("holder_id", "athletes", "id")],
         "Course records per race (and gender scope) in the order they were set; is_current marks "
         "the standing one.", "race_id, scope_gender NULLS FIRST, step"),
    Spec("source_conflicts", "SELECT * FROM source_conflicts", [],
         [("race_id", "races", "id"), ("athlete_id", "athletes", "id")],
         "Facts on which sources disagree (result place/time, course-record holder/time)."),
]

_TYPES = {"VARCHAR": "string", "INTEGER": "integer", "BIGINT": "integer", "SMALLINT": "integer",
          "TINYINT": "integer", "HUGEINT": "integer", "UBIGINT": "integer", "UINTEGER": "integer",
          "DOUBLE": "number", "FLOAT": "number", "BOOLEAN": "boolean", "DATE": "date",
          "TIMESTAMP": "datetime", "TIMESTAMP WITH TIME ZONE": "datetime", "JSON": "string"}

_VIEW_COLUMNS = {
    "sources": "Number of distinct articles that state it.",
    "agree": "True when every source gives the same place and time.",
    "facts": "Number of fact rows.",
    "distinct_places": "Number of different places stated.",
    "distinct_times": "Number of different times stated.",
    "places": "The places stated, |-separated.",
    "times": "The times stated, |-separated.",
    "first_article_id": "First article (by id) that states it.",
    "step": "Position in the race's record progression, 1 = oldest.",
    "is_current": "True for the record that stands now (the newest).",
    "first_claim_id": "record_claims.id of the first claim of this record.",
    "kind": "result or course record.",
    "field": "What differs: place, time, place and time, holder.",
    "claimed_values": "The differing values, |-separated.",
    "article_ids": "Articles involved, |-separated.",
}


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _columns(con: duckdb.DuckDBPyConnection, select: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in con.execute(f"DESCRIBE {select}").fetchall()]


def _comments(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    tables = {r[0]: r[1] for r in con.execute(
        "SELECT table_name, comment FROM duckdb_tables() WHERE comment IS NOT NULL").fetchall()}
    columns = {(r[0], r[1]): r[2] for r in con.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE comment IS NOT NULL"
    ).fetchall()}
    return tables, columns


def _field_description(spec: Spec, column: str, columns: dict[tuple[str, str], str]) -> str:
    if (spec.name, column) in columns:
        return columns[(spec.name, column)]
    for base in ("results", "record_claims", "races", "athletes", "articles"):
        if (base, column) in columns:
            return columns[(base, column)]
    return _VIEW_COLUMNS.get(column, column.replace("_", " ").capitalize() + ".")


def _text_select(select: str, cols: list[tuple[str, str]]) -> str:
    """Timestamps as ISO 8601 text, so CSV/JSONL parse as Frictionless datetimes."""
    parts = []
    for name, kind in cols:
        quoted = f'"{name}"'
        if kind == "TIMESTAMP WITH TIME ZONE":
            parts.append(f"strftime(timezone('UTC', {quoted}), '%Y-%m-%dT%H:%M:%SZ') AS {quoted}")
        elif kind.startswith("TIMESTAMP"):
            parts.append(f"strftime({quoted}, '%Y-%m-%dT%H:%M:%S') AS {quoted}")
        else:
            parts.append(quoted)
    return f"SELECT {', '.join(parts)} FROM ({select})"


def _schema(spec: Spec, cols: list[tuple[str, str]], columns: dict[tuple[str, str], str]) -> dict[str, Any]:
    fields = []
    for name, kind in cols:
        entry: dict[str, Any] = {"name": name, "type": _TYPES.get(kind, "string"),
                                 "description": _field_description(spec, name, columns)}
        if name in spec.primary_key:
            entry["constraints"] = {"required": True, "unique": len(spec.primary_key) == 1}
        fields.append(entry)
    schema: dict[str, Any] = {"fields": fields}
    if spec.primary_key:
        schema["primaryKey"] = spec.primary_key
    if spec.foreign_keys:
        schema["foreignKeys"] = [{"fields": f, "reference": {"resource": r, "fields": rf}}
                                 for f, r, rf in spec.foreign_keys]
    return schema


def export_dataset(db_path: Path | str, out: Path | str, fmt: str = "csv") -> dict[str, Any]:
    """Write the dataset to `out` (replacing what the export wrote there before)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    # remove only what an earlier export wrote (in any format), nothing else of the folder
    for spec in SPECS:
        for ext in FORMATS:
            (out / f"{spec.name}.{ext}").unlink(missing_ok=True)
    parts = out / "results"
    if parts.is_dir() and all(p.name.startswith("year=") for p in parts.iterdir()):
        shutil.rmtree(parts)
    resources: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    with store.connect(db_path, read_only=True) as con:
        con.execute("SET threads = 1")  # one writer thread: same bytes every time
        table_comments, column_comments = _comments(con)
        for spec in SPECS:
            cols = _columns(con, spec.select)
            order = spec.order or (", ".join(spec.primary_key) if spec.primary_key else "ALL")
            counts[spec.name] = con.execute(f"SELECT count(*) FROM ({spec.select})").fetchone()[0]
            schema = _schema(spec, cols, column_comments)
            description = spec.description or table_comments.get(spec.name, "")
            if fmt == "parquet":
                resources.extend(_write_parquet(con, spec, out, order, schema, description))
                continue
            select = _text_select(spec.select, cols)
            path = f"{spec.name}.{fmt}"
            options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT json"
            con.execute(f"COPY ({select} ORDER BY {order}) TO {_sql_string(str(out / path))} ({options})")
            resource = {"name": spec.name.replace("_", "-"), "path": path, "format": fmt,
                        "description": description, "schema": schema}
            if fmt == "csv":
                resource.update(mediatype="text/csv", encoding="utf-8")
            else:
                resource.update(mediatype="application/x-ndjson", encoding="utf-8")
            resources.append(resource)
        meta = _metadata(con)
    # Frictionless resource names are lower-case with hyphens; the references must say so too
    for resource in resources:
        resource["profile"] = "tabular-data-resource"
        for fk in resource["schema"].get("foreignKeys", []):
            fk["reference"]["resource"] = fk["reference"]["resource"].replace("_", "-")
    package = {
        "profile": "tabular-data-package",
        "name": "ultrafacts",
        "title": "ultrafacts: ultrarunning results and records from the press",
        "description": ("Athletes, races, results and record claims extracted from ultrarunning news "
                        "articles, each fact traceable to its article and evidence sentence."),
        "version": meta["version"],
        "sources": [{"title": f"{o['outlet']} ({o['articles']} articles)"} for o in meta["outlets"]],
        "resources": resources,
    }
    (out / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    (out / "README.md").write_text(_readme(fmt, counts, resources, meta), encoding="utf-8")
    return {"resources": len(resources), "rows": sum(counts.values()), "counts": counts}


def _write_parquet(con: duckdb.DuckDBPyConnection, spec: Spec, out: Path, order: str,
                   schema: dict[str, Any], description: str) -> list[dict[str, Any]]:
    if spec.name != "results":
        path = f"{spec.name}.parquet"
        con.execute(f"COPY ({spec.select} ORDER BY {order}) TO {_sql_string(str(out / path))} "
                    "(FORMAT parquet, COMPRESSION zstd)")
        return [{"name": spec.name.replace("_", "-"), "path": path, "format": "parquet",
                 "mediatype": "application/vnd.apache.parquet", "description": description,
                 "schema": schema}]
    # results: Hive-partitioned by year (results/year=2016/data_0.parquet); each partition file
    # keeps its year column so that it is a complete table on its own, and is described as a
    # resource of its own because Frictionless cannot join Parquet parts into one resource.
    con.execute(f"COPY ({spec.select} ORDER BY {order}) TO {_sql_string(str(out / 'results'))} "
                "(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year), WRITE_PARTITION_COLUMNS true, "
                "FILENAME_PATTERN 'data_{i}')")
    found = []
    for part in sorted((out / "results").glob("year=*/*.parquet")):
        year = part.parent.name.split("=", 1)[1]
        found.append({"name": f"results-year-{year.lower()}", "path": part.relative_to(out).as_posix(),
                      "format": "parquet", "mediatype": "application/vnd.apache.parquet",
                      "description": f"{description} Partition year={year}.", "schema": schema})
    return found


def _metadata(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    outlets = [{"outlet": r[0], "articles": r[1], "loaded": r[2]} for r in con.execute(
        "SELECT coalesce(a.outlet, '?'), count(*), count(k.article_id) FROM articles a "
        "LEFT JOIN kb_loaded k ON k.article_id = a.id GROUP BY 1 ORDER BY 1").fetchall()]
    versions = [{"version": r[0], "articles": r[1]} for r in con.execute(
        "SELECT extractor_version, count(*) FROM kb_loaded GROUP BY 1 ORDER BY 1").fetchall()]
    last = con.execute("SELECT max(finished_at), count(*) FROM load_runs").fetchone()
    runs = con.execute("SELECT count(*), min(started_at), max(finished_at) FROM crawl_runs").fetchone()
    stamp = last[0].strftime("%Y-%m-%dT%H:%M:%S") if last[0] else "never"
    return {"outlets": outlets, "versions": versions, "last_load": stamp, "load_runs": last[1],
            "crawl_runs": runs[0], "version": stamp[:10].replace("-", ".") if last[0] else "0"}


def _readme(fmt: str, counts: dict[str, int], resources: list[dict[str, Any]],
            meta: dict[str, Any]) -> str:
    lines = [
        "# ultrafacts dataset",
        "",
        "Ultrarunning results and record claims extracted from news articles. Every fact row",
        "keeps the article it came from (`article_id`, see `articles`), the evidence sentence and",
        "its character offsets, and the extractor version.",
        "",
        f"- Format: {fmt}" + (" (results Hive-partitioned by year: `results/year=YYYY/`)" if fmt == "parquet" else ""),
        f"- Data as of the last load: {meta['last_load']} ({meta['load_runs']} loads, "
        f"{meta['crawl_runs']} crawl runs)",
        "- Schema, keys and column descriptions: `datapackage.json` (Frictionless Data).",
        "",
        "## Counts",
        "",
        "| table | rows | description |",
        "|---|---:|---|",
    ]
    descriptions = {}
    for resource in resources:
        descriptions.setdefault(resource["name"].split("-year-")[0].replace("-", "_"),
                                resource["description"].split(" Partition year=")[0])
    for name, count in counts.items():
        lines.append(f"| {name} | {count} | {descriptions.get(name, '')} |")
    lines += ["", "## Sources", "", "| outlet | articles | with facts loaded |", "|---|---:|---:|"]
    lines += [f"| {o['outlet']} | {o['articles']} | {o['loaded']} |" for o in meta["outlets"]]
    lines += ["", "## Extractor versions", "", "| version | articles |", "|---|---:|"]
    lines += [f"| {v['version']} | {v['articles']} |" for v in meta["versions"]] or ["| none | 0 |"]
    lines += ["", "## Reading it", "", "```sql",
              "-- DuckDB" if fmt != "parquet" else "-- DuckDB (the partitioned results as one table)",
              ("SELECT * FROM read_parquet('results/*/*.parquet', hive_partitioning = true);"
               if fmt == "parquet" else f"SELECT * FROM 'results.{fmt}';"),
              "```", ""]
    return "\n".join(lines)
