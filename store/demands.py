"""Demands: what a party demands, insists on, proposes or sets as a condition.

Pure and rule-based. A cue ("demanded", "only ... if", "the proposal begins with", "the truce that
Kyiv has demanded", "a package under which Kyiv would have to:") marks where the demanded content
starts. The party is the side of the cue's subject (a possessor heads it: "Moscow's negotiators";
a possessed document speaks for its owner: "Its memorandum calls for"), else of the person voicing
it, else of the last party that tabled a document the sentence refers back to ("the proposal").
The side told what to do ("only once Ukraine withdraws") is never the demander: the other side's
document owner is. The content is cut at the end of its clause and split into one demand per
conjoined item, so "only if Ukraine halts mobilization and stops receiving aid" gives two demands;
a list intro ending in ":" takes the "- item" lines that follow, and a colon inside the content
opens a list whose items may be separated by semicolons.

A document speaks for whoever tabled it: its possessor ("Russia's memorandum", "the Russian
memorandum"), its author (", which the Russian side handed over"), else the acting subject of its
clause - never a recipient ("handed to Kyiv", "offers Kiev"). Demands of one's own side also come
as duties voiced for others ("the whole world must respond", "he must be forced to peace"), calls
for pressure on the other side ("new sanctions against Russia"), needs ("we need a truce"),
refusals ("ruled out any limits", a side's own red line "Ukraine would never accept ..."),
threats ("tariffs if Putin does not agree to ..."; the side that "would face tariffs unless ..."
is threatened, the speaker demands), deadlines ("gave Russia 50 days to ..."), stated aims ("our
main objective is ...", "a summit remains the only way to ..."), the one purpose a side allows
an event ("a summit could only take place to sign a deal"), a mediator's offer ("ready to host")
and what a side waits for or expects another to do ("waiting for Kyiv to propose dates").

What is not a demand is dropped: forecasts both sides must meet ("only once the delegations
agree"), beliefs and hostile aims ("want us to believe", "seeks to derail talks"), passives
("Russia has been offered"), summaries ("two options"), proposals traded by both sides, denied
clauses and readings of intent ("no sign that Moscow was ready for ...", "his return signals that
Moscow wants ..."), wishes a speaker ascribes to the other side ('"They want a pause," X said': a
quoted "they" is never the speaker's own side), a bare "peace", and contents cut short ("both
sides to accept", a bare "Ukraine") - an intro ending in ":" instead reads its unfinished clause
into each item.

The helpers at the top (placing mentions in a sentence, sides, cue spans) are shared with
store.military, which must not read military facts out of demanded content.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from store.lexicon import demands as lex
from store.records import DateMention, Demand, LocalActor, Mention, Sentence

# --- shared helpers ---------------------------------------------------------------------------


def phrase_alt(words: Iterable[str]) -> str:
    """Regex alternation of lexicon phrases, longest first, any whitespace between words."""
    phrases = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention placed in its sentence: offsets relative to ``Sentence.text``."""

    start: int
    end: int
    actor: LocalActor


def place_mentions(
    sentence: Sentence, mentions: Iterable[Mention], actors: Iterable[LocalActor]
) -> list[Placed]:
    """The sentence's mentions with sentence-relative offsets, in reading order."""
    by_key = {a.key: a for a in actors}
    out = []
    for m in mentions:
        if m.sentence != sentence.index or m.actor not in by_key:
            continue
        start, end = m.start - sentence.start, m.end - sentence.start
        if 0 <= start < end <= len(sentence.text):
            out.append(Placed(start, end, by_key[m.actor]))
    return sorted(out, key=lambda p: (p.start, -p.end))


def side_of(actor: LocalActor) -> str | None:
    """The canonical state an actor stands for (a state is its own side)."""
    if actor.side:
        return actor.side
    return actor.name if actor.kind == "state" else None


def sentence_date(
    sentence: Sentence, dates: Iterable[DateMention], skip: Sequence[tuple[int, int]] = ()
) -> date | None:
    """First date written in the sentence, ignoring dates inside `skip` (sentence-relative)."""
    for d in sorted(dates, key=lambda d: d.start):
        if not sentence.start <= d.start < sentence.end:
            continue
        s, e = d.start - sentence.start, d.end - sentence.start
        if not any(s < b and a < e for a, b in skip):
            return d.value
    return None


_PARENTHETICAL_RX = re.compile(
    rf",\s+(?:{'|'.join(lex.RELATIVE_PRONOUNS)})\b[^,;]*,|\([^()]*\)", re.IGNORECASE
)


def parenthetical_spans(text: str) -> list[tuple[int, int]]:
    """Relative clauses and brackets (", whose term expired last year,"): their dates are
    background, not when something was said or done."""
    return [(m.start(), m.end()) for m in _PARENTHETICAL_RX.finditer(text)]


_WORD = re.compile(r"[\w'’-]+")
_SPEECH = frozenset(lex.SPEECH_VERBS)
_COND_VERB_FORMS = frozenset(
    f for v in lex.CONDITION_VERBS
    for f in (v, v + "s", v + "es", v + "ed", v + "d", v + "ing", v[:-1] + "ies", v[:-1] + "ing")
)


def _prev_words(text: str, pos: int, n: int = 1) -> list[str]:
    """The last `n` words before `pos`, lower-cased."""
    return [w.lower() for w in _WORD.findall(text[max(0, pos - 120):pos])][-n:]


def _next_words(text: str, pos: int, n: int = 1) -> list[str]:
    """The first `n` words from `pos`, lower-cased."""
    return [w.lower() for w in _WORD.findall(text[pos:pos + 120])][:n]


_ADVERBIAL_RX = re.compile(
    rf"\s*(?:,[^,;]{{1,80}},\s*)?(?:(?:{'|'.join(lex.ADVERBIAL_LEADS)})\s+(?:[A-Z]\w+\s+)?)?"
)


def verb_follows(text: str, pos: int) -> bool:
    """Whether the words from `pos` (just after a subject) read like a verb phrase; an
    apposition or "on Monday" may come first ("Trump on Monday threatened")."""
    if m := _ADVERBIAL_RX.match(text, pos):
        pos = m.end()
    words = _next_words(text, pos, 1)
    if not words or words[0][0] in "'’":
        return False
    w = words[0]
    if w in lex.DETERMINERS or w in lex.PERSON_POSSESSIVES:
        return False  # "its", "this", "his": a noun phrase, not a verb
    return (w in lex.RELATIVE_STARTS or w in _SPEECH or w in _COND_VERB_FORMS
            or w.endswith("ed") or (w.endswith("s") and not w.endswith("ss"))
            or (w.endswith("ly") and w not in lex.NOT_ADVERBS) or w in lex.VERB_LIKE_WORDS)


def can_be_subject(text: str, p: Placed) -> bool:
    """A mention that can be a subject: not a preposition's object, unless a verb follows it
    ("after the SBU launched" - "after" is a conjunction there)."""
    return not _governed(text, p) or verb_follows(text, p.end)


def _governed(text: str, p: Placed) -> bool:
    """Whether a mention is a preposition's object ("to (the) Russian delegation")."""
    prev = _prev_words(text, p.start, 2)
    if prev and prev[-1] == "the":
        prev = prev[:-1]
    return bool(prev) and prev[-1] in lex.PREPOSITIONS


def whole_words(words: Iterable[str]) -> str:
    """Whole-word alternation of lexicon phrases."""
    return rf"(?<![\w'’-])(?:{phrase_alt(words)})(?![\w-])"


# --- cues -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    """A demand cue in a sentence; offsets are sentence-relative."""

    label: str  # what is stored as Demand.cue ("demand", "only ... if", "proposal")
    kind: str  # verb | noun | condition | must | document | passive | obligation | relative
    start: int  # the cue word(s)
    end: int
    content: int  # where the demanded content starts (== len(text) for an empty list intro)
    limit: int | None = None  # where it must end, when known ("the truce [proposed by X]")


_VERB_FORMS: dict[str, list[tuple[str, str]]] = {}
for _label, _grammar, _forms in lex.VERB_CUES:
    for _form in _forms:
        _VERB_FORMS.setdefault(_form, []).append((_label, _grammar))
_NOUN_CAPABLE = frozenset(f for _, forms, _ in lex.NOUN_CUES for f in forms)
_VERB_RX = re.compile(whole_words(_VERB_FORMS), re.IGNORECASE)
_NOUN_RXS = [(label, re.compile(whole_words(forms), re.IGNORECASE), markers)
             for label, forms, markers in lex.NOUN_CUES]
_COPULA_RX = re.compile(
    rf"\s+(?:{phrase_alt(lex.COPULAS)})\s+(?=(?:{phrase_alt(lex.COPULA_CONTENT_STARTS)})\b)"
    r"(?!to\s+be\b)",
    re.IGNORECASE,
)
_DELAYED_RX = re.compile(rf"(?:,\s*)?\b(?:{phrase_alt(lex.DELAYED_LIST_MARKERS)})\b\s*|:\s*",
                         re.IGNORECASE)
