"""Triggers: the words that may report a military event, and those that report no fact.

A trigger is an event noun ("attack"), an agent or victim verb ("shelled", "lost") or any
past-tense verb after a weapon ("drones disrupted"). Everyday uses ("attack drones", "strike a
deal", "captured soldiers" in an exchange) are not triggers, and one inside a demand, a denial
or a hypothetical reports no fact; deciding this first keeps the later steps on real events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from store.demands import phrase_alt, whole_words
from store.lexicon import military as lex
from store.military.phrases import _HEAD_DETERMINERS_RX, _np_start
from store.military.words import (
    _DETERMINERS,
    _HAVE,
    _HYPOTHETICAL,
    _NUMBER_WORDS,
    _PASSIVE,
    _PLACE_PREPOSITIONS,
    _PREPOSITIONS,
    _PUNCT_RX,
    _SPEECH,
    _VERBISH,
    _WORD,
    _lower,
    _next_words,
    _prev_words,
)
from store.tokens import compile_filtered, register_cache

_NOUN_RX = compile_filtered(whole_words([*lex.EVENT_NOUNS, *lex.WEAK_EVENT_NOUNS]), re.IGNORECASE)
_VERB_RX = compile_filtered(
    whole_words([*lex.AGENT_VERBS, *lex.WEAK_AGENT_VERBS, *lex.VICTIM_VERBS]), re.IGNORECASE)
_WEAK_NOUNS = _lower(lex.WEAK_EVENT_NOUNS)
_WEAK_VERBS = _lower(lex.WEAK_AGENT_VERBS)
_STRONG_VERBS = _lower(lex.AGENT_VERBS)
_VICTIM = _lower(lex.VICTIM_VERBS)
_ADJECTIVAL = _lower(lex.ADJECTIVAL_PARTICIPLES)
_CATEGORY_NOUNS = _lower(lex.CATEGORY_NOUNS)
_CATEGORY_LEADS = _lower(lex.CATEGORY_LEADS)
_PRISONER_RX = compile_filtered(whole_words(lex.PRISONER_CONTEXT), re.IGNORECASE)
_UNITS = _lower(lex.UNITS)
_NON_MILITARY_OBJECT_RX = compile_filtered(rf"\s+(?:{phrase_alt(lex.NON_MILITARY_OBJECTS)})\b",
                                     re.IGNORECASE)
_SUPPRESSOR_RX = compile_filtered(whole_words(lex.SUPPRESSORS), re.IGNORECASE)
_NON_MILITARY_MODIFIERS = _lower(lex.NON_MILITARY_MODIFIERS)
_WEAPONS = phrase_alt(lex.WEAPON_NOUNS)
_PERFECT = rf"(?:\s+(?:{phrase_alt(lex.HAVE_AUX)}))"
_WEAPON_TAIL_RX = compile_filtered(
    rf"(?<![\w-])(?P<weapon>{_WEAPONS})(?:\s*,[^,;]{{1,30}},)?{_PERFECT}?\s*$", re.IGNORECASE)
_WEAPON_VERB_RX = compile_filtered(
    rf"(?<![\w-])(?:{_WEAPONS})(?:\s*,[^,;]{{1,30}},)?{_PERFECT}?\s+"
    rf"(?P<verb>(?!(?:{phrase_alt(lex.NOT_EVENT_VERBS)})\b)[a-z]{{3,}}ed"
    rf"|{phrase_alt([*lex.IRREGULAR_PAST, *lex.IRREGULAR_PARTICIPLES])})"
    rf"(?![\w-])(?!\s+by\b)", re.IGNORECASE)
_PARTICIPLE_ONLY = _lower(lex.IRREGULAR_PARTICIPLES) - _lower(lex.IRREGULAR_PAST)
_PERFECT_END_RX = re.compile(rf"{_PERFECT}\s+$", re.IGNORECASE)
_CLAUSE_OPENERS = _lower(lex.CLAUSE_OPENERS)
_VERB_BASES = _lower(lex.NOUN_VERB_BASES)
_ARTICLES = _lower(lex.ARTICLES)


@dataclass(frozen=True, slots=True)
class _Trigger:
    """A word that may report an event: an event noun or an agent/victim verb."""

    noun: bool
    start: int
    end: int
    weak: bool
    victim: bool
    subject: int | None = None  # start of a weapon subject ("a Russian drone struck")


@lru_cache(maxsize=4096)
def _triggers(text: str, start: int, end: int) -> tuple[_Trigger, ...]:
    """Event nouns and verbs in clause, minus "attack drones", "verbal attack", "strike a deal";
    plus any past-tense verb whose subject is a weapon ("Ukrainian drones disrupted flights").
    Cached: event detection and each clause ask for the same sentence's triggers."""
    out = []
    for m in _NOUN_RX.finditer(text, start, end):
        nxt = _next_words(text, m.end())
        if (nxt and nxt[0] in _UNITS) or (
                set(_prev_words(text, m.start())) & _NON_MILITARY_MODIFIERS):
            continue
        if _NON_MILITARY_OBJECT_RX.match(text, m.end()):
            continue
        word = " ".join(m.group().lower().split())
        if word in _VERB_BASES and _prev_words(text, m.start()) == ["to"]:  # "to strike X"
            out.append(_Trigger(False, m.start(), m.end(), False, False))
            continue
        out.append(_Trigger(True, m.start(), m.end(), word in _WEAK_NOUNS, False))
    for m in _VERB_RX.finditer(text, start, end):
        word = " ".join(m.group().lower().split())
        if _NON_MILITARY_OBJECT_RX.match(text, m.end()) or any(
                t.start <= m.start() < t.end for t in out):
            continue
        if word in _ADJECTIVAL and _adjectival(text, m.start(), m.end()):
            continue  # "wounded and seriously ill prisoners": who is exchanged, not an event
        if _not_a_verb(text, m.start()):
            continue
        weak = word in _WEAK_VERBS and word not in _STRONG_VERBS
        subject = _weapon_subject(text, m.start(), start)
        if subject is not None and not _subject_position(text, subject, start):
            continue  # "using drones launched from trucks": a participle describing the drones
        out.append(_Trigger(False, m.start(), m.end(), weak, word in _VICTIM, subject))
    taken = {t.start for t in out}
    for m in _WEAPON_VERB_RX.finditer(text, start, end):
        verb = m.start("verb")
        if m.group("verb").lower() in _PARTICIPLE_ONLY and not _PERFECT_END_RX.search(
                text, start, verb):
            continue  # "drones taken from a depot": a participle describing them
        subject = _weapon_subject(text, verb, start)
        if verb not in taken and subject is not None and _subject_position(text, subject, start):
            out.append(_Trigger(False, verb, m.end("verb"), False, False, subject))
    return tuple(sorted(out, key=lambda t: t.start))


