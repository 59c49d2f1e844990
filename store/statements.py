"""Key statements: direct quotes with their speaker, and reported speech.

Quotes are paired over the paragraph (they may span sentences), then attributed by speech-verb
frames around them: `"...," X said.`, `"...," said X.`, `X said: "..."`, `"...," he added.`
(the pronoun points back to the latest person named). Reported speech uses frames such as
`X said (that) ...`, `According to X, ...` and `..., X said.`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from store.lexicon.places import DEMONYMS
from store.lexicon.roles import TITLE_HEADS, TITLE_MODIFIERS
from store.lexicon.speech import (
    ACCORDING_CUES,
    ADVERBIAL_STARTS,
    BARE_SAY_VERBS,
    CITING_CUES,
    CLAUSE_OPENERS,
    NOT_VERBS,
    PRONOUNS,
    QUOTE_PAIRS,
    SPEAKER_ROLE_NOUNS,
    SPEECH_AUXILIARIES,
    SPEECH_VERBS,
    TAIL_SPEECH_VERBS,
)
from store.records import DateMention, LocalActor, Mention, Sentence, Statement

_MIN_QUOTE_WORDS = 4
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
_WORD = re.compile(r"[\w’'-]+")
_BARE_SAY = BARE_SAY_VERBS
_AUX = SPEECH_AUXILIARIES
_ROLE_NOUN = re.compile(
    r"\b(?:the|a)\s+(?:(?P<dem>[A-Z][\w.]*)\s+)?(?P<role>"
    + "|".join(sorted(SPEAKER_ROLE_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Quote:
    start: int  # body offsets of the text inside the marks
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset one past the closing mark


def _find_quotes(body: str) -> list[_Quote]:
    """Pair quote marks paragraph by paragraph; unbalanced marks are left alone."""
    quotes: list[_Quote] = []
    pos = 0
    for para in body.split("\n\n"):
        i = 0
        while i < len(para):
            ch = para[i]
            close = QUOTE_PAIRS.get(ch)
            if close is None:
                i += 1
                continue
            if ch in "‘’'" and i > 0 and para[i - 1].isalnum():
                i += 1  # apostrophe, not a quote
                continue
            if ch == "'" and (i + 1 >= len(para) or not para[i + 1].isalnum()):
                i += 1
                continue
            j = para.find(close, i + 1)
            while ch in "‘'" and j != -1 and not _closes_single(para, j):
                j = para.find(close, j + 1)  # skip apostrophes inside single quotes
            if j == -1:
                i += 1
                continue
            inner = para[i + 1 : j]
            s, e = i + 1, j
            while s < e and inner[s - i - 1] in " ,.;:":
                s += 1
            while e > s and para[e - 1] in " ,;:.":
                e -= 1
            quotes.append(_Quote(pos + s, pos + e, pos + i, pos + j + 1))
            i = j + 1
        pos += len(para) + 2
    return quotes


def _closes_single(para: str, j: int) -> bool:
    """A single quote mark at j closes a quote ("'We are ready,' he said") rather than being an
    apostrophe ("Russia's", "soldiers' families")."""
    after = para[j + 1 : j + 2]
    if after.isalnum():
        return False
    return para[j - 1 : j] in (",", ".", "!", "?") or after in (",", ".", ";", ":", "!", "?")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


class _Context:
    """Lookups over one article's sentences and mentions."""

    def __init__(self, body: str, sentences: list[Sentence], actors: list[LocalActor],
                 mentions: list[Mention], dates: list[DateMention]) -> None:
        self.body = body
        self.sentences = sentences
        self.actors = actors
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.dates = dates
        self.spoke: dict[int, int] = {}  # sentence index -> speaker of reported speech in it

    def sentence_at(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.start <= offset < s.end or offset < s.start:
                return s
        return self.sentences[-1]

    def speakers_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end
                and self.actors[m.actor].kind in ("person", "organisation", "state")]

    def last_person_before(self, offset: int, role: str | None = None) -> int | None:
        """Who "he" or "the minister" points back to.

        The latest sentence naming a fitting person decides; in it, a person followed by a
        speech verb wins, else the first one named (usually the subject): "Medinsky, an aide to
        President Putin, said ... He added" and "Witkoff sounded upbeat. 'I ...,' he said."
        """
        here = self.sentence_at(max(offset - 1, 0)).index
        for back in range(3):  # somebody just spoke: "He added that X. '...,' he said."
            who = self.spoke.get(here - back)
            if who is not None and self.actors[who].kind == "person" and role is None:
                return who
        persons = [m for m in self.mentions if m.end <= offset
                   and self.actors[m.actor].kind == "person"
                   and (role is None or any(role in r.lower() for r in self.actors[m.actor].roles))]
        if not persons:
            return None
        latest = persons[-1].sentence
        in_sentence = [m for m in persons if m.sentence == latest]
        rests = [(m, self.body[m.end : self.sentences[m.sentence].end]) for m in in_sentence]
        for m, rest in rests:
            if _verb_follows(rest) or _verb_follows(_skip_apposition(rest)):
                return m.actor
        for m, rest in rests:  # the subject: a name directly followed by its verb
            word = re.match(r" ([a-z]+)\b", rest)
            if word and word.group(1) not in _NOT_VERBS:
                return m.actor
        return in_sentence[0].actor

    def by_role(self, role: re.Match[str], offset: int) -> int | None:
        """ "the Ukrainian president" -> the latest person with that role (and side)."""
        side = DEMONYMS.get(role.group("dem") or "")
        wanted = role.group("role").lower()
        same_side: int | None = None
        for m in reversed(self.mentions):
            actor = self.actors[m.actor]
            if m.end > offset or actor.kind != "person":
                continue
            if any(wanted in r.lower() for r in actor.roles) and (
                    side is None or actor.side == side):
                return m.actor
            if side is not None and actor.side == side and same_side is None:
                same_side = m.actor  # "the Ukrainian president": at least a Ukrainian
        return same_side

    def date_between(self, start: int, end: int) -> date | None:
        for d in self.dates:
            if start <= d.start and d.end <= end and d.precision == "day":
                return d.value
        return None


