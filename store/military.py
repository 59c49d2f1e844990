"""Military context: attacks, strikes, losses and mobilisation facts reported in an article.

Pure and rule-based. A trigger (an event noun such as "attack", or a verb such as "shelled") in a
clause that reports a fact - not a demand, a denial or a hypothetical - makes one event. Its
actor is the agent: the subject of the verb, "by X", a possessive, a demonym, or the subject of
the verb launching the noun ("the SBU launched a drone attack"). Its numbers are the clause's
quantities tied to a unit noun, a percentage or a casualty word, so dates, "30-day" and decree
numbers never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from store.demands import (
    Placed,
    can_be_subject,
    demand_spans,
    parenthetical_spans,
    phrase_alt,
    place_mentions,
)
from store.lexicon import military as lex
from store.records import DateMention, LocalActor, Mention, MilitaryEvent, Sentence

_WORD = re.compile(r"[\w'’-]+")


def _rx(words: Iterable[str]) -> str:
    """Whole-word alternation of lexicon phrases."""
    return rf"(?<![\w'’-])(?:{phrase_alt(words)})(?![\w-])"


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


_NOUN_RX = re.compile(_rx([*lex.EVENT_NOUNS, *lex.WEAK_EVENT_NOUNS]), re.IGNORECASE)
_VERB_RX = re.compile(_rx([*lex.AGENT_VERBS, *lex.WEAK_AGENT_VERBS, *lex.VICTIM_VERBS]),
                      re.IGNORECASE)
_WEAK_NOUNS = _lower(lex.WEAK_EVENT_NOUNS)
_WEAK_VERBS = _lower(lex.WEAK_AGENT_VERBS)
_STRONG_VERBS = _lower(lex.AGENT_VERBS)
_VICTIM = _lower(lex.VICTIM_VERBS)
_ADJECTIVAL = _lower(lex.ADJECTIVAL_PARTICIPLES)
_CATEGORY_NOUNS = _lower(lex.CATEGORY_NOUNS)
_UNITS = _lower(lex.UNITS)
_CONTEXT_RX = re.compile(_rx(lex.MILITARY_CONTEXT), re.IGNORECASE)
_LAUNCH_RX = re.compile(_rx(lex.LAUNCH_VERBS) + r"\s+$", re.IGNORECASE)
_NON_MILITARY_OBJECT_RX = re.compile(rf"\s+(?:{phrase_alt(lex.NON_MILITARY_OBJECTS)})\b",
                                     re.IGNORECASE)
_HYPOTHETICAL = _lower(lex.HYPOTHETICAL)
_SUPPRESSORS = _lower(w for p in lex.SUPPRESSORS for w in p.split())
_NON_MILITARY_MODIFIERS = _lower(lex.NON_MILITARY_MODIFIERS)
_ED_MODIFIERS = _lower(lex.EVENT_NOUN_MODIFIERS_ED)
_DETERMINERS = _lower(lex.DETERMINERS)
_PREPOSITIONS = _lower(lex.PREPOSITIONS)
_SPEECH = _lower(lex.SPEECH)
_VERBISH = _lower([*lex.LAUNCH_VERBS, *lex.AGENT_VERBS, *lex.WEAK_AGENT_VERBS, *lex.SPEECH])
_PASSIVE = _lower(lex.PASSIVE_AUX)
_NON_DATED_RX = re.compile(_rx(lex.NON_DATED), re.IGNORECASE)
_DATE_BOUNDS = _lower(lex.DATE_BOUNDS)
_DEMONYM_RX = re.compile(_rx(lex.DEMONYMS))  # case-sensitive: "US" is a demonym, "us" is not
_CLAUSE_RX = re.compile(
    rf";|,\s+(?:{phrase_alt(lex.CLAUSE_SPLITS)})\s+|\s(?:{phrase_alt(lex.BARE_CLAUSE_SPLITS)})\s",
    re.IGNORECASE,
)
_TEXT_END_RX = re.compile(
    rf",(?!\d)|[;:()\"“”]|\s[—–-]\s|\.(?:\s|$)|\s(?:{phrase_alt(lex.TEXT_BREAKERS)})\s",
    re.IGNORECASE,
)
_PP_RX = re.compile(
    rf"\s+(?:{phrase_alt(lex.EVENT_PREPOSITIONS)})\s+[^,;:()\"“”]{{1,80}}", re.IGNORECASE
)
_PP_CUT_RX = re.compile(rf"\s(?:{phrase_alt(lex.PHRASE_BREAKERS)})\b|\.(?:\s|$)", re.IGNORECASE)
_HEAD_DETERMINERS_RX = re.compile(
    rf"(?:\b(?:{phrase_alt(lex.LAUNCH_OBJECT_WORDS)})\s+){{0,2}}$", re.IGNORECASE
)
_PRONOUNS = lex.PRONOUNS
_POSSESSIVE_PRONOUNS = frozenset(w for w in lex.POSSESSIVE_PRONOUNS)


# --- quantities -------------------------------------------------------------------------------

_NUM_WORD = phrase_alt(lex.NUMBER_WORDS)
_MAG = phrase_alt(lex.MAGNITUDES)
_NUM = (
    rf"(?:(?<![\w.,/:-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
    rf"|(?<![\w'’-])(?:{_NUM_WORD})(?:[\s-]+(?:{_NUM_WORD}))?)"
    rf"(?:\s+(?:{_MAG}))?(?![\w/:]|[.,]\d|-\w)"
)
_GAP = (rf"(?:\s+(?!(?:{phrase_alt(lex.NUMBER_GAP_STOPS)})\b)(?!(?:{phrase_alt(lex.UNITS)})\b)"
        rf"[A-Za-z][\w'’-]*){{0,{lex.MAX_UNIT_GAP}}}?")
_UNIT = rf"(?:{phrase_alt(lex.UNITS)})(?![\w-])"
_UNIT_RX = re.compile(rf"(?<![\w-]){_UNIT}", re.IGNORECASE)
_QUANTITY_RXS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("percent", re.compile(
        rf"(?P<num>{_NUM})(?:\s*%|\s+(?:{phrase_alt(lex.PERCENT_WORDS)})\b)", re.IGNORECASE)),
    ("unit", re.compile(
        rf"(?P<num>{_NUM})(?:\s+of(?:\s+(?:{phrase_alt(lex.PARTITIVE_WORDS)}))?)?{_GAP}"
        rf"\s+(?:{_UNIT}\s+)?(?P<unit>{_UNIT})", re.IGNORECASE)),
    ("vague", re.compile(
        rf"(?<![\w-])(?P<num>{phrase_alt(lex.VAGUE_COUNTS)})\s+of{_GAP}\s+(?P<unit>{_UNIT})",
        re.IGNORECASE)),
    ("casualty", re.compile(
        rf"(?P<num>{_NUM})\s+(?:(?:{phrase_alt(lex.CASUALTY_AUX)})\s+)?"
        rf"(?P<unit>{phrase_alt(lex.CASUALTY_WORDS)})\b", re.IGNORECASE)),
    ("casualty_after", re.compile(
        rf"\b(?P<unit>{phrase_alt(lex.CASUALTY_VERBS_ING)})\s+"
        rf"(?:(?:{phrase_alt(lex.APPROXIMATORS)})\s+)?(?P<num>{_NUM})(?!{_GAP}\s+{_UNIT})",
        re.IGNORECASE)),
)
_ING_TO_ED = lex.CASUALTY_ING_TO_ED
_BLOCKERS = _lower(lex.NUMBER_BLOCKERS)


@dataclass(frozen=True, slots=True)
class _Quantity:
    start: int
    end: int
    text: str


def _quantity_text(kind: str, m: re.Match[str]) -> str:
    num = " ".join(m.group("num").split())
    if kind == "percent":
        return " ".join(m.group().split())
    unit = " ".join(m.group("unit").split())
    if kind == "vague":
        return f"{num} of {unit}"
    if kind == "casualty_after":
        return f"{num} {_ING_TO_ED.get(unit.lower(), unit.lower())}"
    return f"{num} {unit}"


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Military quantities in `text[start:end]`, as written minus adjectives ("41 bombers")."""
    return [q.text for q in _quantities(text, start, len(text) if end is None else end)]


