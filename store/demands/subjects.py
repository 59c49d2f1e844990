"""The subject of the clause before a cue: the default demander of a cue verb.

The last mention or pronoun a verb follows ("he would meet Putin only if" - not Putin), with the
mentions coordinated to it ("the U.S. and Ukraine"), pronouns resolved to the person, group or
other side they stand for, and the subject of the sentence's first clause.
"""

from __future__ import annotations

import re

from store.demands.clauses import _INTRO_RX, _segment_start
from store.demands.cue import Cue
from store.demands.mentions import Placed, _coordinated, _party_name, can_be_subject, side_of
from store.demands.reading import _Ctx
from store.demands.speakers import _in_quote, _voicer
from store.demands.words import (
    _PREPOSITIONS,
    _SPEECH,
    _SUBJECT_PRONOUNS,
    _WORD,
    _next_words,
    _prev_words,
    verb_follows,
)
from store.lexicon import demands as lex
from store.records import LocalActor


def _resolve_pronoun(ctx: _Ctx, word: str, pos: int, cue: Cue) -> list[LocalActor]:
    """The actor a pronoun subject stands for."""
    before = [p for p in ctx.spans if p.end <= pos]
    if word in lex.PERSON_PRONOUNS:
        person = next((p.actor for p in reversed(before) if p.actor.kind == "person"),
                      ctx.state.prev_speaker or ctx.state.prev_person)
        return [person] if person else []
    if word in lex.OTHER_SIDE_PRONOUNS and _in_quote(ctx, pos) and (
            speaker := _voicer(ctx, cue)) and (mine := side_of(speaker)):
        # a speaker calls their own side "we": a quoted "they" is another side
        groups = [*ctx.state.groups, *(p.actor for p in before if p.actor.kind != "person")]
        other = next((a for a in reversed(groups) if _party_name(a) not in (None, mine)), None)
        return [other] if other else []
    if word in lex.GROUP_PRONOUNS:
        group = next((p.actor for p in reversed(before) if p.actor.kind != "person"),
                     ctx.state.prev_subject or ctx.state.prev_group)  # subjects stay subjects
        return [group] if group else []
    voicer = _voicer(ctx, cue) or ctx.state.prev_speaker or ctx.state.prev_subject
    return [voicer] if voicer else []  # a quoted "we" goes on speaking


def _pronoun(word: str) -> str:
    """A word without its contracted verb ("We're" -> "we")."""
    return _APOSTROPHE.split(word.lower())[0]


def _subjects(ctx: _Ctx, pos: int, cue: Cue) -> list[LocalActor]:
    """Actors that are the subject of the clause before `pos`: the last mention or pronoun that a
    verb follows ("he would meet Putin only if" - not Putin), else the last mention."""
    text = ctx.text
    seg = _segment_start(text, pos)
    cands: list[Placed | re.Match[str]] = [
        p for p in ctx.spans if seg <= p.start and p.end <= pos and can_be_subject(text, p)]
    cands += [m for m in _WORD.finditer(text, seg, pos) if _pronoun(m.group()) in _SUBJECT_PRONOUNS]
    if not cands:
        cands = [p for p in ctx.spans if p.end <= pos and can_be_subject(text, p)]
    if not cands:
        return []
    cands.sort(key=_start_of)
    ends: dict[int, int] = {}  # candidate start -> end of its phrase (the last such candidate's)

    def phrase_end(c: Placed | re.Match[str]) -> int:
        if _start_of(c) not in ends:  # met from the back: the last candidate with this start
            ends[_start_of(c)] = _phrase_end(text, _end_of(c), pos)
        return ends[_start_of(c)]

    # the last candidate right before the verb, else the last one a verb follows, else the last
    best = next((c for c in reversed(cands) if cue.kind == "verb"
                 and not _WORD.search(text, phrase_end(c), pos)), None) or next(
        (c for c in reversed(cands) if verb_follows(text, phrase_end(c))), cands[-1])
    if isinstance(best, re.Match):
        return _resolve_pronoun(ctx, _pronoun(best.group()), best.start(), cue)
    placed = [c for c in cands if isinstance(c, Placed) and c.end <= best.end]
    return [p.actor for p in _coordinated(text, placed)]


_APOSTROPHE = re.compile(r"['’]")
# "'s negotiators", "president": one to three lowercase words after a mention
_NOUN_TAILS = tuple(re.compile(rf"(?:['’]s)?(?:\s+[a-z][\w-]*){{{k}}}(?=[\s,])")
                    for k in range(1, 4))


def _phrase_end(text: str, end: int, limit: int) -> int:
    """End of the subject a mention heads: past "'s negotiators" in "Moscow's negotiators
    insisted" or "president" in "the US president said" - the side speaks through its noun
    (never past a preposition: "warned Putin of new tariffs")."""
    if text[end:end + 1] not in "'’" and (nxt := _next_words(text, end)) and nxt[0] in (
            _PREPOSITIONS):
        return end
    for rx in _NOUN_TAILS:
        m = rx.match(text, end)
        if m is None or m.end() > limit:
            break
        if m.end() == limit or verb_follows(text, m.end()):
            return m.end()
    return end


def _joins_speech(text: str, pos: int) -> bool:
    """"X said that ... and called on Y": a verb joined by a bare "and" to an earlier speech verb
    shares its subject ("... and had pressed for" instead continues the reported clause)."""
    prev = _prev_words(text, pos, 4)
    while prev and prev[-1] in lex.COORDINATED_ADVERBS:
        prev.pop()
    if prev[-1:] != ["and"]:
        return False
    return any(w.lower() in _SPEECH for w in _WORD.findall(text, 0, pos))


def _main_subject(ctx: _Ctx) -> list[LocalActor]:
    """The subject of the sentence's first clause: its first mention that a verb follows."""
    text = ctx.text
    seg = m.end() if (m := _INTRO_RX.match(text)) else 0
    for p in ctx.spans:
        if p.start >= seg and can_be_subject(text, p) and verb_follows(
                text, _phrase_end(text, p.end, len(text))):
            return [p.actor]
    first = [p for p in ctx.spans if p.start >= seg and not text[seg:p.start].strip(" \"“'‘")]
    return [first[0].actor] if first else []  # "Olena Marchuk met Orlov": the opening name


def _start_of(c: Placed | re.Match[str]) -> int:
    return c.start if isinstance(c, Placed) else c.start()


def _end_of(c: Placed | re.Match[str]) -> int:
    return c.end if isinstance(c, Placed) else c.end()
