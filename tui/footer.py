"""The key footer: one line of text, redrawn only when the keys it shows change.

Textual's Footer mounts a widget per key and rebuilds them on every focus change and screen
switch; each rebuild restyles a dozen widgets and relayouts the screen (20-60 ms here, more than
the rest of opening the filter box or a detail view). This footer is a single widget that
renders the same keys, in the same theme colours, as one line of text.
"""

from __future__ import annotations

from textual import events
from textual.app import RenderResult
from textual.binding import Binding
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

KEY_STYLE = "bold $footer-key-foreground on $footer-key-background"
DESCRIPTION_STYLE = "$footer-description-foreground on $footer-description-background"
DISABLED_STYLE = "dim"

# (key display, description, action, enabled, the node whose binding it is)
Entry = tuple[str, str, str, bool, DOMNode]


class KeyFooter(Widget):
    """The active bindings that have `show` set, then the command palette key on the right.
    A click on a key runs its action, as on Textual's footer."""

    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[Entry, ...] = ()
        self._palette: Entry | None = None
        self._spans: list[tuple[int, int, Entry]] = []  # (first column, end, entry) per key

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        shown: list[Entry] = []
        seen: set[str] = set()
        palette = None
        for node, binding, enabled, _ in screen.active_bindings.values():
            if binding.action == "command_palette" and self.app.ENABLE_COMMAND_PALETTE:
                palette = self._entry(node, binding, enabled)
            if binding.show and binding.action not in seen:  # one entry per action
                seen.add(binding.action)
                shown.append(self._entry(node, binding, enabled))
        if tuple(shown) != self._shown or palette != self._palette:
            self._shown, self._palette = tuple(shown), palette
            self.refresh()

    def _entry(self, node: DOMNode, binding: Binding, enabled: bool) -> Entry:
        return (self.app.get_key_display(binding), binding.description, binding.action,
                enabled, node)

    def render(self) -> RenderResult:
        parts: list[Content] = []
        spans: list[tuple[int, int, Entry]] = []
        column = 0
        for entry in self._shown:
            part = self._key(entry)
            spans.append((column, column + part.cell_length, entry))
            column += part.cell_length
            parts.append(part)
        if self._palette is not None:
            part = self._key(self._palette)
            room = self.size.width - column - part.cell_length - 1
            if room >= 1:  # right-aligned after a thin rule, as Textual's footer has it
                parts.append(Content.assemble(" " * room, ("▏", "$footer-foreground")))
                start = column + room + 1
                spans.append((start, start + part.cell_length, self._palette))
                parts.append(part)
        self._spans = spans
        return Content("").join(parts)

    @staticmethod
    def _key(entry: Entry) -> Content:
        key, description, _, enabled, _ = entry
        content = Content.assemble((f" {key} ", KEY_STYLE), (f"{description} ",
                                                               DESCRIPTION_STYLE))
        return content.stylize(DISABLED_STYLE) if not enabled else content

    async def on_click(self, event: events.Click) -> None:
        for start, end, (_, _, action, enabled, node) in self._spans:
            if start <= event.x < end and enabled:
                event.stop()
                await self.app.run_action(action, node)
                return
