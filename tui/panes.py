"""The five panes: what each shows (columns, query, empty message) and the widget showing it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget
from textual.widgets import DataTable, Input, Static
from textual.widgets.data_table import RowKey

from store import queries
from store.queries import Filter
from tui.keys import FILTER_BINDINGS, TABLE_BINDINGS
from tui.safe import cell, clean

WIDE = 160  # terminal columns from which the panes sit side by side
MIN_FLEX = 16  # narrowest the text column may be
ROOMY_FLEX = 60  # wide-only columns show only when the text column keeps this much


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    value: Callable[[Any], object]
    width: int | None = None      # None: takes the room left over (one per pane)
    wide_only: bool = False


@dataclass(frozen=True, slots=True)
class PaneSpec:
    name: str
    number: int
    title: str
    noun: str                     # "statements", for the empty message
    columns: tuple[Column, ...]


def _date(item: Any) -> str:
    return item.date or "undated"


def _sources(item: Any) -> str:
    if item.sources:  # a whole pane's items carry their sources; a window's, a summary
        first, articles = item.sources[0].article, len({s.article for s in item.sources})
    else:
        first, articles = item.origin, item.articles
    return f"{first} +{articles - 1}" if articles > 1 else first


def _members(item: queries.DelegationItem) -> str:
    return "; ".join(f"{n} ({r})" if r else n for n, r in item.members)


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("delegations", 1, "Delegations", "delegations", (
        Column("Date", _date, 10),
        Column("Party", lambda d: d.party, 10),
        Column("Venue", lambda d: d.venue or "", 10),
        Column("Leader", lambda d: d.leader or "", 18),
        Column("Size", lambda d: d.size or "", 4),
        Column("Members (role)", _members),
        Column("Source", _sources, 22, wide_only=True),
    )),
    PaneSpec("statements", 2, "Key statements", "statements", (
        Column("Date", _date, 10),
        Column("Speaker", lambda s: s.speaker or "unattributed", 18),
        Column("Kind", lambda s: s.kind, 8),
        Column("Statement", lambda s: s.text),
        Column("Source", _sources, 22, wide_only=True),
    )),
    PaneSpec("demands", 3, "Demands", "demands", (
        Column("Date", _date, 10),
        Column("Party", lambda d: d.party or "", 10),
        Column("Voiced by", lambda d: d.by or "", 18),
        Column("Demand", lambda d: d.text),
        Column("Source", _sources, 22, wide_only=True),
    )),
    PaneSpec("military", 4, "Military context", "military events", (
        Column("Date", _date, 10),
        Column("Actor", lambda m: m.actor or "", 18),
        Column("Event", lambda m: m.text),
        Column("Numbers", lambda m: ", ".join(m.numbers), 16),
        Column("Source", _sources, 22, wide_only=True),
    )),
    PaneSpec("actors", 5, "Actors", "actors", (
        Column("Name", lambda a: a.name, 20),
        Column("Kind", lambda a: a.kind, 12, wide_only=True),
        Column("Side", lambda a: a.side or "", 12),
        Column("Mentions", lambda a: a.mentions, 8),
        Column("Roles", lambda a: ", ".join(a.roles), 16),
        Column("Aliases", lambda a: ", ".join(x for x in a.aliases if x != a.name)),
        Column("First seen", lambda a: a.first_seen or "", 10, wide_only=True),
    )),
)

PANE_BY_NAME = {spec.name: spec for spec in PANES}


def focus_now(widget: Widget) -> None:
    """Focus `widget` before the next key is handled (Widget.focus() waits for the keys
    already read), so that a key typed ahead acts where the keys before it moved the focus
    (see TalkswatchApp.on_event)."""
    widget.screen.set_focus(widget)


class ItemTable(DataTable[Text]):
    """A pane's table: row cursor, vim keys, rows keyed by item key.

    It holds a window of the pane's items (queries.PAGE of them); moving the cursor past
    either end of the window asks the pane for the window around the row it moves to.
    """

    BINDINGS = TABLE_BINDINGS

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, cursor_foreground_priority="css",
                         **kwargs)

    @property
    def pane(self) -> Pane | None:
        return self.parent if isinstance(self.parent, Pane) else None

    def _render_cell(self, row_index: int, column_index: int, base_style: Style, width: int,
                     cursor: bool = False, hover: bool = False) -> list[list[Segment]]:
        """A plain one-line cell as one padded segment, without Rich's console rendering.

        Every row here is one line of unstyled Text already cut to its column (tui.safe.cell),
        and DataTable renders such a cell through Padding, Styled and render_lines: half the
        cost of painting a pane. The segment and its style are the ones that path gives
        (base and cursor styles, the row/column meta, the CSS cursor colours over all)."""
        if row_index < 0 or column_index < 0 or self.fixed_rows or self.fixed_columns:
            return super()._render_cell(row_index, column_index, base_style, width, cursor,
                                        hover)
        row_key = self._row_locations.get_key(row_index)
        cache_key = (row_key, self._column_locations.get_key(column_index), base_style, cursor,
                     hover, self._show_hover_cursor, self._update_count,
                     self._pseudo_class_state)
        lines = self._cell_render_cache.get(cache_key)
        if lines is not None:
            return lines
        cells = self._get_row_renderables(row_index).cells
        cell = cells[column_index] if column_index < len(cells) else None
        row = self.rows.get(row_key) if row_key is not None else None
        pad = self.cell_padding
        # styled, several lines, or wider than the column: DataTable's own way
        if not (isinstance(cell, Text) and not cell.spans and not cell.style and row is not None
                and row.height == 1 and "\n" not in cell.plain
                and (room := width - 2 * pad - cell_len(cell.plain)) >= 0):
            return super()._render_cell(row_index, column_index, base_style, width, cursor,
                                        hover)
        component, post = self._get_styles_to_render_cell(
            False, False, False, hover, cursor, self.show_cursor, self._show_hover_cursor,
            self.cursor_foreground_priority == "css", self.cursor_background_priority == "css")
        style = (base_style + Style.from_meta({"row": row_index, "column": column_index})
                 + component + post)
        lines = [[Segment(" " * pad + cell.plain + " " * (room + pad), style)]]
        self._cell_render_cache[cache_key] = lines
        return lines

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """Only the virtual size: every column here has a set width and every row one line,
        so DataTable's measuring of each new cell (a tenth of filling a window) finds
        nothing to change."""
        new_rows = list(new_rows)
        rows = [row for row in map(self.rows.get, new_rows) if row is not None]
        if any(c.auto_width for c in self.columns.values()) or any(
                row.auto_height or row.label is not None for row in rows):
            super()._update_dimensions(new_rows)
            return
        width = sum(c.get_render_width(self) for c in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width + self._row_label_column_width,
                                 self._total_row_height + header)

    def _beyond(self, row: int) -> bool:
        """Move to window row `row`; True when it lies outside the window and the pane
        fetches the window around it instead."""
        pane = self.pane
        return pane is not None and pane.scroll_to_row(row)

    def action_cursor_down(self) -> None:
        if not self._beyond(self.cursor_row + 1):
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if not self._beyond(self.cursor_row - 1):
            super().action_cursor_up()

    def action_page_down(self) -> None:
        if not self._beyond(self.cursor_row + max(self.scrollable_content_region.height - 1,
                                                  1)):
            super().action_page_down()

    def action_page_up(self) -> None:
        if not self._beyond(self.cursor_row - max(self.scrollable_content_region.height - 1,
                                                  1)):
            super().action_page_up()

    def action_scroll_top(self) -> None:
        if not self._beyond(-(10**12)):
            super().action_scroll_top()

    def action_scroll_bottom(self) -> None:
        if not self._beyond(10**12):
            super().action_scroll_bottom()


class FilterInput(Input):
    """The `/` search box of one pane."""

    BINDINGS = FILTER_BINDINGS

    def action_cancel(self) -> None:
        pane = self.pane
        self.value = ""
        pane.close_filter()

    def action_done(self) -> None:
        self.pane.close_filter(keep=True)

    @property
    def pane(self) -> Pane:
        node = self.parent
        while node is not None and not isinstance(node, Pane):
            node = node.parent
        assert node is not None
        return node


@dataclass(frozen=True, slots=True)
class Shown:
    """One load of a pane: a window of its items (items[0] is item number `offset` of
    `total`), where the cursor goes in it, and what explains an empty result."""

    items: Sequence[Any]
    articles: int
    flt: Filter
    total: int | None = None  # None: still being counted (a broad search)
    offset: int = 0
    cursor: int | None = None  # row in items; None: keep the cursor's item or place

    @property
    def count(self) -> int:
        """The total, or while it is counted, what is known to exist."""
        return self.total if self.total is not None else self.offset + len(self.items)


class Pane(Vertical, can_focus=False):
    """One bordered pane: its table, an empty-state message and a filter box."""

    def __init__(self, spec: PaneSpec, seeds_hint: str) -> None:
        super().__init__(id=f"pane-{spec.name}", classes="pane")
        self.spec = spec
        self.seeds_hint = seeds_hint
        self.items: dict[str, Any] = {}
        self.search = ""
        self.loaded = False
        self._shown: Shown | None = None
        self._width = 0
        self._cursor_key: str | None = None
        self._layout: list[tuple[str, int]] = []  # (label, width) of the table's columns
        self._message = ""  # what the empty-state line says
        self._bar = 0  # columns the table's scrollbar takes
        self.border_title = f"{spec.number} {spec.title}"

    def compose(self) -> ComposeResult:
        yield ItemTable(id=f"table-{self.spec.name}")
        yield Static(id=f"empty-{self.spec.name}", classes="empty-message")
        yield FilterInput(placeholder=f"filter {self.spec.noun} (escape clears)",
                          id=f"filter-{self.spec.name}", classes="filter")

    @property
    def table(self) -> ItemTable:
        return self.query_one(ItemTable)

    @property
    def filter_input(self) -> FilterInput:
        return self.query_one(FilterInput)

    @property
    def selected(self) -> Any | None:
        """The item under the cursor, or None when the pane is empty."""
        table = self.table
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.items.get(key or "")

    def open_filter(self) -> None:
        box = self.filter_input
        box.display = True  # not a class on the pane: that restyled its every widget
        focus_now(box)

    def close_filter(self, keep: bool = False) -> None:
        if not (keep and self.filter_input.value):
            self.filter_input.display = False
        focus_now(self.table)

    @property
    def shown(self) -> Shown | None:
        """What the pane shows now (None before its first load)."""
        return self._shown

    def anchor(self) -> tuple[str | None, int]:
        """The cursor's item key (remembered across an empty result) and its row number in
        the whole pane: what a reload keeps the cursor on."""
        table = self.table
        if table.row_count:
            self._cursor_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        offset = self._shown.offset if self._shown is not None else 0
        return self._cursor_key, offset + table.cursor_row

    def scroll_to_row(self, row: int) -> bool:
        """Window row `row` lies outside the window: ask for the window around it (True), or
        let the table move inside the window (False)."""
        shown = self._shown
        if shown is None or 0 <= row < len(shown.items):
            return False
        last = shown.count - 1 if shown.total is not None else shown.offset + row
        target = max(0, min(shown.offset + row, last))
        if shown.offset <= target < shown.offset + len(shown.items):
            return False  # the window already holds it (the first or last row)
        self.post_message(self.WindowWanted(self, target))
        return True

    class WindowWanted(Message):
        """The cursor moves to item number `row` of the pane, outside the loaded window."""

        def __init__(self, pane: Pane, row: int) -> None:
            super().__init__()
            self.pane = pane
            self.row = row

    def show(self, shown: Shown) -> None:
        """Fill the table, keeping the cursor on the same item (or the same place)."""
        self._shown = shown
        self.loaded = True
        self._render_rows()

    def counted(self, flt: Filter, total: int) -> None:
        """The count of a broad search arrived after its first window."""
        shown = self._shown
        if shown is not None and shown.flt == flt and shown.total is None:
            self._shown = replace(shown, total=total)
            self._describe(self._shown)

    def on_resize(self) -> None:
        if self._shown is not None and self.size.width != self._width:
            self._render_rows()

    def _columns(self) -> list[tuple[Column, int]]:
        """Fixed columns at their width, the text column gets the rest; extras only if room."""
        room = (self.content_region.width or self.app.size.width - 2) - self._bar

        def fixed(cols: list[Column]) -> int:
            return sum((c.width or 0) + 2 for c in cols)  # a cell pads 1 column a side

        cols = list(self.spec.columns)
        if room - fixed(cols) < ROOMY_FLEX + 2:
            cols = [c for c in cols if not c.wide_only]
        flex = max(room - fixed(cols) - 2, MIN_FLEX)
        return [(c, c.width if c.width is not None else flex) for c in cols]

    def _render_rows(self) -> None:
        shown = self._shown
        assert shown is not None
        self._width = self.size.width
        # a scrollbar only where the table holds the whole pane: over a window of a long pane
        # it would show the place in the window (the border gives the window's rows), and
        # painting it cost a fifth of a keypress there
        bar = int(shown.total is not None and shown.offset == 0
                  and shown.total <= len(shown.items))
        table = self.table
        if bar != self._bar:
            self._bar = bar
            table.styles.scrollbar_size_vertical = bar
        old_row = table.cursor_row
        if table.row_count:  # remembered across an empty result, so clearing a filter
            self._cursor_key = table.coordinate_to_cell_key(  # returns to the same row
                table.cursor_coordinate).row_key.value
        old_key = self._cursor_key
        columns = self._columns()
        layout = [(col.label, width) for col, width in columns]
        if layout == self._layout:
            table.clear()  # same columns: only the rows change (a new window, a search)
        else:
            table.clear(columns=True)
            for col, width in columns:
                table.add_column(col.label, width=width, key=col.label)
            self._layout = layout
        self.items = {}
        for item in shown.items:
            self.items[item.key] = item
            table.add_row(*(cell(col.value(item), width) for col, width in columns),
                          key=item.key)
        if shown.cursor is not None and table.row_count:
            table.move_cursor(row=max(0, min(shown.cursor, table.row_count - 1)),
                              animate=False)
        elif old_key is not None and old_key in self.items:
            table.move_cursor(row=table.get_row_index(old_key), animate=False)
        elif table.row_count:
            table.move_cursor(row=min(old_row, table.row_count - 1), animate=False)
        self._describe(shown)


    def _describe(self, shown: Shown) -> None:
        count = shown.count
        more = "+" if shown.total is None else ""
        parts = [f"{count:,}{more} "
                 f"{self.spec.noun if count != 1 or more else self.spec.noun.rstrip('s')}"]
        if shown.flt.search.strip():
            parts.append(f"matching “{clean(shown.flt.search)}”")
        if shown.flt.actor is not None:
            parts.append(f"with {clean(shown.flt.actor)}")
        if count > len(shown.items):  # a window of a long pane: which rows it holds (not the
            # cursor's row: redrawing the border on every keypress cost 50 ms)
            parts.append(f"· rows {shown.offset + 1:,}–{shown.offset + len(shown.items):,}")
        self.border_subtitle = Content(" ".join(parts))  # literal: it quotes the user's search
        self.set_class(count == 0, "-empty")
        if count:
            message = ""
        elif shown.articles == 0:
            message = (f"No articles yet. Put .txt or .md news articles in "
                       f"{self.seeds_hint} and press r to read them.")
        elif shown.flt.active:
            message = "Nothing here matches the filter. Press escape to clear it."
        else:
            message = (f"No {self.spec.noun} found in the {shown.articles} "
                       f"article{'s' if shown.articles != 1 else ''} read so far. Add more "
                       f"coverage to {self.seeds_hint} and press r.")
        if message != self._message:  # an update relayouts the screen: only when it changes
            self._message = message
            self.query_one(".empty-message", Static).update(Text(message))
