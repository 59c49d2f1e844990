"""Incremental ingest of a seeds folder: read -> extract -> write, then merge actors.

Each article is written in its own transaction (old rows deleted, new rows inserted, commit), so
a crash or a bad file never leaves half an article. Unchanged files are skipped by size and
mtime first and by content hash second; files gone from the folder are removed.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import json
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path

import sqlite_utils

from store.aliases import ALIAS_FILE, AliasRules, read_aliases
from store.canonical import actors_stale, rebuild_actors
from store.db import in_transaction, open_db
from store.items import rebuild_items
from store.readers import ARTICLE_SUFFIXES, check_size, read_article
from store.records import ArticleRecords
from store.rows import Rows, article_rows
from store.write import write_article

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

    files: list[tuple[str, str]] = field(default_factory=list)  # (path, relative posix path)
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
                found.files.append((entry.path, sub))  # a str: 100k Paths held 48 MB
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


def ingest_into(db: sqlite_utils.Database, seeds: Path, progress: Progress | None = None,
                jobs: int | None = None) -> IngestReport:
    """Bring the database in line with the seeds folder (see the module docstring). Files
    that need reading are read and extracted by `jobs` processes (default: one per core) when
    there are enough of them to pay for starting the processes; this process writes them, in
    folder order, one transaction per article."""
    started = now()
    report = IngestReport()
    found = discover(seeds)
    for rel, why in found.others:
        report.skipped.append(rel)
        report.skip_reasons[rel] = why
    for rel, why in found.unlisted:
        report.failed.append((f"{rel or '.'}/", why))
    known = {row[0]: (row[1], row[2], row[3]) for row in
             db.execute("SELECT path, size, mtime, sha256 FROM articles")}
    present = {rel for _, rel in found.files}
    todo: list[Task] = []
    for path, rel in found.files:
        try:
            stat = os.stat(path)
        except OSError as exc:
            report.failed.append((rel, f"not readable ({_reason(exc)})" + kept(rel, known)))
            continue
        old = known.get(rel)
        if old is not None and old[0] == stat.st_size and old[1] == stat.st_mtime:
            report.skipped.append(rel)
            report.skip_reasons[rel] = "unchanged"
        else:
            todo.append(Task(path, rel, stat.st_size, stat.st_mtime,
                             old[2] if old is not None else None))
    for n, done in enumerate(prepared(todo, jobs), 1):
        if progress:
            progress(n, len(todo), done.rel)
        try:
            apply(db, done, report, known)
        except sqlite3.DatabaseError:
            raise  # the store itself is in trouble: stop rather than report every file
        except Exception as exc:  # a write that fails leaves the article as it was
            report.failed.append((done.rel, f"not written ({type(exc).__name__}: {exc})"
                                  + kept(done.rel, known)))
    for rel in sorted(set(known) - present):
        if found.listed(rel):
            in_transaction(db.conn, lambda c, r=rel: (
                c.execute("DELETE FROM articles WHERE path = ?", [r]), _mark_dirty(c)))
            report.removed.append(rel)
    del todo, known, present  # the merge after this is the peak: leave it their room
    found.files.clear()
    finish(db, str(seeds), started, report, _alias_rules(db, seeds, report))
    return report


def finish(db: sqlite_utils.Database, source: str, started: str, report: IngestReport,
           rules: AliasRules) -> None:
    """After the articles: merge actors and rebuild the pane items when anything changed (one
    transaction, so readers never see new actors with old items), and keep the report."""
    if report.touched or actors_stale(db) or rules.to_json() != meta(db, "aliases"):
        in_transaction(db.conn, lambda c: (
            rebuild_actors(db, rules), rebuild_items(c)))
        report.remerged = True
    _record_run(db, source, started, report)


def kept(rel: str, known: dict[str, tuple[int, float, str]]) -> str:
    return "; the previous version is kept" if rel in known else ""


@dataclass(frozen=True, slots=True)
class Task:
    """A file to read: where it is, its size and mtime as listed, the hash stored for it."""

    path: str
    rel: str
    size: int
    mtime: float
    known_sha: str | None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A file read and extracted (rows), unchanged after all (same hash: rows None), or not
    readable (error: the reason, without the "previous version is kept" tail)."""

    rel: str
    size: int
    mtime: float
    sha: str = ""
    rows: Rows | None = None
    error: str | None = None


def prepare(task: Task) -> Prepared:
    """Read, hash and extract one file (see prepare_bytes); runs in any process."""
    try:
        check_size(task.size)
        data = Path(task.path).read_bytes()
    except OSError as exc:
        return Prepared(task.rel, task.size, task.mtime, error=f"not readable ({_reason(exc)})")
    except ValueError as exc:
        return Prepared(task.rel, task.size, task.mtime, error=str(exc))
    return prepare_bytes(task.rel, data, task.size, task.mtime, task.known_sha)


