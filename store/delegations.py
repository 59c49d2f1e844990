"""Delegations: each party's team at a meeting, with leader, members, size, venue and date.

A sentence speaks of a delegation when a party marker ("Ukraine's", "the Russian", "Kyiv's")
stands next to a delegation noun, or when a delegation with no party is led by somebody of a
known side ("a delegation headed by X"); leaders come from lead frames ("X is leading", "led
again by X", "head of the delegation, X", "his delegation" after X) and members from membership
frames ("includes X, Y and Z"), seating ("Sitting next to him were X and Y", "Across the table
sat ..." for the other party) and placement ("X on the Ukrainian side", "Kyiv's negotiator X").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from datetime import date

from store.lexicon.places import DEMONYMS, STATE_OF_NAME, VENUE_SITES, VENUES
from store.lexicon.speech import (
    COMPANION_CUES,
    DELEGATION_FILLERS,
    DELEGATION_NOUNS,
    HEAD_COUNT_WORDS,
    HEAD_LINKS,
    HEAD_NOUNS,
    LEAD_ADVERBS,
    LEAD_NOUNS,
    LEAD_VERBS,
    LEADER_ROLES,
    MEMBER_CUES,
    MEMBER_NOUN_MODIFIERS,
    MEMBER_NOUNS,
    OPPOSITE_CUES,
    OWN_DELEGATION_NOUNS,
    SAY_VERBS,
    SEATING_PREPOSITIONS,
    SEATING_VERBS,
    SENDER_ROLES,
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
from store.tokens import compile_filtered

_STATE_OF: dict[str, str] = {**STATE_OF_NAME, **DEMONYMS}
_NUMBER_WORDS = HEAD_COUNT_WORDS
_NOUNS = "|".join(sorted((re.escape(n) for n in DELEGATION_NOUNS), key=len, reverse=True))
_SIZE = (r"(?P<size>(?<![\d,.])\d{1,3}|" + "|".join(_NUMBER_WORDS)
         + r")[- ](?:member|strong|person|man)")
_PARTY_WORD = r"(?P<party>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?"
_FILLER = r"(?:" + "|".join(DELEGATION_FILLERS) + r")"
_DELEGATION = compile_filtered(
    _PARTY_WORD + r"\s+(?:" + _FILLER + r"\s+){0,4}?(?:(?:" + _SIZE + r")\s+)?(?:" + _FILLER
    + r"\s+){0,2}?(?P<noun>" + _NOUNS + r")\b"
    r"|(?P<noun2>" + _NOUNS + r")\s+(?:of|from)\s+(?P<party2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    # "..., while Russia's was again headed by X": the noun is understood
    r"|(?P<party3>[A-Z][\w.]*)['’]s\s+(?P<noun3>(?:was|is|will\s+be|were))\s+(?:again\s+)?"
    r"(?:led|headed)\s+by\b"
    # "a Ukrainian team led by X against a Russian one headed by Y"
    r"|(?P<party4>[A-Z][\w.]*)\s+(?P<noun4>one)\s+(?:led|headed)\s+by\b"
    # "Medinsky headed Moscow's team, and Umerov led Ukraine's.": the noun is understood
    r"|\b(?:led|leads|headed|heads)\s+(?P<party5>[A-Z][\w.]*?)(?P<noun5>['’]s)"
    r"(?=\s*[.,;:)]|\s+(?:and|but|while|whereas)\b)"
)
_NOUN_GROUPS = ("noun", "noun2", "noun3", "noun4", "noun5")
_PARTY_GROUPS = ("party", "party2", "party3", "party4", "party5")
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
    first = {v: k for k, v in reversed(list(enumerate(found)))}  # where each is first named
    return max(found, key=lambda v: (counts[v], -first[v]))


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
    ordered = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    for s in sentences:
        low = s.text.lower()
        nouns = [m.start() for m in _TALKS_RE.finditer(low)]
        if not nouns:
            continue
        for d in ordered[bisect_left(starts, s.start):bisect_left(starts, s.end)]:
            if d.precision != "day":
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
    return _extract(sentences, actors, _Mentions(mentions), dates, published, body)


class _Mentions(list[Mention]):
    """The article's mentions, also grouped by sentence and with each actor's first one, so
    that the many per-sentence questions below never scan the whole article."""

    def __init__(self, mentions: list[Mention]) -> None:
        super().__init__(mentions)
        self.by_sentence: dict[int, list[Mention]] = {}
        self.first: dict[int, Mention] = {}
        for m in self:
            self.by_sentence.setdefault(m.sentence, []).append(m)
            self.first.setdefault(m.actor, m)

    def in_sentence(self, index: int) -> list[Mention]:
        return self.by_sentence.get(index, [])


def _extract(sentences: list[Sentence], actors: list[LocalActor], mentions: _Mentions,
             dates: list[DateMention], published: date | None, body: str) -> list[Delegation]:
    by_party: dict[str, Delegation] = {}
    venue = meeting_venue(body) if body else None
    when = meeting_date(sentences, dates, published)
    last_party: tuple[str, int] | None = None  # (party, sentence index) last named
    for sent in sentences:
        marked: list[tuple[int, int]] = []  # spans of the delegations with a party
        sent_size: list[int | None] = []  # the size the sentence gives, once looked up
        for m in _DELEGATION.finditer(sent.text):
            party = next((p for p in map(_party, (m.group(g) for g in _PARTY_GROUPS)) if p),
                         None)
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
            marked.append(m.span())
            noun = next(g for g in _NOUN_GROUPS if m.group(g))
            noun_at = sent.start + m.start(noun)
            d = by_party.setdefault(party, Delegation(party=party, sentences=[], venue=venue,
                                                      date=when))
            if sent.index not in d.sentences:
                d.sentences.append(sent.index)
            if d.size is None:
                size = m.group("size")
                if size and size.isdigit():
                    d.size = int(size)
                else:
                    d.size = _NUMBER_WORDS.get((size or "").lower())
                    if not d.size:
                        sent_size = sent_size or [_size(sent.text)]
                        d.size = sent_size[0]
            if owner is not None:
                d.leader = d.leader if d.leader is not None else owner.actor
                _add_member(d, owner, actors)
            _people(d, sent, noun_at, actors, mentions)
        _led_by_person(by_party, sent, actors, mentions, venue, when)
        _led_by_unmarked(by_party, sent, marked, actors, mentions, venue, when)
        _own_delegation(by_party, sent, sentences, actors, mentions, venue, when)
        _head_of_delegation(by_party, sent, actors, mentions, venue, when)
    _leaders_by_role(by_party, actors, mentions, venue, when)
    _companions(by_party, sentences, actors, mentions, venue, when)
    _on_the_side(by_party, sentences, actors, mentions)
    _negotiators(by_party, sentences, actors, mentions)
    for d in by_party.values():
        for member in d.members:  # whoever sits in a party's delegation speaks for it
            if actors[member.actor].side is None:
                actors[member.actor].side = d.party
    return [d for d in by_party.values() if d.leader is not None or d.members or d.size]


_ADVERB = r"(?:" + "|".join(re.escape(a) for a in LEAD_ADVERBS) + r")"


def _lead_frame(verb: str) -> re.Pattern[str]:
    """ "led by" also as "led again by": an adverb may stand before the "by"."""
    words = [re.escape(w) for w in verb.split()]
    if words[-1] == "by":
        body = r"\s+".join(words[:-1]) + r"(?:\s+" + _ADVERB + r")?\s+by"
    else:
        body = r"\s+".join(words)
    return re.compile(r"(?<=\s)" + body + r"(?=\s)")


_LEAD_FRAMES = [(v, _lead_frame(v)) for v in sorted(LEAD_VERBS, key=len, reverse=True)]


def _delegation_for(by_party: dict[str, Delegation], party: str, sentence: int,
                    venue: str | None, when: date | None) -> Delegation:
    d = by_party.setdefault(party, Delegation(party=party, sentences=[], venue=venue,
                                              date=when))
    if sentence not in d.sentences:
        d.sentences.append(sentence)
    return d


def _persons(sent: Sentence, actors: list[LocalActor], mentions: _Mentions,
             sided: bool = False) -> list[Mention]:
    return [m for m in mentions.in_sentence(sent.index)
            if actors[m.actor].kind == "person" and (actors[m.actor].side or not sided)]


_UNMARKED_LED = compile_filtered(
    r"\b(?P<noun>" + _NOUNS + r")\b,?\s+(?:" + _ADVERB + r"\s+)?(?:led|headed|chaired)\s+(?:"
    + _ADVERB + r"\s+)?by\s+")


def _led_by_unmarked(by_party: dict[str, Delegation], sent: Sentence,
                     marked: list[tuple[int, int]], actors: list[LocalActor],
                     mentions: _Mentions, venue: str | None, when: date | None) -> None:
    """ "He would send a delegation headed by Defence Minister X": with no party named, the
    delegation is the side of the person leading it."""
    for m in _UNMARKED_LED.finditer(sent.text):
        if any(a <= m.start("noun") < b for a, b in marked):
            continue
        at = sent.start + m.end()
        after = [x for x in _persons(sent, actors, mentions, sided=True) if x.start >= at]
        if not after or after[0].start - at > 3:
            continue
        leader = after[0]
        party = actors[leader.actor].side
        assert party is not None
        d = _delegation_for(by_party, party, sent.index, venue, when)
        if d.leader is None:
            d.leader = leader.actor
        _add_member(d, leader, actors)
        _people(d, sent, sent.start + m.start("noun"), actors, mentions)


_OWN = compile_filtered(r"\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?P<noun>"
                  + "|".join(re.escape(n) for n in OWN_DELEGATION_NOUNS) + r")\b")


def _own_delegation(by_party: dict[str, Delegation], sent: Sentence, sentences: list[Sentence],
                    actors: list[LocalActor], mentions: _Mentions, venue: str | None,
                    when: date | None) -> None:
    """ "Umerov told reporters. His delegation, he said, had ...": the delegation is the
    pronoun's referent's, and he leads it unless a lead frame names somebody else."""
    for m in _OWN.finditer(sent.text):
        at = sent.start + m.start()
        before = [x for x in _persons(sent, actors, mentions, sided=True) if x.end <= at]
        referent = _subject_before(before, sent.text, sent.start) if before else None
        if referent is None and sent.index > 0 and m.start() == 0:
            prev = _persons(sentences[sent.index - 1], actors, mentions)
            referent = prev[0] if prev and actors[prev[0].actor].side else None
        if referent is None:
            continue
        party = actors[referent.actor].side
        assert party is not None
        d = _delegation_for(by_party, party, sent.index, venue, when)
        _people(d, sent, sent.start + m.start("noun"), actors, mentions)
        if any(r.lower() in SENDER_ROLES for r in actors[referent.actor].roles):
            continue  # "President X ... his delegation": his country's, led by someone else
        if d.leader is None:
            d.leader = referent.actor
        if d.leader == referent.actor:
            _add_member(d, referent, actors)


_HEAD_OF = compile_filtered(
    r"\b(?i:" + "|".join(HEAD_NOUNS) + r")\s+of\s+(?:the\s+|its\s+|his\s+|her\s+)?"
    r"(?:(?P<party>[A-Z][\w.]*)\s+)?(?:delegation|negotiating\s+team)\b")
# what may stand between a person and the role that follows him ("X, head of", "X as head of")
_ROLE_AFTER = re.compile(r"(?:,|\b(?:" + "|".join(HEAD_LINKS) + r"))\s+(?:the\s+)?$")
_ROLE_BEFORE = re.compile(r"^[\s,:]*(?:(?:is|was|remains|remained|will\s+be)\s+)?$")


def _head_of_delegation(by_party: dict[str, Delegation], sent: Sentence,
                        actors: list[LocalActor], mentions: _Mentions, venue: str | None,
                        when: date | None) -> None:
    """ "X was confirmed as head of delegation", "The head of the delegation remains X": the
    person the role is said of leads his side's delegation."""
    for m in _HEAD_OF.finditer(sent.text):
        persons = _persons(sent, actors, mentions, sided=True)
        a, b = sent.start + m.start(), sent.start + m.end()
        after = [x for x in persons if x.start >= b
                 and _ROLE_BEFORE.match(sent.text[m.end() : x.start - sent.start])]
        before = [x for x in persons if x.end <= a] \
            if _ROLE_AFTER.search(sent.text[: m.start()]) else []
        head = after[0] if after else _subject_before(before, sent.text, sent.start)
        if head is None:
            continue
        side = actors[head.actor].side
        named = _party(m.group("party")) if m.group("party") else None
        if named is not None and named != side:
            continue
        assert side is not None
        d = _delegation_for(by_party, side, sent.index, venue, when)
        if d.leader is None:
            d.leader = head.actor
        if d.leader == head.actor:
            _add_member(d, head, actors)