def _verb_follows(text: str) -> bool:
    """Text right after a speaker starts with a speech verb ("said", "has repeatedly said")."""
    words = [w.lower() for w in _words(text)[:4]]
    while words and words[0] in _AUX:
        words.pop(0)
    return bool(words) and words[0] in SPEECH_VERBS


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
        gap = ctx.body[q.close_at : m.start]
        after = ctx.body[m.end : tail_end]
        if len(_words(gap)) <= 3 and (_verb_follows(after) or any(
                w.lower() in SPEECH_VERBS for w in _words(gap))):
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
    if not according and not any(w in SPEECH_VERBS for w in words):
        return None
    candidates = ctx.speakers_between(sent.start, q.open_at)
    persons = [m for m in candidates if ctx.actors[m.actor].kind == "person"]
    for m in reversed(persons or candidates):
        if according or _verb_follows(ctx.body[m.end : q.open_at]) or _verb_follows(
                _skip_apposition(ctx.body[m.end : q.open_at])):
            return m.actor
    first = _words(head)[:2]
    if first and first[0].lower() in PRONOUNS and len(first) > 1 and _verb_follows(
            " ".join(_words(head)[1:])):
        return ctx.last_person_before(sent.start)
    return None


def _skip_apposition(text: str) -> str:
    """Drop ", an aide to the president," between a speaker and the verb."""
    m = re.match(r"\s*,[^,]{1,80},\s*", text)
    return text[m.end():] if m else text


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
        if speaker is None:
            speaker = _before_quote_speaker(ctx, q)
        if speaker is None:
            speaker = _previous_speaker(ctx, q, last)
        if speaker is None:
            continue
        sent = ctx.sentence_at(q.open_at)
        end_sent = ctx.sentence_at(max(q.close_at - 1, 0))
        when = ctx.date_between(q.close_at, end_sent.end) or ctx.date_between(
            sent.start, q.open_at) or published
        out.append(Statement(sent.index, "quote", speaker, text, q.start, q.end, when))
        last = (speaker, end_sent.index)
    return out




# where one sentence holds several attributions: "X said A, while Y said B", ", adding that"
_SEGMENT_BREAK = re.compile(
    r";\s+|,\s+(?=(?:while|whereas|but)\s)"
    r"|,?\s+(?=(?:adding|saying|noting|stressing|warning|insisting|arguing)\s+that\b)"
    r"|\s+(?=and\s+(?:added|said|stressed|noted|warned)\s+that\b)")
_CONTINUATION = re.compile(
    r"(?:and\s+)?(?:adding|saying|noting|stressing|warning|insisting|arguing|added|said|"
    r"stressed|noted|warned)\s+that\s+")
# "The settlement, he said, was complex": a parenthetical attribution inside the clause
_PARENTHETICAL = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|added|told\s+\w+),\s+")
_PRONOUN_TAIL = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|told\s+\w+)(?:\s+[^,]{0,40})?"
                           r"\.?$")