register_cache(_triggers.cache_clear)


def _not_a_verb(text: str, pos: int) -> bool:
    """"their targets", "a downed drone": after an article or determiner the word is a noun or
    an adjective; "the 472 launched on 1 June": after a bare number it describes that number."""
    prev = _prev_words(text, pos)
    if not prev:
        return False
    if prev[0] in _ARTICLES:  # "a downed drone"
        return True
    if prev[0] in _DETERMINERS:  # "their targets" - but "those killed" is a verb
        word = _WORD.match(text, pos)
        return bool(word and word.group().lower().endswith("s"))
    return prev[0][0].isdigit() or prev[0] in _NUMBER_WORDS


def _weapon_subject(text: str, verb: int, clause_start: int) -> int | None:
    """Start of the weapon noun phrase right before a verb ("[Russian drones], in turn, hit")."""
    m = _WEAPON_TAIL_RX.search(text, clause_start, verb)
    if not m:
        return None
    start = _np_start(text, m.start("weapon"))
    return start if start >= clause_start else None


def _subject_position(text: str, np: int, clause_start: int) -> bool:
    """A noun phrase that is a subject ("On Friday [a Russian drone] ..."), not the object of a
    verb or preposition ("Ukraine used [drones] smuggled in", "the number of [drones] fired")."""
    head = _HEAD_DETERMINERS_RX.sub("", text[clause_start:np]).rstrip()
    prev = _prev_words(head, len(head))
    if (not prev or head.endswith((",", ";", ":", "-", "—", "–")) or prev[0] in _CLAUSE_OPENERS
            or prev[0] in _SPEECH):  # "Kyiv says [drones] hit 40 bombers"
        return True
    w = prev[0]
    return not (w in _PREPOSITIONS or w in _PLACE_PREPOSITIONS or w in _VERBISH
                or w in _PASSIVE or w in _HAVE or w.endswith(("ed", "ing")))


def _adjectival(text: str, start: int, end: int) -> bool:
    """A participle naming a category of people ("severely wounded and ill prisoners", "captured
    soldiers"), not a verb: a category noun follows, no auxiliary precedes, and the sentence
    is about an exchange or the participle opens a noun phrase."""
    prev = _prev_words(text, start)
    if prev and prev[0] in _PASSIVE | _HAVE:
        return False
    stop = _PUNCT_RX.search(text, end)
    window = _WORD.findall(text[end:stop.start() if stop else len(text)])[:lex.CATEGORY_WINDOW]
    if not {w.lower() for w in window} & _CATEGORY_NOUNS:
        return False
    return bool(not prev or prev[0] in _CATEGORY_LEADS or _PRISONER_RX.search(text))


_IDENTIFIER_RX = re.compile(rf"\b{re.escape(lex.NUMBER_SIGN)}\s*\d[\d/]*", re.IGNORECASE)


def _not_a_fact(text: str, t: _Trigger, np_start: int, clause_start: int,
                blocked: Sequence[tuple[int, int]]) -> bool:
    """Hypothetical, denied, halted or demanded: the trigger reports no event."""
    if any(a <= t.start < b for a, b in blocked):
        return True
    scope_start = max([clause_start, *(m.end() for m in _PUNCT_RX.finditer(text, 0, np_start))])
    scope_text = _IDENTIFIER_RX.sub(" ", text[scope_start:np_start])  # "No. 456" is no negation
    scope = [w.lower() for w in _WORD.findall(scope_text)]
    if set(scope) & _HYPOTHETICAL or any(w.endswith("n't") for w in scope):
        return True
    return bool(_SUPPRESSOR_RX.search(text, _window_start(text, np_start, lex.SUPPRESSOR_WINDOW),
                                      np_start))


def _window_start(text: str, pos: int, n: int) -> int:
    """Offset of the n-th word before `pos`, so multi-word cues match as phrases ("on energy")."""
    words = list(_WORD.finditer(text, max(0, pos - 120), pos))[-n:]
    return words[0].start() if words else pos
