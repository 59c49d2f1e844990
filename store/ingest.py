"""Incremental ingest of a seeds folder: read -> extract -> write, then merge actors.

Each article is written in its own transaction (old rows deleted, new rows inserted, commit), so
a crash or a bad file never leaves half an article. Unchanged files are skipped by size and
mtime first and by content hash second; files gone from the folder are removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from store.aliases import ALIAS_FILE, AliasRules, read_aliases
from store.db import open_db
from store.extract import extract
from store.merge import NameEntry, merge_actors
from store.records import ArticleRecords

# file types read as articles; everything else is reported and left alone
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".text"})

_SUFFIX_LIST = ", ".join(sorted(ARTICLE_SUFFIXES))

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class IngestReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    skip_reasons: dict[str, str] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)
    remerged: bool = False  # actors merged again (articles changed, or the alias file did)

    @property
    def touched(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def lines(self) -> list[str]:
        """Human-readable summary, one line per file that was not simply unchanged."""
        out = [f"added    {p}" for p in self.added]
        out += [f"changed  {p}" for p in self.changed]
        out += [f"removed  {p}" for p in self.removed]
        out += [f"skipped  {p}: {self.skip_reasons[p]}" for p in self.skipped
                if self.skip_reasons.get(p) != "unchanged"]
        out += [f"failed   {p}: {why}" for p, why in self.failed]
        unchanged = sum(1 for p in self.skipped if self.skip_reasons.get(p) == "unchanged")
        out.append(f"{len(self.added)} added, {len(self.changed)} changed, "
                   f"{len(self.removed)} removed, {len(self.skipped)} skipped "
                   f"({unchanged} unchanged), {len(self.failed)} failed")
        return out


def discover(seeds: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Article files under seeds (recursively, sorted) and the other files with the reason."""
    found: list[Path] = []
    others: list[tuple[str, str]] = []
    for root, dirs, files in os.walk(seeds):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if name == ALIAS_FILE and Path(root) == Path(seeds):
                continue  # the user's merge corrections, read by ingest_into
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                found.append(path)
            else:
                rel = path.relative_to(seeds).as_posix()
                others.append((rel, f"not an article file (reads {_SUFFIX_LIST})"))
    return found, others


def read_text(data: bytes) -> str:
    """Decode an article, refusing binary data with a clear reason."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start})") from exc


def ingest(seeds: Path, db_path: Path, progress: Progress | None = None) -> IngestReport:
    """Bring the database in line with the seeds folder; returns what changed and why."""
    seeds = Path(seeds)
    if not seeds.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds} does not exist")
    db = open_db(db_path)
    try:
        return ingest_into(db, seeds, progress)
    finally:
        db.conn.close()


def ingest_into(db: sqlite_utils.Database, seeds: Path,
                progress: Progress | None = None) -> IngestReport:
    report = IngestReport()
    files, others = discover(seeds)
    for rel, why in others:
        report.skipped.append(rel)
        report.skip_reasons[rel] = why
    known = {row[0]: (row[1], row[2], row[3]) for row in
             db.execute("SELECT path, size, mtime, sha256 FROM articles")}
    present: set[str] = set()
    for n, path in enumerate(files, 1):
        rel = path.relative_to(seeds).as_posix()
        present.add(rel)
        if progress:
            progress(n, len(files), rel)
        try:
            _ingest_file(db, path, rel, known.get(rel), report)
        except (OSError, ValueError) as exc:
            report.failed.append((rel, str(exc) or type(exc).__name__))
        except sqlite3.DatabaseError:
            raise  # the store itself is in trouble: stop rather than report every file
        except Exception as exc:  # an extractor bug must not stop the other articles
            report.failed.append((rel, f"extraction failed ({type(exc).__name__}: {exc}); "
                                       "the previous version, if any, is kept"))
    for rel in sorted(set(known) - present):
        _in_transaction(db.conn, lambda c, r=rel: c.execute(
            "DELETE FROM articles WHERE path = ?", [r]))
        report.removed.append(rel)
    rules = _alias_rules(db, seeds, report)
    if report.touched or _actors_stale(db) or rules.to_json() != _meta(db, "aliases"):
        rebuild_actors(db, rules)
        report.remerged = True
    return report


def _meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _alias_rules(db: sqlite_utils.Database, seeds: Path, report: IngestReport) -> AliasRules:
    """The alias file's rules; when it cannot be read, the last rules applied, and a report."""
    try:
        rules = read_aliases(seeds)
    except (OSError, ValueError) as exc:
        report.failed.append((ALIAS_FILE, str(exc)))
        stored = _meta(db, "aliases")
        return AliasRules.from_json(stored) if stored else AliasRules()
    return rules


def _ingest_file(db: sqlite_utils.Database, path: Path, rel: str,
                 known: tuple[int, float, str] | None, report: IngestReport) -> None:
    stat = path.stat()
    if known is not None and known[0] == stat.st_size and known[1] == stat.st_mtime:
        report.skipped.append(rel)
        report.skip_reasons[rel] = "unchanged"
        return
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if known is not None and known[2] == sha:
        db.execute("UPDATE articles SET mtime = ?, size = ? WHERE path = ?",
                   [stat.st_mtime, stat.st_size, rel])
        report.skipped.append(rel)
        report.skip_reasons[rel] = "unchanged"
        return
    text = read_text(data)
    records = extract(text)
    if not records.article.body.strip():
        raise ValueError("no article text after the header")
    _in_transaction(db.conn, lambda c: write_article(c, rel, stat.st_size, stat.st_mtime, sha,
                                                     records))
    (report.changed if known is not None else report.added).append(rel)