_PASSIVE_RX = re.compile(
    rf"(?P<np>\b(?:{phrase_alt(lex.DETERMINERS)})\s+(?:[\w'’-]+\s+){{0,5}}?)"
    rf"(?P<cue>{phrase_alt(lex.PASSIVE_CUES)})\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)
_COND_RX = re.compile(whole_words(lex.CONDITION_MARKERS) + r"\s*", re.IGNORECASE)
_ONLY_RX = re.compile(
    rf"\b{lex.ONLY_WORD}\b(?P<mid>[^;:!?]{{0,120}}?)\b"
    rf"(?P<conj>{phrase_alt([*lex.ONLY_CONJUNCTIONS, *lex.ONLY_TIME_CONJUNCTIONS])})\s+",
    re.IGNORECASE,
)
_ONLY_WORD_RX = re.compile(rf"\b{lex.ONLY_WORD}\b", re.IGNORECASE)
_PURPOSE_VERBS = phrase_alt(lex.ONLY_PURPOSE_VERBS)
_ONLY_PURPOSE_RX = re.compile(
    rf"\b(?:{_PURPOSE_VERBS})\s+{lex.ONLY_WORD}\s+[\"“]?to\s+(?=[a-z])"
    rf"|\b{lex.ONLY_WORD}\s+(?:{_PURPOSE_VERBS})\s+[\"“]?to\s+(?=[a-z])",
    re.IGNORECASE,
)
_READY_RX = re.compile(
    rf"\b(?:{phrase_alt(lex.READY_WORDS)})\s+to\b[^;:!?]{{0,150}}?\b"
    rf"(?:{phrase_alt(lex.READY_CONJUNCTIONS)})\s+(?:that\s+)?",
    re.IGNORECASE,
)
_DOC_RX = re.compile(whole_words(lex.DOCUMENT_NOUNS), re.IGNORECASE)
_DOC_MARKER_RX = re.compile(whole_words(lex.DOCUMENT_CONTENT_MARKERS) + r"\s*:?\s*", re.IGNORECASE)
_DOC_FRAME_RX = re.compile(
    rf"^\W*(?:{phrase_alt(lex.DOCUMENT_FRAMES)})\s+(?:[\w'’-]+\s+){{1,3}}?"
    rf"(?:{phrase_alt(lex.DOCUMENT_NOUNS)})\s*,\s*",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(lex.DETERMINERS)
_PREPOSITIONS = frozenset(lex.PREPOSITIONS)
_NEGATIONS = frozenset(lex.NEGATIONS)
_NOT_DEMANDED_RX = re.compile(
    rf"(?:{phrase_alt(lex.NOT_DEMANDED)})\b|(?:{phrase_alt(lex.SUMMARY_COUNTS)})\s+"
    rf"(?:[\w-]+\s+)?(?:{phrase_alt(lex.SUMMARY_NOUNS)})\b",
    re.IGNORECASE,
)
# "Putin wants war": an aim ascribed by the other side, not a demand (the whole item only)
_HOSTILE_AIM_RX = re.compile(
    rf"(?:(?:{phrase_alt(lex.DETERMINERS)}|more)\s+)?(?:{phrase_alt(lex.HOSTILE_AIMS)})",
    re.IGNORECASE,
)
# "came to seek peace", "a just and lasting peace": an aim, not a term (the whole item only)
_GENERIC_AIM_RX = re.compile(
    rf"(?:(?:{phrase_alt(lex.DETERMINERS)})\s+)?(?:(?:{phrase_alt(lex.GENERIC_AIM_ADJECTIVES)})"
    rf"(?:\s*,\s*|\s+and\s+|\s+))*(?:{phrase_alt(lex.GENERIC_AIMS)})",
    re.IGNORECASE,
)
# "Moscow has tabled its draft": the document itself; its content is what is demanded
_BARE_DOCUMENT_RX = re.compile(
    rf"(?:(?:{phrase_alt(lex.DETERMINERS)})\s+)?(?:[\w-]+\s+)?{whole_words(lex.DOCUMENT_NOUNS)}",
    re.IGNORECASE,
)
_REFERENCE_WORDS = frozenset(lex.DOCUMENT_REFERENCE_WORDS)
_CHARACTERISING = frozenset(lex.CHARACTERISING_WORDS)
_REJECTION_RX = re.compile(whole_words(lex.REJECTION_WORDS), re.IGNORECASE)
_FINITE = frozenset(lex.FINITE_VERBS)
_IRREALIS = frozenset(lex.IRREALIS_WORDS)
_WEAK_HEADS = frozenset(lex.WEAK_OBJECT_HEADS)
_APPLIED = frozenset(lex.APPLIED_PRESSURE_WORDS)
_NOT_INFINITIVE_RX = re.compile(whole_words(lex.NOT_DEMANDED_INFINITIVES), re.IGNORECASE)


def _negated(text: str, pos: int) -> bool:
    """True when one of the three words before `pos` negates it ("did not demand")."""
    words = _prev_words(text, pos, 3)
    return any(w in _NEGATIONS or w.endswith("n't") for w in words)


def _that_content(text: str, pos: int, min_words: int = 1) -> int | None:
    """`pos` when the that-clause from there is demanded content, not a relative clause."""
    words = _next_words(text, pos, 6)
    if not words or words[0] in lex.RELATIVE_STARTS or len(_next_words(text, pos, 3)) < min_words:
        return None
    if _REJECTION_RX.search(" ".join(words)):
        return None  # "terms that Kyiv has rejected"
    return pos


def _object_content(text: str, end: int) -> int | None:
    """Content of a direct-object cue: "demanded X", "proposed that X", "offered to X", and
    "Russia wants:" ending a list intro (its item lines follow)."""
    if m := re.compile(r"\s*:\s*$").match(text, end):
        return m.end()
    if m := re.compile(r"\s+that\s+").match(text, end):
        return _that_content(text, m.end())
    if m := re.compile(r"\s+[\"“]?to\s+(?=[a-z])").match(text, end):  # also 'offered "to ...'
        return m.end() if _demanding_infinitive(text, m.end()) else None
    if t := re.compile(r",[^,;:.]{1,60},\s+that\s+").match(text, end):
        return _that_content(text, t.end())  # "demanded, among other things, that"
    m = re.compile(r"\s+(?=[\w\"“'‘])").match(text, end)
    if not m:
        return None
    if (t := re.compile(r"\s+(?:[^,;:.]{1,60}?\s+)?to\s+").match(text, end)) and (
            not _demanding_infinitive(text, t.end())):
        return None  # "want us to believe"
    nxt = _next_words(text, m.end())
    if nxt and (nxt[0].endswith("ed") or nxt[0] in _NOT_ITEM_HEADS):
        return None  # "the children Kyiv wants returned": the object came before the verb
    if not nxt or nxt[0] in lex.OBJECT_BLOCKERS or nxt[0] in _SPEECH or nxt[0] in _FINITE:
        return None  # "what Kyiv wants is ...": no object
    if nxt[0] in _PREPOSITIONS or nxt[0].endswith("ly"):
        t = re.compile(r"[^,;:.]{0,60}?\bthat\s+").match(text, end)  # "demanded on Monday that"
        return _that_content(text, t.end()) if t else None
    return m.end()


def _on_that_content(text: str, end: int) -> int | None:
    """"insists on X", "insisted that X", also after an aside ("insisted, as before, on X")."""
    if m := re.compile(r",[^,;:.]{1,40},(?=\s+(?:on|upon|that)\s)").match(text, end):
        end = m.end()
    if m := re.compile(r"\s+(?:on|upon)\s+").match(text, end):
        return m.end()
    if m := re.compile(r"\s+that\s+").match(text, end):
        return _that_content(text, m.end())
    return None


def _for_content(text: str, end: int) -> int | None:
    """"called for X", and "pushed for:" introducing a list."""
    m = re.compile(r"\s+for(?:\s*:\s*|\s+)").match(text, end)
    return m.end() if m else None


def _on_to_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+on\s+(?P<x>[^,;:.]{1,60}?)\s+to\s+(?=[a-z])").match(text, end)
    return m.start("x") if m else None


def _demanding_infinitive(text: str, pos: int) -> bool:
    """Whether the infinitive at `pos` asks for something ("to withdraw"), not for a belief, a
    carrying on or a hostile aim ("want us to believe", "seeks to derail talks"), and is a verb
    at all ("stories offered to subscribers")."""
    nxt = _next_words(text, pos)
    if not nxt or (nxt[0].endswith("s") and not nxt[0].endswith(("ss", "us"))) or (
            nxt[0] in _DETERMINERS):
        return False  # "a response to the memorandum": a preposition, not an infinitive
    return not _NOT_INFINITIVE_RX.match(text, pos)


def _x_to_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+(?:(?P<x>[^,;:.]{1,60}?)\s+)?to\s+(?=[a-z])").match(text, end)
    if not m or not _demanding_infinitive(text, m.end()):
        return None
    if m.group("x") is None:
        return m.end()
    first = _next_words(text, m.start("x"))
    if first and (first[0] in _PREPOSITIONS or first[0] in lex.QUESTION_WORDS):
        return None
    return m.start("x")


def _np_content(text: str, end: int) -> int | None:
    """Only a noun phrase ("we need a ceasefire"): "Kyiv needs to ..." is a duty (a must cue)."""
    if re.compile(r"\s+to\s").match(text, end):
        return None
    return _object_content(text, end)


def _for_to_content(text: str, end: int) -> int | None:
    """"waiting for Kyiv to propose dates": what the other side is expected to do."""
    m = re.compile(r"\s+for\s+(?P<x>[^,;:.]{1,60}?)\s+to\s+(?=[a-z])").match(text, end)
    return m.start("x") if m and _demanding_infinitive(text, m.end()) else None


_DEADLINE_RX = re.compile(
    rf"\s+(?:[^,;:.]{{1,40}}?\s+)??(?P<t>(?:(?:\d+|{phrase_alt(lex.NUMBER_WORDS)})\s+)?"
    rf"(?:{phrase_alt(lex.TIME_UNITS)})|until\s+[^,;:.]{{1,25}}?)\s+to\s+(?=[a-z])",
    re.IGNORECASE,
)


def _deadline_content(text: str, end: int) -> int | None:
    """"gave Russia 50 days to reach a deal": the deadline and what must happen by then."""
    m = _DEADLINE_RX.match(text, end)
    if not m or not _demanding_infinitive(text, m.end()):
        return None
    act = re.compile(r"[^,;:.!?]*").match(text, m.end())
    return m.start("t") if act and _names_topic(act.group()) else None  # not "weeks to advance"


_FORESEEN_RX = re.compile(whole_words(lex.FORESEEN_INFINITIVES), re.IGNORECASE)


def _expect_content(text: str, end: int) -> int | None:
    """"Moscow expects Washington to use its influence": what one side asks of another - not a
    forecast ("expects the talks to be difficult")."""
    content = _obj_to_content(text, end)
    if content is None:
        return None
    to = re.compile(r"[^,;:.]*?\bto\s+").match(text, content)
    return None if to and _FORESEEN_RX.match(text, to.end()) else content


def _obj_to_content(text: str, end: int) -> int | None:
    """Like x_to, but the object is required ("pressed Kyiv to ...", not "pushed to the south")."""
    if re.compile(r"\s+to\s").match(text, end):
        return None
    return _x_to_content(text, end)


def _x_for_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+(?P<x>[^,;:.]{1,50}?)\s+for\s+").match(text, end)
    if not m or (_next_words(text, m.start("x"))[:1] and _next_words(text, m.start("x"))[0]
                 in _PREPOSITIONS):
        return None
    return m.end()


_SUGGEST_RX = re.compile(
    rf"\s+(?:that\s+)?(?P<x>(?:[\w'’-]+\s+){{1,5}}?)(?:{phrase_alt(lex.SUGGEST_MODALS)})\s+"
    r"(?!be\b)[a-z]",
    re.IGNORECASE,
)


def _suggest_content(text: str, end: int) -> int | None:
    """"suggested setting up X", "suggested (that) the Vatican could host": a proposal, while
    "suggested that Moscow was stalling" is only speech."""
    if (m := re.compile(r"\s+(?=[a-z]+ing\b)").match(text, end)) and _next_words(
            text, m.end())[0] not in _JUNK:
        return m.end()  # a gerund, not "nothing" or "during"
    if m := _SUGGEST_RX.match(text, end):
        return m.start("x")
    if (m := re.compile(r"\s+").match(text, end)) and _next_words(text, m.end())[:1] and (
            _next_words(text, m.end())[0] in _DETERMINERS - {"that"}):
        return m.end()  # "suggested a pause in strikes" (weak: the content must be topical)
    return None


_GRAMMARS = {
    "object": _object_content,
    "on_that": _on_that_content,
    "for": _for_content,
    "on_to": _on_to_content,
    "x_to": _x_to_content,
    "obj_to": _obj_to_content,
    "x_for": _x_for_content,
    "suggest": _suggest_content,
    "np": _np_content,
    "expect": _expect_content,
    "deadline": _deadline_content,
    "for_to": _for_to_content,
}


_APPOSITION_END_RX = re.compile(r"^[^,;:]{2,60},\s[^,;:]{2,80},\s+$")


def _verb_position(text: str, pos: int, spans: Sequence[Placed]) -> bool:
    """Whether a noun-or-verb form ("demands") at `pos` is used as a verb."""
    prev = _prev_words(text, pos)
    if not prev:
        return False
    if prev[0] in lex.VERB_PRECEDERS or prev[0].endswith("ly") or prev[0] in lex.DOCUMENT_NOUNS:
        return True
    if _APPOSITION_END_RX.search(text, 0, pos):
        return True  # "Its memorandum, shared with Moscow, calls for": after an apposition
    if text[:pos].rstrip().endswith(","):
        return True  # "The memorandum offers two options, calls for ...": a second predicate
    return any(p.end <= pos and not text[p.end:pos].strip() for p in spans)


def _unreal(text: str, pos: int, form: str) -> bool:
    """A cue verb that is not (yet) done: "has been offered" (its subject receives it), "waiting
    for Kyiv to propose" (awaited, not proposed)."""
    prev = _prev_words(text, pos, 6)
    if prev[-1:] and prev[-1] in lex.PASSIVE_AUXILIARIES:
        return not form.endswith("ing")  # "is demanding" is still active
    return prev[-1:] == ["to"] and bool(set(prev[:-1]) & _IRREALIS)


def _topical(text: str, content: int) -> bool:
    """Whether the content of a weak cue names something negotiated (and is not "concerns")."""
    words = _next_words(text, content, 3)
    if any(w in _WEAK_HEADS for w in words[:3]):
        return False
    return _names_topic(text[content:_clause_end(text, content, len(text))])


def _names_topic(span: str) -> bool:
    """Whether a stretch of text names something negotiated (a truce, a deal, prisoners...)."""
    return bool(_TOPIC_RX.search(span))


_TOPIC_RX = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in lex.NEGOTIATION_TOPICS)})",
                       re.IGNORECASE)


def _verb_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    out = []
    for m in _VERB_RX.finditer(text):
        form = " ".join(m.group().lower().split())
        if _negated(text, m.start()) or _unreal(text, m.start(), form):
            continue
        if form in _NOUN_CAPABLE:
            if not _verb_position(text, m.start(), spans):
                continue
        elif set(_prev_words(text, m.start())) & _DETERMINERS:
            continue  # "the proposed ceasefire"
        if (only := _ONLY_WORD_RX.search(text, m.start(), m.end())) and _ONLY_RX.match(
                text, only.start()):
            continue  # "accept only a truce if Kyiv ...": the condition is what is demanded
        for label, grammar in _VERB_FORMS[form]:
            content = _GRAMMARS[grammar](text, m.end())
            if content is None:
                continue
            if label in lex.TOPICAL_CUES and not _topical(text, content):
                break
            if label in lex.ADDRESSEE_CUES and not any(
                    p.start >= content and len(_WORD.findall(text, content, p.start)) <= 2
                    for p in spans):
                break  # "challenged (Russian President) Putin to ...": a named addressee
            if label in lex.SUBJECT_BOUND_CUES and not _party_subject_before(text, m.start(),
                                                                              spans):
                break  # "the measures still need ...": a need, but nobody's demand
            out.append(Cue(label, "verb", m.start(), m.end(), content))
            break
    return out


_SUBJECT_ADVERBS_RX = re.compile(
    rf"(?:\s+(?:{phrase_alt([*lex.COORDINATED_ADVERBS, *lex.MUST_FILLERS])}))*\s*$",
    re.IGNORECASE,
)


def _party_subject_before(text: str, pos: int, spans: Sequence[Placed]) -> bool:
    """Whether a party or a personal pronoun is the subject right before `pos` ("we need",
    "Ukraine still needs")."""
    lead = _SUBJECT_ADVERBS_RX.search(text, 0, pos)
    end = lead.start() if lead else pos
    prev = _prev_words(text, end)
    return bool(prev and prev[0] in _SUBJECT_PRONOUNS) or any(p.end == end for p in spans)


_SUBJUNCTIVE_RX = re.compile(
    rf"(?P<subj>(?:[\w'’.-]+\s+){{1,3}}?)(?:(?:{phrase_alt(lex.SUBJUNCTIVE_MODALS)})\s+)?"
    rf"(?:{phrase_alt(lex.CONDITION_VERBS)})\b",
)


