"""The command line: ingest report, export document, default launch."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_ingest_prints_added_then_unchanged(workdir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest"]) == 0
    out = capsys.readouterr().out
    assert "added    000_039b4e6232fde918.txt" in out
    assert "1 added, 0 changed, 0 removed" in out
    assert main(["ingest", "--seeds", "seeds", "--db", "talkswatch.db"]) == 0
    assert "1 skipped (1 unchanged)" in capsys.readouterr().out


def test_export_follows_the_spec(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--seeds", "seeds"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "talkswatch-export/1"
    assert set(doc) >= {"articles", "actors", "delegations", "statements", "demands",
                        "military"}
    names = [a["name"] for a in doc["actors"]]
    assert len(names) == len(set(names))
    for section, key in (("statements", "speaker"), ("demands", "by"), ("military", "actor"),
                         ("delegations", "leader")):
        for item in doc[section]:
            assert item[key] is None or item[key] in names
            assert item["sources"] and all(s["article"] == "000_039b4e6232fde918.txt"
                                           for s in item["sources"])
            assert item["date"] is None or len(item["date"]) == 10


def test_export_to_file(workdir: Path) -> None:
    assert main(["export", "--seeds", "seeds", "-o", "out.json"]) == 0
    assert json.loads((workdir / "out.json").read_text())["articles"][0]["published"] == \
        "2025-06-02"


def test_default_command_opens_the_dashboard(workdir: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.app import TalkswatchApp

    launched: list[tuple[Path, Path]] = []
    monkeypatch.setattr(TalkswatchApp, "run",
                        lambda self: launched.append((self.db_path, self.seeds)))
    assert main(["--seeds", "seeds", "--db", "my.db"]) == 0
    assert launched == [(Path("my.db"), Path("seeds"))]
    assert (workdir / "my.db").exists()


def test_dashboard_refuses_a_foreign_database_before_opening(
        workdir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.app import TalkswatchApp

    monkeypatch.setattr(TalkswatchApp, "run", lambda self: pytest.fail("dashboard opened"))
    (workdir / "notes.db").write_bytes(b"these are my notes, not a database" * 100)
    assert main(["--db", "notes.db"]) == 2
    assert "not a SQLite database" in capsys.readouterr().err
    assert (workdir / "notes.db").read_bytes().startswith(b"these are my notes")


def test_missing_seeds_folder_is_a_clear_error(workdir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--seeds", "nowhere"]) == 2
    assert "seeds folder nowhere does not exist" in capsys.readouterr().err
