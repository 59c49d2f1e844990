"""Dating: the day an event happened.

An event takes the first date written in its own clause, else in its sentence (the paragraph's
date and the publication date are the fallbacks extract applies); a "since ..." bound or a
bracketed aside is not when it happened, an open-ended period ("so far") has no day, and an
overnight attack ("the night of July 8-9", "into Sunday") is dated by the morning it ended.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from store.demands import parenthetical_spans, phrase_alt, whole_words
from store.lexicon import military as lex
from store.military.drafts import _Draft
from store.military.words import _lower, _prev_words
from store.records import DateMention, Sentence
from store.tokens import compile_filtered

_NON_DATED_RX = compile_filtered(whole_words(lex.NON_DATED), re.IGNORECASE)
_DATE_BOUNDS = _lower(lex.DATE_BOUNDS)
_SUBORDINATE_RX = re.compile(rf"\s(?:{phrase_alt(lex.TEXT_BREAKERS)})\s", re.IGNORECASE)
_DATE_STOP_RX = re.compile(r"[,;:.()—–]")
_PERIOD_BOUND_RX = re.compile(whole_words(lex.PERIOD_BOUNDS), re.IGNORECASE)
_DAY_RANGE_RX = re.compile(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b")


def _bounded(text: str, at: int) -> bool:
    """A date in a "since ..." phrase bounds a period; it is not when the event happened."""
    prev = _prev_words(text, at)
    if prev and prev[0] in _DATE_BOUNDS:
        return True
    stop = max([0, *(m.end() for m in _DATE_STOP_RX.finditer(text, 0, at))])
    return bool(_PERIOD_BOUND_RX.search(text, stop, at))


def _night_end(d: DateMention) -> date:
    """"the night of July 8-9": an overnight attack is dated by the morning it ended."""
    m = _DAY_RANGE_RX.search(d.text)
    if m and int(m.group(2)) == int(m.group(1)) + 1 and d.value.day == int(m.group(1)):
        return d.value + timedelta(days=1)
    return d.value


def _written_date(s: Sentence, dates: Sequence[DateMention], lo: int, hi: int) -> date | None:
    """First date in s.text[lo:hi] that is not a bound or an aside; "overnight on Saturday into
    Sunday" is Sunday's."""
    aside = parenthetical_spans(s.text)
    found = [d for d in dates if lo <= (at := d.start - s.start) < hi
             and not any(a <= at < b for a, b in aside)
             and not d.text.lower().startswith(tuple(_DATE_BOUNDS)) and not _bounded(s.text, at)]
    into = [d for d in found if _prev_words(s.text, d.start - s.start) == ["into"]
            or d.text.lower().startswith("into ")]
    return _night_end((into or found)[0]) if found else None


def _event_date(s: Sentence, dates: Sequence[DateMention], d: _Draft
                ) -> tuple[date | None, bool]:
    """Date written in the event's clause, else in its sentence; (None, True) for an open-ended
    period ("since 2022", "so far"); (None, False) when the sentence gives no time at all."""
    when = (_written_date(s, dates, *d.clause)
            or _written_date(s, dates, 0, len(s.text)))
    if when is not None:
        return when, True
    sub = _SUBORDINATE_RX.search(s.text, max(d.span[1], d.start + 1), d.clause[1])
    if _NON_DATED_RX.search(s.text, d.clause[0], sub.start() if sub else d.clause[1]):
        return None, True
    return None, False
