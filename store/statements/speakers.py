"""Who speaks in an attribution: the name next to the speech verb is not always the speaker.

"X reported, citing Y" makes Y speak, "Foreign Minister Hakan Fidan of Turkey said" the person
rather than the country, "X, who led a delegation that included Y, said" X rather than Y, and a
sentence's subject may be a run of names or a role ("the Russian president"). Speaker and verb
are also kept apart by appositions, relative clauses, brackets and dates. Quote attribution and
the reported-speech frames both need these answers, so they live here once.
"""

from __future__ import annotations

import re

from store.lexicon.speech import CITING_CUES, SPEAKER_ROLE_NOUNS
from store.records import Mention, Sentence
from store.statements.context import _Context
from store.statements.words import (
    _ROLE_NOUN,
    _SAYING,
    TITLE_WORDS,
    _skip_apposition,
    _speech_verb,
    _words,
)
from store.tokens import compile_filtered

_ROLE_SUBJECT = compile_filtered(r"(?:[-–—•*]\s*)?(?:[^,]{0,80},\s+)?" + _ROLE_NOUN.pattern,
                           re.IGNORECASE)

# "He said", "- He said", "Before the call, she told", "On July 15 he wrote"
_PRONOUN_LEAD = re.compile(r"(?:[-–—•*]\s*)?(?:[^,\"“”]{0,60},\s+)?(?P<pronoun>he|she)\b",
                           re.IGNORECASE)
_LATE_PRONOUN = re.compile(r"\s+(?P<pronoun>he|she)\b")
_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")
_RELATIVE = re.compile(r"\s*,\s*(?:who|whose|which|whom)\b")
_COMMA = re.compile(r",\s+")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _subject(ctx: _Context, sent: Sentence, before: int) -> int | None:
    """The subject of a sentence: its first name (the last of a run like "Foreign Ministry
    spokeswoman Maria Zakharova"), a person rather than the place that comes with them."""
    cands = [m for m in ctx.speakers_between(sent.start, before)]
    role = _ROLE_SUBJECT.match(sent.text)
    if role and (not cands or sent.start + role.end() <= cands[0].start):
        return ctx.by_role(role, sent.start + role.start("role"))  # "the Russian president"
    if not cands:
        return None
    run = [cands[0]]
    for m in cands[1:]:
        gap = ctx.body[run[-1].end : m.start]
        if not _joins_name(gap):
            break
        run.append(m)
    persons = [m for m in run if ctx.actors[m.actor].kind == "person"]
    return (persons[-1] if persons else run[-1]).actor


def _joins_name(gap: str) -> bool:
    """Between two names of one noun phrase: "’s", a title, "of"."""
    words = _words(gap)
    return "," not in gap and len(words) <= 4 and all(
        w.lower() in TITLE_WORDS or w.lower() in ("of", "the", "s", "’s", "'s")
        or w.lower() in SPEAKER_ROLE_NOUNS or w[:1].isupper() for w in words)


def _verb_gaps(ctx: _Context, end: int, stop: int) -> list[int]:
    """Where the verb may start after a speaker: right away, after an apposition (", an aide
    to Y,"), a relative clause (", who met X in Istanbul,"), a bracket ("(R-S.C.)") or a date
    ("X on Tuesday said")."""
    text = ctx.body[end:stop]
    gaps = [end, end + len(text) - len(_skip_apposition(text))]
    bracket = _BRACKET.match(text)
    if bracket:
        gaps.append(end + bracket.end())
    for base in (0, bracket.end() if bracket else 0):
        relative = _RELATIVE.match(text[base:])
        if relative:
            for comma in _COMMA.finditer(text[base + relative.end():]):
                at = base + relative.end() + comma.end()
                if _speech_verb(text[at:], _SAYING) is not None:
                    gaps.append(end + at - comma.end() + comma.start())
                    break
    for d in ctx.dates_from(end + 1, end + 2):
        if d.end < stop:
            gaps.append(d.end)
    return list(dict.fromkeys(gaps))


def _owner_of(ctx: _Context, sent: Sentence, m: Mention) -> int | None:
    """ "Foreign Minister Hakan Fidan of Turkey said": the person speaks, not the country."""
    if ctx.actors[m.actor].kind == "person":
        return None
    persons = [x for x in ctx.speakers_between(sent.start, m.start)
               if ctx.actors[x.actor].kind == "person"]
    if persons and _OF.fullmatch(ctx.body[persons[-1].end : m.start]):
        return persons[-1].actor
    return None


def _pronoun_subject(ctx: _Context, sent: Sentence) -> re.Match[str] | None:
    """A pronoun as the subject of the sentence, after a short opening phrase."""
    m = _PRONOUN_LEAD.match(sent.text)
    if m:
        return m
    for d in ctx.dates_from(sent.start, sent.start + 3):  # "On July 15 he wrote that"
        return _LATE_PRONOUN.match(sent.text, d.end - sent.start)
    return None


def _named_in_apposition(ctx: _Context, start: int, end: int) -> int | None:
    """ "The head of the Russian delegation, Presidential Aide X, told": X speaks."""
    persons = [x for x in ctx.speakers_between(start, end)
               if ctx.actors[x.actor].kind == "person"]
    return persons[0].actor if len(persons) == 1 else None


def _relative_head(ctx: _Context, sent: Sentence, m: Mention) -> int | None:
    """ "X, who led a delegation that included Y, the deputy minister, said": X speaks, Y is
    only named inside X's relative clause."""
    lead = ctx.body[sent.start : m.start]
    who = lead.rfind(", who ")
    if who == -1:
        return None
    earlier = [x for x in ctx.speakers_between(sent.start, sent.start + who)
               if ctx.actors[x.actor].kind == "person"]
    return earlier[-1].actor if earlier else None


def _cited(ctx: _Context, sent: Sentence, speaker: Mention) -> int:
    """`X reported, citing Y` makes Y the speaker: X only relays what Y said."""
    low = ctx.body[speaker.end : sent.end].lower()
    for cue in CITING_CUES:
        k = low.find(cue)
        if k != -1:
            later = [m for m in ctx.speakers_between(speaker.end + k, sent.end)
                     if ctx.actors[m.actor].kind == "person"]
            if later:
                return later[0].actor
    return speaker.actor


def _best_speaker(ctx: _Context, mentions: list[Mention]) -> int:
    """The last person in "X's envoy, Keith Kellogg" is the one speaking."""
    persons = [m for m in mentions if ctx.actors[m.actor].kind == "person"]
    return (persons[-1] if persons else mentions[0]).actor
