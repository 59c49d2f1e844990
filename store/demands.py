"""Demands: what a party demands, insists on, proposes or sets as a condition.

Pure and rule-based. A cue ("demanded", "only ... if", "the proposal begins with") marks where the
demanded content starts. The party is the side of the cue's subject, else of the person voicing
it, else of the last party that tabled a document the sentence refers back to ("the proposal").
The content is cut at the end of its clause and split into one demand per conjoined item, so
"only if Ukraine halts mobilization and stops receiving aid" gives two demands.

The helpers at the top (placing mentions in a sentence, sides, cue spans) are shared with
store.military, which must not read military facts out of demanded content.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
    return (w in lex.RELATIVE_STARTS or w in _SPEECH or w in _COND_VERB_FORMS
            or w.endswith("ed") or (w.endswith("s") and not w.endswith("ss"))
            or (w.endswith("ly") and w not in lex.NOT_ADVERBS) or w in lex.VERB_LIKE_WORDS)


def can_be_subject(text: str, p: Placed) -> bool:
    """A mention that can be a subject: not a preposition's object, unless a verb follows it
    ("after the SBU launched" - "after" is a conjunction there)."""
    prev = _prev_words(text, p.start, 2)
    if prev and prev[-1] == "the":
        prev = prev[:-1]
    return not (prev and prev[-1] in lex.PREPOSITIONS) or verb_follows(text, p.end)


def _rx(words: Iterable[str]) -> str:
    """Whole-word alternation of lexicon phrases."""
    return rf"(?<![\w'’-])(?:{phrase_alt(words)})(?![\w-])"


# --- cues -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    """A demand cue in a sentence; offsets are sentence-relative."""

    label: str  # what is stored as Demand.cue ("demand", "only ... if", "proposal")
    kind: str  # verb | noun | condition | must | document
    start: int  # the cue word(s)
    end: int
    content: int  # where the demanded content starts (== len(text) for an empty list intro)
    limit: int | None = None  # where it must end, when known ("the truce [proposed by X]")


_VERB_FORMS: dict[str, list[tuple[str, str]]] = {}
for _label, _grammar, _forms in lex.VERB_CUES:
    for _form in _forms:
        _VERB_FORMS.setdefault(_form, []).append((_label, _grammar))
_NOUN_CAPABLE = frozenset(f for _, forms, _ in lex.NOUN_CUES for f in forms)
_VERB_RX = re.compile(_rx(_VERB_FORMS), re.IGNORECASE)
_NOUN_RXS = [(label, re.compile(_rx(forms), re.IGNORECASE), markers)
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
_COND_RX = re.compile(_rx(lex.CONDITION_MARKERS) + r"\s*", re.IGNORECASE)
_ONLY_RX = re.compile(
    rf"\b{lex.ONLY_WORD}\b(?P<mid>[^;:!?]{{0,120}}?)\b"
    rf"(?P<conj>{phrase_alt([*lex.ONLY_CONJUNCTIONS, *lex.ONLY_TIME_CONJUNCTIONS])})\s+",
    re.IGNORECASE,
)
_READY_RX = re.compile(
    rf"\b(?:{phrase_alt(lex.READY_WORDS)})\s+to\b[^;:!?]{{0,150}}?\b"
    rf"(?:{phrase_alt(lex.READY_CONJUNCTIONS)})\s+(?:that\s+)?",
    re.IGNORECASE,
)
_MUST_RX = re.compile(
    rf"\s+(?:(?:{phrase_alt(lex.MUST_FILLERS)})\s+)?(?:{phrase_alt(lex.MUST_WORDS)})\s+(?=[a-z])",
    re.IGNORECASE,
)
_DOC_RX = re.compile(_rx(lex.DOCUMENT_NOUNS), re.IGNORECASE)
_DOC_MARKER_RX = re.compile(_rx(lex.DOCUMENT_CONTENT_MARKERS) + r"\s*:?\s*", re.IGNORECASE)
_DOC_FRAME_RX = re.compile(
    rf"^\W*(?:{phrase_alt(lex.DOCUMENT_FRAMES)})\s+(?:[\w'’-]+\s+){{1,3}}?"
    rf"(?:{phrase_alt(lex.DOCUMENT_NOUNS)})\s*,\s*",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(lex.DETERMINERS)
_PREPOSITIONS = frozenset(lex.PREPOSITIONS)
_NEGATIONS = frozenset(lex.NEGATIONS)
_NOT_DEMANDED_RX = re.compile(rf"(?:{phrase_alt(lex.NOT_DEMANDED)})\b", re.IGNORECASE)
_REFERENCE_WORDS = frozenset(lex.DOCUMENT_REFERENCE_WORDS)
_CHARACTERISING = frozenset(lex.CHARACTERISING_WORDS)
_REJECTION_RX = re.compile(_rx(lex.REJECTION_WORDS), re.IGNORECASE)


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
    """Content of a direct-object cue: "demanded X", "proposed that X", "offered to X"."""
    if m := re.compile(r"\s+that\s+").match(text, end):
        return _that_content(text, m.end())
    if m := re.compile(r"\s+to\s+(?=[a-z])").match(text, end):
        return m.end()
    if t := re.compile(r",[^,;:.]{1,60},\s+that\s+").match(text, end):
        return _that_content(text, t.end())  # "demanded, among other things, that"
    m = re.compile(r"\s+(?=[\w\"“'‘])").match(text, end)
    if not m:
        return None
    nxt = _next_words(text, m.end())
    if not nxt or nxt[0] in lex.OBJECT_BLOCKERS or nxt[0] in _SPEECH:
        return None
    if nxt[0] in _PREPOSITIONS or nxt[0].endswith("ly"):
        t = re.compile(r"[^,;:.]{0,60}?\bthat\s+").match(text, end)  # "demanded on Monday that"
        return _that_content(text, t.end()) if t else None
    return m.end()


def _on_that_content(text: str, end: int) -> int | None:
    if m := re.compile(r"\s+(?:on|upon)\s+").match(text, end):
        return m.end()
    if m := re.compile(r"\s+that\s+").match(text, end):
        return _that_content(text, m.end())
    return None


def _for_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+for\s+").match(text, end)
    return m.end() if m else None


def _on_to_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+on\s+(?P<x>[^,;:.]{1,60}?)\s+to\s+(?=[a-z])").match(text, end)
    return m.start("x") if m else None


def _x_to_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+(?:(?P<x>[^,;:.]{1,60}?)\s+)?to\s+(?=[a-z])").match(text, end)
    if not m:
        return None
    if m.group("x") is None:
        return m.end()
    first = _next_words(text, m.start("x"))
    if first and (first[0] in _PREPOSITIONS or first[0] in lex.QUESTION_WORDS):
        return None
    return m.start("x")


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


_GRAMMARS = {
    "object": _object_content,
    "on_that": _on_that_content,
    "for": _for_content,
    "on_to": _on_to_content,
    "x_to": _x_to_content,
    "obj_to": _obj_to_content,
    "x_for": _x_for_content,
}


def _verb_position(text: str, pos: int, spans: Sequence[Placed]) -> bool:
    """Whether a noun-or-verb form ("demands") at `pos` is used as a verb."""
    prev = _prev_words(text, pos)
    if not prev:
        return False
    if prev[0] in lex.VERB_PRECEDERS or prev[0].endswith("ly") or prev[0] in lex.DOCUMENT_NOUNS:
        return True
    return any(p.end <= pos and not text[p.end:pos].strip() for p in spans)


def _verb_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    out = []
    for m in _VERB_RX.finditer(text):
        form = m.group().lower()
        if _negated(text, m.start()):
            continue
        if form in _NOUN_CAPABLE:
            if not _verb_position(text, m.start(), spans):
                continue
        elif set(_prev_words(text, m.start())) & _DETERMINERS:
            continue  # "the proposed ceasefire"
        for label, grammar in _VERB_FORMS[form]:
            content = _GRAMMARS[grammar](text, m.end())
            if content is not None:
                out.append(Cue(label, "verb", m.start(), m.end(), content))
                break
    return out


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
            plural = text[end - 1:end].lower() == "s"
            found = None if plural else _that_content(text, m.end(), min_words=3)
        elif word == "to":
            ok = nxt and nxt[0] not in _DETERMINERS and text[m.end():m.end() + 1].islower()
            found = m.end() if ok else None
        else:
            found = m.end()
    elif m := _COPULA_RX.match(text, end):
        found = m.end()
        if text[found:found + 5].lower() == "that ":
            found = _that_content(text, found + 5)
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
                    set(prev) & _CHARACTERISING):
                continue  # "no demands", "reads it as a demand to ..."
            content = _noun_content(text, m.end(), markers)
            if content is not None:
                out.append(Cue(label, "noun", m.start(), m.end(), content))
    return out


def _passive_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"the 30-day ceasefire proposed by Washington": the noun phrase before the participle."""
    out = []
    for m in _PASSIVE_RX.finditer(text):
        if any(p.start == m.end() for p in spans):
            label = " ".join(m.group("cue").lower().split()) + " by"
            out.append(Cue(label, "passive", m.start("cue"), m.end(), m.start("np"),
                           m.start("cue")))
    return out


