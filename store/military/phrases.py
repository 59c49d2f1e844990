"""Phrase edges: where an event's noun phrase starts and where its text stops.

An event row shows a short stretch of the sentence ("a mass drone attack on Kyiv"); triggers,
actors and event texts all need the same idea of where a phrase begins (its modifiers and
count, not a determiner or a verb) and where clause punctuation ends it, so it is kept here once.
"""

from __future__ import annotations

import re

from store.demands import phrase_alt
from store.lexicon import military as lex
from store.military.words import (
    _DETERMINERS,
    _HYPOTHETICAL,
    _NUMBER_WORDS,
    _PREPOSITIONS,
    _VERBISH,
    _WORD,
    _lower,
)

_ED_MODIFIERS = _lower(lex.EVENT_NOUN_MODIFIERS_ED)
_TEXT_END_RX = re.compile(
    rf",(?!\d)|[;:()\"“”]|\s[—–-]\s|\.(?:\s|$)|\s(?:{phrase_alt(lex.TEXT_BREAKERS)})\s",
    re.IGNORECASE,
)
_HEAD_DETERMINERS_RX = re.compile(
    rf"(?:\b(?:{phrase_alt(lex.LAUNCH_OBJECT_WORDS)})\s+){{0,2}}$", re.IGNORECASE
)
_COUNT_APPROX = _lower(lex.COUNT_APPROXIMATOR_WORDS)
_DANGLING = _lower([*lex.DETERMINERS, *lex.PREPOSITIONS, *lex.CONJUNCTIONS])


def _np_start(text: str, pos: int) -> int:
    """Start of the modifiers before an event noun ("a [mass drone] attack"), a count with its
    approximation included ("[well over 100] assaults")."""
    start, count, counted = pos, 0, False
    for m in reversed(list(_WORD.finditer(text, max(0, pos - 100), pos))):
        gap = text[m.end():start].strip()
        if (gap and not (gap == "," and m.group()[-1].isdigit())) or count >= lex.MAX_MODIFIERS:
            break  # punctuation ends the phrase, but not the comma of "1,000"
        w = m.group().lower()
        if counted:
            if w not in _COUNT_APPROX:
                break
        elif w[0].isdigit() or w in _NUMBER_WORDS:
            counted = True
        elif (w in _DETERMINERS or w.endswith(("'s", "’s")) or w in _VERBISH
              or w in _PREPOSITIONS or w in _HYPOTHETICAL
              or (w.endswith("ed") and w not in _ED_MODIFIERS)):
            break
        start, count = m.start(), count + 1
    while (m := _AND_RX.match(text, start)) and start < pos:
        start = m.end()
    return start


_AND_RX = re.compile(r"and\s+", re.IGNORECASE)
_TOKEN_RX = re.compile(r"\S+")


def _cut(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """Words of text[start:end] up to the first clause punctuation, at most MAX_TEXT_WORDS,
    with their span."""
    if m := _TEXT_END_RX.search(text, start, end):
        end = m.start()
    tokens = list(_TOKEN_RX.finditer(text, start, end))[:lex.MAX_TEXT_WORDS]
    if not tokens:
        return "", (start, start)
    while len(tokens) > 1 and tokens[-1].group().lower() in _DANGLING:
        tokens.pop()  # "... pushed into the Sumy region in the": cut at 15 words
    words = " ".join(t.group() for t in tokens).strip(" .,;:!?\"“”'’")
    return words, (tokens[0].start(), tokens[-1].end())
