"""The key footer, recomposed only when the keys it shows change.

Textual's Footer rebuilds its keys on every focus change and every screen switch, which cost
20-30 ms a time here: more than the rest of opening a detail view or leaving the filter box.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Footer that skips the rebuild when the shown keys (and whether they work) are the same."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[tuple[str, str, bool], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = tuple((binding.key, binding.description, enabled)
                      for _, binding, enabled, _ in screen.active_bindings.values()
                      if binding.show)
        if shown == self._shown and self.children:
            return
        self._shown = shown
        super().bindings_changed(screen)
