"""Article text shown literally: never parsed as markup, never a control sequence.

Every string that came from an article reaches the screen through these functions, so
`[bold]`, `[@click=app.quit]` or an ANSI escape in a news file is just text.
"""

from __future__ import annotations

import re

from rich.text import Text

# C0/C1 controls (ESC included), DEL, and the bidi overrides and isolates that would make a
# terminal show text in another order than it is stored; tabs and newlines become spaces
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROLS = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_SPACES = re.compile(r"[\t\n\r]+")
_EVERY_CONTROL = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI}]")


def clean(value: object) -> str:
    """The printable form of a value from the store, on one line."""
    if value is None:
        return ""
    return _CONTROLS.sub("", _SPACES.sub(" ", str(value)))


def flat(value: str) -> str:
    """Like clean, but one character for one, so offsets into the text stay valid."""
    return _EVERY_CONTROL.sub(" ", value)


def cell(value: object, width: int | None = None, style: str = "") -> Text:
    """A table cell: literal text, cut to width with an ellipsis.

    The string is cut to a few times the width first: Rich measures a long string one
    character at a time, and a merged delegation's member list can run to thousands."""
    plain = clean(value)
    cut = width is not None and len(plain) > 4 * width + 4
    if cut:
        plain = plain[:4 * width + 4]  # still wider than width unless most are zero-width
    text = Text(plain, style=style, no_wrap=True, overflow="ellipsis", end="")
    if width is not None and (cut or text.cell_len > width):
        if text.cell_len <= width:  # cut, yet narrow enough: say that it goes on
            text.truncate(max(width - 1, 0))
            text.append("…")
        else:
            text.truncate(width, overflow="ellipsis")
    return text