_PERSON_LEADS = compile_filtered(
    r"\b(?:who\s+)?(?:led|leads|heads|headed|is\s+leading|was\s+leading|will\s+lead)\s+"
    r"(?:a|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<noun>delegation|team)\b")


def _person_at(sent: Sentence, start: int, end: int, actors: list[LocalActor],
               mentions: _Mentions) -> Mention | None:
    """The person with a known side named at sent.text[start:end], if any."""
    a, b = sent.start + start, sent.start + end
    for x in mentions.in_sentence(sent.index):
        if x.start < b and a < x.end and \
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
                   mentions: _Mentions, venue: str | None, when: date | None) -> None:
    """ "Umerov, Ukraine's defense minister, who led a delegation that included X": the
    party is the leader's side."""
    for m in _PERSON_LEADS.finditer(sent.text):
        at = sent.start + m.start()
        before = [x for x in mentions.in_sentence(sent.index) if x.end <= at
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
                     mentions: _Mentions, venue: str | None, when: date | None) -> None:
    """ "Russia's chief negotiator Vladimir Medinsky": a leader named by role alone."""
    for actor in actors:
        if actor.kind != "person" or actor.side is None:
            continue
        if not any(cue in r.lower() for r in actor.roles for cue in LEADER_ROLES):
            continue
        first = mentions.first.get(actor.key)
        if first is None:
            continue
        d = by_party.setdefault(actor.side, Delegation(party=actor.side, sentences=[],
                                                       venue=venue, date=when))
        if d.leader is None:
            d.leader = actor.key
            if first.sentence not in d.sentences:
                d.sentences.append(first.sentence)
        _add_member(d, first, actors)


