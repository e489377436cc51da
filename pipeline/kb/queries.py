"""Named queries: `queries/*.sql` files with a header that says what they take.

Header (leading `--` comment lines):

    -- title: Course-record progression for a race
    -- description: Every course record claimed for the race, oldest first ...
    -- param: race VARCHAR = 'Western States 100' -- race name, alias or id

Parameters are bound by DuckDB as `$name`; their values never become SQL text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from pipeline.kb.load import to_arrow

QUERIES_PACKAGE = "queries"
NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_PARAM = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s+(?P<type>[A-Za-z]+)\s*(?:=\s*(?P<default>'(?:[^']|'')*'|[^\s-][^\s]*))?"
    r"\s*(?:--\s*(?P<help>.*))?$"
)
TYPES = {"VARCHAR": str, "INTEGER": int, "BIGINT": int, "DOUBLE": float, "BOOLEAN": bool, "DATE": str}


class QueryError(ValueError):
    """A named query cannot run as asked (unknown name, bad or missing parameter)."""


@dataclass
class Param:
    name: str
    type: str
    default: Any = None
    required: bool = True
    help: str = ""

    def convert(self, text: str) -> Any:
        if text.upper() == "NULL":
            return None
        kind = TYPES.get(self.type.upper(), str)
        try:
            if kind is bool:
                if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                    raise ValueError(text)
                return text.lower() in ("true", "1", "yes")
            return kind(text)
        except ValueError:
            raise QueryError(f"parameter {self.name} must be {self.type}, not {text!r}") from None


@dataclass
class NamedQuery:
    name: str
    title: str
    description: str
    sql: str
    params: list[Param] = field(default_factory=list)

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Parameter values for DuckDB: given ones converted to their type, else defaults."""
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            names = ", ".join(sorted(known)) or "none"
            raise QueryError(f"query {self.name} has no parameter {unknown[0]!r} (parameters: {names})")
        values = {}
        for param in self.params:
            if param.name in given:
                values[param.name] = param.convert(given[param.name])
            elif param.required:
                raise QueryError(f"query {self.name} needs --param {param.name}=<{param.type}>")
            else:
                values[param.name] = param.default
        # DuckDB rejects values for names the SQL does not use
        return {k: v for k, v in values.items() if re.search(rf"\${k}\b", self.sql)}


def _literal(text: str | None, type_: str) -> tuple[Any, bool]:
    if text is None:
        return None, True
    if text.upper() == "NULL":
        return None, False
    if text.startswith("'"):
        return text[1:-1].replace("''", "'"), False
    return Param(name="default", type=type_).convert(text), False


def parse(name: str, text: str) -> NamedQuery:
    """Read a query file's header."""
    title, description, params = name, [], []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("--"):
            break
        body = stripped[2:].strip()
        key, _, value = body.partition(":")
        key = key.strip().lower()
        if key == "title":
            title = value.strip()
        elif key == "description":
            description.append(value.strip())
        elif key == "param":
            match = _PARAM.match(value.strip())
            if not match:
                raise QueryError(f"query {name}: cannot read parameter line {value.strip()!r}")
            default, required = _literal(match.group("default"), match.group("type"))
            params.append(Param(match.group("name"), match.group("type").upper(), default, required,
                                (match.group("help") or "").strip()))
        elif description and key not in ("title", "param"):
            description.append(body)  # continuation line of the description
    return NamedQuery(name, title, " ".join(description), text, params)


def available() -> dict[str, NamedQuery]:
    """Every named query shipped in the `queries` package, by name."""
    found = {}
    for entry in resources.files(QUERIES_PACKAGE).iterdir():
        if entry.name.endswith(".sql"):
            name = entry.name[:-4]
            found[name] = parse(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def is_name(text: str) -> bool:
    """A bare identifier names a query; anything else is SQL text."""
    return bool(NAME_RE.match(text.strip()))


# Other names callers use for the same queries (`ultrafacts run --show` asks for these).
ALIASES = {"winners_by_year": "race_winners", "course_record_progression": "record_progression"}


def get(name: str) -> NamedQuery:
    queries = available()
    name = ALIASES.get(name, name)
    if name not in queries:
        raise QueryError(f"unknown query {name!r} (see `ultrafacts query --list`)")
    return queries[name]


def run_named_query(db_path: Path | str, name: str,
                    params: dict[str, Any] | None = None) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of a named query on the store at `db_path`, opened read-only."""
    from pipeline import store

    query = get(name)
    given = {k: "NULL" if v is None else str(v) for k, v in (params or {}).items()}
    with store.connect(db_path, read_only=True) as con:
        table = to_arrow(con, query.sql, query.bind(given))
    columns = table.column_names
    return columns, [tuple(row[c] for c in columns) for row in table.to_pylist()]


def run(con: duckdb.DuckDBPyConnection, text: str, params: dict[str, str] | None = None) -> pa.Table:
    """Run a named query (bare name) or SQL text; return its rows as Arrow."""
    params = params or {}
    if is_name(text):
        query = get(text.strip())
        return to_arrow(con, query.sql, query.bind(params))
    if params:
        # SQL text may use $name parameters too; values are strings there
        return to_arrow(con, text, dict(params))
    return to_arrow(con, text)
