"""The talkswatch dashboard: five panes over the store, re-ingest in a worker, detail and help.

The UI thread only renders. Every query runs in a thread worker with its own connection (so
the screen never waits on the database), and so does the ingest, which writes through its own
connection while the panes keep reading (WAL).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import textual.screen
from textual import events, on
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Container, Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, ProgressBar, Static
from textual.worker import get_current_worker

from store import queries
from store.db import open_db
from store.queries import Filter
from tui.detail import DetailScreen, Sources, read_sources
from tui.footer import KeyFooter
from tui.help import HelpScreen, help_rows
from tui.keys import APP_BINDINGS, PALETTE_ACTIONS
from tui.panes import (
    PANE_BY_NAME,
    PANES,
    WIDE,
    FilterInput,
    Pane,
    PaneSpec,
    Shown,
    focus_now,
)
from tui.report import ReportScreen
from tui.safe import clean

if TYPE_CHECKING:
    from store.ingest import IngestReport, Progress


class _Load(NamedTuple):
    """One load of a pane: its filter, where its cursor goes, and its number."""

    name: str
    flt: Filter
    anchor: tuple[str | None, int]  # (the cursor's item key, or None; the row to fall back on)
    number: int


# Textual paints changes at most 60 times a second, so a key waited up to 17 ms for its frame,
# and a window change takes two or three frames (rows, then the layout they cause, then the
# scroll to the cursor). Painting happens only when something changed, so a higher ceiling
# costs nothing while the screen is still. TEXTUAL_FPS, when set, still decides.
FRAMES_PER_SECOND = int(os.environ.get("TEXTUAL_FPS") or 240)
textual.screen.UPDATE_PERIOD = 1 / FRAMES_PER_SECOND  # read when a screen first paints

DASHBOARD_ONLY = frozenset({"focus_pane", "filter", "actor_filter", "clear_filters"})
PROGRESS_EVERY = 0.1  # seconds between progress updates sent from the ingest thread


class TalkswatchApp(App[None]):
    """Delegations, statements, demands, military context and actors, by keyboard."""

    CSS_PATH = "talkswatch.tcss"
    TITLE = "talkswatch"
    BINDINGS = APP_BINDINGS
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (40, "-tall")]

    def __init__(self, db_path: Path, seeds: Path, ingest_on_start: bool = True) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.seeds = Path(seeds)
        self.ingest_on_start = ingest_on_start
        self.actor_filter: str | None = None
        self.ingesting = False
        self.last_report: IngestReport | None = None
        self.articles = 0
        self.ingest_status = ""  # "ingesting 3/10 a.txt" while an ingest runs
        self._ingest_after_paint = False
        self._detail: DetailScreen | None = None
        self._loads: dict[str, int] = {}  # number of the latest load of each pane

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panes"):
            for spec in PANES:
                yield Pane(spec, seeds_hint=f"{self.seeds}/")
        with Horizontal(id="status"):
            yield Static(id="status-text")
            yield ProgressBar(id="progress", show_eta=False)
        yield KeyFooter()

    async def on_event(self, event: events.Event) -> None:
        """Keys act in the order typed, each on what the keys before it left focused.

        Textual hands a key to the widget focused when it is read and runs its binding once
        it has bubbled back up to the app, so keys typed ahead while the screen is busy were
        handled against the old focus: "2/zel" opened the Delegations filter and dropped
        "zel"; "escape 3" typed "3" into the closing filter box. Here a key's binding runs
        at once against the current focus, and only a key no binding takes (a character
        typed into the filter box) goes on to the focused widget."""
        if isinstance(event, events.Key) and not event.is_forwarded and self.app_focus:
            typing = isinstance(self.focused, Input) and event.is_printable
            if not typing and (await self._check_bindings(event.key, priority=True)
                               or await self._check_bindings(event.key)):
                return
        await super().on_event(event)

    def on_mount(self) -> None:
        open_db(self.db_path).conn.close()  # create the schema once, before the workers read
        self.sub_title = f"{self.db_path} ← {self.seeds}/"
        self.pane("delegations").table.focus()
        self._status()
        self._ingest_after_paint = self.ingest_on_start  # the panes first, then the ingest
        self.reload()

    def pane(self, name: str) -> Pane:
        return self.query_one(f"#pane-{name}", Pane)

    def focused_pane(self) -> Pane | None:
        node = self.focused
        while node is not None and not isinstance(node, Pane):
            node = node.parent  # type: ignore[assignment]
        return node

    # --- loading -----------------------------------------------------------------------------

    def reload(self, names: Iterable[str] | None = None) -> None:
        """Query the panes again, keeping cursors where they were: one worker and one
        connection for them all (five threads racing for the interpreter at startup took
        longer than the five queries)."""
        loads = []
        for name in names or PANE_BY_NAME:
            pane = self.pane(name)
            loads.append(self._ticket(name, Filter(pane.search, self.actor_filter)))
        self.run_worker(partial(self._query, loads), thread=True, exclusive=True,
                        group="reload", name="reload panes")

    def _load(self, name: str, flt: Filter, row: int | None = None) -> None:
        """Query a pane's window in a worker: around item number `row` when given, else
        around the item under the cursor (or the cursor's place when the filter hides it)."""
        self.run_worker(partial(self._query, [self._ticket(name, flt, row)]), thread=True,
                        exclusive=True, group=f"load-{name}", name=f"load {name}")

    def _ticket(self, name: str, flt: Filter, row: int | None = None) -> _Load:
        """What to load into a pane, numbered: a pane shows only its latest load, whichever
        worker finishes first (a reload of every pane may end after a search typed since)."""
        self._loads[name] = self._loads.get(name, 0) + 1
        key, here = self.pane(name).anchor()
        anchor = (None, row) if row is not None else (key, here)
        return _Load(name, flt, anchor, self._loads[name])

    @on(Pane.WindowWanted)
    def _window_wanted(self, event: Pane.WindowWanted) -> None:
        pane = event.pane
        self._load(pane.spec.name, Filter(pane.search, self.actor_filter), row=event.row)

    def _query(self, loads: list[_Load]) -> None:
        """Each pane's window, on screen as soon as it is read; then, for a broad search,
        its count."""
        worker = get_current_worker()
        load = loads[0]
        try:
            db = open_db(self.db_path)
            # a load overtaken by a newer one (the next key of a search) stops its query at
            # once instead of finishing a count no one will see, beside the newer query
            db.conn.set_progress_handler(lambda: worker.is_cancelled, 10_000)
            try:
                with queries.snapshot(db):
                    articles = queries.article_count(db)
                    counts = []
                    for load in loads:
                        if worker.is_cancelled:
                            return
                        if self._loads.get(load.name) != load.number:
                            continue  # a later load of this pane is under way
                        key, row = load.anchor
                        at = (queries.locate(db, load.name, load.flt, key)
                              if key is not None else None)
                        at = row if at is None else at
                        page = queries.page(db, load.name, load.flt, at - queries.PAGE // 2,
                                            queries.PAGE, count=False)
                        self.call_from_thread(self._show, load, Shown(
                            page.items, articles, load.flt,
                            None if page.total < 0 else page.total, page.offset,
                            at - page.offset))
                        if page.total < 0:
                            counts.append(load)
                    for load in counts:
                        if worker.is_cancelled:
                            return
                        total = queries.count(db, load.name, load.flt)
                        self.call_from_thread(self._counted, load, total)
            finally:
                db.conn.close()
        except Exception as exc:  # the screen stays up and says what went wrong
            if worker.is_cancelled:
                return  # its query was interrupted on purpose
            self.call_from_thread(self.notify, clean(f"Could not read {self.db_path}: {exc}"),
                                  title=PANE_BY_NAME[load.name].title, severity="error",
                                  markup=False)

    def _show(self, load: _Load, shown: Shown) -> None:
        if self._loads.get(load.name) != load.number:
            return  # superseded while it was read
        self.pane(load.name).show(shown)
        if shown.articles != self.articles:
            self.articles = shown.articles
            self._status()
        if self._ingest_after_paint and all(p.loaded for p in self.query(Pane)):
            self._ingest_after_paint = False
            self.start_ingest(startup=True)

    def _counted(self, load: _Load, total: int) -> None:
        if self._loads.get(load.name) == load.number:
            self.pane(load.name).counted(load.flt, total)

    def _status(self, ingest: str | None = None) -> None:
        if ingest is not None:
            self.ingest_status = ingest
        parts = [f"{self.articles} article{'s' if self.articles != 1 else ''}"]
        if self.actor_filter is not None:
            parts.append(f"actor: {clean(self.actor_filter)} (a clears)")
        if self.ingest_status:
            parts.append(self.ingest_status)
        self.query_one("#status-text", Static).update(Content(" · ".join(parts)))

    # --- ingest ------------------------------------------------------------------------------

    def start_ingest(self, startup: bool = False) -> None:
        """Re-read the seeds folder in a thread worker; asked again while one runs, it says so
        and starts nothing."""
        if self.ingesting:
            self.notify("An ingest is already running.", severity="warning")
            return
        self.ingesting = True
        self.query_one("#progress", ProgressBar).update(total=None, progress=0)
        self.add_class("-ingesting")
        self._status("reading the seeds folder…")
        self.run_worker(partial(self._ingest, startup), thread=True, group="ingest",
                        name="ingest", exit_on_error=False)

    def _ingest(self, startup: bool) -> None:
        last = 0.0

        def progress(done: int, total: int, rel: str) -> None:
            nonlocal last
            now = time.monotonic()
            if done == total or now - last >= PROGRESS_EVERY:
                last = now
                self.call_from_thread(self._progress, done, total, rel)

        try:
            report = ingest(self.seeds, self.db_path, progress)
        except Exception as exc:  # shown to the user; the store keeps what it had
            self.call_from_thread(self._ingest_failed, exc)
            return
        self.call_from_thread(self._ingest_done, report, startup)

    def _progress(self, done: int, total: int, rel: str) -> None:
        self.query_one("#progress", ProgressBar).update(total=total, progress=done)
        self._status(f"ingesting {done}/{total} {clean(rel)}")

    def _ingest_failed(self, exc: Exception) -> None:
        self.ingesting = False
        self.remove_class("-ingesting")
        self._status("")
        if isinstance(exc, FileNotFoundError):
            why = f"{exc}; create it, put .txt or .md articles in it and press r"
        else:
            why = str(exc) if isinstance(exc, OSError) else f"{type(exc).__name__}: {exc}"
        self.notify(f"{clean(why)}. Nothing in the database was lost.", title="Ingest failed",
                    severity="error", timeout=10, markup=False)

    def _ingest_done(self, report: IngestReport, startup: bool) -> None:
        self.ingesting = False
        self.last_report = report
        self.remove_class("-ingesting")
        self._status("")
        if report.touched or report.failed or not startup:
            self.notify(ingest_message(report), title="Ingest", markup=False,
                        severity="warning" if report.failed else "information",
                        timeout=12 if report.failed else 6)
        if report.touched or report.remerged or not startup:
            self.reload()
        for screen in self.screen_stack:
            if isinstance(screen, ReportScreen):
                screen.load()

    # --- actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Pane actions only work (and only show in the footer) on the dashboard itself."""
        if action == "report" and isinstance(self.screen, ReportScreen):
            return False
        return not (action in DASHBOARD_ONLY and self.screen is not self.screen_stack[0])

    def action_focus_pane(self, name: str) -> None:
        focus_now(self.pane(name).table)

    def action_filter(self) -> None:
        pane = self.focused_pane() or self.pane("delegations")
        pane.open_filter()

    @on(Input.Changed, "FilterInput")
    def _filter_changed(self, event: Input.Changed) -> None:
        assert isinstance(event.input, FilterInput)
        pane = event.input.pane
        pane.search = event.value
        self._load(pane.spec.name, Filter(pane.search, self.actor_filter))

    def action_actor_filter(self) -> None:
        if self.actor_filter is not None:
            self._set_actor(None)
            return
        pane = self.focused_pane()
        item = pane.selected if pane is not None else None
        name = queries.row_actor(item) if item is not None else None
        if name is None:
            self.notify("Select a row with an actor first.", severity="warning")
            return
        self._set_actor(name)

    def _set_actor(self, name: str | None) -> None:
        self.actor_filter = name
        self.set_class(name is not None, "-actor-filter")
        self._status()
        self.reload()

    def action_clear_filters(self) -> None:
        if self.actor_filter is not None:
            self._set_actor(None)
            return
        pane = self.focused_pane()
        if pane is not None and pane.search:
            pane.filter_input.value = ""
            pane.search = ""
            pane.close_filter()
            self._load(pane.spec.name, Filter("", self.actor_filter))

    def action_reingest(self) -> None:
        self.start_ingest()

    def action_report(self) -> None:
        self.push_screen(ReportScreen(self.db_path))

    def action_help(self) -> None:
        live = [(b.binding, self.get_key_display(replace(b.binding, key_display=None)))
                for b in self.screen.active_bindings.values()]
        self.push_screen(HelpScreen(help_rows(live)))

    @on(DataTable.RowSelected, "ItemTable")
    def _open_detail(self, event: DataTable.RowSelected) -> None:
        pane = event.data_table.parent
        if not isinstance(pane, Pane):
            return
        item = pane.items.get(event.row_key.value or "")
        if item is not None:
            self.run_worker(partial(self._read_detail, pane.spec, item), thread=True,
                            exclusive=True, group="detail", name="detail")

    def _read_detail(self, spec: PaneSpec, item: Any) -> None:
        """The item's sources, read before its detail view shows (so it paints once)."""
        try:
            sources = read_sources(self.db_path, spec, item)
        except Exception as exc:  # the dashboard stays up and says what went wrong
            self.call_from_thread(self.notify, clean(f"Could not read {self.db_path}: {exc}"),
                                  title="Detail", severity="error", markup=False)
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._open_detail_on, spec, item, sources)

    def _open_detail_on(self, spec: PaneSpec, item: Any, sources: Sources) -> None:
        if self.screen is not self.screen_stack[0]:
            return  # the user went elsewhere (help, the report) while it was read
        if self._detail is None:
            self._detail = DetailScreen(spec, item, sources)
            self.install_screen(self._detail, name="detail")
        self._detail.show(spec, item, sources)
        self.push_screen("detail")

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's commands, and ours from the same binding data as the footer and help."""
        yield from super().get_system_commands(screen)
        for binding in APP_BINDINGS:
            if binding.action.split("(")[0] in PALETTE_ACTIONS:
                yield SystemCommand(
                    binding.tooltip or binding.description,
                    f"{binding.description} ({self.get_key_display(binding)})",
                    partial(self.run_action, binding.action))