_PRONOUN = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)
# "across the table sat X": the cue, then the verb placing the people it names
_OPPOSITE = re.compile(r"(?:" + "|".join(re.escape(c) for c in OPPOSITE_CUES)
                       + r")(?:\s+from\s+\w+)?,?\s+(?:" + "|".join(SEATING_VERBS)
                       + r"|were|was|are|is)\b")
# "Fomin sat next to him": the subject of the seating verb is the companion
_SEATED_BESIDE = re.compile(
    r"\b(?:" + "|".join(re.escape(v) for v in SEATING_VERBS) + r")\s+(?:\w+\s+)?(?:"
    + "|".join(re.escape(p) for p in SEATING_PREPOSITIONS) + r")\s+(?:him|her)\b")
_SEATING = re.compile(r"\b(?:sat|sit|sits|sitting|seated|next to|beside)\b")
_SAYS_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:" + "|".join(sorted(SAY_VERBS)) + r")\b")


def _companions(by_party: dict[str, Delegation], sentences: list[Sentence],
                actors: list[LocalActor], mentions: _Mentions, venue: str | None,
                when: date | None) -> None:
    """ "Alongside Medinsky sat X and Y", "He was accompanied by X", "Sitting next to him were
    X and Y": people beside a member join his delegation; "Across the table sat X and Y" puts
    them in the other party's. A seating phrase that names nobody ("Next to him sit people
    who ...") is followed by one sentence per member: the rest of its paragraph."""
    owner: dict[int, Delegation] = {m.actor: d for d in by_party.values() for m in d.members}
    lineups: dict[str, int] = {}  # party -> first person of a line-up seated across the table
    previous: list[int] = []
    for sent in sentences:
        low = sent.text.lower()
        here = _persons(sent, actors, mentions)
        opposite = _OPPOSITE.search(low)
        cues = [k for k in (low.find(c) for c in COMPANION_CUES) if k != -1]
        if opposite is None and not cues:
            if here:
                previous = [m.actor for m in here]
            continue
        cue_at = sent.start + (opposite.end() if opposite else min(cues))
        listed = [m for m in here if m.start > cue_at and m.actor not in owner]
        anchors = [m.actor for m in here if m.actor in owner]
        first = listed[0].start - sent.start if listed else len(sent.text)
        if not anchors and (opposite or _PRONOUN.search(sent.text[:first])):
            anchors = [a for a in previous if a in owner]
        if opposite is not None and anchors:
            d = _across(by_party, owner, anchors, listed, actors, sent.index, venue, when)
            if d is not None and listed and d.party not in lineups:
                lineups[d.party] = listed[0].actor
        elif anchors:
            d = owner[anchors[0]]
            seated = _SEATED_BESIDE.search(low)
            if seated is not None:
                listed = [m for m in here if m.end <= sent.start + seated.start()
                          and m.actor not in owner][-1:]
            elif not here and _SEATING.search(low):
                listed = _profiles(sent, sentences, actors, mentions)
            for m in listed:
                if m.actor not in owner and actors[m.actor].side in (None, d.party):
                    _add_member(d, m, actors)
                    owner[m.actor] = d
        if here:
            previous = [m.actor for m in here]
    for party, first_seated in lineups.items():  # a line-up is given head first
        if by_party[party].leader is None:
            by_party[party].leader = first_seated


