"""`X said (that) ...`: the frame where the speaker comes before the speech verb.

Most of it is finding where the words said begin after the verb: after an audience ("told
reporters"), a date ("reiterated on May 30 that"), a naming frame ("called it"), an object
("urged X to ..."), a late "that" ("said in a statement that"), a colon, or as a clause said
without "that" - and not at all when the words stand before ("..., X said on Sunday, calling
it"). A clause ending in ":" takes the bulleted list below it. The pronoun, role and
continuation frames reuse it with their speaker already known.
"""

from __future__ import annotations

import re
from datetime import date

from store.lexicon.speech import (
    ADVERBIAL_STARTS,
    BARE_PARTICIPLES,
    BARE_SAY_VERBS,
    CLAUSE_AUXILIARIES,
    INFINITIVE_SPEECH_VERBS,
    NAMING_FRAMES,
    NOT_VERBS,
    OBJECT_SPEECH_VERBS,
)
from store.records import Mention, Sentence, Statement
from store.statements.clauses import _clause, _quoted
from store.statements.context import _Context
from store.statements.speakers import (
    _cited,
    _named_in_apposition,
    _owner_of,
    _relative_head,
    _verb_gaps,
)
from store.statements.words import _SAYING, _TELL, _speech_verb, _words

_BARE_SAY = BARE_SAY_VERBS | BARE_PARTICIPLES

_AUDIENCE = re.compile(
    r"\s+(?:the\s+)?(?:reporters|journalists|press|media|lawmakers|parliament|state\s+\w+|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\b"
)

_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s+")

_STOPS = (",", ".", ";", ":", "")
# "repeated Kyiv's position: Ukraine is ready": a short object, a colon, then the words said
_COLON_CLAUSE = re.compile(r"[^,.;:\"“”]{0,40}:\s+(?=\w)")

_ADVERBIAL_START = re.compile(r"(?:" + "|".join(ADVERBIAL_STARTS) + r")\b", re.IGNORECASE)
# "said in a statement that": the first "that" after the verb
_LATE_THAT = re.compile(r"(?P<skip>[^,.;:\"“”]{0,60}?\s)??that\s")


def _speaker_first(ctx: _Context, sent: Sentence, m: Mention | None, end: int, speaker: int,
                   published: date | None) -> Statement | None:
    """`X said (that) ...`, `X, an aide to Y, told reporters ...`, `X reiterated on May 30 that`.

    `end` is where the speaker's words end; `m` is None when a pronoun stands for the speaker.
    Kept on the context: reported speech is read twice, and nothing this frame reads changes
    in between (not who spoke last: the frame is handed its speaker).
    """
    key = (sent, m, end, speaker, published)
    if key not in ctx.first_frames:
        ctx.first_frames[key] = _read_speaker_first(ctx, sent, m, end, speaker, published)
    return ctx.first_frames[key]


def _read_speaker_first(ctx: _Context, sent: Sentence, m: Mention | None, end: int,
                        speaker: int, published: date | None) -> Statement | None:
    for gap_start in _verb_gaps(ctx, end, sent.end):
        rest = ctx.body[gap_start : sent.end]
        found = _speech_verb(rest, _SAYING, comma=True)
        if found is None:
            continue
        at = _clause_start(ctx, found[0], gap_start + found[1], sent.end)
        if at is None:
            continue
        clause = _clause(ctx.body[at : sent.end])
        c_start = ctx.body.find(clause, at)
        clause = _with_list(ctx, sent, clause, c_start)
        if len(_words(clause)) < 3 or _quoted(clause):
            continue
        when = ctx.date_between(end, c_start) or published
        who = _cited(ctx, sent, m) if m is not None else speaker
        if m is not None and gap_start > end and ctx.actors[m.actor].kind != "person":
            named = _named_in_apposition(ctx, end, gap_start)
            who = who if named is None else named
        if m is not None:
            head = _relative_head(ctx, sent, m)  # actor keys start at 0: compare with None
            who = who if head is None else head
            owner = _owner_of(ctx, sent, m)
            who = who if owner is None else owner
        return Statement(sent.index, "reported", who, clause, c_start, c_start + len(clause),
                         when)
    return None


def _with_list(ctx: _Context, sent: Sentence, clause: str, c_start: int) -> str:
    """ "Russia wants:" followed by a bulleted list: the list is what was said."""
    if not clause.endswith(":"):
        return clause
    end = c_start + len(clause)
    for nxt in ctx.sentences[sent.index + 1 :]:
        if not _LIST_ITEM.match(nxt.text):
            break
        end = nxt.end
    return _clause(ctx.body[c_start:end]) if end > c_start + len(clause) else clause


def _clause_start(ctx: _Context, verb: str, at: int, end: int) -> int | None:
    """Where the words said begin after the speech verb ending at `at`, or None."""
    body = ctx.body
    if verb in _TELL:
        aud = _AUDIENCE.match(body, at, end)
        if aud:
            at = aud.end()
    if body[at : at + 1] in _STOPS:
        return None  # "..., spokesman X said, with ...": the words said stand before
    at = _skip_space(body, at)
    for d in ctx.dates_reaching(at):  # "reiterated on May 30 that"
        if d.start > at + 1:
            break  # the rest start later still, and `at` only moves on at a date
        if d.end > at:
            if body[d.end : d.end + 1] in _STOPS:
                return None  # "..., X said on Sunday, calling it": the words said stand before
            at = _skip_space(body, d.end)
    for frame in NAMING_FRAMES:  # "called it a deliberate strike"
        head, _, tail = frame.partition(" ")
        if head == verb and body.startswith(tail + " ", at):
            return at + len(tail) + 1
    obj = _object_start(body, verb, at, end)
    if obj is not None:
        return obj
    late_that = _LATE_THAT.match(body, at, end)  # "said in a statement that"
    if late_that and not any(w.lower() in CLAUSE_AUXILIARIES  # not "said it was good that"
                             for w in _words(late_that.group("skip") or "")):
        return late_that.end()
    if verb in INFINITIVE_SPEECH_VERBS and body.startswith("to ", at):
        return at  # "pledged to hand over the bodies"
    colon = _COLON_CLAUSE.match(body, at, end)
    if colon:
        return colon.end()
    if _ADVERBIAL_START.match(body, at):
        return None  # "said after the session": no clause follows
    if verb in _BARE_SAY or _finite_clause(body[at:end]):
        return at
    return None


def _object_start(body: str, verb: str, at: int, end: int) -> int | None:
    """ "urged X to ...", "called on X to ...", "accused X of ...": the words said are the
    object with its complement."""
    key = verb
    if f"{verb} on" in OBJECT_SPEECH_VERBS and body.startswith("on ", at):
        key, at = f"{verb} on", at + 3
    marker = OBJECT_SPEECH_VERBS.get(key)
    if marker is None:
        return None
    span = re.split(r"[,.;:]", body[at:end], maxsplit=1)[0]
    words = [w.lower() for w in _words(span)[:10]]
    return at if marker in words[1:] else None


def _finite_clause(text: str) -> bool:
    """ "its troops had captured ...": a short subject and an auxiliary, a clause said without
    "that" (unlike "the swap in his address")."""
    words = [w.lower() for w in _words(text)[:5]]
    for i, w in enumerate(words):
        if w in CLAUSE_AUXILIARIES:
            return i > 0
        if w in NOT_VERBS and w not in ("the", "a", "an"):
            return False
    return False


def _skip_space(body: str, at: int) -> int:
    while at < len(body) and body[at] in " ,":
        at += 1
    return at