def _quantities(text: str, start: int, end: int) -> list[_Quantity]:
    found: list[_Quantity] = []
    for kind, rx in _QUANTITY_RXS:
        for m in rx.finditer(text, start, end):
            s = m.start("num")
            prev = [w.lower() for w in _WORD.findall(text[max(0, s - 20):s])][-1:]
            if prev and prev[0].rstrip(".") in _BLOCKERS | {"no"}:
                continue
            if any(q.start < m.end() and m.start() < q.end for q in found):
                continue
            if m.group("num").lower() == "one" and text.startswith(" of", m.end("num")):
                continue  # "one of the most daring attacks" counts nothing
            found.append(_Quantity(m.start(), m.end(), _quantity_text(kind, m)))
    return sorted(found, key=lambda q: q.start)


# --- triggers ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Trigger:
    """A word that may report an event: an event noun or an agent/victim verb."""

    noun: bool
    start: int
    end: int
    weak: bool
    victim: bool


@dataclass(slots=True)
class _Draft:
    """An event being built from one trigger; the best trigger of a clause wins."""

    start: int
    actor: LocalActor | None
    text: str
    numbers: list[str]
    noun: bool
    weak: bool


def _prev_words(text: str, pos: int, n: int = 1) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, pos - 120):pos])][-n:]


