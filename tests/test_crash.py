"""Crash safety: `talkswatch ingest` killed with SIGKILL at random moments, many times.

After every kill the database must pass SQLite's and FTS5's integrity checks, every article in
it must be whole (exactly the rows its stored version extracts to) or absent, and the next
ingest must converge to the export of an uninterrupted run. TALKSWATCH_KILLS sets how many
kills (12 by default; the README's figure comes from a run with 200).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ARTICLES, cli_ingest, copy_seeds
from conftest import CORPUS as ALL_ARTICLES

from store.export import export_document
from store.extract import extract
from store.ingest import ingest
from store.readers import read_article

KILLS = int(os.environ.get("TALKSWATCH_KILLS", "12"))
CORPUS = ALL_ARTICLES[:1 + len(ARTICLES) + 8]  # the seed, the hand-written ones, 8 of the corpus
EXTRA = [  # paragraphs appended to make a changed version of an article
    "Negotiators met again on Tuesday, a foreign ministry official said.",
    '"We will not sign anything under pressure," the deputy minister told reporters.',
    "Drones struck a fuel depot overnight, injuring three workers, the governor said.",
]

if sys.platform == "win32":  # pragma: no cover
    pytest.skip("SIGKILL is POSIX", allow_module_level=True)


def _expected_rows(text: str) -> dict[str, int]:
    rec = extract(text)
    return {"sentences": len(rec.sentences), "article_actors": len(rec.actors),
            "mentions": len(rec.mentions), "statements": len(rec.statements),
            "demands": len(rec.demands), "military": len(rec.military),
            "delegations": len(rec.delegations)}


def _rows_of(conn: sqlite3.Connection, article_id: int) -> dict[str, int]:
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE article_id = ?",
                            [article_id]).fetchone()[0]
            for t in ("sentences", "article_actors", "mentions", "statements", "demands",
                      "military", "delegations")}


def check_database(db: Path, versions: dict[str, str]) -> tuple[int, bool]:
    """Integrity, and every article whole; returns (articles, actors still to merge)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return 0, False  # killed before the schema was created: it is all or nothing
        assert {"meta", "articles", "ingest_files", "items", "items_fts"} <= tables
        conn.execute("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")
        articles = conn.execute("SELECT id, path, sha256 FROM articles").fetchall()
        for article_id, path, sha in articles:
            assert sha in versions, f"{path}: a version that was never written ({sha[:8]})"
            assert _rows_of(conn, article_id) == _expected_rows(versions[sha]), \
                f"{path} is not whole"
        dirty = conn.execute("SELECT value FROM meta WHERE key = 'actors_dirty'").fetchone()
        stale = bool(dirty and dirty[0] == "1")
        if not stale:  # merged: the pane items cite only sentences that exist
            assert conn.execute("SELECT COUNT(*) FROM item_sources WHERE sentence_id NOT IN "
                                "(SELECT id FROM sentences)").fetchone()[0] == 0
        return len(articles), stale
    finally:
        conn.close()


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_sigkill_at_random_points_never_corrupts_and_the_next_ingest_converges(
        tmp_path: Path) -> None:
    rng = random.Random(20251125)
    seeds = copy_seeds(CORPUS, tmp_path)
    versions: dict[str, str] = {}
    for f in CORPUS:
        data = f.read_bytes()
        versions[_sha(data)] = read_article(f.name, data)
    db = tmp_path / "t.db"

    def run() -> subprocess.Popen[bytes]:
        return cli_ingest(seeds, db, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    t0 = time.monotonic()
    run().wait()
    full = time.monotonic() - t0  # start-up and a whole ingest from an empty database
    references: dict[frozenset[tuple[str, str]], dict[str, object]] = {}
    removed: list[Path] = []
    kills = mid_ingest = dirty_seen = converged = 0
    for n in range(3 * KILLS):
        if kills >= KILLS and mid_ingest >= 2:
            break
        if n % 3 == 0:
            db.unlink(missing_ok=True)  # from an empty database again, now and then
            for suffix in ("-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        else:  # change the folder: edit, delete or bring back an article
            roll = rng.random()
            files = sorted(seeds.iterdir())
            if roll < 0.4:
                target = rng.choice(files)
                with target.open("a", encoding="utf-8") as fh:
                    fh.write("\n\n" + rng.choice(EXTRA) + f" ({n})\n")
                data = target.read_bytes()
                versions[_sha(data)] = read_article(target.name, data)
            elif roll < 0.6 and len(files) > 5:
                target = rng.choice(files)
                removed.append(tmp_path / target.name)
                target.rename(removed[-1])
            elif removed:
                back = removed.pop()
                back.rename(seeds / back.name)
        proc = run()
        time.sleep(rng.uniform(0.15, 1.0) * full)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        assert "Traceback" not in stderr, stderr
        articles, dirty = check_database(db, versions)
        expected = len([p for p in seeds.iterdir() if p.suffix == ".txt"])
        mid_ingest += 0 < articles < expected or dirty
        dirty_seen += dirty
        if rng.random() < 0.5:  # else the next kill lands on this half-done database
            continue
        state = frozenset((p.name, _sha(p.read_bytes())) for p in seeds.iterdir())
        if state not in references:
            fresh = tmp_path / f"ref{len(references)}.db"
            ingest(seeds, fresh)
            references[state] = export_document(fresh)
        ingest(seeds, db)
        check_database(db, versions)
        assert export_document(db) == references[state], f"kill {kills}: did not converge"
        converged += 1
    ingest(seeds, db)  # the last state converges too
    fresh = tmp_path / "final.db"
    ingest(seeds, fresh)
    assert export_document(db) == export_document(fresh)
    print(f"\n{kills} kills, {mid_ingest} mid-ingest, {dirty_seen} before the actor merge, "
          f"{converged + 1} convergence checks")
    assert kills >= KILLS and mid_ingest >= 1