def ingest(seeds: Path, db_path: Path, progress: Progress) -> IngestReport:
    """store.ingest.ingest, imported on first use on the worker thread: the extractor takes
    0.2 s to import, and the first paint must not wait for it."""
    from store.ingest import ingest as run

    return run(seeds, db_path, progress)


def ingest_message(report: IngestReport, per_kind: int = 3) -> str:
    """What an ingest changed, for the notification: counts, then a few files of each kind,
    and where to read the rest."""
    ignored = [p for p in report.skipped if report.skip_reasons.get(p) != "unchanged"]
    lines = [f"{len(report.added)} added, {len(report.changed)} changed, "
             f"{len(report.removed)} removed, {report.unchanged} unchanged, "
             f"{len(ignored)} skipped, {len(report.failed)} failed"]
    groups = [("failed", [f"{p}: {why}" for p, why in report.failed]),
              ("added", report.added), ("changed", report.changed), ("removed", report.removed)]
    for verb, paths in groups:
        lines += [f"{verb} {p}" for p in paths[:per_kind]]
        if len(paths) > per_kind:
            lines.append(f"…and {len(paths) - per_kind} more {verb}")
    if report.failed or ignored:
        lines.append("Press i for every file and the reason.")
    return "\n".join(clean(line) for line in lines)
