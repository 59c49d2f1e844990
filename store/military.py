"""Military context: attacks, strikes, losses and mobilisation facts reported in an article.

Pure and rule-based. A trigger (an event noun such as "attack", a verb such as "shelled", or any
past-tense verb after a weapon: "drones disrupted") in a clause that reports a fact - not a
demand, a denial or a hypothetical - makes one event. Clauses are split at conjunctions, at a
second verb phrase of the same subject ("captured two villages and downed 49 drones") and at a
count of part ("110 drones, of which 65 were shot down"); a clause with no new agent folds into
the one before unless it is another kind of event (a defence, ground taken) or another day's.
Its actor is the agent: the subject of the
verb, "by X", a possessive, a demonym, or the subject of the verb launching the noun ("the SBU
launched a drone attack"); a ministry stands for its state. When the sentence names no agent it
is deduced: the enemy of the side that was hit ("41 Russian aircraft were hit"), the enemy of
who repelled it, the reporting body for "the operation", else the agent of the paragraph's
previous event (its enemy for a defence: "Air defence downed 39"). Its numbers are the clause's
quantities tied to a unit noun, a percentage or a casualty word ("12 people were killed" counts
"12 killed"), so dates, "30-day" and decree numbers never count. Its date is the one written in
its clause (not a "since" bound), else the paragraph's, else the publication date. A
numberless reference to an incident told next to it ("asked about Sunday's strikes") folds into
that report, and a headline's event into the story told below it; one with neither agent,
number nor date of its own is dropped, and so is a numberless present tense with no date
("as Russia pounds Ukrainian cities").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from store.demands import (
    Placed,
    can_be_subject,
    demand_spans,
    parenthetical_spans,
    phrase_alt,
    place_mentions,
    side_of,
    verb_follows,
    whole_words,
)
from store.lexicon import military as lex
from store.records import DateMention, LocalActor, Mention, MilitaryEvent, Sentence

_WORD = re.compile(r"[\w'’-]+")


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


_NOUN_RX = re.compile(whole_words([*lex.EVENT_NOUNS, *lex.WEAK_EVENT_NOUNS]), re.IGNORECASE)
_VERB_RX = re.compile(whole_words([*lex.AGENT_VERBS, *lex.WEAK_AGENT_VERBS, *lex.VICTIM_VERBS]),
                      re.IGNORECASE)
_WEAK_NOUNS = _lower(lex.WEAK_EVENT_NOUNS)
# verb forms that can open a second verb phrase after "and": not a noun ("attacks and strikes")
# nor a present tense
_CONJUNCT_VERBS = [v for v in (*lex.AGENT_VERBS, *lex.WEAK_AGENT_VERBS, *lex.VICTIM_VERBS)
                   if v.lower() not in _lower([*lex.EVENT_NOUNS, *lex.WEAK_EVENT_NOUNS, *lex.UNITS])
                   and not v.endswith("s")]
_VP_AND_RX = re.compile(
    rf"(?<!,)\s+and\s+(?=(?:(?:{phrase_alt(lex.VP_CONJUNCT_ADVERBS)})\s+){{0,2}}"
    rf"(?:{phrase_alt(_CONJUNCT_VERBS)})(?![\w-]))", re.IGNORECASE)
_TERRITORIAL = _lower(lex.TERRITORIAL_VERBS)
_WEAK_VERBS = _lower(lex.WEAK_AGENT_VERBS)
_STRONG_VERBS = _lower(lex.AGENT_VERBS)
_VICTIM = _lower(lex.VICTIM_VERBS)
_ADJECTIVAL = _lower(lex.ADJECTIVAL_PARTICIPLES)
_CATEGORY_NOUNS = _lower(lex.CATEGORY_NOUNS)
_CATEGORY_LEADS = _lower(lex.CATEGORY_LEADS)
_PRISONER_RX = re.compile(whole_words(lex.PRISONER_CONTEXT), re.IGNORECASE)
_NON_MILITARY_CONTEXT_RX = re.compile(whole_words(lex.NON_MILITARY_CONTEXT), re.IGNORECASE)
_HAVE = _lower(lex.HAVE_AUX)
_UNITS = _lower(lex.UNITS)
_CONTEXT_RX = re.compile(whole_words(lex.MILITARY_CONTEXT), re.IGNORECASE)
_LAUNCH_RX = re.compile(whole_words(lex.LAUNCH_VERBS) + r"\s+$", re.IGNORECASE)
_NON_MILITARY_OBJECT_RX = re.compile(rf"\s+(?:{phrase_alt(lex.NON_MILITARY_OBJECTS)})\b",
                                     re.IGNORECASE)
_HYPOTHETICAL = _lower(lex.HYPOTHETICAL)
_SUPPRESSOR_RX = re.compile(whole_words(lex.SUPPRESSORS), re.IGNORECASE)
_NON_MILITARY_MODIFIERS = _lower(lex.NON_MILITARY_MODIFIERS)
_ED_MODIFIERS = _lower(lex.EVENT_NOUN_MODIFIERS_ED)
_DETERMINERS = _lower(lex.DETERMINERS)
_PREPOSITIONS = _lower(lex.PREPOSITIONS)
_SPEECH = _lower(lex.SPEECH)
_VERBISH = _lower([*lex.LAUNCH_VERBS, *lex.AGENT_VERBS, *lex.WEAK_AGENT_VERBS, *lex.SPEECH])
_PASSIVE = _lower(lex.PASSIVE_AUX)
_NON_DATED_RX = re.compile(whole_words(lex.NON_DATED), re.IGNORECASE)
_DATE_BOUNDS = _lower(lex.DATE_BOUNDS)
# case-sensitive: "US" is a demonym, "us" is not
_DEMONYM_RX = re.compile(whole_words(lex.DEMONYMS))
_CLAUSE_RX = re.compile(
    rf";|,\s+(?:{phrase_alt(lex.CLAUSE_SPLITS)})\s+|\s(?:{phrase_alt(lex.BARE_CLAUSE_SPLITS)})\s"
    rf"|,\s+(?=(?:\S+\s+)?(?:{phrase_alt(lex.PARTITIVE_RELATIVES)})\b)",
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
_COUNT_APPROX = _lower(lex.COUNT_APPROXIMATOR_WORDS)
_WEAPONS = phrase_alt(lex.WEAPON_NOUNS)
_PERFECT = rf"(?:\s+(?:{phrase_alt(lex.HAVE_AUX)}))"
_WEAPON_TAIL_RX = re.compile(
    rf"(?<![\w-])(?P<weapon>{_WEAPONS})(?:\s*,[^,;]{{1,30}},)?{_PERFECT}?\s*$", re.IGNORECASE)
_WEAPON_VERB_RX = re.compile(
    rf"(?<![\w-])(?:{_WEAPONS})(?:\s*,[^,;]{{1,30}},)?{_PERFECT}?\s+"
    rf"(?P<verb>(?!(?:{phrase_alt(lex.NOT_EVENT_VERBS)})\b)[a-z]{{3,}}ed"
    rf"|{phrase_alt([*lex.IRREGULAR_PAST, *lex.IRREGULAR_PARTICIPLES])})"
    rf"(?![\w-])(?!\s+by\b)", re.IGNORECASE)
_PARTICIPLE_ONLY = _lower(lex.IRREGULAR_PARTICIPLES) - _lower(lex.IRREGULAR_PAST)
_PERFECT_END_RX = re.compile(rf"{_PERFECT}\s+$", re.IGNORECASE)
_CLAUSE_OPENERS = _lower(lex.CLAUSE_OPENERS)
_TARGETS_RX = re.compile(whole_words(lex.STRIKE_TARGETS), re.IGNORECASE)
_TARGET_VERBS = _lower(lex.TARGET_VERBS)
_THAT_RX = re.compile(r"\bthat\s+", re.IGNORECASE)
_DISTANCE_RX = re.compile(
    rf"(?:{phrase_alt(lex.DISTANCE_UNITS)})(?:\s*\([^()]*\))?"
    rf"\s+(?:{phrase_alt(lex.DISTANCE_RELATIONS)})\b",
    re.IGNORECASE)
_PARENTHETICAL_TAIL_RX = re.compile(r"\s*,[^,;]{1,30},\s*$")
_VERB_BASES = _lower(lex.NOUN_VERB_BASES)
_DEFENSIVE = _lower(lex.DEFENSIVE_VERBS)
_REPELLED_RX = re.compile(
    rf"\s+(?:{phrase_alt(lex.PASSIVE_PERFECT)})\s+(?:{phrase_alt(lex.DEFENSIVE_VERBS)})\b",
    re.IGNORECASE)
_OPERATION_RX = re.compile(whole_words(lex.OWN_OPERATION_NOUNS), re.IGNORECASE)
_PLACE_PREPOSITIONS = _lower(lex.PLACE_PREPOSITIONS)
_DANGLING = _lower([*lex.DETERMINERS, *lex.PREPOSITIONS, *lex.CONJUNCTIONS])
_DEFINITE = _lower(lex.DEFINITE_WORDS)
_ARTICLES = _lower(lex.ARTICLES)
_SUBORDINATE_RX = re.compile(rf"\s(?:{phrase_alt(lex.TEXT_BREAKERS)})\s", re.IGNORECASE)
_OFFICE_RX = re.compile(whole_words(lex.OFFICE_WORDS), re.IGNORECASE)
_TARGET_PREPOSITIONS = _lower(lex.TARGET_PREPOSITIONS)
_DATE_STOP_RX = re.compile(r"[,;:.()—–]")
_PERIOD_BOUND_RX = re.compile(whole_words(lex.PERIOD_BOUNDS), re.IGNORECASE)
_DAY_RANGE_RX = re.compile(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b")
_NUMBER_WORDS = _lower(lex.NUMBER_WORDS)
_POSSESSIVE_PRONOUNS = frozenset(w for w in lex.POSSESSIVE_PRONOUNS)


# --- quantities -------------------------------------------------------------------------------

_NUM_WORD = phrase_alt(lex.NUMBER_WORDS)
_MAG = phrase_alt(lex.MAGNITUDES)
_NUM = (
    rf"(?:(?<![\w.,/:-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
    rf"|(?<![\w'’-])(?:{_NUM_WORD})(?:[\s-]+(?:{_NUM_WORD}))?)"
    rf"(?:\s+(?:{_MAG}))?(?![\w/:]|[.,]\d|-\w)"
)
_GAP = (rf"(?:\s+(?!(?:{phrase_alt(lex.NUMBER_GAP_STOPS)})\b)"
        rf"(?!(?:{phrase_alt(lex.UNITS)})(?![\w-]))"  # "27 Shahed-type drones": not a unit
        rf"[A-Za-z][\w'’-]*){{0,{lex.MAX_UNIT_GAP}}}?")
_UNIT = rf"(?:{phrase_alt(lex.UNITS)})(?![\w-])"
_PERSON = rf"(?:{phrase_alt(lex.PERSON_UNITS)})(?![\w-])"
_CASUALTY = rf"(?:{phrase_alt(lex.CASUALTY_WORDS)})(?![\w-])"
_AGE_LIST = (rf"(?:,?\s+(?:{phrase_alt(lex.AGE_WORDS)})\s+{_NUM}"
             rf"(?:(?:,\s*|\s+and\s+|\s+to\s+){_NUM})*,?)?")
_ONE_PERSON = (rf"(?<![\w'’-])(?:{phrase_alt(lex.ONE_WORDS)})\s+(?:[\w'’-]+\s+){{0,3}}?"
               rf"(?:{phrase_alt(lex.PERSON_SINGULAR)})(?![\w-])")
_QUANTITY_RXS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # people counted with what happened to them: "Four people were killed" -> "Four killed"
    ("person_casualty", re.compile(
        rf"(?P<num>{_NUM}){_GAP}\s+{_PERSON}{_AGE_LIST}"
        rf"(?:\s+(?:{phrase_alt(lex.CASUALTY_AUX)}))?(?:\s+(?:{phrase_alt(lex.AMONG_PHRASES)}))?"
        rf"\s+(?P<unit>{_CASUALTY})", re.IGNORECASE)),
    ("one_casualty", re.compile(
        rf"(?P<num>{_ONE_PERSON})\s+(?:{phrase_alt(lex.SINGULAR_AUX)})\s+(?P<unit>{_CASUALTY})",
        re.IGNORECASE)),
    ("casualty_after", re.compile(
        rf"\b(?P<unit>{phrase_alt(lex.CASUALTY_VERBS_ING)})\s+"
        rf"(?:(?:{phrase_alt(lex.APPROXIMATORS)})\s+)?(?:(?P<one>{_ONE_PERSON})|(?P<num>{_NUM})"
        rf"(?:{_GAP}\s+{_PERSON}|(?!{_GAP}\s+{_UNIT})))",
        re.IGNORECASE)),
    ("percent", re.compile(
        rf"(?P<num>{_NUM})(?:\s*%|\s+(?:{phrase_alt(lex.PERCENT_WORDS)})\b)", re.IGNORECASE)),
    # "40 of 55 drones": both counts are of drones
    ("partitive", re.compile(
        rf"(?P<num>{_NUM})\s+of(?=\s+(?:the\s+)?{_NUM}{_GAP}\s+(?P<unit>{_UNIT}))",
        re.IGNORECASE)),
    ("unit", re.compile(
        rf"(?P<num>{_NUM})(?:\s+of(?:\s+(?:{phrase_alt(lex.PARTITIVE_WORDS)}))?)?{_GAP}"
        rf"\s+(?:{_UNIT}\s+)?(?P<unit>{_UNIT})", re.IGNORECASE)),
    ("vague", re.compile(
        rf"(?<![\w-])(?P<num>{phrase_alt(lex.VAGUE_COUNTS)})\s+of{_GAP}\s+(?P<unit>{_UNIT})",
        re.IGNORECASE)),
    ("casualty", re.compile(
        rf"(?P<num>{_NUM})\s+(?:(?:{phrase_alt(lex.CASUALTY_AUX)})\s+)?"
        rf"(?P<unit>{phrase_alt(lex.CASUALTY_WORDS)})\b", re.IGNORECASE)),
)
_ING_TO_ED = lex.CASUALTY_ING_TO_ED
_BLOCKERS = _lower(lex.NUMBER_BLOCKERS)


@dataclass(frozen=True, slots=True)
class _Quantity:
    start: int
    end: int
    text: str


def _quantity_text(kind: str, m: re.Match[str]) -> str:
    if kind == "one_casualty" or m.groupdict().get("one"):
        num = "1"  # "a woman was killed": one person
    else:
        num = " ".join(m.group("num").split())
    if kind == "percent":
        return " ".join(m.group().split())
    unit = " ".join(m.group("unit").split())
    if kind == "vague":
        return f"{num} of {unit}"
    if kind in ("casualty_after", "person_casualty", "one_casualty"):
        return f"{num} {_ING_TO_ED.get(unit.lower(), unit.lower())}"
    return f"{num} {unit}"


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Military quantities in `text[start:end]`, as written minus adjectives ("41 bombers")."""
    return [q.text for q in _quantities(text, start, len(text) if end is None else end)]


