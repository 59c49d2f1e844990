"""Who a noun or a document belongs to: the party that demands what it holds.

Its possessor ("Russia's demands", "its plan", "Ukrainian proposals"), its author (", which Kyiv
sent"), its agent ("proposed by Moscow") or the acting subject that tabled it - never a recipient
("handed to Kyiv"). The tabling party is also remembered for later mentions of "the proposal".
"""

from __future__ import annotations

import re

from store.demands.clauses import _segment_start
from store.demands.mentions import Placed, _governed, _party_name, _span_at, can_be_subject
from store.demands.reading import _Ctx
from store.demands.speakers import _speaker
from store.demands.subjects import _phrase_end
from store.demands.words import _DOC_RX, _next_words, _prev_words, phrase_alt, verb_follows
from store.lexicon import demands as lex
from store.records import LocalActor

_POSSESSIVE_RX = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}$")


_DEMONYM_RX = re.compile(rf"(?<![\w.])(?P<d>{phrase_alt(lex.DEMONYMS)})\s+(?:[\w-]+\s+){{0,2}}$")
_BY_AGENT_RX = re.compile(r"(?:\s+(?!that\b|which\b|to\b|be\b|is\b|are\b)[\w-]+){0,2}?\s+by\s+")


def _document_subject(ctx: _Ctx, pos: int) -> tuple[list[LocalActor], list[str]] | None:
    """"Its own memorandum, shared with Moscow, calls for ...", "The plan, which Kyiv sent to
    Moscow, calls for ...": a possessed or authored document subject speaks for its owner, not
    for the mentions around it."""
    text = ctx.text
    seg = _segment_start(text, pos)
    docs = list(_DOC_RX.finditer(text, seg, pos))
    if not docs:
        return None
    doc = docs[-1]
    author = _author_after(ctx, doc.end())
    if any(doc.end() <= p.start and p.actor is not author and not _governed(text, p)
           and verb_follows(text, p.end) for p in ctx.spans if p.end <= pos):
        return None  # "the memorandum says Kyiv demands ..." (not "..., handed to Kyiv, calls")
    actors, state = _owner(ctx, doc.start())
    if not actors and not state:
        actors = [author] if author else []
    if not actors and not state:
        return None
    return actors, [state] if state else []


def _owner(ctx: _Ctx, pos: int) -> tuple[list[LocalActor], str | None]:
    """Possessor of a noun at `pos`: "Russia's demands", "its plan", "Ukrainian proposals"."""
    text = ctx.text
    for p in reversed(ctx.spans):
        if p.end <= pos and _POSSESSIVE_RX.match(text[p.end:pos]):
            return [p.actor], None
        if p.end <= pos and p.end > pos - 2 and text[p.end - 2:p.end] in ("'s", "’s"):
            return [p.actor], None
    prev = set(_prev_words(text, pos, 3))
    if lex.RELATIVE_POSSESSIVE in _prev_words(text, pos, 2) and (
            before := [p for p in ctx.spans if p.end <= pos]):
        return [before[-1].actor], None
    if set(lex.POSSESSIVE_PRONOUNS) & prev:  # the acting subject's ("Moscow handed Kyiv its")
        groups = [p for p in ctx.spans if p.end <= pos and p.actor.kind != "person"]
        acting = [p for p in groups if _acting_subject(ctx, p, pos)]
        group = next((p.actor for p in reversed(acting or groups)), ctx.state.prev_subject)
        if group:
            return [group], None
    if set(lex.PERSON_POSSESSIVES) & prev:  # "his sanctions bill"
        person = next((p.actor for p in reversed(ctx.spans) if p.end <= pos
                       and p.actor.kind == "person"), ctx.state.prev_person)
        if person:
            return [person], None
    if set(lex.SPEAKER_POSSESSIVES) & prev and (speaker := _speaker(ctx) or ctx.state.prev_speaker):
        return [speaker], None  # '"Our main objective is ...," X said'
    if (d := _DEMONYM_RX.search(text, max(0, pos - 60), pos)) and d.end() == pos:
        state = lex.DEMONYMS[" ".join(d.group("d").split())]
        if state in ctx.state.names:
            return [], state
    return [], None