def _next_words(text: str, pos: int, n: int = 1) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[pos:pos + 120])][:n]


def _triggers(text: str, start: int, end: int) -> list[_Trigger]:
    """Event nouns and verbs in clause, minus "attack drones", "verbal attack", "strike a deal"."""
    out = []
    for m in _NOUN_RX.finditer(text, start, end):
        nxt = _next_words(text, m.end())
        if (nxt and nxt[0] in _UNITS) or (
                set(_prev_words(text, m.start())) & _NON_MILITARY_MODIFIERS):
            continue
        if _NON_MILITARY_OBJECT_RX.match(text, m.end()):
            continue
        weak = " ".join(m.group().lower().split()) in _WEAK_NOUNS
        out.append(_Trigger(True, m.start(), m.end(), weak, False))
    for m in _VERB_RX.finditer(text, start, end):
        word = " ".join(m.group().lower().split())
        if _NON_MILITARY_OBJECT_RX.match(text, m.end()) or any(
                t.start <= m.start() < t.end for t in out):
            continue
        nxt = _next_words(text, m.end(), 2)
        if word in _ADJECTIVAL and nxt and (nxt[0] in _CATEGORY_NOUNS or nxt[0] in ("and", "or")):
            continue  # "wounded and seriously ill prisoners": who is exchanged, not an event
        weak = word in _WEAK_VERBS and word not in _STRONG_VERBS
        out.append(_Trigger(False, m.start(), m.end(), weak, word in _VICTIM))
    return sorted(out, key=lambda t: t.start)


_PUNCT_RX = re.compile(r",(?!\d)|[;:]")  # clause punctuation, not the comma of "1,000"
_IDENTIFIER_RX = re.compile(rf"\b{re.escape(lex.NUMBER_SIGN)}\s*\d[\d/]*", re.IGNORECASE)


