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
PAGE = 60  # items a pane holds at once (more than the tallest pane shows); the rest stay stored


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


def _range(db: sqlite_utils.Database, pane: str) -> tuple[int, int]:
    """The pane's run of item ids (see store/items.py); (1, 0) when it has none."""
    row = db.execute("SELECT value FROM meta WHERE key = 'item_ranges'").fetchone()
    lo, hi = json.loads(row[0]).get(pane, (1, 0)) if row else (1, 0)
    return int(lo), int(hi)


def _ids(db: sqlite_utils.Database, pane: str, flt: Filter) -> tuple[str, list[Any]]:
    """SQL for the ids of the pane's items that pass the filter, as column `id` in the pane's
    order (ids are in pane order), with `?` bounds last: lowest and highest id wanted.

    Search is FTS5 over the item's text and the names it involves, every word a prefix; the
    actor filter keeps items where the actor acts, is the party, or is named in a source
    sentence (on the actors pane: the actor and everyone it shares a sentence with).
    """
    query = fts_query(flt.search)
    actor = ("SELECT item_id FROM item_actors WHERE actor_id = "
             "(SELECT id FROM actors WHERE name = ?) AND item_id BETWEEN ? AND ?")
    if query is not None and flt.actor is not None:
        return (f"SELECT rowid AS id FROM items_fts WHERE items_fts MATCH ? AND rowid IN "
                f"({actor}) AND rowid BETWEEN ? AND ?", [query, flt.actor, *_range(db, pane)])
    if query is not None:
        return ("SELECT rowid AS id FROM items_fts WHERE items_fts MATCH ? "
                "AND rowid BETWEEN ? AND ?", [query])
    if flt.actor is not None:
        return actor.replace("SELECT item_id", "SELECT item_id AS id"), [flt.actor]
    return "SELECT id FROM items WHERE id BETWEEN ? AND ?", []


def _count(db: sqlite_utils.Database, pane: str, flt: Filter, below: int | None = None) -> int:
    """How many of the pane's items pass the filter (with ids below `below`, if given)."""
    lo, hi = _range(db, pane)
    hi = hi if below is None else min(hi, below - 1)
    if fts_query(flt.search) is None and flt.actor is None:
        return max(0, hi - lo + 1)
    sql, params = _ids(db, pane, flt)
    return int(db.execute(f"SELECT COUNT(*) FROM ({sql})", [*params, lo, hi]).fetchone()[0])


def _first_actor_order(db: sqlite_utils.Database, flt: Filter) -> list[int]:
    """The actors pane under an actor filter: that actor first, then the pane's order."""
    sql, params = _ids(db, "actors", flt)
    ids = [r[0] for r in db.execute(sql + " ORDER BY 1", [*params, *_range(db, "actors")])]
    first = db.execute("SELECT id FROM items WHERE pane = 'actors' AND key = ?",
                       [flt.actor]).fetchone()
    if first is not None and first[0] in ids:
        ids.remove(first[0])
        ids.insert(0, first[0])
    return ids


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
         limit: int | None = PAGE, count: bool = True) -> Page:
    """Items `offset` to `offset + limit` of a pane (all of them, with their sources, when
    limit is None), in the pane's order, under the filter. A window's items come without
    their sources (an item read in 300 articles has 300): `item_sources` reads them.

    The window is read in id order and stops after `limit` items; counting every match of a
    broad search is the slow part, so count=False leaves total at -1 when the window is not
    the last (`count` reads it later)."""
    if pane == "actors" and flt.actor is not None:
        ids = _first_actor_order(db, flt)
        total = len(ids)
        offset = max(0, min(offset, total - (limit or total)))
        ids = ids[offset:offset + limit] if limit is not None else ids
    else:
        lo, hi = _range(db, pane)
        sql, params = _ids(db, pane, flt)
        if limit is None:
            ids = [r[0] for r in db.execute(sql + " ORDER BY 1", [*params, lo, hi])]
            total = len(ids)
        else:
            broad = fts_query(flt.search) is not None or flt.actor is not None
            total = _count(db, pane, flt) if count or not broad else -1
            if total >= 0:
                offset = max(0, min(offset, total - limit))
            skip = max(0, offset)
            if not broad:  # ids run without gaps: the window is an id range
                lo, skip = lo + skip, 0
            ids = [r[0] for r in db.execute(sql + " ORDER BY 1 LIMIT ? OFFSET ?",
                                            [*params, lo, hi, limit, skip])]
            if total < 0 and len(ids) < limit:  # the last window: its size gives the count
                if not ids and offset > 0:
                    return page(db, pane, flt, offset, limit, count=True)
                total = offset + len(ids)
    data = dict(db.execute("SELECT id, json_array(key, data) FROM items WHERE id IN "
                           "(SELECT value FROM json_each(?))", [json.dumps(ids)]).fetchall())
    sources = _sources_of(db, None) if limit is None else {}
    items = []
    for item_id in ids:
        key, fields = json.loads(data[item_id])
        items.append(_item(pane, key, fields, sources.get(item_id, ())))
    return Page(items, total, max(0, offset))


def count(db: sqlite_utils.Database, pane: str, flt: Filter = NO_FILTER) -> int:
    """How many items of the pane pass the filter."""
    if pane == "actors" and flt.actor is not None:
        return len(_first_actor_order(db, flt))
    return _count(db, pane, flt)


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
    row = db.execute("SELECT id FROM items WHERE pane = ? AND key = ?", [pane, key]).fetchone()
    if row is None:
        return None
    if pane == "actors" and flt.actor is not None:
        ids = _first_actor_order(db, flt)
        return ids.index(row[0]) if row[0] in ids else None
    if fts_query(flt.search) is not None or flt.actor is not None:
        sql, params = _ids(db, pane, flt)
        if db.execute(f"SELECT 1 FROM ({sql})", [*params, row[0], row[0]]).fetchone() is None:
            return None
    return _count(db, pane, flt, below=row[0])


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
