"""Fixtures for the end-to-end tests: ingest chosen articles into a fresh store, expose the export.

The pipeline modules are imported inside the fixtures so the test modules still collect (and fail
with a clear ImportError) while the pipeline is incomplete.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

TESTS_DIR = Path(__file__).resolve().parent
SEED = TESTS_DIR.parent / "seeds" / "000_039b4e6232fde918.txt"
ARTICLES = sorted((TESTS_DIR / "articles").glob("*.txt"))
# the seed, the hand-written articles and the corpus's development half: 31 varied articles
CORPUS = [SEED, *ARTICLES, *sorted((TESTS_DIR / "corpus" / "dev").glob("*.txt"))]
SECTIONS = ("delegations", "statements", "demands", "military")


def _squash(text: str) -> str:
    """Collapse whitespace runs so a sentence re-flowed across lines still counts as verbatim."""
    return " ".join(text.split())


@dataclass
class Ingested:
    """One ingest run: where it lives, what ingest reported and the export it produced."""

    seeds: Path
    db: Path
    report: Any
    doc: dict[str, Any]

    @staticmethod
    def has_alias(actor: dict[str, Any], alias: str) -> bool:
        """Exact alias test that tolerates a leading article ("the Kremlin" is "Kremlin")."""
        strip = re.compile(r"^the\s+", re.IGNORECASE)
        return any(strip.sub("", a) == alias for a in actor["aliases"])

    def actors_matching(self, pattern: str, kind: str | None = None) -> list[dict[str, Any]]:
        """Actors (of `kind`, if given) with an alias containing regex `pattern` as whole words.

        A pattern rather than an exact alias, so spelling probes and titled forms both match.
        """
        rx = re.compile(rf"(?<!\w){pattern}(?!\w)")
        return [
            a
            for a in self.doc["actors"]
            if (kind is None or a["kind"] == kind) and any(rx.search(al) for al in a["aliases"])
        ]

    def actor(self, pattern: str, kind: str | None = None) -> dict[str, Any]:
        """The single actor an alias pattern points to; fails loudly when it is 0 or several."""
        found = self.actors_matching(pattern, kind)
        names = [a["name"] for a in found]
        assert len(found) == 1, f"expected exactly one actor with alias ~ {pattern!r}, got {names}"
        return found[0]

    def name_of(self, pattern: str, kind: str | None = "person") -> str:
        """Canonical name of the one person (by default) an alias pattern points to."""
        return self.actor(pattern, kind)["name"]

    def named(self, name: str) -> dict[str, Any]:
        found = [a for a in self.doc["actors"] if a["name"] == name]
        assert len(found) == 1, f"expected exactly one actor named {name!r}, got {len(found)}"
        return found[0]

    def records(self, section: str, article: str | None = None) -> list[dict[str, Any]]:
        """Rows of one export section, optionally only those with a source in `article`."""
        rows = self.doc[section]
        if article is None:
            return rows
        return [r for r in rows if any(s["article"] == article for s in r["sources"])]

    def article(self, path: str) -> dict[str, Any]:
        found = [a for a in self.doc["articles"] if a["path"] == path]
        assert len(found) == 1, f"expected one exported article {path!r}, got {len(found)}"
        return found[0]

    def unsourced(self) -> list[dict[str, Any]]:
        """Extracted rows lacking a source whose sentence occurs verbatim in its article file."""
        texts = {p.name: _squash(p.read_text(encoding="utf-8")) for p in self.seeds.glob("*.txt")}

        def traced(src: dict[str, Any]) -> bool:
            body = texts.get(src["article"])
            return body is not None and bool(src["sentence"].strip()) and (
                _squash(src["sentence"]) in body
            )

        return [r for s in SECTIONS for r in self.doc[s] if not any(map(traced, r["sources"]))]

    def dangling_names(self) -> list[str]:
        """Names used outside `actors` that are not the name of exactly one actor."""
        counts: dict[str, int] = {}
        for a in self.doc["actors"]:
            counts[a["name"]] = counts.get(a["name"], 0) + 1
        used = [a["side"] for a in self.doc["actors"]]
        used += [s["speaker"] for s in self.doc["statements"]]
        used += [x for d in self.doc["demands"] for x in (d["party"], d["by"])]
        used += [m["actor"] for m in self.doc["military"]]
        for d in self.doc["delegations"]:
            used += [d["party"], d["leader"], *(m["name"] for m in d["members"])]
        return sorted({n for n in used if n is not None and counts.get(n) != 1})

    def reingest(self) -> tuple[Any, dict[str, Any]]:
        """Run ingest again on the same seeds folder and database; return (report, export)."""
        from store.export import export_document
        from store.ingest import ingest

        report = ingest(self.seeds, self.db)
        return report, export_document(self.db)


def copy_seeds(files: Iterable[Path], root: Path) -> Path:
    """root/seeds holding copies of `files` (created if needed)."""
    seeds = root / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copyfile(f, seeds / f.name)
    return seeds


def cli_ingest(seeds: Path, db: Path, **popen: Any) -> subprocess.Popen[Any]:
    """`talkswatch ingest` in a process of its own, running this checkout's code."""
    code = "import sys; from tui.cli import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "PYTHONPATH": str(TESTS_DIR.parent)}
    return subprocess.Popen([sys.executable, "-c", code, "ingest", "--seeds", str(seeds),
                             "--db", str(db)], env=env, **popen)


def run_ingest(files: Iterable[Path], root: Path) -> Ingested:
    """Copy `files` into root/seeds, ingest into root/t.db and export the result."""
    from store.export import export_document
    from store.ingest import ingest

    seeds = copy_seeds(files, root)
    db = root / "t.db"
    report = ingest(seeds, db)
    return Ingested(seeds, db, report, export_document(db))


@pytest.fixture
def ingest_files(tmp_path: Path) -> Callable[[Iterable[Path]], Ingested]:
    """Factory: ingest a chosen set of article files into a fresh per-test store."""
    return lambda files: run_ingest(files, tmp_path)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    """The seed article alone, ingested once per module."""
    return run_ingest([SEED], tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="module")
def all_run(tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    """The seed plus every hand-written article in tests/articles, ingested together."""
    return run_ingest([SEED, *ARTICLES], tmp_path_factory.mktemp("all"))
