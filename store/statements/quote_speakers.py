"""Direct quotes and their speakers.

A quote of at least four words is attributed by the frame around it: a speaker after it
(`"...," X said.`, `"...," he added.`, `"...," the minister said.`), else before it
(`X said: "..."`, `According to X, "..."`), else it goes on with the speaker of the sentence just
before it. A quote nobody is named for is still kept here: it may sit inside a reported clause
whose speaker it takes (store.statements.partial_quotes).
"""

from __future__ import annotations

import re
from datetime import date

from store.lexicon.speech import (
    ACCORDING_CUES,
    CLAUSE_OPENERS,
    PRONOUNS,
    QUOTING_VERBS,
    SPEECH_VERBS,
)
from store.records import Statement
from store.statements.context import _Context
from store.statements.quote_marks import _find_quotes, _Quote
from store.statements.speakers import _relative_head, _verb_gaps
from store.statements.words import _AUX, _ROLE_NOUN, _TELL, _skip_apposition, _verb_follows, _words

_MIN_QUOTE_WORDS = 4

_QUOTING = SPEECH_VERBS | QUOTING_VERBS  # verbs that may introduce a quote

# "..., when he proposed "...": a pronoun subject close before the quote
_PRONOUN_VERB = re.compile(r"\b(?P<pronoun>he|she)\s+(?:[a-z]+\s+){0,2}[^\s\"“]*\s*$")


def _after_quote_speaker(ctx: _Context, q: _Quote) -> int | None:
    """`"...," X said.`, `"...," said X, ...`, `"...," he added.`, `"...," the minister said.`"""
    sent = ctx.sentence_at(max(q.close_at - 1, 0))
    tail_end = sent.end
    nxt = ctx.body.find("“", q.close_at, tail_end)
    nxt2 = ctx.body.find('"', q.close_at, tail_end)
    for n in (nxt, nxt2):
        if n != -1:
            tail_end = min(tail_end, n)
    tail = ctx.body[q.close_at : tail_end]
    if not tail.strip():
        return None
    words = [w.lower() for w in _words(tail)[:12]]
    if not any(w in SPEECH_VERBS for w in words[:8]):
        return None
    for m in ctx.speakers_between(q.close_at, tail_end):
        gap = [w.lower() for w in _words(ctx.body[q.close_at : m.start])]
        after = ctx.body[m.end : tail_end]
        if len(gap) > 3 or any(w in _TELL or w in CLAUSE_OPENERS for w in gap):
            continue  # '"...," he told AFP': the audience; '"..." and said X would': no speaker
        if _verb_follows(after) or _verb_follows(_skip_apposition(after)) or any(
                w in SPEECH_VERBS for w in gap):
            return m.actor
    first = _words(tail)[:2]
    if first and first[0].lower() in PRONOUNS and len(first) > 1 and (
            first[1].lower() in SPEECH_VERBS or first[1].lower() in _AUX):
        return ctx.last_person_before(q.open_at)
    role = _ROLE_NOUN.match(tail.lstrip(" ,—–-"))
    if role:
        return ctx.by_role(role, q.open_at)
    return None


def _before_quote_speaker(ctx: _Context, q: _Quote) -> int | None:
    """`X said: "..."`, `X told reporters, "..."`, `According to X, "..."`."""
    sent = ctx.sentence_at(q.open_at)
    head = ctx.body[sent.start : q.open_at]
    if not head.strip():
        return None
    words = [w.lower() for w in _words(head)]
    low = head.lower()
    according = any(cue in low for cue in ACCORDING_CUES)
    if not according and not any(w in _QUOTING for w in words):
        return None
    candidates = ctx.speakers_between(sent.start, q.open_at)
    persons = [m for m in candidates if ctx.actors[m.actor].kind == "person"]
    for m in reversed(persons or candidates):
        if according or any(_verb_follows(ctx.body[gap : q.open_at], _QUOTING)
                            for gap in _verb_gaps(ctx, m.end, q.open_at)):
            head = _relative_head(ctx, sent, m)
            return m.actor if head is None else head
    first = _words(head)[:2]
    if first and first[0].lower() in PRONOUNS and len(first) > 1 and _verb_follows(
            " ".join(_words(head)[1:])):
        return ctx.last_person_before(sent.start)
    late = _PRONOUN_VERB.search(head)  # "..., when he proposed "direct talks""
    if late and _verb_follows(head[late.end("pronoun"):], _QUOTING):
        return ctx.last_person_before(sent.start + late.start())
    return None


def _previous_speaker(ctx: _Context, q: _Quote, last: tuple[int, int] | None) -> int | None:
    """A quote standing alone continues the speaker of the sentence just before it."""
    sent = ctx.sentence_at(q.open_at)
    if ctx.body[sent.start : q.open_at].strip():
        return None
    if last is not None and sent.index - last[1] <= 2:
        return last[0]
    if sent.index > 0:
        prev = ctx.sentences[sent.index - 1]
        if prev.text.rstrip().endswith(":"):
            cands = [m for m in ctx.speakers_between(prev.start, prev.end)
                     if ctx.actors[m.actor].kind == "person"]
            if cands:
                return cands[0].actor
    return None


def _quotes(ctx: _Context, published: date | None) -> list[Statement]:
    out: list[Statement] = []
    quotes = _find_quotes(ctx.body)
    last: tuple[int, int] | None = None  # (speaker, sentence index)
    for q in quotes:
        text = ctx.body[q.start : q.end].strip()
        if len(_words(text)) < _MIN_QUOTE_WORDS:
            continue
        speaker = _after_quote_speaker(ctx, q)
        if speaker is not None:
            ctx.named_after.add(q.start)
        else:
            speaker = _before_quote_speaker(ctx, q)
        if speaker is None:
            speaker = _previous_speaker(ctx, q, last)
        sent = ctx.sentence_at(q.open_at)
        end_sent = ctx.sentence_at(max(q.close_at - 1, 0))
        when = ctx.date_between(q.close_at, end_sent.end) or ctx.date_between(
            sent.start, q.open_at) or published
        out.append(Statement(sent.index, "quote", speaker, text, q.start, q.end, when))
        if speaker is not None:  # a quote nobody is named for may sit in a report: see below
            last = (speaker, end_sent.index)
    return out
