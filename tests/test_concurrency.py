"""Concurrency: readers keep reading while an ingest writes, and two `talkswatch ingest`
processes on one database neither corrupt it nor fail with "database is locked"."""

from __future__ import annotations

import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest
from conftest import CORPUS, cli_ingest, copy_seeds

from store import queries
from store.db import open_db
from store.export import export_document
from store.ingest import ingest
from tui.app import TalkswatchApp
from tui.headless import settle


def _cli_ingest(seeds: Path, db: Path) -> subprocess.Popen[str]:
    return cli_ingest(seeds, db, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("ref")
    ingest(copy_seeds(CORPUS, root), root / "t.db")
    return export_document(root / "t.db")


@pytest.mark.parametrize("start", ["empty", "half", "edited"])
def test_two_ingest_processes_on_one_database(reference: dict[str, object], tmp_path: Path,
                                              start: str) -> None:
    seeds = copy_seeds(CORPUS, tmp_path)
    db = tmp_path / "t.db"
    if start == "half":  # one process has work left over from an earlier run
        half = copy_seeds(CORPUS[::2], tmp_path / "half")
        ingest(half, db)
    elif start == "edited":  # both find the same changed file
        ingest(seeds, db)
        edited = seeds / CORPUS[3].name
        edited.write_text(edited.read_text(encoding="utf-8") + "\n\nTalks resumed.\n",
                          encoding="utf-8")
    procs = [_cli_ingest(seeds, db), _cli_ingest(seeds, db)]
    outs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err + out and "Traceback" not in err
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    if start == "edited":
        ingest(seeds, db)  # the edit has to be in the reference too
        fresh = tmp_path / "fresh.db"
        ingest(seeds, fresh)
        assert export_document(db) == export_document(fresh)
    else:
        assert export_document(db) == reference


def test_readers_keep_reading_while_an_ingest_writes(tmp_path: Path) -> None:
    seeds = copy_seeds(CORPUS, tmp_path)
    db = tmp_path / "t.db"
    open_db(db).conn.close()
    done = threading.Event()
    errors: list[BaseException] = []
    seen: list[int] = []

    def browse() -> None:
        conn = open_db(db)
        try:
            while not done.is_set():
                for query in (queries.delegations, queries.statements, queries.demands,
                              queries.military, queries.actors):
                    query(conn, queries.Filter(search="ceasefire"))
                seen.append(queries.article_count(conn))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            conn.conn.close()

    reader = threading.Thread(target=browse)
    reader.start()
    try:
        report = ingest(seeds, db)
    finally:
        done.set()
        reader.join(30)
    assert not errors, errors
    assert len(report.added) == len(CORPUS)
    assert len(seen) >= 3 and seen == sorted(seen)  # reads went on, and never went backwards
    assert len(set(seen)) >= 2  # ...while the articles were arriving


async def test_the_dashboard_keeps_browsing_while_another_process_ingests(
        tmp_path: Path) -> None:
    seeds = copy_seeds(CORPUS, tmp_path)
    db = tmp_path / "t.db"
    app = TalkswatchApp(db_path=db, seeds=seeds, ingest_on_start=False)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        proc = _cli_ingest(seeds, db)
        browsed_while_writing = 0
        keys = ["2", "j", "j", "slash", "c", "e", "escape", "5", "k", "tab", "g", "G"]
        for n in range(400):
            await pilot.press(keys[n % len(keys)])
            app.reload()
            await settle(pilot)
            if proc.poll() is not None:
                break
            browsed_while_writing += 1
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        app.reload()
        await settle(pilot)
        assert browsed_while_writing >= 3
        assert not [n for n in app._notifications if n.severity == "error"]
        assert app.articles == len(CORPUS)
        assert len(app.pane("statements").items) > 0
