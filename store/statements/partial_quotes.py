"""Settling quotes against reported speech, so that words are given once, to the right speaker.

A quote nobody is named for takes the speaker of the reported clause it sits in. A long quoted
stretch inside a clause of the same speaker stays a quote, while a short one (a scare quote
such as "remains on the table") is left to the report; and a reported clause that is mostly its
quote is dropped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from store.records import Statement
from store.statements.words import _words

# a quoted stretch this long inside reported speech is the speaker's own words, a direct quote;
# shorter ones ("remains on the table", "two or three days") are scare quotes in the report
_PARTIAL_QUOTE_MIN_WORDS = 6


class _Holders:
    """Statements sorted by start, to find the ones holding a span without scanning them all
    (each quote is settled against the reports around it: a scan would be quadratic)."""

    def __init__(self, statements: list[Statement]) -> None:
        self.items = sorted(enumerate(statements), key=lambda x: x[1].start)
        self.starts = [st.start for _, st in self.items]
        self.longest = max((st.end - st.start for st in statements), default=0)

    def holding(self, start: int, end: int) -> list[Statement]:
        """The statements spanning [start, end), in their original order."""
        # a holder starts at or before `start`, and no earlier than its length before `end`
        lo, hi = bisect_left(self.starts, end - self.longest), bisect_right(self.starts, start)
        return [st for _, st in sorted(x for x in self.items[lo:hi] if x[1].end >= end)]


def _within_report(q: Statement, reported: _Holders) -> Statement:
    """A quote inside a reported clause is that speaker's: 'X, who spoke to Y after the Z
    call, said Kyiv was ready for talks "in any format"' quotes X, not Z, and 'X on Tuesday
    said that Kyiv was "not going for a show"' quotes X."""
    for r in reported.holding(q.start, q.end):
        if r.speaker is not None:
            return replace(q, speaker=r.speaker)
    return q


def _partial_quotes(quotes: list[Statement],
                    reported: list[Statement]) -> tuple[list[Statement], list[Statement]]:
    """Settle quotes that sit inside a reported clause of the same speaker: a long quoted
    stretch stays a quote, a short one is left to the reported statement; and a reported
    clause that is mostly its quote is dropped, so the same words are not listed twice."""
    holders = _Holders(reported)
    kept = [q for q in quotes if len(_words(q.text)) >= _PARTIAL_QUOTE_MIN_WORDS
            or not any(r.speaker == q.speaker for r in holders.holding(q.start, q.end))]
    by_start = sorted(kept, key=lambda q: q.start)
    starts = [q.start for q in by_start]

    def quoted_words(r: Statement) -> int:
        """Words of the kept quotes of the same speaker inside the clause."""
        inside = by_start[bisect_left(starts, r.start):bisect_right(starts, r.end)]
        return sum(len(_words(q.text)) for q in inside if q.end <= r.end
                   and q.speaker == r.speaker)

    clauses = [r for r in reported if 2 * quoted_words(r) < len(_words(r.text))]
    return kept, clauses