_BRACKET_RX = re.compile(r"\([^()]*\)")


def _quantities(text: str, start: int, end: int) -> list[_Quantity]:
    found: list[_Quantity] = []
    brackets = [(b.start(), b.end()) for b in _BRACKET_RX.finditer(text, start, end)]
    for kind, rx in _QUANTITY_RXS:
        for m in rx.finditer(text, start, end):
            num = "num" if m.group("num") is not None else "one"
            s = m.start(num)
            prev = [w.lower() for w in _WORD.findall(text[max(0, s - 20):s])][-1:]
            if prev and prev[0].rstrip(".") in _BLOCKERS | {"no"}:
                continue
            if any(q.start < m.end() and m.start() < q.end for q in found):
                continue
            if any(a <= s < b for a, b in brackets):
                continue  # "4,000km (2,500 miles)": a conversion, not a second quantity
            if kind != "percent" and _DISTANCE_RX.match(text, m.start("unit")):
                continue  # "bases thousands of kilometres from the front": where, not how much
            if m.group(num).lower() == "one" and text.startswith(" of", m.end(num)):
                continue  # "one of the most daring attacks" counts nothing
            found.append(_Quantity(m.start(), m.end(), _quantity_text(kind, m)))
    found.extend(_of_them(text, start, end, found))
    return sorted(found, key=lambda q: q.start)