def _segments(sent: Sentence) -> list[Sentence]:
    """The sentence cut where a new attribution starts; each piece keeps body offsets."""
    cuts = [0] + [m.end() for m in _SEGMENT_BREAK.finditer(sent.text)] + [len(sent.text)]
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = sent.text[a:b].rstrip(" ,;")
        if piece.strip():
            pieces.append(Sentence(sent.index, sent.start + a, sent.start + a + len(piece),
                                   piece, sent.paragraph))
    return pieces


def _reported(ctx: _Context, quotes: list[Statement], published: date | None) -> list[Statement]:
    out: list[Statement] = []
    speaker_in = {q.sentence: q.speaker for q in quotes}  # who spoke last in each sentence
    for sent in ctx.sentences:
        last = speaker_in.get(sent.index)
        for seg in _segments(sent):
            st = _reported_in(ctx, seg, published) or _continued(ctx, seg, last, published) \
                or _pronoun_frames(ctx, seg, published)
            if st is not None:
                out.append(st)
                last = st.speaker
    return out


def _statement(ctx: _Context, sent: Sentence, speaker: int | None, text: str, at: int,
               published: date | None) -> Statement | None:
    clause = _clause(text)
    if speaker is None or len(_words(clause)) < 3 or _quoted(clause):
        return None
    start = ctx.body.find(clause, at)
    if start == -1:  # the clause was stitched around a parenthetical
        start = at
    return Statement(sent.index, "reported", speaker, clause, start, start + len(clause),
                     published)


def _continued(ctx: _Context, seg: Sentence, last: int | None,
               published: date | None) -> Statement | None:
    """", adding that ...": the same speaker goes on."""
    m = _CONTINUATION.match(seg.text)
    if m is None:
        return None
    if last is None:  # '"Short," X said, adding that ...': X spoke just before
        sent = ctx.sentences[seg.index]
        speakers = [c for c in ctx.speakers_between(sent.start, seg.start)
                    if _verb_follows(ctx.body[c.end : seg.start])]
        last = speakers[-1].actor if speakers else None
    if last is None:
        return None
    return _statement(ctx, seg, last, seg.text[m.end():], seg.start + m.end(), published)


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


def _clause(text: str) -> str:
    """Trim a clause, keeping the final dot of an abbreviation ("the U.S.")."""
    text = text.strip().strip(",").strip().lstrip("-–—•*: ").strip()
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]\.){2,}$", text):
        text = text[:-1].rstrip()
    return text


def _reported_in(ctx: _Context, sent: Sentence, published: date | None) -> Statement | None:
    text = sent.text
    low = text.lower()
    cands = ctx.speakers_between(sent.start, sent.end)
    pronoun = re.match(r"(?:He|She)\b", text)
    if pronoun:  # "He added that ...": the latest person named speaks on
        who = ctx.last_person_before(sent.start)
        if who is not None:
            st = _speaker_first(ctx, sent, None, sent.start + pronoun.end(), who, published)
            if st is not None:
                return st
    role = _ROLE_SUBJECT.match(text)
    if role:  # "In a post, the US president said ..."
        who = ctx.by_role(role, sent.start + role.start("role"))
        if who is not None:
            st = _speaker_first(ctx, sent, None, sent.start + role.end(), who, published)
            if st is not None:
                return st
    according = _ACCORDING_PRONOUN.match(text)
    if according:  # "According to him, ..."
        who = ctx.last_person_before(sent.start)
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
        if k < 3:  # "According to X, <clause>": X runs to the first comma after a name
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
            c_start = ctx.body.find(clause, c_start)
            return Statement(sent.index, "reported", _best_speaker(ctx, in_span), clause,
                             c_start, c_start + len(clause), published)
    # "X said (that) <clause>" — speaker before a speech verb
    for m in cands:
        st = _speaker_first(ctx, sent, m, m.end, m.actor, published)
        if st is not None:
            return st
    # "<clause>, X said." / "<clause>, said X." / "<clause>, agency X reported, citing Y."
    for m in cands:
        comma = ctx.body.rfind(",", sent.start, m.start)
        if comma - sent.start < 15:
            continue
        between = ctx.body[comma + 1 : m.start]
        if len(_words(between)) > 6 or any(ch in between for ch in "\"“”") or any(
                w.lower() in _CLAUSE_WORDS for w in _words(between)):
            continue  # ", which Russia claims as its own" is no attribution
        after = ctx.body[m.end : sent.end]
        said_before = bool(_words(between)) and _words(between)[-1].lower() in _TAIL_VERBS
        if said_before:
            if not _attribution_ends(after):
                continue
        else:
            verb = _speech_verb(after, _TAIL_VERBS)
            if verb is None or not _attribution_ends(after[verb[1] :]):
                continue
        clause = _clause(ctx.body[sent.start : comma])
        if len(_words(clause)) >= 3 and not _quoted(clause):
            return Statement(sent.index, "reported", _cited(ctx, sent, m), clause, sent.start,
                             sent.start + len(clause), published)
    return None


