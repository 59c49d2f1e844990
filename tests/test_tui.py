"""The dashboard, driven with keys through Textual's Pilot: panes, navigation, detail, filter,
actor filter, help, palette and live re-ingest. Tests wait on workers, never on sleeps."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from store.ingest import ingest
from tui import app as app_module
from tui.app import TalkswatchApp
from tui.detail import HIGHLIGHT, DetailScreen
from tui.headless import settle
from tui.help import HelpScreen
from tui.panes import ItemTable, Pane
from tui.report import ReportScreen

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_039b4e6232fde918.txt"
WIRE = ROOT / "tests" / "articles" / "101_wire_istanbul_may16.txt"

# A short article written for these tests: a new speaker, a new quote, a drone attack.
NEW_ARTICLE = """ date 2025-07-23
Third round of talks opens in Istanbul

Kyiv's delegation, led by Rustem Umerov, arrived in Istanbul on Wednesday for a third round.
"We came to talk about an exchange of all prisoners," said Olena Marchenko, a Ukrainian negotiator.
Overnight Russia fired 27 drones at Odesa, the regional governor said.
"""


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copyfile(SEED, folder / SEED.name)
    return folder


def make_app(seeds: Path, **kwargs: object) -> TalkswatchApp:
    return TalkswatchApp(db_path=seeds.parent / "t.db", seeds=seeds, **kwargs)  # type: ignore[arg-type]


def rows(app: TalkswatchApp, pane: str) -> list[list[str]]:
    table = app.query_one(f"#table-{pane}", ItemTable)
    return [[c.plain if isinstance(c, Text) else str(c) for c in table.get_row_at(i)]
            for i in range(table.row_count)]


def column(app: TalkswatchApp, pane: str, label: str) -> list[str]:
    table = app.query_one(f"#table-{pane}", ItemTable)
    index = [c.label.plain for c in table.ordered_columns].index(label)
    return [r[index] for r in rows(app, pane)]


def focused_pane(app: TalkswatchApp) -> str:
    pane = app.focused_pane()
    assert pane is not None
    return pane.spec.name


async def cursor_to(pilot: Pilot[None], pane: str, label: str, value: str) -> None:
    """Focus a pane and move its cursor down with `j` to the first row whose column starts so."""
    await pilot.press(str({"delegations": 1, "statements": 2, "demands": 3, "military": 4,
                           "actors": 5}[pane]))
    await pilot.press("g")
    values = column(pilot.app, pane, label)  # type: ignore[arg-type]
    target = next(i for i, v in enumerate(values) if v.startswith(value))
    for _ in range(target):
        await pilot.press("j")
    assert pilot.app.query_one(f"#table-{pane}", ItemTable).cursor_row == target


# --- panes -------------------------------------------------------------------------------------


async def test_all_five_panes_fill_from_the_seed(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert {"Russia", "Ukraine"} <= set(column(app, "delegations", "Party"))
        ukraine = next(r for r in rows(app, "delegations") if r[1] == "Ukraine")
        assert ukraine[3] == "Rustem Umerov" and ukraine[4] == "14"
        assert ukraine[2] == "Istanbul" and ukraine[0] == "2025-06-02"
        assert "Rustem Umerov (Defense Minister)" in ukraine[5]
        speakers = column(app, "statements", "Speaker")
        assert "Volodymyr Zelensky" in speakers and "Vasily Nebenzya" in speakers
        assert {"quote", "reported"} <= set(column(app, "statements", "Kind"))
        assert "Vasily Nebenzya" in column(app, "demands", "Voiced by")
        assert any("41 bombers" in n for n in column(app, "military", "Numbers"))
        assert "Volodymyr Zelensky" in column(app, "actors", "Name")
        for pane in ("delegations", "statements", "demands", "military"):
            dates = [d for d in column(app, pane, "Date") if d != "undated"]
            assert dates == sorted(dates), f"{pane} is not in date order"
        assert app.pane("statements").border_subtitle == "7 statements"


async def test_long_text_is_cut_in_the_table_and_whole_in_the_detail(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await cursor_to(pilot, "statements", "Speaker", "Volodymyr Zelensky")
        shown = column(app, "statements", "Statement")[
            app.query_one("#table-statements", ItemTable).cursor_row]
        assert shown.endswith("…")
        item = app.pane("statements").selected
        assert item is not None and len(item.text) > len(shown)
        await pilot.press("enter")
        await settle(pilot)
        fields = app.screen.query_one("#detail-fields", Static)
        assert item.text in str(fields.visual)


async def test_startup_paints_from_the_database_before_any_ingest(seeds: Path) -> None:
    ingest(seeds, seeds.parent / "t.db")
    (seeds / SEED.name).unlink()  # an ingest now would remove it: the panes must not wait for one
    app = make_app(seeds, ingest_on_start=False)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert len(rows(app, "statements")) == 7
        assert "1 article" in str(app.query_one("#status-text", Static).visual)


async def test_empty_panes_say_why_and_how_to_add_articles(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        for pane in ("delegations", "statements", "demands", "military", "actors"):
            message = str(app.query_one(f"#empty-{pane}", Static).visual)
            assert "No articles yet" in message and str(seeds) in message
            assert app.pane(pane).has_class("-empty")
        (seeds / "a.txt").write_text(" date 2025-05-01\nTalks about talks.\n\n"
                                     "Foreign ministers said they would meet again.\n")
        await pilot.press("r")
        await settle(pilot)
        message = str(app.query_one("#empty-military", Static).visual)
        assert "No military events found in the 1 article" in message


# --- keys --------------------------------------------------------------------------------------


async def test_number_keys_focus_panes_and_tab_cycles(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert focused_pane(app) == "delegations"
        for key, pane in (("3", "demands"), ("5", "actors"), ("1", "delegations"),
                          ("4", "military"), ("2", "statements")):
            await pilot.press(key)
            assert focused_pane(app) == pane
        await pilot.press("tab")
        assert focused_pane(app) == "demands"
        await pilot.press("tab", "tab", "tab")
        assert focused_pane(app) == "delegations"
        await pilot.press("shift+tab")
        assert focused_pane(app) == "actors"


async def test_j_k_g_G_and_arrows_move_the_cursor(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("3")
        table = app.query_one("#table-demands", ItemTable)
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1 == 9
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("down")
        assert table.cursor_row == 1


async def test_enter_shows_the_source_sentence_highlighted_in_its_paragraph(
        seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        await cursor_to(pilot, "military", "Numbers", "41 bombers")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        content = app.screen.sources[0]
        text = str(content)
        assert SEED.name in text and "2025-06-02" in text
        sentence = ("The talks are taking place only a day after the Security Service of Ukraine "
                    "(SBU) launched a mass drone attack")
        start = text.index(sentence)
        marked = [text[s.start:s.end] for s in content.spans  # type: ignore[attr-defined]
                  if str(s.style) == HIGHLIGHT]
        assert any(m.startswith(sentence) and m.endswith("air fleet.") for m in marked)
        assert start > text.index("\n")  # the paragraph goes on around the highlighted sentence
        await pilot.press("escape")
        assert not isinstance(app.screen, DetailScreen)
        assert focused_pane(app) == "military"


async def test_the_detail_view_shows_each_item_it_is_opened_on(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await cursor_to(pilot, "actors", "Name", "Volodymyr Zelensky")
        await pilot.press("enter")
        await settle(pilot)
        assert "Zelensky" in str(app.screen.query_one("#detail-title", Static).visual)
        await pilot.press("escape", "4", "g", "enter")  # the first military event, then
        await settle(pilot)
        title = str(app.screen.query_one("#detail-title", Static).visual)
        assert title.startswith("Military context") and "Zelensky" not in title
        assert "Event" in str(app.screen.query_one("#detail-fields", Static).visual)
        assert str(app.screen.query_one("#detail-sources-title", Static).visual).startswith(
            "Sources (1")
        assert len(app.screen.sources) == 1


async def test_actor_detail_lists_every_alias_role_and_mention(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await cursor_to(pilot, "actors", "Name", "Volodymyr Zelensky")
        await pilot.press("enter")
        await settle(pilot)
        fields = str(app.screen.query_one("#detail-fields", Static).visual)
        for alias in ("President Volodymyr Zelensky", "Zelensky"):
            assert alias in fields
        assert "President" in fields and "Ukraine" in fields
        sources_title = str(app.screen.query_one("#detail-sources-title", Static).visual)
        assert sources_title == "Mentions (2)"
        assert len(app.screen.sources) == 2


async def test_slash_filters_the_focused_pane_as_you_type(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("3", "j", "j", "j", "j", "j")
        before = app.pane("demands").selected
        await pilot.press("slash")
        for key in "ceasefire":
            await pilot.press(key)
        await settle(pilot)
        texts = column(app, "demands", "Demand")
        assert len(texts) == 3 and all("ceasefire" in t for t in texts)
        assert "matching “ceasefire”" in str(app.pane("demands").border_subtitle)
        assert len(rows(app, "statements")) == 7  # other panes keep their rows
        await pilot.press("enter")  # keep the filter, back to the table
        assert isinstance(app.focused, ItemTable) and focused_pane(app) == "demands"
        await pilot.press("slash", *"xyzzy")  # nothing matches: the pane says so
        await settle(pilot)
        assert "matches the filter" in str(app.query_one("#empty-demands", Static).visual)
        await pilot.press("escape")
        await settle(pilot)
        assert len(rows(app, "demands")) == 10
        assert app.pane("demands").selected == before  # back on the row it was on


async def test_filter_finds_word_forms_and_names(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("2", "slash", *"nebenzya")
        await settle(pilot)
        assert set(column(app, "statements", "Speaker")) == {"Vasily Nebenzya"}
        await pilot.press("escape", "slash", *"proposal")  # stem of "proposals"
        await settle(pilot)
        texts = [i.text for i in app.pane("statements").items.values()]
        assert texts and all("proposal" in t.lower() for t in texts)
        assert any("proposals" in t for t in texts)


@pytest.mark.parametrize("typed", ['"', "NEAR(", "*", "-", "(((", "a OR", '"ceasefire*'])
async def test_search_syntax_in_the_filter_never_errors(seeds: Path, typed: str) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("3", "slash", *typed)
        await settle(pilot)
        assert app.is_running
        assert app.pane("demands").loaded


async def test_a_filters_every_pane_by_the_selected_actor(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await cursor_to(pilot, "actors", "Name", "Vasily Nebenzya")
        await pilot.press("a")
        await settle(pilot)
        assert app.actor_filter == "Vasily Nebenzya"
        assert set(column(app, "statements", "Speaker")) == {"Vasily Nebenzya"}
        assert len(rows(app, "demands")) == 2
        assert column(app, "actors", "Name")[0] == "Vasily Nebenzya"
        assert "Vasily Nebenzya" in str(app.query_one("#status-text", Static).visual)
        assert "with Vasily Nebenzya" in str(app.pane("demands").border_subtitle)
        await pilot.press("a")
        await settle(pilot)
        assert app.actor_filter is None and len(rows(app, "demands")) == 10


async def test_a_on_a_statement_filters_by_its_speaker_and_escape_clears(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await cursor_to(pilot, "statements", "Speaker", "Volodymyr Zelensky")
        await pilot.press("a")
        await settle(pilot)
        assert app.actor_filter == "Volodymyr Zelensky"
        assert set(column(app, "statements", "Speaker")) == {"Volodymyr Zelensky"}
        await pilot.press("escape")
        await settle(pilot)
        assert app.actor_filter is None and len(rows(app, "statements")) == 7


async def test_help_is_built_from_the_live_bindings(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        help_rows = {str(table.get_row_at(i)[1]): str(table.get_row_at(i)[0])
                     for i in range(table.row_count)}
        assert help_rows["Filter the focused pane as you type (full-text search)"] == "/"
        assert help_rows["Next row"] == "↓, j"
        assert help_rows["Show every key and what it does"] == "?, f1"
        assert help_rows["Read new, changed and removed articles from the seeds folder"] == "r"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_palette_offers_the_apps_commands_next_to_textuals(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Focus the Actors pane" in titles and "Read new, changed and removed articles " \
            "from the seeds folder" in titles
        assert {"Theme", "Quit", "Keys"} <= set(titles)  # Textual's own, still there
        await pilot.press("ctrl+p", *"Focus the Actors")
        await pilot.pause(0.3)  # the palette searches in the background; let it list its hits
        await pilot.press("enter")
        await settle(pilot)
        assert focused_pane(app) == "actors"


async def test_q_quits(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


# --- re-ingest ----------------------------------------------------------------------------------


async def test_r_picks_up_an_article_dropped_into_seeds(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        assert "Olena Marchenko" not in column(app, "statements", "Speaker")
        (seeds / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        await pilot.press("r")
        await settle(pilot)
        assert "Olena Marchenko" in column(app, "statements", "Speaker")
        assert any("27 drones" in n for n in column(app, "military", "Numbers"))
        messages = [n.message for n in app._notifications]
        assert any("1 added, 0 changed, 0 removed, 1 unchanged, 0 skipped, 0 failed" in m
                   and "added new.txt" in m for m in messages)
        assert "2 articles" in str(app.query_one("#status-text", Static).visual)


async def test_r_reports_failed_files_with_their_reason(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(notifications=True) as pilot:
        await settle(pilot)
        (seeds / "broken.txt").write_bytes(b"\x00\x01binary\x00junk" * 10)
        await pilot.press("r")
        await settle(pilot)
        failed = [n for n in app._notifications if "failed broken.txt" in n.message]
        assert failed and failed[0].severity == "warning"
        assert "Press i for every file and the reason." in failed[0].message
        assert len(rows(app, "statements")) == 7


async def test_i_shows_every_file_of_the_last_ingest_problems_first(seeds: Path) -> None:
    (seeds / "broken.txt").write_bytes(b"\x00\x01binary\x00junk" * 10)
    (seeds / "scan.pdf").write_bytes(b"%PDF-1.7")
    app = make_app(seeds)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        table = app.screen.query_one("#report-table", DataTable)
        shown = [[c.plain for c in table.get_row_at(r)] for r in range(table.row_count)]
        assert shown == [
            ["failed", "broken.txt", "binary file, not text"],
            ["skipped", "scan.pdf", "not an article file (reads .htm, .html, .markdown, .md, "
                                    ".text, .txt)"],
            ["added", SEED.name, ""],
        ]
        title = str(app.screen.query_one("#report-title", Static).visual)
        assert "1 added, 0 changed, 0 removed, 0 unchanged, 1 skipped, 1 failed" in title
        (seeds / "broken.txt").unlink()
        await pilot.press("escape")
        assert not isinstance(app.screen, ReportScreen)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        table = app.screen.query_one("#report-table", DataTable)
        assert [table.get_row_at(r)[0].plain for r in range(table.row_count)] == [
            "skipped", "unchanged"]


async def test_the_report_view_before_any_ingest_says_how_to_start(tmp_path: Path) -> None:
    app = TalkswatchApp(db_path=tmp_path / "t.db", seeds=tmp_path, ingest_on_start=False)
    async with app.run_test() as pilot:
        await pilot.press("i")
        await settle(pilot)
        title = str(app.screen.query_one("#report-title", Static).visual)
        assert title.startswith("No ingest has run on this database yet: press r")


async def test_r_keeps_the_cursor_on_the_same_item(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        await cursor_to(pilot, "statements", "Speaker", "Volodymyr Zelensky")
        before = app.pane("statements").selected
        shutil.copyfile(WIRE, seeds / WIRE.name)  # earlier statements: rows move down
        await pilot.press("r")
        await settle(pilot)
        assert len(rows(app, "statements")) > 7
        assert app.pane("statements").selected.key == before.key


async def test_r_while_an_ingest_runs_does_not_start_another(
        seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    release = threading.Event()
    real = app_module.ingest

    def slow_ingest(*args: object, **kwargs: object) -> object:
        started.append(1)
        release.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "ingest", slow_ingest)
    app = make_app(seeds, ingest_on_start=False)
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert app.ingesting and app.has_class("-ingesting")
        await pilot.press("j", "r", "r")  # the screen still answers keys while it runs
        release.set()
        await settle(pilot)
        assert started == [1]
        assert any("already running" in n.message for n in app._notifications)
        assert not app.ingesting and len(rows(app, "statements")) == 7


async def test_a_missing_seeds_folder_is_reported_not_fatal(tmp_path: Path) -> None:
    app = TalkswatchApp(db_path=tmp_path / "t.db", seeds=tmp_path / "nowhere")
    async with app.run_test(notifications=True) as pilot:
        await settle(pilot)
        assert app.is_running
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and "nowhere" in errors[0].message


# --- text from articles is shown, never interpreted --------------------------------------------


async def test_markup_and_escape_codes_in_articles_are_shown_literally(seeds: Path) -> None:
    (seeds / "hostile.txt").write_text(
        ' date 2025-06-03\nTest\n\n'
        '"We reject [bold]this[/bold] and [@click=app.quit]that[/] \x1b[31mplan\x1b[0m," '
        "said Olena Marchenko, a Ukrainian negotiator.\n", encoding="utf-8")
    app = make_app(seeds)
    async with app.run_test(size=(200, 48)) as pilot:
        await settle(pilot)
        await cursor_to(pilot, "statements", "Speaker", "Olena Marchenko")
        table = app.query_one("#table-statements", ItemTable)
        shown = table.get_row_at(table.cursor_row)[3]
        assert isinstance(shown, Text) and not shown.spans  # no style came from the text
        assert shown.plain.startswith("We reject [bold]this[/bold] and [@click=app.quit]")
        assert "\x1b" not in shown.plain
        await pilot.press("a")  # the actor's name and the search reach the status and titles
        await settle(pilot)
        assert "actor: Olena Marchenko" in str(app.query_one("#status-text", Static).visual)
        await pilot.press("a", "slash", *"[bold]x[/]")
        await settle(pilot)
        subtitle = app.pane("statements")._border_subtitle
        assert subtitle is not None and "“[bold]x[/]”" in subtitle.plain
        await pilot.press("escape", "enter")
        await settle(pilot)
        await pilot.click("#detail-sources")
        assert app.is_running
        assert "[@click=app.quit]" in str(app.screen.query_one("#detail-sources", Static).visual)


# --- layout ----------------------------------------------------------------------------------


async def test_at_80x24_the_focused_pane_takes_the_room(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        heights = {p.spec.name: p.size.height for p in app.query(Pane)}
        assert heights["statements"] >= 9
        assert all(h <= 2 for n, h in heights.items() if n != "statements")
        visible = app.query_one("#table-statements", ItemTable).size.height
        assert visible >= 8  # the header and every statement of the seed


async def test_an_edited_alias_file_shows_at_the_next_start(seeds: Path) -> None:
    ingest(seeds, seeds.parent / "t.db")
    (seeds / "aliases.toml").write_text('same = [["Heorhii Tykhyi", "Vasily Nebenzya"]]\n',
                                        encoding="utf-8")
    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        names = column(app, "actors", "Name")
        assert ("Heorhii Tykhyi" in names) != ("Vasily Nebenzya" in names)  # one actor now


async def test_a_load_overtaken_by_a_later_one_is_never_shown(seeds: Path) -> None:
    """A reload of every pane can finish after a search typed since: the pane keeps the
    newer result, whichever worker ends last."""
    from tui.app import Filter, Shown

    app = make_app(seeds)
    async with app.run_test() as pilot:
        await settle(pilot)
        pane = app.pane("statements")
        before = pane.shown
        assert before is not None and before.items
        stale = app._ticket("statements", Filter("ceasefire"))
        app._ticket("statements", Filter(""))  # a later load of the same pane
        app._show(stale, Shown([], before.articles, Filter("ceasefire"), 0))
        assert pane.shown is before
        app._counted(stale, 0)
        assert pane.shown is before


async def test_a_pane_its_table_holds_whole_has_a_scrollbar(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        pane = app.pane("actors")  # 21 actors in a pane 9 rows high
        assert pane.shown is not None and pane.shown.total == len(pane.shown.items)
        assert pane.table.styles.scrollbar_size_vertical == 1
        assert pane.table.show_vertical_scrollbar


def type_ahead(app: TalkswatchApp, *keys: str) -> None:
    """Keys read in one go, as when the user types while the screen is busy: all of them
    are queued before the first is handled."""
    from textual import events

    named = {"/": "slash", "escape": "escape", "enter": "enter"}
    for key in keys:
        app.post_message(events.Key(named.get(key, key), key if len(key) == 1 else None))


async def test_keys_typed_ahead_act_where_the_keys_before_them_led(seeds: Path) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        type_ahead(app, "2", "/", "k", "y", "i", "v")  # focus a pane, open its filter, type
        await settle(pilot)
        statements = app.pane("statements")
        assert statements.search == "kyiv" and statements.filter_input.has_focus
        assert app.pane("delegations").search == ""
        type_ahead(app, "escape", "3", "G")  # close the filter, go to Demands, to its end
        await settle(pilot)
        demands = app.pane("demands")
        assert statements.search == "" and demands.table.has_focus
        assert demands.table.cursor_row == demands.table.row_count - 1