def _condition_cues(text: str) -> list[Cue]:
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
    return out


def _must_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    out = []
    for p in spans:
        if m := _MUST_RX.match(text, p.end):
            out.append(Cue("must", "must", p.start, m.end(), p.start))
    return out


def _document_cues(text: str, framed: bool) -> list[Cue]:
    """"the plan begins with X" / "According to the proposal, X" (framed only when no other cue)."""
    out = []
    for m in _DOC_RX.finditer(text):
        window_end = min(len(text), m.end() + 120)
        stop = re.search(r"[;!?]|\.(?:\s|$)", text[m.end():window_end])
        limit = m.end() + stop.start() if stop else window_end
        if (k := _DOC_MARKER_RX.search(text, m.end(), limit)) and not _negated(text, k.start()):
            out.append(Cue(m.group().lower(), "document", m.start(), m.end(), k.end()))
    if framed and not out and (f := _DOC_FRAME_RX.match(text)):
        noun = _DOC_RX.search(f.group())
        if noun:
            out.append(Cue(noun.group().lower(), "document", noun.start(), noun.end(), f.end()))
    return out


def find_cues(text: str, spans: Sequence[Placed] = ()) -> list[Cue]:
    """Every demand cue in a sentence, with where its content starts (sentence-relative)."""
    found = [*_verb_cues(text, spans), *_noun_cues(text), *_condition_cues(text),
             *_must_cues(text, spans), *_passive_cues(text, spans)]
    found += _document_cues(text, framed=not found)
    kept: list[Cue] = []
    for cue in found:  # earlier kinds win on a shared word or a shared content start
        if any(_skip_lead(text, k.content) == _skip_lead(text, cue.content)
               or (k.start < cue.end and cue.start < k.end and k.kind != "must")
               for k in kept):
            continue
        kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


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
    rf"{_rx([*_NOUN_CAPABLE, *lex.DOCUMENT_NOUNS, 'demands', 'conditions'])}",
    re.IGNORECASE,
)
_SUBORDINATE_RX = re.compile(rf"^\W*(?:{phrase_alt(lex.SUBORDINATORS)})\b[^,;]*,", re.IGNORECASE)


