"""Reported speech over the whole article, clause by clause.

Each sentence is cut into clauses (store.statements.clauses) and each clause is read by the
frames (store.statements.frames), else as the same speaker going on (", adding that ...", "and
said ...": who spoke last in the sentence, else its subject, on the day they spoke), else as
"<clause>, he said." or "<subject>, he said, <rest>" with "he" the latest person named. The
speakers of quotes count as who spoke last in their sentences.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from store.records import Sentence, Statement
from store.statements.clauses import _CONJUNCTION, _finite, _segments
from store.statements.context import _Context
from store.statements.frames import _reported_in, _statement
from store.statements.speaker_first import _speaker_first
from store.statements.speakers import _subject
from store.statements.words import _SAYING, _speech_verb
from store.tokens import compile_filtered

# "The settlement, he said, was complex": a parenthetical attribution inside the clause
_PARENTHETICAL = compile_filtered(r",\s+(?:he|she|they)\s+(?:said|says|added|told\s+\w+),\s+")
_PRONOUN_TAIL = compile_filtered(
    r",\s+(?:he|she)\s+(?:said|says|added|told\s+\w+)(?:\s+[^,]{0,40})?\.?$")


def _reported(ctx: _Context, quotes: list[Statement], published: date | None) -> list[Statement]:
    out: list[Statement] = []
    speaker_in: dict[int, int | None] = {}  # who spoke last in each sentence
    for q in quotes:
        if q.speaker is None:
            continue
        speaker_in[q.sentence] = q.speaker
        speaker_in[ctx.sentence_at(max(q.end - 1, 0)).index] = q.speaker
    for sent in ctx.sentences:
        last = speaker_in.get(sent.index)
        said_on = published  # "X said on Monday A, adding that B": B was said on Monday too
        for seg in _segments(ctx, sent):
            st = _reported_in(ctx, seg, published)
            if st is None:
                st = _continued(ctx, seg, last, published)
                if st is not None and st.date == published and st.speaker == last:
                    st = replace(st, date=said_on)
            if st is None:
                st = _pronoun_frames(ctx, seg, published)
            if st is not None:
                out.append(st)
                last, said_on = st.speaker, st.date
    return out


def _continued(ctx: _Context, seg: Sentence, last: int | None,
               published: date | None) -> Statement | None:
    """", adding that ...", "and said ...", "but cautioned that ...": the same speaker goes on;
    that is the one who spoke last in the sentence, else its subject."""
    conj = _CONJUNCTION.match(seg.text)
    verb = _speech_verb(seg.text[conj.end():], _SAYING)
    if verb is None or (conj.group() and not _finite(verb[0])):
        return None
    if last is None:
        last = _subject(ctx, ctx.sentences[seg.index], seg.start)
    if last is None:
        return None
    return _speaker_first(ctx, seg, None, seg.start + conj.end(), last, published)


def _pronoun_frames(ctx: _Context, seg: Sentence, published: date | None) -> Statement | None:
    """"<clause>, he said." and "<subject>, he said, <rest>": "he" is the latest person."""
    tail = _PRONOUN_TAIL.search(seg.text)
    if tail and tail.start() > 10:
        who = ctx.last_person_before(seg.start)
        return _statement(ctx, seg, who, seg.text[: tail.start()], seg.start, published)
    mid = _PARENTHETICAL.search(seg.text)
    if mid and mid.start() > 3:
        who = ctx.last_person_before(seg.start)
        text = seg.text[: mid.start()] + " " + seg.text[mid.end():]
        return _statement(ctx, seg, who, text, seg.start, published)
    return None