_OF_THEM_RX = re.compile(
    r"(?<![\w,.])(?P<num>\d[\d,]*)\s+of\s+(?:them|which)\b"
    r"|\bof\s+which\s+(?P<after>\d[\d,]*)(?![\w,])", re.IGNORECASE)


def _of_them(text: str, start: int, end: int, found: list[_Quantity]) -> list[_Quantity]:
    """ "launched 112 drones ... 73 of them were shot down", "110 drones, of which 65 were
    downed": "them" and "which" take the unit counted just before in the sentence."""
    out = []
    for m in _OF_THEM_RX.finditer(text, start, end):
        num = "num" if m.group("num") is not None else "after"
        if any(q.start <= m.start(num) < q.end for q in found):
            continue  # "of which 266 drones": counted with its own unit
        before = [q for q in (found if start == 0 else _quantities(text, 0, m.start()))
                  if q.end <= m.start() and " " in q.text]
        if before:
            unit = before[-1].text.split(" ", 1)[1]
            out.append(_Quantity(m.start(), m.end(), f"{m.group(num)} {unit}"))
    return out


_PUNCT_RX = re.compile(r",(?!\d)|[;:]")  # clause punctuation, not the comma of "1,000"


# --- triggers ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Trigger:
    """A word that may report an event: an event noun or an agent/victim verb."""

    noun: bool
    start: int
    end: int
    weak: bool
    victim: bool
    subject: int | None = None  # start of a weapon subject ("a Russian drone struck")


@dataclass(slots=True)
class _Draft:
    """An event being built from one trigger; the best trigger of a clause wins."""

    start: int
    actor: LocalActor | None
    text: str
    numbers: list[str]
    noun: bool
    weak: bool
    span: tuple[int, int] = (0, 0)  # offsets of `text` in the sentence
    clause: tuple[int, int] = (0, 0)
    victim: bool = False  # "Ukraine lost 950 soldiers": whoever is named suffered it
    inherited: bool = False  # the actor was read from the previous event, not this sentence
    inferred: bool = False  # the actor is not named but deduced (inherited, enemy of the hit)
    open_agent: bool = True  # no subject of its own: a noun, a passive, "killing 12"
    definite: bool = False  # "the strikes", "Sunday's strikes": may refer to a told event
    participle: bool = False  # ", killing 12": a consequence trailing the main event
    defensive: bool = False  # "intercepted", "shot down": done by whoever was attacked
    territorial: bool = False  # "captured", "advanced": ground taken, not a strike
    passive: bool = False  # "were killed": the subject suffered it
    when: date | None = None  # the date written in its own clause
    habitual: bool = False  # a verb in the present tense: "Russia pounds Ukrainian cities"


def _prev_words(text: str, pos: int, n: int = 1) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, pos - 120):pos])][-n:]


def _next_words(text: str, pos: int, n: int = 1) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[pos:pos + 120])][:n]


def _triggers(text: str, start: int, end: int) -> list[_Trigger]:
    """Event nouns and verbs in clause, minus "attack drones", "verbal attack", "strike a deal";
    plus any past-tense verb whose subject is a weapon ("Ukrainian drones disrupted flights")."""
    out = []
    for m in _NOUN_RX.finditer(text, start, end):
        nxt = _next_words(text, m.end())
        if (nxt and nxt[0] in _UNITS) or (
                set(_prev_words(text, m.start())) & _NON_MILITARY_MODIFIERS):
            continue
        if _NON_MILITARY_OBJECT_RX.match(text, m.end()):
            continue
        word = " ".join(m.group().lower().split())
        if word in _VERB_BASES and _prev_words(text, m.start()) == ["to"]:  # "to strike X"
            out.append(_Trigger(False, m.start(), m.end(), False, False))
            continue
        out.append(_Trigger(True, m.start(), m.end(), word in _WEAK_NOUNS, False))
    for m in _VERB_RX.finditer(text, start, end):
        word = " ".join(m.group().lower().split())
        if _NON_MILITARY_OBJECT_RX.match(text, m.end()) or any(
                t.start <= m.start() < t.end for t in out):
            continue
        if word in _ADJECTIVAL and _adjectival(text, m.start(), m.end()):
            continue  # "wounded and seriously ill prisoners": who is exchanged, not an event
        if _not_a_verb(text, m.start()):
            continue
        weak = word in _WEAK_VERBS and word not in _STRONG_VERBS
        subject = _weapon_subject(text, m.start(), start)
        if subject is not None and not _subject_position(text, subject, start):
            continue  # "using drones launched from trucks": a participle describing the drones
        out.append(_Trigger(False, m.start(), m.end(), weak, word in _VICTIM, subject))
    taken = {t.start for t in out}
    for m in _WEAPON_VERB_RX.finditer(text, start, end):
        verb = m.start("verb")
        if m.group("verb").lower() in _PARTICIPLE_ONLY and not _PERFECT_END_RX.search(
                text, start, verb):
            continue  # "drones taken from a depot": a participle describing them
        subject = _weapon_subject(text, verb, start)
        if verb not in taken and subject is not None and _subject_position(text, subject, start):
            out.append(_Trigger(False, verb, m.end("verb"), False, False, subject))
    return sorted(out, key=lambda t: t.start)


