"""Drafts: one trigger turned into a candidate event, with its text, actor and kind.

A noun and a verb tell an event differently: a verb's subject is its agent unless it is passive
or a loss ("were killed", "lost"), when the sufferer opens the text, and a weapon subject opens
it ("Ukrainian drones disrupted flights"). The draft also records what later steps need
(defensive, territorial, present tense, a trailing participle) so they never reread the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from store.demands import phrase_alt
from store.lexicon import military as lex
from store.military.agents import _BY_RX, _by_actor, _Ctx, _np_actor, _subject_actor
from store.military.phrases import _cut
from store.military.triggers import _VERB_RX, _Trigger
from store.military.words import _PASSIVE, _PUNCT_RX, _SPEECH, _WORD, _lower, _prev_words
from store.records import LocalActor
from store.tokens import compile_filtered

_TERRITORIAL = _lower(lex.TERRITORIAL_VERBS)
_PP_RX = re.compile(
    rf"\s+(?:{phrase_alt(lex.EVENT_PREPOSITIONS)})\s+[^,;:()\"“”]{{1,80}}", re.IGNORECASE
)
_PP_CUT_RX = re.compile(rf"\s(?:{phrase_alt(lex.PHRASE_BREAKERS)})\b|\.(?:\s|$)", re.IGNORECASE)
_THAT_RX = re.compile(r"\bthat\s+", re.IGNORECASE)
_PARENTHETICAL_TAIL_RX = re.compile(r"\s*,[^,;]{1,30},\s*$")
_DEFENSIVE = _lower(lex.DEFENSIVE_VERBS)


@dataclass(slots=True)
class _Draft:
    """An event being built from one trigger; the best trigger of a clause wins."""

    start: int
    actor: LocalActor | None
    text: str
    numbers: list[str]
    noun: bool
    weak: bool
    span: tuple[int, int] = (0, 0)  # offsets of `text` in the sentence
    clause: tuple[int, int] = (0, 0)
    victim: bool = False  # "Ukraine lost 950 soldiers": whoever is named suffered it
    inherited: bool = False  # the actor was read from the previous event, not this sentence
    inferred: bool = False  # the actor is not named but deduced (inherited, enemy of the hit)
    open_agent: bool = True  # no subject of its own: a noun, a passive, "killing 12"
    definite: bool = False  # "the strikes", "Sunday's strikes": may refer to a told event
    participle: bool = False  # ", killing 12": a consequence trailing the main event
    defensive: bool = False  # "intercepted", "shot down": done by whoever was attacked
    territorial: bool = False  # "captured", "advanced": ground taken, not a strike
    passive: bool = False  # "were killed": the subject suffered it
    when: date | None = None  # the date written in its own clause
    habitual: bool = False  # a verb in the present tense: "Russia pounds Ukrainian cities"


def _noun_text(text: str, np_start: int, t: _Trigger, end: int) -> tuple[str, tuple[int, int]]:
    """The event noun phrase with its target ("strikes on Odesa"), and the verb phrase it is
    the subject of ("Russian shelling killed a man in Kherson")."""
    stop = t.end
    if m := _PP_RX.match(text, t.end, end):
        cut = _PP_CUT_RX.search(text, m.start() + 1, m.end())
        stop = cut.start() if cut else m.end()
    if (m := _SPACE_RX.match(text, stop)) and _VERB_RX.match(text, m.end(), end):
        stop = end
    return _cut(text, np_start, stop)


_SPACE_RX = re.compile(r"\s+")


def _verb_draft(ctx: _Ctx, t: _Trigger, clause_start: int, clause_end: int) -> _Draft:
    """An event told by a verb: its subject is the agent, unless it is passive ("were killed")
    or a loss ("lost"); then the sufferer opens the text."""
    text = ctx.text
    prev = _prev_words(text, t.start, 2)
    passive = not text[t.start:t.end].lower().endswith("ing") and bool(prev) and (
        prev[-1] in _PASSIVE or (len(prev) == 2 and prev[0] in _PASSIVE and prev[1].endswith("ly")))
    actor = None
    if m := _BY_RX.match(text, t.end):
        actor = _by_actor(ctx, m.end())
    elif t.subject is not None and not passive:  # "a Russian drone struck a bus"
        actor = _np_actor(ctx, t.subject, t.start, clause_start)
    elif not passive and not t.victim:
        actor = _subject_actor(ctx, t.start, clause_start)
    if t.subject is not None and not passive:
        return _weapon_draft(text, t, t.subject, actor, clause_end)
    start = _sufferer_start(text, t.start, clause_start) if passive or t.victim else t.start
    words, span = _cut(text, start, clause_end)
    ing = text[t.start:t.end].lower().endswith("ing")
    return _Draft(t.start, actor, words, [], False, t.weak, span, victim=t.victim,
                  open_agent=passive or ing, defensive=_is_defensive(text, t),
                  participle=ing and text[:t.start].rstrip().endswith(","),
                  territorial=_is_territorial(text, t), passive=passive,
                  habitual=_present_tense(text, t))


def _weapon_draft(text: str, t: _Trigger, subject: int, actor: LocalActor | None,
                  clause_end: int) -> _Draft:
    """"[Ukrainian drones], in turn, disrupted flights": the weapon opens the text."""
    head = " ".join(_PARENTHETICAL_TAIL_RX.sub("", text[subject:t.start]).split())
    words, span = _cut(text, t.start, clause_end)
    return _Draft(t.start, actor, f"{head} {words}".strip(), [], False, t.weak,
                  (subject, span[1]), defensive=_is_defensive(text, t))


def _sufferer_start(text: str, trigger: int, clause_start: int) -> int:
    """Where the sufferer of a passive or a loss starts: "officials said [12 civilians] were
    killed", "said aircraft had caught fire and that [attacks ...] had been repelled"."""
    start = max([clause_start, *(m.end() for m in _PUNCT_RX.finditer(text, 0, trigger))])
    speech = [m for m in _WORD.finditer(text, start, trigger) if m.group().lower() in _SPEECH]
    if speech:
        start = speech[-1].end()
    thats = list(_THAT_RX.finditer(text, start, trigger))
    if thats:
        start = thats[-1].end()
    return _skip_that(text, start)


