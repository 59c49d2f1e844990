"""Clause events: which draft a clause reports, and which clauses tell one incident.

A clause may hold several triggers; the one with an agent, weapons in its words and a main verb
wins, and a weak one ("hit", "sent", "targeting") counts only with weapons, troops, a target or
a count of its own. A clause with no new agent then folds into the one before unless it is
another kind of event or another day's, so an incident told across clauses makes one event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.demands import whole_words
from store.lexicon import military as lex
from store.military.agents import _Ctx, _launched, _noun_actor
from store.military.drafts import _Draft, _noun_text, _verb_draft
from store.military.phrases import _np_start
from store.military.quantities import _quantities
from store.military.triggers import _not_a_fact, _Trigger, _triggers
from store.military.words import _CONTEXT_RX, _lower, _prev_words

_NON_MILITARY_CONTEXT_RX = re.compile(whole_words(lex.NON_MILITARY_CONTEXT), re.IGNORECASE)
_TARGETS_RX = re.compile(whole_words(lex.STRIKE_TARGETS), re.IGNORECASE)
_TARGET_VERBS = _lower(lex.TARGET_VERBS)
_DEFINITE = _lower(lex.DEFINITE_WORDS)


def _preference(d: _Draft) -> tuple[bool, ...]:
    """Rank a clause's drafts: an agent, weapons in the text, a main verb rather than a trailing
    participle (", wounding 5"), a strong trigger, a phrase."""
    armed = bool(_CONTEXT_RX.search(d.text))
    return (d.actor is not None, armed, not d.participle, not d.weak, d.noun and " " in d.text,
            " " in d.text)


def _locally_military(text: str, clause: tuple[int, int], t: _Trigger, event_text: str) -> bool:
    """Whether a weak verb ("sent", "hit", "targeting") has weapons or troops in its own subject
    or object, an attack verb a target ("struck a refinery"), or its clause counts, and no
    non-military topic ("sanctions targeting vessels")."""
    clause_start, clause_end = clause
    region = f"{text[clause_start:t.start]} {event_text}"
    if _NON_MILITARY_CONTEXT_RX.search(region):
        return False
    hits = " ".join(text[t.start:t.end].lower().split()) in _TARGET_VERBS
    return bool(_CONTEXT_RX.search(region) or (hits and _TARGETS_RX.search(region))
                or _quantities(text, clause_start, clause_end))


def _clause_draft(ctx: _Ctx, start: int, end: int, blocked: Sequence[tuple[int, int]],
                  context: bool) -> _Draft | None:
    text = ctx.text
    drafts = []
    for t in _triggers(text, start, end):
        np_start = _np_start(text, t.start) if t.noun else t.start
        if t.weak and t.noun and not context and not _launched(text, np_start):
            continue  # weak verbs are checked on their own words below
        if _not_a_fact(text, t, np_start, start, blocked):
            continue
        if t.noun:
            actor = _noun_actor(ctx, t, np_start, start)
            words, span = _noun_text(text, np_start, t, end)
            drafts.append(_Draft(t.start, actor, words, [], True, t.weak, span,
                                 definite=_definite(ctx, np_start)))
        else:
            draft = _verb_draft(ctx, t, start, end)
            if not t.weak or _locally_military(text, (start, end), t, draft.text):
                drafts.append(draft)
    # a bare "the attack" with no agent and no numbers only refers back to an event
    drafts = [d for d in drafts if d.text and (" " in d.text or d.actor is not None
                                               or _quantities(text, start, end))]
    if not drafts:
        return None
    best = max(drafts, key=_preference)
    best.numbers = [q.text for q in _quantities(text, start, end)
                    if not any(a <= q.start < b for a, b in blocked)]
    best.clause = (start, end)
    return best


def _definite(ctx: _Ctx, np_start: int) -> bool:
    prev = _prev_words(ctx.text, np_start)
    return bool(prev and (prev[0] in _DEFINITE or prev[0].endswith(("'s", "’s")))) or any(
        p.end <= np_start and re.fullmatch(r"['’]s?\s+", ctx.text[p.end:np_start])
        for p in ctx.spans)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Fold a clause with no new agent into the sentence's previous event (one incident); an
    interception is its own event beside the attack it stopped ("launched 112 drones and 73 of
    them were shot down", "..., while Russia said it downed 39 drones"), and so are ground taken
    ("..., while its troops captured a village") and what a clause dates to another day
    ("... overnight into Sunday, and a strike on a bus killed nine on Saturday")."""
    out: list[_Draft] = []
    for d in drafts:
        if out and _one_incident(out[-1], d):
            out[-1].numbers += [n for n in d.numbers if n not in out[-1].numbers]
        else:
            out.append(d)
    return out


def _one_incident(a: _Draft, b: _Draft) -> bool:
    """Whether clause b goes on telling clause a's event: no new agent, the same kind of event,
    no other day."""
    return ((b.actor is None or b.actor is a.actor)
            and (b.defensive, b.territorial) == (a.defensive, a.territorial)
            and (None in (a.when, b.when) or a.when == b.when))
