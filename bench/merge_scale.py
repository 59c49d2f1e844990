"""Time and memory of the canonical-actor merge (store.canonical.rebuild_actors) on a database.

Usage: python bench/merge_scale.py DB [--in-place] [--fresh] [--profile] [--repeat N]

Runs rebuild_actors with the alias rules stored in the database (the ones the last ingest
applied) on a copy of DB (or on DB itself with --in-place) and prints seconds (in total and
per step), peak RSS (ru_maxrss), the RSS growth over the process just before the call,
article_actors rows, distinct local actors, distinct names and canonical actors.
--fresh first empties the canonical tables and every article_actors.actor_id, as a first
ingest leaves them, so the write-back rewrites every row (the worst case). --profile prints
where the time goes (cProfile). Why a separate script: the merge runs after every ingest over
the whole store, so it is what bounds memory and time at 100,000 articles.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import store.canonical as canonical  # noqa: E402
from store.aliases import AliasRules  # noqa: E402
from store.db import open_db  # noqa: E402

# steps of rebuild_actors timed apart (module functions it calls by name)
STEPS = ("_read_local_actors", "merge_local_actors", "_write_actors", "_write_assignment")


def _rss_mb() -> float:
    """Current resident set size, from /proc (Linux)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _stored_rules(db_path: Path) -> AliasRules:
    db = open_db(db_path)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'aliases'").fetchone()
    finally:
        db.conn.close()
    return AliasRules.from_json(row[0]) if row else AliasRules()


def _empty_actors(db_path: Path) -> None:
    """No canonical actors and no row pointing at one, as a first ingest leaves them."""
    db = open_db(db_path)
    try:
        with db.conn:
            db.execute("BEGIN")
            db.execute("UPDATE article_actors SET actor_id = NULL")
            db.execute("DELETE FROM aliases")
            db.execute("DELETE FROM actors")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()


def _counts(db_path: Path) -> dict[str, int]:
    db = open_db(db_path)
    try:
        def one(sql: str) -> int:
            return db.execute(sql).fetchone()[0]
        return {
            "articles": one("SELECT count(DISTINCT article_id) FROM article_actors"),
            "rows": one("SELECT count(*) FROM article_actors"),
            "local actors": one("SELECT count(*) FROM (SELECT DISTINCT name, kind, side, "
                                "aliases, mentions, roles FROM article_actors)"),
            "names": one("SELECT count(DISTINCT name) FROM article_actors"),
            "actors": one("SELECT count(*) FROM actors"),
            "unassigned": one("SELECT count(*) FROM article_actors WHERE actor_id IS NULL"),
        }
    finally:
        db.conn.close()


def _timed(spent: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
    return wrapper


def run(db_path: Path, profile: bool, fresh: bool) -> tuple[float, float, float, dict]:
    """One rebuild: seconds, peak RSS MB, RSS growth MB over the process before the call,
    and seconds per step."""
    rules = _stored_rules(db_path)
    if fresh:
        _empty_actors(db_path)
    spent: dict[str, float] = {}
    real = {name: getattr(canonical, name) for name in STEPS if hasattr(canonical, name)}
    for name, fn in real.items():
        setattr(canonical, name, _timed(spent, name, fn))
    gc.collect()
    before = _rss_mb()
    db = open_db(db_path)
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    try:
        if profiler:
            profiler.enable()
        canonical.rebuild_actors(db, rules)
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - start
    finally:
        for name, fn in real.items():
            setattr(canonical, name, fn)
        db.conn.close()
    peak = _peak_mb()
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    return seconds, peak, peak - before, spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--in-place", action="store_true", help="rebuild DB itself, no copy")
    parser.add_argument("--fresh", action="store_true", help="start with no actor assigned")
    parser.add_argument("--profile", action="store_true", help="print a cProfile report")
    parser.add_argument("--repeat", type=int, default=1, help="rebuild N times in a row")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.db.parent) as tmp:
        path = args.db
        if not args.in_place:
            path = Path(tmp) / args.db.name
            shutil.copyfile(args.db, path)
        print(f"RSS before  {_rss_mb():8.1f} MB")
        for _ in range(args.repeat):
            seconds, peak, growth, spent = run(path, args.profile, args.fresh)
            print(f"seconds     {seconds:8.2f}")
            for name, s in spent.items():
                print(f"  {name:<22}{s:6.2f}")
            print(f"peak RSS    {peak:8.1f} MB\nRSS growth  {growth:8.1f} MB")
        for key, value in _counts(path).items():
            print(f"{key:<12}{value:>9,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