def _not_a_fact(text: str, t: _Trigger, np_start: int, clause_start: int,
                blocked: Sequence[tuple[int, int]]) -> bool:
    """Hypothetical, denied, halted or demanded: the trigger reports no event."""
    if any(a <= t.start < b for a, b in blocked):
        return True
    scope_start = max([clause_start, *(m.end() for m in _PUNCT_RX.finditer(text, 0, np_start))])
    scope_text = _IDENTIFIER_RX.sub(" ", text[scope_start:np_start])  # "No. 456" is no negation
    scope = [w.lower() for w in _WORD.findall(scope_text)]
    if set(scope) & _HYPOTHETICAL or any(w.endswith("n't") for w in scope):
        return True
    return bool(set(_prev_words(text, np_start, lex.SUPPRESSOR_WINDOW)) & _SUPPRESSORS)


# --- text and actor -------------------------------------------------------------------------------


def _np_start(text: str, pos: int) -> int:
    """Start of the modifiers before an event noun ("a [mass drone] attack")."""
    start, count = pos, 0
    for m in reversed(list(_WORD.finditer(text, max(0, pos - 100), pos))):
        if text[m.end():start].strip() or count >= lex.MAX_MODIFIERS:
            break
        w = m.group().lower()
        if (w in _DETERMINERS or w.endswith(("'s", "’s")) or w in _VERBISH or w in _PREPOSITIONS
                or w in _HYPOTHETICAL or w[0].isdigit()
                or (w.endswith("ed") and w not in _ED_MODIFIERS)):
            break
        start, count = m.start(), count + 1
    while (m := re.compile(r"and\s+", re.IGNORECASE).match(text, start)) and start < pos:
        start = m.end()
    return start


def _cut(text: str, start: int, end: int) -> str:
    """Words of text[start:end] up to the first clause punctuation, at most MAX_TEXT_WORDS."""
    if m := _TEXT_END_RX.search(text, start, end):
        end = m.start()
    words = text[start:end].split()[:lex.MAX_TEXT_WORDS]
    return " ".join(words).strip(" .,;:!?\"“”'’")


def _noun_text(text: str, np_start: int, t: _Trigger, end: int) -> str:
    stop = t.end
    if m := _PP_RX.match(text, t.end, end):
        cut = _PP_CUT_RX.search(text, m.start() + 1, m.end())
        stop = cut.start() if cut else m.end()
    return _cut(text, np_start, stop)


_KIND_RANK = {"organisation": 0, "person": 1, "other": 2, "state": 3}


def _specific(text: str, spans: Sequence[Placed], p: Placed) -> LocalActor:
    """The most specific actor of one phrase: the SBU rather than Ukraine in "Security Service
    of Ukraine (SBU)"."""
    same = [q for q in spans
            if (q.start < p.end and p.start < q.end)
            or (q.end <= p.start and re.fullmatch(r"[\s()]*", text[q.end:p.start]))
            or (p.end <= q.start and re.fullmatch(r"[\s()]*", text[p.end:q.start]))]
    return min(same or [p], key=lambda q: _KIND_RANK.get(q.actor.kind, 9)).actor


@dataclass(slots=True)
class _Ctx:
    """One sentence being read, with the article's state actors by name."""

    text: str
    spans: list[Placed]
    states: dict[str, LocalActor]


def _pronoun_actor(ctx: _Ctx, word: str, pos: int) -> LocalActor | None:
    wanted = _PRONOUNS[word]
    for p in reversed([p for p in ctx.spans if p.end <= pos]):
        if (p.actor.kind == "person") == (wanted == "person"):
            return p.actor
    return None


def _demonym_actor(ctx: _Ctx, fragment: str) -> LocalActor | None:
    """State actor named by the last demonym in a fragment ("Russian strikes")."""
    found = [" ".join(m.group().split()) for m in _DEMONYM_RX.finditer(fragment)]
    return ctx.states.get(lex.DEMONYMS[found[-1]]) if found else None


_BY_RX = re.compile(r"\s+by\s+(?:the\s+|an?\s+)?", re.IGNORECASE)


def _by_actor(ctx: _Ctx, pos: int) -> LocalActor | None:
    """Agent of a "by" phrase: a mention ("by Ukrainian forces") or a demonym ("by a Russian
    missile")."""
    p = next((p for p in ctx.spans if p.start == pos), None)
    if p is not None:
        return _specific(ctx.text, ctx.spans, p)
    first = re.compile(r"\S+(?:\s+\S+)?").match(ctx.text, pos)  # "by a Russian missile"
    return _demonym_actor(ctx, first.group()) if first else None


