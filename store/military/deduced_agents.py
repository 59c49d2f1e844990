"""Deduced agents: who did it when the sentence does not say.

Reports often leave the attacker unsaid ("41 Russian aircraft were hit", "Air defence downed
39"), so the agent is deduced: the enemy of the side hit, the enemy of whoever repelled it, the
reporting body for "the operation", else the paragraph's previous attacker (its enemy for a
defence); a ministry speaking for its state stands for that state. This is the extractor's
guesswork, kept apart from what the sentence names.
"""

from __future__ import annotations

import re

from store.demands import phrase_alt, side_of, whole_words
from store.lexicon import military as lex
from store.military.agents import _DEMONYM_RX, _Ctx, _specific
from store.military.clause_events import _merge
from store.military.drafts import _Draft
from store.military.incidents import _Event
from store.military.words import _SPEECH, _WORD, _lower, _prev_words
from store.records import LocalActor

_REPELLED_RX = re.compile(
    rf"\s+(?:{phrase_alt(lex.PASSIVE_PERFECT)})\s+(?:{phrase_alt(lex.DEFENSIVE_VERBS)})\b",
    re.IGNORECASE)
_OPERATION_RX = re.compile(whole_words(lex.OWN_OPERATION_NOUNS), re.IGNORECASE)
_OFFICE_RX = re.compile(whole_words(lex.OFFICE_WORDS), re.IGNORECASE)
_TARGET_PREPOSITIONS = _lower(lex.TARGET_PREPOSITIONS)


def _state_of(ctx: _Ctx, actor: LocalActor | None) -> LocalActor | None:
    """A government office speaking for its state is not who fought: "Russia's defence ministry
    said its air defences downed 95 drones" - Russia did."""
    if actor is None or actor.kind != "organisation" or not _OFFICE_RX.search(actor.name):
        return actor
    side = side_of(actor)
    return ctx.states.get(side, actor) if side else actor


def _speaker(ctx: _Ctx, pos: int) -> LocalActor | None:
    """Who reports the clause at `pos`: the mention right before the last speech verb."""
    verbs = [m for m in _WORD.finditer(ctx.text, 0, pos) if m.group().lower() in _SPEECH]
    for verb in reversed(verbs):  # "X confirmed ... but said ...": X said it too
        before = [p for p in ctx.spans if p.end <= verb.start()
                  and len(_WORD.findall(ctx.text[p.end:verb.start()])) <= lex.SPEAKER_GAP]
        if before:
            return _specific(ctx.text, ctx.spans, before[-1])
    for m in _SOURCE_RX.finditer(ctx.text):  # "according to the ministry, ..."
        after = [p for p in ctx.spans if p.start >= m.end()
                 and len(_WORD.findall(ctx.text[m.end():p.start])) <= 1]
        if after:
            return _specific(ctx.text, ctx.spans, after[0])
        if (head := _DESCRIPTION_RX.match(ctx.text, m.end())) and (
                named := _described(ctx, head.group(1))):
            return named
    return None


_SOURCE_RX = re.compile(whole_words(lex.SOURCE_PHRASES), re.IGNORECASE)
_DESCRIPTION_RX = re.compile(r"\s+the\s+([a-z]+)\b", re.IGNORECASE)


def _described(ctx: _Ctx, noun: str) -> LocalActor | None:
    """The organisation a definite description points back to: "the ministry" is the latest one
    named with that word ("Russian Defense Ministry")."""
    return next((a for a in ctx.named
                 if noun.lower() in {w.lower() for w in _WORD.findall(a.name)}), None)


def _target_side(ctx: _Ctx, d: _Draft) -> str | None:
    """The side the event's words first mark as hit: a demonym, a possessive or a place after a
    preposition ("41 [Russian] aircraft", "[Russia's] bombers", "killed in [Kyiv]")."""
    a, b = d.span
    marks = [(m.start(), lex.DEMONYMS[" ".join(m.group().split())])
             for m in _DEMONYM_RX.finditer(ctx.text, a, b)]
    for p in ctx.spans:
        if not (a <= p.start and p.end <= b) or (side := side_of(p.actor)) is None:
            continue
        prev = [w for w in _prev_words(ctx.text, p.start, 2) if w != "the"][-1:]
        if re.match(r"['’]s?\s", ctx.text[p.end:p.end + 3]) or (
                prev and prev[0] in _TARGET_PREPOSITIONS):
            marks.append((p.start, side))
    return min(marks)[1] if marks else None


def _operator(ctx: _Ctx, d: _Draft) -> LocalActor | None:
    """"The SBU said Sunday's operation had struck 41 aircraft": an "operation" is the
    reporting body's own."""
    if d.noun or not (verbs := [m for m in _WORD.finditer(ctx.text, 0, d.start)
                                if m.group().lower() in _SPEECH]):
        return None
    if not _OPERATION_RX.search(ctx.text, verbs[-1].end(), d.start):
        return None
    speaker = _speaker(ctx, d.start)
    return speaker if speaker is not None and speaker.kind != "person" else None


def _opponent(ctx: _Ctx, d: _Draft) -> LocalActor | None:
    """Who hit a side's people or things when no agent is named: its enemy; a military body
    of that enemy reporting it is more precise ("the SBU said 41 Russian aircraft were hit")."""
    if (enemy := lex.OPPONENTS.get(_target_side(ctx, d) or "")) is None:
        return None
    speaker = _speaker(ctx, d.start)
    if (speaker is not None and speaker.kind == "organisation" and side_of(speaker) == enemy
            and not _OFFICE_RX.search(speaker.name)):
        return speaker
    return ctx.states.get(enemy)


def _inherited(ctx: _Ctx, d: _Draft, prev: _Draft) -> LocalActor | None:
    """The agent a sentence leaves unsaid: the previous attacker's, or its enemy's when this
    is the defence ("Russia launched 57 drones. Air defence downed 39. Ten hit targets.")."""
    attacker = prev.actor if not prev.defensive else _enemy(ctx, prev.actor)
    return _enemy(ctx, attacker) if d.defensive else attacker


def _enemy(ctx: _Ctx, actor: LocalActor | None) -> LocalActor | None:
    enemy = lex.OPPONENTS.get(side_of(actor) or "") if actor is not None else None
    return ctx.states.get(enemy) if enemy else None


def _repelled(ctx: _Ctx, d: _Draft) -> LocalActor | None:
    """"Attacks on three bases had been repelled", says Russia's defence ministry: the attacks
    were its enemy's (the places hit may be listed between: "attacks in A, B and C were
    repelled")."""
    if not d.noun or not _REPELLED_RX.search(ctx.text, d.span[1], d.clause[1]):
        return None
    return _enemy(ctx, _speaker(ctx, d.start))


def _resolve_agents(ctx: _Ctx, drafts: list[_Draft], story: _Event | None) -> list[_Draft]:
    """Offices become their states; an agent the sentence does not name is deduced from what
    was hit, what was repelled or whose operation it was, else from the paragraph's story."""
    for d in drafts:
        d.actor = _state_of(ctx, d.actor)
        if d.actor is None and not d.victim:
            d.actor = _opponent(ctx, d) or _repelled(ctx, d) or _operator(ctx, d)
            d.inferred = d.actor is not None
    drafts = _merge(drafts)
    told = story.draft if story is not None else None
    for d in drafts:  # the sentence's own earlier event tells the story first
        if told is not None and told.actor is not None and d.actor is None \
                and not d.victim and (d.open_agent or d.defensive):
            d.actor, d.inherited = _inherited(ctx, d, told), True
            d.inferred = d.actor is not None
        told = d if d.actor is not None else told
    return _merge(drafts)
