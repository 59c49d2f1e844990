"""The ingest report view: what the last ingest did with every file of the seeds folder, and
why a file was skipped or failed, read from the database so a report from `talkswatch ingest`
in another terminal shows here too."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static
from textual.worker import get_current_worker

from store import queries
from store.db import open_db
from tui.footer import KeyFooter
from tui.keys import REPORT_BINDINGS
from tui.safe import cell, clean

OUTCOME_STYLE = {"failed": "bold red", "skipped": "yellow", "added": "green",
                 "changed": "cyan", "removed": "magenta", "unchanged": "dim"}


def headline(run: queries.IngestRun | None, files: int) -> str:
    if run is None:
        return "No ingest has run on this database yet: press r on the dashboard."
    c = run.counts
    when = run.finished.replace("T", " ").replace("+00:00", " UTC")
    return (f"Last ingest {when}, from {run.seeds}\n{c.get('added', 0)} added, "
            f"{c.get('changed', 0)} changed, {c.get('removed', 0)} removed, "
            f"{c.get('unchanged', 0)} unchanged, "
            f"{c.get('skipped', 0) - c.get('unchanged', 0)} skipped, "
            f"{c.get('failed', 0)} failed · {files} file{'s' if files != 1 else ''}")


class ReportScreen(Screen[None]):
    """Every file of the last ingest: failed and skipped first, each with its reason."""

    BINDINGS = REPORT_BINDINGS

    def __init__(self, db_path: Path) -> None:
        super().__init__(id="report")
        self.db_path = db_path

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Reading the ingest report…", id="report-title")
        table: DataTable[Text] = DataTable(id="report-table", cursor_type="row",
                                           zebra_stripes=True)
        table.add_column("Outcome", key="outcome", width=9)
        table.add_column("File", key="file")
        table.add_column("Reason", key="reason")
        yield table
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.load()

    @work(thread=True, exclusive=True, group="report")
    def load(self) -> None:
        db = open_db(self.db_path)
        try:
            run = queries.last_run(db)
            files = queries.file_outcomes(db)
        finally:
            db.conn.close()
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, run, files)

    def _show(self, run: queries.IngestRun | None, files: list[queries.FileOutcome]) -> None:
        self.query_one("#report-title", Static).update(
            Content("\n".join(clean(line) for line in headline(run, len(files)).split("\n"))))
        table = self.query_one("#report-table", DataTable)
        table.clear()
        for f in files:
            table.add_row(cell(f.outcome, style=OUTCOME_STYLE.get(f.outcome, "")), cell(f.path),
                          cell(f.reason or ""), key=f.path)

    def action_back(self) -> None:
        self.dismiss()