def _across(by_party: dict[str, Delegation], owner: dict[int, Delegation], anchors: list[int],
            listed: list[Mention], actors: list[LocalActor], sentence: int, venue: str | None,
            when: date | None) -> Delegation | None:
    """The delegation of the people seated across the table: their own side when it is known,
    else the party facing the last one named."""
    sides = {actors[m.actor].side for m in listed if actors[m.actor].side}
    near = owner[anchors[0]].party if anchors else None
    if len(sides) > 1 or sides == {near}:
        return None  # people of several sides, or of the anchor's own: no line-up
    party = next(iter(sides), None)
    if party is None and near is not None:
        others = [p for p in by_party if p != near]
        party = others[0] if len(others) == 1 else None
    if party is None:
        return None
    d = _delegation_for(by_party, party, sentence, venue, when)
    for m in listed:
        if actors[m.actor].side in (None, party):
            _add_member(d, m, actors)
            owner[m.actor] = d
    return d


def _profiles(sent: Sentence, sentences: list[Sentence], actors: list[LocalActor],
              mentions: _Mentions) -> list[Mention]:
    """The person each later sentence of the paragraph introduces: named there first, and not
    only quoted."""
    found: list[Mention] = []
    for later in sentences[sent.index + 1 :]:
        if later.paragraph != sent.paragraph:
            break
        persons = _persons(later, actors, mentions)
        if not persons or _SAYS_AFTER.match(later.text[persons[0].end - later.start :]):
            continue
        first = mentions.first[persons[0].actor]
        if first.sentence == later.index:
            found.append(persons[0])
    return found


