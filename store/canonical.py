"""Canonical actors: every article's local actors merged into one list, after each ingest.

Kept apart from the per-article ingest because it is global: it reads every article's actors
and rewrites the canonical tables in one transaction.

Scale: 100,000 articles hold some 1.7 million article_actors rows but only thousands of
distinct local actors, so rows are read grouped (SQL finds the distinct ones, then one row per
group lists its entries as numbers) and written back with one UPDATE joined on the group, not
one statement per row. Nothing holds a Python object per row.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections import Counter

import sqlite_utils

from store.aliases import AliasRules
from store.db import in_transaction
from store.merge import LocalActor, Merge, MergedActor, merge_local_actors

_TEMP = ("_ca_articles", "_ca_local", "_ca_moved")
_TEMP_CACHE = -16384  # KiB (negative: a size, not pages): what the temp tables may keep in RAM
_SHIFT = 32  # entry id = article number << _SHIFT | local_key: ids order entries as
_KEY_MASK = (1 << _SHIFT) - 1  # (article path, local_key) does
_SAME_LOCAL = ("l.name = aa.name AND l.kind = aa.kind AND l.side IS aa.side "
               "AND l.aliases = aa.aliases AND l.mentions = aa.mentions AND l.roles = aa.roles")


def actors_stale(db: sqlite_utils.Database) -> bool:
    row = db.execute("SELECT value FROM meta WHERE key = 'actors_dirty'").fetchone()
    return row is not None and row[0] == "1"


def rebuild_actors(db: sqlite_utils.Database, rules: AliasRules | None = None) -> int:
    """Merge every article's actors into canonical actors, with the user's alias rules, in one
    transaction (the rules applied are stored with the result); returns the actor count.

    The rows are read inside the transaction, so a concurrent ingest can never have its newer
    articles overwritten by a merge of older ones. Entries are numbered by (article path, order
    in the article), not by row id, so the result does not depend on the order files were read.
    """
    rules = rules or AliasRules()
    count = 0

    def work(conn: sqlite3.Connection) -> None:
        nonlocal count
        _drop_temp(conn)
        actors, roles, ranked = _read_local_actors(conn)
        merged = merge_local_actors(actors, rules.same, rules.apart)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('aliases', ?)",
                     [rules.to_json()])
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('actors_dirty', '0')")
        _write_actors(conn, merged.actors, actors, roles)
        _write_assignment(conn, merged, actors, ranked)
        _drop_temp(conn)
        count = len(merged.actors)

    # every article_actors row probes temp._ca_local twice (read, write-back): keep it cached
    kept = db.conn.execute("PRAGMA temp.cache_size").fetchone()[0]
    db.conn.execute(f"PRAGMA temp.cache_size = {_TEMP_CACHE}")
    try:
        in_transaction(db.conn, work)
    finally:
        db.conn.execute(f"PRAGMA temp.cache_size = {int(kept)}")
    return count


def _drop_temp(conn: sqlite3.Connection) -> None:
    for table in _TEMP:
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _read_local_actors(conn: sqlite3.Connection,
                       ) -> tuple[list[LocalActor], list[list[str]], bool]:
    """The distinct local actors (rows equal but for article and local_key, roles included,
    so every entry of one has the same roles), each with its entry ids and articles; the roles
    of each; whether ids hold in-article ranks instead of local_keys (see _entries). Leaves
    temp._ca_local (gid = index + 1) and temp._ca_articles for the write-back."""
    conn.execute("CREATE TEMP TABLE _ca_articles (no INTEGER PRIMARY KEY, id INTEGER UNIQUE)")
    conn.execute("INSERT INTO _ca_articles (no, id) "
                 "SELECT ROW_NUMBER() OVER (ORDER BY path) - 1, id FROM articles")
    conn.execute("CREATE TEMP TABLE _ca_local (gid INTEGER PRIMARY KEY, name TEXT, kind TEXT, "
                 "side TEXT, aliases TEXT, mentions INTEGER, roles TEXT, actor_id INTEGER)")
    conn.execute("INSERT INTO _ca_local (name, kind, side, aliases, mentions, roles) "
                 "SELECT DISTINCT name, kind, side, aliases, mentions, roles FROM article_actors")
    conn.execute("CREATE UNIQUE INDEX temp._ca_local_key "
                 "ON _ca_local (name, kind, side, aliases, mentions, roles)")
    entries, ranked = _entries(conn)
    actors: list[LocalActor] = []
    roles: list[list[str]] = []
    # equal strings, alias sets and role lists are held once: many local actors share them
    strings: dict[str, str] = {}
    alias_sets: dict[str, frozenset[str]] = {}
    role_lists: dict[str, list[str]] = {}
    for gid, name, kind, side, aliases, mentions, role_json in conn.execute(
            "SELECT gid, name, kind, side, aliases, mentions, roles FROM _ca_local ORDER BY gid"):
        if aliases not in alias_sets:
            alias_sets[aliases] = frozenset(strings.setdefault(a, a) for a in json.loads(aliases))
        if role_json not in role_lists:
            role_lists[role_json] = json.loads(role_json)
        ids = entries.pop(gid, array("q"))
        actors.append(LocalActor(name, strings.setdefault(kind, kind),
                                 side and strings.setdefault(side, side), alias_sets[aliases],
                                 mentions, ids, array("i", (e >> _SHIFT for e in ids))))
        roles.append(role_lists[role_json])
        assert gid == len(actors), "gids are dense from 1"
    return actors, roles, ranked


def _entries(conn: sqlite3.Connection) -> tuple[dict[int, array], bool]:
    """Entry ids of each local actor, ascending. The id packs the article number and the
    local_key, which must then fit in _SHIFT bits; if one does not, local_key is replaced by
    its rank in the article (same order, slower query)."""
    key = "aa.local_key"
    for attempt in range(2):
        out: dict[int, array] = {}
        fits = True
        for gid, listed, low, high in conn.execute(
                f"SELECT l.gid, group_concat((p.no << {_SHIFT}) + {key}), min({key}), max({key})"
                f" FROM {_rows(attempt)} AS aa CROSS JOIN _ca_local AS l ON {_SAME_LOCAL} "
                "CROSS JOIN _ca_articles AS p ON p.id = aa.article_id GROUP BY l.gid"):
            fits = fits and low >= 0 and high <= _KEY_MASK
            out[gid] = array("q", sorted(map(int, listed.split(","))))
        if fits:
            return out, attempt == 1
        key = "aa.rank"
    raise AssertionError("ranks always fit")


def _rows(attempt: int) -> str:
    """article_actors, or with each row's rank in its article as `rank` (the fallback)."""
    if attempt == 0:
        return "article_actors"
    return ("(SELECT *, ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY local_key) - 1 "
            "AS rank FROM article_actors)")


