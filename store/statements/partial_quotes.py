"""Settling quotes against reported speech, so that words are given once, to the right speaker.

A quote nobody is named for takes the speaker of the reported clause it sits in. A long quoted
stretch inside a clause of the same speaker stays a quote, while a short one (a scare quote
such as "remains on the table") is left to the report; and a reported clause that is mostly its
quote is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from store.records import Statement
from store.statements.words import _words

# a quoted stretch this long inside reported speech is the speaker's own words, a direct quote;
# shorter ones ("remains on the table", "two or three days") are scare quotes in the report
_PARTIAL_QUOTE_MIN_WORDS = 6


def _within_report(q: Statement, reported: list[Statement]) -> Statement:
    """A quote inside a reported clause is that speaker's: 'X, who spoke to Y after the Z
    call, said Kyiv was ready for talks "in any format"' quotes X, not Z, and 'X on Tuesday
    said that Kyiv was "not going for a show"' quotes X."""
    for r in reported:
        if r.start <= q.start and q.end <= r.end and r.speaker is not None:
            return replace(q, speaker=r.speaker)
    return q


def _partial_quotes(quotes: list[Statement],
                    reported: list[Statement]) -> tuple[list[Statement], list[Statement]]:
    """Settle quotes that sit inside a reported clause of the same speaker: a long quoted
    stretch stays a quote, a short one is left to the reported statement; and a reported
    clause that is mostly its quote is dropped, so the same words are not listed twice."""
    def inside(q: Statement, r: Statement) -> bool:
        return r.speaker == q.speaker and r.start <= q.start and q.end <= r.end

    kept = [q for q in quotes if len(_words(q.text)) >= _PARTIAL_QUOTE_MIN_WORDS
            or not any(inside(q, r) for r in reported)]
    clauses = [r for r in reported
               if 2 * sum(len(_words(q.text)) for q in kept if inside(q, r))
               < len(_words(r.text))]
    return kept, clauses
