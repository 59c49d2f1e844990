"""The pane items, merged across articles once per ingest (after the actor merge).

The same statement reported by three outlets is one item with three sources. Merging on every
read made each pane cost a pass over every row of the store (a second per pane at 10k articles);
kept as rows here, a pane reads one page in order. Rows are streamed from SQLite sorted by their
merge key (stored with each row at write time), so memory holds one group at a time, never the
store; within a group rows come in article path order, so nothing depends on ingest order.

Item ids follow the panes' order: each pane holds a run of consecutive ids, sorted as the pane
shows them. A page is then an id range, and a filtered page is the first ids that FTS5 or the
actor index yields in a range, read in order and stopped after a page, never every hit.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from typing import Any

BATCH = 2_000  # items written per executemany
PANES = ("delegations", "statements", "demands", "military", "actors")
SEP = "\x01"  # joins sort fields; sorts below every character a field can hold

Row = tuple[Any, ...]


def sort_key(*fields: str) -> str:
    """Fields joined so that comparing the strings compares the tuples (BINARY collation)."""
    return SEP.join(fields)


def dated(date: str | None, *rest: str) -> str:
    """Chronological, undated last (the order queries.by_date gives)."""
    return sort_key(("1" if date is None else "0") + (date or ""), *rest)


def item_key(*parts: object) -> str:
    return "\x1f".join("" if p is None else str(p) for p in parts)


def commonest(values: Iterable[Any]) -> Any:
    counted = Counter(v for v in values if v is not None)
    return min(counted, key=lambda v: (-counted[v], v)) if counted else None


def first_date(dates: Iterable[str | None]) -> str | None:
    real = [d for d in dates if d]
    return min(real) if real else None


class _Writer:
    """Batches items, their sources, the actors they involve and their search text."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_id = 1
        self.items: list[Row] = []
        self.sources: list[Row] = []
        self.actors: list[Row] = []
        self.counts: Counter[str] = Counter()
        self.actor_id = {name: aid for aid, name in conn.execute("SELECT id, name FROM actors")}

    def add(self, pane: str, key: str, sort: str, data: dict[str, Any],
            sources: Iterable[tuple[str, str, int, int]], actors: Iterable[int | None],
            names: Iterable[str | None], search: Iterable[str | None]) -> None:
        """One item. sources: (article path, sentence text, article id, sentence id), shown
        once per (article, sentence), sorted; names: actor names it involves by name only
        (a party); search: the words the pane's filter finds it by."""
        item_id = self.next_id  # a build id, renumbered in pane order by rebuild_items
        self.next_id += 1
        self.counts[pane] += 1
        unique = {(path, text): (aid, sid) for path, text, aid, sid in sources}
        order = sorted(unique)
        if order:  # what the Source column shows without reading every source
            data["origin"] = order[0][0]
            data["articles"] = len({path for path, _ in order})
        self.items.append((item_id, PANES.index(pane), pane, key, sort,
                           json.dumps(data, ensure_ascii=False),
                           " ".join(s for s in search if s)))
        self.sources += [(item_id, n, *unique[k]) for n, k in enumerate(order)]
        involved = {a for a in actors if a is not None}
        involved |= {self.actor_id[n] for n in names if n in self.actor_id}
        self.actors += [(a, item_id) for a in involved]
        if len(self.items) >= BATCH:
            self.flush()

    def flush(self) -> None:
        c = self.conn
        c.executemany("INSERT INTO temp.build_items VALUES (?, ?, ?, ?, ?, ?, ?)", self.items)
        c.executemany("INSERT INTO temp.build_sources VALUES (?, ?, ?, ?)", self.sources)
        c.executemany("INSERT OR IGNORE INTO temp.build_actors VALUES (?, ?)", self.actors)
        self.items, self.sources, self.actors = [], [], []


def _groups(conn: sqlite3.Connection, sql: str,
            key: Callable[[Row], Any]) -> Iterator[tuple[Any, list[Row]]]:
    for k, rows in groupby(conn.execute(sql), key=key):
        yield k, list(rows)


# Every row query ends with: article path, sentence id, sentence text, article id; grouped
# rows are sorted by article path, sentence and row id inside their group.
_SOURCE = "ar.path, s.sentence_id, se.text, s.article_id"
_FROM = ("JOIN articles ar ON ar.id = s.article_id "
         "JOIN sentences se ON se.id = s.sentence_id ")


def _sources(rows: list[Row]) -> list[tuple[str, str, int, int]]:
    return [(r[-4], r[-2], r[-1], r[-3]) for r in rows]


