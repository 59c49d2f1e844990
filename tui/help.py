"""The help screen, built from the bindings active where `?` was pressed."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from tui.keys import (
    APP_BINDINGS,
    DETAIL_BINDINGS,
    FILTER_BINDINGS,
    HELP_BINDINGS,
    REPORT_BINDINGS,
    TABLE_BINDINGS,
)


class HelpScreen(ModalScreen[None]):
    """Every key that works on the dashboard, with what it does."""

    BINDINGS = HELP_BINDINGS

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__(id="help")
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static("Keys", id="help-title")
            table: DataTable[Text] = DataTable(id="help-table", cursor_type="row",
                                               zebra_stripes=True)
            table.add_column("Key", key="key")
            table.add_column("What it does", key="what")
            for keys, what in self.rows:
                table.add_row(Text(keys, style="bold"), Text(what))
            yield table
            yield Static("escape or ? closes", id="help-footer")

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()


def help_rows(bindings: list[tuple[Binding, str]]) -> list[tuple[str, str]]:
    """One row per action: every key bound to it and what it does; talkswatch's keys first,
    in the order they are declared, then the ones Textual's widgets bring."""
    keys_of: dict[str, list[str]] = {}
    what_of: dict[str, str] = {}
    for binding, display in sorted(bindings, key=lambda b: _rank(b[0])):
        what = binding.tooltip or binding.description
        if not what or binding.system:
            continue
        keys = keys_of.setdefault(binding.action, [])
        what_of.setdefault(binding.action, what)
        if display not in keys:
            keys.append(display)
    return [(", ".join(keys), what_of[action]) for action, keys in keys_of.items()]


_DECLARED = [b.id for b in APP_BINDINGS + TABLE_BINDINGS + DETAIL_BINDINGS + REPORT_BINDINGS
             + FILTER_BINDINGS]


def _rank(binding: Binding) -> int:
    return _DECLARED.index(binding.id) if binding.id in _DECLARED else len(_DECLARED)
