"""Incidents: one row per incident, however often the article tells it.

An article tells a strike in its headline, its lead and later references ("asked about Sunday's
strikes"), so events are folded before they become rows: of two neighbouring tellings of one
side and day, the one with numbers stays; a headline's event goes when the story below tells
it; and an event with no agent, number or date of its own (or a numberless present tense, "as
Russia pounds Ukrainian cities") is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from store.demands import side_of
from store.lexicon import military as lex
from store.military.drafts import _Draft
from store.records import Sentence


@dataclass(slots=True)
class _Event:
    """A drafted event placed in the article: where it is, when, and how it got its actor."""

    sentence: int
    paragraph: int
    draft: _Draft
    date: date | None
    own_date: bool  # written in this very clause, not inherited or the publication date


def _same_incident(a: _Event, b: _Event) -> bool:
    """Two neighbouring events that are one incident told twice: same paragraph and date, same
    side, and one of them only refers to it ("asked about Sunday's drone strikes")."""
    if a.paragraph != b.paragraph or abs(a.sentence - b.sentence) > 1 or a.date != b.date:
        return False
    if a.draft.actor is None or b.draft.actor is None:
        return False
    if side_of(a.draft.actor) != side_of(b.draft.actor):
        return False
    return any(not e.draft.numbers and (e.draft.noun or e.draft.inherited) for e in (a, b))


def _fold_repeats(events: list[_Event]) -> list[_Event]:
    """Keep one event per incident told twice in a row (the one with numbers), and drop the
    events that only refer to something."""
    out: list[_Event] = []
    for e in events:
        if out and _same_incident(out[-1], e):
            if e.draft.numbers and not out[-1].draft.numbers:
                out[-1] = e
            continue
        out.append(e)
    return [e for e in out if _tells_something(e)]


def _tells_something(e: _Event) -> bool:
    """Worth a row: numbers, an agent or a date of its own; a definite reference ("the attack on
    Kyiv") needs an agent that is named, not deduced, or a date of its own, and so does a verb
    in the present tense, which tells what goes on rather than what happened ("it comes as
    Russia pounds Ukrainian cities")."""
    d = e.draft
    if d.numbers:
        return True
    if d.habitual:
        return e.own_date
    if d.definite:
        return d.actor is not None and (not d.inferred or e.own_date)
    return d.actor is not None or e.own_date


_CLOSED_RX = re.compile(r"[.!?…:;,][\s\"'’”)\]]*$")
_LIST_ITEM_RX = re.compile(r"\s*(?:[-–—•*]|\d+[.)])\s")


def _headlines(sentences: Sequence[Sentence]) -> set[int]:
    """Sentences alone in their paragraph with no closing punctuation: headlines and subheads
    (not the items of a list)."""
    per_paragraph = Counter(s.paragraph for s in sentences)
    return {s.index for s in sentences
            if per_paragraph[s.paragraph] == 1 and not _CLOSED_RX.search(s.text)
            and not _LIST_ITEM_RX.match(s.text)}


def _drop_announced(events: list[_Event], headlines: set[int]) -> list[_Event]:
    """Drop a headline's event when the paragraphs below it tell it ("At least 2 killed as Russia
    launches another attack" over "Russia attacked Ukraine overnight with 397 drones")."""
    return [e for i, e in enumerate(events)
            if e.sentence not in headlines or not any(
                _announces(e, f) for f in events[i + 1:] if f.sentence not in headlines
                and f.paragraph - e.paragraph <= lex.HEADLINE_REACH)]


def _announces(head: _Event, body: _Event) -> bool:
    """A headline's event is the body's: no other side, and the same day or a shared count."""
    sides = {side_of(e.draft.actor) for e in (head, body) if e.draft.actor is not None} - {None}
    shared = {n.lower() for n in head.draft.numbers} & {n.lower() for n in body.draft.numbers}
    return len(sides) <= 1 and (head.date == body.date or bool(shared))
