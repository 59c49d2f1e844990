"""`talkswatch export`: the whole store as one JSON document (shared/spec/export.md).

Items are merged across articles here, exactly as the dashboard shows them: the same statement
reported by several articles becomes one record with several sources, and delegations merge per
party and meeting (venue + date).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import sqlite_utils

from store.db import open_db

FORMAT = "talkswatch-export/1"


def _norm(text: str) -> str:
    """Key that ignores case, quote styles and spacing when merging repeated items."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def _sources(pairs: set[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"article": a, "sentence": s} for a, s in sorted(pairs)]


_ACTOR_OF = """
    SELECT aa.id, a.name FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
"""


def build_export(db: sqlite_utils.Database) -> dict[str, Any]:
    """The export document, deterministic: every list is sorted."""
    name_of = {row[0]: row[1] for row in db.execute(_ACTOR_OF)}
    sentence = {row[0]: row[1] for row in db.execute("SELECT id, text FROM sentences")}
    path = {row[0]: row[1] for row in db.execute("SELECT id, path FROM articles")}
    return {
        "format": FORMAT,
        "articles": [
            {"path": r[0], "title": r[1], "published": r[2], "sha256": r[3], "words": r[4]}
            for r in db.execute(
                "SELECT path, title, published, sha256, words FROM articles ORDER BY path")
        ],
        "actors": _actors(db),
        "delegations": _delegations(db, name_of, sentence, path),
        "statements": _statements(db, name_of, sentence, path),
        "demands": _demands(db, name_of, sentence, path),
        "military": _military(db, name_of, sentence, path),
    }


def _actors(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    aliases: dict[int, list[str]] = defaultdict(list)
    for actor_id, alias in db.execute("SELECT actor_id, alias FROM aliases ORDER BY alias"):
        aliases[actor_id].append(alias)
    return [
        {"name": r[1], "kind": r[2], "side": r[3], "roles": json.loads(r[4]),
         "aliases": aliases[r[0]], "mentions": r[5]}
        for r in db.execute(
            "SELECT id, name, kind, side, roles, mentions FROM actors ORDER BY name")
    ]


def _grouped(rows: list[tuple[Any, ...]], key_of: Any) -> dict[Any, list[tuple[Any, ...]]]:
    groups: dict[Any, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        groups[key_of(row)].append(row)
    return groups


def _first_date(dates: list[str | None]) -> str | None:
    real = sorted(d for d in dates if d)
    return real[0] if real else None


def _statements(db: sqlite_utils.Database, name_of: dict[int, str], sentence: dict[int, str],
                path: dict[int, str]) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT speaker_id, kind, text, date, article_id, sentence_id FROM statements").fetchall()
    groups = _grouped(rows, lambda r: (name_of.get(r[0]), r[1], _norm(r[2])))
    out = []
    for (speaker, kind, _), items in groups.items():
        text = Counter(r[2] for r in items).most_common(1)[0][0]
        out.append({"speaker": speaker, "kind": kind, "text": text,
                    "date": _first_date([r[3] for r in items]),
                    "sources": _sources({(path[r[4]], sentence[r[5]]) for r in items})})
    return sorted(out, key=lambda s: (s["date"] or "", s["speaker"] or "", s["text"]))


def _demands(db: sqlite_utils.Database, name_of: dict[int, str], sentence: dict[int, str],
             path: dict[int, str]) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT party, by_id, text, date, article_id, sentence_id FROM demands").fetchall()
    groups = _grouped(rows, lambda r: (r[0], _norm(r[2])))
    out = []
    for (party, _), items in groups.items():
        by = Counter(name_of.get(r[1]) for r in items if r[1] is not None).most_common(1)
        out.append({"party": party, "by": by[0][0] if by else None,
                    "text": Counter(r[2] for r in items).most_common(1)[0][0],
                    "date": _first_date([r[3] for r in items]),
                    "sources": _sources({(path[r[4]], sentence[r[5]]) for r in items})})
    return sorted(out, key=lambda d: (d["date"] or "", d["party"] or "", d["text"]))


def _military(db: sqlite_utils.Database, name_of: dict[int, str], sentence: dict[int, str],
              path: dict[int, str]) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT actor_id, text, numbers, date, article_id, sentence_id FROM military").fetchall()
    groups = _grouped(rows, lambda r: (name_of.get(r[0]), _norm(r[1]), r[3]))
    out = []
    for (actor, _, when), items in groups.items():
        numbers: list[str] = []
        for r in items:
            numbers += [n for n in json.loads(r[2]) if n not in numbers]
        out.append({"actor": actor, "text": Counter(r[1] for r in items).most_common(1)[0][0],
                    "numbers": numbers, "date": when,
                    "sources": _sources({(path[r[4]], sentence[r[5]]) for r in items})})
    return sorted(out, key=lambda m: (m["date"] or "", m["actor"] or "", m["text"]))


def _delegations(db: sqlite_utils.Database, name_of: dict[int, str], sentence: dict[int, str],
                 path: dict[int, str]) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT id, party, venue, date, leader_id, size, article_id, sentence_id "
        "FROM delegations").fetchall()
    members: dict[int, list[tuple[int, str | None, int]]] = defaultdict(list)
    for did, aa, role, sid in db.execute(
            "SELECT delegation_id, article_actor_id, role, sentence_id FROM delegation_members"):
        members[did].append((aa, role, sid))
    groups = _grouped(rows, lambda r: (r[1], r[2], r[3]))
    out = []
    for (party, venue, when), items in groups.items():
        leaders = Counter(name_of.get(r[4]) for r in items if r[4] is not None)
        sizes = Counter(r[5] for r in items if r[5] is not None)
        roster: dict[str, str | None] = {}
        sources = {(path[r[6]], sentence[r[7]]) for r in items}
        for r in items:
            for aa, role, sid in members[r[0]]:
                name = name_of.get(aa)
                if name is None:
                    continue
                if roster.get(name) is None:
                    roster[name] = role
                sources.add((path[r[6]], sentence[sid]))
        leader = min(leaders, key=lambda n: (-leaders[n], n)) if leaders else None
        out.append({"party": party, "venue": venue, "date": when, "leader": leader,
                    "size": min(sizes, key=lambda s: (-sizes[s], s)) if sizes else None,
                    "members": [{"name": n, "role": roster[n]} for n in sorted(roster)],
                    "sources": _sources(sources)})
    return sorted(out, key=lambda d: (d["date"] or "", d["party"], d["venue"] or ""))


def export_document(db_path: Path) -> dict[str, Any]:
    """Open the database at db_path and build the export document."""
    db = open_db(db_path)
    try:
        return build_export(db)
    finally:
        db.conn.close()
