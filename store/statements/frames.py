"""Reported speech in one clause: every frame tried in turn, the first that fits wins.

A pronoun subject ("He added that ...", "When X landed in Rome, he said ..."), a role subject
("In a post, the US president said", the headline "Kremlin negotiator says ..."), "As the Air
Force reported, ...", "According to him, ...", "according to X", the speaker before the verb
(`X said (that) ...`) and the attribution at the end (`..., X said.`). They sit in one function
so that their order, which decides who speaks when several fit, is read in one place.
"""

from __future__ import annotations

import re
from datetime import date

from store.lexicon.speech import ACCORDING_CUES, SPEAKER_ROLE_NOUNS
from store.records import Sentence, Statement
from store.statements.according import _ACCORDING_PRONOUN, _names_source, _opening
from store.statements.clauses import _clause, _clause_span, _quoted
from store.statements.context import _Context
from store.statements.speaker_first import _speaker_first
from store.statements.speakers import _ROLE_SUBJECT, _best_speaker, _cited, _pronoun_subject
from store.statements.tail_attributions import (
    _CLAUSE_WORDS,
    _TAIL_VERBS,
    _attribution_ends,
    _parenthetical_rest,
    _quote_opened_within,
)
from store.statements.words import _LEAD_WORD, _NOT_VERBS, _SAYING, _speech_verb, _words
from store.tokens import compile_filtered

# a headline without articles: "Kremlin negotiator says Moscow offered truces"
_HEADLINE_ROLE = compile_filtered(r"(?:(?P<dem>[A-Z][\w.]*)\s+)?(?P<role>" + "|".join(
    sorted(SPEAKER_ROLE_NOUNS, key=len, reverse=True)) + r")\s+(?=says\b)")

_AS_SAID = re.compile(r"As\s+(?P<who>[^,]{2,80}?)\s+(?P<verb>(?:has\s+|had\s+)?[a-z]+),\s+")


def _statement(ctx: _Context, sent: Sentence, speaker: int | None, text: str, at: int,
               published: date | None) -> Statement | None:
    clause = _clause(text)
    if speaker is None or len(_words(clause)) < 3 or _quoted(clause):
        return None
    start, end = _clause_span(ctx.body, clause, at)  # maybe stitched around a parenthetical
    return Statement(sent.index, "reported", speaker, clause, start, end, published)


def _reported_in(ctx: _Context, sent: Sentence, published: date | None) -> Statement | None:
    """The clause's reported speech. Reported speech is read twice over an article, and the
    second time differs only where "he" may now point at someone else (the context's `spoke`):
    a reading is reused when every such question gets the same answer again."""
    key = (sent, published)
    if (done := ctx.readings.get(key)) is not None and all(
            ctx.last_person_before(offset, role) == who for offset, role, who in done[1]):
        return done[0]
    asked: list[tuple[int, str | None, int | None]] = []
    outer, ctx.asked = ctx.asked, asked
    try:
        st = _read_reported_in(ctx, sent, published)
    finally:
        ctx.asked = outer
    if outer is not None:
        outer.extend(asked)
    ctx.readings[key] = (st, asked)
    return st


