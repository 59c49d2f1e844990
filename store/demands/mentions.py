"""Actor mentions placed in a sentence, and the sides and parties they stand for.

Mentions arrive with article offsets; every rule here and in store.military works on
sentence-relative ones, so placing them (and finding the dates and parentheticals around them),
telling a subject from a preposition's object and grouping coordinated mentions is done once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from store.demands.words import _prev_words, phrase_alt, verb_follows
from store.lexicon import demands as lex
from store.records import DateMention, LocalActor, Mention, Sentence


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention placed in its sentence: offsets relative to ``Sentence.text``."""

    start: int
    end: int
    actor: LocalActor


def place_mentions(
    sentence: Sentence, mentions: Iterable[Mention],
    actors: Iterable[LocalActor] | Mapping[int, LocalActor],
) -> list[Placed]:
    """The sentence's mentions with sentence-relative offsets, in reading order.

    Reading a whole article, pass only the sentence's mentions (`mentions_by_sentence`) and the
    actors by key, so that placing every sentence's mentions stays linear in the article."""
    by_key = actors if isinstance(actors, Mapping) else {a.key: a for a in actors}
    out = []
    for m in mentions:
        if m.sentence != sentence.index or m.actor not in by_key:
            continue
        start, end = m.start - sentence.start, m.end - sentence.start
        if 0 <= start < end <= len(sentence.text):
            out.append(Placed(start, end, by_key[m.actor]))
    return sorted(out, key=lambda p: (p.start, -p.end))


def mentions_by_sentence(mentions: Iterable[Mention]) -> dict[int, list[Mention]]:
    """Mentions grouped by their sentence index, each group in the given order."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.sentence, []).append(m)
    return out


def dates_by_sentence(sentences: Iterable[Sentence], dates: Iterable[DateMention]
                      ) -> dict[int, list[DateMention]]:
    """The dates starting inside each sentence, in text order."""
    ordered = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    return {s.index: ordered[bisect_left(starts, s.start):bisect_left(starts, s.end)]
            for s in sentences}


def side_of(actor: LocalActor) -> str | None:
    """The canonical state an actor stands for (a state is its own side)."""
    if actor.side:
        return actor.side
    return actor.name if actor.kind == "state" else None


def sentence_date(
    sentence: Sentence, dates: Iterable[DateMention], skip: Sequence[tuple[int, int]] = ()
) -> date | None:
    """First date written in the sentence, ignoring dates inside `skip` (sentence-relative)."""
    for d in sorted(dates, key=lambda d: d.start):
        if not sentence.start <= d.start < sentence.end:
            continue
        s, e = d.start - sentence.start, d.end - sentence.start
        if not any(s < b and a < e for a, b in skip):
            return d.value
    return None


_PARENTHETICAL_RX = re.compile(
    rf",\s+(?:{'|'.join(lex.RELATIVE_PRONOUNS)})\b[^,;]*,|\([^()]*\)", re.IGNORECASE
)


def parenthetical_spans(text: str) -> list[tuple[int, int]]:
    """Relative clauses and brackets (", whose term expired last year,"): their dates are
    background, not when something was said or done."""
    return [(m.start(), m.end()) for m in _PARENTHETICAL_RX.finditer(text)]


def can_be_subject(text: str, p: Placed) -> bool:
    """A mention that can be a subject: not a preposition's object, unless a verb follows it
    ("after the SBU launched" - "after" is a conjunction there)."""
    return not _governed(text, p) or verb_follows(text, p.end)


def _governed(text: str, p: Placed) -> bool:
    """Whether a mention is a preposition's object ("to (the) Russian delegation")."""
    prev = _prev_words(text, p.start, 2)
    if prev and prev[-1] == "the":
        prev = prev[:-1]
    return bool(prev) and prev[-1] in lex.PREPOSITIONS


_THE = re.compile(r"the\s+", re.IGNORECASE)


def _span_at(spans: Sequence[Placed], pos: int, text: str) -> Placed | None:
    """A mention starting at `pos` (or right after "the ")."""
    m = _THE.match(text, pos)
    starts = {pos, m.end()} if m else {pos}
    return next((p for p in spans if p.start in starts), None)


_COORD_RX = re.compile(rf"^\s*(?:,|,?\s*(?:{phrase_alt(lex.COORDINATORS)}))\s*(?:the\s+)?$",
                       re.IGNORECASE)


def _party_name(actor: LocalActor) -> str | None:
    """Party of an acting actor: its side, or an unaligned organisation's own name - the bloc's
    name for a bloc's institution (the European Commission speaks for the European Union)."""
    if side := side_of(actor):
        return side
    if actor.kind != "organisation":
        return None
    return lex.ORGANISATION_PARTIES.get(actor.name, actor.name)


def _coordinated(text: str, cands: list[Placed]) -> list[Placed]:
    """The last candidate plus those joined to it by "and" / commas ("the U.S. and Ukraine")."""
    group = [cands[-1]]
    for q in reversed(cands[:-1]):
        if q.end <= group[0].start and _COORD_RX.match(text[q.end:group[0].start]):
            group.insert(0, q)
        elif q.end > group[0].start:
            continue  # nested or overlapping mention of the same phrase
        else:
            break
    return group
