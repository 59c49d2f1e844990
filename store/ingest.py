"""Incremental ingest of a seeds folder: read -> extract -> write, then merge actors.

Each article is written in its own transaction (old rows deleted, new rows inserted, commit), so
a crash or a bad file never leaves half an article. Unchanged files are skipped by size and
mtime first and by content hash second; files gone from the folder are removed.
"""

from __future__ import annotations

import errno
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
from store.canonical import actors_stale, rebuild_actors
from store.db import in_transaction, open_db
from store.extract import extract
from store.readers import ARTICLE_SUFFIXES, check_size, read_article
from store.records import ArticleRecords

_SUFFIX_LIST = ", ".join(sorted(ARTICLE_SUFFIXES))

Progress = Callable[[int, int, str], None]

KEEP_RUNS = 100  # ingest_runs rows kept for the report view


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

    @property
    def unchanged(self) -> int:
        return sum(1 for p in self.skipped if self.skip_reasons.get(p) == "unchanged")

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.changed)} changed, "
                f"{len(self.removed)} removed, {len(self.skipped)} skipped "
                f"({self.unchanged} unchanged), {len(self.failed)} failed")

    def lines(self) -> list[str]:
        """Human-readable summary, one line per file that was not simply unchanged."""
        out = [f"added    {p}" for p in self.added]
        out += [f"changed  {p}" for p in self.changed]
        out += [f"removed  {p}" for p in self.removed]
        out += [f"skipped  {p}: {self.skip_reasons[p]}" for p in self.skipped
                if self.skip_reasons.get(p) != "unchanged"]
        out += [f"failed   {p}: {why}" for p, why in self.failed]
        out.append(self.summary())
        return out

    def outcomes(self) -> list[tuple[str, str, str | None]]:
        """(path, outcome, reason) for every file this ingest looked at."""
        out: list[tuple[str, str, str | None]] = []
        out += [(p, "added", None) for p in self.added]
        out += [(p, "changed", None) for p in self.changed]
        out += [(p, "removed", None) for p in self.removed]
        for p in self.skipped:
            why = self.skip_reasons.get(p)
            out.append((p, "unchanged", None) if why == "unchanged" else (p, "skipped", why))
        out += [(p, "failed", why) for p, why in self.failed]
        return sorted(out)


@dataclass(slots=True)
class Found:
    """What is in a seeds folder: article files, other files with the reason they are not
    read, and folders that could not be listed (their articles must not count as deleted)."""

    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, relative posix path)
    others: list[tuple[str, str]] = field(default_factory=list)
    unlisted: list[tuple[str, str]] = field(default_factory=list)

    def listed(self, rel: str) -> bool:
        """False when rel lies in a folder that could not be listed this time."""
        return not any(not d or rel.startswith(d + "/") for d, _ in self.unlisted)


