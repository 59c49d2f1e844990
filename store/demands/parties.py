"""Which party a cue's demands belong to, decided per kind of cue.

A duty's voicer when the obliged side is another, the threatening side of a threat, the other side
of a call for pressure, a noun's or document's owner, else the clause subject, the voicer or a
nationality. None drops the cue: one's own duty, proposals traded by both sides, a wish ascribed
to the other side, and the side told what to do is never the demander.
"""

from __future__ import annotations

import re

from store.demands.clauses import _segment_start, _skip_lead
from store.demands.cue import Cue
from store.demands.mentions import _span_at, can_be_subject, side_of
from store.demands.owners import (
    _author_after,
    _by_agent,
    _contact_author,
    _document_subject,
    _owner,
    _proposer,
)
from store.demands.reading import _Ctx
from store.demands.speakers import _in_quote, _speaking_demonym, _state_voicer, _voicer
from store.demands.subjects import _joins_speech, _main_subject, _resolve_pronoun, _subjects
from store.demands.words import (
    _DOC_RX,
    _JOINT_RX,
    _REJECTION_RX,
    _WORD,
    _prev_words,
    verb_follows,
    whole_words,
)
from store.lexicon import demands as lex
from store.records import LocalActor

_REFERENCE_WORDS = frozenset(lex.DOCUMENT_REFERENCE_WORDS)


_THREATENED_RX = re.compile(whole_words(lex.THREATENED_VERBS), re.IGNORECASE)


def _target_side(ctx: _Ctx, pos: int) -> str | None:
    """The side named at `pos`: a mention ("Russia") or a nationality ("Russian banks")."""
    if p := _span_at(ctx.spans, pos, ctx.text):
        return side_of(p.actor)
    if d := _DEMONYM_WORD_RX.match(ctx.text, pos):
        return lex.DEMONYMS.get(" ".join(d.group().split()))
    return None


# case-sensitive: "US" is a demonym, "us" is not
_DEMONYM_WORD_RX = re.compile(whole_words(lex.DEMONYMS))


def _rejected_before(text: str, pos: int) -> bool:
    """"the Kremlin rejected calls for ..." - the cue noun is the object of a rejection."""
    return bool(_REJECTION_RX.search(text, _segment_start(text, pos), pos))


def _agents(ctx: _Ctx, cue: Cue) -> tuple[list[LocalActor], list[str]] | None:
    """Actors (or bare state names) whose demand the cue marks; None to drop the cue."""
    text = ctx.text
    if cue.kind == "must":
        return _must_agents(ctx, cue)
    if cue.kind == "refusal":  # the subject's own red line, unless the other side says so
        subject = [p.actor for p in ctx.spans if p.end == cue.start - 1]
        voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
        side = _speaking_demonym(ctx) if voicer is None else side_of(voicer)
        if not subject or (side is not None and side != side_of(subject[-1])):
            return None
        return subject[-1:], []
    if cue.kind == "pressure":
        target = _target_side(ctx, cue.end)
        if target is None:
            return None
        voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
        mine = side_of(voicer) if voicer else _speaking_demonym(ctx)
        if mine is None or mine == target:
            return None  # pressure on one's own side is no demand of it
        return ([voicer], []) if voicer else ([], [mine])
    if cue.kind == "condition" and _THREATENED_RX.search(text, _segment_start(text, cue.start),
                                                          cue.start):
        voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)  # "X would face tariffs unless"
        return ([voicer], []) if voicer else None
    if cue.kind in ("impersonal", "purpose", "only way"):
        voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
        if voicer is None and (state := _speaking_demonym(ctx)):
            return [], [state]  # "..., the Ukrainian president said"
        return ([voicer], []) if voicer else None
    if cue.kind == "relative":
        return [p.actor for p in ctx.spans if cue.start <= p.start < cue.end
                and can_be_subject(text, p)], []
    if cue.kind == "obligation":
        obliged = {s for p in ctx.spans if cue.start <= p.start < cue.end
                   if (s := side_of(p.actor))}
        proposer = _proposer(ctx, cue.start, obliged)
        return ([], [proposer]) if proposer else None
    if cue.kind in ("noun", "document"):
        actors, state = _owner(ctx, cue.start)
        if actors:
            return actors, []
        if cue.kind == "noun" and _joint_subject(text, cue.start):
            return None  # "Russian and Ukrainian officials traded proposals": nobody's own
        if state:
            return [], [state]
        if cue.kind == "document" and (author := _author_after(ctx, cue.end)):
            return [author], []  # "The proposal, which Kyiv sent to Moscow, envisages ..."
        if cue.kind == "noun" and (setter := _contact_author(ctx, cue.end)):
            return [setter], []  # "Among the conditions Moscow sets for a settlement:"
    if cue.kind == "passive":
        agent = _span_at(ctx.spans, cue.end, text)
        return ([agent.actor], []) if agent else None
    if cue.kind != "condition" and (by := _by_agent(ctx, cue.end)):
        return [by], []
    if cue.kind == "verb" and _joins_speech(text, cue.start) and (main := _main_subject(ctx)):
        return main, []
    if cue.kind == "verb" and (owned := _document_subject(ctx, cue.start)):
        return owned
    if cue.kind in ("noun", "document") and _rejected_before(text, cue.start):
        return None
    if cue.kind == "document" and set(_prev_words(text, cue.start, 2)) & _REFERENCE_WORDS:
        # "the proposal", "the second option": a document named earlier
        return [], [ctx.state.context] if ctx.state.context else []
    subjects = _subjects(ctx, cue.start, cue)
    if subjects:
        return subjects, []
    seg = text[_segment_start(text, cue.start):cue.start]
    if _DOC_RX.search(seg) and ctx.state.context:
        return [], [ctx.state.context]  # "The memorandum demands that ..."
    if voicer := _voicer(ctx, cue):
        return [voicer], []
    demonyms = [" ".join(m.group().split()) for m in _DEMONYM_WORD_RX.finditer(seg)]
    if demonyms and (state := lex.DEMONYMS[demonyms[-1]]) in ctx.state.names:
        return [], [state]  # "the Ukrainian delegation proposed" when not a mention
    after = [p for p in ctx.spans if p.start >= cue.content and can_be_subject(text, p)]
    if cue.kind == "condition" and cue.start < 3 and after:
        return [after[-1].actor], []  # "Unless Kyiv withdraws, Moscow will fight on"
    return [], []