def _skip_lead(text: str, pos: int) -> int:
    """Skip spaces, quotes and a leading "that"/"for"/"on" from `pos`."""
    m = _LEAD_RX.match(text, pos)
    return m.end() if m else pos


def _is_attribution(chunk: str) -> bool:
    """", Peskov said" / ", the ministry said in a statement": a short chunk with a speech verb."""
    words = [w.lower() for w in _WORD.findall(chunk.split(",")[0])]
    return 0 < len(words) <= 9 and any(w in _SPEECH for w in words[:6])


def _clause_end(text: str, start: int, limit: int) -> int:
    """End of the clause that starts at `start` (never past `limit`)."""
    end = limit
    if m := _HARD_END_RX.search(text, start, end):
        end = m.start()
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
_SEP_RX = re.compile(rf"(?P<always>{_ALWAYS_SEP})|(?P<checked>,\s+and\s+|\s+and\s+|,\s+)",
                     re.IGNORECASE)
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
    if lex.BETWEEN in so_far and "and" in sep.group().lower() and "and" not in so_far[
            so_far.index(lex.BETWEEN):]:
        return "none"  # "a meeting between X and Y"
    subj = _span_at(spans, rest, text)
    if subj is not None or w in _PRONOUNS:
        after = subj.end if subj is not None else rest + len(w)
        if not verb_follows(text, after):
            return "none"
        return "split" if prefix is not None else "end"
    if w in _DETERMINERS:
        return "split"
    if not text[rest:rest + 1].islower():
        return "none"
    if w in _COND_VERB_FORMS:
        return "carry" if prefix is not None else "split"
    if w.endswith("ed") or w in _SPEECH:
        return "end"  # "..., and announced new aid": a new predicate of the main subject
    if nxt in lex.ITEM_PREPOSITIONS and not w.endswith(("ed", "ly")) and w not in _NOT_ITEM_HEADS:
        return "split"
    first = so_far[0] if so_far else ""
    if w.endswith("ing") and first.endswith("ing"):
        return "split"
    return "none"


