"""The `talkswatch` command line: dashboard (default), `ingest` and `export`."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from store.db import StoreError, open_db
from store.queries import counts

if TYPE_CHECKING:
    from store.ingest import IngestReport

DEFAULT_SEEDS = Path("seeds")
DEFAULT_DB = Path("talkswatch.db")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="talkswatch",
        description="Follow peace negotiations from news articles in the terminal.",
    )
    parser.add_argument("--version", action="version",
                        version=f"talkswatch {metadata.version('talkswatch')}"
                        if _installed() else "talkswatch (not installed)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=DEFAULT_DB,
                        help="SQLite database file (default: ./talkswatch.db)")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS,
                        help="folder of articles (default: ./seeds)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB,
                        help="SQLite database file (default: ./talkswatch.db)")
    sub = parser.add_subparsers(dest="command")
    ing = sub.add_parser("ingest", parents=[common],
                         help="read new, changed and removed articles into the database")
    ing.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS,
                     help="folder of articles (default: ./seeds)")
    ing.add_argument("-j", "--jobs", type=int, default=None,
                     help="processes extracting articles (default: one per CPU core)")
    ing.add_argument("--records", type=Path, nargs="+", default=None, metavar="FILE",
                     help="write these JSON-lines records (from `talkswatch extract` or any "
                     "engine running store.jsonl.record_line) instead of reading --seeds")
    ext = sub.add_parser("extract", help="extract a seeds folder to JSON lines, one per "
                         "article, without a database (see `ingest --records`)")
    ext.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS,
                     help="folder of articles (default: ./seeds)")
    ext.add_argument("-o", "--output", type=Path, default=None,
                     help="write to this file instead of standard output")
    ext.add_argument("-j", "--jobs", type=int, default=None,
                     help="processes extracting articles (default: one per CPU core)")
    exp = sub.add_parser("export", parents=[common],
                         help="write the whole store as one JSON document")
    exp.add_argument("--seeds", type=Path, default=None,
                     help="ingest this folder first (incrementally)")
    exp.add_argument("-o", "--output", type=Path, default=None,
                     help="write to this file instead of standard output")
    ev = sub.add_parser("eval", help="score the extractor against a gold-annotated corpus")
    ev.add_argument("gold_dir", type=Path, help="folder of NAME.txt articles and "
                    "NAME.gold.json annotations (see tests/corpus/README.md)")
    ev.add_argument("-v", "--verbose", action="store_true",
                    help="also list every miss and every extra item")
    return parser


def _ingest(db_path: Path, seeds: Path, quiet: bool = False,
            jobs: int | None = None) -> IngestReport:
    from store.ingest import ingest_into  # the extractor loads only for commands that ingest

    if not seeds.is_dir():
        raise StoreError(f"seeds folder {seeds} does not exist; create it and put articles "
                         "(.txt or .md) in it")
    db = open_db(db_path)
    try:
        report = ingest_into(db, seeds, jobs=jobs)
    finally:
        db.conn.close()
    if not quiet:
        for line in report.lines():
            print(line)
    return report


def _ingest_records(db_path: Path, files: list[Path]) -> IngestReport:
    from store.jsonl import ingest_lines

    db = open_db(db_path)
    try:
        reports = []
        for path in files:
            try:
                with path.open(encoding="utf-8") as lines:
                    reports.append(ingest_lines(db, lines, str(path)))
            except OSError as exc:
                raise StoreError(f"cannot read {path} ({exc.strerror})") from exc
    finally:
        db.conn.close()
    for report in reports:
        for line in report.lines():
            print(line)
    return reports[-1]


def _extract(seeds: Path, output: Path | None, jobs: int | None) -> int:
    from store.jsonl import extract_lines

    if not seeds.is_dir():
        raise StoreError(f"seeds folder {seeds} does not exist")
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for line in extract_lines(seeds, jobs):
            out.write(line + "\n")
    finally:
        if output:
            out.close()
    return 0


def _summary(db_path: Path) -> None:
    db = open_db(db_path)
    try:
        c = counts(db)
    finally:
        db.conn.close()
    print(f"{db_path}: {c['articles']} articles, {c['actors']} actors, "
          f"{c['delegations']} delegations, {c['statements']} statements, "
          f"{c['demands']} demands, {c['military']} military events")


def _installed() -> bool:
    try:
        metadata.version("talkswatch")
    except metadata.PackageNotFoundError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "ingest" and args.records:
            report = _ingest_records(args.db, args.records)
            _summary(args.db)
            return 1 if report.failed and not (report.added or report.changed) else 0
        if args.command == "extract":
            return _extract(args.seeds, args.output, args.jobs)
        if args.command == "ingest":
            report = _ingest(args.db, args.seeds, jobs=args.jobs)
            _summary(args.db)
            return 1 if report.failed and not (report.added or report.changed) else 0
        if args.command == "eval":
            from store.evaluate import evaluate

            report = evaluate(args.gold_dir)
            if args.verbose:
                print("\n".join(report.misses))
            print(report.table())
            return 0
        if args.command == "export":
            if args.seeds is not None:
                _ingest(args.db, args.seeds, quiet=True)
            from store.export import build_export

            db = open_db(args.db)
            try:
                doc = build_export(db)
            finally:
                db.conn.close()
            text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
            if args.output:
                args.output.write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
            return 0
        return _dashboard(args.db, args.seeds)
    except StoreError as exc:
        print(f"talkswatch: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # every article is written whole or not at all
        print(f"talkswatch: the database stopped the work ({exc}); what was written before "
              "is intact, run the command again", file=sys.stderr)
        return 2


def _dashboard(db_path: Path, seeds: Path) -> int:
    """Open the dashboard at once on what the database holds; it ingests seeds/ behind it."""
    from tui.app import TalkswatchApp  # Textual loads only when the dashboard is wanted

    open_db(db_path).conn.close()  # a database talkswatch cannot use fails here, with a message
    TalkswatchApp(db_path=db_path, seeds=seeds).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
