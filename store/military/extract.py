"""The entry point: an article's sentences in, its military events out.

It walks the sentences in order, carrying what the next one needs (the article's states, the
group "it" points to, the organisations named so far, the paragraph's previous event), runs
each through clauses, drafts, agents and dates, then folds incidents into rows; kept thin so
the order of the steps reads in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from store.demands import (
    can_be_subject,
    dates_by_sentence,
    demand_spans,
    mentions_by_sentence,
    place_mentions,
)
from store.military.agents import _Ctx
from store.military.clause_events import _clause_draft
from store.military.clauses import _Clause, _clauses
from store.military.dating import _event_date, _written_date
from store.military.deduced_agents import _resolve_agents
from store.military.drafts import _Draft
from store.military.incidents import _drop_announced, _Event, _fold_repeats, _headlines
from store.military.quantities import _quantities
from store.military.triggers import _NOUN_RX, _VERB_RX, _WEAPON_VERB_RX, _triggers
from store.military.words import _CONTEXT_RX
from store.records import DateMention, LocalActor, Mention, MilitaryEvent, Sentence
from store.tokens import may_any

# every trigger is a match of one of these (store.military.triggers._triggers)
_MAY_TRIGGER = may_any([_NOUN_RX, _VERB_RX, _WEAPON_VERB_RX])


def _continues(prev: _Event | None, s: Sentence) -> bool:
    """Whether a sentence continues the story of the previous event (same paragraph): who did
    what it leaves unsaid is that event's agent."""
    return prev is not None and prev.paragraph == s.paragraph


def _sentence_events(ctx: _Ctx, s: Sentence, prev: _Event | None,
                     dates: Sequence[DateMention], published: date | None) -> list[_Event]:
    """The sentence's events, one per clause with a new agent, dated."""
    if not _MAY_TRIGGER(s.text):
        return []  # no clause can hold a trigger (clauses end where no word does): no event
    blocked = demand_spans(s.text, ctx.spans)
    context = (bool(_CONTEXT_RX.search(s.text)) or bool(_quantities(s.text, 0, len(s.text)))
               or any(not t.weak for t in _triggers(s.text, 0, len(s.text))))
    drafts = _resolve_agents(ctx, _clause_drafts(ctx, s, dates, blocked, context),
                             prev if _continues(prev, s) else None)
    out = []
    for d in drafts:
        when, dated = _event_date(s, dates, d)
        if not dated and prev is not None and prev.paragraph == s.paragraph and prev.date:
            when, dated = prev.date, True  # the paragraph's story goes on at the same time
        own = _written_date(s, dates, d.clause[0], d.span[1]) is not None
        out.append(_Event(s.index, s.paragraph, d, when if dated else published, own))
    return out


def _clause_drafts(ctx: _Ctx, s: Sentence, dates: Sequence[DateMention],
                   blocked: Sequence[tuple[int, int]], context: bool) -> list[_Draft]:
    """One draft per clause that reports something. A verb phrase sharing the subject of the
    clause before takes its agent ("[its forces] captured two villages and downed 49 drones"),
    or is read with it when that clause reports nothing ("[drones] rose and struck airfields");
    a clause counting part of the previous one gives it its numbers ("..., 23 of them")."""
    drafts: list[_Draft] = []
    last: _Clause | None = None
    for c in _clauses(s.text):
        d = _clause_draft(ctx, c.start, c.end, blocked, context)
        if c.shared and last is not None and d is not None and (
                not drafts or drafts[-1].clause[0] != last.start):
            c = _Clause(last.start, c.end)  # the first verb phrase reports nothing
            d = _clause_draft(ctx, c.start, c.end, blocked, context)
        last = c
        if d is None:
            if drafts and (c.shared or c.part):
                drafts[-1].numbers += [q.text for q in _quantities(s.text, c.start, c.end)
                                       if not any(a <= q.start < b for a, b in blocked)
                                       and q.text not in drafts[-1].numbers]
            continue
        if c.shared and drafts and d.actor is None and not d.victim and not d.passive:
            d.actor, d.open_agent = drafts[-1].actor, False
        d.when = _written_date(s, dates, c.start, c.end)
        drafts.append(d)
    return drafts


def _antecedent(ctx: _Ctx, events: list[_Event], s: Sentence) -> LocalActor | None:
    """The group a sentence is about, for the next sentence's "it": its event's agent, else its
    first group mention that can be a subject."""
    if events and events[-1].sentence == s.index and events[-1].draft.actor is not None:
        return events[-1].draft.actor
    groups = [p for p in ctx.spans if p.actor.kind != "person" and can_be_subject(s.text, p)]
    return groups[0].actor if groups else None


def extract_military(
    sentences: list[Sentence],
    actors: list[LocalActor],
    mentions: list[Mention],
    dates: list[DateMention],
    published: date | None,
) -> list[MilitaryEvent]:
    """Every military fact reported in an article: attacks, strikes, losses, mobilisation."""
    states = {}
    for a in actors:
        if a.kind == "state":
            states.setdefault(a.name, a)
    by_key = {a.key: a for a in actors}
    # each sentence reads only its own mentions and dates: linear in the article's length
    in_sentence, dates_in = mentions_by_sentence(mentions), dates_by_sentence(sentences, dates)
    events: list[_Event] = []
    antecedent = None
    named: dict[int, LocalActor] = {}  # organisations named so far by key, latest last
    for s in sentences:
        ctx = _Ctx(s.text, place_mentions(s, in_sentence.get(s.index, []), by_key), states,
                   antecedent, tuple(reversed(named.values())))
        events += _sentence_events(ctx, s, events[-1] if events else None, dates_in[s.index],
                                   published)
        antecedent = _antecedent(ctx, events, s)
        for p in ctx.spans:
            if p.actor.kind == "organisation":
                named.pop(p.actor.key, None)  # named again: now the latest
                named[p.actor.key] = p.actor
    kept = _drop_announced(_fold_repeats(events), _headlines(sentences))
    return [MilitaryEvent(e.sentence, e.draft.actor.key if e.draft.actor else None, e.draft.text,
                          tuple(e.draft.numbers), e.date) for e in kept]