def _clean(text: str) -> str:
    """Trim an item to its words: no leading link words, quotes or trailing punctuation."""
    text = " ".join(text.split())
    text = _ITEM_LEAD_RX.sub("", text)
    text = text.strip(" .,;:!?\"“”'‘’")
    words = text.split()
    return " ".join(words[:lex.MAX_ITEM_WORDS])


_JUNK = frozenset({*_DETERMINERS, *_PREPOSITIONS, *_PRONOUNS, *lex.LIST_INTRO_WORDS,
                   *lex.EMPTY_WORDS, *lex.REFLEXIVES, "and", "or", "not"})


def _meaningful(item: str) -> bool:
    return any(len(w) > 2 and w.lower() not in _JUNK for w in _WORD.findall(item))


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
    pieces: list[tuple[int, int, bool]] = []
    cur, carry = start, False
    for sep in _SEP_RX.finditer(text, start, end):
        if sep.start() < cur:
            continue
        decision = "split" if sep.group("always") else _split_decision(
            text, cur, sep, spans, prefix)
        if decision == "end":
            end = sep.start()
            break
        if decision in ("split", "carry"):
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
    rf"(?:\s*,[^,;]{{1,80}},)?\s+(?:(?:{phrase_alt(lex.SPEECH_FILLERS)}|on\s+\w+(?:\s+\d+)?)\s+){{0,3}}"
    rf"(?:{phrase_alt(lex.SPEECH_VERBS)})\b",
    re.IGNORECASE,
)
_SPEECH_BEFORE_RX = re.compile(
    rf"(?:\b(?:{phrase_alt(lex.SPEECH_VERBS)})|\b{lex.ACCORDING_TO})\s+$", re.IGNORECASE
)
_POSSESSIVE_RX = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}$")
# case-sensitive: "US" is a demonym, "us" is not
_DEMONYM_WORD_RX = re.compile(_rx(lex.DEMONYMS))
_DEMONYM_RX = re.compile(rf"(?<![\w.])(?P<d>{phrase_alt(lex.DEMONYMS)})\s+(?:[\w-]+\s+){{0,2}}$")
_BY_AGENT_RX = re.compile(r"(?:\s+(?!that\b|which\b|to\b|be\b|is\b|are\b)[\w-]+){0,2}?\s+by\s+")


@dataclass(slots=True)
class _State:
    """What the reader remembers across sentences."""

    names: frozenset[str]  # actor names of the article (valid parties)
    context: str | None = None  # last party that tabled a proposal or voiced a demand
    prev_person: LocalActor | None = None
    prev_group: LocalActor | None = None
    pending: _Intro | None = None


@dataclass(frozen=True, slots=True)
class _Intro:
    """A list intro ("Russia sets out these demands:") waiting for its item lines."""

    parties: tuple[str | None, ...]
    by: int | None
    cue: str
    date: date | None


@dataclass(slots=True)
class _Ctx:
    """One sentence being read."""

    text: str
    spans: list[Placed]
    state: _State


def _party_name(actor: LocalActor) -> str | None:
    """Party of an acting actor: its side, or an unaligned organisation's own name."""
    return side_of(actor) or (actor.name if actor.kind == "organisation" else None)


def _segment_start(text: str, pos: int) -> int:
    """Start of the clause holding `pos` (after a ';', a dash, ", but", a leading "While ... ,")."""
    start = 0
    for m in _SEGMENT_RX.finditer(text, 0, pos):
        start = m.end()
    if (sub := _SUBORDINATE_RX.match(text)) and sub.end() <= pos:
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
                      ctx.state.prev_person)
        return [person] if person else []
    if word in lex.GROUP_PRONOUNS:
        group = next((p.actor for p in reversed(before) if p.actor.kind != "person"),
                     ctx.state.prev_group)
        return [group] if group else []
    voicer = _voicer(ctx, cue)
    return [voicer] if voicer else []


_SUBJECT_PRONOUNS = frozenset({*lex.PERSON_PRONOUNS, *lex.GROUP_PRONOUNS, *lex.SPEAKER_PRONOUNS})


