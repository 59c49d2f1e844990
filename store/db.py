"""The SQLite schema and connection settings.

Every extracted row hangs off its article with ON DELETE CASCADE, so replacing or removing an
article is one DELETE inside the article's transaction and never leaves orphans.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 3
DEFAULT_DB = Path("talkswatch.db")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,          -- relative to the seeds folder
    title TEXT,
    published TEXT,                     -- ISO date or NULL
    dateline TEXT,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime REAL NOT NULL,
    words INTEGER NOT NULL,
    body TEXT NOT NULL,                 -- the text every offset points into
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article_id, idx)
);
CREATE TABLE IF NOT EXISTS actors (    -- canonical actors, rebuilt by merging after each ingest
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    side TEXT,
    roles TEXT NOT NULL DEFAULT '[]',   -- JSON list
    mentions INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
CREATE TABLE IF NOT EXISTS article_actors (  -- one actor as seen inside one article
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_key INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    side TEXT,
    roles TEXT NOT NULL DEFAULT '[]',
    aliases TEXT NOT NULL DEFAULT '[]',
    mentions INTEGER NOT NULL DEFAULT 0,
    actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    UNIQUE (article_id, local_key)
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    article_actor_id INTEGER NOT NULL REFERENCES article_actors(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES article_actors(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('quote', 'reported')),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    date TEXT,
    nkey TEXT NOT NULL DEFAULT ''       -- rows.norm(text): the merge key (schema 3)
);
CREATE TABLE IF NOT EXISTS demands (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    party TEXT,
    by_id INTEGER REFERENCES article_actors(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    cue TEXT NOT NULL,
    date TEXT,
    nkey TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS military (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES article_actors(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    numbers TEXT NOT NULL DEFAULT '[]', -- JSON list of "41 bombers"
    date TEXT,
    nkey TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS delegations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    leader_id INTEGER REFERENCES article_actors(id) ON DELETE CASCADE,
    size INTEGER,
    venue TEXT,
    date TEXT
);
CREATE TABLE IF NOT EXISTS delegation_members (
    delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    article_actor_id INTEGER NOT NULL REFERENCES article_actors(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    role TEXT,
    PRIMARY KEY (delegation_id, article_actor_id)
);
CREATE INDEX IF NOT EXISTS idx_sentences_article ON sentences(article_id);
CREATE INDEX IF NOT EXISTS idx_article_actors_actor ON article_actors(actor_id);
CREATE INDEX IF NOT EXISTS idx_article_actors_article ON article_actors(article_id);
CREATE INDEX IF NOT EXISTS idx_mentions_actor ON mentions(article_actor_id);
CREATE INDEX IF NOT EXISTS idx_mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS idx_statements_article ON statements(article_id);
CREATE INDEX IF NOT EXISTS idx_demands_article ON demands(article_id);
CREATE INDEX IF NOT EXISTS idx_military_article ON military(article_id);
CREATE INDEX IF NOT EXISTS idx_delegations_article ON delegations(article_id);
CREATE INDEX IF NOT EXISTS idx_aliases_alias ON aliases(alias);
"""

# schema 2: the ingest report, kept for the dashboard's report view
_RUNS = """
CREATE TABLE IF NOT EXISTS ingest_runs (    -- one row per ingest, newest kept (schema 2)
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT NOT NULL,
    seeds TEXT NOT NULL,
    summary TEXT NOT NULL,              -- JSON counts: added, changed, removed, ...
    lines TEXT NOT NULL                 -- JSON list: the report as `talkswatch ingest` prints it
);
CREATE TABLE IF NOT EXISTS ingest_files (   -- every file of the last ingest and what became of it
    path TEXT PRIMARY KEY,              -- relative to the seeds folder
    outcome TEXT NOT NULL CHECK (outcome IN
        ('added', 'changed', 'unchanged', 'removed', 'skipped', 'failed')),
    reason TEXT,
    at TEXT NOT NULL
);
"""

# schema 3: what the panes show, merged across articles once per ingest instead of on every
# read, so a pane reads one page of rows in order and never the whole store
_ITEMS = """
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    pane TEXT NOT NULL,                 -- delegations | statements | demands | military | actors
    key TEXT NOT NULL,                  -- the merge key, unique in its pane
    sort TEXT NOT NULL,                 -- the pane's order as one comparable string
    data TEXT NOT NULL                  -- JSON: the item's fields, sources apart
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_items_key ON items(pane, key);
CREATE INDEX IF NOT EXISTS idx_items_sort ON items(pane, sort);
CREATE TABLE IF NOT EXISTS item_sources (  -- where each item was read, in display order
    item_id INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    sentence_id INTEGER NOT NULL,
    PRIMARY KEY (item_id, ord)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS item_actors (   -- actors an item involves, for the actor filter
    actor_id INTEGER NOT NULL,
    item_id INTEGER NOT NULL,
    PRIMARY KEY (actor_id, item_id)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(body, tokenize='porter', content='');
CREATE INDEX IF NOT EXISTS idx_mentions_sentence ON mentions(sentence_id);
CREATE INDEX IF NOT EXISTS idx_actors_name ON actors(name)
"""

