"""Named agents: who the sentence itself says did the event.

The actor is read from the sentence's own words: the subject of the verb, a "by" phrase, a
possessive ("Russia's drones", "its strikes"), a demonym ("Russian missile"), a pronoun, or the
subject of the verb launching the noun ("the SBU launched a drone attack"), preferring the most
specific actor of a phrase (the SBU over Ukraine). Deduction only runs when none of this names one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from store.demands import Placed, can_be_subject, verb_follows, whole_words
from store.lexicon import military as lex
from store.military.phrases import _HEAD_DETERMINERS_RX
from store.military.triggers import _Trigger
from store.military.words import (
    _PLACE_PREPOSITIONS,
    _PREPOSITIONS,
    _PUNCT_RX,
    _SPEECH,
    _WORD,
    _prev_words,
)
from store.records import LocalActor

_LAUNCH_RX = re.compile(whole_words(lex.LAUNCH_VERBS) + r"\s+$", re.IGNORECASE)
# case-sensitive: "US" is a demonym, "us" is not
_DEMONYM_RX = re.compile(whole_words(lex.DEMONYMS))
_PRONOUNS = lex.PRONOUNS
_POSSESSIVE_PRONOUNS = frozenset(w for w in lex.POSSESSIVE_PRONOUNS)


_KIND_RANK = {"organisation": 0, "person": 1, "other": 2, "state": 3}


def _specific(text: str, spans: Sequence[Placed], p: Placed) -> LocalActor:
    """The most specific actor of one phrase: the SBU rather than Ukraine in "Security Service
    of Ukraine (SBU)"."""
    same = [q for q in spans
            if (q.start < p.end and p.start < q.end)
            or (q.end <= p.start and re.fullmatch(r"[\s()]*", text[q.end:p.start]))
            or (p.end <= q.start and re.fullmatch(r"[\s()]*", text[p.end:q.start]))]
    return min(same or [p], key=lambda q: _KIND_RANK.get(q.actor.kind, 9)).actor


@dataclass(slots=True)
class _Ctx:
    """One sentence being read, with the article's state actors by name, the group the
    previous sentence was about (what a sentence-initial "it" or "they" points to) and the
    organisations named so far, latest first (what "the ministry" points to)."""

    text: str
    spans: list[Placed]
    states: dict[str, LocalActor]
    antecedent: LocalActor | None = None
    named: Sequence[LocalActor] = ()


def _pronoun_actor(ctx: _Ctx, word: str, pos: int) -> LocalActor | None:
    wanted = _PRONOUNS[word]
    for p in reversed([p for p in ctx.spans if p.end <= pos]):
        if (p.actor.kind == "person") == (wanted == "person"):
            return p.actor
    return ctx.antecedent if wanted == "group" else None


def _demonym_actor(ctx: _Ctx, fragment: str) -> LocalActor | None:
    """State actor named by the last demonym in a fragment ("Russian strikes")."""
    found = [" ".join(m.group().split()) for m in _DEMONYM_RX.finditer(fragment)]
    return ctx.states.get(lex.DEMONYMS[found[-1]]) if found else None


_BY_RX = re.compile(r"\s+by\s+(?:the\s+|an?\s+)?", re.IGNORECASE)


def _by_actor(ctx: _Ctx, pos: int) -> LocalActor | None:
    """Agent of a "by" phrase: a mention ("by Ukrainian forces") or a demonym ("by a Russian
    missile")."""
    p = next((p for p in ctx.spans if p.start == pos), None)
    if p is not None:
        return _specific(ctx.text, ctx.spans, p)
    first = re.compile(r"\S+(?:\s+\S+)?").match(ctx.text, pos)  # "by a Russian missile"
    return _demonym_actor(ctx, first.group()) if first else None