def _subjects(ctx: _Ctx, pos: int, cue: Cue) -> list[LocalActor]:
    """Actors that are the subject of the clause before `pos`: the last mention or pronoun that a
    verb follows ("he would meet Putin only if" - not Putin), else the last mention."""
    text = ctx.text
    seg = _segment_start(text, pos)
    cands: list[Placed | re.Match[str]] = [
        p for p in ctx.spans if seg <= p.start and p.end <= pos and can_be_subject(text, p)]
    cands += [m for m in _WORD.finditer(text, seg, pos) if m.group().lower() in _SUBJECT_PRONOUNS]
    if not cands:
        cands = [p for p in ctx.spans if p.end <= pos and can_be_subject(text, p)]
    if not cands:
        return []
    cands.sort(key=_start_of)
    near = [c for c in cands if cue.kind == "verb" and not _WORD.search(text, _end_of(c), pos)]
    verbed = [c for c in cands if verb_follows(text, _end_of(c))]
    best = (near or verbed or cands)[-1]
    if isinstance(best, re.Match):
        return _resolve_pronoun(ctx, best.group().lower(), best.start(), cue)
    placed = [c for c in cands if isinstance(c, Placed) and c.end <= best.end]
    return [p.actor for p in _coordinated(text, placed)]


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
    prev = _prev_words(text, pos, 3)
    if set(lex.POSSESSIVE_PRONOUNS) & set(prev):
        group = next((p.actor for p in reversed(ctx.spans) if p.end <= pos
                      and p.actor.kind != "person"), ctx.state.prev_group)
        if group:
            return [group], None
    if (d := _DEMONYM_RX.search(text, max(0, pos - 60), pos)) and d.end() == pos:
        state = lex.DEMONYMS[" ".join(d.group("d").split())]
        if state in ctx.state.names:
            return [], state
    return [], None


def _by_agent(ctx: _Ctx, end: int) -> LocalActor | None:
    """"proposed by Kyiv", "demands put forward by Moscow": the agent right after the cue."""
    m = _BY_AGENT_RX.match(ctx.text, end)
    if not m:
        return None
    p = _span_at(ctx.spans, m.end(), ctx.text)
    return p.actor if p else None


def _speaks(ctx: _Ctx, p: Placed) -> bool:
    """Whether a mention is the subject of a speech verb ("X said", "said X", "according to X")."""
    return bool(_SPEECH_AFTER_RX.match(ctx.text, p.end)
                or _SPEECH_BEFORE_RX.search(ctx.text[:p.start]))


def _voicer(ctx: _Ctx, cue: Cue) -> LocalActor | None:
    """The person voicing the sentence: speaker of a speech verb, else the opening person."""
    persons = [p for p in ctx.spans if p.actor.kind == "person"]
    speakers = [p for p in persons if _speaks(ctx, p)]
    before = [p for p in speakers if p.end <= cue.start]
    if before:
        return before[-1].actor
    if speakers:
        return speakers[0].actor
    if ctx.spans and ctx.spans[0].actor.kind == "person" and ctx.spans[0].end <= cue.start:
        return ctx.spans[0].actor
    return None


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
    if cue.kind in ("noun", "document"):
        actors, state = _owner(ctx, cue.start)
        if actors or state:
            return actors, [state] if state else []
    if cue.kind == "passive":
        agent = _span_at(ctx.spans, cue.end, text)
        return ([agent.actor], []) if agent else None
    if cue.kind != "condition" and (by := _by_agent(ctx, cue.end)):
        return [by], []
    if cue.kind in ("noun", "document") and _rejected_before(text, cue.start):
        return None
    if cue.kind == "document" and set(_prev_words(text, cue.start)) & _REFERENCE_WORDS:
        return [], [ctx.state.context] if ctx.state.context else []  # "the proposal" (earlier)
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


def _must_agents(ctx: _Ctx, cue: Cue) -> tuple[list[LocalActor], list[str]] | None:
    """"Peskov said Kyiv must ...": the voicer's side demands it of the subject's side."""
    subject = next(p for p in ctx.spans if p.start == cue.start)
    voicer = _voicer(ctx, cue) or _state_voicer(ctx, cue)
    if voicer is None or voicer is subject.actor:
        return None
    mine, theirs = side_of(voicer), side_of(subject.actor)
    if mine is None or mine == theirs:
        return None
    return [voicer], []