_JOINT_PAIR_RX = re.compile(
    rf"(?P<a>{whole_words(lex.DEMONYMS)})\s*(?:,|and|&)\s*(?P<b>{whole_words(lex.DEMONYMS)})")


def _joint_subject(text: str, pos: int) -> bool:
    """Whether the clause before `pos` has both sides as its subject ("the two sides", "Russian
    and Ukrainian officials")."""
    seg = re.split(r"\bthat\b", text[_segment_start(text, pos):pos])[-1]  # "told X that"
    if _JOINT_RX.search(seg):
        return True
    return any(lex.DEMONYMS[" ".join(m.group("a").split())]
               != lex.DEMONYMS[" ".join(m.group("b").split())]
               for m in _JOINT_PAIR_RX.finditer(seg))


def _must_agents(ctx: _Ctx, cue: Cue) -> tuple[list[LocalActor], list[str]] | None:
    """"Peskov said Kyiv must ...": the voicer's side demands it of the subject's side."""
    group = [p.actor for p in ctx.spans if cue.start <= p.start < cue.end]
    words = [w.lower() for w in _WORD.findall(ctx.text, cue.start, cue.end)]
    if not group and words and words[0] in (*lex.PERSON_PRONOUNS, *lex.GROUP_PRONOUNS):
        group = _resolve_pronoun(ctx, words[0], cue.start, cue)  # "he must be forced to peace"
    elif not group and set(words) & set(lex.POSSESSIVE_PRONOUNS):
        group = _resolve_pronoun(ctx, "it", cue.start, cue)  # "its goals must be achieved"
    obliged = {side_of(a) for a in group}
    voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
    if voicer is None:
        state = _speaking_demonym(ctx)  # "the Ukrainian leader said X should ..."
        return ([], [state]) if state and state not in obliged else None
    if voicer in group:
        return None  # "Russia and Ukraine must ..." voiced by Russia: its own duty
    mine = side_of(voicer)
    if mine is None or mine in obliged:
        return None
    return [voicer], []


def _obliged_side(ctx: _Ctx, cue: Cue) -> str | None:
    """The side whose action the content is ("only once Ukraine withdraws", "that Kyiv cede")."""
    if cue.kind == "relative":
        return None
    p = _span_at(ctx.spans, _skip_lead(ctx.text, cue.content), ctx.text)
    if p is None or not verb_follows(ctx.text, p.end):
        return None
    return side_of(p.actor)


def _ascribed_motive(ctx: _Ctx, cue: Cue) -> bool:
    """'"They want a pause," Zelensky said': a wish ascribed to the other side by a speaker
    quoted calling them "they" - an accusation, not their demand."""
    if cue.label not in lex.MOTIVE_CUES or cue.kind != "verb":
        return False
    subject = re.compile(r"([\w'’]+)\s+$").search(ctx.text, 0, cue.start)
    return bool(subject) and subject.group(1).lower() in lex.OTHER_SIDE_PRONOUNS and _in_quote(
        ctx, cue.start) and bool((v := _voicer(ctx, cue)) and side_of(v))
