"""One article's extraction as plain rows: what the store writes, and what crosses processes.

`article_rows` is a pure function of the records, and its output is plain JSON (lists, strings,
numbers, null), so the same rows come back from a worker process, or from a JSON-lines file
written by any engine that ran `extract` + `article_rows` over a corpus too large for one
machine (`talkswatch extract`, then `talkswatch ingest --records`). References between rows are
by position inside the article (sentence index, local actor key); the store turns them into ids.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from store.records import ArticleRecords

ROWS_FORMAT = 1  # bumped when the shape below changes; a line of another format is refused

Rows = dict[str, Any]

_NON_WORD = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    """Key that ignores case, quote styles and spacing when merging repeated items."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def article_rows(rec: ArticleRecords) -> Rows:
    """The records of one article as JSON-ready rows (see the module docstring)."""
    art = rec.article
    counts = Counter(m.actor for m in rec.mentions)
    return {
        "format": ROWS_FORMAT,
        "article": {"title": art.title, "published": _iso(art.published),
                    "dateline": art.dateline, "words": len(art.body.split()),
                    "body": art.body},
        "sentences": [[s.index, s.paragraph, s.start, s.end, s.text] for s in rec.sentences],
        "actors": [[a.key, a.name, a.kind, a.side, list(a.roles), sorted(a.aliases),
                    counts.get(a.key, 0)] for a in rec.actors],
        "mentions": [[m.actor, m.sentence, m.start, m.end, m.surface] for m in rec.mentions],
        "statements": [[s.sentence, s.speaker, s.kind, s.text, s.start, s.end, _iso(s.date),
                        norm(s.text)] for s in rec.statements],
        "demands": [[d.sentence, d.party, d.by, d.text, d.cue, _iso(d.date), norm(d.text)]
                    for d in rec.demands],
        "military": [[e.sentence, e.actor, e.text, list(e.numbers), _iso(e.date), norm(e.text)]
                     for e in rec.military],
        "delegations": [[d.sentences[0], d.party, d.leader, d.size, d.venue, _iso(d.date),
                         [[m.actor, m.sentence, m.role] for m in d.members]]
                        for d in rec.delegations],
    }


def check_rows(rows: Any) -> Rows:
    """Rows read from a file another program wrote: the shape is checked before any write, so
    a bad line is refused with a reason instead of failing half-way through the article."""
    if not isinstance(rows, dict) or rows.get("format") != ROWS_FORMAT:
        raise ValueError(f"not talkswatch rows of format {ROWS_FORMAT}")
    widths = {"sentences": 5, "actors": 7, "mentions": 5, "statements": 8, "demands": 7,
              "military": 6, "delegations": 7}
    for table, width in widths.items():
        value = rows.get(table)
        if not isinstance(value, list) or any(
                not isinstance(r, list) or len(r) != width for r in value):
            raise ValueError(f"rows: {table!r} must be a list of {width}-item lists")
    art = rows.get("article")
    if not isinstance(art, dict) or not isinstance(art.get("body"), str) or not art["body"]:
        raise ValueError("rows: 'article' must hold the article's body text")
    sentences = {r[0] for r in rows["sentences"]}
    actors = {r[0] for r in rows["actors"]}
    refs = ([(r[1], r[0]) for r in rows["mentions"]]
            + [(r[0], r[1]) for r in rows["statements"]]
            + [(r[0], r[2]) for r in rows["demands"]]
            + [(r[0], r[1]) for r in rows["military"]]
            + [(r[0], r[2]) for r in rows["delegations"]]
            + [(m[1], m[0]) for d in rows["delegations"] for m in d[6]])
    for sentence, actor in refs:
        if sentence not in sentences or (actor is not None and actor not in actors):
            raise ValueError("rows: a row points at a sentence or an actor the article lacks")
    return rows