def discover(seeds: Path) -> Found:
    """Article files under seeds, recursively and in sorted order.

    Symlinked files are read where they point; symlinked folders are followed once (a link back
    to a folder already being walked is a loop and is reported, not followed). Hidden files and
    folders (".git", ".DS_Store", editor swap files) are left alone silently.
    """
    found = Found()

    def walk(folder: Path, rel: str, seen: frozenset[str]) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            found.unlisted.append((rel, f"folder could not be read ({_reason(exc)}); "
                                        "its articles are kept as they were"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            sub = f"{rel}/{entry.name}" if rel else entry.name
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()  # follows symlinks
            except OSError as exc:
                found.others.append((sub, f"not readable ({_reason(exc)})"))
                continue
            if is_dir:
                real = os.path.realpath(path)
                if real in seen:
                    found.others.append((sub, "symlink loop (links back to a folder above it); "
                                              "not followed"))
                else:
                    walk(path, sub, seen | {real})
            elif sub == ALIAS_FILE:
                continue  # the user's merge corrections, read by ingest_into
            elif entry.is_symlink() and not path.exists():
                found.others.append((sub, _broken_link(path)))
            elif path.suffix.lower() in ARTICLE_SUFFIXES:
                found.files.append((path, sub))
            else:
                found.others.append((sub, f"not an article file (reads {_SUFFIX_LIST})"))

    walk(Path(seeds), "", frozenset({os.path.realpath(seeds)}))
    return found


def _broken_link(path: Path) -> str:
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (the link points back at itself); not followed"
    return "broken symlink (its target does not exist)"


def _reason(exc: OSError) -> str:
    """An OSError as a user reads it: "permission denied", not "[Errno 13] ..."."""
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    return (exc.strerror or type(exc).__name__).lower()


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
    started = _now()
    report = IngestReport()
    found = discover(seeds)
    for rel, why in found.others:
        report.skipped.append(rel)
        report.skip_reasons[rel] = why
    for rel, why in found.unlisted:
        report.failed.append((f"{rel or '.'}/", why))
    known = {row[0]: (row[1], row[2], row[3]) for row in
             db.execute("SELECT path, size, mtime, sha256 FROM articles")}
    present: set[str] = set()
    for n, (path, rel) in enumerate(found.files, 1):
        present.add(rel)
        if progress:
            progress(n, len(found.files), rel)
        kept = "; the previous version is kept" if rel in known else ""
        try:
            _ingest_file(db, path, rel, known.get(rel), report)
        except OSError as exc:
            report.failed.append((rel, f"not readable ({_reason(exc)}){kept}"))
        except ValueError as exc:
            report.failed.append((rel, f"{exc or type(exc).__name__}{kept}"))
        except sqlite3.DatabaseError:
            raise  # the store itself is in trouble: stop rather than report every file
        except Exception as exc:  # an extractor bug must not stop the other articles
            report.failed.append((rel, f"extraction failed ({type(exc).__name__}: {exc}){kept}"))
    for rel in sorted(set(known) - present):
        if found.listed(rel):
            in_transaction(db.conn, lambda c, r=rel: (
                c.execute("DELETE FROM articles WHERE path = ?", [r]), _mark_dirty(c)))
            report.removed.append(rel)
    rules = _alias_rules(db, seeds, report)
    if report.touched or actors_stale(db) or rules.to_json() != _meta(db, "aliases"):
        rebuild_actors(db, rules)
        report.remerged = True
    _record_run(db, seeds, started, report)
    return report


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _mark_dirty(conn: sqlite3.Connection) -> None:
    """Inside an article's transaction: the canonical actors must be merged again. Kept in the
    database so that a crash between an article and the merge is mended by the next ingest."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('actors_dirty', '1')")


def _record_run(db: sqlite_utils.Database, seeds: Path, started: str,
                report: IngestReport) -> None:
    """Keep the report for the dashboard's report view: a row per run, the fate of every file."""
    summary = {"added": len(report.added), "changed": len(report.changed),
               "removed": len(report.removed), "skipped": len(report.skipped),
               "unchanged": report.unchanged, "failed": len(report.failed)}
    finished = _now()

    def work(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO ingest_runs (started, finished, seeds, summary, lines) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [started, finished, str(seeds), json.dumps(summary),
                      json.dumps(report.lines(), ensure_ascii=False)])
        conn.execute("DELETE FROM ingest_runs WHERE id NOT IN "
                     "(SELECT id FROM ingest_runs ORDER BY id DESC LIMIT ?)", [KEEP_RUNS])
        conn.execute("DELETE FROM ingest_files")
        conn.executemany("INSERT OR REPLACE INTO ingest_files (path, outcome, reason, at) "
                         "VALUES (?, ?, ?, ?)",
                         [(p, o, r, finished) for p, o, r in report.outcomes()])

    in_transaction(db.conn, work)


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
    check_size(stat.st_size)
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if known is not None and known[2] == sha:
        db.execute("UPDATE articles SET mtime = ?, size = ? WHERE path = ?",
                   [stat.st_mtime, stat.st_size, rel])
        report.skipped.append(rel)
        report.skip_reasons[rel] = "unchanged"
        return
    text = read_article(path.name, data)
    records = extract(text)
    if not records.article.body.strip():
        raise ValueError("no article text after the header" if text.strip() else "empty file")
    in_transaction(db.conn, lambda c: (
        write_article(c, rel, stat.st_size, stat.st_mtime, sha, records), _mark_dirty(c)))
    (report.changed if known is not None else report.added).append(rel)


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
         len(art.body.split()), art.body, _now()])
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