_ON_SIDE = compile_filtered(r"\b[Oo]n\s+the\s+(?P<party>[A-Z][\w.]*)\s+side\b")
_AT_TALKS = re.compile(r"\b(?:table|delegations?|" + "|".join(TALKS_NOUNS) + r")\b")
_NEAR_SIDE_WORDS = 6


def _on_the_side(by_party: dict[str, Delegation], sentences: list[Sentence],
                 actors: list[LocalActor], mentions: _Mentions) -> None:
    """ "X of the SBU on the Ukrainian side", "On the Russian side, X and Y took part": in a
    sentence about the talks, people placed on a party's side sit in its delegation."""
    for sent in sentences:
        if not _AT_TALKS.search(sent.text.lower()):
            continue
        for m in _ON_SIDE.finditer(sent.text):
            party = _party(m.group("party"))
            d = by_party.get(party) if party else None
            if d is None:
                continue
            persons = [x for x in _persons(sent, actors, mentions)
                       if actors[x.actor].side in (None, party)]
            if not sent.text[: m.start()].strip(" ,"):
                chosen = [x for x in persons if x.start >= sent.start + m.end()]
            else:
                before = [x for x in persons if x.end <= sent.start + m.start()][-1:]
                gap = sent.text[before[0].end - sent.start : m.start()] if before else ","
                chosen = before if "," not in gap and len(gap.split()) <= _NEAR_SIDE_WORDS \
                    else []
            for x in chosen:
                _add_member(d, x, actors)


_NEGOTIATOR = compile_filtered(
    r"(?P<party>[A-Z][\w.]*?)(?:['’]s)?\s+(?:(?:" + "|".join(MEMBER_NOUN_MODIFIERS) + r")\s+)?"
    r"(?:" + "|".join(MEMBER_NOUNS) + r")\b[\s,]*")


def _negotiators(by_party: dict[str, Delegation], sentences: list[Sentence],
                 actors: list[LocalActor], mentions: _Mentions) -> None:
    """ "Kyiv's negotiator, Serhiy Kyslytsya, said": a party's negotiator sits in its
    delegation; a heading naming nobody ("Kyiv's negotiator speaks") points at the person the
    next sentence opens with."""
    for sent in sentences:
        for m in _NEGOTIATOR.finditer(sent.text):
            party = _party(m.group("party"))
            d = by_party.get(party) if party else None
            if d is None:
                continue
            persons = _persons(sent, actors, mentions)
            named = [x for x in persons if x.start == sent.start + m.end()]
            if not persons and sent.index + 1 < len(sentences):
                nxt = sentences[sent.index + 1]
                named = [x for x in _persons(nxt, actors, mentions) if x.start == nxt.start]
            for x in named:
                if actors[x.actor].side in (None, party):
                    _add_member(d, x, actors)


def _people(d: Delegation, sent: Sentence, noun_at: int, actors: list[LocalActor],
            mentions: _Mentions) -> None:
    """Leader and members named in a delegation sentence."""
    low = sent.text.lower()
    persons = [m for m in mentions.in_sentence(sent.index)
               if actors[m.actor].kind == "person" and actors[m.actor].side in (None, d.party)]
    if not persons:
        return
    leader: Mention | None = None
    for verb, frame in _LEAD_FRAMES:
        found = frame.search(low)
        if found is None:
            continue
        at = sent.start + found.start()
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
