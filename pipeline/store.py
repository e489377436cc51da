"""The DuckDB store: one file, versioned schema, one writer at a time.

DuckDB lets one process open a file for writing and then no other process may open it at
all, so writers keep the file open only for the length of one transaction (a batch of
articles, one load) and hold an advisory lock file for the length of their whole run. Readers
open read-only and retry briefly while a writer's transaction is in flight.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import time
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import duckdb

DEFAULT_DB = Path("data/ultrafacts.duckdb")
MIGRATIONS_PACKAGE = "pipeline.migrations"
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


class StoreBusy(RuntimeError):
    """Another process is writing to the store."""


class StoreError(RuntimeError):
    """The store file cannot be used (not a DuckDB file, newer schema, ...)."""


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped with the package, in order."""
    found = []
    for entry in resources.files(MIGRATIONS_PACKAGE).iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every shipped migration the file lacks, in order, each in its own transaction;
    return their names. Missing versions below the newest applied one are applied too, so
    migrations written on parallel branches all land."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT now())"
    )
    applied_versions = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    shipped = migrations()
    newest = shipped[-1][0] if shipped else 0
    current = max(applied_versions, default=0)
    if current > newest:
        raise StoreError(
            f"store schema is version {current}, newer than this ultrafacts ({newest}); upgrade ultrafacts"
        )
    applied = []
    for version, name, sql in shipped:
        if version in applied_versions:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _missing_migrations(con: duckdb.DuckDBPyConnection) -> bool:
    if not schema_version(con):
        return True
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    return any(version not in applied for version, _, _ in migrations())


def _is_lock_conflict(exc: Exception) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


def _open(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_conflict(exc):
                raise StoreError(f"{path}: cannot open store ({str(exc).splitlines()[0]})") from None
            if time.monotonic() >= deadline:
                raise StoreBusy(f"{path}: store is busy (another process is writing); try again") from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: not a usable DuckDB store ({str(exc).splitlines()[0]})") from None


@contextlib.contextmanager
def connect(
    path: Path | str = DEFAULT_DB, *, read_only: bool = False, wait: float = 30.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the store, migrated to the current schema when opened for writing.

    Keep it open only briefly: while it is open no other process can open the file.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no store here yet (run `ultrafacts crawl` or `ultrafacts run` first)")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, read_only, wait)
    if read_only and _missing_migrations(con):
        # A store written by an older ultrafacts: bring its schema up to date before reading.
        con.close()
        writer = _open(path, False, wait)
        try:
            migrate(writer)
        finally:
            writer.close()
        con = _open(path, read_only, wait)
    try:
        if not read_only:
            migrate(con)
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def exclusive_file_lock(lock_path: Path, label: str, busy: Callable[[str], Exception]) -> Iterator[None]:
    """Hold an advisory flock on `lock_path` (released by the kernel if the process dies);
    raise `busy(holder)` at once when another process holds it. The file names the holder."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_path, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            raise busy(handle.read().strip() or "another process") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} {label}".strip())
        handle.flush()
        yield
    finally:
        handle.close()


def writer_lock(path: Path | str = DEFAULT_DB, *, command: str = "") -> contextlib.AbstractContextManager[None]:
    """Hold the store's writer lock for a whole run; raise StoreBusy if another writer has it."""
    path = Path(path)
    return exclusive_file_lock(
        path.with_name(path.name + ".lock"),
        command,
        lambda holder: StoreBusy(f"{path}: store is busy ({holder} is writing); try again when it ends"),
    )


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, or ROLLBACK on any error."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