def _in_transaction(conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], object]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _iso(d: object) -> str | None:
    return d.isoformat() if d is not None else None  # type: ignore[attr-defined]


def write_article(conn: sqlite3.Connection, rel: str, size: int, mtime: float, sha: str,
                  rec: ArticleRecords) -> int:
    """Replace one article and all its rows; the caller holds the transaction."""
    art = rec.article
    conn.execute("DELETE FROM articles WHERE path = ?", [rel])
    cur = conn.execute(
        "INSERT INTO articles (path, title, published, dateline, sha256, size, mtime, words, "
        "body, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [rel, art.title, _iso(art.published), art.dateline, sha, size, mtime,
         len(art.body.split()), art.body, datetime.now(UTC).isoformat(timespec="seconds")])
    aid = cur.lastrowid
    sid: dict[int, int] = {}
    for s in rec.sentences:
        sid[s.index] = conn.execute(
            'INSERT INTO sentences (article_id, idx, paragraph, start, "end", text) '
            "VALUES (?, ?, ?, ?, ?, ?)", [aid, s.index, s.paragraph, s.start, s.end, s.text]
        ).lastrowid
    counts: dict[int, int] = {}
    for m in rec.mentions:
        counts[m.actor] = counts.get(m.actor, 0) + 1
    act: dict[int, int] = {}
    for a in rec.actors:
        act[a.key] = conn.execute(
            "INSERT INTO article_actors (article_id, local_key, name, kind, side, roles, aliases, "
            "mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [aid, a.key, a.name, a.kind, a.side, json.dumps(a.roles),
             json.dumps(sorted(a.aliases)), counts.get(a.key, 0)]).lastrowid
    conn.executemany(
        'INSERT INTO mentions (article_id, article_actor_id, sentence_id, start, "end", surface) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, act[m.actor], sid[m.sentence], m.start, m.end, m.surface) for m in rec.mentions])
    conn.executemany(
        'INSERT INTO statements (article_id, sentence_id, speaker_id, kind, text, start, "end", '
        "date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, sid[s.sentence], act.get(s.speaker) if s.speaker is not None else None, s.kind,
          s.text, s.start, s.end, _iso(s.date)) for s in rec.statements])
    conn.executemany(
        "INSERT INTO demands (article_id, sentence_id, party, by_id, text, cue, date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(aid, sid[d.sentence], d.party, act.get(d.by) if d.by is not None else None, d.text,
          d.cue, _iso(d.date)) for d in rec.demands])
    conn.executemany(
        "INSERT INTO military (article_id, sentence_id, actor_id, text, numbers, date) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, sid[e.sentence], act.get(e.actor) if e.actor is not None else None, e.text,
          json.dumps(list(e.numbers)), _iso(e.date)) for e in rec.military])
    for d in rec.delegations:
        did = conn.execute(
            "INSERT INTO delegations (article_id, sentence_id, party, leader_id, size, venue, "
            "date) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [aid, sid[d.sentences[0]], d.party, act.get(d.leader) if d.leader is not None
             else None, d.size, d.venue, _iso(d.date)]).lastrowid
        conn.executemany(
            "INSERT OR IGNORE INTO delegation_members (delegation_id, article_actor_id, "
            "sentence_id, role) VALUES (?, ?, ?, ?)",
            [(did, act[m.actor], sid[m.sentence], m.role) for m in d.members])
    return aid


def _actors_stale(db: sqlite_utils.Database) -> bool:
    row = db.execute("SELECT COUNT(*) FROM article_actors WHERE actor_id IS NULL").fetchone()
    return bool(row and row[0])


def rebuild_actors(db: sqlite_utils.Database, rules: AliasRules | None = None) -> int:
    """Merge every article's actors into canonical actors, with the user's alias rules, in one
    transaction (the rules applied are stored with the result); returns the actor count."""
    rules = rules or AliasRules()
    rows = db.execute(
        "SELECT id, article_id, name, kind, side, aliases, mentions, roles FROM article_actors"
    ).fetchall()
    entries = [NameEntry(id=r[0], article=r[1], name=r[2], kind=r[3], side=r[4],
                         aliases=frozenset(json.loads(r[5])), mentions=r[6]) for r in rows]
    roles_of = {r[0]: json.loads(r[7]) for r in rows}
    mentions_of = {r[0]: r[6] for r in rows}
    clusters = sorted(merge_actors(entries, rules.same, rules.apart),
                      key=lambda c: (c.name, c.kind, c.members))
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

    def work(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('aliases', ?)",
                     [rules.to_json()])
        conn.execute("UPDATE article_actors SET actor_id = NULL")
        conn.execute("DELETE FROM aliases")
        conn.execute("DELETE FROM actors")
        for c in clusters:
            role_count: dict[str, int] = {}
            for member in c.members:
                for role in roles_of.get(member, []):
                    role_count[role] = role_count.get(role, 0) + 1
            roles = sorted(role_count, key=lambda r: (-role_count[r], r))
            total = sum(mentions_of.get(m, 0) for m in c.members)
            name = unique(c.name, c.side, c.kind)
            actor_id = conn.execute(
                "INSERT INTO actors (name, kind, side, roles, mentions) VALUES (?, ?, ?, ?, ?)",
                [name, c.kind, c.side, json.dumps(roles), total]).lastrowid
            conn.executemany("INSERT OR IGNORE INTO aliases (actor_id, alias) VALUES (?, ?)",
                             [(actor_id, a) for a in sorted(set(c.aliases) | {name})])
            conn.executemany("UPDATE article_actors SET actor_id = ? WHERE id = ?",
                             [(actor_id, m) for m in c.members])

    _in_transaction(db.conn, work)
    return len(clusters)