def _not_a_verb(text: str, pos: int) -> bool:
    """"their targets", "a downed drone": after an article or determiner the word is a noun or
    an adjective; "the 472 launched on 1 June": after a bare number it describes that number."""
    prev = _prev_words(text, pos)
    if not prev:
        return False
    if prev[0] in _ARTICLES:  # "a downed drone"
        return True
    if prev[0] in _DETERMINERS:  # "their targets" - but "those killed" is a verb
        word = _WORD.match(text, pos)
        return bool(word and word.group().lower().endswith("s"))
    return prev[0][0].isdigit() or prev[0] in _NUMBER_WORDS


def _weapon_subject(text: str, verb: int, clause_start: int) -> int | None:
    """Start of the weapon noun phrase right before a verb ("[Russian drones], in turn, hit")."""
    m = _WEAPON_TAIL_RX.search(text, clause_start, verb)
    if not m:
        return None
    start = _np_start(text, m.start("weapon"))
    return start if start >= clause_start else None


def _subject_position(text: str, np: int, clause_start: int) -> bool:
    """A noun phrase that is a subject ("On Friday [a Russian drone] ..."), not the object of a
    verb or preposition ("Ukraine used [drones] smuggled in", "the number of [drones] fired")."""
    head = _HEAD_DETERMINERS_RX.sub("", text[clause_start:np]).rstrip()
    prev = _prev_words(head, len(head))
    if (not prev or head.endswith((",", ";", ":", "-", "—", "–")) or prev[0] in _CLAUSE_OPENERS
            or prev[0] in _SPEECH):  # "Kyiv says [drones] hit 40 bombers"
        return True
    w = prev[0]
    return not (w in _PREPOSITIONS or w in _PLACE_PREPOSITIONS or w in _VERBISH
                or w in _PASSIVE or w in _HAVE or w.endswith(("ed", "ing")))


def _adjectival(text: str, start: int, end: int) -> bool:
    """A participle naming a category of people ("severely wounded and ill prisoners", "captured
    soldiers"), not a verb: a category noun follows, no auxiliary precedes, and the sentence
    is about an exchange or the participle opens a noun phrase."""
    prev = _prev_words(text, start)
    if prev and prev[0] in _PASSIVE | _HAVE:
        return False
    stop = _PUNCT_RX.search(text, end)
    window = _WORD.findall(text[end:stop.start() if stop else len(text)])[:lex.CATEGORY_WINDOW]
    if not {w.lower() for w in window} & _CATEGORY_NOUNS:
        return False
    return bool(not prev or prev[0] in _CATEGORY_LEADS or _PRISONER_RX.search(text))


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
    return bool(_SUPPRESSOR_RX.search(text, _window_start(text, np_start, lex.SUPPRESSOR_WINDOW),
                                      np_start))


def _window_start(text: str, pos: int, n: int) -> int:
    """Offset of the n-th word before `pos`, so multi-word cues match as phrases ("on energy")."""
    words = list(_WORD.finditer(text, max(0, pos - 120), pos))[-n:]
    return words[0].start() if words else pos


# --- text and actor -------------------------------------------------------------------------------


def _np_start(text: str, pos: int) -> int:
    """Start of the modifiers before an event noun ("a [mass drone] attack"), a count with its
    approximation included ("[well over 100] assaults")."""
    start, count, counted = pos, 0, False
    for m in reversed(list(_WORD.finditer(text, max(0, pos - 100), pos))):
        gap = text[m.end():start].strip()
        if (gap and not (gap == "," and m.group()[-1].isdigit())) or count >= lex.MAX_MODIFIERS:
            break  # punctuation ends the phrase, but not the comma of "1,000"
        w = m.group().lower()
        if counted:
            if w not in _COUNT_APPROX:
                break
        elif w[0].isdigit() or w in _NUMBER_WORDS:
            counted = True
        elif (w in _DETERMINERS or w.endswith(("'s", "’s")) or w in _VERBISH
              or w in _PREPOSITIONS or w in _HYPOTHETICAL
              or (w.endswith("ed") and w not in _ED_MODIFIERS)):
            break
        start, count = m.start(), count + 1
    while (m := _AND_RX.match(text, start)) and start < pos:
        start = m.end()
    return start


_AND_RX = re.compile(r"and\s+", re.IGNORECASE)
_TOKEN_RX = re.compile(r"\S+")


