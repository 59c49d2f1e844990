"""The detail view of one row: every field in full, and each source sentence in its paragraph."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from store import queries
from store.db import open_db
from tui.footer import KeyFooter
from tui.keys import DETAIL_BINDINGS
from tui.panes import PaneSpec
from tui.safe import clean, flat

HIGHLIGHT = "bold $text-accent on $accent-muted"
SHOWN = 25  # sources (or mentions) shown in full, as paragraphs; the title gives the total


def _first(shown: int, total: int) -> str:
    return f", the first {shown} shown" if shown < total else ""


def fields(kind: str, item: Any) -> list[tuple[str, str]]:
    """The labelled fields of an item, in the order a reader wants them."""
    if kind == "delegations":
        members = "\n".join(f"{n} — {r}" if r else n for n, r in item.members)
        return [("Party", item.party), ("Meeting date", item.date or "unknown"),
                ("Venue", item.venue or "unknown"), ("Leader", item.leader or "unknown"),
                ("Size", str(item.size) if item.size else "unknown"),
                ("Members", members or "none named")]
    if kind == "statements":
        return [("Speaker", item.speaker or "unattributed"), ("Date", item.date or "unknown"),
                ("Kind", "direct quote" if item.kind == "quote" else "reported speech"),
                ("Statement", item.text)]
    if kind == "demands":
        return [("Party", item.party or "unknown"), ("Voiced by", item.by or "unknown"),
                ("Date", item.date or "unknown"), ("Demand", item.text)]
    if kind == "military":
        return [("Actor", item.actor or "unknown"), ("Date", item.date or "unknown"),
                ("Event", item.text), ("Numbers", ", ".join(item.numbers) or "none")]
    return [("Name", item.name), ("Kind", item.kind), ("Side", item.side or "none given"),
            ("Roles", ", ".join(item.roles) or "none given"),
            ("Aliases", "\n".join(item.aliases)), ("Mentions", str(item.mentions)),
            ("First seen", item.first_seen or "unknown")]


def field_block(rows: list[tuple[str, str]]) -> Content:
    width = max(len(label) for label, _ in rows) + 2
    parts: list[Content] = []
    for label, value in rows:
        lines = [clean(v) for v in value.split("\n")]
        for n, line in enumerate(lines):
            head = (label if n == 0 else "").ljust(width)
            parts.append(Content.assemble((head, "bold $text-muted"), line))
    return Content("\n").join(parts)


def highlighted(text: str, start: int, end: int) -> Content:
    """Text shown literally, with [start, end) highlighted."""
    return Content(flat(text)).stylize(HIGHLIGHT, start, end)


@dataclass(frozen=True, slots=True)
class Sources:
    """What the detail view lists under an item: a title with the total, then each source
    (or an actor's mention) as its heading and its highlighted text."""

    title: str
    blocks: tuple[tuple[str, Content], ...]


def read_sources(db_path: Path, spec: PaneSpec, item: Any) -> Sources:
    """Source paragraphs of an item, or an actor's mentions (the first SHOWN of them)."""
    db = open_db(db_path)
    try:
        if spec.name == "actors":
            mentions = queries.actor_mentions(db, item.name, limit=SHOWN)
            total = queries.mention_count(db, item.name)
            blocks = [(f"{m.published or 'undated'} · {m.article}",
                       highlighted(m.sentence, m.start, m.end)) for m in mentions]
            return Sources(f"Mentions ({total:,}{_first(len(blocks), total)})", tuple(blocks))
        contexts, total = queries.item_sources(db, spec.name, item.key, limit=SHOWN)
        blocks = []
        for ctx in contexts:
            head = " · ".join(p for p in (ctx.article, clean(ctx.title or ""),
                                          ctx.published or "undated") if p)
            blocks.append((head, highlighted(ctx.paragraph, ctx.start, ctx.end)))
        return Sources(f"Sources ({total:,}{_first(len(blocks), total)}): "
                       "the sentence read, in its paragraph", tuple(blocks))
    finally:
        db.conn.close()


class DetailScreen(Screen[None]):
    """Full-screen detail of one item; escape goes back to the dashboard.

    The app keeps one and shows each item in it (`show`), with its sources already read:
    composing a new screen for every enter, or painting it once without its sources and
    again with them, cost more than the rest of opening it."""

    BINDINGS = DETAIL_BINDINGS

    def __init__(self, spec: PaneSpec, item: Any, sources: Sources) -> None:
        super().__init__(id="detail")
        self.spec = spec
        self.item = item
        self._sources = sources
        self.sources: list[Content] = []  # each source as shown: its heading, then its text

    def show(self, spec: PaneSpec, item: Any, sources: Sources) -> None:
        """Put another item in the screen (before it is pushed again)."""
        self.spec, self.item, self._sources = spec, item, sources
        if not self.is_mounted:
            return  # compose will show it
        self.query_one("#detail-title", Static).update(
            Content(f"{spec.title} · {self._headline()}"))
        self.query_one("#detail-fields", Static).update(field_block(fields(spec.name, item)))
        self._show_sources()
        self.query_one("#detail-body", VerticalScroll).scroll_home(animate=False)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail-body"):
            yield Static(Content(f"{self.spec.title} · {self._headline()}"), id="detail-title")
            yield Static(field_block(fields(self.spec.name, self.item)), id="detail-fields")
            yield Static(id="detail-sources-title", classes="section")
            yield Static(id="detail-sources")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._show_sources()

    def _headline(self) -> str:
        for attr in ("name", "speaker", "party", "actor"):
            value = getattr(self.item, attr, None)
            if value:
                return clean(value)
        return "unattributed"

    def on_screen_resume(self) -> None:
        self.query_one("#detail-body").focus()

    def _show_sources(self) -> None:
        """Every source in one widget, a blank line between two: mounting a widget per
        source cost more than the rest of opening the view."""
        sources = self._sources
        self.query_one("#detail-sources-title", Static).update(Content(sources.title))
        self.sources = [Content.assemble((clean(head), "bold"), "\n", body)
                        for head, body in sources.blocks]
        self.query_one("#detail-sources", Static).update(Content("\n\n").join(self.sources))

    def action_back(self) -> None:
        self.dismiss()

    def action_scroll_down(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_up()

    def action_scroll_home(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_home()

    def action_scroll_end(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_end()
