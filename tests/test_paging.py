"""Panes read their items a window at a time (queries.page): every window, count and position
must agree with the whole list, under every kind of filter, and the dashboard must scroll
through a pane longer than its window with the ordinary keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, copy_seeds
from rich.text import Text

from store import queries
from store.db import open_db
from store.ingest import ingest
from store.queries import Filter
from tui.app import TalkswatchApp
from tui.headless import settle
from tui.panes import ItemTable, Pane


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("paging")
    seeds = copy_seeds(CORPUS, root)
    ingest(seeds, root / "t.db")
    return root / "t.db"


def _filters(db_path: Path) -> list[Filter]:
    db = open_db(db_path)
    try:
        top = [a.name for a in queries.actors(db)[:3]]
    finally:
        db.conn.close()
    return [queries.NO_FILTER, Filter(search="ceasefire"), Filter(search="russia talks"),
            Filter(search="zz_nothing"), Filter(search="***"),
            *(Filter(actor=a) for a in top), Filter(search="the", actor=top[0])]


@pytest.mark.parametrize("pane", queries.PANE_NAMES)
def test_windows_counts_and_positions_agree_with_the_whole_list(corpus_db: Path,
                                                                 pane: str) -> None:
    db = open_db(corpus_db)
    try:
        for flt in _filters(corpus_db):
            whole = queries.page(db, pane, flt, limit=None).items
            keys = [i.key for i in whole]
            assert len(set(keys)) == len(keys)
            assert queries.count(db, pane, flt) == len(whole), (pane, flt)
            for offset in range(0, len(whole) + 4, 3):
                for counted in (True, False):
                    window = queries.page(db, pane, flt, offset, limit=4, count=counted)
                    start = window.offset
                    assert [i.key for i in window.items] == keys[start:start + 4], (pane, flt)
                    assert window.total in (len(whole), -1)
                    if counted:  # a counted window is kept full at the end
                        assert start == max(0, min(offset, len(whole) - 4))
            for n, key in enumerate(keys):
                assert queries.locate(db, pane, flt, key) == n
            if flt.active and len(keys) < queries.count(db, pane, queries.NO_FILTER):
                hidden = next(i.key for i in queries.page(db, pane, limit=None).items
                              if i.key not in set(keys))
                assert queries.locate(db, pane, flt, hidden) is None
    finally:
        db.conn.close()


def test_a_window_names_its_first_source_and_how_many_articles(corpus_db: Path) -> None:
    db = open_db(corpus_db)
    try:
        whole = {i.key: i for i in queries.statements(db)}
        for item in queries.page(db, "statements", limit=50).items:
            full = whole[item.key]
            assert item.sources == ()  # a window does not read every source
            assert item.origin == full.sources[0].article
            assert item.articles == len({s.article for s in full.sources})
            contexts, total = queries.item_sources(db, "statements", item.key, limit=1)
            assert total == len(full.sources) and len(contexts) == 1
            assert contexts[0].article == full.sources[0].article
    finally:
        db.conn.close()


def _cursor_key(app: TalkswatchApp, pane: str) -> str | None:
    table = app.query_one(f"#table-{pane}", ItemTable)
    return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value


async def test_keys_scroll_through_a_pane_longer_than_its_window(
        corpus_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "PAGE", 6)
    db = open_db(corpus_db)
    try:
        keys = [i.key for i in queries.statements(db)]
    finally:
        db.conn.close()
    assert len(keys) > 20
    app = TalkswatchApp(db_path=corpus_db, seeds=tmp_path, ingest_on_start=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        table = app.query_one("#table-statements", ItemTable)
        assert table.row_count == 6
        assert f"{len(keys)} statements" in str(app.pane("statements").border_subtitle)
        # a window of a long pane has no scrollbar (it would show the place in the window);
        # a pane the table holds whole keeps one
        for pane in app.query(Pane):  # windows of long panes: no scrollbar (it would show
            shown = pane.shown  # the place in the window, not in the pane)
            assert shown is not None and shown.total is not None
            assert shown.total > len(shown.items)
            assert pane.table.styles.scrollbar_size_vertical == 0
        for n in range(1, 15):  # down, past the end of one window after another
            await pilot.press("j")
            await settle(pilot)
            assert _cursor_key(app, "statements") == keys[n]
        assert "· rows 10–15" in str(app.pane("statements").border_subtitle)  # row 15 in it
        for n in range(13, 9, -1):
            await pilot.press("k")
            await settle(pilot)
            assert _cursor_key(app, "statements") == keys[n]
        await pilot.press("G")
        await settle(pilot)
        assert _cursor_key(app, "statements") == keys[-1]
        await pilot.press("g")
        await settle(pilot)
        assert _cursor_key(app, "statements") == keys[0]
        await pilot.press("pagedown")
        await settle(pilot)
        here = keys.index(_cursor_key(app, "statements") or "")
        assert here > 0
        await pilot.press("enter")  # the detail of an item read from a window has its sources
        await settle(pilot)
        title = app.screen.query_one("#detail-sources-title")
        assert "Sources (" in str(title.visual) and "(0" not in str(title.visual)  # type: ignore[attr-defined]


async def test_a_filter_and_its_clearing_keep_the_cursor_item_beyond_the_first_window(
        corpus_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "PAGE", 6)
    app = TalkswatchApp(db_path=corpus_db, seeds=tmp_path, ingest_on_start=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("2", *("j" * 12))
        await settle(pilot)
        before = _cursor_key(app, "statements")
        item = app.pane("statements").selected
        word = max(item.text.split(), key=len).strip(".,\"'")
        await pilot.press("slash", *word)
        await settle(pilot)
        cells = [c.plain if isinstance(c, Text) else str(c)
                 for c in app.query_one("#table-statements", ItemTable).get_row_at(0)]
        assert cells  # the search shows its window
        assert _cursor_key(app, "statements") == before  # the item matches: the cursor stays
        await pilot.press("escape")
        await settle(pilot)
        assert _cursor_key(app, "statements") == before