# --- assembling demands -------------------------------------------------------------------------

_FINITE_RX = re.compile(rf"\s(?:{phrase_alt(lex.FINITE_VERBS)})\b", re.IGNORECASE)
_LIST_ITEM_RX = re.compile(r"^\W{0,3}?(?:\(?\d{1,2}[.)]|[-•*–—▪●])\s+")


def _next_cue_start(cues: Sequence[Cue], cue: Cue) -> int | None:
    """Start of the first later cue, which ends this cue's content ("X in exchange for Y")."""
    later = [c.start for c in cues if c.start >= cue.content and c.kind != "must"]
    return min(later) if later else None


def _cue_demands(
    ctx: _Ctx, sentence: Sentence, cue: Cue, cues: Sequence[Cue], dates: Sequence[DateMention],
    published: date | None,
) -> tuple[list[Demand], _Intro | None]:
    text = ctx.text
    agents = _agents(ctx, cue)
    if agents is None:
        return [], None
    actors, states = agents
    parties = [_party_name(a) for a in actors] + list(states)
    parties = list(dict.fromkeys(p for p in parties if p)) or [None]
    person = next((a for a in actors if a.kind == "person"), None) or _voicer(ctx, cue)
    limit = _next_cue_start(cues, cue)
    if limit is not None:
        limit = len(text[:limit].rstrip(" ,;").removesuffix(" and").rstrip(" ,"))
    if cue.limit is not None:
        limit = cue.limit if limit is None else min(limit, cue.limit)
    end = _clause_end(text, cue.content, len(text) if limit is None else limit)
    if cue.kind == "noun" and (aux := _FINITE_RX.search(text, cue.content, end)):
        end = aux.start()  # "Putin's offer of talks was welcomed": the noun was a subject
    items = [i for i in _split_items(text, cue.content, end, ctx.spans)
             if not _NOT_DEMANDED_RX.match(i.text)]
    skip = [(i.start, i.end) for i in items] + parenthetical_spans(text)
    when = sentence_date(sentence, dates, skip) or published
    if not items:
        if cue.content >= len(text.rstrip()) and text.rstrip().endswith(":"):
            by = person.key if person and side_of(person) in parties else None
            return [], _Intro(tuple(parties), by, cue.label, when)
        return [], None
    out = []
    for party in parties:
        by = person.key if person and (party is None or side_of(person) == party) else None
        if party is None and by is None:
            continue  # nobody to attribute it to: not worth a row
        out += [Demand(sentence.index, party, by, i.text, cue.label, when) for i in items]
    return out, None


def _document_owner(ctx: _Ctx) -> tuple[int, str] | None:
    """The last party seen tabling a document in this sentence, with its position."""
    found = None
    for m in _DOC_RX.finditer(ctx.text):
        actors, state = _owner(ctx, m.start())
        if not actors and not state:
            by = _by_agent(ctx, m.end())
            actors = [by] if by else [p.actor for p in ctx.spans
                                      if p.end <= m.start() and can_be_subject(ctx.text, p)][-1:]
        side = state or next((s for a in actors if (s := side_of(a))), None)
        if side:
            found = (m.start(), side)
    return found


def _list_items(sentence: Sentence, intro: _Intro, spans: Sequence[Placed]) -> list[Demand]:
    """One demand per item of a list line ("1. Ukraine withdraws ... and ends mobilization")."""
    text = sentence.text
    m = _LIST_ITEM_RX.match(text)
    start = m.end() if m else 0
    end = _clause_end(text, start, len(text))
    items = _split_items(text, start, end, spans)
    return [Demand(sentence.index, party, intro.by, i.text, intro.cue, intro.date)
            for party in intro.parties for i in items]


def _remember(state: _State, ctx: _Ctx, seen: list[tuple[int, str]]) -> None:
    """After a sentence: the last proposing party (by position) and the last person/group."""
    if owner := _document_owner(ctx):
        seen.append(owner)
    if seen:
        state.context = max(seen, key=lambda x: x[0])[1]
    for p in ctx.spans:
        if p.actor.kind == "person":
            state.prev_person = p.actor
        else:
            state.prev_group = p.actor


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
    for sentence in sentences:
        ctx = _Ctx(sentence.text, place_mentions(sentence, mentions, actors), state)
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
        out.append((cue.start, _clause_end(text, cue.content, len(text) if limit is None
                                           else limit)))
    return out