_TO_V3 = """
DROP TRIGGER IF EXISTS statements_ai;
DROP TRIGGER IF EXISTS statements_ad;
DROP TRIGGER IF EXISTS statements_au;
DROP TRIGGER IF EXISTS demands_ai;
DROP TRIGGER IF EXISTS demands_ad;
DROP TRIGGER IF EXISTS demands_au;
DROP TRIGGER IF EXISTS military_ai;
DROP TRIGGER IF EXISTS military_ad;
DROP TRIGGER IF EXISTS military_au;
DROP TABLE IF EXISTS statements_fts;
DROP TABLE IF EXISTS demands_fts;
DROP TABLE IF EXISTS military_fts;
ALTER TABLE statements ADD COLUMN nkey TEXT NOT NULL DEFAULT '';
ALTER TABLE demands ADD COLUMN nkey TEXT NOT NULL DEFAULT '';
ALTER TABLE military ADD COLUMN nkey TEXT NOT NULL DEFAULT ''
"""

# DDL that brings a database from version N to N + 1, run in one transaction; a fresh database
# gets the whole schema at once instead
_MIGRATIONS: dict[int, str] = {
    1: _RUNS,
    2: _TO_V3 + ";" + _ITEMS,  # then _to_v3 fills the new columns and tables
}


class StoreError(Exception):
    """A database talkswatch cannot use, with a message that says what to do."""


def open_db(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a talkswatch database with WAL, foreign keys and FTS."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA busy_timeout=30000")
    try:
        version = _schema_version(db, path)  # refuse another's database before changing it
        _use_wal(db)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise StoreError(f"{path} stayed locked by another program; try again") from exc
        raise StoreError(f"{path} is not a SQLite database ({exc}); "
                         "pass another --db path") from exc
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=NORMAL")
    try:
        _ensure_schema(db, path, version)
    except BaseException:
        conn.close()  # a refused or failed migration leaves no connection open on the file
        raise
    return db


def _use_wal(db: sqlite_utils.Database) -> None:
    """Switch to WAL once; the switch can report "locked" at once (no busy wait) while another
    connection creates the file, so it is retried for a while."""
    for attempt in range(200):
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 199:
                raise
            time.sleep(0.05)


def _schema_version(db: sqlite_utils.Database, path: Path) -> int | None:
    """The stored schema version, None for an empty file; refuses what is not ours."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and "meta" not in tables:
        raise StoreError(f"{path} holds tables that are not talkswatch's; "
                         "pass another --db path")
    if "meta" not in tables:
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _ensure_schema(db: sqlite_utils.Database, path: Path, version: int | None) -> None:
    """Create or bring up to date the schema, in one transaction, safe against other
    processes and threads opening the same file at the same moment."""
    if version == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = _schema_version(db, path)  # another connection may have just done it
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(f"{path} was written by a newer talkswatch (schema {version}); "
                             "upgrade talkswatch")
        if version is None:
            _create(db)
        elif version != SCHEMA_VERSION:
            _migrate(db, path, version)
        if version != SCHEMA_VERSION:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                       [str(SCHEMA_VERSION)])
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _create(db: sqlite_utils.Database) -> None:
    for statement in _statements(_SCHEMA + ";" + _RUNS + ";" + _ITEMS):
        db.execute(statement)


def _migrate(db: sqlite_utils.Database, path: Path, version: int) -> None:
    """Step an older database up to SCHEMA_VERSION inside the caller's transaction, so a failed
    migration leaves the old database as it was."""
    if version not in _MIGRATIONS:
        raise StoreError(
            f"{path} comes from a talkswatch too old to upgrade (schema {version}). Everything "
            f"in it is read from the seeds folder, so delete it (and any {path.name}-wal and "
            f"{path.name}-shm beside it) and run `talkswatch ingest` to rebuild it")
    for step in range(version, SCHEMA_VERSION):
        for statement in _statements(_MIGRATIONS[step]):
            db.execute(statement)
        if step == 2:
            _to_v3(db.conn)


def _to_v3(conn: sqlite3.Connection) -> None:
    """Schema 3 keeps each row's merge key and the merged pane items: fill both from what the
    database holds, so an upgraded database shows the same panes without a re-ingest."""
    from store.items import rebuild_items  # the item builder needs the schema defined here
    from store.rows import norm

    for table in ("statements", "demands", "military"):
        conn.executemany(f"UPDATE {table} SET nkey = ? WHERE id = ?",
                         [(norm(text), rid) for rid, text in
                          conn.execute(f"SELECT id, text FROM {table}").fetchall()])
    rebuild_items(conn)


def _statements(script: str) -> list[str]:
    """The statements of a DDL script (no statement in it contains a semicolon)."""
    lines = [line.split("--")[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def in_transaction(conn: sqlite3.Connection,
                   work: Callable[[sqlite3.Connection], object]) -> None:
    """Run work in one write transaction: all of it lands, or none of it. Called inside a
    transaction, the work joins it (so several steps can land together)."""
    if conn.in_transaction:
        work(conn)
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        work(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
