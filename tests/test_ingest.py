"""Ingest into SQLite: incremental by content, one transaction per article, clear failures."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

import store.ingest as ingest_mod
from store import queries
from store.db import open_db
from store.export import export_document
from store.ingest import ingest

ONE = (" date 2025-06-02 Defence Minister Rustem Umerov is leading Ukraine's 12-member "
       "delegation in Istanbul.\n\n\"We want a real ceasefire,\" Umerov said.\n")
TWO = (" date 2025-06-03 Kremlin spokesman Dmitry Peskov said that the memorandum was "
       "handed over.\n\nRussia launched 90 drones overnight, the air force said.\n")


def _seed(tmp_path: Path, files: dict[str, str]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for name, text in files.items():
        path = seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return seeds


def _count(db_path: Path, table: str) -> int:
    db = open_db(db_path)
    try:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        db.conn.close()


def test_added_then_skipped_then_changed_then_removed(tmp_path: Path) -> None:
    seeds = _seed(tmp_path, {"a.txt": ONE, "sub/b.md": TWO})
    db = tmp_path / "t.db"
    first = ingest(seeds, db)
    assert sorted(first.added) == ["a.txt", "sub/b.md"]
    again = ingest(seeds, db)
    assert sorted(again.skipped) == ["a.txt", "sub/b.md"] and not again.touched
    (seeds / "a.txt").write_text(ONE.replace("12-member", "13-member"), encoding="utf-8")
    changed = ingest(seeds, db)
    assert changed.changed == ["a.txt"]
    doc = export_document(db)
    assert [d["size"] for d in doc["delegations"]] == [13]
    (seeds / "sub/b.md").unlink()
    removed = ingest(seeds, db)
    assert removed.removed == ["sub/b.md"]
    assert _count(db, "articles") == 1
    assert _count(db, "military") == 0  # the removed article's rows went with it


def test_touched_file_with_same_content_is_not_rewritten(tmp_path: Path) -> None:
    seeds = _seed(tmp_path, {"a.txt": ONE})
    db = tmp_path / "t.db"
    ingest(seeds, db)
    os.utime(seeds / "a.txt", (1, 1))
    report = ingest(seeds, db)
    assert report.skipped == ["a.txt"] and report.skip_reasons["a.txt"] == "unchanged"


def test_bad_files_are_reported_and_the_rest_ingests(tmp_path: Path) -> None:
    seeds = _seed(tmp_path, {"good.txt": ONE, "empty.txt": ""})
    (seeds / "latin1.txt").write_bytes(" date 2025-06-02 caf\xe9 talks".encode("latin-1"))
    (seeds / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (seeds / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    report = ingest(seeds, tmp_path / "t.db")
    failed = dict(report.failed)
    assert report.added == ["good.txt"]
    assert "UTF-8" in failed["latin1.txt"]
    assert "binary" in failed["blob.txt"]
    assert failed["empty.txt"] == "empty file"
    assert "not an article file" in report.skip_reasons["photo.jpg"]


def test_crash_inside_an_article_leaves_nothing_half_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _seed(tmp_path, {"a.txt": ONE})
    db = tmp_path / "t.db"
    ingest(seeds, db)
    before = export_document(db)
    (seeds / "a.txt").write_text(TWO, encoding="utf-8")
    real = ingest_mod.write_article

    def explode(conn: sqlite3.Connection, *args: object) -> int:
        real(conn, *args)  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    monkeypatch.setattr(ingest_mod, "write_article", explode)
    report = ingest(seeds, db)
    assert report.failed and "power cut" in report.failed[0][1]
    after = export_document(db)
    assert after == before  # the old version of the article is intact
    monkeypatch.setattr(ingest_mod, "write_article", real)
    assert ingest(seeds, db).changed == ["a.txt"]


def test_export_sources_are_relative_paths_and_verbatim_sentences(tmp_path: Path) -> None:
    seeds = _seed(tmp_path, {"nested/a.txt": ONE})
    doc = export_document_after(seeds, tmp_path / "t.db")
    (statement,) = [s for s in doc["statements"] if s["kind"] == "quote"]
    assert statement["sources"] == [
        {"article": "nested/a.txt", "sentence": "\"We want a real ceasefire,\" Umerov said."}]
    assert statement["speaker"] == "Rustem Umerov"


def export_document_after(seeds: Path, db: Path) -> dict:
    ingest(seeds, db)
    return export_document(db)


def test_same_statement_in_two_articles_is_one_record_with_two_sources(tmp_path: Path) -> None:
    seeds = _seed(tmp_path, {"a.txt": ONE, "b.txt": ONE.replace("2025-06-02", "2025-06-03")})
    doc = export_document_after(seeds, tmp_path / "t.db")
    quotes = [s for s in doc["statements"] if s["kind"] == "quote"]
    assert len(quotes) == 1 and len(quotes[0]["sources"]) == 2


def test_full_text_search_over_statements(tmp_path: Path) -> None:
    seeds = _seed(tmp_path, {"a.txt": ONE, "b.txt": TWO})
    ingest(seeds, tmp_path / "t.db")
    db = open_db(tmp_path / "t.db")
    try:
        hits = queries.statements(db, queries.Filter(search="ceasefire"))
        assert [h.text for h in hits] == ["We want a real ceasefire"]
        assert queries.page(db, "statements", queries.Filter(search="ceasefire")).total == 1
    finally:
        db.conn.close()


def test_extractor_crash_is_reported_and_the_rest_ingests(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _seed(tmp_path, {"a.txt": ONE, "b.txt": TWO})
    real = ingest_mod._extractor()

    def flaky(raw: str):  # type: ignore[no-untyped-def]
        if "Peskov" in raw:
            raise IndexError("boom")
        return real(raw)

    monkeypatch.setattr(ingest_mod, "_extractor", lambda: flaky)
    report = ingest(seeds, tmp_path / "t.db")
    assert report.added == ["a.txt"]
    assert report.failed[0][0] == "b.txt" and "IndexError" in report.failed[0][1]


def test_worker_processes_write_what_one_process_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files read by worker processes land in folder order with the rows one process gives
    them: same export, same ids."""
    seeds = Path(__file__).parent / "corpus" / "dev"
    monkeypatch.setattr(ingest_mod, "POOL_MIN", 2)
    stores = []
    for jobs in (1, 2):
        db = open_db(tmp_path / f"jobs{jobs}.db")
        try:
            report = ingest_mod.ingest_into(db, seeds, jobs=jobs)
            assert not report.failed and len(report.added) > 8
            ids = db.execute("SELECT path, id FROM articles ORDER BY id").fetchall()
            stores.append((ids, db.execute("SELECT COUNT(*), MAX(id) FROM mentions").fetchone()))
        finally:
            db.conn.close()
        stores[-1] += (export_document(tmp_path / f"jobs{jobs}.db"),)
    assert stores[0] == stores[1]
