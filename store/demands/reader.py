"""extract_demands: reads an article sentence by sentence and emits one Demand per item and party.

Each cue becomes demands dated by the sentence (else the publication); a list intro ending in ":"
waits for the "- item" lines that follow, and after each sentence the reader remembers the last
proposing party, speaker and subject for the sentences that refer back to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from store.demands.clauses import _clause_end
from store.demands.content import _demanded_items, _intro_prefix, _recipient_end
from store.demands.cue import Cue
from store.demands.cues import find_cues
from store.demands.items import _split_items
from store.demands.mentions import (
    Placed,
    _party_name,
    dates_by_sentence,
    mentions_by_sentence,
    parenthetical_spans,
    place_mentions,
    sentence_date,
    side_of,
)
from store.demands.owners import _document_owner, _proposer
from store.demands.parties import _agents, _ascribed_motive, _obliged_side
from store.demands.reading import _Ctx, _Intro, _State
from store.demands.speakers import _long_quotes, _pronoun_speaker, _speaker, _voicer
from store.demands.subjects import _main_subject
from store.lexicon import demands as lex
from store.records import DateMention, Demand, LocalActor, Mention, Sentence

_LIST_ITEM_RX = re.compile(r"^\W{0,3}?(?:\(?\d{1,2}[.)]|[-•*–—▪●])\s+")


def _cue_demands(
    ctx: _Ctx, sentence: Sentence, cue: Cue, cues: Sequence[Cue], dates: Sequence[DateMention],
    published: date | None,
) -> tuple[list[Demand], _Intro | None]:
    text = ctx.text
    agents = _agents(ctx, cue)
    if agents is None or _ascribed_motive(ctx, cue):
        return [], None
    if cue.kind == "verb" and (to := _recipient_end(ctx, cue.content)):
        cue = replace(cue, content=to)  # "offers Kiev two options": Kiev receives, not content
    actors, states = agents
    parties = [_party_name(a) for a in actors] + list(states)
    parties = list(dict.fromkeys(p for p in parties if p))
    if obliged := _obliged_side(ctx, cue):  # the side told what to do never demands it
        kept = [p for p in parties if p != obliged]
        parties = kept or [p for p in [_proposer(ctx, cue.start, {obliged})] if p]
    parties = parties or [None]
    person = next((a for a in actors if a.kind == "person"), None) or _voicer(ctx, cue)
    items = _demanded_items(ctx, cue, cues)
    skip = [(i.start, i.end) for i in items] + parenthetical_spans(text)
    when = sentence_date(sentence, dates, skip) or published
    prefix = _intro_prefix(text, items, ctx.spans)
    if prefix is not None:
        items = []
    if not items:
        if prefix or (cue.content >= len(text.rstrip()) - 1 and text.rstrip().endswith(":")):
            by = person.key if person and side_of(person) in parties else None
            return [], _Intro(tuple(parties), by, cue.label, when, prefix or "")
        return [], None
    # "ruled out any limits on its army": a refusal keeps its verb, or it would read as wanted
    lead = " ".join(text[cue.start:cue.end].split()) + " " if cue.label in lex.REFUSAL_CUES else ""
    out = []
    for party in parties:
        by = person.key if person and (party is None or side_of(person) == party) else None
        if party is None and by is None:
            continue  # nobody to attribute it to: not worth a row
        out += [Demand(sentence.index, party, by, lead + i.text, cue.label, when) for i in items]
    return out, None


def _list_items(sentence: Sentence, intro: _Intro, spans: Sequence[Placed]) -> list[Demand]:
    """One demand per item of a list line ("1. Ukraine withdraws ... and ends mobilization")."""
    text = sentence.text
    m = _LIST_ITEM_RX.match(text)
    start = m.end() if m else 0
    end = _clause_end(text, start, len(text))
    items = _split_items(text, start, end, spans)
    lead = f"{intro.prefix} " if intro.prefix else ""
    return [Demand(sentence.index, party, intro.by, lead + i.text, intro.cue, intro.date)
            for party in intro.parties if party is not None or intro.by is not None
            for i in items]


def _remember(state: _State, ctx: _Ctx, seen: list[tuple[int, str]]) -> None:
    """After a sentence: the last proposing party (by position) and the last person/group."""
    if owner := _document_owner(ctx):
        seen.append(owner)
    if seen:
        state.context = max(seen, key=lambda x: x[0])[1]
    main = _main_subject(ctx)
    persons = [a for a in main if a.kind == "person"]
    state.prev_speaker = _speaker(ctx) or (persons[0] if persons else None) or (
        state.prev_speaker if not any(p.actor.kind == "person" for p in ctx.spans) else None)
    groups = [a for a in main if a.kind != "person"]
    state.prev_subject = groups[0] if groups else next(
        (p.actor for p in reversed(ctx.spans) if p.actor.kind != "person"), state.prev_subject)
    for p in ctx.spans:
        if p.actor.kind == "person":
            state.prev_person = p.actor
        else:
            state.prev_group = p.actor
            state.groups.append(p.actor)


def extract_demands(
    sentences: list[Sentence],
    actors: list[LocalActor],
    mentions: list[Mention],
    dates: list[DateMention],
    published: date | None,
) -> list[Demand]:
    """Every demand, condition or proposal voiced in an article, one record per demanded item."""
    state = _State(names=frozenset(a.name for a in actors))
    out: list[Demand] = []
    quoted = _long_quotes(sentences, mentions, actors)
    by_key = {a.key: a for a in actors}
    in_sentence, dates_in = mentions_by_sentence(mentions), dates_by_sentence(sentences, dates)
    for sentence in sentences:
        spans = place_mentions(sentence, in_sentence.get(sentence.index, []), by_key)
        ctx = _Ctx(sentence.text, spans, state, _pronoun_speaker(sentence.text, spans),
                   sentence.index in quoted, quoted.get(sentence.index))
        if state.pending and _LIST_ITEM_RX.match(sentence.text):
            out += _list_items(sentence, state.pending, ctx.spans)
            _remember(state, ctx, [])
            continue
        state.pending = None
        cues = find_cues(ctx.text, ctx.spans)
        seen: list[tuple[int, str]] = []
        for cue in cues:
            demands, intro = _cue_demands(ctx, sentence, cue, cues, dates_in[sentence.index],
                                          published)
            seen += [(cue.start, d.party) for d in demands if d.party]
            out += demands
            state.pending = intro or state.pending
        _remember(state, ctx, seen)
    return list(dict.fromkeys(out))