def _names_source(lead: str) -> bool:
    """ "according to [the Ukrainian] X" names X; "according to a version published by X" not."""
    words = _words(lead)
    return len(words) <= 4 and all(
        w[0].isupper() or w.lower() in ("the", "a", "an", "'s", "’s") or w.lower() in TITLE_WORDS
        for w in words)


def _quoted(text: str) -> bool:
    return text[:1] in "\"“«„'‘"


# verbs that close a sentence as its attribution: "..., the ministry said."
_TAIL_VERBS = BARE_SAY_VERBS | TAIL_SPEECH_VERBS


_CLAUSE_WORDS = CLAUSE_OPENERS


def _attribution_ends(rest: str) -> bool:
    """After "X said" the sentence ends, continues after a comma (maybe after a short
    "on Monday"), or adds a short tail."""
    rest = rest.strip()
    if not rest or rest[0] in ",.;:" or len(_words(rest)) <= 6:
        return True
    comma = rest.find(",")
    return comma != -1 and len(_words(rest[:comma])) <= 4


_AUDIENCE = re.compile(
    r"\s+(?:the\s+)?(?:reporters|journalists|press|media|lawmakers|parliament|state\s+\w+|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\b"
)


def _speaker_first(ctx: _Context, sent: Sentence, m: Mention | None, end: int, speaker: int,
                   published: date | None) -> Statement | None:
    """`X said (that) ...`, `X, an aide to Y, told reporters ...`, `X reiterated on May 30 that`.

    `end` is where the speaker's words end; `m` is None when a pronoun stands for the speaker.
    """
    for gap_start in (end, end + len(ctx.body[end : sent.end])
                      - len(_skip_apposition(ctx.body[end : sent.end]))):
        rest = ctx.body[gap_start : sent.end]
        found = _speech_verb(rest, SPEECH_VERBS, comma=True)
        if found is None:
            continue
        verb = found[0]
        at = gap_start + found[1]
        if verb in ("told", "tells", "tell"):
            aud = _AUDIENCE.match(ctx.body, at, sent.end)
            if aud:
                at = aud.end()
        if ctx.body[at : at + 1] in (",", ".", ";", ":", ""):
            continue  # "..., spokesman X said, with ...": the words said stand before
        at = _skip_space(ctx.body, at)
        for d in ctx.dates:  # "reiterated on May 30 that"
            if d.start <= at + 1 and d.end > at:
                at = _skip_space(ctx.body, d.end)
        late_that = _LATE_THAT.match(ctx.body, at, sent.end)  # "said in a statement that"
        if late_that:
            at = late_that.end()
        elif verb not in _BARE_SAY or _ADVERBIAL_START.match(ctx.body, at):
            continue  # "said after the session": no clause follows
        clause = _clause(ctx.body[at : sent.end])
        if len(_words(clause)) < 3 or _quoted(clause):
            continue
        c_start = ctx.body.find(clause, at)
        when = ctx.date_between(end, c_start) or published
        who = _cited(ctx, sent, m) if m is not None else speaker
        if m is not None and gap_start > end and ctx.actors[m.actor].kind != "person":
            named = _named_in_apposition(ctx, end, gap_start)
            who = who if named is None else named
        if m is not None:
            head = _relative_head(ctx, sent, m)  # actor keys start at 0: compare with None
            who = who if head is None else head
        return Statement(sent.index, "reported", who, clause, c_start, c_start + len(clause),
                         when)
    return None


_ADVERBIAL_START = re.compile(r"(?:" + "|".join(ADVERBIAL_STARTS) + r")\b", re.IGNORECASE)
_LATE_THAT = re.compile(r"(?:[^,.;:\"“”]{0,60}?\s)?that\s")