def _subjunctive(text: str, pos: int) -> bool:
    """"(demands) that Kyiv cede land": a subject then a bare verb, so no relative clause."""
    m = _SUBJUNCTIVE_RX.match(text, pos)
    if not m:
        return False
    words = [w.lower() for w in _WORD.findall(m.group("subj"))]
    return not any(w == "to" or w.endswith(("ed", "n't")) or w in _FINITE
                   or w in lex.MODAL_WORDS or w in lex.AUXILIARIES for w in words)


def _noun_content(text: str, end: int, markers: Sequence[str]) -> int | None:
    """Where a noun cue's content starts: "demands for X", "demands such as X", "demand is X"."""
    if m := re.compile(r"\s*:\s*").match(text, end):
        return m.end()
    rx = re.compile(rf"\s+({phrase_alt([*markers, *lex.NOUN_LIST_MARKERS])})\b\s*", re.IGNORECASE)
    found: int | None = None
    if m := rx.match(text, end):
        word = m.group(1).lower()
        nxt = _next_words(text, m.end())
        if word == "that":  # "the demands that Russia made" is relative: plurals need a list
            plural = text[end - 1:end].lower() == "s"  # ... or a subjunctive ("that Kyiv cede")
            found = _that_content(text, m.end(), min_words=3)
            if plural and not _subjunctive(text, m.end()):
                found = None
        elif word == "to":
            ok = nxt and nxt[0] not in _DETERMINERS and text[m.end():m.end() + 1].islower()
            found = m.end() if ok else None
        else:
            found = m.end()
    elif m := _COPULA_RX.match(text, end):
        found = m.end()
        if text[found:found + 5].lower() == "that ":
            found = _that_content(text, found + 5)
        elif text[found:found + 3].lower() == "to " and not _demanding_infinitive(
                text, found + 3):
            found = None  # "Moscow's aim is to destroy ...": a hostile aim
    if found is not None:
        return found
    window = text[end:end + 160]
    stop = re.search(r"[;!?]|\.(?:\s|$)", window)
    if m := _DELAYED_RX.search(window, 0, stop.start() if stop else len(window)):
        return end + m.end()
    return None


def _noun_cues(text: str) -> list[Cue]:
    out = []
    for label, rx, markers in _NOUN_RXS:
        for m in rx.finditer(text):
            prev = _prev_words(text, m.start(), 2)
            if _negated(text, m.start()) or prev[-1:] == ["no"] or (
                    set(prev) & _CHARACTERISING) or set(_prev_words(text, m.start(), 3)) & (
                    _IRREALIS):
                continue  # "no demands", "reads it as a demand to", "waiting for Kyiv's proposals"
            content = _noun_content(text, m.end(), markers)
            if content is not None:
                out.append(Cue(label, "noun", m.start(), m.end(), content))
    return out


_LIST_INTRO_RX = re.compile(
    rf"\b(?P<noun>{phrase_alt(lex.LIST_LEAD_WORDS)})\s+(?:{phrase_alt(lex.LIST_INTRO_VERBS)})"
    r"(?:\s+as\s+follows)?\s*:\s*$",
    re.IGNORECASE,
)


def _list_intro_cues(text: str) -> list[Cue]:
    """"Its key points include:": a list of someone's points follows (their owner demands them)."""
    m = _LIST_INTRO_RX.search(text)
    if not m:
        return []
    return [Cue(m.group("noun").lower(), "noun", m.start("noun"), m.end("noun"), len(text))]


def _passive_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"the 30-day ceasefire proposed by Washington": the noun phrase before the participle."""
    out = []
    for m in _PASSIVE_RX.finditer(text):
        if any(p.start == m.end() for p in spans):
            label = " ".join(m.group("cue").lower().split()) + " by"
            out.append(Cue(label, "passive", m.start("cue"), m.end(), m.start("np"),
                           m.start("cue")))
    return out


_REFUSAL_RX = re.compile(
    rf"\s(?P<modal>(?:{phrase_alt(lex.REFUSAL_MODALS)})\s+(?:{phrase_alt(lex.CONCESSION_VERBS)}))"
    r"\s+(?=\S)",
    re.IGNORECASE,
)


def _refusal_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"Ukraine would never accept limits on its army": a party's own red line; the content keeps
    the modal and the verb ("would never accept limits on its army")."""
    return [Cue("refuse", "refusal", m.start("modal"), m.end("modal"), m.start("modal"))
            for m in _REFUSAL_RX.finditer(text) if any(p.end == m.start() for p in spans)]


def _condition_cues(text: str) -> list[Cue]:
    """Conditions set by the main clause's subject; one the negotiators must meet together
    ("only once the delegations agree") is a forecast, not a demand on the other side."""
    out = _all_condition_cues(text)
    return [c for c in out if not _joint(text, c.content)]


def _joint(text: str, pos: int) -> bool:
    """Whether the content at `pos` is something both sides do ("the delegations agree")."""
    return bool(_JOINT_RX.match(text, _skip_lead(text, pos)))


def _all_condition_cues(text: str) -> list[Cue]:
    out = [Cue(" ".join(m.group().lower().split()), "condition", m.start(), m.end(), m.end())
           for m in _COND_RX.finditer(text)]
    for m in _ONLY_RX.finditer(text):
        conj = m.group("conj").lower()
        if "," in m.group("mid"):
            continue
        if conj not in lex.ONLY_CONJUNCTIONS:  # "only after": a condition only in a modal clause
            words = {*_prev_words(text, m.start(), 10), *_next_words(text, m.start(), 30)}
            if not words & set(lex.MODAL_WORDS):
                continue
        label = f"only ... {conj}" if m.group("mid").strip() else f"only {conj}"
        out.append(Cue(label, "condition", m.start(), m.end(), m.end()))
    out += [Cue("ready ... if", "condition", m.start(), m.end(), m.end())
            for m in _READY_RX.finditer(text)]
    out += [Cue("only to", "purpose", m.start(), m.end(), m.end())
            for m in _ONLY_PURPOSE_RX.finditer(text) if _demanding_infinitive(text, m.end())]
    threat = _THREAT_RX.search(text)
    out += [Cue("threat ... if not", "condition", m.start(), m.end(), m.end())
            for m in _IF_NOT_RX.finditer(text) if threat and threat.start() < m.start()]
    return out


# "tariffs if Putin does not agree to end the war": the act whose absence is punished
_IF_NOT_RX = re.compile(
    rf"\b(?:if|unless)\s+(?:[\w'’.-]+\s+){{1,4}}?(?:{phrase_alt(lex.IF_NOT_NEGATIONS)})\s+",
    re.IGNORECASE,
)
_THREAT_RX = re.compile(whole_words(lex.THREAT_WORDS), re.IGNORECASE)
_THREATENED_RX = re.compile(whole_words(lex.THREATENED_VERBS), re.IGNORECASE)


_JOINT_RX = re.compile(whole_words(lex.JOINT_SUBJECTS), re.IGNORECASE)
_READY_FOR_RX = re.compile(rf"\b(?:{phrase_alt(lex.READY_WORDS)})\s+for\s+", re.IGNORECASE)


_READY_TO_RX = re.compile(
    rf"\b(?:{phrase_alt(lex.READY_WORDS)})\s+to\s+(?=(?:{phrase_alt(lex.READY_OFFER_VERBS)})\b)",
    re.IGNORECASE,
)


_OFFER_VERB_RX = re.compile(rf"(?:{phrase_alt(lex.READY_OFFER_VERBS)})\s*", re.IGNORECASE)
_READY_CUES = (("ready for", _READY_FOR_RX), ("ready to", _READY_TO_RX))
_READY_LABELS = frozenset(label for label, _ in _READY_CUES)


def _ready_for_cues(text: str) -> list[Cue]:
    """"Ukraine is ready for a full ceasefire": a side offering what it would accept; "Turkey is
    ready to host the talks": a mediator's offer."""
    return [Cue(label, "verb", m.start(), m.end(), m.end())
            for label, rx in _READY_CUES for m in rx.finditer(text)
            if not _negated(text, m.start()) and _topical(text, _object_start(text, m))]


def _object_start(text: str, m: re.Match[str]) -> int:
    """Where the object of "ready to host" starts (the verb itself names no topic), else the
    content ("ready for a truce")."""
    if m.re is not _READY_TO_RX:
        return m.end()
    verb = _OFFER_VERB_RX.match(text, m.end())
    return verb.end() if verb else m.end()


_OBLIGATION_RX = re.compile(
    rf"\b(?:{phrase_alt(lex.OBLIGATION_FRAMES)})\s+(?P<subj>(?:[\w'’.-]+\s+){{1,4}}?)"
    rf"(?:(?:{phrase_alt(lex.OBLIGATION_MODALS)})\s+)?(?:{phrase_alt(lex.OBLIGATION_WORDS)})"
    r"(?:\s*:\s*|\s+)",
    re.IGNORECASE,
)


def _obligation_cues(text: str) -> list[Cue]:
    """"a package under which Kyiv would have to: ...": duties a document lays on one side; the
    document's owner demands them. The cue spans the obligated subject."""
    return [Cue("obligation", "obligation", m.start(), m.end("subj"), m.end())
            for m in _OBLIGATION_RX.finditer(text)]


_IMPERSONAL_RX = re.compile(
    rf"(?P<there>\bthere\s+)?(?:{phrase_alt(lex.MUST_WORDS)}|should)\s+be\s+"
    rf"(?P<part>[a-z]+(?:ed|en)\b|{phrase_alt(lex.NOT_ITEM_HEADS)}\b)?",
    re.IGNORECASE,
)
_NP_START_RX = re.compile(rf"\b(?:{phrase_alt(lex.DETERMINERS)})\s+(?:[\w-]+\s+){{0,3}}?$",
                          re.IGNORECASE)


def _impersonal_cues(text: str) -> list[Cue]:
    """"there must be stronger sanctions", "the exchange must be carried out in full": a duty with
    no one named, voiced by a speaker (whose side demands it)."""
    out = []
    for m in _IMPERSONAL_RX.finditer(text):
        if m.group("there"):
            if m.group("part") is None:
                out.append(Cue("must", "impersonal", m.start(), m.end(), m.end()))
        elif m.group("part") and m.group("part").lower() not in lex.NOT_DUTIES and (
                np := _NP_START_RX.search(text, max(0, m.start() - 60), m.start())) and (
                _next_words(text, np.start())[0] not in _NEGATIONS | {"no"}):
            out.append(Cue("must", "impersonal", m.start(), m.end(), np.start()))
    return out


_MUST_WORD_RX = re.compile(
    rf"(?:\s+(?:{phrase_alt(lex.MUST_FILLERS)}))?\s+(?:{phrase_alt(lex.MUST_WORDS)})\s+"
    rf"(?:(?:{phrase_alt([*lex.MUST_FILLERS, *lex.MUST_ADVERBS])})\s+)?(?=[a-z])",
    re.IGNORECASE,
)
_SUBJECT_BOUNDARY_RX = re.compile(
    rf"(?:^|[,;:\"“”(]|\s[—–]|\b(?:{phrase_alt([*lex.SUBJECT_BOUNDARIES, *lex.SPEECH_VERBS])})"
    r"\b)\W*",
    re.IGNORECASE,
)


