"""The JSON-lines path: extraction anywhere (one line per article), merging by talkswatch."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ARTICLES, SEED, copy_seeds

from store.db import open_db
from store.export import export_document
from store.ingest import ingest
from store.jsonl import extract_lines, ingest_lines, record_line
from tui.cli import main


def test_records_from_extract_make_the_same_store_as_the_folder(tmp_path: Path) -> None:
    seeds = copy_seeds([SEED, *ARTICLES], tmp_path)
    out = tmp_path / "records.jsonl"
    assert main(["extract", "--seeds", str(seeds), "-o", str(out), "--jobs", "1"]) == 0
    assert main(["ingest", "--records", str(out), "--db", str(tmp_path / "a.db")]) == 0
    ingest(seeds, tmp_path / "b.db")
    assert export_document(tmp_path / "a.db") == export_document(tmp_path / "b.db")
    again = ingest(seeds, tmp_path / "a.db")  # the folder sees the records' articles as its own
    assert not again.touched and again.unchanged == len(ARTICLES) + 1


def test_a_record_line_is_a_pure_function_of_the_bytes(tmp_path: Path) -> None:
    data = SEED.read_bytes()
    line = record_line("talks/seed.txt", data, 5.0)
    assert line == record_line("talks/seed.txt", data, 5.0)
    record = json.loads(line)
    assert record["path"] == "talks/seed.txt" and record["rows"]["format"] == 1
    assert record["rows"]["statements"] and "\n" not in line


def test_bad_lines_are_reported_by_number_and_change_nothing(tmp_path: Path) -> None:
    seeds = copy_seeds([SEED], tmp_path)
    good = list(extract_lines(seeds, jobs=1))
    db = open_db(tmp_path / "t.db")
    try:
        assert ingest_lines(db, good, "first").added == [SEED.name]
        before = export_document(tmp_path / "t.db")
        broken = json.loads(good[0])
        broken["rows"]["statements"][0][0] = 10**6  # a statement in a sentence that is not there
        wrong_format = json.loads(good[0])
        wrong_format["rows"]["format"] = 99
        lines = ["{not json", json.dumps({"rows": {}}), json.dumps(wrong_format),
                 json.dumps(broken), json.dumps({"path": "x.txt", "error": "binary file"})]
        report = ingest_lines(db, lines, "bad.jsonl")
    finally:
        db.conn.close()
    reasons = dict(report.failed)
    assert {"bad.jsonl:1", "bad.jsonl:2", "bad.jsonl:3", "bad.jsonl:4", "x.txt"} == set(reasons)
    assert "format 1" in reasons["bad.jsonl:3"] and "points at" in reasons["bad.jsonl:4"]
    assert reasons["x.txt"] == "binary file"
    assert export_document(tmp_path / "t.db") == before