# ", which the Russian side handed over" - also after a short "on ..." ("the memorandum on the
# settlement, which ...")
_RELATIVE_AUTHOR_RX = re.compile(
    rf"(?:\s+(?:{phrase_alt(lex.ITEM_PREPOSITIONS)})\s[^,;:]{{1,60}}?)?\s*,?\s*"
    rf"(?:{phrase_alt(lex.RELATIVE_PRONOUNS)}|that)\s+",
    re.IGNORECASE,
)
_NOT_TABLING = frozenset(lex.NOT_TABLING_VERBS)


def _acting_subject(ctx: _Ctx, p: Placed, limit: int) -> bool:
    """Whether a mention is a subject that acts on what follows ("Moscow handed over"), not one
    that receives it ("Kyiv received")."""
    end = _phrase_end(ctx.text, p.end, limit)
    return verb_follows(ctx.text, end) and not set(_next_words(ctx.text, end, 2)) & _NOT_TABLING


def _tabler(ctx: _Ctx, m: re.Match[str]) -> str | None:
    """The party that tabled the document named at `m`: its possessor ("Russia's memorandum",
    "the Russian memorandum"), its agent ("drafted by Moscow", ", which the Russian side handed
    over"), else the acting subject of its clause ("Moscow handed Kyiv the memorandum"). A
    recipient ("handed to Kyiv", "offers Kyiv", "sent to Moscow") never owns it."""
    actors, state = _owner(ctx, m.start())
    if state:
        return state
    if not actors and (author := _author_after(ctx, m.end())):
        actors = [author]
    if not actors:
        seg = _segment_start(ctx.text, m.start())
        actors = [p.actor for p in ctx.spans if seg <= p.start and p.end <= m.start()
                  and can_be_subject(ctx.text, p) and _acting_subject(ctx, p, m.start())][-1:]
    return next((s for a in actors if (s := _party_name(a))), None)


def _author_after(ctx: _Ctx, end: int) -> LocalActor | None:
    """Who a document just named was made by: "drafted by Moscow", ", which Kyiv sent"."""
    if by := _by_agent(ctx, end):
        return by
    if (r := _RELATIVE_AUTHOR_RX.match(ctx.text, end)) and (
            p := _span_at(ctx.spans, r.end(), ctx.text)) and _acting_subject(
            ctx, p, len(ctx.text)):
        return p.actor
    return None


def _contact_author(ctx: _Ctx, end: int) -> LocalActor | None:
    """The subject of a relative clause without "that" right after a noun ("the conditions Moscow
    sets"), when it acts on the noun (not "the terms Kyiv rejected")."""
    m = re.compile(r"\s+").match(ctx.text, end)
    p = _span_at(ctx.spans, m.end(), ctx.text) if m else None
    return p.actor if p and _acting_subject(ctx, p, len(ctx.text)) else None


def _by_agent(ctx: _Ctx, end: int) -> LocalActor | None:
    """"proposed by Kyiv", "demands put forward by Moscow": the agent right after the cue."""
    m = _BY_AGENT_RX.match(ctx.text, end)
    if not m:
        return None
    p = _span_at(ctx.spans, m.end(), ctx.text)
    return p.actor if p else None


def _proposer(ctx: _Ctx, pos: int, exclude: set[str]) -> str | None:
    """The party behind a document named before `pos` (else the last proposing party), never a
    side in `exclude` - the side the document lays duties on."""
    owners = [_tabler(ctx, m) for m in _DOC_RX.finditer(ctx.text, 0, pos)]
    for party in [*reversed(owners), ctx.state.context]:
        if party and party not in exclude:
            return party
    return None


def _document_owner(ctx: _Ctx) -> tuple[int, str] | None:
    """The last party seen tabling a document in this sentence, with its position."""
    found = None
    for m in _DOC_RX.finditer(ctx.text):
        if side := _tabler(ctx, m):
            found = (m.start(), side)
    return found
