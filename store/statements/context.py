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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from datetime import date
from itertools import accumulate

from store.lexicon.places import DEMONYMS
from store.lexicon.speech import NOT_SPEAKER_LEADS, ORGANISATION_NOUNS, ROLE_SYNONYMS
from store.records import DateMention, LocalActor, Mention, Sentence, Statement
from store.statements.quote_marks import _find_quotes
from store.statements.words import _NOT_VERBS, _skip_apposition, _verb_follows

_ORG_NOUNS = "|".join(sorted((re.escape(n) for n in ORGANISATION_NOUNS), key=len, reverse=True))
# "the ministry said": an organisation named again by its head noun (not "the office of X")
_ORG_BACK = re.compile(r"\b[Tt]he\s+(?P<noun>" + _ORG_NOUNS + r")\b(?!\s+of\b|-)")
# "the SBU security service said": a descriptor right after an organisation's name
_ORG_TAIL = re.compile(r"\s+(?:" + _ORG_NOUNS + r")\b")
_ORG_NOUN_KEYS = sorted({n.lower() for n in ORGANISATION_NOUNS})


_LEAD_ARTICLE = re.compile(r"\s+(?:the|a|an)\s*$")
_NOT_SPEAKER_LEADS = tuple(NOT_SPEAKER_LEADS)


