"""Delegations: each party's team at a meeting, with leader, members, size, venue and date.

A sentence speaks of a delegation when a party marker ("Ukraine's", "the Russian", "Kyiv's")
stands next to a delegation noun; leaders come from lead frames ("X is leading", "led by X",
"head of the delegation, X") and members from membership frames ("includes X, Y and Z").
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from store.lexicon.places import DEMONYMS, STATE_OF_NAME, VENUE_SITES, VENUES
from store.lexicon.speech import (
    COMPANION_CUES,
    DELEGATION_FILLERS,
    DELEGATION_NOUNS,
    HEAD_COUNT_WORDS,
    LEAD_NOUNS,
    LEAD_VERBS,
    LEADER_ROLES,
    MEMBER_CUES,
    SAY_VERBS,
    TALKS_NOUNS,
)
from store.records import (
    DateMention,
    Delegation,
    DelegationMember,
    LocalActor,
    Mention,
    Sentence,
)

_STATE_OF: dict[str, str] = {**STATE_OF_NAME, **DEMONYMS}
_NUMBER_WORDS = HEAD_COUNT_WORDS
_NOUNS = "|".join(sorted((re.escape(n) for n in DELEGATION_NOUNS), key=len, reverse=True))
_SIZE = (r"(?P<size>(?<![\d,.])\d{1,3}|" + "|".join(_NUMBER_WORDS)
         + r")[- ](?:member|strong|person|man)")
_PARTY_WORD = r"(?P<party>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?"
_FILLER = r"(?:" + "|".join(DELEGATION_FILLERS) + r")"
_DELEGATION = re.compile(
    _PARTY_WORD + r"\s+(?:" + _FILLER + r"\s+){0,4}?(?:(?:" + _SIZE + r")\s+)?(?:" + _FILLER
    + r"\s+){0,2}?(?P<noun>" + _NOUNS + r")\b"
    r"|(?P<noun2>" + _NOUNS + r")\s+(?:of|from)\s+(?P<party2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    # "..., while Russia's was again headed by X": the noun is understood
    r"|(?P<party3>[A-Z][\w.]*)['’]s\s+(?P<noun3>(?:was|is|will\s+be|were))\s+(?:again\s+)?"
    r"(?:led|headed)\s+by\b"
    # "a Ukrainian team led by X against a Russian one headed by Y"
    r"|(?P<party4>[A-Z][\w.]*)\s+(?P<noun4>one)\s+(?:led|headed)\s+by\b"
)
_COUNT = r"(?<![\d,.])\d{1,3}(?![\d,.]\d)|" + "|".join(_NUMBER_WORDS)
_SIZE_ALONE = re.compile(
    _SIZE + r"|(?:delegation|team)\s+of\s+(?P<size2>" + _COUNT + r")\b"
    r"|\b(?P<size3>" + _COUNT + r")\s+(?:members|delegates|negotiators|people|officials)\b",
    re.IGNORECASE,
)
_VENUE_CUE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?(" + "|".join(
    sorted((re.escape(v) for v in VENUES | VENUE_SITES.keys()), key=len, reverse=True))
    + r")\b")


def _party(word: str | None) -> str | None:
    if not word:
        return None
    word = re.sub(r"^the\s+", "", word.strip(), flags=re.IGNORECASE)
    return _STATE_OF.get(word) or _STATE_OF.get(word.split()[0])


def _size(text: str) -> int | None:
    m = _SIZE_ALONE.search(text)
    if not m:
        return None
    raw = (m.group("size") or m.group("size2") or m.group("size3") or "").lower()
    return int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)


def meeting_venue(body: str) -> str | None:
    """The venue the article places the talks in: the most named "in <Venue>", first on ties."""
    found = [VENUE_SITES.get(m.group(1), m.group(1)) for m in _VENUE_CUE.finditer(body)]
    if not found:
        return None
    counts = Counter(found)
    return max(found, key=lambda v: (counts[v], -found.index(v)))


_TALKS_RE = re.compile(r"\b(?:" + "|".join(TALKS_NOUNS) + r")\b")
_NEAR_WORDS = 10
_MAX_AHEAD_DAYS = 7  # a talks date further ahead is a proposal for a later round
_LINKED = re.compile(r"\b(?:after|before)$")
# "said on Tuesday", "told senators on Tuesday": the date belongs to the statement
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SAY_VERBS)) + r")(?:\s+[a-z]+){0,2}\s*$")


def meeting_date(sentences: list[Sentence], dates: list[DateMention],
                 published: date | None) -> date | None:
    """Date of the meeting the article is about: the talks date nearest the article's date.

    A date counts when it stands within a few words of a talks noun ("the June 2 talks",
    "talks ... which concluded on May 16"), except a date that dates a statement ("said on
    Tuesday that the talks"), a date of the other event ("the talks came a day after the strike")
    and a proposed future round ("hold talks between June 20 and 30"). With none, the meeting is
    the article's date.
    """
    cands: list[date] = []
    for s in sentences:
        low = s.text.lower()
        nouns = [m.start() for m in _TALKS_RE.finditer(low)]
        if not nouns:
            continue
        for d in dates:
            if d.precision != "day" or not s.start <= d.start < s.end:
                continue
            at, end = d.start - s.start, d.end - s.start
            if _SPEECH_BEFORE.search(low[:at]):
                continue
            # "X a day after [the talks]" dates the talks only when they follow the phrase
            near = [n for n in nouns if n >= end] if _LINKED.search(d.text.lower()) else nouns
            if any(len(low[min(at, n) : max(at, n)].split()) <= _NEAR_WORDS for n in near):
                cands.append(d.value)
    if published is not None:
        cands = [c for c in cands if (c - published).days <= _MAX_AHEAD_DAYS]
    if not cands:
        return published
    if published is None:
        counts = Counter(cands)
        return max(sorted(set(cands)), key=lambda d: counts[d])
    return min(sorted(set(cands)), key=lambda d: (abs((d - published).days), d < published))


def extract_delegations(sentences: list[Sentence], actors: list[LocalActor],
                        mentions: list[Mention], dates: list[DateMention],
                        published: date | None, body: str = "") -> list[Delegation]:
    """One delegation per party named in the article, members and leader gathered from all."""
    by_party: dict[str, Delegation] = {}
    venue = meeting_venue(body) if body else None
    when = meeting_date(sentences, dates, published)
    last_party: tuple[str, int] | None = None  # (party, sentence index) last named
    for sent in sentences:
        for m in _DELEGATION.finditer(sent.text):
            party = (_party(m.group("party")) or _party(m.group("party2"))
                     or _party(m.group("party3")) or _party(m.group("party4")))
            if party is None and last_party is not None and sent.index - last_party[1] <= 2 \
                    and (m.group("party") or "").lower() == "the":
                party = last_party[0]  # "The delegation is led by ..." continues the last one
            owner = _person_at(sent, m.start("party"), m.end("party"), actors, mentions) \
                if party is None and m.group("party") else None
            if owner is not None:  # "Umerov's team included ...": his side, him leading
                party = actors[owner.actor].side
            if party is None:
                continue
            last_party = (party, sent.index)
            noun = next(g for g in ("noun", "noun2", "noun3", "noun4") if m.group(g))
            noun_at = sent.start + m.start(noun)
            d = by_party.setdefault(party, Delegation(party=party, sentences=[], venue=venue,
                                                      date=when))
            if sent.index not in d.sentences:
                d.sentences.append(sent.index)
            if d.size is None:
                size = m.group("size")
                d.size = (int(size) if size and size.isdigit()
                          else _NUMBER_WORDS.get((size or "").lower()) or _size(sent.text))
            if owner is not None:
                d.leader = d.leader if d.leader is not None else owner.actor
                _add_member(d, owner, actors)
            _people(d, sent, noun_at, actors, mentions)
        _led_by_person(by_party, sent, actors, mentions, venue, when)
    _leaders_by_role(by_party, actors, mentions, venue, when)
    _companions(by_party, sentences, actors, mentions)
    for d in by_party.values():
        for member in d.members:  # whoever sits in a party's delegation speaks for it
            if actors[member.actor].side is None:
                actors[member.actor].side = d.party
    return [d for d in by_party.values() if d.leader is not None or d.members or d.size]


_PERSON_LEADS = re.compile(
    r"\b(?:who\s+)?(?:led|leads|heads|headed|is\s+leading|was\s+leading|will\s+lead)\s+"
    r"(?:a|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<noun>delegation|team)\b")


def _person_at(sent: Sentence, start: int, end: int, actors: list[LocalActor],
               mentions: list[Mention]) -> Mention | None:
    """The person with a known side named at sent.text[start:end], if any."""
    a, b = sent.start + start, sent.start + end
    for x in mentions:
        if x.sentence == sent.index and x.start < b and a < x.end and \
                actors[x.actor].kind == "person" and actors[x.actor].side:
            return x
    return None


def _subject_before(persons: list[Mention], body_text: str, base: int) -> Mention | None:
    """The person a "who led" clause belongs to: in "X, the aide to President Y who led"
    Y is only the object of X's role, so X leads."""
    for m in reversed(persons):
        lead_in = body_text[max(0, m.start - base - 25) : m.start - base].lower().split()
        if not any(w in ("to", "of", "for") for w in lead_in[-4:]):
            return m
    return persons[-1] if persons else None


def _led_by_person(by_party: dict[str, Delegation], sent: Sentence, actors: list[LocalActor],
                   mentions: list[Mention], venue: str | None, when: date | None) -> None:
    """ "Umerov, Ukraine's defense minister, who led a delegation that included X": the
    party is the leader's side."""
    for m in _PERSON_LEADS.finditer(sent.text):
        at = sent.start + m.start()
        before = [x for x in mentions if x.sentence == sent.index and x.end <= at
                  and actors[x.actor].kind == "person" and actors[x.actor].side]
        if not before:
            continue
        leader = _subject_before(before, sent.text, sent.start) or before[-1]
        party = actors[leader.actor].side
        assert party is not None
        d = by_party.setdefault(party, Delegation(party=party, sentences=[], venue=venue,
                                                  date=when))
        if sent.index not in d.sentences:
            d.sentences.append(sent.index)
        if d.leader is None:
            d.leader = leader.actor
        _add_member(d, leader, actors)
        _people(d, sent, sent.start + m.start("noun"), actors, mentions)


def _leaders_by_role(by_party: dict[str, Delegation], actors: list[LocalActor],
                     mentions: list[Mention], venue: str | None, when: date | None) -> None:
    """ "Russia's chief negotiator Vladimir Medinsky": a leader named by role alone."""
    for actor in actors:
        if actor.kind != "person" or actor.side is None:
            continue
        if not any(cue in r.lower() for r in actor.roles for cue in LEADER_ROLES):
            continue
        first = next((m for m in mentions if m.actor == actor.key), None)
        if first is None:
            continue
        d = by_party.setdefault(actor.side, Delegation(party=actor.side, sentences=[],
                                                       venue=venue, date=when))
        if d.leader is None:
            d.leader = actor.key
            if first.sentence not in d.sentences:
                d.sentences.append(first.sentence)
        _add_member(d, first, actors)


def _companions(by_party: dict[str, Delegation], sentences: list[Sentence],
                actors: list[LocalActor], mentions: list[Mention]) -> None:
    """ "Alongside Medinsky sat X and Y", "He was accompanied by X": people beside a member."""
    owner: dict[int, Delegation] = {m.actor: d for d in by_party.values() for m in d.members}
    previous: list[int] = []
    for sent in sentences:
        low = sent.text.lower()
        here = [m for m in mentions if m.sentence == sent.index
                and actors[m.actor].kind == "person"]
        cue = next((c for c in COMPANION_CUES if c in low), None)
        if cue is not None:
            anchors = [m.actor for m in here if m.actor in owner]
            if not anchors and re.match(r"(?:He|She)\b", sent.text):
                anchors = [a for a in previous if a in owner]
            if anchors:
                d = owner[anchors[0]]
                cue_at = sent.start + low.find(cue)
                for m in here:
                    side = actors[m.actor].side
                    if m.actor not in owner and m.start > cue_at and side in (None, d.party):
                        _add_member(d, m, actors)
                        owner[m.actor] = d
        if here:
            previous = [m.actor for m in here]


def _people(d: Delegation, sent: Sentence, noun_at: int, actors: list[LocalActor],
            mentions: list[Mention]) -> None:
    """Leader and members named in a delegation sentence."""
    low = sent.text.lower()
    persons = [m for m in mentions if m.sentence == sent.index
               and actors[m.actor].kind == "person"
               and actors[m.actor].side in (None, d.party)]
    if not persons:
        return
    leader: Mention | None = None
    for verb in sorted(LEAD_VERBS, key=len, reverse=True):
        k = low.find(f" {verb} ")
        if k == -1:
            continue
        at = sent.start + k + 1
        if verb.endswith(" by"):
            after = [m for m in persons if m.start > at]
            leader = after[0] if after else None
        else:
            before = [m for m in persons if m.end <= at]
            leader = _subject_before(before, sent.text, sent.start)
        if leader is not None:
            break
    if leader is None:
        for noun in LEAD_NOUNS:
            k = low.find(noun)
            if k != -1 and ("delegation" in low[k : k + 60] or "team" in low[k : k + 60]):
                near = sorted(persons, key=lambda m: abs(m.start - (sent.start + k)))
                leader = near[0]
                break
    if leader is None:
        for m in persons:
            if any(w in r.lower() for r in actors[m.actor].roles
                   for w in ("delegation head", "head of the delegation", "chief negotiator")):
                leader = m
    if leader is not None:
        if d.leader is None:
            d.leader = leader.actor
        _add_member(d, leader, actors)
    cue_at = min((low.find(c) for c in MEMBER_CUES if low.find(c) != -1), default=-1)
    colon = low.find(":", noun_at - sent.start)
    if colon != -1 and len(low[noun_at - sent.start : colon].split()) <= 5:
        cue_at = colon if cue_at == -1 else min(cue_at, colon)  # "a core team of four: A, B"
    beside = _BESIDE.match(sent.text)
    if beside:  # "Alongside Umerov, Ukraine's team included ...": Umerov is on it too
        for m in persons:
            if m.end <= sent.start + beside.end():
                _add_member(d, m, actors)
    if cue_at != -1:
        for m in persons:
            if m.start >= sent.start + cue_at or m.actor == d.leader:
                _add_member(d, m, actors)


_BESIDE = re.compile(r"(?:Alongside|Besides|Beside|Apart from|Along with)\s+[^,]{2,60},")


def _add_member(d: Delegation, m: Mention, actors: list[LocalActor]) -> None:
    if any(x.actor == m.actor for x in d.members):
        return
    roles = actors[m.actor].roles
    d.members.append(DelegationMember(m.actor, roles[0] if roles else None, m.sentence))