def _is_defensive(text: str, t: _Trigger) -> bool:
    """"intercepted", or "destroyed 162 drones": a munition destroyed is one stopped."""
    verb = " ".join(text[t.start:t.end].lower().split())
    if verb in _DEFENSIVE:
        return True
    stop = _PUNCT_RX.search(text, t.end)
    return verb in _DESTROY and bool(_MUNITION_OBJECT_RX.match(text, t.end,
                                                               stop.start() if stop else len(text)))


_DESTROY = _lower(lex.DESTROY_VERBS)
# the object's head is a munition: "destroyed [162 Ukrainian] drones", not "drone factories"
_MUNITION_OBJECT_RX = compile_filtered(
    rf"(?:\s+(?!(?:{phrase_alt(lex.PREPOSITIONS)})\b)[\w'’,-]+){{0,4}}?"
    rf"\s+(?:{phrase_alt(lex.MUNITIONS)})(?![\w-])(?!\s+\w+(?:ies|s)\b)", re.IGNORECASE)


def _present_tense(text: str, t: _Trigger) -> bool:
    """"pounds", "shoots down": a verb in the third person of the present tense."""
    first = text[t.start:t.end].split()[0].lower()
    return first.endswith("s") and not first.endswith("ss")


def _is_territorial(text: str, t: _Trigger) -> bool:
    return " ".join(text[t.start:t.end].lower().split()) in _TERRITORIAL


def _skip_that(text: str, pos: int) -> int:
    m = re.compile(r"\s*(?:that\s+)?", re.IGNORECASE).match(text, pos)
    return m.end() if m else pos
