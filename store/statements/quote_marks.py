"""Pairing quote marks into quotes, paragraph by paragraph.

A quote may run over sentences but never over a paragraph, and a single mark is as often an
apostrophe ("Russia's", "soldiers' families") as a quote, so marks are paired once over the
whole body before any sentence is read, and unbalanced marks are left alone. The reading context
uses the same pairs to tell words inside quote marks from the article's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.lexicon.speech import QUOTE_PAIRS
from store.tokens import register_cache

_OPENING = re.compile("|".join(re.escape(mark) for mark in QUOTE_PAIRS))


@dataclass(frozen=True, slots=True)
class _Quote:
    start: int  # body offsets of the text inside the marks
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset one past the closing mark


@lru_cache(maxsize=16)
def _find_quotes(body: str) -> tuple[_Quote, ...]:
    """Pair quote marks paragraph by paragraph; unbalanced marks are left alone. Cached: the
    reading context and the quote reader both pair the same body."""
    quotes: list[_Quote] = []
    pos = 0
    for para in body.split("\n\n"):
        i = 0
        while (mark := _OPENING.search(para, i)) is not None:  # jump to the next opening mark
            i = mark.start()
            ch = para[i]
            close = QUOTE_PAIRS[ch]
            if ch in "‘’'" and i > 0 and para[i - 1].isalnum():
                i += 1  # apostrophe, not a quote
                continue
            if ch == "'" and (i + 1 >= len(para) or not para[i + 1].isalnum()):
                i += 1
                continue
            j = para.find(close, i + 1)
            while ch in "‘'" and j != -1 and not _closes_single(para, j):
                j = para.find(close, j + 1)  # skip apostrophes inside single quotes
            if j == -1:
                i += 1
                continue
            inner = para[i + 1 : j]
            s, e = i + 1, j
            while s < e and inner[s - i - 1] in " ,.;:":
                s += 1
            while e > s and para[e - 1] in " ,;:.":
                e -= 1
            quotes.append(_Quote(pos + s, pos + e, pos + i, pos + j + 1))
            i = j + 1
        pos += len(para) + 2
    return tuple(quotes)


register_cache(_find_quotes.cache_clear)


def _closes_single(para: str, j: int) -> bool:
    """A single quote mark at j closes a quote ("'We are ready,' he said") rather than being an
    apostrophe ("Russia's", "soldiers' families")."""
    after = para[j + 1 : j + 2]
    if after.isalnum():
        return False
    return para[j - 1 : j] in (",", ".", "!", "?") or after in (",", ".", ";", ":", "!", "?")
