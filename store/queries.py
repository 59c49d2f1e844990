"""Read-side queries the dashboard and the export call; no SQL lives outside store/.

Items are merged across articles at ingest (store/items.py): the same statement reported by
three outlets is one item with three sources, so the dashboard and `talkswatch export` show the
same thing. A pane reads a page of items at a time, under a filter: full-text search (FTS5 over
the item text and the names involved) and an actor filter (items where the actor acts, or that
a source sentence mentions).
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

import sqlite_utils

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """One read transaction: every SELECT inside sees the same database, even while an ingest
    commits articles (WAL), so ids read by one query are there for the next."""
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def consistent(query: Callable[P, R]) -> Callable[P, R]:
    """Run a query made of several SELECTs on one snapshot (its first argument is the db)."""
    @functools.wraps(query)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with snapshot(args[0]):  # type: ignore[arg-type]
            return query(*args, **kwargs)
    return run


_TABLES = ("articles", "actors", "delegations", "statements", "demands", "military")


def article_count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


@consistent
def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of the tables a user cares about."""
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _TABLES}


# --- items ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """Where an item was read: the article (path relative to seeds) and the sentence."""

    article: str
    sentence: str
    sentence_id: int


@dataclass(frozen=True, slots=True)
class DelegationItem:
    key: str
    party: str
    venue: str | None
    date: str | None
    leader: str | None
    size: int | None
    members: tuple[tuple[str, str | None], ...]
    sources: tuple[Source, ...]
    origin: str = ""  # the first source's article (sources may be left unread)
    articles: int = 0  # how many articles it was read in


@dataclass(frozen=True, slots=True)
class StatementItem:
    key: str
    speaker: str | None
    kind: str
    text: str
    date: str | None
    sources: tuple[Source, ...]
    origin: str = ""  # the first source's article (sources may be left unread)
    articles: int = 0  # how many articles it was read in


@dataclass(frozen=True, slots=True)
class DemandItem:
    key: str
    party: str | None
    by: str | None
    text: str
    date: str | None
    sources: tuple[Source, ...]
    origin: str = ""  # the first source's article (sources may be left unread)
    articles: int = 0  # how many articles it was read in


@dataclass(frozen=True, slots=True)
class MilitaryItem:
    key: str
    actor: str | None
    text: str
    numbers: tuple[str, ...]
    date: str | None
    sources: tuple[Source, ...]
    origin: str = ""  # the first source's article (sources may be left unread)
    articles: int = 0  # how many articles it was read in


@dataclass(frozen=True, slots=True)
class ActorItem:
    key: str
    name: str
    kind: str
    side: str | None
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    mentions: int
    first_seen: str | None


@dataclass(frozen=True, slots=True)
class Filter:
    """What the user narrowed a pane to: search text and/or one actor (canonical name)."""

    search: str = ""
    actor: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.search.strip()) or self.actor is not None


NO_FILTER = Filter()


def fts_query(search: str) -> str | None:
    """A safe FTS5 query: every word of the search as a quoted prefix term, all required.

    User input never reaches FTS5 as syntax, so quotes, `*`, NEAR or brackets cannot error.
    """
    words = re.findall(r"\w+", search)
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words) or None


# --- panes -----------------------------------------------------------------------------------

PANE_NAMES = ("delegations", "statements", "demands", "military", "actors")
PAGE = 200  # items a pane holds at once; the rest stay in the database until scrolled to


@dataclass(frozen=True, slots=True)
class Page:
    """A window of a pane's items under a filter: items[0] is item number `offset` of
    `total`."""

    items: list[Any]
    total: int
    offset: int


def _item(pane: str, key: str, data: str, sources: tuple[Source, ...]) -> Any:
    d = json.loads(data)
    seen = (d.get("origin", ""), d.get("articles", 0))
    if pane == "statements":
        return StatementItem(key, d["speaker"], d["kind"], d["text"], d["date"], sources, *seen)
    if pane == "demands":
        return DemandItem(key, d["party"], d["by"], d["text"], d["date"], sources, *seen)
    if pane == "military":
        return MilitaryItem(key, d["actor"], d["text"], tuple(d["numbers"]), d["date"],
                            sources, *seen)
    if pane == "delegations":
        return DelegationItem(key, d["party"], d["venue"], d["date"], d["leader"], d["size"],
                              tuple((n, r) for n, r in d["members"]), sources, *seen)
    return ActorItem(key, d["name"], d["kind"], d["side"], tuple(d["roles"]),
                     tuple(d["aliases"]), d["mentions"], d["first_seen"])