def _statements(w: _Writer) -> None:
    sql = (f"SELECT a.id, a.name, s.kind, s.nkey, s.text, s.date, {_SOURCE} FROM statements s "
           f"{_FROM}LEFT JOIN article_actors aa ON aa.id = s.speaker_id "
           "LEFT JOIN actors a ON a.id = aa.actor_id "
           "ORDER BY a.name, s.kind, s.nkey, ar.path, s.sentence_id, s.id")
    for (speaker, kind, nkey), rows in _groups(w.conn, sql, lambda r: (r[1], r[2], r[3])):
        text = commonest(r[4] for r in rows)
        date = first_date(r[5] for r in rows)
        w.add("statements", item_key(speaker, kind, nkey), dated(date, speaker or "", text),
              {"speaker": speaker, "kind": kind, "text": text, "date": date},
              _sources(rows), [rows[0][0]], [], [text, speaker])


def _demands(w: _Writer) -> None:
    sql = (f"SELECT a.id, a.name, s.party, s.nkey, s.text, s.date, {_SOURCE} FROM demands s "
           f"{_FROM}LEFT JOIN article_actors aa ON aa.id = s.by_id "
           "LEFT JOIN actors a ON a.id = aa.actor_id "
           "ORDER BY s.party, s.nkey, ar.path, s.sentence_id, s.id")
    for (party, nkey), rows in _groups(w.conn, sql, lambda r: (r[2], r[3])):
        by = commonest(r[1] for r in rows)
        text = commonest(r[4] for r in rows)
        date = first_date(r[5] for r in rows)
        w.add("demands", item_key(party, nkey), dated(date, party or "", text),
              {"party": party, "by": by, "text": text, "date": date},
              _sources(rows), [r[0] for r in rows], [party], [text, party, by])


def _military(w: _Writer) -> None:
    sql = (f"SELECT a.id, a.name, s.nkey, s.date, s.text, s.numbers, {_SOURCE} FROM military s "
           f"{_FROM}LEFT JOIN article_actors aa ON aa.id = s.actor_id "
           "LEFT JOIN actors a ON a.id = aa.actor_id "
           "ORDER BY a.name, s.nkey, s.date, ar.path, s.sentence_id, s.id")
    for (actor, nkey, date), rows in _groups(w.conn, sql, lambda r: (r[1], r[2], r[3])):
        numbers: list[str] = []
        for r in rows:
            numbers += [n for n in json.loads(r[5]) if n not in numbers]
        text = commonest(r[4] for r in rows)
        w.add("military", item_key(actor, nkey, date), dated(date, actor or "", text),
              {"actor": actor, "text": text, "numbers": numbers, "date": date},
              _sources(rows), [rows[0][0]], [], [text, actor, *numbers])


def _delegations(w: _Writer) -> None:
    """Merged per party and meeting (venue and date); members come with each delegation row
    as a JSON list (actor id, name, role, sentence id, sentence text), in roster order."""
    sql = ("SELECT a.id, a.name, s.party, s.venue, s.date, s.size, "
           "(SELECT json_group_array(json_array(mid, mname, role, sid, stext)) FROM "
           "(SELECT ma.id AS mid, ma.name AS mname, dm.role AS role, dm.sentence_id AS sid, "
           "mse.text AS stext FROM delegation_members dm "
           "JOIN sentences mse ON mse.id = dm.sentence_id "
           "JOIN article_actors maa ON maa.id = dm.article_actor_id "
           "LEFT JOIN actors ma ON ma.id = maa.actor_id "
           f"WHERE dm.delegation_id = s.id ORDER BY dm.rowid)), {_SOURCE} FROM delegations s "
           f"{_FROM}LEFT JOIN article_actors aa ON aa.id = s.leader_id "
           "LEFT JOIN actors a ON a.id = aa.actor_id "
           "ORDER BY s.party, s.venue, s.date, ar.path, s.sentence_id, s.id")
    for (party, venue, date), rows in _groups(w.conn, sql, lambda r: (r[2], r[3], r[4])):
        roster: dict[str, str | None] = {}
        sources = _sources(rows)
        actors: list[int | None] = [r[0] for r in rows]
        for r in rows:
            for actor_id, name, role, sid, text in json.loads(r[6]):
                actors.append(actor_id)
                if name is None:
                    continue
                if roster.get(name) is None:
                    roster[name] = role
                sources.append((r[-4], text, r[-1], sid))
        leader = commonest(r[1] for r in rows)
        members = [[n, roster[n]] for n in sorted(roster)]
        w.add("delegations", item_key(party, venue, date), dated(date, party, venue or ""),
              {"party": party, "venue": venue, "date": date, "leader": leader,
               "size": commonest(r[5] for r in rows), "members": members},
              sources, actors, [party],
              [party, venue, date, leader, *(f"{n} {r or ''}" for n, r in members)])


