"""Read-side queries the dashboard and the export call; no SQL lives outside store/.

Items are merged across articles here: the same statement reported by three outlets is one item
with three sources, so the dashboard and `talkswatch export` show the same thing. Filters apply to
the rows before merging: full-text search (FTS5 over the item text, plus the names involved) and
an actor filter (rows where the actor acts, or that the source sentence mentions).
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class StatementItem:
    key: str
    speaker: str | None
    kind: str
    text: str
    date: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class DemandItem:
    key: str
    party: str | None
    by: str | None
    text: str
    date: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class MilitaryItem:
    key: str
    actor: str | None
    text: str
    numbers: tuple[str, ...]
    date: str | None
    sources: tuple[Source, ...]


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


def norm(text: str) -> str:
    """Key that ignores case, quote styles and spacing when merging repeated items."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def by_date(date: str | None, *rest: Any) -> tuple[Any, ...]:
    """Chronological order with undated items last."""
    return (date is None, date or "", *rest)


def fts_query(search: str) -> str | None:
    """A safe FTS5 query: every word of the search as a quoted prefix term, all required.

    User input never reaches FTS5 as syntax, so quotes, `*`, NEAR or brackets cannot error.
    """
    words = re.findall(r"\w+", search)
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words) or None


# --- row-level context shared by every pane -------------------------------------------------


