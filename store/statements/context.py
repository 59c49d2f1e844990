"""The reading context: one article's sentences, mentions and dates, and who they point at.

Every frame asks the same questions of the article - who may speak between two offsets, is an
offset inside quote marks, who "he" or "the Ukrainian president" points back to, which date is
written nearby - so _Context answers them for the whole article. It also adds the mentions that
attributions need and the actor extractor does not give ("the ministry" for the latest ministry
named, "SBU" stretched over "SBU security service"), and keeps the agency publishing the article
("..., Ukrinform reports.") from ever being a speaker in its own story.
"""

from __future__ import annotations

import re
from datetime import date

from store.lexicon.places import DEMONYMS
from store.lexicon.speech import NOT_SPEAKER_LEADS, ORGANISATION_NOUNS, ROLE_SYNONYMS
from store.records import DateMention, LocalActor, Mention, Sentence
from store.statements.quote_marks import _find_quotes
from store.statements.words import _NOT_VERBS, _skip_apposition, _verb_follows

_ORG_NOUNS = "|".join(sorted((re.escape(n) for n in ORGANISATION_NOUNS), key=len, reverse=True))
# "the ministry said": an organisation named again by its head noun (not "the office of X")
_ORG_BACK = re.compile(r"\b[Tt]he\s+(?P<noun>" + _ORG_NOUNS + r")\b(?!\s+of\b|-)")
# "the SBU security service said": a descriptor right after an organisation's name
_ORG_TAIL = re.compile(r"\s+(?:" + _ORG_NOUNS + r")\b")


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