def _actors(w: _Writer) -> None:
    sql = ("SELECT a.id, a.name, a.kind, a.side, a.roles, a.mentions, "
           "(SELECT json_group_array(alias) FROM (SELECT alias FROM aliases "
           "WHERE actor_id = a.id ORDER BY alias)), "
           "(SELECT MIN(ar.published) FROM article_actors aa "
           "JOIN articles ar ON ar.id = aa.article_id WHERE aa.actor_id = a.id) "
           "FROM actors a ORDER BY a.id")
    for aid, name, kind, side, roles, mentions, aliases, first_seen in w.conn.execute(sql):
        roles, aliases = json.loads(roles), json.loads(aliases)
        w.add("actors", name, sort_key(f"{10**12 - mentions:013d}", name),
              {"name": name, "kind": kind, "side": side, "roles": roles, "aliases": aliases,
               "mentions": mentions, "first_seen": first_seen},
              [], [aid], [], [name, kind, side, *roles, *aliases])


# Which actors each sentence names, once: the two item_actors queries below each joined every
# mention to its article actor (3.2 million of each at 100k articles, 26 s of a 57 s rebuild)
_SENTENCE_ACTORS = """
CREATE TEMP TABLE sentence_actors AS
SELECT DISTINCT m.sentence_id AS sentence_id, aa.actor_id AS actor_id
FROM mentions m JOIN article_actors aa ON aa.id = m.article_actor_id
WHERE aa.actor_id IS NOT NULL
ORDER BY 1, 2;
CREATE INDEX temp.sentence_actors_by_sentence ON sentence_actors (sentence_id, actor_id)
"""

_CO_MENTIONED = """
INSERT OR IGNORE INTO item_actors (actor_id, item_id)
SELECT DISTINCT pair.other, i.id
FROM (SELECT DISTINCT s1.actor_id AS actor, s2.actor_id AS other
      FROM sentence_actors s1 JOIN sentence_actors s2 ON s2.sentence_id = s1.sentence_id) pair
JOIN actors a ON a.id = pair.actor
JOIN items i ON i.pane = 'actors' AND i.key = a.name
"""

_MENTIONED = """
INSERT OR IGNORE INTO item_actors (actor_id, item_id)
SELECT DISTINCT sa.actor_id, src.item_id
FROM item_sources src
JOIN sentence_actors sa ON sa.sentence_id = src.sentence_id
"""


_BUILD_TABLES = """
CREATE TEMP TABLE build_items (bid INTEGER PRIMARY KEY, pane_no INTEGER, pane TEXT, key TEXT,
                               sort TEXT, data TEXT, body TEXT);
CREATE TEMP TABLE build_sources (bid INTEGER, ord INTEGER, article_id INTEGER,
                                 sentence_id INTEGER);
CREATE TEMP TABLE build_actors (actor_id INTEGER, bid INTEGER, PRIMARY KEY (actor_id, bid));
CREATE TEMP TABLE build_ids (bid INTEGER PRIMARY KEY, id INTEGER NOT NULL)
"""

_IN_PANE_ORDER = """
INSERT INTO build_ids (bid, id)
SELECT bid, ROW_NUMBER() OVER (ORDER BY pane_no, sort) FROM build_items;
INSERT INTO items (id, pane, key, sort, data)
SELECT i.id, b.pane, b.key, b.sort, b.data FROM build_items b JOIN build_ids i USING (bid)
ORDER BY i.id;
INSERT INTO items_fts (rowid, body)
SELECT i.id, b.body FROM build_items b JOIN build_ids i USING (bid) ORDER BY i.id;
INSERT INTO item_sources (item_id, ord, article_id, sentence_id)
SELECT i.id, s.ord, s.article_id, s.sentence_id FROM build_sources s JOIN build_ids i USING (bid);
INSERT OR IGNORE INTO item_actors (actor_id, item_id)
SELECT a.actor_id, i.id FROM build_actors a JOIN build_ids i USING (bid)
"""


def _script(conn: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def rebuild_items(conn: sqlite3.Connection) -> dict[str, int]:
    """Replace every pane item; the caller holds the write transaction. Returns the counts,
    and keeps each pane's id range in meta (item_ranges)."""
    for table in ("items", "item_sources", "item_actors"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("INSERT INTO items_fts (items_fts) VALUES ('delete-all')")
    for table in ("build_items", "build_sources", "build_actors", "build_ids",
                  "sentence_actors"):  # left by a rebuild that crashed in this connection
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    _script(conn, _BUILD_TABLES)
    w = _Writer(conn)
    for build in (_delegations, _statements, _demands, _military, _actors):
        build(w)
    w.flush()
    _script(conn, _IN_PANE_ORDER)
    for table in ("build_items", "build_sources", "build_actors", "build_ids"):
        conn.execute(f"DROP TABLE temp.{table}")
    _script(conn, _SENTENCE_ACTORS)
    conn.execute(_MENTIONED)  # rows whose source sentence names the actor
    conn.execute(_CO_MENTIONED)  # an actor's item: the actors it shares a sentence with
    conn.execute("DROP TABLE temp.sentence_actors")
    counts = {pane: w.counts[pane] for pane in PANES}
    ranges, first = {}, 1
    for pane in PANES:
        ranges[pane] = [first, first + counts[pane] - 1]
        first += counts[pane]
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('item_ranges', ?)",
                 [json.dumps(ranges)])
    return counts
