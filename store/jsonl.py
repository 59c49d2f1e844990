"""The JSON-lines path, for a corpus too large to extract on one machine.

Extraction is a pure function of a file's bytes (`ingest.prepare_bytes`), and its output is
plain JSON (`rows.article_rows`), so any engine that runs Python (Spark, Dask, Ray, Beam, a
shell loop over shards) can extract articles anywhere and write one line per article with
`record_line`. `talkswatch ingest --records FILE...` then writes the lines into the store, one
transaction per article, and merges actors and pane items once, as a folder ingest does.
`talkswatch extract` writes the same lines from a seeds folder on this machine.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from store.aliases import AliasRules
from store.ingest import (
    IngestReport,
    Prepared,
    Task,
    apply,
    discover,
    finish,
    kept,
    meta,
    now,
    prepare_bytes,
    prepared,
)
from store.rows import check_rows


def line_of(done: Prepared) -> str:
    """One article's JSON line: where it came from, and its rows or why it has none."""
    out: dict[str, Any] = {"path": done.rel, "size": done.size, "mtime": done.mtime}
    if done.error is not None:
        out["error"] = done.error
    else:
        out["sha256"] = done.sha
        out["rows"] = done.rows
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def record_line(rel: str, data: bytes, mtime: float = 0.0) -> str:
    """What an engine runs per article: path (relative to the corpus root) and bytes in,
    one JSON line out."""
    return line_of(prepare_bytes(rel, data, len(data), mtime))


def extract_lines(seeds: Path, jobs: int | None = None) -> Iterator[str]:
    """Every article file of a seeds folder as a JSON line, extracted by `jobs` processes."""
    tasks = []
    for path, rel in discover(seeds).files:
        try:
            stat = os.stat(path)
        except OSError as exc:
            yield line_of(Prepared(rel, 0, 0.0, error=f"not readable ({exc.strerror})"))
            continue
        tasks.append(Task(path, rel, stat.st_size, stat.st_mtime, None))
    for done in prepared(tasks, jobs):
        yield line_of(done)


def _parse(line: str) -> Prepared:
    obj = json.loads(line)
    if not isinstance(obj, dict) or not isinstance(obj.get("path"), str):
        raise ValueError("a record needs a 'path'")
    base = (obj["path"], int(obj.get("size", 0)), float(obj.get("mtime", 0.0)))
    if "error" in obj:
        return Prepared(*base, error=str(obj["error"]))
    return Prepared(*base, sha=str(obj["sha256"]), rows=check_rows(obj.get("rows")))


def ingest_lines(db: sqlite_utils.Database, lines: Iterable[str], source: str) -> IngestReport:
    """Write records (JSON lines) into the store. Adds and replaces articles by path, never
    removes any (a file of records may be one shard of many); a bad line is reported with its
    number and writes nothing."""
    started = now()
    report = IngestReport()
    known = {row[0]: (row[1], row[2], row[3]) for row in
             db.execute("SELECT path, size, mtime, sha256 FROM articles")}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            done = _parse(line)
        except (ValueError, KeyError, TypeError) as exc:
            report.failed.append((f"{source}:{n}", f"not a talkswatch record ({exc})"))
            continue
        old = known.get(done.rel)
        if done.error is None and old is not None and old[2] == done.sha:
            report.skipped.append(done.rel)
            report.skip_reasons[done.rel] = "unchanged"
            continue
        try:
            apply(db, done, report, known)
        except (KeyError, TypeError, IndexError) as exc:  # rows that point nowhere
            report.failed.append((done.rel, f"not a talkswatch record ({exc})"
                                  + kept(done.rel, known)))
    stored = meta(db, "aliases")
    finish(db, source, started, report, AliasRules.from_json(stored) if stored else AliasRules())
    return report