def _subject_actor(ctx: _Ctx, pos: int, clause_start: int) -> LocalActor | None:
    """Agent of a verb at `pos`: the last mention (or pronoun) before it in the clause."""
    text = ctx.text
    cands = [p for p in ctx.spans if clause_start <= p.start and p.end <= pos
             and can_be_subject(text, p)]
    tail = cands[-1].end if cands else clause_start
    pronouns = [m for m in _WORD.finditer(text, tail, pos) if m.group().lower() in _PRONOUNS]
    if pronouns:
        return _pronoun_actor(ctx, pronouns[-1].group().lower(), pronouns[-1].start())
    if not cands:
        return _demonym_actor(ctx, " ".join(_WORD.findall(text[clause_start:pos])[-3:]))
    last = cands[-1]
    if {w.lower() for w in _WORD.findall(text[last.end:pos])} & _SPEECH:
        return None  # "Zelensky said 40 drones hit Kyiv": the speaker is not the agent
    return _specific(text, ctx.spans, last)


def _noun_actor(ctx: _Ctx, t: _Trigger, np_start: int, clause_start: int) -> LocalActor | None:
    """Agent of an event noun: inside its phrase, possessive, demonym, "by X", or launcher."""
    text, spans = ctx.text, ctx.spans
    inside = [p for p in spans if np_start <= p.start and p.end <= t.start]
    if inside:
        return _specific(text, spans, inside[-1])
    for p in reversed(spans):
        if p.end <= np_start and re.fullmatch(r"['’]s?\s+", text[p.end:np_start]):
            return _specific(text, spans, p)
    if set(_prev_words(text, np_start)) & _POSSESSIVE_PRONOUNS:
        return _pronoun_actor(ctx, "it", np_start)
    if actor := _demonym_actor(ctx, text[np_start:t.start]):
        return actor
    if (m := _BY_RX.match(text, t.end)) and (actor := _by_actor(ctx, m.end())):
        return actor
    if (g := _launched(text, np_start)) is not None:  # "the SBU launched a [mass drone] attack"
        return _subject_actor(ctx, g, clause_start)
    return None


def _launched(text: str, np_start: int) -> int | None:
    """Position of the verb launching an event noun phrase ("launched a [...] attack")."""
    window = max(0, np_start - 60)
    head = _HEAD_DETERMINERS_RX.sub("", text[window:np_start])
    g = _LAUNCH_RX.search(head)
    return window + g.start() if g else None


def _verb_draft(ctx: _Ctx, t: _Trigger, clause_start: int, clause_end: int) -> _Draft:
    text = ctx.text
    prev = _prev_words(text, t.start, 2)
    passive = not text[t.start:t.end].lower().endswith("ing") and bool(prev) and (
        prev[-1] in _PASSIVE or (len(prev) == 2 and prev[0] in _PASSIVE and prev[1].endswith("ly")))
    actor = None
    if m := _BY_RX.match(text, t.end):
        actor = _by_actor(ctx, m.end())
    elif not passive and not t.victim:
        actor = _subject_actor(ctx, t.start, clause_start)
    start = t.start
    if passive or t.victim:  # the sufferer is part of the fact: "12 civilians were killed"
        start = max([clause_start, *(m.end() for m in _PUNCT_RX.finditer(text, 0, t.start))])
        speech = [m for m in _WORD.finditer(text, start, t.start) if m.group().lower() in _SPEECH]
        if speech:
            start = speech[-1].end()
        start = _skip_that(text, start)
    return _Draft(t.start, actor, _cut(text, start, clause_end), [], False, t.weak)


def _skip_that(text: str, pos: int) -> int:
    m = re.compile(r"\s*(?:that\s+)?", re.IGNORECASE).match(text, pos)
    return m.end() if m else pos