def _read_reported_in(ctx: _Context, sent: Sentence, published: date | None
                      ) -> Statement | None:
    text = sent.text
    low = text.lower()
    cands = ctx.speakers_between(sent.start, sent.end)
    pronoun = _pronoun_subject(ctx, sent)
    if pronoun:  # "He added that ...": the latest person named speaks on, or the one named
        # in the opening phrase ("When X landed in Rome, he said ...")
        lead = [m for m in ctx.speakers_between(sent.start, sent.start + pronoun.start("pronoun"))
                if ctx.actors[m.actor].kind == "person" and (w := _LEAD_WORD.match(ctx.body, m.end))
                and w.group(1) not in _NOT_VERBS]  # a subject there, not "After meeting X,"
        who = lead[-1].actor if lead else ctx.last_person_before(sent.start)
        if who is not None:
            st = _speaker_first(ctx, sent, None, sent.start + pronoun.end(), who, published)
            if st is not None:
                return st
    role = _ROLE_SUBJECT.match(text) or _HEADLINE_ROLE.match(text)
    if role and re.match(r",\s+[A-Z]", text[role.end():]):
        role = None  # "The US vice-president, JD Vance, said": the name speaks
    if role:  # "In a post, the US president said ...", "Kremlin negotiator says ..."
        who = ctx.by_role(role, sent.start + role.start("role"))
        if who is not None:
            st = _speaker_first(ctx, sent, None, sent.start + role.end(), who, published)
            if st is not None:
                return st
    as_said = _AS_SAID.match(text)
    if as_said:  # "As the Air Force reported, the enemy attacked with ..."
        named = ctx.speakers_between(sent.start, sent.start + as_said.end("who"))
        if named and _speech_verb(as_said.group("verb"), _SAYING):
            persons = [x for x in named if ctx.actors[x.actor].kind == "person"]
            who = (persons[-1] if persons else named[0]).actor  # "the Air Force of the AFU"
            st = _statement(ctx, sent, who, text[as_said.end():], sent.start + as_said.end(),
                            published)
            if st is not None:
                return st
    according = _ACCORDING_PRONOUN.match(text)
    if according:  # "According to him, ...", "According to the President, ..."
        who = ctx.last_person_before(sent.start) if according.group("role") is None else \
            ctx.by_role(according, sent.start)
        st = _statement(ctx, sent, who, text[according.end():], sent.start + according.end(),
                        published)
        if st is not None:
            return st
    if not cands:
        return None
    # "According to X, <clause>" / "<clause>, according to X."
    for cue in ACCORDING_CUES:
        k = low.find(cue)
        if k == -1:
            continue
        span_start = sent.start + k + len(cue)
        if k < 3 or _opening(text[:k]):  # "According to X, <clause>": X runs to the first
            # comma after a name; also "As reported, according to X," and "...: according to X,"
            comma = text.find(",", k + len(cue))
            span_end = sent.start + comma if comma != -1 else sent.end
            clause, c_start = (text[comma + 1 :], sent.start + comma + 1) if comma != -1 else (
                "", sent.end)
        else:  # "<clause>, according to X."
            span_end = sent.end
            clause, c_start = text[:k], sent.start
        in_span = ctx.speakers_between(span_start, span_end)
        if not in_span or not _names_source(ctx.body[span_start : in_span[0].start]):
            continue
        clause = _clause(clause)
        if len(_words(clause)) >= 3:
            c_start, c_end = _clause_span(ctx.body, clause, c_start)
            return Statement(sent.index, "reported", _best_speaker(ctx, in_span), clause,
                             c_start, c_end, published)
    # "X said (that) <clause>" — speaker before a speech verb
    for m in cands:
        st = _speaker_first(ctx, sent, m, m.end, m.actor, published)
        if st is not None:
            return st
    # "<clause>, X said." / "<clause>, said X." / "<clause>, agency X reported, citing Y."
    for m in cands:
        comma = ctx.body.rfind(",", sent.start, m.start)
        if comma < sent.start:
            continue
        between = ctx.body[comma + 1 : m.start]
        if _quote_opened_within(ctx, sent, comma):  # 'remain "quite far apart," X said'
            between = between.lstrip("\"”’")
        if len(_words(between)) > 6 or any(ch in between for ch in "\"“”") or any(
                w.lower() in _CLAUSE_WORDS for w in _words(between)):
            continue  # ", which Russia claims as its own" is no attribution
        after = ctx.body[m.end : sent.end]
        said_before = bool(_words(between)) and _words(between)[-1].lower() in _TAIL_VERBS
        if said_before:
            rest = after
        else:
            verb = _speech_verb(after, _TAIL_VERBS)
            if verb is None:
                continue
            rest = after[verb[1] :]
        if not _attribution_ends(rest):
            continue
        clause = _clause(ctx.body[sent.start : comma])
        who = _cited(ctx, sent, m)
        inner = _parenthetical_rest(rest)
        if inner is not None and len(_words(inner)) > len(_words(clause)) <= 8:
            # "Overnight, the ministry said, air defences downed 162 drones"
            return _statement(ctx, sent, who, clause + " " + inner, sent.start, published)
        if comma - sent.start >= 15 and len(_words(clause)) >= 3 and not _quoted(clause):
            # the clause starts after any list dash it was trimmed of ("- Russia launched")
            c_start, c_end = _clause_span(ctx.body, clause, sent.start)
            return Statement(sent.index, "reported", who, clause, c_start, c_end, published)
    return None
