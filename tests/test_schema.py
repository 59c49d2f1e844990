"""Schema versioning: the database records its version, an older one is migrated in one
transaction, and what talkswatch cannot use is refused with a message saying what to do."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import store.db as db_mod
from store import queries
from store.db import SCHEMA_VERSION, StoreError, open_db
from store.ingest import ingest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
V1 = FIXTURES / "schema_v1.db"  # written by talkswatch 0.1.0 (schema 1) from the article below
V1_ARTICLE = FIXTURES / "schema_v1_article.txt"


def _version(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    finally:
        conn.close()


def _write(path: Path, *statements: str) -> None:
    """Change a database behind talkswatch's back, as another program or version would."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_new_database_records_the_current_version(tmp_path: Path) -> None:
    open_db(tmp_path / "t.db").conn.close()
    assert _version(tmp_path / "t.db") == str(SCHEMA_VERSION) == "3"


def test_a_schema_1_database_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    db_path = tmp_path / "old.db"
    shutil.copyfile(V1, db_path)
    assert _version(db_path) == "1" and "ingest_runs" not in _tables(db_path)
    db = open_db(db_path)
    try:
        assert [s.speaker for s in queries.statements(db)] == ["Rustem Umerov"]
        assert queries.last_run(db) is None and queries.file_outcomes(db) == []
    finally:
        db.conn.close()
    assert _version(db_path) == "3" and {"ingest_runs", "ingest_files"} <= _tables(db_path)
    assert {"items", "item_sources", "item_actors", "items_fts"} <= _tables(db_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copyfile(V1_ARTICLE, seeds / "one.txt")
    report = ingest(seeds, db_path)  # same content: recognised by its hash, not re-read
    assert report.skip_reasons == {"one.txt": "unchanged"}


def test_a_failed_migration_leaves_the_old_database_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "old.db"
    shutil.copyfile(V1, db_path)
    monkeypatch.setitem(db_mod._MIGRATIONS, 1,
                        db_mod._MIGRATIONS[1] + ";\nCREATE TABLE broken (x BOGUS_SYNTAX(")
    with pytest.raises(sqlite3.OperationalError):
        open_db(db_path)
    assert _version(db_path) == "1" and "ingest_runs" not in _tables(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 1
    conn.close()


def test_a_database_from_a_newer_talkswatch_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "t.db"
    open_db(db_path).conn.close()
    _write(db_path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer talkswatch.*upgrade talkswatch"):
        open_db(db_path)


def test_a_database_too_old_to_migrate_says_how_to_rebuild_it(tmp_path: Path) -> None:
    db_path = tmp_path / "t.db"
    _write(db_path, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
           "CREATE TABLE articles (id INTEGER PRIMARY KEY)")
    with pytest.raises(StoreError, match="delete it.*talkswatch ingest"):
        open_db(db_path)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    db_path = tmp_path / "t.db"
    db_path.write_bytes(b"hello, not a database\n" * 100)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_db(db_path)
    assert db_path.read_bytes() == before


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    db_path = tmp_path / "t.db"
    _write(db_path, "CREATE TABLE notes (body TEXT)")
    with pytest.raises(StoreError, match="not talkswatch's"):
        open_db(db_path)
    assert _tables(db_path) == {"notes"}
