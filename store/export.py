"""`talkswatch export`: the whole store as one JSON document (shared/spec/export.md).

Items come merged from store.queries, exactly as the dashboard shows them: the same statement
reported by several articles is one record with several sources, and delegations merge per party
and meeting (venue + date).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from store import queries
from store.db import open_db

FORMAT = "talkswatch-export/1"


def _sources(sources: tuple[queries.Source, ...]) -> list[dict[str, str]]:
    return [{"article": s.article, "sentence": s.sentence} for s in sources]


def build_export(db: sqlite_utils.Database) -> dict[str, Any]:
    """The export document, deterministic: every list is sorted; read on one snapshot, so an
    ingest running meanwhile cannot make it half old, half new."""
    with queries.snapshot(db):
        return _document(db)


def _document(db: sqlite_utils.Database) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "articles": [
            {"path": r[0], "title": r[1], "published": r[2], "sha256": r[3], "words": r[4]}
            for r in db.execute(
                "SELECT path, title, published, sha256, words FROM articles ORDER BY path")
        ],
        "actors": sorted(
            ({"name": a.name, "kind": a.kind, "side": a.side, "roles": list(a.roles),
              "aliases": list(a.aliases), "mentions": a.mentions}
             for a in queries.actors(db)), key=lambda a: a["name"]),
        "delegations": sorted(
            ({"party": d.party, "venue": d.venue, "date": d.date, "leader": d.leader,
              "size": d.size, "members": [{"name": n, "role": r} for n, r in d.members],
              "sources": _sources(d.sources)} for d in queries.delegations(db)),
            key=lambda d: (d["date"] or "", d["party"], d["venue"] or "")),
        "statements": sorted(
            ({"speaker": s.speaker, "kind": s.kind, "text": s.text, "date": s.date,
              "sources": _sources(s.sources)} for s in queries.statements(db)),
            key=lambda s: (s["date"] or "", s["speaker"] or "", s["text"])),
        "demands": sorted(
            ({"party": d.party, "by": d.by, "text": d.text, "date": d.date,
              "sources": _sources(d.sources)} for d in queries.demands(db)),
            key=lambda d: (d["date"] or "", d["party"] or "", d["text"])),
        "military": sorted(
            ({"actor": m.actor, "text": m.text, "numbers": list(m.numbers), "date": m.date,
              "sources": _sources(m.sources)} for m in queries.military(db)),
            key=lambda m: (m["date"] or "", m["actor"] or "", m["text"])),
    }


def export_document(db_path: Path) -> dict[str, Any]:
    """Open the database at db_path and build the export document."""
    db = open_db(db_path)
    try:
        return build_export(db)
    finally:
        db.conn.close()