class _Context:
    """Lookups over one article's sentences and mentions.

    Every lookup is by offset, so each is answered by bisection over lists kept sorted by start
    (sentences, mentions, dates, quotes), never by a scan of the whole article: a frame asks
    them for every sentence, and a scan would make reading an article quadratic in its length.
    """

    def __init__(self, body: str, sentences: list[Sentence], actors: list[LocalActor],
                 mentions: list[Mention], dates: list[DateMention]) -> None:
        self.body = body
        self.sentences = sentences
        self._sentence_ends = [s.end for s in sentences]
        self.actors = actors
        self.dates = sorted(dates, key=lambda d: d.start)
        self._date_starts = [d.start for d in self.dates]
        self._date_reach = list(accumulate((d.end for d in self.dates), max))
        self.spoke: dict[int, int] = {}  # sentence index -> speaker of reported speech in it
        self.quoted = sorted((q.open_at, q.close_at) for q in _find_quotes(body))
        self.quote_opens = [a for a, _ in self.quoted]
        self._quote_reach = list(accumulate((b for _, b in self.quoted), max))
        self.named_after: set[int] = set()  # quotes whose speaker is named after them
        self._nouns_of: dict[int, list[str]] = {}  # organisation key -> nouns in its names
        self.mentions = self._with_organisations(sorted(mentions, key=lambda m: m.start))
        self._mention_starts = [m.start for m in self.mentions]
        self._in_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self._in_sentence.setdefault(m.sentence, []).append(m)
        # persons (with a role, of a side) in mention order, with their starts: built on demand
        self._persons: dict[object, tuple[list[Mention], list[int]]] = {}
        self._led: dict[int, bool] = {}  # mention start -> _led_away
        self._speakers: dict[tuple[int, int], list[Mention]] = {}  # speakers_between's answers
        self.segments: dict[int, list[Sentence]] = {}  # sentence index -> its clauses
        self.first_frames: dict[object, Statement | None] = {}  # _speaker_first's answers
        # last_person_before answers given while a clause is read (None: not logging), and
        # each clause's reading with the answers it rested on (store.statements.frames)
        self.asked: list[tuple[int, str | None, int | None]] | None = None
        self.readings: dict[object, tuple[Statement | None,
                                          list[tuple[int, str | None, int | None]]]] = {}
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
        starts = [m.start for m in out]  # `out` stays sorted by start: only ends were stretched
        reach = list(accumulate((m.end for m in out), max))
        by_end = sorted(range(len(out)), key=lambda i: out[i].end)
        done = 0  # mentions by_end[:done] end before the current hit
        latest: dict[str, int] = {}  # noun -> index in `out` of the latest such mention done
        latest_added: dict[str, int] = {}  # noun -> actor of the latest "the <noun>" added
        added: list[Mention] = []
        for hit in _ORG_BACK.finditer(self.body):
            k = bisect_left(starts, hit.end())
            if k and reach[k - 1] > hit.start():
                continue  # inside a name already found
            while done < len(by_end) and out[by_end[done]].end <= hit.start():
                i = by_end[done]
                for noun in self._org_nouns(out[i].actor):
                    latest[noun] = max(latest.get(noun, -1), i)
                done += 1
            # the latest organisation named with that noun; one "the <noun>" added before
            # counts as named later than every name found by the actor extractor
            noun = hit.group("noun").lower()
            actor = latest_added.get(noun)
            if actor is None and noun in latest:
                actor = out[latest[noun]].actor
            if actor is not None:
                sent = self.sentence_at(hit.start())
                added.append(Mention(actor, sent.index, hit.start(), hit.end(), hit.group()))
                for other in self._org_nouns(actor):
                    latest_added[other] = actor
        return sorted(out + added, key=lambda m: m.start)

    def _org_nouns(self, key: int) -> list[str]:
        """The organisation nouns ("ministry") an organisation's names contain."""
        if key not in self._nouns_of:
            actor = self.actors[key]
            names = [name.lower() for name in (actor.name, *actor.aliases)]
            self._nouns_of[key] = [] if actor.kind != "organisation" else [
                noun for noun in _ORG_NOUN_KEYS if any(noun in name for name in names)]
        return self._nouns_of[key]

    def in_quote(self, offset: int) -> bool:
        k = bisect_right(self.quote_opens, offset)  # quotes opened at or before the offset
        return k > 0 and self._quote_reach[k - 1] > offset

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding the offset, else the next one, else the last."""
        k = bisect_right(self._sentence_ends, offset)
        return self.sentences[k] if k < len(self.sentences) else self.sentences[-1]

    def in_sentence(self, index: int) -> list[Mention]:
        """The mentions of one sentence, in order."""
        return self._in_sentence.get(index, [])

    def dates_from(self, start: int, last: int) -> Iterator[DateMention]:
        """The dates starting at offsets start..last (both included), in order."""
        for k in range(bisect_left(self._date_starts, start), len(self.dates)):
            if self.dates[k].start > last:
                return
            yield self.dates[k]

    def dates_reaching(self, offset: int) -> Iterator[DateMention]:
        """The dates in order from the first that may end after `offset` (earlier ones all end
        at or before it)."""
        for k in range(bisect_right(self._date_reach, offset), len(self.dates)):
            yield self.dates[k]

    def speakers_between(self, start: int, end: int) -> list[Mention]:
        """Who may speak in [start, end): not somebody named inside quote marks, nor the "X"
        of "a source close to X". Memoised (callers only read the list): every frame of both
        readings of the article asks about the same stretches."""
        found = self._speakers.get((start, end))
        if found is None:
            found = self._speakers[(start, end)] = self._speakers_between(start, end)
        return found

    def _speakers_between(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self._mention_starts, start)
        hi = bisect_right(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end
                and self.actors[m.actor].kind in ("person", "organisation", "state")
                and m.actor not in self.outlets
                and not self.in_quote(m.start) and not self._led_away(m)]

    def _persons_where(self, key: object, fits: Callable[[LocalActor], bool]
                       ) -> tuple[list[Mention], list[int]]:
        """The mentions of persons that fit (cached under `key`), and their starts."""
        found = self._persons.get(key)
        if found is None:
            ms = [m for m in self.mentions if self.actors[m.actor].kind == "person"
                  and fits(self.actors[m.actor])]
            found = self._persons[key] = (ms, [m.start for m in ms])
        return found

    @staticmethod
    def _latest_before(found: tuple[list[Mention], list[int]], offset: int) -> Mention | None:
        """The last of the mentions (in order) that ends at or before `offset`."""
        ms, starts = found
        k = bisect_right(starts, offset) - 1  # later ones start, so end, after the offset
        while k >= 0 and ms[k].end > offset:
            k -= 1
        return ms[k] if k >= 0 else None

    def _led_away(self, m: Mention) -> bool:
        """Whether a lead such as "a source close to" comes before the mention (memoised by
        offset: every frame asks again about the same mentions)."""
        led = self._led.get(m.start)
        if led is None:
            lead = self.body[max(0, m.start - 24) : m.start].lower()
            lead = _LEAD_ARTICLE.sub(" ", lead).rstrip()
            led = self._led[m.start] = lead.endswith(_NOT_SPEAKER_LEADS)
        return led

    def last_person_before(self, offset: int, role: str | None = None) -> int | None:
        """Who "he" or "the minister" points back to (see _last_person_before); each answer is
        logged while a frame is read, for reusing that reading (store.statements.frames)."""
        who = self._last_person_before(offset, role)
        if self.asked is not None:
            self.asked.append((offset, role, who))
        return who

    def _last_person_before(self, offset: int, role: str | None = None) -> int | None:
        """Who "he" or "the minister" points back to.

        The latest sentence naming a fitting person decides; in it, a person followed by a
        speech verb wins, else the first one named (usually the subject): "Medinsky, an aide to
        President Putin, said ... He added" and "Witkoff sounded upbeat. 'I ...,' he said."
        """
        here = self.sentence_at(max(offset - 1, 0)).index
        for back in range(3):  # somebody just spoke: "He added that X. '...,' he said."
            who = self.spoke.get(here - back)
            if who is not None and self.actors[who].kind == "person" and role is None:
                if any(m.end <= offset and m.actor != who
                       and self.actors[m.actor].kind == "person"
                       for i in range(here - back + 1, here + 1) for m in self.in_sentence(i)):
                    break  # somebody new was named since: "Another Dmitry ... On July 15 he"
                return who

        def fits(actor: LocalActor) -> bool:
            return role is None or any(role in r.lower() for r in actor.roles)

        last = self._latest_before(self._persons_where(("role", role), fits), offset)
        if last is None:
            return None
        in_sentence = [m for m in self.in_sentence(last.sentence) if m.end <= offset
                       and self.actors[m.actor].kind == "person" and fits(self.actors[m.actor])]
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
            below = self.in_sentence(sent.index + 1) + self.in_sentence(sent.index + 2)
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
        named = self._latest_before(self._persons_where(("names", names, side), lambda a: any(
            n in r.lower() for n in names for r in a.roles) and (side is None or a.side == side)),
            offset)
        if named is not None:
            return named.actor
        if side is None:
            return None
        # "the Ukrainian president": at least a Ukrainian
        same_side = self._latest_before(self._persons_where(("side", side),
                                                            lambda a: a.side == side), offset)
        return same_side.actor if same_side is not None else None

    def date_between(self, start: int, end: int) -> date | None:
        for d in self.dates_from(start, end):
            if d.end <= end and d.precision == "day":
                return d.value
        return None


def _is_headline(sent: Sentence) -> bool:
    """A line of its own without a final stop: a headline or a live-blog entry title."""
    return not sent.text.rstrip().endswith((".", "!", "?", "\"", "”", ":"))