_PRESSURE_RX = re.compile(
    rf"(?<![\w-])(?:(?:{phrase_alt(lex.PRESSURE_DEGREES)})\s+)?"
    rf"(?:{phrase_alt(lex.PRESSURE_INTENSIFIERS)})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{phrase_alt(lex.PRESSURE_NOUNS)})\s+(?:on|against)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _pressure_cues(text: str) -> list[Cue]:
    """"new sanctions against Russia", "much more pressure on Moscow": a speaker asking for
    pressure on the other side, unless the sentence tells of pressure already applied ("the EU
    adopted new sanctions against Russia")."""
    out = []
    for m in _PRESSURE_RX.finditer(text):
        if not set(_prev_words(text, m.start(), 3)) & _APPLIED:
            stop = re.compile(r"[,;:!?]|\.(?:\s|$)").search(text, m.end())
            out.append(Cue("pressure", "pressure", m.start(), m.end(), m.start(),
                           stop.start() if stop else None))
    return out


def _target_side(ctx: _Ctx, pos: int) -> str | None:
    """The side named at `pos`: a mention ("Russia") or a nationality ("Russian banks")."""
    if p := _span_at(ctx.spans, pos, ctx.text):
        return side_of(p.actor)
    if d := _DEMONYM_WORD_RX.match(ctx.text, pos):
        return lex.DEMONYMS.get(" ".join(d.group().split()))
    return None


def _must_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"Kyiv must withdraw", "the whole world must respond", "he must be forced to peace": a duty
    voiced for someone; the content opens with the whole subject."""
    out = []
    for m in _MUST_WORD_RX.finditer(text):
        head = [p for p in spans if p.end == m.start()]
        if head:  # "Russia and Ukraine must ...": from the first coordinated mention
            start = _coordinated(text, [*(q for q in spans if q.end <= head[0].start),
                                        head[0]])[0].start
        else:
            verb = _next_words(text, m.end(), 2)
            if not _demanding_infinitive(text, m.end()) or (
                    verb[0] == "be" and verb[-1] in lex.NOT_DUTIES):
                continue  # "the world must understand", "no breakthrough should be expected"
            bounds = list(_SUBJECT_BOUNDARY_RX.finditer(text, max(0, m.start() - 60), m.start()))
            start = bounds[-1].end() if bounds else None
            if start is None or not _free_subject(text[start:m.start()]):
                continue
            joined = [p for p in spans if p.end <= start and _COORD_RX.match(text[p.end:start])]
            if joined:  # "Washington and European capitals should ..."
                start = _coordinated(text, [q for q in spans if q.end <= joined[-1].end])[0].start
            elif not _addressed_duty(text, start, m.start()):
                continue  # "residents should stay in shelters": no party, nothing negotiated
        more = _NEXT_COMPLEMENT_RX.search(text, m.end())  # "X must go, and that Y ..."
        if told := _UNDERSTAND_RX.match(text, m.end()):  # "Russia must understand: Y"
            start = told.end()
        out.append(Cue("must", "must", start, m.end(), start, more.start() if more else None))
    return out


_NEXT_COMPLEMENT_RX = re.compile(r",?\s+and\s+that\s", re.IGNORECASE)
_UNDERSTAND_RX = re.compile(rf"(?:{phrase_alt(lex.REALISING_VERBS)})(?:\s*:\s*|\s+that\s+)",
                            re.IGNORECASE)


_ADDRESSEE_RX = re.compile(whole_words(lex.ADDRESSEE_NOUNS), re.IGNORECASE)


def _addressed_duty(text: str, start: int, must: int) -> bool:
    """Whether a duty without a named party still concerns the talks: its subject is a pronoun
    or a third party ("the whole world", "partners"), or it names something negotiated."""
    subject = text[start:must]
    if _WORD.findall(subject)[-1].lower() in lex.SUBJECT_PRONOUNS or _ADDRESSEE_RX.search(
            subject):
        return True
    return _names_topic(text[start:_clause_end(text, start, len(text))])


_ONLY_WAY_RX = re.compile(
    rf"\s+(?:{phrase_alt(lex.ONLY_WAY_COPULAS)})\s+(?:the\s+)?{lex.ONLY_WORD}\s+"
    rf"(?:{phrase_alt(lex.ONLY_WAY_NOUNS)})\b",
    re.IGNORECASE,
)


def _only_way_cues(text: str) -> list[Cue]:
    """"(said) a meeting with Putin remained the only way to settle it": the speaker's side wants
    the subject, which must name something negotiated."""
    out = []
    for m in _ONLY_WAY_RX.finditer(text):
        bounds = list(_SUBJECT_BOUNDARY_RX.finditer(text, max(0, m.start() - 80), m.start()))
        start = bounds[-1].end() if bounds else None
        if start is None or not _free_subject(text[start:m.start()]) or not _names_topic(
                text[start:m.start()]):
            continue
        out.append(Cue("only way", "only way", m.start(), m.end(), start, m.start()))
    return out


def _free_subject(words: str) -> bool:
    """Whether the words before "must" form a plain subject ("the whole world", "he", "European
    capitals"), not a clause ("which was agreed") or the speaker's own side ("we", "our army")."""
    low = [w.lower() for w in _WORD.findall(words)]
    if not 0 < len(low) <= 5 or set(low) & lex.OWN_SIDE_WORDS or low[0] in lex.NOBODY_WORDS:
        return False  # "we must", "no one should expect ..."
    if low[-1] not in lex.SUBJECT_PRONOUNS and not _meaningful(words):
        return False  # "it must be said", "this must stop"
    return not any(w in _FINITE or w in _SPEECH or w in lex.RELATIVE_PRONOUNS
                   or w in lex.SUBJUNCTIVE_MODALS or w == "there" for w in low)


_RELATIVE_RX = re.compile(
    rf"\b(?:that|which)\s+(?P<subj>(?:[\w'’.-]+\s+){{1,5}}?)"
    rf"(?:(?:{phrase_alt(lex.RELATIVE_AUXILIARIES)})\s+){{0,3}}"
    rf"(?P<cue>{phrase_alt(lex.RELATIVE_CUE_VERBS)})(?P<part>\s+[a-z]+ed\b)?"
    # "that X has urged both sides to accept": the infinitive lacks its object
    r"(?:(?P<inf>\s+(?:[\w'’-]+\s+){1,3}?to\s+[a-z]+)(?=\s*(?:[,.;:!?)]|$))"
    r"|(?=\s*(?:[,.;:!?)]|$)|\s+(?:from|in|at|on|since|for|by|last|this|earlier|as)\b))",
    re.IGNORECASE,
)


def _antecedent(text: str, pos: int) -> int | None:
    """Start of the noun phrase ending at `pos`: back over adjectives and numbers to its
    determiner, stopping at a preposition or a comma ("a list of [339 children]")."""
    words = list(re.compile(r"[\w'’-]+").finditer(text, max(0, pos - 80), pos))
    if not words or text[words[-1].end():pos].strip() or (
            words[-1].group().lower() in lex.SEGMENT_BREAKERS):
        return None  # ", and that ...": a second complement clause, no antecedent
    start = None
    for w in reversed(words[-6:]):
        low = w.group().lower()
        if low in _PREPOSITIONS or low in _SPEECH or low in _FINITE or text[
                w.end():(start if start is not None else pos)].strip(" "):
            break
        start = w.start()
        if low in _DETERMINERS:
            break
    return start


def _relative_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"the 30-day truce that Kyiv has demanded", "children that Kyiv wants returned": the
    relative clause's subject demands the noun phrase it hangs on."""
    out = []
    for m in _RELATIVE_RX.finditer(text):
        cue = m.group("cue").lower()
        if not any(m.start("subj") <= p.start < m.start("cue") for p in spans) or _negated(
                text, m.start("cue")):
            continue
        if set(_prev_words(text, m.start(), 2)) & _SPEECH:
            continue  # "said (afterward) that Moscow had proposed": a complement, no antecedent
        if cue.startswith("want") and not (m.group("part") or m.group("inf")):
            continue  # "the deal that Moscow wants" is fine, but "wants" alone is too loose
        start = _antecedent(text, m.start())
        if start is None:
            continue
        limit = m.start() if not m.group("part") else None
        content_end = limit if limit is not None else _clause_end(text, m.end(), len(text))
        out.append(Cue(" ".join(cue.split()), "relative", m.start(), m.end("cue"), start,
                       content_end))
    return out


def _document_cues(text: str, framed: bool) -> list[Cue]:
    """"the plan begins with X" / "According to the proposal, X" (framed only when no other cue)."""
    out = []
    for m in _DOC_RX.finditer(text):
        window_end = min(len(text), m.end() + 120)
        stop = re.search(r"[;!?]|\.(?:\s|$)", text[m.end():window_end])
        limit = m.end() + stop.start() if stop else window_end
        k = _DOC_MARKER_RX.search(text, m.end(), limit)
        if k and not _negated(text, k.start()) and not (
                set(_prev_words(text, k.start())) & (_PREPOSITIONS | _DETERMINERS)):
            out.append(Cue(m.group().lower(), "document", m.start(), m.end(), k.end()))
    if framed and not out and (f := _DOC_FRAME_RX.match(text)):
        noun = _DOC_RX.search(f.group())
        if noun:
            out.append(Cue(noun.group().lower(), "document", noun.start(), noun.end(), f.end()))
    return out


def find_cues(text: str, spans: Sequence[Placed] = ()) -> list[Cue]:
    """Every demand cue in a sentence, with where its content starts (sentence-relative)."""
    found = [*_obligation_cues(text), *_relative_cues(text, spans), *_verb_cues(text, spans),
             *_noun_cues(text), *_condition_cues(text), *_ready_for_cues(text),
             *_must_cues(text, spans), *_passive_cues(text, spans), *_impersonal_cues(text),
             *_pressure_cues(text), *_list_intro_cues(text), *_refusal_cues(text, spans),
             *_only_way_cues(text)]
    found += _document_cues(text, framed=not found)
    # "no sign that Moscow would accept the truce that Kyiv demanded": Kyiv's demand stands
    found = [c for c in found if c.kind in ("relative", "passive") or not _doubted(text, c.start)]
    kept: list[Cue] = []
    for cue in found:  # earlier kinds win on a shared word or a shared content start
        if any(_skip_lead(text, k.content) == _skip_lead(text, cue.content)
               or (k.start < cue.end and cue.start < k.end
                   and (k.kind != "must" or cue.kind == "impersonal"))
               for k in kept):
            continue
        kept.append(cue)
    return sorted([c for c in kept if not _nested(text, c, kept)], key=lambda c: c.start)


_DOUBT_RX = re.compile(rf"\b(?:{phrase_alt(lex.DOUBT_FRAMES)})\b[^,;:]*$", re.IGNORECASE)


def _doubted(text: str, pos: int) -> bool:
    """"no sign that Moscow was ready for a truce": the clause denies what the cue would assert."""
    return bool(_DOUBT_RX.search(text, max(0, pos - 100), pos))


def _nested(text: str, cue: Cue, cues: Sequence[Cue]) -> bool:
    """A verb cue in the infinitive another verb cue asks for ("needs its partners to keep
    pressing Washington to ..."), or a call for pressure inside another demand ("should answer
    with tougher sanctions"): part of that demand, not a demand of its own."""
    if cue.kind == "pressure" or cue.label in _READY_LABELS:
        hosts = [c for c in cues if c.kind != "pressure" and c.label not in _READY_LABELS]
    elif cue.kind == "verb" and "to" in _prev_words(text, cue.start, 2):
        hosts = [c for c in cues if c.kind == "verb"]
    else:
        return False
    return any(c.content <= cue.start < _clause_end(text, c.content, len(text))
               for c in hosts if c is not cue)


# --- content: clause end and items --------------------------------------------------------------

_LEAD_RX = re.compile(rf"(?:\s|[:\"“”'‘’]|\b(?:{phrase_alt(lex.LEAD_WORDS)})\s)*", re.IGNORECASE)
_HARD_END_RX = re.compile(
    r";|\s[—–]\s|\s--\s|,?[\"”](?=[\s,.;:!?]|$)|,\s*[\"”]|\s\((?=[a-z])"
    rf"|\s(?:{phrase_alt(lex.HARD_BREAKERS)})\s",
    re.IGNORECASE,
)
_AS_WELL_AS_RX = re.compile(rf"{phrase_alt([lex.AS_WELL_AS])}\b", re.IGNORECASE)
_BREAKER_RX = re.compile(rf"(?:{phrase_alt(lex.CLAUSE_BREAKERS)})\b", re.IGNORECASE)
# ", terms that Kyiv has rejected": a noun phrase summing up what came before
_APPOSITIVE_RX = re.compile(
    rf"(?:(?:{phrase_alt(lex.APPOSITIVE_DETERMINERS)})\s+)?(?:[\w-]+\s+)?"
    rf"(?:{whole_words([*_NOUN_CAPABLE, *lex.DOCUMENT_NOUNS, 'demands', 'conditions'])}"
    rf"|{whole_words(lex.APPOSITIVE_NOUNS)}(?=\s+(?:that|which)\b))",
    re.IGNORECASE,
)
_SUBORDINATE_RX = re.compile(rf"^\W*(?:{phrase_alt(lex.SUBORDINATORS)})\b[^,;]*,", re.IGNORECASE)
# "According to a source in the delegation, As reported, ...": openers that hold no subject
_INTRO_RX = re.compile(
    rf"^\W*(?:(?:{phrase_alt([*lex.SUBORDINATORS, *lex.INTRO_PHRASES])})\b[^,;]*,\s*)+",
    re.IGNORECASE,
)


def _skip_lead(text: str, pos: int) -> int:
    """Skip spaces, quotes and a leading "that"/"for"/"on" from `pos`."""
    m = _LEAD_RX.match(text, pos)
    return m.end() if m else pos


def _is_attribution(chunk: str) -> bool:
    """", Peskov said" / ", the ministry said in a statement": a short chunk with a speech verb."""
    words = [w.lower() for w in _WORD.findall(chunk.split(",")[0])]
    return 0 < len(words) <= 9 and any(w in _SPEECH for w in words[:6])


_DASH_RX = re.compile(r"\s[—–]\s|\s--\s")


def _dash_aside(text: str, dash: re.Match[str], limit: int) -> int | None:
    """End of a short aside between two dashes that the clause goes on after, else None."""
    if not _DASH_RX.fullmatch(dash.group()):
        return None
    close = _DASH_RX.search(text, dash.end(), limit)
    if close is None:
        return None
    words = [w.lower() for w in _WORD.findall(text, dash.end(), close.start())]
    after = _next_words(text, close.end())
    if not 0 < len(words) <= lex.MAX_ASIDE_WORDS or set(words) & (_FINITE | _SPEECH) or (
            not after or after[0] in lex.RELATIVE_PRONOUNS or after[0] in _PRONOUNS
            or after[0] == "that"):
        return None
    return close.end()


def _closes_inner_quote(text: str, start: int, end: re.Match[str]) -> bool:
    """Whether a closing quote mark ends a short quotation opened inside the content (a quoted
    whole content, or one opened before it, ends the clause)."""
    if not set(end.group()) & set('"”'):
        return False
    inner = text[start:end.start()].lstrip()
    if not inner or inner[0] in '"“':
        return False
    return inner.count('"') % 2 == 1 or inner.count("“") > inner.count("”")


def _clause_end(text: str, start: int, limit: int) -> int:
    """End of the clause that starts at `start` (never past `limit`)."""
    end = limit
    pos = start
    while m := _HARD_END_RX.search(text, pos, end):
        if _closes_inner_quote(text, start, m):
            pos = m.end()  # 'an exchange on an "all for all" basis'
            continue
        if (aside := _dash_aside(text, m, limit)) is None:
            end = m.start()
            break
        pos = aside  # "three groups – on political and military issues – and truces"
    if (sub := _SUBORDINATE_RX.match(text)) and start < sub.end() - 1 < end:
        end = sub.end() - 1
    for c in re.compile(r",\s+").finditer(text, start, end):
        if _AS_WELL_AS_RX.match(text, c.end()):
            continue
        if (_BREAKER_RX.match(text, c.end()) or _APPOSITIVE_RX.match(text, c.end())
                or _is_attribution(text[c.end():])):
            end = c.start()
            break
    while end > start and text[end - 1] in " .,:;!?\"”'’\n":
        end -= 1
    return end


_ALWAYS_SEP = rf"(?:,\s*|\s+)(?:{phrase_alt(lex.ITEM_SEPARATORS)})\s+"
_ELABORATION_SEP = (rf",\s*(?:{phrase_alt(lex.ELABORATION_MARKERS)})\s+"
                    rf"(?=to\s+[a-z]|(?:{phrase_alt(lex.DETERMINERS)})\s)")
_SEP_RX = re.compile(
    rf"(?P<always>{_ALWAYS_SEP}|{_ELABORATION_SEP})"
    r"|(?P<checked>,\s+(?:and|or)\s+|\s+and\s+|,\s+)",
    re.IGNORECASE,
)
_INLINE_LIST_RX = re.compile(r"(?:^|\s)(?:\(?\d{1,2}[.)]|[•▪●])\s+")
_MODAL_PREFIX_RX = re.compile(rf"\s+(?:{phrase_alt(lex.MODAL_PREFIXES)})(?=\s)", re.IGNORECASE)
_NOT_ITEM_HEADS = frozenset(lex.NOT_ITEM_HEADS)
_ITEM_LEAD_RX = re.compile(rf"^(?:[\"“”'‘’:]|(?:{phrase_alt(lex.ITEM_LEAD_WORDS)})\b)\s*",
                           re.IGNORECASE)
_PRONOUNS = frozenset(lex.CLAUSE_PRONOUNS)


@dataclass(frozen=True, slots=True)
class _Item:
    text: str
    start: int
    end: int


def _span_at(spans: Sequence[Placed], pos: int, text: str) -> Placed | None:
    """A mention starting at `pos` (or right after "the ")."""
    m = re.compile(r"the\s+", re.IGNORECASE).match(text, pos)
    starts = {pos, m.end()} if m else {pos}
    return next((p for p in spans if p.start in starts), None)


def _leading_prefix(text: str, start: int, spans: Sequence[Placed]) -> str | None:
    """"Ukraine" or "Kyiv must" when the content opens with a subject: carried into later items."""
    p = _span_at(spans, start, text)
    if p is None or not verb_follows(text, p.end):
        return None
    m = _MODAL_PREFIX_RX.match(text, p.end)
    return text[start:m.end() if m else p.end]


_INFINITIVE_RX = re.compile(rf"\sto\s+(?!(?:{phrase_alt(lex.DETERMINERS)})\b)[a-z]+\s")


_CAPITALISED_RX = re.compile(r"[\w'’-]+\s+(?P<w>[A-Z][\w'’-]*)")


def _proper_name_follows(text: str, pos: int) -> bool:
    """Whether a determiner at `pos` opens a proper name ("the Donetsk ..."), not a nationality
    adjective ("the Russian side")."""
    m = _CAPITALISED_RX.match(text, pos)
    if m and m.group("w") in lex.DEMONYMS:  # "the Russian Orthodox Church" is still a name
        m = _CAPITALISED_RX.match(text, m.start("w"))
    return bool(m) and m.group("w") not in lex.DEMONYMS


_DEFINITE = _DETERMINERS - set(lex.INDEFINITE_DETERMINERS)
# "... of Crimea": an item ending in the proper-name object of "of"
_OF_NAME_END_RX = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
# "the lifting of ...", "a ban on ...": a noun phrase that is an item of its own
_NOMINAL_RX = re.compile(
    rf"(?:[\w'’-]+\s+){{1,3}}?(?:{phrase_alt(lex.ITEM_PREPOSITIONS)})\s", re.IGNORECASE)


def _split_decision(
    text: str, cur: int, sep: re.Match[str], spans: Sequence[Placed], prefix: str | None
) -> str:
    """What a comma / "and" between two stretches of content means: split, carry, end or none."""
    rest = sep.end()
    words = _next_words(text, rest, 2)
    if not words:
        return "none"
    w, nxt = words[0], words[1] if len(words) > 1 else ""
    so_far = [x.lower() for x in _WORD.findall(text[cur:sep.start()])]
    if w in lex.LEAD_WORDS and w in _prev_words(text, cur, 1) and "and" in sep.group().lower():
        return "split"  # "ready for a truce and for talks": the cue's preposition again
    if lex.BETWEEN in so_far and "and" in sep.group().lower() and "and" not in so_far[
            so_far.index(lex.BETWEEN):]:
        return "none"  # "a meeting between X and Y"
    subj = _span_at(spans, rest, text)
    if subj is not None and (first := _span_at(spans, cur, text)) and first.end == sep.start():
        return "none"  # "Russia and Ukraine must ...": one coordinated subject
    if subj is not None or w in _PRONOUNS:
        after = subj.end if subj is not None else rest + len(w)
        if not verb_follows(text, after):
            return "none"
        return "split" if prefix is not None else "end"
    if (w in _DETERMINERS or nxt == "to") and "," not in sep.group() and _INFINITIVE_RX.search(
            text, cur + 1, sep.start()):
        return "none"  # "a truce to evacuate the wounded and the dead", "... to allow medics to
        # reach the wounded and soldiers to recover the dead": all inside the purpose infinitive
    if w in _DETERMINERS and _proper_name_follows(text, rest):
        return "none"  # "recognition of Crimea, the Donetsk region and ...": one list of places
    if w in _DEFINITE and "," not in sep.group() and _OF_NAME_END_RX.search(
            text, cur, sep.start()) and not _NOMINAL_RX.match(text, rest):
        return "none"  # "recognition of Crimea and those four regions": both objects of "of"
        # (not "the return of Crimea and a truce": an indefinite starts a new item)
    if w in _DETERMINERS and _clause_follows(text, rest):  # a new clause with its own verb:
        return "split" if prefix is not None else "end"  # a further condition ("only if Kyiv
        # withdraws and the swap is done"), else no item ("..., and the only result was a swap")
    if w in _DETERMINERS or (w == "to" and nxt and nxt not in _DETERMINERS):
        return "split"  # "... and the return of", "... and to introduce"
    if not text[rest:rest + 1].islower():
        return "none"
    if w in _COND_VERB_FORMS:
        return "carry" if prefix is not None else "split"
    if w in lex.MODIFIER_PARTICIPLES:
        return "none"  # "all prisoners and abducted children": an adjective, not a new verb
    if w.endswith("ed") or w in _SPEECH or (w in _FINITE and "and" in sep.group().lower()):
        return "end"  # "..., and announced new aid", "and had": a new predicate of the subject
    if w in lex.EXCEPTIONS:
        return "none"  # ", except to pull them back"
    if nxt in lex.ITEM_PREPOSITIONS and not w.endswith(("ed", "ly")) and w not in _NOT_ITEM_HEADS:
        return "split"
    first = so_far[0] if so_far else ""
    if w.endswith("ing") and first.endswith("ing"):
        return "split"
    return "none"


def _clause_follows(text: str, pos: int) -> bool:
    """Whether the noun phrase at `pos` is the subject of its own finite verb ("the only result
    was ..."), not a further item ("the return of children who were taken")."""
    for w in _next_words(text, pos, 6)[1:]:
        if w in _FINITE:
            return True
        if w in _PREPOSITIONS or w in lex.RELATIVE_PRONOUNS or w == "that":
            return False
    return False


_TRAILING_ASIDE_RX = re.compile(r"(?<=\w)\s(?:[—–]|--)\s[^—–]+\s(?:[—–]|--)\W*$")


def _clean(text: str) -> str:
    """Trim an item to its words: no leading link words, quotes or trailing punctuation."""
    text = " ".join(text.split())
    text = _ITEM_LEAD_RX.sub("", text)
    text = _TRAILING_ASIDE_RX.sub("", text)  # "three groups – on political issues –"
    text = re.sub(r"[\s.,;:!?]+(?=[\"”]$)", "", text)  # '30 days "from any moment,"'
    for quote in ('"', "“", "”"):
        if text.count(quote) == 1 and text.count("“") + text.count("”") != 2:
            text = text.replace(quote, "")  # the quote opens or closes outside the item
    text = text.strip(" .,;:!?'‘’—–-")
    if text[:1] in ('"', "“") and text[-1:] in ('"', "”") and text.count(text[-1]) <= 2:
        text = text[1:-1].strip()  # a wholly quoted item
    words = text.split()
    return " ".join(words[:lex.MAX_ITEM_WORDS])


_JUNK = frozenset({*_DETERMINERS, *_PREPOSITIONS, *_PRONOUNS, *lex.LIST_INTRO_WORDS,
                   *lex.EMPTY_WORDS, *lex.REFLEXIVES, "and", "or", "not"})


def _meaningful(item: str) -> bool:
    return any(len(w) > 2 and w.lower() not in _JUNK for w in _WORD.findall(item))


def _serial_list(cuts: list[tuple[re.Match[str], str]]) -> list[tuple[re.Match[str], str]]:
    """In "A of X and the Y, B, C and D" only the last "and" joins items: a bare "and" before a
    comma that separates items joins words inside one item."""
    commas = [i for i, (sep, _) in enumerate(cuts) if sep.group().strip() == ","]
    if not commas:
        return cuts
    return [c for i, c in enumerate(cuts)
            if i > commas[-1] or c[0].group().strip().lower() != "and" or c[1] != "split"]


def _split_items(text: str, start: int, end: int, spans: Sequence[Placed]) -> list[_Item]:
    """Cut demanded content into conjoined items, carrying a shared subject into later ones."""
    start = _skip_lead(text, start)
    if start >= end:
        return []
    inline = [m for m in _INLINE_LIST_RX.finditer(text, start, end)]
    if len(inline) >= 2:
        bounds = [m.end() for m in inline]
        ends = [m.start() for m in inline[1:]] + [end]
        return [_Item(_clean(text[a:b]), a, b) for a, b in zip(bounds, ends, strict=True)
                if _meaningful(text[a:b])]
    prefix = _leading_prefix(text, start, spans)
    cuts: list[tuple[re.Match[str], str]] = []
    cur = start
    for sep in _SEP_RX.finditer(text, start, end):
        if sep.start() < cur:
            continue
        decision = "split" if sep.group("always") else _split_decision(
            text, cur, sep, spans, prefix)
        if decision == "end":
            end = sep.start()
            break
        if decision in ("split", "carry"):
            cuts.append((sep, decision))
            cur = sep.end()
    pieces: list[tuple[int, int, bool]] = []
    cur, carry = start, False
    for sep, decision in _serial_list(cuts):
        pieces.append((cur, sep.start(), carry))
        cur, carry = sep.end(), decision == "carry"
    pieces.append((cur, end, carry))
    items = []
    for a, b, carried in pieces:
        body = _clean(text[a:b])
        if carried and prefix:
            body = f"{' '.join(prefix.split())} {body}"
        if _meaningful(body):
            items.append(_Item(body, a, b))
    return items


# --- who: party and voicer ----------------------------------------------------------------------

_SEGMENT_RX = re.compile(
    rf";|\s[—–]\s|\s--\s|,\s+(?:{phrase_alt(lex.SEGMENT_BREAKERS)})\b"
    rf"|\s(?:{phrase_alt(lex.SEGMENT_HARD_BREAKERS)})\s",
    re.IGNORECASE,
)
_COORD_RX = re.compile(rf"^\s*(?:,|,?\s*(?:{phrase_alt(lex.COORDINATORS)}))\s*(?:the\s+)?$",
                       re.IGNORECASE)
_SPEECH_AFTER_RX = re.compile(
    rf"(?:\s*,[^,;]{{1,80}},|(?P<comma>,))?\s+"
    rf"(?:(?:{phrase_alt(lex.SPEECH_FILLERS)}|on\s+\w+(?:\s+\d+)?)\s+){{0,3}}"
    rf"(?:{phrase_alt(lex.SPEECH_VERBS)})\b",
    re.IGNORECASE,
)
# '..." said Peskov' / "according to Peskov" - but in "he says Russia must" Russia is no speaker
_SPEECH_BEFORE_RX = re.compile(
    rf"(?:(?:^|[,\"”’])\s*(?:{phrase_alt(lex.SPEECH_VERBS)})|\b{lex.ACCORDING_TO})\s+$",
    re.IGNORECASE,
)
_PRONOUN_SPEAKER_RX = re.compile(
    rf"\b(?:{phrase_alt(lex.PERSON_PRONOUNS)})\s+(?:(?:{phrase_alt(lex.SPEECH_FILLERS)})\s+)?"
    rf"(?:{phrase_alt(lex.SPEECH_VERBS)})\b"
    # '"...," the minister stressed': a role standing for the last speaker (not "the Ukrainian
    # leader said", whose nationality names the side)
    rf"|[,\"”]\s+the\s+(?!(?:{phrase_alt(lex.DEMONYMS)})\b)(?:[\w-]+\s+){{1,3}}?"
    rf"(?:{phrase_alt(lex.SPEECH_VERBS)})\b"
    rf"|\b(?:{phrase_alt([*lex.SPEECH_VERBS, lex.ACCORDING_TO])})\s+"
    rf"(?:{phrase_alt([*lex.PERSON_PRONOUNS, *lex.PERSON_OBJECT_PRONOUNS])})\b",
    re.IGNORECASE,
)
_DEMONYM_SPEAKER_RX = re.compile(
    rf"(?<![\w.])(?P<d>{phrase_alt(lex.DEMONYMS)})\s+(?:[\w-]+\s+){{1,2}}?"
    rf"(?:(?:{phrase_alt(lex.SPEECH_FILLERS)})\s+)?(?:{phrase_alt(lex.SPEECH_VERBS)})\b"
)
_POSSESSIVE_RX = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}$")
# case-sensitive: "US" is a demonym, "us" is not
_DEMONYM_WORD_RX = re.compile(whole_words(lex.DEMONYMS))
_DEMONYM_RX = re.compile(rf"(?<![\w.])(?P<d>{phrase_alt(lex.DEMONYMS)})\s+(?:[\w-]+\s+){{0,2}}$")
_BY_AGENT_RX = re.compile(r"(?:\s+(?!that\b|which\b|to\b|be\b|is\b|are\b)[\w-]+){0,2}?\s+by\s+")


@dataclass(slots=True)
class _State:
    """What the reader remembers across sentences."""

    names: frozenset[str]  # actor names of the article (valid parties)
    context: str | None = None  # last party that tabled a proposal or voiced a demand
    prev_person: LocalActor | None = None
    prev_speaker: LocalActor | None = None  # who a quote or "he said" most likely continues
    prev_group: LocalActor | None = None
    prev_subject: LocalActor | None = None  # what a sentence-initial "Its" refers back to
    pending: _Intro | None = None
    groups: list[LocalActor] = field(default_factory=list)  # non-person actors, in reading order


@dataclass(frozen=True, slots=True)
class _Intro:
    """A list intro ("Russia sets out these demands:") waiting for its item lines."""

    parties: tuple[str | None, ...]
    by: int | None
    cue: str
    date: date | None
    prefix: str = ""  # "partners to", "Ukraine": the intro's unfinished clause, read into each item


@dataclass(slots=True)
class _Ctx:
    """One sentence being read."""

    text: str
    spans: list[Placed]
    state: _State
    pronoun_speaker: bool = False  # '"...," he said': a speaker named only by a pronoun
    in_long_quote: bool = False  # inside a quotation that a later sentence closes ...
    quote_speaker: LocalActor | None = None  # ... naming this speaker ('...," Zelensky said')


def _party_name(actor: LocalActor) -> str | None:
    """Party of an acting actor: its side, or an unaligned organisation's own name - the bloc's
    name for a bloc's institution (the European Commission speaks for the European Union)."""
    if side := side_of(actor):
        return side
    if actor.kind != "organisation":
        return None
    return lex.ORGANISATION_PARTIES.get(actor.name, actor.name)


def _segment_start(text: str, pos: int) -> int:
    """Start of the clause holding `pos` (after a ';', a dash, ", but", a leading "While ... ,")."""
    start = 0
    for m in _SEGMENT_RX.finditer(text, 0, pos):
        start = m.end()
    if (sub := _INTRO_RX.match(text)) and sub.end() <= pos:
        start = max(start, sub.end())
    return start


def _coordinated(text: str, cands: list[Placed]) -> list[Placed]:
    """The last candidate plus those joined to it by "and" / commas ("the U.S. and Ukraine")."""
    group = [cands[-1]]
    for q in reversed(cands[:-1]):
        if q.end <= group[0].start and _COORD_RX.match(text[q.end:group[0].start]):
            group.insert(0, q)
        elif q.end > group[0].start:
            continue  # nested or overlapping mention of the same phrase
        else:
            break
    return group


def _resolve_pronoun(ctx: _Ctx, word: str, pos: int, cue: Cue) -> list[LocalActor]:
    """The actor a pronoun subject stands for."""
    before = [p for p in ctx.spans if p.end <= pos]
    if word in lex.PERSON_PRONOUNS:
        person = next((p.actor for p in reversed(before) if p.actor.kind == "person"),
                      ctx.state.prev_speaker or ctx.state.prev_person)
        return [person] if person else []
    if word in lex.OTHER_SIDE_PRONOUNS and _in_quote(ctx, pos) and (
            speaker := _voicer(ctx, cue)) and (mine := side_of(speaker)):
        # a speaker calls their own side "we": a quoted "they" is another side
        groups = [*ctx.state.groups, *(p.actor for p in before if p.actor.kind != "person")]
        other = next((a for a in reversed(groups) if _party_name(a) not in (None, mine)), None)
        return [other] if other else []
    if word in lex.GROUP_PRONOUNS:
        group = next((p.actor for p in reversed(before) if p.actor.kind != "person"),
                     ctx.state.prev_subject or ctx.state.prev_group)  # subjects stay subjects
        return [group] if group else []
    voicer = _voicer(ctx, cue) or ctx.state.prev_speaker or ctx.state.prev_subject
    return [voicer] if voicer else []  # a quoted "we" goes on speaking


_SUBJECT_PRONOUNS = frozenset({*lex.PERSON_PRONOUNS, *lex.GROUP_PRONOUNS, *lex.SPEAKER_PRONOUNS})


def _pronoun(word: str) -> str:
    """A word without its contracted verb ("We're" -> "we")."""
    return re.split(r"['’]", word.lower())[0]


def _subjects(ctx: _Ctx, pos: int, cue: Cue) -> list[LocalActor]:
    """Actors that are the subject of the clause before `pos`: the last mention or pronoun that a
    verb follows ("he would meet Putin only if" - not Putin), else the last mention."""
    text = ctx.text
    seg = _segment_start(text, pos)
    cands: list[Placed | re.Match[str]] = [
        p for p in ctx.spans if seg <= p.start and p.end <= pos and can_be_subject(text, p)]
    cands += [m for m in _WORD.finditer(text, seg, pos) if _pronoun(m.group()) in _SUBJECT_PRONOUNS]
    if not cands:
        cands = [p for p in ctx.spans if p.end <= pos and can_be_subject(text, p)]
    if not cands:
        return []
    cands.sort(key=_start_of)
    ends = {_start_of(c): _phrase_end(text, _end_of(c), pos) for c in cands}
    near = [c for c in cands if cue.kind == "verb" and not _WORD.search(text, ends[_start_of(c)],
                                                                        pos)]
    verbed = [c for c in cands if verb_follows(text, ends[_start_of(c)])]
    best = (near or verbed or cands)[-1]
    if isinstance(best, re.Match):
        return _resolve_pronoun(ctx, _pronoun(best.group()), best.start(), cue)
    placed = [c for c in cands if isinstance(c, Placed) and c.end <= best.end]
    return [p.actor for p in _coordinated(text, placed)]


def _phrase_end(text: str, end: int, limit: int) -> int:
    """End of the subject a mention heads: past "'s negotiators" in "Moscow's negotiators
    insisted" or "president" in "the US president said" - the side speaks through its noun
    (never past a preposition: "warned Putin of new tariffs")."""
    if text[end:end + 1] not in "'’" and (nxt := _next_words(text, end)) and nxt[0] in (
            _PREPOSITIONS):
        return end
    for k in range(1, 4):
        m = re.compile(rf"(?:['’]s)?(?:\s+[a-z][\w-]*){{{k}}}(?=[\s,])").match(text, end)
        if m is None or m.end() > limit:
            break
        if m.end() == limit or verb_follows(text, m.end()):
            return m.end()
    return end


def _document_subject(ctx: _Ctx, pos: int) -> tuple[list[LocalActor], list[str]] | None:
    """"Its own memorandum, shared with Moscow, calls for ...", "The plan, which Kyiv sent to
    Moscow, calls for ...": a possessed or authored document subject speaks for its owner, not
    for the mentions around it."""
    text = ctx.text
    seg = _segment_start(text, pos)
    docs = list(_DOC_RX.finditer(text, seg, pos))
    if not docs:
        return None
    doc = docs[-1]
    author = _author_after(ctx, doc.end())
    if any(doc.end() <= p.start and p.actor is not author and not _governed(text, p)
           and verb_follows(text, p.end) for p in ctx.spans if p.end <= pos):
        return None  # "the memorandum says Kyiv demands ..." (not "..., handed to Kyiv, calls")
    actors, state = _owner(ctx, doc.start())
    if not actors and not state:
        actors = [author] if author else []
    if not actors and not state:
        return None
    return actors, [state] if state else []


def _joins_speech(text: str, pos: int) -> bool:
    """"X said that ... and called on Y": a verb joined by a bare "and" to an earlier speech verb
    shares its subject ("... and had pressed for" instead continues the reported clause)."""
    prev = _prev_words(text, pos, 4)
    while prev and prev[-1] in lex.COORDINATED_ADVERBS:
        prev.pop()
    if prev[-1:] != ["and"]:
        return False
    return any(w.lower() in _SPEECH for w in _WORD.findall(text, 0, pos))


def _main_subject(ctx: _Ctx) -> list[LocalActor]:
    """The subject of the sentence's first clause: its first mention that a verb follows."""
    text = ctx.text
    seg = m.end() if (m := _INTRO_RX.match(text)) else 0
    for p in ctx.spans:
        if p.start >= seg and can_be_subject(text, p) and verb_follows(
                text, _phrase_end(text, p.end, len(text))):
            return [p.actor]
    first = [p for p in ctx.spans if p.start >= seg and not text[seg:p.start].strip(" \"“'‘")]
    return [first[0].actor] if first else []  # "Olena Marchuk met Orlov": the opening name


def _start_of(c: Placed | re.Match[str]) -> int:
    return c.start if isinstance(c, Placed) else c.start()


def _end_of(c: Placed | re.Match[str]) -> int:
    return c.end if isinstance(c, Placed) else c.end()


def _owner(ctx: _Ctx, pos: int) -> tuple[list[LocalActor], str | None]:
    """Possessor of a noun at `pos`: "Russia's demands", "its plan", "Ukrainian proposals"."""
    text = ctx.text
    for p in reversed(ctx.spans):
        if p.end <= pos and _POSSESSIVE_RX.match(text[p.end:pos]):
            return [p.actor], None
        if p.end <= pos and p.end > pos - 2 and text[p.end - 2:p.end] in ("'s", "’s"):
            return [p.actor], None
    prev = set(_prev_words(text, pos, 3))
    if lex.RELATIVE_POSSESSIVE in _prev_words(text, pos, 2) and (
            before := [p for p in ctx.spans if p.end <= pos]):
        return [before[-1].actor], None
    if set(lex.POSSESSIVE_PRONOUNS) & prev:  # the acting subject's ("Moscow handed Kyiv its")
        groups = [p for p in ctx.spans if p.end <= pos and p.actor.kind != "person"]
        acting = [p for p in groups if _acting_subject(ctx, p, pos)]
        group = next((p.actor for p in reversed(acting or groups)), ctx.state.prev_subject)
        if group:
            return [group], None
    if set(lex.PERSON_POSSESSIVES) & prev:  # "his sanctions bill"
        person = next((p.actor for p in reversed(ctx.spans) if p.end <= pos
                       and p.actor.kind == "person"), ctx.state.prev_person)
        if person:
            return [person], None
    if set(lex.SPEAKER_POSSESSIVES) & prev and (speaker := _speaker(ctx) or ctx.state.prev_speaker):
        return [speaker], None  # '"Our main objective is ...," X said'
    if (d := _DEMONYM_RX.search(text, max(0, pos - 60), pos)) and d.end() == pos:
        state = lex.DEMONYMS[" ".join(d.group("d").split())]
        if state in ctx.state.names:
            return [], state
    return [], None


# ", which the Russian side handed over" - also after a short "on ..." ("the memorandum on the
# settlement, which ...")
_RELATIVE_AUTHOR_RX = re.compile(
    rf"(?:\s+(?:{phrase_alt(lex.ITEM_PREPOSITIONS)})\s[^,;:]{{1,60}}?)?\s*,?\s*"
    rf"(?:{phrase_alt(lex.RELATIVE_PRONOUNS)}|that)\s+",
    re.IGNORECASE,
)
_NOT_TABLING = frozenset(lex.NOT_TABLING_VERBS)


def _acting_subject(ctx: _Ctx, p: Placed, limit: int) -> bool:
    """Whether a mention is a subject that acts on what follows ("Moscow handed over"), not one
    that receives it ("Kyiv received")."""
    end = _phrase_end(ctx.text, p.end, limit)
    return verb_follows(ctx.text, end) and not set(_next_words(ctx.text, end, 2)) & _NOT_TABLING


def _tabler(ctx: _Ctx, m: re.Match[str]) -> str | None:
    """The party that tabled the document named at `m`: its possessor ("Russia's memorandum",
    "the Russian memorandum"), its agent ("drafted by Moscow", ", which the Russian side handed
    over"), else the acting subject of its clause ("Moscow handed Kyiv the memorandum"). A
    recipient ("handed to Kyiv", "offers Kyiv", "sent to Moscow") never owns it."""
    actors, state = _owner(ctx, m.start())
    if state:
        return state
    if not actors and (author := _author_after(ctx, m.end())):
        actors = [author]
    if not actors:
        seg = _segment_start(ctx.text, m.start())
        actors = [p.actor for p in ctx.spans if seg <= p.start and p.end <= m.start()
                  and can_be_subject(ctx.text, p) and _acting_subject(ctx, p, m.start())][-1:]
    return next((s for a in actors if (s := _party_name(a))), None)


def _author_after(ctx: _Ctx, end: int) -> LocalActor | None:
    """Who a document just named was made by: "drafted by Moscow", ", which Kyiv sent"."""
    if by := _by_agent(ctx, end):
        return by
    if (r := _RELATIVE_AUTHOR_RX.match(ctx.text, end)) and (
            p := _span_at(ctx.spans, r.end(), ctx.text)) and _acting_subject(
            ctx, p, len(ctx.text)):
        return p.actor
    return None


def _contact_author(ctx: _Ctx, end: int) -> LocalActor | None:
    """The subject of a relative clause without "that" right after a noun ("the conditions Moscow
    sets"), when it acts on the noun (not "the terms Kyiv rejected")."""
    m = re.compile(r"\s+").match(ctx.text, end)
    p = _span_at(ctx.spans, m.end(), ctx.text) if m else None
    return p.actor if p and _acting_subject(ctx, p, len(ctx.text)) else None


def _by_agent(ctx: _Ctx, end: int) -> LocalActor | None:
    """"proposed by Kyiv", "demands put forward by Moscow": the agent right after the cue."""
    m = _BY_AGENT_RX.match(ctx.text, end)
    if not m:
        return None
    p = _span_at(ctx.spans, m.end(), ctx.text)
    return p.actor if p else None


def _speaks(ctx: _Ctx, p: Placed) -> bool:
    """Whether a mention is the subject of a speech verb ("X said", "said X", "according to X")."""
    if m := _SPEECH_AFTER_RX.match(ctx.text, p.end):
        # "Trump's envoy, Keith Kellogg, said" - not "who spoke with Putin, said"
        lead = ctx.text[:p.start].rsplit(",", 1)[-1]
        return not (m.group("comma") and set(_prev_words(lead, len(lead), 2)) & _PREPOSITIONS)
    return bool(_SPEECH_BEFORE_RX.search(ctx.text[:p.start]))


def _voicer(ctx: _Ctx, cue: Cue) -> LocalActor | None:
    """The person voicing the sentence: speaker of a speech verb, else the opening person."""
    persons = [p for p in ctx.spans if p.actor.kind == "person"]
    speakers = [p for p in persons if _speaks(ctx, p)]
    before = [p for p in speakers if p.end <= cue.start]
    if before:
        return before[-1].actor
    if speakers:
        return speakers[0].actor
    if ctx.in_long_quote:  # '"Every strike is reason for sanctions.' ... '," X said.'
        return ctx.quote_speaker or ctx.state.prev_speaker
    quoted = _opens_with_quote(ctx.text)  # names inside a quote are not its speaker
    if not quoted and ctx.spans and ctx.spans[0].actor.kind == "person" and (
            ctx.spans[0].end <= cue.start):
        return ctx.spans[0].actor
    if ctx.pronoun_speaker:  # '"...," he wrote.'
        return next((p.actor for p in reversed(persons) if p.end <= cue.start and not quoted),
                    ctx.state.prev_speaker or ctx.state.prev_person)
    if _closes_quote(ctx.text):  # 'The next step is a summit."': the quote goes on
        return ctx.state.prev_speaker
    return None


def _opens_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in ('"', "“")


def _closes_quote(text: str) -> bool:
    """A sentence that ends a quotation opened in an earlier sentence."""
    end = text.rstrip()
    return end[-1:] in ('"', "”") and (text.count('"') % 2 == 1
                                       or text.count("”") > text.count("“"))


def _speaker(ctx: _Ctx) -> LocalActor | None:
    """Who speaks in the sentence, remembered for a later quoted "we"."""
    speakers = [p.actor for p in ctx.spans if p.actor.kind == "person" and _speaks(ctx, p)]
    if speakers:
        return speakers[0]
    if ctx.pronoun_speaker:
        return ctx.state.prev_speaker or ctx.state.prev_person
    return None


def _speaking_demonym(ctx: _Ctx) -> str | None:
    """The state of an unnamed speaker: "the Ukrainian president said"."""
    m = _DEMONYM_SPEAKER_RX.search(ctx.text)
    if not m:
        return None
    state = lex.DEMONYMS[" ".join(m.group("d").split())]
    return state if state in ctx.state.names else None


def _state_voicer(ctx: _Ctx, cue: Cue) -> LocalActor | None:
    """A non-person speaker ("Moscow says ...", "the ministry said")."""
    speakers = [p for p in ctx.spans if p.actor.kind != "person" and _speaks(ctx, p)
                and not (cue.start <= p.start < cue.end)]
    return speakers[0].actor if speakers else None


def _rejected_before(text: str, pos: int) -> bool:
    """"the Kremlin rejected calls for ..." - the cue noun is the object of a rejection."""
    return bool(_REJECTION_RX.search(text, _segment_start(text, pos), pos))


def _agents(ctx: _Ctx, cue: Cue) -> tuple[list[LocalActor], list[str]] | None:
    """Actors (or bare state names) whose demand the cue marks; None to drop the cue."""
    text = ctx.text
    if cue.kind == "must":
        return _must_agents(ctx, cue)
    if cue.kind == "refusal":  # the subject's own red line, unless the other side says so
        subject = [p.actor for p in ctx.spans if p.end == cue.start - 1]
        voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
        side = _speaking_demonym(ctx) if voicer is None else side_of(voicer)
        if not subject or (side is not None and side != side_of(subject[-1])):
            return None
        return subject[-1:], []
    if cue.kind == "pressure":
        target = _target_side(ctx, cue.end)
        if target is None:
            return None
        voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
        mine = side_of(voicer) if voicer else _speaking_demonym(ctx)
        if mine is None or mine == target:
            return None  # pressure on one's own side is no demand of it
        return ([voicer], []) if voicer else ([], [mine])
    if cue.kind == "condition" and _THREATENED_RX.search(text, _segment_start(text, cue.start),
                                                          cue.start):
        voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)  # "X would face tariffs unless"
        return ([voicer], []) if voicer else None
    if cue.kind in ("impersonal", "purpose", "only way"):
        voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
        if voicer is None and (state := _speaking_demonym(ctx)):
            return [], [state]  # "..., the Ukrainian president said"
        return ([voicer], []) if voicer else None
    if cue.kind == "relative":
        return [p.actor for p in ctx.spans if cue.start <= p.start < cue.end
                and can_be_subject(text, p)], []
    if cue.kind == "obligation":
        obliged = {s for p in ctx.spans if cue.start <= p.start < cue.end
                   if (s := side_of(p.actor))}
        proposer = _proposer(ctx, cue.start, obliged)
        return ([], [proposer]) if proposer else None
    if cue.kind in ("noun", "document"):
        actors, state = _owner(ctx, cue.start)
        if actors:
            return actors, []
        if cue.kind == "noun" and _joint_subject(text, cue.start):
            return None  # "Russian and Ukrainian officials traded proposals": nobody's own
        if state:
            return [], [state]
        if cue.kind == "document" and (author := _author_after(ctx, cue.end)):
            return [author], []  # "The proposal, which Kyiv sent to Moscow, envisages ..."
        if cue.kind == "noun" and (setter := _contact_author(ctx, cue.end)):
            return [setter], []  # "Among the conditions Moscow sets for a settlement:"
    if cue.kind == "passive":
        agent = _span_at(ctx.spans, cue.end, text)
        return ([agent.actor], []) if agent else None
    if cue.kind != "condition" and (by := _by_agent(ctx, cue.end)):
        return [by], []
    if cue.kind == "verb" and _joins_speech(text, cue.start) and (main := _main_subject(ctx)):
        return main, []
    if cue.kind == "verb" and (owned := _document_subject(ctx, cue.start)):
        return owned
    if cue.kind in ("noun", "document") and _rejected_before(text, cue.start):
        return None
    if cue.kind == "document" and set(_prev_words(text, cue.start, 2)) & _REFERENCE_WORDS:
        # "the proposal", "the second option": a document named earlier
        return [], [ctx.state.context] if ctx.state.context else []
    subjects = _subjects(ctx, cue.start, cue)
    if subjects:
        return subjects, []
    seg = text[_segment_start(text, cue.start):cue.start]
    if _DOC_RX.search(seg) and ctx.state.context:
        return [], [ctx.state.context]  # "The memorandum demands that ..."
    if voicer := _voicer(ctx, cue):
        return [voicer], []
    demonyms = [" ".join(m.group().split()) for m in _DEMONYM_WORD_RX.finditer(seg)]
    if demonyms and (state := lex.DEMONYMS[demonyms[-1]]) in ctx.state.names:
        return [], [state]  # "the Ukrainian delegation proposed" when not a mention
    after = [p for p in ctx.spans if p.start >= cue.content and can_be_subject(text, p)]
    if cue.kind == "condition" and cue.start < 3 and after:
        return [after[-1].actor], []  # "Unless Kyiv withdraws, Moscow will fight on"
    return [], []


