"""Every key binding, declared once as data with an id.

The footer, the help screen and the command palette are all built from these lists, and the ids
let a user keymap (Textual's `App.set_keymap`) rebind any of them.
"""

from __future__ import annotations

from textual.binding import Binding

PANE_KEYS = ("1", "2", "3", "4", "5")

APP_BINDINGS: list[Binding] = [
    Binding("1", "focus_pane('delegations')", "Delegations", show=False,
            id="talkswatch.pane.delegations", tooltip="Focus the Delegations pane"),
    Binding("2", "focus_pane('statements')", "Statements", show=False,
            id="talkswatch.pane.statements", tooltip="Focus the Key statements pane"),
    Binding("3", "focus_pane('demands')", "Demands", show=False,
            id="talkswatch.pane.demands", tooltip="Focus the Demands pane"),
    Binding("4", "focus_pane('military')", "Military", show=False,
            id="talkswatch.pane.military", tooltip="Focus the Military context pane"),
    Binding("5", "focus_pane('actors')", "Actors", show=False,
            id="talkswatch.pane.actors", tooltip="Focus the Actors pane"),
    Binding("tab", "app.focus_next", "Next pane", show=False, id="talkswatch.next",
            tooltip="Move to the next pane"),
    Binding("shift+tab", "app.focus_previous", "Previous pane", show=False,
            id="talkswatch.previous", tooltip="Move to the previous pane"),
    Binding("slash", "filter", "Filter", key_display="/", id="talkswatch.filter",
            tooltip="Filter the focused pane as you type (full-text search)"),
    Binding("a", "actor_filter", "By actor", id="talkswatch.actor",
            tooltip="Filter every pane by the actor of the selected row (again to clear)"),
    Binding("escape", "clear_filters", "Clear filters", show=False, id="talkswatch.clear",
            tooltip="Clear the actor filter, then the focused pane's search"),
    Binding("r", "reingest", "Re-ingest", id="talkswatch.reingest",
            tooltip="Read new, changed and removed articles from the seeds folder"),
    Binding("i", "report", "Report", id="talkswatch.report",
            tooltip="Show what the last ingest did with every file, and why files failed"),
    Binding("question_mark,f1", "help", "Help", key_display="?", id="talkswatch.help",
            tooltip="Show every key and what it does"),
    Binding("ctrl+p", "command_palette", "Commands", show=False, id="talkswatch.palette",
            tooltip="Open the command palette"),
    Binding("q,ctrl+q", "quit", "Quit", key_display="q", id="talkswatch.quit",
            tooltip="Quit talkswatch"),
]

TABLE_BINDINGS: list[Binding] = [
    Binding("enter", "select_cursor", "Detail", id="talkswatch.detail",
            tooltip="Open the selected row with its source sentences"),
    Binding("down,j", "cursor_down", "Down", show=False, id="talkswatch.down",
            tooltip="Next row"),
    Binding("up,k", "cursor_up", "Up", show=False, id="talkswatch.up", tooltip="Previous row"),
    Binding("g,home", "scroll_top", "Top", show=False, id="talkswatch.top",
            tooltip="First row"),
    Binding("G,end", "scroll_bottom", "Bottom", show=False, id="talkswatch.bottom",
            tooltip="Last row"),
    Binding("pageup", "page_up", "Page up", show=False, id="talkswatch.pageup",
            tooltip="One page up"),
    Binding("pagedown", "page_down", "Page down", show=False, id="talkswatch.pagedown",
            tooltip="One page down"),
]

DETAIL_BINDINGS: list[Binding] = [
    Binding("escape", "back", "Back", id="talkswatch.back", tooltip="Back to the dashboard"),
    Binding("down,j", "scroll_down", "Down", show=False, id="talkswatch.detail.down",
            tooltip="Scroll down"),
    Binding("up,k", "scroll_up", "Up", show=False, id="talkswatch.detail.up",
            tooltip="Scroll up"),
    Binding("g,home", "scroll_home", "Top", show=False, id="talkswatch.detail.top",
            tooltip="Scroll to the top"),
    Binding("G,end", "scroll_end", "Bottom", show=False, id="talkswatch.detail.bottom",
            tooltip="Scroll to the bottom"),
]

REPORT_BINDINGS: list[Binding] = [
    Binding("escape", "back", "Back", id="talkswatch.report.back",
            tooltip="Back to the dashboard"),
]

FILTER_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Clear filter", id="talkswatch.filter.cancel",
            tooltip="Clear this pane's filter and go back to the table"),
    Binding("enter", "done", "Keep filter", id="talkswatch.filter.done",
            tooltip="Keep the filter and go back to the table"),
    Binding("down", "done", "To table", show=False, id="talkswatch.filter.down",
            tooltip="Keep the filter and go back to the table"),
]

HELP_BINDINGS: list[Binding] = [
    Binding("escape,q,question_mark,f1", "dismiss", "Close", id="talkswatch.help.close",
            tooltip="Close the help"),
]

# app commands offered in the command palette, next to Textual's own
PALETTE_ACTIONS = ("focus_pane", "filter", "actor_filter", "clear_filters", "reingest", "report",
                   "help")
