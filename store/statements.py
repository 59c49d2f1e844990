"""Key statements: direct quotes with their speaker, and reported speech.

Quotes are paired over the paragraph (they may span sentences), then attributed by speech-verb
frames around them: `"...," X said.`, `"...," said X.`, `X said: "..."`, `"...," he added.`
(the pronoun points back to the latest person named). Reported speech uses frames such as
`X said (that) ...`, `According to X, ...` and `..., X said.`, and those that carry on the same
speaker inside a sentence (`, adding that`, `and said`, `but cautioned that`); the speaker may be
a name, a pronoun ("he", "she"), a role ("the Ukrainian president") or an organisation named
again by its head noun ("the ministry").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from store.lexicon.places import DEMONYMS
from store.lexicon.roles import TITLE_HEADS, TITLE_MODIFIERS
from store.lexicon.speech import (
    ACCORDING_CUES,
    ADVERBIAL_STARTS,
    BARE_PARTICIPLES,
    BARE_SAY_VERBS,
    CITING_CUES,
    CLAUSE_AUXILIARIES,
    CLAUSE_OPENERS,
    INFINITIVE_SPEECH_VERBS,
    NAMING_FRAMES,
    NOT_SOURCE_WORDS,
    NOT_SPEAKER_LEADS,
    NOT_VERBS,
    OBJECT_SPEECH_VERBS,
    ORGANISATION_NOUNS,
    PRONOUNS,
    QUOTE_PAIRS,
    QUOTING_VERBS,
    ROLE_SYNONYMS,
    SPEAKER_ROLE_NOUNS,
    SPEECH_AUXILIARIES,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    TAIL_SPEECH_VERBS,
)
from store.records import DateMention, LocalActor, Mention, Sentence, Statement

_MIN_QUOTE_WORDS = 4
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
_WORD = re.compile(r"[\w’'-]+")
_BARE_SAY = BARE_SAY_VERBS | BARE_PARTICIPLES
# every form that can open an attribution
_SAYING = SPEECH_VERBS | SPEECH_PARTICIPLES | INFINITIVE_SPEECH_VERBS
_QUOTING = SPEECH_VERBS | QUOTING_VERBS  # verbs that may introduce a quote
_ORG_NOUNS = "|".join(sorted((re.escape(n) for n in ORGANISATION_NOUNS), key=len, reverse=True))
# "the ministry said": an organisation named again by its head noun (not "the office of X")
_ORG_BACK = re.compile(r"\b[Tt]he\s+(?P<noun>" + _ORG_NOUNS + r")\b(?!\s+of\b|-)")
# "the SBU security service said": a descriptor right after an organisation's name
_ORG_TAIL = re.compile(r"\s+(?:" + _ORG_NOUNS + r")\b")
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
        self.dates = dates
        self.spoke: dict[int, int] = {}  # sentence index -> speaker of reported speech in it
        self.quoted = [(q.open_at, q.close_at) for q in _find_quotes(body)]
        self.named_after: set[int] = set()  # quotes whose speaker is named after them
        self.mentions = self._with_organisations(sorted(mentions, key=lambda m: m.start))
        self.outlets = self._outlets()

    def _outlets(self) -> set[int]:
        """The agency that publishes the article ("..., Ukrinform reports." in the lead) relays
        what others say: it is never a speaker in its own story."""
        found: set[int] = set()
        for sent in self.sentences[:2]:
            for m in self.mentions:
                if m.sentence == sent.index and re.fullmatch(
                        r"\s+reports\.?\s*", self.body[m.end : sent.end]) and re.search(
                        r",\s*$", self.body[sent.start : m.start]):
                    found.add(m.actor)
        return found

    def _with_organisations(self, mentions: list[Mention]) -> list[Mention]:
        """Add "the ministry" as a mention of the latest ministry named, and stretch "SBU" over
        "SBU security service", so that every attribution frame sees them as speakers."""
        out: list[Mention] = []
        for m in mentions:
            tail = _ORG_TAIL.match(self.body, m.end)
            if tail and self.actors[m.actor].kind == "organisation":
                m = Mention(m.actor, m.sentence, m.start, tail.end(), self.body[m.start:tail.end()])
            out.append(m)
        taken = [(m.start, m.end) for m in out]
        for hit in _ORG_BACK.finditer(self.body):
            if any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            noun = hit.group("noun").lower()
            earlier = [m for m in out if m.end <= hit.start()
                       and self.actors[m.actor].kind == "organisation"
                       and any(noun in name.lower() for name in
                               (self.actors[m.actor].name, *self.actors[m.actor].aliases))]
            if earlier:
                sent = self.sentence_at(hit.start())
                out.append(Mention(earlier[-1].actor, sent.index, hit.start(), hit.end(),
                                   hit.group()))
        return sorted(out, key=lambda m: m.start)

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)

    def sentence_at(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.start <= offset < s.end or offset < s.start:
                return s
        return self.sentences[-1]

    def speakers_between(self, start: int, end: int) -> list[Mention]:
        """Who may speak in [start, end): not somebody named inside quote marks, nor the "X"
        of "a source close to X"."""
        return [m for m in self.mentions if start <= m.start and m.end <= end
                and self.actors[m.actor].kind in ("person", "organisation", "state")
                and m.actor not in self.outlets
                and not self.in_quote(m.start) and not self._led_away(m)]

    def _led_away(self, m: Mention) -> bool:
        lead = self.body[max(0, m.start - 24) : m.start].lower()
        lead = re.sub(r"\s+(?:the|a|an)\s*$", " ", lead).rstrip()
        return any(lead.endswith(cue) for cue in NOT_SPEAKER_LEADS)

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
                if any(here - back < m.sentence <= here and m.end <= offset and m.actor != who
                       and self.actors[m.actor].kind == "person" for m in self.mentions):
                    break  # somebody new was named since: "Another Dmitry ... On July 15 he"
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
        """ "the Ukrainian president" -> the latest person with that role (and side); in a
        headline, the first one named with it right below ("Kremlin negotiator says ...")."""
        who = self._by_role(role, offset)
        sent = self.sentence_at(offset)
        if who is None and _is_headline(sent):
            below = [m for m in self.mentions if sent.index < m.sentence <= sent.index + 2]
            for m in below:
                if self.actors[m.actor].kind == "person" and self._has_role(m.actor, role):
                    return m.actor
        return who

    def _has_role(self, actor: int, role: re.Match[str]) -> bool:
        wanted = role.group("role").lower()
        names = ROLE_SYNONYMS.get(wanted, (wanted,))
        return any(n in r.lower() for n in names for r in self.actors[actor].roles)

    def _by_role(self, role: re.Match[str], offset: int) -> int | None:
        dem = role.group("dem") or ""
        side = DEMONYMS.get(dem)
        wanted = role.group("role").lower()
        names = ROLE_SYNONYMS.get(wanted, (wanted,))
        if dem and side is None and dem.lower() not in ("the", "a"):
            # "the Commission president": a president of the Commission, not any president
            names = tuple(f"{dem.lower()} {n}" for n in names) + tuple(
                f"{n} of the {dem.lower()}" for n in names)
        same_side: int | None = None
        for m in reversed(self.mentions):
            actor = self.actors[m.actor]
            if m.end > offset or actor.kind != "person":
                continue
            if any(n in r.lower() for n in names for r in actor.roles) and (
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


def _is_headline(sent: Sentence) -> bool:
    """A line of its own without a final stop: a headline or a live-blog entry title."""
    return not sent.text.rstrip().endswith((".", "!", "?", "\"", "”", ":"))


def _verb_follows(text: str, verbs: frozenset[str] = SPEECH_VERBS) -> bool:
    """Text right after a speaker starts with a speech verb ("said", "has repeatedly said")."""
    words = [w.lower() for w in _words(text)[:4]]
    while words and words[0] in _AUX:
        words.pop(0)
    return bool(words) and words[0] in verbs


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


# "..., when he proposed "...": a pronoun subject close before the quote
_PRONOUN_VERB = re.compile(r"\b(?P<pronoun>he|she)\s+(?:[a-z]+\s+){0,2}[^\s\"“]*\s*$")


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




# where one sentence holds several attributions: "X said A, while Y said B", ", adding that",
# "and said", "but cautioned that"; a cut is kept only where an attribution starts after it
_CUT = re.compile(
    r";\s+|,\s+(?=(?:and|but|while|whereas)\s)|,\s+(?=[a-z]+ing\b)"
    r"|\s+(?=(?:and|but|while)\s+[a-z]+\b)|\s+(?=[a-z]+ing\s+that\b)")
_CONJUNCTION = re.compile(r"(?:(?:and|but|while|whereas)\s+)?")
# "The settlement, he said, was complex": a parenthetical attribution inside the clause
_PARENTHETICAL = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|added|told\s+\w+),\s+")
_PRONOUN_TAIL = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|told\s+\w+)(?:\s+[^,]{0,40})?"
                           r"\.?$")


def _segments(ctx: _Context, sent: Sentence) -> list[Sentence]:
    """The sentence cut where a new attribution starts; each piece keeps body offsets."""
    cuts = [0]
    for m in _CUT.finditer(sent.text):
        if ctx.in_quote(sent.start + m.start()):
            continue  # '"..., but it turns out to be meaningless," Trump said'
        if m.group().strip() == ";" or _opens_attribution(ctx, sent.start + m.end(), sent.end):
            cuts.append(m.end())
    cuts.append(len(sent.text))
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = sent.text[a:b].rstrip(" ,;")
        if piece.strip():
            pieces.append(Sentence(sent.index, sent.start + a, sent.start + a + len(piece),
                                   piece, sent.paragraph))
    return pieces


def _finite(verb: str) -> bool:
    """ "said", "cautioned", "says", "cautioning": a verb with its own subject, not the bare
    infinitive of "would ... and continue"."""
    return verb.endswith(("ed", "ing")) or verb in ("said", "told", "wrote", "thought") or (
        verb.endswith("s") and (verb[:-1] in SPEECH_VERBS or verb[:-2] in SPEECH_VERBS))


_NAME_LEADS = frozenset({"his", "her", "its", "their", "the", "a", "an", "s", "’s", "'s"})


def _opens_attribution(ctx: _Context, at: int, end: int) -> bool:
    """After a cut: a speech verb carrying on the subject ("and said", "adding that", "but
    cautioned that"), or a new speaker with a verb ("while his deputy, X, said")."""
    rest = ctx.body[at:end]
    conj = _CONJUNCTION.match(rest)
    verb = _speech_verb(rest[conj.end():], _SAYING)
    if verb is not None and (not conj.group() or _finite(verb[0])):
        return True  # not "agreed to swap prisoners and continue talks"
    if not conj.group() or ctx.body[at - 2 : at - 1] not in (",", ";"):
        return False
    for m in ctx.speakers_between(at, min(end, at + 80)):
        lead = [w.lower() for w in _words(ctx.body[at + conj.end() : m.start])]
        if not all(w in _NAME_LEADS or w in TITLE_WORDS or w in SPEAKER_ROLE_NOUNS
                   for w in lead):
            break  # ", and dozens were wounded, Zelensky said": no new subject
        after = ctx.body[m.end : end]
        if _verb_follows(after) or _verb_follows(_skip_apposition(after)):
            return True
    return False


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


def _subject(ctx: _Context, sent: Sentence, before: int) -> int | None:
    """The subject of a sentence: its first name (the last of a run like "Foreign Ministry
    spokeswoman Maria Zakharova"), a person rather than the place that comes with them."""
    cands = [m for m in ctx.speakers_between(sent.start, before)]
    role = _ROLE_SUBJECT.match(sent.text)
    if role and (not cands or sent.start + role.end() <= cands[0].start):
        return ctx.by_role(role, sent.start + role.start("role"))  # "the Russian president"
    if not cands:
        return None
    run = [cands[0]]
    for m in cands[1:]:
        gap = ctx.body[run[-1].end : m.start]
        if not _joins_name(gap):
            break
        run.append(m)
    persons = [m for m in run if ctx.actors[m.actor].kind == "person"]
    return (persons[-1] if persons else run[-1]).actor


def _joins_name(gap: str) -> bool:
    """Between two names of one noun phrase: "’s", a title, "of"."""
    words = _words(gap)
    return "," not in gap and len(words) <= 4 and all(
        w.lower() in TITLE_WORDS or w.lower() in ("of", "the", "s", "’s", "'s")
        or w.lower() in SPEAKER_ROLE_NOUNS or w[:1].isupper() for w in words)


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
            return Statement(sent.index, "reported", who, clause, sent.start,
                             sent.start + len(clause), published)
    return None


def _quote_opened_within(ctx: _Context, sent: Sentence, at: int) -> bool:
    """`at` sits inside quote marks opened in this sentence after some words of its own."""
    return any(a <= at < b and sent.start < a and _words(ctx.body[sent.start : a])
               for a, b in ctx.quoted)


def _parenthetical_rest(rest: str) -> str | None:
    """The clause going on after ", X said," in the middle of a sentence."""
    m = re.match(r",\s+(?P<rest>[^\"“”]+)$", rest)
    if m is None:
        return None
    text = m.group("rest")
    first = _words(text)[:1]
    if not first or first[0].lower() in CITING_CUES or first[0].lower() in SPEECH_PARTICIPLES:
        return None
    return text


def _opening(lead: str) -> bool:
    """A lead-in before "according to" that leaves the clause after it: "As reported, ",
    "The war did not pause: "."""
    lead = lead.rstrip()
    return lead.endswith(":") or (lead.endswith(",") and len(_words(lead)) <= 3)


def _names_source(lead: str) -> bool:
    """ "according to [the Ukrainian] X" names X; "according to a version published by X" not."""
    words = _words(lead)
    return len(words) <= 5 and all(
        w[0].isupper() or w.lower() in ("the", "a", "an", "'s", "’s") or w.lower() in TITLE_WORDS
        or (w.lower() not in NOT_VERBS and w.lower() not in NOT_SOURCE_WORDS
            and not w.lower().endswith("ed"))
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


_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s+")


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


def _verb_gaps(ctx: _Context, end: int, stop: int) -> list[int]:
    """Where the verb may start after a speaker: right away, after an apposition (", an aide
    to Y,"), a relative clause (", who met X in Istanbul,"), a bracket ("(R-S.C.)") or a date
    ("X on Tuesday said")."""
    text = ctx.body[end:stop]
    gaps = [end, end + len(text) - len(_skip_apposition(text))]
    bracket = re.match(r"\s*\([^()]{1,40}\)", text)
    if bracket:
        gaps.append(end + bracket.end())
    for base in (0, bracket.end() if bracket else 0):
        relative = re.match(r"\s*,\s*(?:who|whose|which|whom)\b", text[base:])
        if relative:
            for comma in re.finditer(r",\s+", text[base + relative.end():]):
                at = base + relative.end() + comma.end()
                if _speech_verb(text[at:], _SAYING) is not None:
                    gaps.append(end + at - comma.end() + comma.start())
                    break
    for d in ctx.dates:
        if end < d.start <= end + 2 and d.end < stop:
            gaps.append(d.end)
    return list(dict.fromkeys(gaps))


_TELL = frozenset({"told", "tells", "tell", "telling"})
_STOPS = (",", ".", ";", ":", "")
# "repeated Kyiv's position: Ukraine is ready": a short object, a colon, then the words said
_COLON_CLAUSE = re.compile(r"[^,.;:\"“”]{0,40}:\s+(?=\w)")


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
    for d in ctx.dates:  # "reiterated on May 30 that"
        if d.start <= at + 1 and d.end > at:
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


def _owner_of(ctx: _Context, sent: Sentence, m: Mention) -> int | None:
    """ "Foreign Minister Hakan Fidan of Turkey said": the person speaks, not the country."""
    if ctx.actors[m.actor].kind == "person":
        return None
    persons = [x for x in ctx.speakers_between(sent.start, m.start)
               if ctx.actors[x.actor].kind == "person"]
    if persons and re.fullmatch(r"\s+of\s+(?:the\s+)?", ctx.body[persons[-1].end : m.start]):
        return persons[-1].actor
    return None


_ADVERBIAL_START = re.compile(r"(?:" + "|".join(ADVERBIAL_STARTS) + r")\b", re.IGNORECASE)
# "said in a statement that": the first "that" after the verb
_LATE_THAT = re.compile(r"(?P<skip>[^,.;:\"“”]{0,60}?\s)??that\s")


_ROLE_SUBJECT = re.compile(r"(?:[-–—•*]\s*)?(?:[^,]{0,80},\s+)?" + _ROLE_NOUN.pattern,
                           re.IGNORECASE)
# a headline without articles: "Kremlin negotiator says Moscow offered truces"
_HEADLINE_ROLE = re.compile(r"(?:(?P<dem>[A-Z][\w.]*)\s+)?(?P<role>" + "|".join(
    sorted(SPEAKER_ROLE_NOUNS, key=len, reverse=True)) + r")\s+(?=says\b)")
_ACCORDING_PRONOUN = re.compile(
    r"(?:As reported, )?according to (?:him|her|" + _ROLE_NOUN.pattern + r"),\s+",
    re.IGNORECASE)
_AS_SAID = re.compile(r"As\s+(?P<who>[^,]{2,80}?)\s+(?P<verb>(?:has\s+|had\s+)?[a-z]+),\s+")
# "He said", "- He said", "Before the call, she told", "On July 15 he wrote"
_PRONOUN_LEAD = re.compile(r"(?:[-–—•*]\s*)?(?:[^,\"“”]{0,60},\s+)?(?P<pronoun>he|she)\b",
                           re.IGNORECASE)


def _pronoun_subject(ctx: _Context, sent: Sentence) -> re.Match[str] | None:
    """A pronoun as the subject of the sentence, after a short opening phrase."""
    m = _PRONOUN_LEAD.match(sent.text)
    if m:
        return m
    for d in ctx.dates:  # "On July 15 he wrote that"
        if sent.start <= d.start <= sent.start + 3:
            return re.compile(r"\s+(?P<pronoun>he|she)\b").match(sent.text, d.end - sent.start)
    return None


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
    quotes = [q if q.start in ctx.named_after else _within_report(q, reported) for q in quotes]
    quotes = [q for q in quotes if q.speaker is not None]
    quotes, reported = _partial_quotes(quotes, reported)
    return sorted(quotes + reported, key=lambda s: s.start)


def _within_report(q: Statement, reported: list[Statement]) -> Statement:
    """A quote inside a reported clause is that speaker's: 'X, who spoke to Y after the Z
    call, said Kyiv was ready for talks "in any format"' quotes X, not Z, and 'X on Tuesday
    said that Kyiv was "not going for a show"' quotes X."""
    for r in reported:
        if r.start <= q.start and q.end <= r.end and r.speaker is not None:
            return replace(q, speaker=r.speaker)
    return q


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