_JOINT_PAIR_RX = re.compile(
    rf"(?P<a>{whole_words(lex.DEMONYMS)})\s*(?:,|and|&)\s*(?P<b>{whole_words(lex.DEMONYMS)})")


def _joint_subject(text: str, pos: int) -> bool:
    """Whether the clause before `pos` has both sides as its subject ("the two sides", "Russian
    and Ukrainian officials")."""
    seg = re.split(r"\bthat\b", text[_segment_start(text, pos):pos])[-1]  # "told X that"
    if _JOINT_RX.search(seg):
        return True
    return any(lex.DEMONYMS[" ".join(m.group("a").split())]
               != lex.DEMONYMS[" ".join(m.group("b").split())]
               for m in _JOINT_PAIR_RX.finditer(seg))


def _proposer(ctx: _Ctx, pos: int, exclude: set[str]) -> str | None:
    """The party behind a document named before `pos` (else the last proposing party), never a
    side in `exclude` - the side the document lays duties on."""
    owners = [_tabler(ctx, m) for m in _DOC_RX.finditer(ctx.text, 0, pos)]
    for party in [*reversed(owners), ctx.state.context]:
        if party and party not in exclude:
            return party
    return None


def _must_agents(ctx: _Ctx, cue: Cue) -> tuple[list[LocalActor], list[str]] | None:
    """"Peskov said Kyiv must ...": the voicer's side demands it of the subject's side."""
    group = [p.actor for p in ctx.spans if cue.start <= p.start < cue.end]
    words = [w.lower() for w in _WORD.findall(ctx.text, cue.start, cue.end)]
    if not group and words and words[0] in (*lex.PERSON_PRONOUNS, *lex.GROUP_PRONOUNS):
        group = _resolve_pronoun(ctx, words[0], cue.start, cue)  # "he must be forced to peace"
    elif not group and set(words) & set(lex.POSSESSIVE_PRONOUNS):
        group = _resolve_pronoun(ctx, "it", cue.start, cue)  # "its goals must be achieved"
    obliged = {side_of(a) for a in group}
    voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
    if voicer is None:
        state = _speaking_demonym(ctx)  # "the Ukrainian leader said X should ..."
        return ([], [state]) if state and state not in obliged else None
    if voicer in group:
        return None  # "Russia and Ukraine must ..." voiced by Russia: its own duty
    mine = side_of(voicer)
    if mine is None or mine in obliged:
        return None
    return [voicer], []