def _clauses(text: str) -> list[tuple[int, int]]:
    """Independent clauses of a sentence; each may report its own event."""
    bounds, start = [], 0
    for m in _CLAUSE_RX.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if b > a]


def _preference(d: _Draft) -> tuple[bool, ...]:
    """Rank a clause's drafts: an agent, a strong trigger, weapons in the text, a phrase."""
    armed = bool(_CONTEXT_RX.search(d.text) or _UNIT_RX.search(d.text))
    return (d.actor is not None, not d.weak, armed, d.noun and " " in d.text, " " in d.text)


def _clause_draft(ctx: _Ctx, start: int, end: int, blocked: Sequence[tuple[int, int]],
                  context: bool) -> _Draft | None:
    text = ctx.text
    drafts = []
    for t in _triggers(text, start, end):
        np_start = _np_start(text, t.start) if t.noun else t.start
        if t.weak and not context and not (t.noun and _launched(text, np_start)):
            continue
        if _not_a_fact(text, t, np_start, start, blocked):
            continue
        if t.noun:
            actor = _noun_actor(ctx, t, np_start, start)
            drafts.append(_Draft(t.start, actor, _noun_text(text, np_start, t, end), [], True,
                                 t.weak))
        else:
            drafts.append(_verb_draft(ctx, t, start, end))
    # a bare "the attack" with no agent and no numbers only refers back to an event
    drafts = [d for d in drafts if d.text and (" " in d.text or d.actor is not None
                                               or _quantities(text, start, end))]
    if not drafts:
        return None
    best = max(drafts, key=_preference)
    best.numbers = [q.text for q in _quantities(text, start, end)
                    if not any(a <= q.start < b for a, b in blocked)]
    return best


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Fold a clause with no new agent into the sentence's previous event (one incident)."""
    out: list[_Draft] = []
    for d in drafts:
        if out and (d.actor is None or d.actor is out[-1].actor):
            out[-1].numbers += [n for n in d.numbers if n not in out[-1].numbers]
        else:
            out.append(d)
    return out


def _event_date(sentence: Sentence, dates: Iterable[DateMention], published: date | None
                ) -> date | None:
    """Date written in the sentence (not a "since" bound), else None for open-ended periods,
    else the publication date."""
    aside = parenthetical_spans(sentence.text)
    for d in sorted(dates, key=lambda d: d.start):
        at = d.start - sentence.start
        if 0 <= at < len(sentence.text) and not any(a <= at < b for a, b in aside):
            prev = _prev_words(sentence.text, at)
            if not (prev and prev[0] in _DATE_BOUNDS) and not d.text.lower().startswith(
                    tuple(_DATE_BOUNDS)):
                return d.value
    if _NON_DATED_RX.search(sentence.text):
        return None
    return published


def extract_military(
    sentences: list[Sentence],
    actors: list[LocalActor],
    mentions: list[Mention],
    dates: list[DateMention],
    published: date | None,
) -> list[MilitaryEvent]:
    """Every military fact reported in an article: attacks, strikes, losses, mobilisation."""
    states = {}
    for a in actors:
        if a.kind == "state":
            states.setdefault(a.name, a)
    out = []
    for s in sentences:
        ctx = _Ctx(s.text, place_mentions(s, mentions, actors), states)
        blocked = demand_spans(s.text, ctx.spans)
        context = (bool(_CONTEXT_RX.search(s.text)) or bool(_quantities(s.text, 0, len(s.text)))
                   or any(not t.weak for t in _triggers(s.text, 0, len(s.text))))
        drafts = [d for a, b in _clauses(s.text)
                  if (d := _clause_draft(ctx, a, b, blocked, context))]
        merged = _merge(drafts)
        if not merged:
            continue
        when = _event_date(s, dates, published)
        out += [MilitaryEvent(s.index, d.actor.key if d.actor else None, d.text,
                              tuple(d.numbers), when) for d in merged]
    return out