@dataclass(slots=True)
class _Context:
    db: sqlite_utils.Database
    name_of: dict[int, str]          # article_actor id -> canonical actor name
    path: dict[int, str]
    flt: Filter
    sentence: dict[int, str] = field(default_factory=dict)  # filled by need_sentences
    actor_rows: set[int] = field(default_factory=set)       # article_actor ids of the actor
    actor_sentences: set[int] = field(default_factory=set)  # sentences that mention the actor

    def involves(self, sentence_id: int, *article_actor_ids: int | None,
                 names: Iterable[str | None] = ()) -> bool:
        """True when no actor filter is set, or the row involves the filtered actor."""
        if self.flt.actor is None:
            return True
        return (sentence_id in self.actor_sentences
                or any(a in self.actor_rows for a in article_actor_ids if a is not None)
                or self.flt.actor in names)

    def names_match(self, *names: str | None) -> bool:
        words = self.flt.search.lower().split()
        hay = " ".join(n.lower() for n in names if n)
        return bool(words) and all(w in hay for w in words)

    def need_sentences(self, ids: Iterable[int]) -> None:
        """Read the text of just the sentences the kept rows cite, in one query."""
        wanted = sorted(set(ids) - self.sentence.keys())
        self.sentence.update(self.db.execute(
            "SELECT id, text FROM sentences WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(wanted)]).fetchall())

    def source(self, article_id: int, sentence_id: int) -> Source:
        return Source(self.path[article_id], self.sentence[sentence_id], sentence_id)


def _context(db: sqlite_utils.Database, flt: Filter) -> _Context:
    ctx = _Context(
        db=db,
        name_of={r[0]: r[1] for r in db.execute(
            "SELECT aa.id, a.name FROM article_actors aa JOIN actors a ON a.id = aa.actor_id")},
        path={r[0]: r[1] for r in db.execute("SELECT id, path FROM articles")},
        flt=flt,
    )
    if flt.actor is not None:
        ctx.actor_rows = {r[0] for r in db.execute(
            "SELECT aa.id FROM article_actors aa JOIN actors a ON a.id = aa.actor_id "
            "WHERE a.name = ?", [flt.actor])}
        ctx.actor_sentences = {r[0] for r in db.execute(
            "SELECT m.sentence_id FROM mentions m JOIN article_actors aa "
            "ON aa.id = m.article_actor_id JOIN actors a ON a.id = aa.actor_id "
            "WHERE a.name = ?", [flt.actor])}
    return ctx


def _text_hits(db: sqlite_utils.Database, table: str, search: str) -> set[int] | None:
    """Row ids whose text matches the search in FTS5; None when there is nothing to search."""
    query = fts_query(search)
    if query is None:
        return None
    return {r[0] for r in db.execute(
        f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [query])}


def _kept(ctx: _Context, table: str, sql: str, actor_at: int,
          party_at: int | None = None) -> list[tuple[Any, ...]]:
    """The rows of `sql` (id first, article id and sentence id last) that pass the pane's
    filter: the search matches the text (FTS5) or the names involved, and the filtered actor
    acts in the row, is its party, or is mentioned in its sentence. Reads the kept rows'
    sentences too. Rows come in article path order, so merged items never depend on the order
    the files were ingested in."""
    hits = _text_hits(ctx.db, table, ctx.flt.search)
    rows = []
    for r in ctx.db.execute(sql):
        party = r[party_at] if party_at is not None else None
        if ctx.involves(r[-1], r[actor_at], names=[party]) and (
                hits is None or r[0] in hits
                or ctx.names_match(party, ctx.name_of.get(r[actor_at]))):
            rows.append(r)
    ctx.need_sentences(r[-1] for r in rows)
    return sorted(rows, key=lambda r: (ctx.path[r[-2]], r[-1], r[0]))


def _grouped(rows: Iterable[tuple[Any, ...]],
             key_of: Callable[[tuple[Any, ...]], Any]) -> dict[Any, list[tuple[Any, ...]]]:
    groups: dict[Any, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        groups[key_of(row)].append(row)
    return groups


def _first_date(dates: Iterable[str | None]) -> str | None:
    real = sorted(d for d in dates if d)
    return real[0] if real else None


def _commonest(values: Iterable[Any]) -> Any:
    counted = Counter(v for v in values if v is not None)
    return min(counted, key=lambda v: (-counted[v], v)) if counted else None


def _key(*parts: object) -> str:
    return "\x1f".join("" if p is None else str(p) for p in parts)


# --- panes -----------------------------------------------------------------------------------


@consistent
def statements(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[StatementItem]:
    """Statements merged by speaker, kind and text; chronological."""
    ctx = _context(db, flt)
    rows = _kept(ctx, "statements", "SELECT id, speaker_id, kind, text, date, article_id, "
                 "sentence_id FROM statements", actor_at=1)
    out = []
    for (speaker, kind, _), items in _grouped(
            rows, lambda r: (ctx.name_of.get(r[1]), r[2], norm(r[3]))).items():
        text = _commonest(r[3] for r in items)
        out.append(StatementItem(
            key=_key(speaker, kind, norm(text)), speaker=speaker, kind=kind, text=text,
            date=_first_date(r[4] for r in items),
            sources=_sorted_sources(ctx.source(r[5], r[6]) for r in items)))
    return sorted(out, key=lambda s: by_date(s.date, s.speaker or "", s.text))


@consistent
def demands(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[DemandItem]:
    """Demands merged by party and text; chronological."""
    ctx = _context(db, flt)
    rows = _kept(ctx, "demands", "SELECT id, party, by_id, text, date, article_id, sentence_id "
                 "FROM demands", actor_at=2, party_at=1)
    out = []
    for (party, key), items in _grouped(rows, lambda r: (r[1], norm(r[3]))).items():
        out.append(DemandItem(
            key=_key(party, key), party=party,
            by=_commonest(ctx.name_of.get(r[2]) for r in items if r[2] is not None),
            text=_commonest(r[3] for r in items),
            date=_first_date(r[4] for r in items),
            sources=_sorted_sources(ctx.source(r[5], r[6]) for r in items)))
    return sorted(out, key=lambda d: by_date(d.date, d.party or "", d.text))


@consistent
def military(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[MilitaryItem]:
    """Military events merged by actor, text and date; chronological."""
    ctx = _context(db, flt)
    rows = _kept(ctx, "military", "SELECT id, actor_id, text, numbers, date, article_id, "
                 "sentence_id FROM military", actor_at=1)
    out = []
    for (actor, key, when), items in _grouped(
            rows, lambda r: (ctx.name_of.get(r[1]), norm(r[2]), r[4])).items():
        numbers: list[str] = []
        for r in items:
            numbers += [n for n in json.loads(r[3]) if n not in numbers]
        out.append(MilitaryItem(
            key=_key(actor, key, when), actor=actor,
            text=_commonest(r[2] for r in items), numbers=tuple(numbers),
            date=when, sources=_sorted_sources(ctx.source(r[5], r[6]) for r in items)))
    return sorted(out, key=lambda m: by_date(m.date, m.actor or "", m.text))


@consistent
def delegations(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[DelegationItem]:
    """Delegations merged per party and meeting (venue and date); chronological."""
    ctx = _context(db, flt)
    members: dict[int, list[tuple[int, str | None, int]]] = defaultdict(list)
    for did, aa, role, sid in db.execute(
            "SELECT delegation_id, article_actor_id, role, sentence_id FROM delegation_members"):
        members[did].append((aa, role, sid))
    rows = db.execute(
        "SELECT id, party, venue, date, leader_id, size, article_id, sentence_id "
        "FROM delegations").fetchall()
    rows.sort(key=lambda r: (ctx.path[r[6]], r[7], r[0]))  # article path order, as in _kept
    ctx.need_sentences([r[7] for r in rows] + [m[2] for ms in members.values() for m in ms])
    out = []
    for (party, venue, when), items in _grouped(rows, lambda r: (r[1], r[2], r[3])).items():
        roster: dict[str, str | None] = {}
        sources = [ctx.source(r[6], r[7]) for r in items]
        sentence_ids = {r[7] for r in items}
        member_rows: list[int] = []
        for r in items:
            for aa, role, sid in members[r[0]]:
                member_rows.append(aa)
                name = ctx.name_of.get(aa)
                if name is None:
                    continue
                if roster.get(name) is None:
                    roster[name] = role
                sources.append(ctx.source(r[6], sid))
                sentence_ids.add(sid)
        leader = _commonest(ctx.name_of.get(r[4]) for r in items if r[4] is not None)
        item = DelegationItem(
            key=_key(party, venue, when), party=party, venue=venue, date=when, leader=leader,
            size=_commonest(r[5] for r in items),
            members=tuple((n, roster[n]) for n in sorted(roster)),
            sources=_sorted_sources(sources))
        if flt.actor is not None and not (
                any(ctx.involves(s, *([r[4] for r in items] + member_rows), names=[party])
                    for s in sentence_ids)):
            continue
        if flt.search.strip() and not ctx.names_match(
                party, venue, when, leader, *(f"{n} {r or ''}" for n, r in item.members)):
            continue
        out.append(item)
    return sorted(out, key=lambda d: by_date(d.date, d.party, d.venue or ""))


@consistent
def actors(db: sqlite_utils.Database, flt: Filter = NO_FILTER) -> list[ActorItem]:
    """Actors, most mentioned first; under an actor filter, that actor and who shares its
    sentences."""
    ctx = _context(db, flt)
    aliases: dict[int, list[str]] = defaultdict(list)
    for actor_id, alias in db.execute("SELECT actor_id, alias FROM aliases ORDER BY alias"):
        aliases[actor_id].append(alias)
    first_seen = {r[0]: r[1] for r in db.execute(
        "SELECT aa.actor_id, MIN(ar.published) FROM article_actors aa "
        "JOIN articles ar ON ar.id = aa.article_id GROUP BY aa.actor_id")}
    near: set[int] | None = None
    if flt.actor is not None:
        near = {r[0] for r in db.execute(
            "SELECT DISTINCT aa.actor_id FROM mentions m "
            "JOIN article_actors aa ON aa.id = m.article_actor_id "
            "WHERE m.sentence_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(ctx.actor_sentences))])}
    out = []
    for r in db.execute("SELECT id, name, kind, side, roles, mentions FROM actors"):
        if near is not None and r[0] not in near and r[1] != flt.actor:
            continue
        item = ActorItem(key=r[1], name=r[1], kind=r[2], side=r[3],
                         roles=tuple(json.loads(r[4])), aliases=tuple(aliases[r[0]]),
                         mentions=r[5], first_seen=first_seen.get(r[0]))
        if flt.search.strip() and not ctx.names_match(
                item.name, item.kind, item.side, *item.roles, *item.aliases):
            continue
        out.append(item)
    return sorted(out, key=lambda a: (a.name != flt.actor, -a.mentions, a.name))


def _sorted_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    unique = {(s.article, s.sentence): s for s in sources}
    return tuple(unique[k] for k in sorted(unique))


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