# --- assembling demands -------------------------------------------------------------------------

_FINITE_RX = re.compile(rf"\s(?:{phrase_alt(lex.FINITE_VERBS)})\b", re.IGNORECASE)
_LIST_ITEM_RX = re.compile(r"^\W{0,3}?(?:\(?\d{1,2}[.)]|[-•*–—▪●])\s+")


def _next_cue_start(cues: Sequence[Cue], cue: Cue) -> int | None:
    """Start of the first later cue, which ends this cue's content ("X in exchange for Y")."""
    later = [c.start for c in cues if c.start >= cue.content and c.kind != "must"
             and c is not cue]
    return min(later) if later else None


_LIST_LEAD_RX = re.compile(r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*:\s+")
_LIST_LEADS = frozenset({*lex.LIST_LEAD_WORDS, *lex.SUMMARY_COUNTS, *lex.SUMMARY_NOUNS})


def _content_items(text: str, cue: Cue, limit: int | None, spans: Sequence[Placed]) -> list[_Item]:
    """The demanded items; after a colon ("put forward three points: A; B; and C") the list runs
    on past semicolons, which then separate its items."""
    full = len(text) if limit is None else limit
    start = cue.content
    lead = _LIST_LEAD_RX.match(text, _skip_lead(text, start))
    words = set(_WORD.findall(lead.group().lower())) if lead else set()
    if lead and lead.end() < full and words & _LIST_LEADS and not words & _FINITE:
        start = lead.end()  # "an agenda of three items: ..."
    elif not text[:start].rstrip().endswith(":"):
        colon = re.compile(r":\s").search(text, _skip_lead(text, start), full)
        end = _clause_end(text, start, colon.start() if colon else full)  # "a truce: Moscow ..."
        if cue.kind == "noun" and not _COPULA_RX.match(text, cue.end) and (
                aux := _FINITE_RX.search(text, start, end)):
            end = aux.start()  # "Putin's offer of talks was welcomed": the noun was a subject
        return _split_items(text, start, end, spans)
    items = []
    for piece in re.compile(r"[^;]+").finditer(text, start, full):
        items += _split_items(text, piece.start(), _clause_end(text, piece.start(), piece.end()),
                              spans)
    return items


_RECIPIENT_RX = re.compile(whole_words(lex.RECIPIENT_PRONOUNS), re.IGNORECASE)


def _recipient_end(ctx: _Ctx, pos: int) -> int | None:
    """End of an indirect object opening a verb's content ("offered Kyiv a truce"): a mention
    followed by a noun phrase rather than by its own verb."""
    start = _skip_lead(ctx.text, pos)
    if (pro := _RECIPIENT_RX.match(ctx.text, start)) and set(
            _next_words(ctx.text, pro.end())) & _DETERMINERS:
        return pro.end()  # "offered us a pause"
    p = _span_at(ctx.spans, start, ctx.text)
    nxt = _next_words(ctx.text, p.end) if p else []
    if not nxt or verb_follows(ctx.text, p.end) or not (
            nxt[0] in _DETERMINERS or nxt[0] in lex.SUMMARY_COUNTS or nxt[0][:1].isdigit()):
        return None
    return p.end


def _obliged_side(ctx: _Ctx, cue: Cue) -> str | None:
    """The side whose action the content is ("only once Ukraine withdraws", "that Kyiv cede")."""
    if cue.kind == "relative":
        return None
    p = _span_at(ctx.spans, _skip_lead(ctx.text, cue.content), ctx.text)
    if p is None or not verb_follows(ctx.text, p.end):
        return None
    return side_of(p.actor)


def _cue_demands(
    ctx: _Ctx, sentence: Sentence, cue: Cue, cues: Sequence[Cue], dates: Sequence[DateMention],
    published: date | None,
) -> tuple[list[Demand], _Intro | None]:
    text = ctx.text
    agents = _agents(ctx, cue)
    if agents is None or _ascribed_motive(ctx, cue):
        return [], None
    if cue.kind == "verb" and (to := _recipient_end(ctx, cue.content)):
        cue = replace(cue, content=to)  # "offers Kiev two options": Kiev receives, not content
    actors, states = agents
    parties = [_party_name(a) for a in actors] + list(states)
    parties = list(dict.fromkeys(p for p in parties if p))
    if obliged := _obliged_side(ctx, cue):  # the side told what to do never demands it
        kept = [p for p in parties if p != obliged]
        parties = kept or [p for p in [_proposer(ctx, cue.start, {obliged})] if p]
    parties = parties or [None]
    person = next((a for a in actors if a.kind == "person"), None) or _voicer(ctx, cue)
    items = _demanded_items(ctx, cue, cues)
    skip = [(i.start, i.end) for i in items] + parenthetical_spans(text)
    when = sentence_date(sentence, dates, skip) or published
    prefix = _intro_prefix(text, items, ctx.spans)
    if prefix is not None:
        items = []
    if not items:
        if prefix or (cue.content >= len(text.rstrip()) - 1 and text.rstrip().endswith(":")):
            by = person.key if person and side_of(person) in parties else None
            return [], _Intro(tuple(parties), by, cue.label, when, prefix or "")
        return [], None
    # "ruled out any limits on its army": a refusal keeps its verb, or it would read as wanted
    lead = " ".join(text[cue.start:cue.end].split()) + " " if cue.label in lex.REFUSAL_CUES else ""
    out = []
    for party in parties:
        by = person.key if person and (party is None or side_of(person) == party) else None
        if party is None and by is None:
            continue  # nobody to attribute it to: not worth a row
        out += [Demand(sentence.index, party, by, lead + i.text, cue.label, when) for i in items]
    return out, None


def _ascribed_motive(ctx: _Ctx, cue: Cue) -> bool:
    """'"They want a pause," Zelensky said': a wish ascribed to the other side by a speaker
    quoted calling them "they" - an accusation, not their demand."""
    if cue.label not in lex.MOTIVE_CUES or cue.kind != "verb":
        return False
    subject = re.compile(r"([\w'’]+)\s+$").search(ctx.text, 0, cue.start)
    return bool(subject) and subject.group(1).lower() in lex.OTHER_SIDE_PRONOUNS and _in_quote(
        ctx, cue.start) and bool((v := _voicer(ctx, cue)) and side_of(v))


def _demanded_items(ctx: _Ctx, cue: Cue, cues: Sequence[Cue]) -> list[_Item]:
    """The cue's content items (up to the next cue), without those that demand nothing."""
    text = ctx.text
    limit = _next_cue_start(cues, cue)
    if limit is not None:
        limit = len(text[:limit].rstrip(" ,;").removesuffix(" and").rstrip(" ,"))
    if cue.limit is not None:
        limit = cue.limit if limit is None else min(limit, cue.limit)
    return [i for i in _content_items(text, cue, limit, ctx.spans)
            if not _NOT_DEMANDED_RX.match(i.text) and not _HOSTILE_AIM_RX.fullmatch(i.text)
            and not _GENERIC_AIM_RX.fullmatch(i.text)
            and not _BARE_DOCUMENT_RX.fullmatch(i.text)
            and not (_bare_mention(text, i, ctx.spans) and not text.rstrip().endswith(":"))
            and not (cue.kind == "condition" and _joint(i.text, 0))]


def _intro_prefix(text: str, items: Sequence[_Item], spans: Sequence[Placed]) -> str | None:
    """The unfinished clause of a list intro ("urged partners to:", "demand that Ukraine:"), which
    each item line completes; None when the content does not stop short at a final colon."""
    if len(items) != 1 or not text.rstrip().endswith(":") or items[0].end < len(
            text.rstrip()) - 2:
        return None
    words = _WORD.findall(items[0].text)
    if (words and words[-1].lower() in lex.UNFINISHED_ENDS) or _bare_mention(
            text, items[0], spans):
        return items[0].text
    return None


def _bare_mention(text: str, item: _Item, spans: Sequence[Placed]) -> bool:
    """An item that only names an actor ("Ukraine"): a subject whose verb never came."""
    return any(item.text.lower().removeprefix("the ") == text[p.start:p.end].lower()
               .removeprefix("the ") for p in spans)


def _document_owner(ctx: _Ctx) -> tuple[int, str] | None:
    """The last party seen tabling a document in this sentence, with its position."""
    found = None
    for m in _DOC_RX.finditer(ctx.text):
        if side := _tabler(ctx, m):
            found = (m.start(), side)
    return found


def _list_items(sentence: Sentence, intro: _Intro, spans: Sequence[Placed]) -> list[Demand]:
    """One demand per item of a list line ("1. Ukraine withdraws ... and ends mobilization")."""
    text = sentence.text
    m = _LIST_ITEM_RX.match(text)
    start = m.end() if m else 0
    end = _clause_end(text, start, len(text))
    items = _split_items(text, start, end, spans)
    lead = f"{intro.prefix} " if intro.prefix else ""
    return [Demand(sentence.index, party, intro.by, lead + i.text, intro.cue, intro.date)
            for party in intro.parties if party is not None or intro.by is not None
            for i in items]


def _remember(state: _State, ctx: _Ctx, seen: list[tuple[int, str]]) -> None:
    """After a sentence: the last proposing party (by position) and the last person/group."""
    if owner := _document_owner(ctx):
        seen.append(owner)
    if seen:
        state.context = max(seen, key=lambda x: x[0])[1]
    main = _main_subject(ctx)
    persons = [a for a in main if a.kind == "person"]
    state.prev_speaker = _speaker(ctx) or (persons[0] if persons else None) or (
        state.prev_speaker if not any(p.actor.kind == "person" for p in ctx.spans) else None)
    groups = [a for a in main if a.kind != "person"]
    state.prev_subject = groups[0] if groups else next(
        (p.actor for p in reversed(ctx.spans) if p.actor.kind != "person"), state.prev_subject)
    for p in ctx.spans:
        if p.actor.kind == "person":
            state.prev_person = p.actor
        else:
            state.prev_group = p.actor
            state.groups.append(p.actor)


def _pronoun_speaker(text: str, spans: Sequence[Placed]) -> bool:
    """Whether a pronoun or a bare role speaks ('he said', '"...," the minister stressed') - not
    a role naming another body ("the NATO chief warned")."""
    return any(not any(m.start() <= p.start < m.end() for p in spans)
               for m in _PRONOUN_SPEAKER_RX.finditer(text))


def _in_quote(ctx: _Ctx, pos: int) -> bool:
    """Whether `pos` lies inside a quotation (opened in this sentence or an earlier one)."""
    return _quote_open_after(ctx.text[:pos], ctx.in_long_quote or _closes_quote(ctx.text))


def _quote_open_after(text: str, open_: bool) -> bool:
    """Whether a quotation is still open after `text`, given whether it was open before."""
    for ch in text:
        if ch in "“”\"":
            open_ = ch == "“" or (ch == '"' and not open_)
    return open_


def _long_quotes(sentences: Sequence[Sentence], mentions: Sequence[Mention],
                 actors: Sequence[LocalActor]) -> dict[int, LocalActor | None]:
    """Sentences inside a quotation that closes in a later sentence of the same paragraph, with
    the person named as its speaker there ('...," Zelensky said') - None for "he said"."""
    out: dict[int, LocalActor | None] = {}
    waiting: list[int] = []
    open_, paragraph = False, None
    for s in sentences:
        if s.paragraph != paragraph:
            waiting, open_, paragraph = [], False, s.paragraph
        before, open_ = open_, _quote_open_after(s.text, open_)
        if open_:
            waiting.append(s.index)
        elif before and waiting:
            ctx = _Ctx(s.text, place_mentions(s, mentions, actors), _State(frozenset()))
            speaker = _speaker(ctx)
            out.update({i: speaker for i in waiting})
            waiting = []
    return out


def extract_demands(
    sentences: list[Sentence],
    actors: list[LocalActor],
    mentions: list[Mention],
    dates: list[DateMention],
    published: date | None,
) -> list[Demand]:
    """Every demand, condition or proposal voiced in an article, one record per demanded item."""
    state = _State(names=frozenset(a.name for a in actors))
    out: list[Demand] = []
    quoted = _long_quotes(sentences, mentions, actors)
    for sentence in sentences:
        spans = place_mentions(sentence, mentions, actors)
        ctx = _Ctx(sentence.text, spans, state, _pronoun_speaker(sentence.text, spans),
                   sentence.index in quoted, quoted.get(sentence.index))
        if state.pending and _LIST_ITEM_RX.match(sentence.text):
            out += _list_items(sentence, state.pending, ctx.spans)
            _remember(state, ctx, [])
            continue
        state.pending = None
        cues = find_cues(ctx.text, ctx.spans)
        seen: list[tuple[int, str]] = []
        for cue in cues:
            demands, intro = _cue_demands(ctx, sentence, cue, cues, dates, published)
            seen += [(cue.start, d.party) for d in demands if d.party]
            out += demands
            state.pending = intro or state.pending
        _remember(state, ctx, seen)
    return list(dict.fromkeys(out))


def demand_spans(text: str, spans: Sequence[Placed] = ()) -> list[tuple[int, int]]:
    """(start, end) of every cue and the content it governs, so other extractors can skip them."""
    cues = find_cues(text, spans)
    out = []
    for cue in cues:
        limit = _next_cue_start(cues, cue)
        if cue.limit is not None:
            limit = cue.limit if limit is None else min(limit, cue.limit)
        end = _clause_end(text, cue.content, len(text) if limit is None else limit)
        out.append((min(cue.start, cue.content), max(cue.end, end)))
    return out