def _write_actors(conn: sqlite3.Connection, merged: list[MergedActor],
                  actors: list[LocalActor], roles: list[list[str]]) -> None:
    """actors get ids 1..N in merged order (as if the table were emptied and refilled) but
    rows are overwritten in place, so deleting them does not first null every reference."""
    used: dict[str, int] = {}

    def unique(name: str, side: str | None, kind: str) -> str:
        """Every canonical name names exactly one actor, as the export promises."""
        if name not in used:
            used[name] = 1
            return name
        for extra in (side, kind):
            candidate = f"{name} ({extra})"
            if extra and candidate not in used:
                used[candidate] = 1
                return candidate
        used[name] += 1
        return f"{name} ({used[name]})"

    rows: list[tuple[int, str, str, str | None, str, int]] = []
    alias_rows: list[tuple[int, str]] = []
    for actor_id, c in enumerate(merged, start=1):
        role_count: Counter[str] = Counter()
        total = 0
        for i, n in c.parts:
            for role in roles[i]:
                role_count[role] += n
            total += actors[i].mentions * n
        ordered = sorted(role_count, key=lambda r: (-role_count[r], r))
        name = unique(c.name, c.side, c.kind)
        rows.append((actor_id, name, c.kind, c.side, json.dumps(ordered), total))
        alias_rows.extend((actor_id, a) for a in sorted(set(c.aliases) | {name}))
    conn.execute("DELETE FROM aliases")
    conn.executemany(
        "INSERT INTO actors (id, name, kind, side, roles, mentions) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "side = excluded.side, roles = excluded.roles, mentions = excluded.mentions", rows)
    conn.executemany("INSERT OR IGNORE INTO aliases (actor_id, alias) VALUES (?, ?)", alias_rows)


def _write_assignment(conn: sqlite3.Connection, merged: Merge, actors: list[LocalActor],
                      ranked: bool) -> None:
    """Point every article_actors row at its actor: one UPDATE joined on the local actor (its
    usual actor), then the few entries that went elsewhere; rows already right are not
    rewritten. Actors past the new count go last, when nothing refers to them any more."""
    usual: list[tuple[int, int]] = []
    moved: list[tuple[int, int, int]] = []
    for gid, (a, own) in enumerate(zip(actors, merged.owners, strict=True), start=1):
        if isinstance(own, int):
            usual.append((own + 1, gid))
            continue
        if not len(own):  # no entries (not read from a store)
            continue
        common = min(Counter(own).items(), key=lambda kv: (-kv[1], kv[0]))[0]
        usual.append((common + 1, gid))
        moved.extend((e >> _SHIFT, e & _KEY_MASK, n + 1)
                     for e, n in zip(a.ids, own, strict=True) if n != common)
    conn.executemany("UPDATE _ca_local SET actor_id = ? WHERE gid = ?", usual)
    conn.execute(f"UPDATE article_actors AS aa SET actor_id = l.actor_id FROM _ca_local AS l "
                 f"WHERE {_SAME_LOCAL} AND aa.actor_id IS NOT l.actor_id")
    if moved:
        key = ("(SELECT count(*) FROM article_actors AS b WHERE b.article_id = aa.article_id "
               "AND b.local_key < aa.local_key)") if ranked else "aa.local_key"
        conn.execute("CREATE TEMP TABLE _ca_moved (no INTEGER, key INTEGER, actor_id INTEGER)")
        conn.executemany("INSERT INTO _ca_moved VALUES (?, ?, ?)", moved)
        conn.execute("UPDATE article_actors AS aa SET actor_id = x.actor_id "
                     "FROM _ca_moved AS x JOIN _ca_articles AS p ON p.no = x.no "
                     f"WHERE aa.article_id = p.id AND {key} = x.key")
    conn.execute("DELETE FROM actors WHERE id > ?", [len(merged.actors)])