def _subject_ok(text: str, p: Placed, pos: int) -> bool:
    """A mention that can be the subject of the verb at `pos`; "smuggled into Russia on trucks,
    to hit" - a preposition's object before a comma - cannot."""
    if not can_be_subject(text, p):
        return False
    prev = [w for w in _prev_words(text, p.start, 2) if w != "the"][-1:]
    if not prev or prev[0] not in _PREPOSITIONS | _PLACE_PREPOSITIONS:
        return True
    if _PUNCT_RX.search(text, p.end, pos):
        return False
    return prev[0] in _PREPOSITIONS or verb_follows(text, p.end)  # "trucks inside Russia to"


def _subject_actor(ctx: _Ctx, pos: int, clause_start: int) -> LocalActor | None:
    """Agent of a verb at `pos`: the last mention (or pronoun) before it in the clause."""
    text = ctx.text
    cands = [p for p in ctx.spans if clause_start <= p.start and p.end <= pos
             and _subject_ok(text, p, pos)]
    tail = cands[-1].end if cands else clause_start
    pronouns = [m for m in _WORD.finditer(text, tail, pos) if m.group().lower() in _PRONOUNS]
    if pronouns:
        return _pronoun_actor(ctx, pronouns[-1].group().lower(), pronouns[-1].start())
    if not cands:
        return _demonym_actor(ctx, " ".join(_WORD.findall(text[clause_start:pos])[-3:]))
    last = cands[-1]
    if {w.lower() for w in _WORD.findall(text[last.end:pos])} & _SPEECH:
        return None  # "Zelensky said 40 drones hit Kyiv": the speaker is not the agent
    return _specific(text, ctx.spans, last)


def _possessor(ctx: _Ctx, np_start: int, clause_start: int) -> LocalActor | None:
    """Whose "its"/"their" is it: the clause's subject group ("Russia pummelled Ukraine with its
    biggest attack"), else the last group named before."""
    groups = [p for p in ctx.spans if clause_start <= p.start and p.end <= np_start
              and p.actor.kind != "person" and _subject_ok(ctx.text, p, np_start)]
    if groups:
        return _specific(ctx.text, ctx.spans, groups[0])
    return _pronoun_actor(ctx, "it", np_start)


def _np_actor(ctx: _Ctx, np_start: int, head: int, clause_start: int) -> LocalActor | None:
    """Agent named in a noun phrase: a mention inside it, a possessive before it, or a demonym
    ("[Russia's] drones", "[its] strikes", "[Russian] missile")."""
    text, spans = ctx.text, ctx.spans
    inside = [p for p in spans if np_start <= p.start and p.end <= head]
    if inside:
        return _specific(text, spans, inside[-1])
    for p in reversed(spans):
        if p.end <= np_start and re.fullmatch(r"['’]s?\s+", text[p.end:np_start]):
            return _specific(text, spans, p)
    if set(_prev_words(text, np_start)) & _POSSESSIVE_PRONOUNS:
        return _possessor(ctx, np_start, clause_start)
    return _demonym_actor(ctx, text[np_start:head])


def _noun_actor(ctx: _Ctx, t: _Trigger, np_start: int, clause_start: int) -> LocalActor | None:
    """Agent of an event noun: inside its phrase, possessive, demonym, "by X", or launcher."""
    if actor := _np_actor(ctx, np_start, t.start, clause_start):
        return actor
    if (m := _BY_RX.match(ctx.text, t.end)) and (actor := _by_actor(ctx, m.end())):
        return actor
    if (g := _launched(ctx.text, np_start)) is not None:  # "the SBU launched a [...] attack"
        return _subject_actor(ctx, g, clause_start)
    return None


def _launched(text: str, np_start: int) -> int | None:
    """Position of the verb launching an event noun phrase ("launched a [...] attack")."""
    window = max(0, np_start - 60)
    head = _HEAD_DETERMINERS_RX.sub("", text[window:np_start])
    g = _LAUNCH_RX.search(head)
    return window + g.start() if g else None