def _cut(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """Words of text[start:end] up to the first clause punctuation, at most MAX_TEXT_WORDS,
    with their span."""
    if m := _TEXT_END_RX.search(text, start, end):
        end = m.start()
    tokens = list(_TOKEN_RX.finditer(text, start, end))[:lex.MAX_TEXT_WORDS]
    if not tokens:
        return "", (start, start)
    while len(tokens) > 1 and tokens[-1].group().lower() in _DANGLING:
        tokens.pop()  # "... pushed into the Sumy region in the": cut at 15 words
    words = " ".join(t.group() for t in tokens).strip(" .,;:!?\"“”'’")
    return words, (tokens[0].start(), tokens[-1].end())


def _noun_text(text: str, np_start: int, t: _Trigger, end: int) -> tuple[str, tuple[int, int]]:
    """The event noun phrase with its target ("strikes on Odesa"), and the verb phrase it is
    the subject of ("Russian shelling killed a man in Kherson")."""
    stop = t.end
    if m := _PP_RX.match(text, t.end, end):
        cut = _PP_CUT_RX.search(text, m.start() + 1, m.end())
        stop = cut.start() if cut else m.end()
    if (m := _SPACE_RX.match(text, stop)) and _VERB_RX.match(text, m.end(), end):
        stop = end
    return _cut(text, np_start, stop)


_SPACE_RX = re.compile(r"\s+")


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
    """One sentence being read, with the article's state actors by name, the group the
    previous sentence was about (what a sentence-initial "it" or "they" points to) and the
    organisations named so far, latest first (what "the ministry" points to)."""

    text: str
    spans: list[Placed]
    states: dict[str, LocalActor]
    antecedent: LocalActor | None = None
    named: Sequence[LocalActor] = ()


def _pronoun_actor(ctx: _Ctx, word: str, pos: int) -> LocalActor | None:
    wanted = _PRONOUNS[word]
    for p in reversed([p for p in ctx.spans if p.end <= pos]):
        if (p.actor.kind == "person") == (wanted == "person"):
            return p.actor
    return ctx.antecedent if wanted == "group" else None


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


def _subject_ok(text: str, p: Placed, pos: int) -> bool:
    """A mention that can be the subject of the verb at `pos`; "smuggled into Russia on trucks,
    to hit" - a preposition's object before a comma - cannot."""
    if not can_be_subject(text, p):
        return False
    prev = [w for w in _prev_words(text, p.start, 2) if w != "the"][-1:]
    if not prev or prev[0] not in _PREPOSITIONS | _PLACE_PREPOSITIONS:
        return True
    if _PUNCT_RX.search(text, p.end, pos):
        return False
    return prev[0] in _PREPOSITIONS or verb_follows(text, p.end)  # "trucks inside Russia to"


def _subject_actor(ctx: _Ctx, pos: int, clause_start: int) -> LocalActor | None:
    """Agent of a verb at `pos`: the last mention (or pronoun) before it in the clause."""
    text = ctx.text
    cands = [p for p in ctx.spans if clause_start <= p.start and p.end <= pos
             and _subject_ok(text, p, pos)]
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


def _possessor(ctx: _Ctx, np_start: int, clause_start: int) -> LocalActor | None:
    """Whose "its"/"their" is it: the clause's subject group ("Russia pummelled Ukraine with its
    biggest attack"), else the last group named before."""
    groups = [p for p in ctx.spans if clause_start <= p.start and p.end <= np_start
              and p.actor.kind != "person" and _subject_ok(ctx.text, p, np_start)]
    if groups:
        return _specific(ctx.text, ctx.spans, groups[0])
    return _pronoun_actor(ctx, "it", np_start)


def _np_actor(ctx: _Ctx, np_start: int, head: int, clause_start: int) -> LocalActor | None:
    """Agent named in a noun phrase: a mention inside it, a possessive before it, or a demonym
    ("[Russia's] drones", "[its] strikes", "[Russian] missile")."""
    text, spans = ctx.text, ctx.spans
    inside = [p for p in spans if np_start <= p.start and p.end <= head]
    if inside:
        return _specific(text, spans, inside[-1])
    for p in reversed(spans):
        if p.end <= np_start and re.fullmatch(r"['’]s?\s+", text[p.end:np_start]):
            return _specific(text, spans, p)
    if set(_prev_words(text, np_start)) & _POSSESSIVE_PRONOUNS:
        return _possessor(ctx, np_start, clause_start)
    return _demonym_actor(ctx, text[np_start:head])


def _noun_actor(ctx: _Ctx, t: _Trigger, np_start: int, clause_start: int) -> LocalActor | None:
    """Agent of an event noun: inside its phrase, possessive, demonym, "by X", or launcher."""
    if actor := _np_actor(ctx, np_start, t.start, clause_start):
        return actor
    if (m := _BY_RX.match(ctx.text, t.end)) and (actor := _by_actor(ctx, m.end())):
        return actor
    if (g := _launched(ctx.text, np_start)) is not None:  # "the SBU launched a [...] attack"
        return _subject_actor(ctx, g, clause_start)
    return None


def _launched(text: str, np_start: int) -> int | None:
    """Position of the verb launching an event noun phrase ("launched a [...] attack")."""
    window = max(0, np_start - 60)
    head = _HEAD_DETERMINERS_RX.sub("", text[window:np_start])
    g = _LAUNCH_RX.search(head)
    return window + g.start() if g else None


def _verb_draft(ctx: _Ctx, t: _Trigger, clause_start: int, clause_end: int) -> _Draft:
    """An event told by a verb: its subject is the agent, unless it is passive ("were killed")
    or a loss ("lost"); then the sufferer opens the text."""
    text = ctx.text
    prev = _prev_words(text, t.start, 2)
    passive = not text[t.start:t.end].lower().endswith("ing") and bool(prev) and (
        prev[-1] in _PASSIVE or (len(prev) == 2 and prev[0] in _PASSIVE and prev[1].endswith("ly")))
    actor = None
    if m := _BY_RX.match(text, t.end):
        actor = _by_actor(ctx, m.end())
    elif t.subject is not None and not passive:  # "a Russian drone struck a bus"
        actor = _np_actor(ctx, t.subject, t.start, clause_start)
    elif not passive and not t.victim:
        actor = _subject_actor(ctx, t.start, clause_start)
    if t.subject is not None and not passive:
        return _weapon_draft(text, t, t.subject, actor, clause_end)
    start = _sufferer_start(text, t.start, clause_start) if passive or t.victim else t.start
    words, span = _cut(text, start, clause_end)
    ing = text[t.start:t.end].lower().endswith("ing")
    return _Draft(t.start, actor, words, [], False, t.weak, span, victim=t.victim,
                  open_agent=passive or ing, defensive=_is_defensive(text, t),
                  participle=ing and text[:t.start].rstrip().endswith(","),
                  territorial=_is_territorial(text, t), passive=passive,
                  habitual=_present_tense(text, t))


def _weapon_draft(text: str, t: _Trigger, subject: int, actor: LocalActor | None,
                  clause_end: int) -> _Draft:
    """"[Ukrainian drones], in turn, disrupted flights": the weapon opens the text."""
    head = " ".join(_PARENTHETICAL_TAIL_RX.sub("", text[subject:t.start]).split())
    words, span = _cut(text, t.start, clause_end)
    return _Draft(t.start, actor, f"{head} {words}".strip(), [], False, t.weak,
                  (subject, span[1]), defensive=_is_defensive(text, t))


def _sufferer_start(text: str, trigger: int, clause_start: int) -> int:
    """Where the sufferer of a passive or a loss starts: "officials said [12 civilians] were
    killed", "said aircraft had caught fire and that [attacks ...] had been repelled"."""
    start = max([clause_start, *(m.end() for m in _PUNCT_RX.finditer(text, 0, trigger))])
    speech = [m for m in _WORD.finditer(text, start, trigger) if m.group().lower() in _SPEECH]
    if speech:
        start = speech[-1].end()
    thats = list(_THAT_RX.finditer(text, start, trigger))
    if thats:
        start = thats[-1].end()
    return _skip_that(text, start)


def _is_defensive(text: str, t: _Trigger) -> bool:
    """"intercepted", or "destroyed 162 drones": a munition destroyed is one stopped."""
    verb = " ".join(text[t.start:t.end].lower().split())
    if verb in _DEFENSIVE:
        return True
    stop = _PUNCT_RX.search(text, t.end)
    return verb in _DESTROY and bool(_MUNITION_OBJECT_RX.match(text, t.end,
                                                               stop.start() if stop else len(text)))


_DESTROY = _lower(lex.DESTROY_VERBS)
# the object's head is a munition: "destroyed [162 Ukrainian] drones", not "drone factories"
_MUNITION_OBJECT_RX = re.compile(
    rf"(?:\s+(?!(?:{phrase_alt(lex.PREPOSITIONS)})\b)[\w'’,-]+){{0,4}}?"
    rf"\s+(?:{phrase_alt(lex.MUNITIONS)})(?![\w-])(?!\s+\w+(?:ies|s)\b)", re.IGNORECASE)


def _present_tense(text: str, t: _Trigger) -> bool:
    """"pounds", "shoots down": a verb in the third person of the present tense."""
    first = text[t.start:t.end].split()[0].lower()
    return first.endswith("s") and not first.endswith("ss")


def _is_territorial(text: str, t: _Trigger) -> bool:
    return " ".join(text[t.start:t.end].lower().split()) in _TERRITORIAL


def _skip_that(text: str, pos: int) -> int:
    m = re.compile(r"\s*(?:that\s+)?", re.IGNORECASE).match(text, pos)
    return m.end() if m else pos


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    shared: bool = False  # a second verb phrase of the previous clause's subject ("and downed")
    part: bool = False  # counts part of what the previous clause counted ("23 of them")


def _clauses(text: str) -> list[_Clause]:
    """Independent clauses of a sentence, and the verb phrases that share a subject ("its forces
    captured two villages and downed 49 drones"); each may report its own event."""
    cuts = sorted([(m.start(), m.end(), False) for m in _CLAUSE_RX.finditer(text)]
                  + [(m.start(), m.end(), True) for m in _VP_AND_RX.finditer(text)])
    out, start, shared = [], 0, False
    for a, b, vp in cuts:
        if a < start:
            continue
        out.append(_clause(text, start, a, shared))
        start, shared = b, vp
    out.append(_clause(text, start, len(text), shared))
    return [c for c in out if c.end > c.start]


def _clause(text: str, start: int, end: int, vp: bool) -> _Clause:
    """A clause opening on an auxiliary (", and had knocked out 34%") has no subject of its own."""
    first = _next_words(text, start)
    return _Clause(start, end, vp or bool(first and first[0] in _HAVE | _PASSIVE),
                   bool(_PART_RX.match(text, start)))


_PART_RX = re.compile(rf"(?:\S+\s+)?(?:{phrase_alt(lex.PARTITIVE_RELATIVES)})\b", re.IGNORECASE)


def _preference(d: _Draft) -> tuple[bool, ...]:
    """Rank a clause's drafts: an agent, weapons in the text, a main verb rather than a trailing
    participle (", wounding 5"), a strong trigger, a phrase."""
    armed = bool(_CONTEXT_RX.search(d.text))
    return (d.actor is not None, armed, not d.participle, not d.weak, d.noun and " " in d.text,
            " " in d.text)


def _locally_military(text: str, clause: tuple[int, int], t: _Trigger, event_text: str) -> bool:
    """Whether a weak verb ("sent", "hit", "targeting") has weapons or troops in its own subject
    or object, an attack verb a target ("struck a refinery"), or its clause counts, and no
    non-military topic ("sanctions targeting vessels")."""
    clause_start, clause_end = clause
    region = f"{text[clause_start:t.start]} {event_text}"
    if _NON_MILITARY_CONTEXT_RX.search(region):
        return False
    hits = " ".join(text[t.start:t.end].lower().split()) in _TARGET_VERBS
    return bool(_CONTEXT_RX.search(region) or (hits and _TARGETS_RX.search(region))
                or _quantities(text, clause_start, clause_end))


def _clause_draft(ctx: _Ctx, start: int, end: int, blocked: Sequence[tuple[int, int]],
                  context: bool) -> _Draft | None:
    text = ctx.text
    drafts = []
    for t in _triggers(text, start, end):
        np_start = _np_start(text, t.start) if t.noun else t.start
        if t.weak and t.noun and not context and not _launched(text, np_start):
            continue  # weak verbs are checked on their own words below
        if _not_a_fact(text, t, np_start, start, blocked):
            continue
        if t.noun:
            actor = _noun_actor(ctx, t, np_start, start)
            words, span = _noun_text(text, np_start, t, end)
            drafts.append(_Draft(t.start, actor, words, [], True, t.weak, span,
                                 definite=_definite(ctx, np_start)))
        else:
            draft = _verb_draft(ctx, t, start, end)
            if not t.weak or _locally_military(text, (start, end), t, draft.text):
                drafts.append(draft)
    # a bare "the attack" with no agent and no numbers only refers back to an event
    drafts = [d for d in drafts if d.text and (" " in d.text or d.actor is not None
                                               or _quantities(text, start, end))]
    if not drafts:
        return None
    best = max(drafts, key=_preference)
    best.numbers = [q.text for q in _quantities(text, start, end)
                    if not any(a <= q.start < b for a, b in blocked)]
    best.clause = (start, end)
    return best


def _definite(ctx: _Ctx, np_start: int) -> bool:
    prev = _prev_words(ctx.text, np_start)
    return bool(prev and (prev[0] in _DEFINITE or prev[0].endswith(("'s", "’s")))) or any(
        p.end <= np_start and re.fullmatch(r"['’]s?\s+", ctx.text[p.end:np_start])
        for p in ctx.spans)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Fold a clause with no new agent into the sentence's previous event (one incident); an
    interception is its own event beside the attack it stopped ("launched 112 drones and 73 of
    them were shot down", "..., while Russia said it downed 39 drones"), and so are ground taken
    ("..., while its troops captured a village") and what a clause dates to another day
    ("... overnight into Sunday, and a strike on a bus killed nine on Saturday")."""
    out: list[_Draft] = []
    for d in drafts:
        if out and _one_incident(out[-1], d):
            out[-1].numbers += [n for n in d.numbers if n not in out[-1].numbers]
        else:
            out.append(d)
    return out


def _one_incident(a: _Draft, b: _Draft) -> bool:
    """Whether clause b goes on telling clause a's event: no new agent, the same kind of event,
    no other day."""
    return ((b.actor is None or b.actor is a.actor)
            and (b.defensive, b.territorial) == (a.defensive, a.territorial)
            and (None in (a.when, b.when) or a.when == b.when))


# --- who did it when the sentence does not say ------------------------------------------------


def _state_of(ctx: _Ctx, actor: LocalActor | None) -> LocalActor | None:
    """A government office speaking for its state is not who fought: "Russia's defence ministry
    said its air defences downed 95 drones" - Russia did."""
    if actor is None or actor.kind != "organisation" or not _OFFICE_RX.search(actor.name):
        return actor
    side = side_of(actor)
    return ctx.states.get(side, actor) if side else actor


def _speaker(ctx: _Ctx, pos: int) -> LocalActor | None:
    """Who reports the clause at `pos`: the mention right before the last speech verb."""
    verbs = [m for m in _WORD.finditer(ctx.text, 0, pos) if m.group().lower() in _SPEECH]
    for verb in reversed(verbs):  # "X confirmed ... but said ...": X said it too
        before = [p for p in ctx.spans if p.end <= verb.start()
                  and len(_WORD.findall(ctx.text[p.end:verb.start()])) <= lex.SPEAKER_GAP]
        if before:
            return _specific(ctx.text, ctx.spans, before[-1])
    for m in _SOURCE_RX.finditer(ctx.text):  # "according to the ministry, ..."
        after = [p for p in ctx.spans if p.start >= m.end()
                 and len(_WORD.findall(ctx.text[m.end():p.start])) <= 1]
        if after:
            return _specific(ctx.text, ctx.spans, after[0])
        if (head := _DESCRIPTION_RX.match(ctx.text, m.end())) and (
                named := _described(ctx, head.group(1))):
            return named
    return None


_SOURCE_RX = re.compile(whole_words(lex.SOURCE_PHRASES), re.IGNORECASE)
_DESCRIPTION_RX = re.compile(r"\s+the\s+([a-z]+)\b", re.IGNORECASE)


def _described(ctx: _Ctx, noun: str) -> LocalActor | None:
    """The organisation a definite description points back to: "the ministry" is the latest one
    named with that word ("Russian Defense Ministry")."""
    return next((a for a in ctx.named
                 if noun.lower() in {w.lower() for w in _WORD.findall(a.name)}), None)


def _target_side(ctx: _Ctx, d: _Draft) -> str | None:
    """The side the event's words first mark as hit: a demonym, a possessive or a place after a
    preposition ("41 [Russian] aircraft", "[Russia's] bombers", "killed in [Kyiv]")."""
    a, b = d.span
    marks = [(m.start(), lex.DEMONYMS[" ".join(m.group().split())])
             for m in _DEMONYM_RX.finditer(ctx.text, a, b)]
    for p in ctx.spans:
        if not (a <= p.start and p.end <= b) or (side := side_of(p.actor)) is None:
            continue
        prev = [w for w in _prev_words(ctx.text, p.start, 2) if w != "the"][-1:]
        if re.match(r"['’]s?\s", ctx.text[p.end:p.end + 3]) or (
                prev and prev[0] in _TARGET_PREPOSITIONS):
            marks.append((p.start, side))
    return min(marks)[1] if marks else None


def _operator(ctx: _Ctx, d: _Draft) -> LocalActor | None:
    """"The SBU said Sunday's operation had struck 41 aircraft": an "operation" is the
    reporting body's own."""
    if d.noun or not (verbs := [m for m in _WORD.finditer(ctx.text, 0, d.start)
                                if m.group().lower() in _SPEECH]):
        return None
    if not _OPERATION_RX.search(ctx.text, verbs[-1].end(), d.start):
        return None
    speaker = _speaker(ctx, d.start)
    return speaker if speaker is not None and speaker.kind != "person" else None


def _opponent(ctx: _Ctx, d: _Draft) -> LocalActor | None:
    """Who hit a side's people or things when no agent is named: its enemy; a military body
    of that enemy reporting it is more precise ("the SBU said 41 Russian aircraft were hit")."""
    if (enemy := lex.OPPONENTS.get(_target_side(ctx, d) or "")) is None:
        return None
    speaker = _speaker(ctx, d.start)
    if (speaker is not None and speaker.kind == "organisation" and side_of(speaker) == enemy
            and not _OFFICE_RX.search(speaker.name)):
        return speaker
    return ctx.states.get(enemy)


def _inherited(ctx: _Ctx, d: _Draft, prev: _Draft) -> LocalActor | None:
    """The agent a sentence leaves unsaid: the previous attacker's, or its enemy's when this
    is the defence ("Russia launched 57 drones. Air defence downed 39. Ten hit targets.")."""
    attacker = prev.actor if not prev.defensive else _enemy(ctx, prev.actor)
    return _enemy(ctx, attacker) if d.defensive else attacker


def _enemy(ctx: _Ctx, actor: LocalActor | None) -> LocalActor | None:
    enemy = lex.OPPONENTS.get(side_of(actor) or "") if actor is not None else None
    return ctx.states.get(enemy) if enemy else None


def _repelled(ctx: _Ctx, d: _Draft) -> LocalActor | None:
    """"Attacks on three bases had been repelled", says Russia's defence ministry: the attacks
    were its enemy's (the places hit may be listed between: "attacks in A, B and C were
    repelled")."""
    if not d.noun or not _REPELLED_RX.search(ctx.text, d.span[1], d.clause[1]):
        return None
    return _enemy(ctx, _speaker(ctx, d.start))


@dataclass(slots=True)
class _Event:
    """A drafted event placed in the article: where it is, when, and how it got its actor."""

    sentence: int
    paragraph: int
    draft: _Draft
    date: date | None
    own_date: bool  # written in this very clause, not inherited or the publication date


def _continues(prev: _Event | None, s: Sentence) -> bool:
    """Whether a sentence continues the story of the previous event (same paragraph): who did
    what it leaves unsaid is that event's agent."""
    return prev is not None and prev.paragraph == s.paragraph


# --- dates ------------------------------------------------------------------------------------


def _bounded(text: str, at: int) -> bool:
    """A date in a "since ..." phrase bounds a period; it is not when the event happened."""
    prev = _prev_words(text, at)
    if prev and prev[0] in _DATE_BOUNDS:
        return True
    stop = max([0, *(m.end() for m in _DATE_STOP_RX.finditer(text, 0, at))])
    return bool(_PERIOD_BOUND_RX.search(text, stop, at))


def _night_end(d: DateMention) -> date:
    """"the night of July 8-9": an overnight attack is dated by the morning it ended."""
    m = _DAY_RANGE_RX.search(d.text)
    if m and int(m.group(2)) == int(m.group(1)) + 1 and d.value.day == int(m.group(1)):
        return d.value + timedelta(days=1)
    return d.value


def _written_date(s: Sentence, dates: Sequence[DateMention], lo: int, hi: int) -> date | None:
    """First date in s.text[lo:hi] that is not a bound or an aside; "overnight on Saturday into
    Sunday" is Sunday's."""
    aside = parenthetical_spans(s.text)
    found = [d for d in dates if lo <= (at := d.start - s.start) < hi
             and not any(a <= at < b for a, b in aside)
             and not d.text.lower().startswith(tuple(_DATE_BOUNDS)) and not _bounded(s.text, at)]
    into = [d for d in found if _prev_words(s.text, d.start - s.start) == ["into"]
            or d.text.lower().startswith("into ")]
    return _night_end((into or found)[0]) if found else None


def _event_date(s: Sentence, dates: Sequence[DateMention], d: _Draft
                ) -> tuple[date | None, bool]:
    """Date written in the event's clause, else in its sentence; (None, True) for an open-ended
    period ("since 2022", "so far"); (None, False) when the sentence gives no time at all."""
    when = (_written_date(s, dates, *d.clause)
            or _written_date(s, dates, 0, len(s.text)))
    if when is not None:
        return when, True
    sub = _SUBORDINATE_RX.search(s.text, max(d.span[1], d.start + 1), d.clause[1])
    if _NON_DATED_RX.search(s.text, d.clause[0], sub.start() if sub else d.clause[1]):
        return None, True
    return None, False


# --- the article ----------------------------------------------------------------------------------


def _sentence_events(ctx: _Ctx, s: Sentence, prev: _Event | None,
                     dates: Sequence[DateMention], published: date | None) -> list[_Event]:
    """The sentence's events, one per clause with a new agent, dated."""
    blocked = demand_spans(s.text, ctx.spans)
    context = (bool(_CONTEXT_RX.search(s.text)) or bool(_quantities(s.text, 0, len(s.text)))
               or any(not t.weak for t in _triggers(s.text, 0, len(s.text))))
    drafts = _resolve_agents(ctx, _clause_drafts(ctx, s, dates, blocked, context),
                             prev if _continues(prev, s) else None)
    out = []
    for d in drafts:
        when, dated = _event_date(s, dates, d)
        if not dated and prev is not None and prev.paragraph == s.paragraph and prev.date:
            when, dated = prev.date, True  # the paragraph's story goes on at the same time
        own = _written_date(s, dates, d.clause[0], d.span[1]) is not None
        out.append(_Event(s.index, s.paragraph, d, when if dated else published, own))
    return out


def _clause_drafts(ctx: _Ctx, s: Sentence, dates: Sequence[DateMention],
                   blocked: Sequence[tuple[int, int]], context: bool) -> list[_Draft]:
    """One draft per clause that reports something. A verb phrase sharing the subject of the
    clause before takes its agent ("[its forces] captured two villages and downed 49 drones"),
    or is read with it when that clause reports nothing ("[drones] rose and struck airfields");
    a clause counting part of the previous one gives it its numbers ("..., 23 of them")."""
    drafts: list[_Draft] = []
    last: _Clause | None = None
    for c in _clauses(s.text):
        d = _clause_draft(ctx, c.start, c.end, blocked, context)
        if c.shared and last is not None and d is not None and (
                not drafts or drafts[-1].clause[0] != last.start):
            c = _Clause(last.start, c.end)  # the first verb phrase reports nothing
            d = _clause_draft(ctx, c.start, c.end, blocked, context)
        last = c
        if d is None:
            if drafts and (c.shared or c.part):
                drafts[-1].numbers += [q.text for q in _quantities(s.text, c.start, c.end)
                                       if not any(a <= q.start < b for a, b in blocked)
                                       and q.text not in drafts[-1].numbers]
            continue
        if c.shared and drafts and d.actor is None and not d.victim and not d.passive:
            d.actor, d.open_agent = drafts[-1].actor, False
        d.when = _written_date(s, dates, c.start, c.end)
        drafts.append(d)
    return drafts


def _resolve_agents(ctx: _Ctx, drafts: list[_Draft], story: _Event | None) -> list[_Draft]:
    """Offices become their states; an agent the sentence does not name is deduced from what
    was hit, what was repelled or whose operation it was, else from the paragraph's story."""
    for d in drafts:
        d.actor = _state_of(ctx, d.actor)
        if d.actor is None and not d.victim:
            d.actor = _opponent(ctx, d) or _repelled(ctx, d) or _operator(ctx, d)
            d.inferred = d.actor is not None
    drafts = _merge(drafts)
    told = story.draft if story is not None else None
    for d in drafts:  # the sentence's own earlier event tells the story first
        if told is not None and told.actor is not None and d.actor is None \
                and not d.victim and (d.open_agent or d.defensive):
            d.actor, d.inherited = _inherited(ctx, d, told), True
            d.inferred = d.actor is not None
        told = d if d.actor is not None else told
    return _merge(drafts)


def _same_incident(a: _Event, b: _Event) -> bool:
    """Two neighbouring events that are one incident told twice: same paragraph and date, same
    side, and one of them only refers to it ("asked about Sunday's drone strikes")."""
    if a.paragraph != b.paragraph or abs(a.sentence - b.sentence) > 1 or a.date != b.date:
        return False
    if a.draft.actor is None or b.draft.actor is None:
        return False
    if side_of(a.draft.actor) != side_of(b.draft.actor):
        return False
    return any(not e.draft.numbers and (e.draft.noun or e.draft.inherited) for e in (a, b))


def _fold_repeats(events: list[_Event]) -> list[_Event]:
    """Keep one event per incident told twice in a row (the one with numbers), and drop the
    events that only refer to something."""
    out: list[_Event] = []
    for e in events:
        if out and _same_incident(out[-1], e):
            if e.draft.numbers and not out[-1].draft.numbers:
                out[-1] = e
            continue
        out.append(e)
    return [e for e in out if _tells_something(e)]


def _tells_something(e: _Event) -> bool:
    """Worth a row: numbers, an agent or a date of its own; a definite reference ("the attack on
    Kyiv") needs an agent that is named, not deduced, or a date of its own, and so does a verb
    in the present tense, which tells what goes on rather than what happened ("it comes as
    Russia pounds Ukrainian cities")."""
    d = e.draft
    if d.numbers:
        return True
    if d.habitual:
        return e.own_date
    if d.definite:
        return d.actor is not None and (not d.inferred or e.own_date)
    return d.actor is not None or e.own_date


def _antecedent(ctx: _Ctx, events: list[_Event], s: Sentence) -> LocalActor | None:
    """The group a sentence is about, for the next sentence's "it": its event's agent, else its
    first group mention that can be a subject."""
    if events and events[-1].sentence == s.index and events[-1].draft.actor is not None:
        return events[-1].draft.actor
    groups = [p for p in ctx.spans if p.actor.kind != "person" and can_be_subject(s.text, p)]
    return groups[0].actor if groups else None


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
    ordered = sorted(dates, key=lambda d: d.start)
    events: list[_Event] = []
    antecedent = None
    named: list[LocalActor] = []
    for s in sentences:
        ctx = _Ctx(s.text, place_mentions(s, mentions, actors), states, antecedent, named[::-1])
        events += _sentence_events(ctx, s, events[-1] if events else None, ordered, published)
        antecedent = _antecedent(ctx, events, s)
        named += [p.actor for p in ctx.spans if p.actor.kind == "organisation"]
    kept = _drop_announced(_fold_repeats(events), _headlines(sentences))
    return [MilitaryEvent(e.sentence, e.draft.actor.key if e.draft.actor else None, e.draft.text,
                          tuple(e.draft.numbers), e.date) for e in kept]


_CLOSED_RX = re.compile(r"[.!?…:;,][\s\"'’”)\]]*$")
_LIST_ITEM_RX = re.compile(r"\s*(?:[-–—•*]|\d+[.)])\s")


def _headlines(sentences: Sequence[Sentence]) -> set[int]:
    """Sentences alone in their paragraph with no closing punctuation: headlines and subheads
    (not the items of a list)."""
    per_paragraph = Counter(s.paragraph for s in sentences)
    return {s.index for s in sentences
            if per_paragraph[s.paragraph] == 1 and not _CLOSED_RX.search(s.text)
            and not _LIST_ITEM_RX.match(s.text)}


def _drop_announced(events: list[_Event], headlines: set[int]) -> list[_Event]:
    """Drop a headline's event when the paragraphs below it tell it ("At least 2 killed as Russia
    launches another attack" over "Russia attacked Ukraine overnight with 397 drones")."""
    return [e for i, e in enumerate(events)
            if e.sentence not in headlines or not any(
                _announces(e, f) for f in events[i + 1:] if f.sentence not in headlines
                and f.paragraph - e.paragraph <= lex.HEADLINE_REACH)]


def _announces(head: _Event, body: _Event) -> bool:
    """A headline's event is the body's: no other side, and the same day or a shared count."""
    sides = {side_of(e.draft.actor) for e in (head, body) if e.draft.actor is not None} - {None}
    shared = {n.lower() for n in head.draft.numbers} & {n.lower() for n in body.draft.numbers}
    return len(sides) <= 1 and (head.date == body.date or bool(shared))
