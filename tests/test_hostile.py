"""Hostile text: article text and search input are data, never instructions. Markup, escape
sequences and control characters cannot style, act or move the cursor; FTS5 syntax typed into
the filter never errors; stored paths are relative; nothing is written outside the database."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.text import Text

from store import queries
from store.db import open_db
from store.export import export_document
from store.ingest import ingest
from tui.app import TalkswatchApp
from tui.cli import main
from tui.headless import settle
from tui.panes import ItemTable

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_039b4e6232fde918.txt"

# every way a text can try to act on a terminal or on Rich/Textual
HOSTILE = [
    "[bold red]loud[/]", "[@click=app.quit]click me[/]", "[link=https://evil.test]x[/link]",
    "[on red]", "[/]", "\\[escaped]", "\x1b[31mred\x1b[0m", "\x1b[2J\x1b[H", "\x1b]8;;https://evil.test\x07link\x1b]8;;\x07",
    "\x1b[?1049h", "\x9b2J", "\x07bell", "back\x08\x08\x08space", "over\rwrite", "\x1b7\x1b8",
    "\u202eevil\u202c", "tab\there",  # (a NUL byte makes a file binary: see test_bad_input)
]
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
FTS_INPUTS = ['"', '""', "*", "a*", "NEAR(a b)", "NEAR", "-", "-ceasefire", "(", ")",
              "((", "a OR", "AND", "NOT x", "col:x", "^x", "x + y", "{a b}", "'", "\\",
              '"unbalanced', "ceasefire)", "\x00", "\u202e", "[bold]", "%", "_", "ä*ö"]


def _hostile_article() -> str:
    noise = " ".join(HOSTILE)
    return (f" date 2025-06-03\nTalks {HOSTILE[0]} headline {HOSTILE[6]}\n\n"
            f'"We reject {noise} entirely," said Olena Marchenko, a Ukrainian negotiator.\n\n'
            f"Moscow demanded that Kyiv give up {HOSTILE[1]} {HOSTILE[7]} at once.\n\n"
            f"Russia launched 40 drones {HOSTILE[8]} overnight, the air force said.\n")


@pytest.fixture()
def hostile_db(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copyfile(SEED, seeds / SEED.name)
    (seeds / "hostile.txt").write_text(_hostile_article(), encoding="utf-8")
    ingest(seeds, tmp_path / "t.db")
    return seeds, tmp_path / "t.db"


def test_control_characters_never_reach_the_store(hostile_db: tuple[Path, Path]) -> None:
    _, db = hostile_db
    conn = open_db(db)
    try:
        texts = [r[0] for r in conn.execute(
            "SELECT body FROM articles UNION ALL SELECT text FROM sentences "
            "UNION ALL SELECT text FROM statements UNION ALL SELECT name FROM actors")]
    finally:
        conn.conn.close()
    bad = [t for t in texts if any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F
                                   for c in t)]
    assert bad == []
    assert any("[@click=app.quit]" in t for t in texts)  # markup is kept, as plain text


async def test_hostile_text_is_shown_literally_everywhere(hostile_db: tuple[Path, Path]) -> None:
    seeds, db = hostile_db
    app = TalkswatchApp(db_path=db, seeds=seeds, ingest_on_start=False)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        for name in ("statements", "demands", "military"):
            table = app.query_one(f"#table-{name}", ItemTable)
            for row in range(table.row_count):
                for value in table.get_row_at(row):
                    assert isinstance(value, Text) and not value.spans
                    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in BIDI
                                   for c in value.plain)
        await pilot.press("2")
        table = app.query_one("#table-statements", ItemTable)
        texts = [table.get_row_at(r)[3].plain for r in range(table.row_count)]
        row = next(i for i, t in enumerate(texts) if "We reject" in t)
        assert texts[row].startswith("We reject [bold red]loud[/] [@click=app.quit]click")
        for _ in range(row):
            await pilot.press("j")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.click("#detail-sources")
        await pilot.click("#detail-fields")
        assert app.is_running and app.screen.id == "detail"  # nothing clicked acted
        assert "\x1b" not in app.export_screenshot()


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(search=st.one_of(st.sampled_from(FTS_INPUTS), st.text(max_size=40),
                        st.lists(st.sampled_from(FTS_INPUTS + ["ceasefire", "Umerov"]),
                                 max_size=6).map(" ".join)))
def test_any_search_input_never_errors(hostile_db: tuple[Path, Path], search: str) -> None:
    _, db = hostile_db
    conn = open_db(db)
    try:
        for query in (queries.delegations, queries.statements, queries.demands,
                      queries.military, queries.actors):
            query(conn, queries.Filter(search=search))
    finally:
        conn.conn.close()


def test_stored_paths_are_relative_whichever_way_seeds_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    shutil.copyfile(SEED, seeds / "sub" / "seed.txt")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "t.db"
    ingest(Path("seeds"), db)
    again = ingest(seeds.resolve(), db)
    assert again.skip_reasons == {"sub/seed.txt": "unchanged"}
    assert [a["path"] for a in export_document(db)["articles"]] == ["sub/seed.txt"]


def _tree(root: Path) -> dict[str, tuple[int, int, bytes]]:
    out = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            st_ = path.lstat()
            out[str(path.relative_to(root))] = (st_.st_size, st_.st_mtime_ns,
                                                path.read_bytes() if path.is_file() else b"")
    return out


async def test_nothing_is_written_outside_the_database_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copyfile(SEED, seeds / SEED.name)
    (seeds / "hostile.txt").write_text(_hostile_article(), encoding="utf-8")
    (seeds / "junk.bin").write_bytes(b"\x00" * 10)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    store_dir = tmp_path / "store"
    db = store_dir / "talkswatch.db"
    before = _tree(tmp_path)
    assert main(["ingest", "--seeds", str(seeds), "--db", str(db)]) == 0
    assert main(["export", "--db", str(db)]) == 0
    app = TalkswatchApp(db_path=db, seeds=seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("r", "i")
        await settle(pilot)
    capsys.readouterr()
    after = _tree(tmp_path)
    changed = {p for p in set(before) | set(after) if before.get(p) != after.get(p)}
    assert changed and all(p.startswith("store/talkswatch.db") for p in changed), changed
    assert not any(work.iterdir())


@pytest.mark.parametrize("text", HOSTILE)
def test_safe_text_keeps_no_control_or_reordering_character(text: str) -> None:
    from tui.safe import cell, clean, flat

    for shown in (clean(text), flat(text), cell(text).plain):
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in BIDI for c in shown)
    assert len(flat(text)) == len(text)  # offsets for the detail highlight stay valid


@pytest.mark.parametrize("value", ["Andrii Hnatov (Chief of the General Staff); " * 200,
                                   "中" * 3000, "a\u0301" * 2000, "x" * 44, "x" * 45, "short"])
@pytest.mark.parametrize("width", [1, 10, 40])
def test_a_long_cell_is_cut_as_if_whole(value: str, width: int) -> None:
    """cell() cuts a long string before Rich measures it; what it shows must be what
    truncating the whole string shows."""
    from rich.text import Text

    from tui.safe import cell

    whole = Text(value, no_wrap=True, overflow="ellipsis", end="")
    if whole.cell_len > width:
        whole.truncate(width, overflow="ellipsis")
    assert cell(value, width).plain == whole.plain
