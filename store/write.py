"""Writing one article's rows: the only place rows become database ids.

Ids are handed out by the writer (one past the table's largest id, read inside the article's
write transaction), so every table is filled with one executemany instead of a statement per
row, and no row has to wait for the id of the row it points at.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from store.rows import Rows


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])


def write_article(conn: sqlite3.Connection, rel: str, size: int, mtime: float, sha: str,
                  rows: Rows) -> int:
    """Replace one article and all its rows; the caller holds the transaction."""
    art = rows["article"]
    conn.execute("DELETE FROM articles WHERE path = ?", [rel])
    aid = conn.execute(
        "INSERT INTO articles (path, title, published, dateline, sha256, size, mtime, words, "
        "body, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [rel, art["title"], art["published"], art["dateline"], sha, size, mtime, art["words"],
         art["body"], datetime.now(UTC).isoformat(timespec="seconds")]).lastrowid
    assert aid is not None
    first = _next_id(conn, "sentences")
    sid = {r[0]: first + n for n, r in enumerate(rows["sentences"])}
    conn.executemany(
        'INSERT INTO sentences (id, article_id, idx, paragraph, start, "end", text) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(sid[i], aid, i, para, start, end, text)
         for i, para, start, end, text in rows["sentences"]])
    first = _next_id(conn, "article_actors")
    act = {r[0]: first + n for n, r in enumerate(rows["actors"])}
    conn.executemany(
        "INSERT INTO article_actors (id, article_id, local_key, name, kind, side, roles, "
        "aliases, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(act[key], aid, key, name, kind, side, json.dumps(roles), json.dumps(aliases), count)
         for key, name, kind, side, roles, aliases, count in rows["actors"]])

    def actor(key: int | None) -> int | None:
        return act[key] if key is not None else None

    conn.executemany(
        'INSERT INTO mentions (article_id, article_actor_id, sentence_id, start, "end", '
        "surface) VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, act[a], sid[s], start, end, surface) for a, s, start, end, surface
         in rows["mentions"]])
    conn.executemany(
        'INSERT INTO statements (article_id, sentence_id, speaker_id, kind, text, start, "end", '
        "date, nkey) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, sid[s], actor(speaker), kind, text, start, end, when, key)
         for s, speaker, kind, text, start, end, when, key in rows["statements"]])
    conn.executemany(
        "INSERT INTO demands (article_id, sentence_id, party, by_id, text, cue, date, nkey) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, sid[s], party, actor(by), text, cue, when, key)
         for s, party, by, text, cue, when, key in rows["demands"]])
    conn.executemany(
        "INSERT INTO military (article_id, sentence_id, actor_id, text, numbers, date, nkey) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(aid, sid[s], actor(who), text, json.dumps(numbers), when, key)
         for s, who, text, numbers, when, key in rows["military"]])
    first = _next_id(conn, "delegations")
    conn.executemany(
        "INSERT INTO delegations (id, article_id, sentence_id, party, leader_id, size, venue, "
        "date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(first + n, aid, sid[s], party, actor(leader), size, venue, when)
         for n, (s, party, leader, size, venue, when, _) in enumerate(rows["delegations"])])
    conn.executemany(
        "INSERT OR IGNORE INTO delegation_members (delegation_id, article_actor_id, "
        "sentence_id, role) VALUES (?, ?, ?, ?)",
        [(first + n, act[a], sid[s], role)
         for n, d in enumerate(rows["delegations"]) for a, s, role in d[6]])
    return aid