def _where(pane: str, flt: Filter) -> tuple[str, list[Any]]:
    """The filter as SQL over `items i`: full-text search over the item's text and the names
    it involves (FTS5, every word a prefix), and the actor filter (the item's actor, party,
    leader or members, or an actor named in one of its source sentences; on the actors pane,
    the actor and everyone it shares a sentence with)."""
    clauses, params = ["i.pane = ?"], [pane]
    query = fts_query(flt.search)
    if query is not None:
        clauses.append("i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
        params.append(query)
    if flt.actor is not None:
        clauses.append("i.id IN (SELECT item_id FROM item_actors WHERE actor_id IN "
                       "(SELECT id FROM actors WHERE name = ?))")
        params.append(flt.actor)
    return " AND ".join(clauses), params


def _order(pane: str, flt: Filter) -> tuple[str, list[Any]]:
    if pane == "actors" and flt.actor is not None:  # the filtered actor first
        return "i.key != ?, i.sort", [flt.actor]
    return "i.sort", []


def _total(db: sqlite_utils.Database, pane: str, flt: Filter) -> int:
    if not flt.active or fts_query(flt.search) is None and flt.actor is None:
        row = db.execute("SELECT value FROM meta WHERE key = 'item_counts'").fetchone()
        if row is not None:
            return int(json.loads(row[0]).get(pane, 0))
    where, params = _where(pane, flt)
    return int(db.execute(f"SELECT COUNT(*) FROM items i WHERE {where}", params).fetchone()[0])


def _sources_of(db: sqlite_utils.Database,
                item_ids: list[int] | None) -> dict[int, tuple[Source, ...]]:
    """The sources of the given items (all items when None), in display order."""
    sql = ("SELECT src.item_id, ar.path, se.text, src.sentence_id FROM item_sources src "
           "JOIN articles ar ON ar.id = src.article_id "
           "JOIN sentences se ON se.id = src.sentence_id ")
    params: list[Any] = []
    if item_ids is not None:
        sql += "WHERE src.item_id IN (SELECT value FROM json_each(?)) "
        params.append(json.dumps(item_ids))
    out: dict[int, list[Source]] = defaultdict(list)
    for item_id, path, text, sentence_id in db.execute(sql + "ORDER BY src.item_id, src.ord",
                                                        params):
        out[item_id].append(Source(path, text, sentence_id))
    return {k: tuple(v) for k, v in out.items()}


@consistent
def page(db: sqlite_utils.Database, pane: str, flt: Filter = NO_FILTER, offset: int = 0,
         limit: int | None = PAGE) -> Page:
    """Items `offset` to `offset + limit` of a pane (all of them, with their sources, when
    limit is None), in the pane's order, under the filter. A window's items come without
    their sources (an item read in 300 articles has 300): `item_sources` reads them."""
    where, params = _where(pane, flt)
    order, order_params = _order(pane, flt)
    total = _total(db, pane, flt)
    offset = max(0, min(offset, total - (limit or 0))) if limit is not None else 0
    sql = f"SELECT i.id, i.key, i.data FROM items i WHERE {where} ORDER BY {order}"
    args = params + order_params
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    rows = db.execute(sql, args).fetchall()
    sources = _sources_of(db, None) if limit is None else {}
    return Page([_item(pane, key, data, sources.get(item_id, ())) for item_id, key, data in rows],
                total, offset)


@consistent
def item_sources(db: sqlite_utils.Database, pane: str, key: str,
                 limit: int = 100) -> tuple[list[SourceContext], int]:
    """The first `limit` sources of an item, each sentence in its paragraph, and how many
    sources it has in all."""
    row = db.execute("SELECT id FROM items WHERE pane = ? AND key = ?", [pane, key]).fetchone()
    if row is None:
        return [], 0
    total = db.execute("SELECT COUNT(*) FROM item_sources WHERE item_id = ?",
                       [row[0]]).fetchone()[0]
    out = []
    for (sentence_id,) in db.execute("SELECT sentence_id FROM item_sources WHERE item_id = ? "
                                     "ORDER BY ord LIMIT ?", [row[0], limit]).fetchall():
        ctx = source_context(db, sentence_id)
        if ctx is not None:
            out.append(ctx)
    return out, int(total)


@consistent
def locate(db: sqlite_utils.Database, pane: str, flt: Filter, key: str) -> int | None:
    """Where an item stands in a pane under a filter (None when the filter hides it), so a
    reload can keep the cursor on it."""
    where, params = _where(pane, flt)
    row = db.execute(f"SELECT i.sort FROM items i WHERE {where} AND i.key = ?",
                     [*params, key]).fetchone()
    if row is None:
        return None
    if pane == "actors" and flt.actor is not None:
        if key == flt.actor:
            return 0
        first = db.execute("SELECT 1 FROM items i WHERE i.pane = 'actors' AND i.key = ?",
                           [flt.actor]).fetchone() is not None
        before = db.execute(f"SELECT COUNT(*) FROM items i WHERE {where} AND i.sort < ? "
                            "AND i.key != ?", [*params, row[0], flt.actor]).fetchone()[0]
        return int(before) + int(first)
    return int(db.execute(f"SELECT COUNT(*) FROM items i WHERE {where} AND i.sort < ?",
                          [*params, row[0]]).fetchone()[0])


def statements(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[StatementItem]:
    """Statements merged by speaker, kind and text; chronological."""
    return page(db, "statements", flt, limit=None).items


def demands(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[DemandItem]:
    """Demands merged by party and text; chronological."""
    return page(db, "demands", flt, limit=None).items


def military(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[MilitaryItem]:
    """Military events merged by actor, text and date; chronological."""
    return page(db, "military", flt, limit=None).items


def delegations(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[DelegationItem]:
    """Delegations merged per party and meeting (venue and date); chronological."""
    return page(db, "delegations", flt, limit=None).items


def actors(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[ActorItem]:
    """Actors, most mentioned first; under an actor filter, that actor and who shares its
    sentences."""
    return page(db, "actors", flt, limit=None).items


# --- detail ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceContext:
    """A source sentence in its paragraph, for the detail view; offsets are into `paragraph`."""

    article: str
    title: str | None
    published: str | None
    paragraph: str
    start: int
    end: int


@consistent
def source_context(db: sqlite_utils.Database, sentence_id: int) -> SourceContext | None:
    """The paragraph around a sentence, with the sentence's place in it."""
    row = db.execute(
        'SELECT s.article_id, s.paragraph, s.start, s."end", a.path, a.title, a.published, '
        "a.body FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.id = ?",
        [sentence_id]).fetchone()
    if row is None:
        return None
    article_id, paragraph, start, end, path, title, published, body = row
    lo, hi = db.execute(
        'SELECT MIN(start), MAX("end") FROM sentences WHERE article_id = ? AND paragraph = ?',
        [article_id, paragraph]).fetchone()
    return SourceContext(path, title, published, body[lo:hi], start - lo, end - lo)


@dataclass(frozen=True, slots=True)
class MentionContext:
    """One mention of an actor: the sentence it is in, with the mention's span in it."""

    article: str
    published: str | None
    sentence_id: int
    sentence: str
    start: int
    end: int


def actor_mentions(db: sqlite_utils.Database, name: str,
                   limit: int = 500) -> list[MentionContext]:
    """Every mention of an actor (up to limit), chronological by article."""
    return [MentionContext(*r) for r in db.execute(
        'SELECT ar.path, ar.published, s.id, s.text, m.start - s.start, m."end" - s.start '
        "FROM mentions m JOIN article_actors aa ON aa.id = m.article_actor_id "
        "JOIN actors a ON a.id = aa.actor_id JOIN sentences s ON s.id = m.sentence_id "
        "JOIN articles ar ON ar.id = m.article_id WHERE a.name = ? "
        "ORDER BY ar.published IS NULL, ar.published, ar.path, m.start LIMIT ?",
        [name, limit])]


def mention_count(db: sqlite_utils.Database, name: str) -> int:
    return int(db.execute(
        "SELECT COUNT(*) FROM mentions m JOIN article_actors aa ON aa.id = m.article_actor_id "
        "JOIN actors a ON a.id = aa.actor_id WHERE a.name = ?", [name]).fetchone()[0])


def row_actor(item: Any) -> str | None:
    """The actor an item is mainly about, for the dashboard's "filter by actor" key."""
    for attr in ("name", "speaker", "by", "leader", "actor", "party"):
        value = getattr(item, attr, None)
        if value:
            return str(value)
    return None


# --- ingest report ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IngestRun:
    """One ingest as it was recorded: when, from where, its counts and its printed report."""

    started: str
    finished: str
    seeds: str
    counts: dict[str, int]
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What the last ingest did with one file of the seeds folder, and why."""

    path: str
    outcome: str  # added | changed | unchanged | removed | skipped | failed
    reason: str | None


# problems first: what the user has to act on, then what changed, then the quiet majority
_OUTCOME_ORDER = {"failed": 0, "skipped": 1, "added": 2, "changed": 3, "removed": 4,
                  "unchanged": 5}


def last_run(db: sqlite_utils.Database) -> IngestRun | None:
    row = db.execute("SELECT started, finished, seeds, summary, lines FROM ingest_runs "
                     "ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return IngestRun(row[0], row[1], row[2], json.loads(row[3]), tuple(json.loads(row[4])))


def file_outcomes(db: sqlite_utils.Database) -> list[FileOutcome]:
    """Every file the last ingest saw, problems first."""
    rows = [FileOutcome(*r) for r in db.execute(
        "SELECT path, outcome, reason FROM ingest_files")]
    return sorted(rows, key=lambda f: (_OUTCOME_ORDER.get(f.outcome, 9), f.path))