_ROLE_SUBJECT = re.compile(r"(?:[^,]{0,60},\s+)?" + _ROLE_NOUN.pattern, re.IGNORECASE)
_ACCORDING_PRONOUN = re.compile(r"(?:As reported, )?according to (?:him|her),\s+", re.IGNORECASE)
_NOT_VERBS = NOT_VERBS
_LEAD_WORD = re.compile(r"\s*([a-z]+)\b")


def _speech_verb(text: str, verbs: frozenset[str], comma: bool = False) -> tuple[str, int] | None:
    """The speech verb opening `text` after up to two auxiliaries ("has repeatedly said"):
    (verb, offset just past it), or None."""
    at = 0
    if comma:
        at = len(text) - len(text.lstrip(" ,"))
    for _ in range(3):
        m = _LEAD_WORD.match(text, at)
        if m is None:
            return None
        if m.group(1) in verbs:
            return m.group(1), m.end()
        if m.group(1) not in _AUX:
            return None
        at = m.end()
    return None


def _named_in_apposition(ctx: _Context, start: int, end: int) -> int | None:
    """ "The head of the Russian delegation, Presidential Aide X, told": X speaks."""
    persons = [x for x in ctx.speakers_between(start, end)
               if ctx.actors[x.actor].kind == "person"]
    return persons[0].actor if len(persons) == 1 else None


def _relative_head(ctx: _Context, sent: Sentence, m: Mention) -> int | None:
    """ "X, who led a delegation that included Y, the deputy minister, said": X speaks, Y is
    only named inside X's relative clause."""
    lead = ctx.body[sent.start : m.start]
    who = lead.rfind(", who ")
    if who == -1:
        return None
    earlier = [x for x in ctx.speakers_between(sent.start, sent.start + who)
               if ctx.actors[x.actor].kind == "person"]
    return earlier[-1].actor if earlier else None


def _skip_space(body: str, at: int) -> int:
    while at < len(body) and body[at] in " ,":
        at += 1
    return at


def _cited(ctx: _Context, sent: Sentence, speaker: Mention) -> int:
    """`X reported, citing Y` makes Y the speaker: X only relays what Y said."""
    low = ctx.body[speaker.end : sent.end].lower()
    for cue in CITING_CUES:
        k = low.find(cue)
        if k != -1:
            later = [m for m in ctx.speakers_between(speaker.end + k, sent.end)
                     if ctx.actors[m.actor].kind == "person"]
            if later:
                return later[0].actor
    return speaker.actor


def _best_speaker(ctx: _Context, mentions: list[Mention]) -> int:
    """The last person in "X's envoy, Keith Kellogg" is the one speaking."""
    persons = [m for m in mentions if ctx.actors[m.actor].kind == "person"]
    return (persons[-1] if persons else mentions[0]).actor


def extract_statements(body: str, sentences: list[Sentence], actors: list[LocalActor],
                       mentions: list[Mention], dates: list[DateMention],
                       published: date | None) -> list[Statement]:
    """Direct quotes and reported speech of one article, in reading order."""
    if not sentences:
        return []
    ctx = _Context(body, sentences, actors, mentions, dates)
    # who speaks where, so that a pronoun after a quote points at the speaker just before it
    ctx.spoke = {st.sentence: st.speaker for st in _reported(ctx, [], published)
                 if st.speaker is not None}
    quotes = _quotes(ctx, published)
    reported = _reported(ctx, quotes, published)
    quotes, reported = _partial_quotes(quotes, reported)
    return sorted(quotes + reported, key=lambda s: s.start)


# a quoted stretch this long inside reported speech is the speaker's own words, a direct quote;
# shorter ones ("remains on the table", "two or three days") are scare quotes in the report
_PARTIAL_QUOTE_MIN_WORDS = 6


def _partial_quotes(quotes: list[Statement],
                    reported: list[Statement]) -> tuple[list[Statement], list[Statement]]:
    """Settle quotes that sit inside a reported clause of the same speaker: a long quoted
    stretch stays a quote, a short one is left to the reported statement; and a reported
    clause that is mostly its quote is dropped, so the same words are not listed twice."""
    def inside(q: Statement, r: Statement) -> bool:
        return r.speaker == q.speaker and r.start <= q.start and q.end <= r.end

    kept = [q for q in quotes if len(_words(q.text)) >= _PARTIAL_QUOTE_MIN_WORDS
            or not any(inside(q, r) for r in reported)]
    clauses = [r for r in reported
               if 2 * sum(len(_words(q.text)) for q in kept if inside(q, r))
               < len(_words(r.text))]
    return kept, clauses