def prepare_bytes(rel: str, data: bytes, size: int, mtime: float,
                  known_sha: str | None = None) -> Prepared:
    """One article file's content to rows: a pure function, so any engine can run it over a
    corpus (its rows are JSON, see store/rows.py and store/jsonl.py)."""
    base = (rel, size, mtime)
    try:
        sha = hashlib.sha256(data).hexdigest()
        if sha == known_sha:
            return Prepared(*base, sha=sha)
        text = read_article(Path(rel).name, data)
        records = _extractor()(text)
        if not records.article.body.strip():
            raise ValueError("no article text after the header" if text.strip()
                             else "empty file")
        return Prepared(*base, sha=sha, rows=article_rows(records))
    except ValueError as exc:
        return Prepared(*base, error=str(exc) or type(exc).__name__)
    except Exception as exc:  # an extractor bug must not stop the other articles
        return Prepared(*base, error=f"extraction failed ({type(exc).__name__}: {exc})")


def _extractor() -> Callable[[str], ArticleRecords]:
    """The extractor, imported when a file needs it: compiling and analysing its patterns
    takes 0.3 s, most of a no-op re-ingest."""
    from store.extract import extract

    return extract


POOL_MIN = 64  # fewer files than this are read in this process: starting workers costs more
WINDOW = 8  # files in flight per worker, so finished rows never pile up in memory


def prepared(todo: list[Task], jobs: int | None) -> Iterator[Prepared]:
    """Prepared files in the order of todo, from a process pool when it pays."""
    jobs = jobs if jobs is not None else os.cpu_count() or 1
    if jobs <= 1 or len(todo) < POOL_MIN:
        yield from map(prepare, todo)
        return
    with ProcessPoolExecutor(jobs, mp_context=_start_method()) as pool:
        pending: deque[Future[Prepared]] = deque()
        tasks = iter(todo)
        for task in itertools.islice(tasks, jobs * WINDOW):
            pending.append(pool.submit(prepare, task))
        while pending:
            done = pending.popleft().result()
            for task in itertools.islice(tasks, 1):
                pending.append(pool.submit(prepare, task))
            yield done


def _start_method() -> BaseContext:
    """Workers forked from a small server process that has imported the extractor: they
    start at once, and do not inherit this process's heap (forked from it, each worker's
    resident size counted the folder listing and every task: 100 MB at 100k files). Safe
    from the dashboard's ingest thread too, unlike a fork of a threaded process."""
    if "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    context = get_context("forkserver")
    context.set_forkserver_preload(["store.ingest", "store.extract"])
    return context


def apply(db: sqlite_utils.Database, done: Prepared, report: IngestReport,
           known: dict[str, tuple[int, float, str]]) -> None:
    """Write one prepared file in its own transaction, and say what became of it."""
    if done.error is not None:
        report.failed.append((done.rel, done.error + kept(done.rel, known)))
        return
    if done.rows is None:  # touched, not changed: remember the new mtime, skip it next time
        db.execute("UPDATE articles SET mtime = ?, size = ? WHERE path = ?",
                   [done.mtime, done.size, done.rel])
        report.skipped.append(done.rel)
        report.skip_reasons[done.rel] = "unchanged"
        return
    rows = done.rows
    in_transaction(db.conn, lambda c: (
        write_article(c, done.rel, done.size, done.mtime, done.sha, rows), _mark_dirty(c)))
    (report.changed if done.rel in known else report.added).append(done.rel)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _mark_dirty(conn: sqlite3.Connection) -> None:
    """Inside an article's transaction: the canonical actors must be merged again. Kept in the
    database so that a crash between an article and the merge is mended by the next ingest."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('actors_dirty', '1')")


def _record_run(db: sqlite_utils.Database, seeds: str, started: str,
                report: IngestReport) -> None:
    """Keep the report for the dashboard's report view: a row per run, the fate of every file."""
    summary = {"added": len(report.added), "changed": len(report.changed),
               "removed": len(report.removed), "skipped": len(report.skipped),
               "unchanged": report.unchanged, "failed": len(report.failed)}
    finished = now()

    def work(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO ingest_runs (started, finished, seeds, summary, lines) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [started, finished, seeds, json.dumps(summary),
                      json.dumps(report.lines(), ensure_ascii=False)])
        conn.execute("DELETE FROM ingest_runs WHERE id NOT IN "
                     "(SELECT id FROM ingest_runs ORDER BY id DESC LIMIT ?)", [KEEP_RUNS])
        conn.execute("DELETE FROM ingest_files")
        conn.executemany("INSERT OR REPLACE INTO ingest_files (path, outcome, reason, at) "
                         "VALUES (?, ?, ?, ?)",
                         [(p, o, r, finished) for p, o, r in report.outcomes()])

    in_transaction(db.conn, work)


def meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _alias_rules(db: sqlite_utils.Database, seeds: Path, report: IngestReport) -> AliasRules:
    """The alias file's rules; when it cannot be read, the last rules applied, and a report."""
    try:
        rules = read_aliases(seeds)
    except (OSError, ValueError) as exc:
        report.failed.append((ALIAS_FILE, str(exc)))
        stored = meta(db, "aliases")
        return AliasRules.from_json(stored) if stored else AliasRules()
    return rules
