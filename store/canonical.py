"""Canonical actors: every article's local actors merged into one list, after each ingest.

Kept apart from the per-article ingest because it is global: it reads every article's actors
and rewrites the canonical tables in one transaction.
"""

from __future__ import annotations

import json
import sqlite3

import sqlite_utils

from store.aliases import AliasRules
from store.db import in_transaction
from store.merge import NameEntry, merge_actors


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
        rows = conn.execute(
            "SELECT aa.id, ar.path, aa.name, aa.kind, aa.side, aa.aliases, aa.mentions, aa.roles "
            "FROM article_actors aa JOIN articles ar ON ar.id = aa.article_id "
            "ORDER BY ar.path, aa.local_key").fetchall()
        article_no = {path: n for n, path in enumerate(sorted({r[1] for r in rows}))}
        row_id = [r[0] for r in rows]  # entry number -> article_actors.id
        entries = [NameEntry(id=n, article=article_no[r[1]], name=r[2], kind=r[3], side=r[4],
                             aliases=frozenset(json.loads(r[5])), mentions=r[6])
                   for n, r in enumerate(rows)]
        roles_of = [json.loads(r[7]) for r in rows]
        clusters = merge_actors(entries, rules.same, rules.apart)  # sorted, deterministic
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

        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('aliases', ?)",
                     [rules.to_json()])
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('actors_dirty', '0')")
        conn.execute("UPDATE article_actors SET actor_id = NULL")
        conn.execute("DELETE FROM aliases")
        conn.execute("DELETE FROM actors")
        for c in clusters:
            role_count: dict[str, int] = {}
            for member in c.members:
                for role in roles_of[member]:
                    role_count[role] = role_count.get(role, 0) + 1
            roles = sorted(role_count, key=lambda r: (-role_count[r], r))
            total = sum(entries[m].mentions for m in c.members)
            name = unique(c.name, c.side, c.kind)
            actor_id = conn.execute(
                "INSERT INTO actors (name, kind, side, roles, mentions) VALUES (?, ?, ?, ?, ?)",
                [name, c.kind, c.side, json.dumps(roles), total]).lastrowid
            conn.executemany("INSERT OR IGNORE INTO aliases (actor_id, alias) VALUES (?, ?)",
                             [(actor_id, a) for a in sorted(set(c.aliases) | {name})])
            conn.executemany("UPDATE article_actors SET actor_id = ? WHERE id = ?",
                             [(actor_id, row_id[m]) for m in c.members])
        count = len(clusters)

    in_transaction(db.conn, work)
    return count
